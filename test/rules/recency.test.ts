// Praksiskandidat's rule that at least half of the practice be from the last ten years: old practice
// does not qualify, recent practice does, and an unknown period changes nothing unless the practice
// may be old (not in work now, or said to have ended), when the year it ended is asked.
import { loadCatalogue } from '../../src/catalogue/loader';
import type { PathAssessment, Profile, ProfileField } from '../../src/catalogue/schema';
import { assess, nextQuestionField } from '../../knowledge/rules/assess';
import { recentPractice } from '../../knowledge/rules/recency';
import { KNOWLEDGE_DIR } from '../support/knowledge';

const kb = loadCatalogue(KNOWLEDGE_DIR);
const NOW = new Date(Date.UTC(2026, 10, 27));
const TEN_YEAR_FACT = kb.facts.find((f) => f.id === 'pk-siste-ti-aar');

function praksiskandidat(profile: Profile, now = NOW): PathAssessment {
  const found = assess(profile, kb, { now }).paths.find((p) => p.id === 'praksiskandidat');
  if (!found) throw new Error('no praksiskandidat in the assessment');
  return found;
}

const recencyReason = (path: PathAssessment) => path.reasons.find((r) => r.text.startsWith('Minst halvparten av praksisen bør være fra de siste ti årene.'));

const CARPENTER: Profile = { trade: 'tømrerfaget', practiceYears: 13, completedPrimarySchool: true };

describe('recentPractice', () => {
  test.each<[string, Profile, number | undefined]>([
    ['ended 2009: nothing in 2016–2026', { practiceYears: 13, practiceUntil: 2009 }, 0],
    ['ended 2020: 2016–2020', { practiceYears: 8, practiceUntil: 2020 }, 4],
    ['up to now: the whole window', { practiceYears: 25, practiceUntil: 'now' }, 10],
    ['up to now, shorter than the window: all of it', { practiceYears: 6, practiceUntil: 'now' }, 6],
    ['4.2 full-time years at 70 % took 6 years: all inside the window when they ended in 2024', { practiceYears: 4.2, practicePercent: 70, practiceUntil: 2024 }, 4.2],
    ['at 50 %, 3 of 6 worked years inside the window count as 1.5', { practiceYears: 3, practicePercent: 50, practiceUntil: 2019 }, 1.5],
    ['a year after this one counts as this year', { practiceYears: 3, practiceUntil: 2030 }, 3],
    ['ended in a year not said: unknown', { practiceYears: 13, practiceUntil: 'past' }, undefined],
    ['period unknown', { practiceYears: 13 }, undefined],
    ['years unknown', { practiceUntil: 2009 }, undefined],
  ])('%s', (_name, profile, expected) => {
    const recent = recentPractice(profile, 2026, 10, 80);
    if (expected === undefined) expect(recent).toBeUndefined();
    else expect(recent?.years).toBeCloseTo(expected, 5);
  });
});

