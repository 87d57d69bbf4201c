// What the rules recommend, beside what they allow: practice as full-time equivalents, ranking with
// one or two recommended paths and why, the person's goal, the person's county, and what would change
// a verdict. Issue 15's examples are here as cases.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCatalogue } from '../../src/catalogue/loader';
import { loadTradeTraining } from '../../src/catalogue/trade-training';
import type { Assessment, PathAssessment, PathId, Profile } from '../../src/catalogue/schema';
import type { RulesKnowledge } from '../../src/catalogue/types';
import { MAX_RECOMMENDED, assess, nextQuestionField, recordAnswer } from '../../knowledge/rules/assess';
import { KNOWLEDGE_DIR } from '../support/knowledge';

const kb = loadCatalogue(KNOWLEDGE_DIR);
const NOW = new Date(Date.UTC(2025, 0, 15));
const run = (profile: Profile, knowledge: RulesKnowledge = kb): Assessment => assess(profile, knowledge, { now: NOW });
const pathOf = (assessment: Assessment, id: PathId): PathAssessment => {
  const found = assessment.paths.find((p) => p.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const recommended = (assessment: Assessment) => assessment.paths.filter((p) => p.recommended).map((p) => p.id);
const allText = (p: PathAssessment) => [p.why, p.notAdvised, p.whatWouldChange, ...p.reasons.map((r) => r.text), ...p.nextSteps].join('\n');

/** A copy of the knowledge with one number of the praksiskandidat rule changed. */
function withPraksisParam(name: string, value: number): RulesKnowledge {
  const copy = structuredClone(kb);
  const condition = copy.paths.find((p) => p.id === 'praksiskandidat')?.variants[0]?.conditions[0];
  if (!condition) throw new Error('no praksistid');
  condition.params[name] = value;
  return copy;
}

// "…Hamar, 70 % stilling, og har jobbet der i 6 år" as understanding reads it today.
const HAMAR: Profile = { county: 'Innlandet', employed: true, employmentPercent: 70, practiceYears: 6, hasTradeCertificate: false };

describe('practice as full-time equivalents', () => {
  test('6 years and a 70 % stilling now: praksiskandidat is not called a fit; it asks whether it was 70 % all along', () => {
    const a = run(HAMAR);
    const pk = pathOf(a, 'praksiskandidat');
    expect(pk.status).toBe('needs-info');
    expect(pk.recommended).toBe(false);
    expect(pk.missing).toEqual(['practicePercent']);
    expect(pk.reasons[0]?.text).toMatch(/Du har 6 år praksis og 70 % stilling nå\. Har du hatt 70 % hele tiden, regnes det som om lag 4,2 år i full stilling/);
    expect(nextQuestionField(a)).toBe('practicePercent');
  });

  test('6 years at 70 % is about 4.2 years full time: not yet, with the arithmetic and the smallest change', () => {
    const pk = pathOf(run({ ...HAMAR, practiceYears: 4.2, practicePercent: 70 }), 'praksiskandidat');
    expect(pk.status).toBe('not-eligible');
    expect(pk.reasons[0]?.text).toMatch(/6 år i 70 % stilling regnes som om lag 4,2 år i full stilling/);
    expect(pk.whatWouldChange).toBe('Om lag 10 måneder til i full stilling (om lag 1 år og 2 måneder i 70 % stilling) gir nok praksis til å gå opp som praksiskandidat.');
  });

  test('when even the smaller stilling all along would be enough, it does not ask', () => {
    const a = run({ ...HAMAR, practiceYears: 20, employmentPercent: 50 });
    expect(pathOf(a, 'praksiskandidat').status).toBe('eligible');
    expect(a.paths.flatMap((p) => p.missing)).not.toContain('practicePercent');
  });

  test('a stilling of 80 % or more counts as full time', () => {
    const pk = pathOf(run({ practiceYears: 5, practicePercent: 80, trade: 'logistikkfaget' }), 'praksiskandidat');
    expect(pk.status).toBe('eligible');
    expect(pk.reasons.map((r) => r.text).join('\n')).toMatch(/5 år praksis i 80 % stilling, som regnes som full stilling/);
  });

  test('the full-time threshold is data: lowered to 70 %, a 70 % stilling counts in full', () => {
    const profile: Profile = { ...HAMAR, practiceYears: 6 };
    expect(pathOf(run(profile, withPraksisParam('fullTimePercent', 70)), 'praksiskandidat').status).toBe('eligible');
  });

  test('recording the answers converts the years once both are known, in either order', () => {
    expect(recordAnswer(HAMAR, 'practicePercent', 70, kb)).toMatchObject({ practicePercent: 70, practiceYears: 4.2 });
    expect(recordAnswer(HAMAR, 'practicePercent', 100, kb)).toMatchObject({ practicePercent: 100, practiceYears: 6 });
    expect(recordAnswer({ practicePercent: 50 }, 'practiceYears', 8, kb)).toMatchObject({ practicePercent: 50, practiceYears: 4 });
    // Years read together with their stilling are already converted: a later percent does not convert again.
    expect(recordAnswer({ practiceYears: 4.2, practicePercent: 70 }, 'practicePercent', 70, kb)).toMatchObject({ practiceYears: 4.2 });
    expect(recordAnswer({}, 'age', 40, kb)).toEqual({ age: 40 });
  });
});

describe('the training time of the trade', () => {
  test('the usual training time when the knowledge has none for the trade', () => {
    // glassfaget is a lærefag the trade lexicon does not list.
    const pk = pathOf(run({ practiceYears: 3, trade: 'glassfaget' }), 'praksiskandidat');
    expect(pk.reasons[0]?.text).toMatch(/For glassfaget regner vi med den vanlige opplæringstiden på 4 år, altså 5 år \(60 måneder\)/);
  });

  test("the trade lexicon's trainingYears wins, and sets the requirement at 25 % more", () => {
    const copy: RulesKnowledge = { ...kb, tradeTraining: [{ trade: 'barne- og ungdomsarbeiderfaget', trainingYears: 3 }] };
    const a = run({ practiceYears: 4, trade: 'barne- og ungdomsarbeiderfaget', employed: true, completedPrimarySchool: true, county: 'Oslo' }, copy);
    const pk = pathOf(a, 'praksiskandidat');
    expect(pk.status).toBe('eligible');
    expect(allText(pk)).toMatch(/Opplæringstiden i barne- og ungdomsarbeiderfaget er 3 år, så du trenger 3,8 år praksis/);
    expect(allText(pathOf(a, 'fagbrev-paa-jobb'))).toMatch(/Opplæringstiden i barne- og ungdomsarbeiderfaget er 3 år til sammen/);
  });

  test('the lexicon is read when it is there, and its absence is no error', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'veiviser-lexicon-'));
    expect(loadTradeTraining(dir)).toEqual([]);
    mkdirSync(path.join(dir, 'lexicon'));
    writeFileSync(
      path.join(dir, 'lexicon', 'trades.json'),
      JSON.stringify({ trades: [{ name: 'elektrikerfaget', synonyms: ['elektriker'], trainingYears: 4.5 }, { name: 'kokkfaget', synonyms: ['kokk'] }] }),
    );
    expect(loadTradeTraining(dir)).toEqual([{ trade: 'elektrikerfaget', trainingYears: 4.5 }]);
  });
});

