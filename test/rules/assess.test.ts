// The eligibility rules, path by path: every condition, the county variants (Trøndelag, Nordland,
// national default) and the needs-info cases with the missing fields in asking order.
import { loadCatalogue } from '../../src/catalogue/loader';
import type { PathAssessment, PathId, Profile, ProfileField } from '../../src/catalogue/schema';
import { join } from 'node:path';
import { PATH_IDS } from '../../src/catalogue/schema';
import { assess, assessPath, contactsForPath, nextQuestionField } from '../../knowledge/rules/assess';
import { loadPeople } from '../../bench/recommend';
import { KNOWLEDGE_DIR } from '../support/knowledge';

const kb = loadCatalogue(KNOWLEDGE_DIR);
const NOW = new Date(Date.UTC(2025, 0, 15));

function path(profile: Profile, id: PathId): PathAssessment {
  const found = assess(profile, kb, { now: NOW }).paths.find((p) => p.id === id);
  if (!found) throw new Error(`no ${id} in the assessment`);
  return found;
}

type Row = [string, Profile, PathAssessment['status'], ProfileField[], RegExp?];

const WORKER = { employed: true, employmentPercent: 100, practiceYears: 3, completedPrimarySchool: true };

describe('fagbrev-paa-jobb', () => {
  test.each<Row>([
    // Trøndelag: ≥ 1 year practice, ≥ 80 % position, grunnskole.
    ['Trøndelag, 100 %, 3 years → eligible', { county: 'Trøndelag', ...WORKER, hasTradeCertificate: false }, 'eligible', [], /Du har 100 % stilling – oppfylt/],
    ['Trøndelag, 80 % counts', { county: 'Trøndelag', ...WORKER, employmentPercent: 80 }, 'eligible', []],
    ['Trøndelag, 60 % → not eligible', { county: 'Trøndelag', ...WORKER, employmentPercent: 60 }, 'not-eligible', [], /60 % stilling, under 80 %.*særlige tilfeller/],
    ['Trøndelag, half a year → not eligible', { county: 'Trøndelag', ...WORKER, practiceYears: 0.5 }, 'not-eligible', [], /mangler om lag 6 måneder/],
    ['Trøndelag, not employed → not eligible', { county: 'Trøndelag', employed: false }, 'not-eligible', [], /Du er ikke i jobb nå/],
    ['Trøndelag, no grunnskole → not eligible', { county: 'Trøndelag', ...WORKER, completedPrimarySchool: false }, 'not-eligible', [], /ikke fullført grunnskolen/],
    ['Trøndelag, percent unknown', { county: 'Trøndelag', employed: true, practiceYears: 3, completedPrimarySchool: true }, 'needs-info', ['employmentPercent']],
    ['Trøndelag, nothing else known', { county: 'Trøndelag' }, 'needs-info', ['employed', 'employmentPercent', 'practiceYears', 'completedPrimarySchool']],
    ['a known position percentage settles being in work', { county: 'Trøndelag', employmentPercent: 100, practiceYears: 3, completedPrimarySchool: true }, 'eligible', []],
    ['0 % position means not in work', { county: 'Oslo', employmentPercent: 0, completedPrimarySchool: true }, 'not-eligible', [], /ikke i jobb/],
    ['"trondelag" is read as Trøndelag', { county: 'trondelag', ...WORKER, employmentPercent: 60 }, 'not-eligible', [], /under 80 %/],
    ['a place (Trondheim) is read as Trøndelag', { county: 'Trondheim', ...WORKER, employmentPercent: 60 }, 'not-eligible', [], /under 80 %/],
    // Nordland: from the year you turn 21, paid work, ≥ 1 year practice; no position minimum.
    ['Nordland, 30 years, 50 % → eligible', { county: 'Nordland', age: 30, ...WORKER, employmentPercent: 50 }, 'eligible', [], /Du er 30 år – oppfylt/],
    ['Nordland, 19 years → not eligible', { county: 'Nordland', age: 19, ...WORKER }, 'not-eligible', [], /om 1 år, det året du fyller 21/],
    ['Nordland, 20 years → needs info nobody can give from the profile', { county: 'Nordland', age: 20, ...WORKER }, 'needs-info', [], /avhenger av om du fyller 21 i år/],
    ['Nordland, age unknown', { county: 'Nordland', ...WORKER }, 'needs-info', ['age']],
    ['Nordland, no practice yet', { county: 'Nordland', age: 25, ...WORKER, practiceYears: 0 }, 'not-eligible', [], /ikke praksis i faget ennå\. Ikke oppfylt ennå: du mangler om lag 1 år/],
    ['Nordland, not employed', { county: 'Nordland', age: 25, employed: false }, 'not-eligible', [], /lønnet arbeid/],
    // National default (counties without own rules in the sources).
    ['Oslo, employed with grunnskole → eligible', { county: 'Oslo', employed: true, completedPrimarySchool: true }, 'eligible', [], /Fylkeskommunen har ikke plikt/],
    ['Oslo, not employed → not eligible', { county: 'Oslo', employed: false, completedPrimarySchool: true }, 'not-eligible', [], /arbeidsforhold/],
    ['Vestland, grunnskole unknown', { county: 'Vestland', employed: true }, 'needs-info', ['completedPrimarySchool']],
    // County unknown: a "no" only when every county's rules say no.
    ['county unknown, not employed → not eligible everywhere', { employed: false }, 'not-eligible', []],
    ['county unknown, employed → asks for the county first', { ...WORKER }, 'needs-info', ['county', 'age'], /ulike fra fylke til fylke/],
    // A county the rules do not recognise is unknown, not "a county without own rules".
    ['an unrecognised county (Sverige) is not read as the national rule', { county: 'Sverige', ...WORKER, employmentPercent: 60 }, 'needs-info', ['county', 'age'], /Vi kjenner ikke igjen «Sverige» som et fylke\. Reglene for fagbrev på jobb er ulike/],
  ])('%s', (...[, profile, status, missing, reason]: Row) => {
    const p = path(profile, 'fagbrev-paa-jobb');
    expect(p.status).toBe(status);
    expect(p.missing).toEqual(missing);
    if (reason) expect(p.reasons.map((r) => r.text).join('\n')).toMatch(reason);
  });

  test('next steps name the county contact', () => {
    expect(path({ county: 'Trøndelag', ...WORKER }, 'fagbrev-paa-jobb').nextSteps.join('\n')).toMatch(/Kontakt: Trøndelag fylkeskommune/);
    expect(path({ county: 'Nordland', age: 30, ...WORKER }, 'fagbrev-paa-jobb').nextSteps.join('\n')).toMatch(/realkompetansevurdering[\s\S]*Kontakt: Karriere Nordland/);
  });
});

