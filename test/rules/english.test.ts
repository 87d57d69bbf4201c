// The rules in English: the same verdicts as in bokmål, with the reasons, next steps, path names and
// numbers written for an English reader (2.5 years, 8 months, March 2027).
import { loadCatalogue } from '../../src/catalogue/loader';
import type { PathAssessment, PathId, Profile } from '../../src/catalogue/schema';
import { assess } from '../../knowledge/rules/assess';
import { formatDuration, formatNumber, formatYears, monthYearAfter } from '../../knowledge/rules/engine';
import { probeProfiles } from '../../src/cli/kb-check';
import { KNOWLEDGE_DIR } from '../support/knowledge';

const kb = loadCatalogue(KNOWLEDGE_DIR);
const NOW = new Date(Date.UTC(2025, 0, 15));

function path(profile: Profile, id: PathId, lang: 'nb' | 'en' = 'en'): PathAssessment {
  const found = assess(profile, kb, { now: NOW, lang }).paths.find((p) => p.id === id);
  if (!found) throw new Error(`no ${id} in the assessment`);
  return found;
}
const reasons = (p: PathAssessment) => p.reasons.map((r) => r.text).join('\n');

describe('numbers, durations and months per language', () => {
  test.each([
    [2, '2', '2'],
    [2.5, '2,5', '2.5'],
    [4.16, '4,2', '4.2'],
  ])('%d', (n, bokmal, english) => {
    expect(formatNumber(n, 'nb')).toBe(bokmal);
    expect(formatNumber(n, 'en')).toBe(english);
  });

  test('years and durations', () => {
    expect([formatYears(1, 'en'), formatYears(2.5, 'en'), formatYears(2.5, 'nb')]).toEqual(['1 year', '2.5 years', '2,5 år']);
    expect([formatDuration(1, 'en'), formatDuration(8, 'en'), formatDuration(12, 'en'), formatDuration(26, 'en')]).toEqual([
      '1 month',
      '8 months',
      '1 year',
      '2 years and 2 months',
    ]);
    expect(formatDuration(26, 'nb')).toBe('2 år og 2 måneder');
    expect([monthYearAfter(NOW, 26, 'en'), monthYearAfter(NOW, 26, 'nb')]).toEqual(['March 2027', 'mars 2027']);
  });
});

describe('reasons in English', () => {
  test.each<[string, Profile, PathId, RegExp]>([
    ['Trøndelag, 60 %', { county: 'Trøndelag', employed: true, employmentPercent: 60, practiceYears: 3, completedPrimarySchool: true }, 'fagbrev-paa-jobb', /You have a 60 % position, under 80 % – not met\. A lower percentage is accepted only in special cases/],
    ['Nordland, 19 years', { county: 'Nordland', age: 19, employed: true, practiceYears: 3, completedPrimarySchool: true }, 'fagbrev-paa-jobb', /You are 19 – not met yet\. You can use the scheme in 1 year at the earliest, in the year you turn 21/],
    ['an unrecognised county', { county: 'Narnia', employed: true, employmentPercent: 60, practiceYears: 3, completedPrimarySchool: true }, 'fagbrev-paa-jobb', /We do not recognise «Narnia» as a Norwegian county\. The rules for Fagbrev på jobb \(trade certificate at work\) differ from county to county/],
    ['3 years, full time', { practiceYears: 3, employed: true, employmentPercent: 100 }, 'praksiskandidat', /usually 5 years \(60 months.*you are about 2 years at full time short\. If you carry on at full time \(80 % or more\), you are ready around January 2027 at the earliest\./s],
    ['part time now', { practiceYears: 4, employed: true, employmentPercent: 50 }, 'praksiskandidat', /You have 4 years of practice and a 50 % position now\. If you have had 50 % all along, it counts as about 2 years at full time\..*at least 1 year at full time short\. In a 50 % position the practice is converted/s],
    ['electrician', { practiceYears: 5, trade: 'Elektrikerfaget' }, 'praksiskandidat', /The training period in Elektrikerfaget is 4\.5 years, so you need 5\.6 years of practice at full time\. Not met yet: you are about 8 months at full time short/],
    ['6 years in 70 %', { practiceYears: 4.2, practicePercent: 70 }, 'praksiskandidat', /6 years in a 70 % position counts as about 4\.2 years at full time\./],
    ['outside Trøndelag', { county: 'Oslo', navJobSeeker: true }, 'trondelagsmodellen', /You live in Oslo\. The sources describe the Trøndelag model only in Trøndelag/],
  ])('%s', (_name, profile, id, reason) => {
    expect(reasons(path(profile, id))).toMatch(reason);
  });

  test('what would change it, next steps, contacts and the path name', () => {
    const p = path({ county: 'Trøndelag', employed: true, employmentPercent: 100, practiceYears: 0.5, completedPrimarySchool: true }, 'fagbrev-paa-jobb');
    expect(p.title).toBe('Fagbrev på jobb (trade certificate at work)');
    expect(p.whatWouldChange).toBe('About 6 months more at full time gives enough practice for fagbrev på jobb.');
    expect(p.nextSteps.join('\n')).toMatch(/Contact: Karrieresenteret i Trøndelag – Career guidance for adults/);
    const eligible = path({ county: 'Trøndelag', employed: true, employmentPercent: 100, practiceYears: 3, completedPrimarySchool: true }, 'fagbrev-paa-jobb');
    expect(eligible.nextSteps.join('\n')).toMatch(/Contact: Trøndelag fylkeskommune – Approves contracts for fagbrev på jobb/);
    const national = path({ county: 'Oslo', employed: true, completedPrimarySchool: true }, 'fagbrev-paa-jobb');
    expect(national.nextSteps.join('\n')).toMatch(/Contact: The county authority \(fylkeskommunen\) where you live \(Oslo\) – Responsible for/);
  });

  test('a recommended path says why in English, and a presumption is told in English', () => {
    const [first] = assess({ county: 'Trøndelag', employed: true, employmentPercent: 100, practiceYears: 3 }, kb, { now: NOW, lang: 'en' }).paths;
    expect(first?.recommended).toBe(true);
    expect(first?.why).toMatch(/^You are in work and have practice.*We assume you have completed primary and lower secondary school/s);
  });

  test('an interest in a fagskole offer names the offer with its English description', () => {
    const p = path({ hasTradeCertificate: true, interests: ['batteri'] }, 'fagskole');
    expect(reasons(p)).toMatch(/Fits your interest in «batteri»: Batterifagskolen – Industry programme in battery subjects/);
  });

  test('for every probe profile English gives the same verdicts and sources as bokmål, in other words', () => {
    for (const profile of probeProfiles()) {
      const nb = assess(profile, kb, { now: NOW, lang: 'nb' });
      const en = assess(profile, kb, { now: NOW, lang: 'en' });
      expect(en.paths.map((p) => [p.id, p.status, p.recommended, p.missing])).toEqual(nb.paths.map((p) => [p.id, p.status, p.recommended, p.missing]));
      en.paths.forEach((p, i) => {
        const bokmal = nb.paths[i] as PathAssessment;
        expect(p.reasons.map((r) => r.citation)).toEqual(bokmal.reasons.map((r) => r.citation));
        p.reasons.forEach((r, j) => expect(r.text).not.toBe(bokmal.reasons[j]?.text));
        expect(p.nextSteps).toHaveLength(bokmal.nextSteps.length);
      });
    }
  });
});