describe('ranked by fit, one or two recommended, and why', () => {
  test.each<[string, Profile, PathId[]]>([
    ['45 years old with 12 years full time: praksiskandidat, then fagbrev på jobb', { age: 45, county: 'Vestland', employed: true, employmentPercent: 100, practiceYears: 12, completedPrimarySchool: true, trade: 'industrimekanikerfaget' }, ['praksiskandidat', 'fagbrev-paa-jobb']],
    ['a carpenter with svennebrev who wants batteries: fagskole', { age: 42, county: 'Nordland', hasTradeCertificate: true, certificateTrade: 'tømrerfaget', interests: ['batteri'] }, ['fagskole']],
    ['a NAV job seeker in Trøndelag without upper secondary', { age: 29, county: 'Trøndelag', employed: false, navJobSeeker: true, completedUpperSecondary: false }, ['trondelagsmodellen', 'voksenopplaering']],
    ['19 and out of upper secondary, no job', { age: 19, county: 'Møre og Romsdal', employed: false, completedUpperSecondary: false }, ['laerling']],
    ['in work with 3 years in Trøndelag', { age: 26, county: 'Trøndelag', completedPrimarySchool: true, employed: true, employmentPercent: 100, practiceYears: 3 }, ['fagbrev-paa-jobb']],
    ['too little known: nothing yet', { age: 24, employed: false }, []],
    ['nothing known', {}, []],
  ])('%s', (_name, profile, expected) => {
    const a = run(profile);
    expect(recommended(a)).toEqual(expected);
    // Recommended paths first, each with a sentence on why.
    expect(a.paths.slice(0, expected.length).map((p) => p.id)).toEqual(expected);
    for (const p of a.paths) {
      expect(p.recommended ? typeof p.why : p.why).toBe(p.recommended ? 'string' : undefined);
      if (p.recommended) expect(p.notAdvised).toBeUndefined();
    }
    expect(recommended(a).length).toBeLessThanOrEqual(MAX_RECOMMENDED);
  });

  test('why praksiskandidat suits says the requirement in years, as the practice', () => {
    const pk = pathOf(run({ age: 51, county: 'Agder', employed: true, employmentPercent: 100, practiceYears: 15, trade: 'tømrerfaget' }), 'praksiskandidat');
    expect(pk.why).toMatch(/Du har 15 år regnet i full stilling, og kravet er \d+(?:,\d+)? år\./u);
    const en = assess({ age: 51, county: 'Agder', employed: true, employmentPercent: 100, practiceYears: 15, trade: 'tømrerfaget' }, kb, { now: NOW, lang: 'en' });
    expect(pathOf(en, 'praksiskandidat').why).toMatch(/the requirement is \d+(?:\.\d+)? years\./u);
  });

  test('kompetanseprøve is advised against with practice enough for a full fagbrev, and says why', () => {
    const a = run({ age: 45, county: 'Oslo', employed: true, employmentPercent: 100, practiceYears: 12, hasTradeCertificate: false });
    const kp = pathOf(a, 'kompetanseprove');
    expect(kp.status).toBe('eligible');
    expect(kp.recommended).toBe(false);
    expect(kp.notAdvised).toMatch(/vanskelig å fullføre.*nok praksis/);
    // Advised-against paths come after those that fit or need information.
    const order = a.paths.map((p) => p.id);
    expect(order.indexOf('kompetanseprove')).toBeGreaterThan(order.indexOf('voksenopplaering'));
  });

  test('lærling is advised against late in working life, and with long practice', () => {
    expect(pathOf(run({ age: 60, completedPrimarySchool: true }), 'laerling').notAdvised).toMatch(/sent i arbeidslivet/);
    expect(pathOf(run({ age: 35, practiceYears: 9, trade: 'sveisefaget' }), 'laerling').notAdvised).toMatch(/nok praksis til å gå opp som praksiskandidat/);
  });

  test('routes to a certificate in a trade already held are advised against; a new trade is not', () => {
    const same = run({ hasTradeCertificate: true, certificateTrade: 'tømrerfaget', employed: true, practiceYears: 8, county: 'Nordland', age: 40 });
    for (const id of ['fagbrev-paa-jobb', 'praksiskandidat', 'laerling'] as const) expect(pathOf(same, id).notAdvised).toMatch(/allerede fag- eller svennebrev/);
    const other = run({ hasTradeCertificate: true, certificateTrade: 'frisørfaget', trade: 'helsearbeiderfaget', employed: true, employmentPercent: 100, practiceYears: 3, county: 'Innlandet', age: 44 });
    expect(recommended(other)).toEqual(['fagbrev-paa-jobb']);
    expect(pathOf(other, 'fagbrev-paa-jobb').notAdvised).toBeUndefined();
  });

  test('a county-specific path outside its county: not recommended, and said so', () => {
    const tm = pathOf(run({ county: 'Nordland', employed: false, navJobSeeker: true }), 'trondelagsmodellen');
    expect(tm.recommended).toBe(false);
    expect(tm.notAdvised).toMatch(/samarbeid mellom NAV og fylkeskommunen i Trøndelag.*vi anbefaler den ikke/);
  });

  test('a presumed grunnskole does not stop a recommendation, but is said', () => {
    const fpj = pathOf(run({ county: 'Oslo', employed: true, employmentPercent: 100, practiceYears: 3 }), 'fagbrev-paa-jobb');
    expect(fpj.status).toBe('needs-info');
    expect(fpj.recommended).toBe(true);
    expect(fpj.why).toMatch(/Vi regner med at du har fullført grunnskolen/);
  });
});