describe('praksiskandidat', () => {
  test.each<Row>([
    ['3 years → not eligible: needs 5 years (60 months), about 2 more', { practiceYears: 3, employed: true, employmentPercent: 100 }, 'not-eligible', [], /25 % lengre.*5 år \(60 måneder[\s\S]*mangler om lag 2 år i full stilling.*rundt januar 2027/],
    ['part time now, stilling during the practice unknown, short either way', { practiceYears: 4, employed: true, employmentPercent: 50 }, 'not-eligible', [], /mangler minst 1 år i full stilling\. I 50 % stilling .* rundt januar 2027/],
    ['not employed: counted from now', { practiceYears: 4.5, employed: false }, 'not-eligible', [], /fra nå av er du tidligst klar rundt juli 2025/],
    ['6 years → eligible in any trade', { practiceYears: 6 }, 'eligible', [], /Du har 6 år praksis\. Det holder i alle fag – oppfylt/],
    ['5 years, trade unknown → asks for the trade', { practiceYears: 5 }, 'needs-info', ['trade'], /elektriker og rørlegger/],
    ['5 years as electrician → not yet (9 790 hours)', { practiceYears: 5, trade: 'Elektrikerfaget' }, 'not-eligible', [], /Opplæringstiden i Elektrikerfaget er 4,5 år, så du trenger 5,6 år praksis i full stilling\. Ikke oppfylt ennå: du mangler om lag 8 måneder/],
    ['5 years in kjemiprosess → eligible', { practiceYears: 5, trade: 'kjemiprosessfaget' }, 'eligible', []],
    ['practice unknown', {}, 'needs-info', ['practiceYears']],
    // Practice abroad: how it counts is not in the sources, so no length of it meets the rule; nothing to ask, the county assesses it.
    ['12 years, some of them abroad → waits on the county', { practiceYears: 12, practiceAbroad: true }, 'needs-info', [], /Noe av praksisen du har fortalt om \(12 år\), er fra utlandet\. Kildene sier ikke hvordan praksis fra utlandet regnes/],
  ])('%s', (...[, profile, status, missing, reason]: Row) => {
    const p = path(profile, 'praksiskandidat');
    expect(p.status).toBe(status);
    expect(p.missing).toEqual(missing);
    if (reason) expect(p.reasons.find((r) => r.text.startsWith('Praksisen må være'))?.text).toMatch(reason);
  });

  test('a not-eligible verdict tells that schooling can shorten the requirement', () => {
    expect(path({ practiceYears: 3 }, 'praksiskandidat').reasons.map((r) => r.text).join('\n')).toMatch(/Relevant skolegang kan korte ned praksiskravet/);
  });
});

describe('laerling', () => {
  test.each<Row>([
    ['with grunnskole → eligible', { completedPrimarySchool: true }, 'eligible', [], /rett til videregående opplæring til du faktisk har fullført/],
    ['grunnskole unknown', {}, 'needs-info', ['completedPrimarySchool']],
    ['without grunnskole → needs a counsellor, not a profile answer', { completedPrimarySchool: false }, 'needs-info', [], /avklares med karrieresenteret/],
    ['already has a trade certificate → right to a new one', { completedPrimarySchool: true, hasTradeCertificate: true }, 'eligible', [], /nytt fagbrev/],
  ])('%s', (...[, profile, status, missing, reason]: Row) => {
    const p = path(profile, 'laerling');
    expect(p.status).toBe(status);
    expect(p.missing).toEqual(missing);
    if (reason) expect(p.reasons.map((r) => r.text).join('\n')).toMatch(reason);
  });
});

describe('voksenopplaering', () => {
  test.each<Row>([
    ['anyone has the right until completed', {}, 'eligible', [], /uansett alder/],
    ['completed upper secondary → right to a new trade certificate', { completedUpperSecondary: true }, 'eligible', [], /nytt fagbrev/],
    ['without grunnskole → a study association as a first step', { completedPrimarySchool: false }, 'eligible', [], /studieforbund/],
    ['modules fit alongside work', { employed: true }, 'eligible', [], /mindre moduler/],
  ])('%s', (...[, profile, status, missing, reason]: Row) => {
    const p = path(profile, 'voksenopplaering');
    expect(p.status).toBe(status);
    expect(p.missing).toEqual(missing);
    if (reason) expect(p.reasons.map((r) => r.text).join('\n')).toMatch(reason);
  });
});

describe('trondelagsmodellen', () => {
  test.each<Row>([
    ['unemployed NAV job seeker in Trøndelag → eligible', { county: 'Trøndelag', employed: false, navJobSeeker: true }, 'eligible', [], /registrert som arbeidssøker hos NAV – oppfylt/],
    ['outside Trøndelag → not eligible, and says so', { county: 'Oslo', employed: false, navJobSeeker: true }, 'not-eligible', [], /Du bor i Oslo\. Kildene beskriver Trøndelagsmodellen bare i Trøndelag/],
    ['Nordland → not eligible', { county: 'Nordland', navJobSeeker: true }, 'not-eligible', [], /bare i Trøndelag/],
    ['not a NAV job seeker → not eligible, with the other target groups named', { county: 'Trøndelag', navJobSeeker: false }, 'not-eligible', [], /avbrutt lærekontrakt/],
    ['county unknown', { navJobSeeker: true }, 'needs-info', ['county']],
    ['an unrecognised county is unknown, not outside Trøndelag', { county: 'Sverige', navJobSeeker: true }, 'needs-info', ['county'], /Vi kjenner ikke igjen «Sverige» som et fylke/],
    ['NAV status unknown', { county: 'Trøndelag' }, 'needs-info', ['navJobSeeker']],
    ['nothing known', {}, 'needs-info', ['county', 'navJobSeeker']],
  ])('%s', (...[, profile, status, missing, reason]: Row) => {
    const p = path(profile, 'trondelagsmodellen');
    expect(p.status).toBe(status);
    expect(p.missing).toEqual(missing);
    if (reason) expect(p.reasons.map((r) => r.text).join('\n')).toMatch(reason);
  });
});

describe('kompetanseprove', () => {
  test.each<Row>([
    ['no trade certificate → an alternative', { hasTradeCertificate: false }, 'eligible', [], /mindre omfattende enn en fagprøve/],
    ['has a trade certificate → not relevant', { hasTradeCertificate: true }, 'not-eligible', [], /allerede fag- eller svennebrev/],
    ['unknown', {}, 'needs-info', ['hasTradeCertificate']],
  ])('%s', (...[, profile, status, missing, reason]: Row) => {
    const p = path(profile, 'kompetanseprove');
    expect(p.status).toBe(status);
    expect(p.missing).toEqual(missing);
    if (reason) expect(p.reasons.map((r) => r.text).join('\n')).toMatch(reason);
  });
});

describe('fagskole', () => {
  test.each<Row>([
    ['trade certificate → eligible', { hasTradeCertificate: true }, 'eligible', [], /Du har fag- eller svennebrev – oppfylt/],
    ['no trade certificate → the school assesses studiekompetanse or realkompetanse', { hasTradeCertificate: false }, 'needs-info', [], /realkompetanse/],
    ['unknown', {}, 'needs-info', ['hasTradeCertificate']],
  ])('%s', (...[, profile, status, missing, reason]: Row) => {
    const p = path(profile, 'fagskole');
    expect(p.status).toBe(status);
    expect(p.missing).toEqual(missing);
    if (reason) expect(p.reasons.map((r) => r.text).join('\n')).toMatch(reason);
  });

  test('interest "batteri" with a trade certificate: eligible, Batterifagskolen among the reasons and offers', () => {
    const assessment = assess({ interests: ['batteri'], hasTradeCertificate: true }, kb, { now: NOW });
    const fagskole = assessment.paths.find((p) => p.id === 'fagskole');
    expect(fagskole?.status).toBe('eligible');
    expect(assessment.paths[0]?.id).toBe('fagskole');
    expect(fagskole?.reasons.slice(0, 3).map((r) => r.text).join('\n')).toMatch(/interessen din for «batteri»: Batterifagskolen/);
    const offerIds = assessment.offers.map((o) => o.id);
    expect(offerIds.slice(0, 2)).toEqual(['batterifagskolen', 'batterifagskolen-moduler']);
    expect(assessment.offers.every((o) => o.topics.some((t) => t.startsWith('batteri')))).toBe(true);
  });
});

describe('the whole assessment', () => {
  test('every path once; best fit first', () => {
    const employed = assess({ county: 'Trøndelag', ...WORKER, hasTradeCertificate: false }, kb, { now: NOW });
    expect(employed.paths.map((p) => p.id).sort()).toEqual(
      ['fagbrev-paa-jobb', 'fagskole', 'kompetanseprove', 'laerling', 'praksiskandidat', 'trondelagsmodellen', 'voksenopplaering'],
    );
    expect(employed.paths[0]).toMatchObject({ id: 'fagbrev-paa-jobb', recommended: true });
    // Recommended first; paths that do not fit last.
    const recommended = employed.paths.map((p) => p.recommended);
    expect([...recommended].sort((a, b) => Number(b) - Number(a))).toEqual(recommended);
    const notEligible = employed.paths.map((p) => p.status === 'not-eligible');
    expect([...notEligible].sort((a, b) => Number(a) - Number(b))).toEqual(notEligible);

    const jobSeeker = assess({ county: 'Trøndelag', employed: false, navJobSeeker: true }, kb, { now: NOW });
    expect(jobSeeker.paths[0]?.id).toBe('trondelagsmodellen');
  });

  test('missing is only given for needs-info', () => {
    for (const p of assess({ county: 'Oslo', employed: false }, kb, { now: NOW }).paths) {
      if (p.status !== 'needs-info') expect(p.missing).toEqual([]);
    }
  });

  test('no interests, no offers', () => {
    expect(assess({ county: 'Trøndelag', ...WORKER }, kb).offers).toEqual([]);
  });
});

describe('assessPath', () => {
  // The people of the recommendation evaluation's development half: profiles of every kind.
  const people = loadPeople(join(__dirname, '..', 'eval', 'recommend', 'people.dev.json'));

  test('gives each path the status, reasons and missing fields assess gives it', () => {
    const profiles: Profile[] = [{}, { county: 'Trøndelag', ...WORKER, employmentPercent: 60 }, ...people.map((p) => p.profile)];
    for (const profile of profiles) {
      const whole = assess(profile, kb, { now: NOW });
      for (const id of PATH_IDS) {
        const one = whole.paths.find((p) => p.id === id);
        expect(assessPath(profile, kb, id, { now: NOW })).toEqual({ id, status: one?.status, reasons: one?.reasons, missing: one?.missing });
      }
    }
    expect(profiles.length).toBeGreaterThan(20);
  });
});

describe('nextQuestionField', () => {
  test('asks in dialog order and skips what the person could not answer', () => {
    expect(nextQuestionField(assess({}, kb))).toBe('county');
    expect(nextQuestionField(assess({ county: 'Trøndelag' }, kb))).toBe('employed');
    expect(nextQuestionField(assess({ county: 'Trøndelag', employed: true }, kb))).toBe('employmentPercent');
    expect(nextQuestionField(assess({ county: 'Trøndelag' }, kb), ['employed', 'employmentPercent'])).toBe('practiceYears');
  });

  test('stops when nothing can be settled, and then asks for interests if given the profile', () => {
    const full: Profile = {
      county: 'Trøndelag',
      ...WORKER,
      hasTradeCertificate: false,
      navJobSeeker: false,
    };
    const a = assess(full, kb);
    expect(a.paths.filter((p) => p.status === 'needs-info').flatMap((p) => p.missing)).toEqual([]);
    expect(nextQuestionField(a)).toBeUndefined();
    expect(nextQuestionField(a, [], full)).toBe('interests');
    expect(nextQuestionField(a, ['interests'], full)).toBeUndefined();
  });
});

test('contactsForPath gives the county contact in place of the national one', () => {
  expect(contactsForPath('voksenopplaering', { county: 'Nordland' }, kb).map((c) => c.id)).toEqual(['karriere-nordland', 'fylkeskommunen']);
  expect(contactsForPath('trondelagsmodellen', { county: 'Trøndelag' }, kb).map((c) => c.id)).toEqual([
    'nav-trondelag',
    'karrieresenteret-trondelag',
    'trondelag-fylkeskommune',
  ]);
  for (const c of contactsForPath('fagbrev-paa-jobb', {}, kb)) expect(c.citation.quote.length).toBeGreaterThan(10);
});