describe('praksiskandidat: half of the practice from the last ten years', () => {
  test('the rule is the fact pk-siste-ti-aar, cited by reference', () => {
    expect(TEN_YEAR_FACT?.kind).toBe('rule');
    const condition = kb.paths.find((p) => p.id === 'praksiskandidat')?.variants[0].conditions.find((c) => c.id === 'nyere-praksis');
    expect(condition?.fact).toBe('pk-siste-ti-aar');
    expect(condition?.citation).toEqual(TEN_YEAR_FACT?.citation);
  });

  test('13 years from 1996 to 2009 and nothing since: not met, with the reason, its source and what would change it', () => {
    const path = praksiskandidat({ ...CARPENTER, employed: false, practiceUntil: 2009 });
    expect(path.status).toBe('not-eligible');
    const reason = recencyReason(path);
    expect(reason?.text).toMatch(/sluttet i 2009, så ingen av den er fra de siste ti årene \(2016–2026\)\. Av de 5 årene som kreves, bør minst 2,5 år være derfra – ikke oppfylt\./);
    expect(reason?.citation).toEqual(TEN_YEAR_FACT?.citation);
    expect(path.whatWouldChange).toMatch(/2 år og 6 måneder ny praksis i faget/);
    expect(path.recommended).toBe(false);
  });

  test('the same practice judged in 2012 was recent then: "today" comes from the caller', () => {
    expect(praksiskandidat({ ...CARPENTER, employed: false, practiceUntil: 2009 }, new Date(Date.UTC(2012, 5, 1))).status).toBe('eligible');
  });

  test('recent practice: met', () => {
    const path = praksiskandidat({ ...CARPENTER, practiceYears: 8, employed: false, practiceUntil: 2020 });
    expect(path.status).toBe('eligible');
    expect(recencyReason(path)?.text).toMatch(/om lag 4 år av den i full stilling er fra de siste ti årene.*– oppfylt\./);
  });

  test('just under half of the requirement in the window: not met', () => {
    expect(praksiskandidat({ ...CARPENTER, practiceYears: 8, employed: false, practiceUntil: 2018 }).status).toBe('not-eligible');
  });

  test('practice going on until now is recent however long it is', () => {
    expect(praksiskandidat({ ...CARPENTER, practiceYears: 30, employed: true, practiceUntil: 'now' }).status).toBe('eligible');
  });

  test('employed now, period unknown: the verdict is unchanged and nothing is asked', () => {
    const profile: Profile = { ...CARPENTER, employed: true, employmentPercent: 100 };
    const path = praksiskandidat(profile);
    expect(path.status).toBe('eligible');
    expect(path.missing).not.toContain('practiceUntil');
    expect(recencyReason(path)?.text).toMatch(/Du er i jobb nå, så vi regner med at praksisen din går fram til i dag\./);
    expect(nextQuestionField(assess(profile, kb, { now: NOW }))).not.toBe('practiceUntil');
  });

  test('whether in work unknown, period unknown: the verdict is unchanged', () => {
    const path = praksiskandidat(CARPENTER);
    expect(path.status).toBe('eligible');
    expect(path.missing).toEqual([]);
  });

  test.each<[string, Profile]>([
    ['not in work now', { ...CARPENTER, employed: false }],
    ['said the practice has ended', { ...CARPENTER, employed: true, employmentPercent: 100, practiceUntil: 'past' }],
  ])('%s, period unknown: not yet known, the year is asked, and it stays recommendable on the stated assumption', (_name, profile) => {
    const path = praksiskandidat(profile);
    expect(path.status).toBe('needs-info');
    expect(path.missing).toEqual<ProfileField[]>(['practiceUntil']);
    expect(path.recommended).toBe(true);
    expect(path.why).toMatch(/Vi regner med at minst halvparten av praksisen din er fra de siste ti årene/);
  });

  test('not enough practice: the period is not asked, the shortfall decides', () => {
    const path = praksiskandidat({ ...CARPENTER, practiceYears: 3, employed: false });
    expect(path.status).toBe('not-eligible');
    expect(recencyReason(path)).toBeUndefined();
    expect(path.missing).toEqual([]);
  });

  test('trade unknown: enough recent practice for the usual requirement but not the longest asks for the trade', () => {
    // 13 full-time years at 50 % took 26 years; 5 of them (2.5 full-time) fall in 2016–2021.
    const path = praksiskandidat({ practiceYears: 13, practicePercent: 50, employed: false, practiceUntil: 2021 });
    expect(path.status).toBe('needs-info');
    expect(path.missing).toEqual<ProfileField[]>(['trade']);
    expect(praksiskandidat({ practiceYears: 13, practicePercent: 50, employed: false, practiceUntil: 2019 }).status).toBe('not-eligible');
    expect(praksiskandidat({ practiceYears: 13, practicePercent: 50, employed: false, practiceUntil: 2024 }).status).toBe('eligible');
  });

  test('other paths no longer say "you already have enough practice to be a praksiskandidat" when it is too old', () => {
    const reasons = (profile: Profile) =>
      assess(profile, kb, { now: NOW })
        .paths.filter((p) => p.id === 'laerling' || p.id === 'kompetanseprove')
        .flatMap((p) => p.reasons.map((r) => r.text));
    const recent = reasons({ ...CARPENTER, employed: false, practiceUntil: 2022 });
    expect(recent.some((t) => /nok praksis til å gå opp som praksiskandidat/.test(t))).toBe(true);
    expect(reasons({ ...CARPENTER, employed: false, practiceUntil: 2009 }).some((t) => /nok praksis til å gå opp som praksiskandidat/.test(t))).toBe(false);
  });

  test('in English', () => {
    const path = assess({ ...CARPENTER, employed: false, practiceUntil: 2009 }, kb, { now: NOW, lang: 'en' }).paths.find((p) => p.id === 'praksiskandidat');
    expect(path?.reasons.map((r) => r.text).join(' ')).toMatch(/Your practice ended in 2009, so none of it is from the last ten years \(2016–2026\)\. Of the 5 years required, at least 2.5 years should be from then – not met\./);
  });
});