describe("the person's goal", () => {
  test('a carpenter who wants batteries gets Batterifagskolen first', () => {
    const a = run({ age: 42, county: 'Nordland', hasTradeCertificate: true, certificateTrade: 'tømrerfaget', interests: ['batteri'] });
    expect(a.paths[0]?.id).toBe('fagskole');
    expect(a.paths[0]?.why).toMatch(/Batterifagskolen passer med interessen din for «batteri»/);
    expect(a.offers[0]?.id).toBe('batterifagskolen');
  });

  test('the target trade brings its offers', () => {
    expect(run({ trade: 'kjemiprosessfaget' }).offers.map((o) => o.id)).toContain('kjemiprosess-vg2');
  });
});

describe("the person's county and age", () => {
  const COUNTIES = kb.counties.map((c) => c.name);
  const offices = kb.contacts.filter((c) => c.county !== null);
  const PEOPLE: Profile[] = [
    { employed: false, navJobSeeker: true },
    { employed: true, employmentPercent: 100, practiceYears: 3, completedPrimarySchool: true },
    { employed: true, employmentPercent: 60, practiceYears: 10, completedPrimarySchool: true, age: 50 },
    { hasTradeCertificate: true, interests: ['batteri'] },
    { completedUpperSecondary: false, age: 30, employed: false },
    {},
  ];

  test.each(COUNTIES)('no next step in %s names another county’s office', (county) => {
    for (const person of PEOPLE) {
      const steps = run({ ...person, county }).paths.flatMap((p) => p.nextSteps).join('\n');
      for (const office of offices.filter((o) => o.county !== county)) expect({ county, person, office: steps.includes(office.name) }).toEqual({ county, person, office: false });
      for (const other of COUNTIES.filter((c) => c !== county)) {
        expect({ county, mentions: new RegExp(`${other} fylkeskommune|NAV ${other}|Karriere(senteret i)? ${other}`, 'u').test(steps) }).toEqual({ county, mentions: false });
      }
    }
  });

  test('the national contact names the person’s own county', () => {
    const steps = pathOf(run({ county: 'Vestland', employed: true, completedPrimarySchool: true }), 'fagbrev-paa-jobb').nextSteps.join('\n');
    expect(steps).toMatch(/Kontakt: Fylkeskommunen der du bor \(Vestland\)/);
  });

  test('no "under 25" to a 60-year-old; "du som er under 25" to a 20-year-old', () => {
    const old = run({ age: 60, county: 'Rogaland', employed: true, employmentPercent: 100, practiceYears: 25, trade: 'sveisefaget' });
    for (const p of old.paths) expect(allText(p)).not.toMatch(/under 25/);
    expect(allText(pathOf(old, 'fagbrev-paa-jobb'))).toMatch(/Det er ingen aldersgrense for fagbrev på jobb\./);
    expect(allText(pathOf(run({ age: 20, county: 'Oslo', employed: true }), 'fagbrev-paa-jobb'))).toMatch(/Også du som er under 25 år kan få kontrakt/);
  });
});

describe('what would change the verdict', () => {
  test.each<[string, Profile, PathId, RegExp]>([
    ['Trøndelag at 60 %', { county: 'Trøndelag', employed: true, employmentPercent: 60, practiceYears: 6, completedPrimarySchool: true }, 'fagbrev-paa-jobb', /^Med minst 80 % stilling i en godkjent lærebedrift ville fagbrev på jobb passe\.$/],
    ['19 in Nordland', { county: 'Nordland', age: 19, employed: true, employmentPercent: 100, practiceYears: 2, completedPrimarySchool: true }, 'fagbrev-paa-jobb', /^Fra og med det året du fyller 21 \(om 1 år\), kan fagbrev på jobb bli aktuelt\.$/],
    ['out of work', { county: 'Oslo', employed: false }, 'fagbrev-paa-jobb', /arbeidsforhold/],
    ['3 years full time', { practiceYears: 3, employed: true, employmentPercent: 100 }, 'praksiskandidat', /^Om lag 2 år til i full stilling gir nok praksis/],
    ['5 years as an electrician', { practiceYears: 5, trade: 'elektrikerfaget' }, 'praksiskandidat', /^Om lag 8 måneder til i full stilling/],
    ['half a year in Trøndelag', { county: 'Trøndelag', employed: true, employmentPercent: 100, practiceYears: 0.5 }, 'fagbrev-paa-jobb', /^Om lag 6 måneder til i full stilling gir nok praksis for fagbrev på jobb\.$/],
  ])('%s', (_name, profile, id, change) => {
    const p = pathOf(run(profile), id);
    expect(p.status).toBe('not-eligible');
    expect(p.whatWouldChange).toMatch(change);
  });

  test('none where no change is ours to suggest: another county, a certificate already held', () => {
    expect(pathOf(run({ county: 'Oslo', employed: false, navJobSeeker: true }), 'trondelagsmodellen').whatWouldChange).toBeUndefined();
    expect(pathOf(run({ hasTradeCertificate: true }), 'kompetanseprove').whatWouldChange).toBeUndefined();
  });

  test('only paths that do not fit carry one', () => {
    for (const p of run({ county: 'Trøndelag', employed: true, employmentPercent: 100, practiceYears: 3, completedPrimarySchool: true }).paths) {
      if (p.status !== 'not-eligible') expect(p.whatWouldChange).toBeUndefined();
    }
  });
});
