// The citizen's card is short (the recommended paths with two or three sourced reasons and the next
// step; the rest folded under "Andre muligheter"), and the counsellor's text keeps everything.
import { loadCatalogue } from '../../src/catalogue/loader';
import { loadManifest } from '../../src/catalogue/sources';
import type { Assessment, Profile } from '../../src/catalogue/schema';
import { createCitationFormatter } from '../../src/replies/citations';
import { nb } from '../../src/text/nb';
import { assessmentText, recommendationCard } from '../../dialogs/recommendation-card';
import { assess } from '../../knowledge/rules/assess';
import { KNOWLEDGE_DIR } from '../support/knowledge';

const kb = loadCatalogue(KNOWLEDGE_DIR);
const cite = createCitationFormatter(loadManifest(KNOWLEDGE_DIR));
const t = nb.recommendation;

interface Block {
  type: string;
  text?: string;
  items?: Block[];
}
interface Card {
  version: string;
  body: Block[];
  actions: { type: string; title: string; card?: { body: Block[] } }[];
}

const cardFor = (profile: Profile): { card: Card; assessment: Assessment } => {
  const assessment = assess(profile, kb, { now: new Date(Date.UTC(2025, 0, 15)) });
  return { card: recommendationCard(assessment, profile, cite) as Card, assessment };
};
const containers = (blocks: Block[]) => blocks.filter((b) => b.type === 'Container');
const texts = (block: Block) => (block.items ?? []).map((i) => i.text ?? '');

const SVEISER: Profile = { age: 60, county: 'Rogaland', employed: true, employmentPercent: 100, practiceYears: 25, trade: 'sveisefaget', hasTradeCertificate: false };

test('the recommended paths on top, each with two or three sourced reasons and the next step', () => {
  const { card, assessment } = cardFor(SVEISER);
  expect(Number(card.version)).toBeLessThanOrEqual(1.5);
  const shown = containers(card.body);
  expect(shown.map((b) => texts(b)[0])).toEqual(assessment.paths.filter((p) => p.recommended).map((p) => p.title));
  expect(shown.length).toBeGreaterThanOrEqual(1);
  for (const block of shown) {
    const [, verdict, ...lines] = texts(block);
    expect(verdict).toBe(t.recommended);
    const reasons = lines.filter((l) => l.includes('Kilde: ['));
    expect(reasons.length).toBeGreaterThanOrEqual(2);
    expect(reasons.length).toBeLessThanOrEqual(3);
    expect(lines[lines.length - 1]).toMatch(/^\*\*Neste steg:\*\* /);
  }
  expect(texts(shown[0] as Block)[2]).toMatch(/^Du har nok praksis til å gå opp som praksiskandidat/);
});

test('the other paths are folded under "Andre muligheter", with what would change them', () => {
  const { card, assessment } = cardFor({ county: 'Trøndelag', employed: true, employmentPercent: 60, practiceYears: 6, practicePercent: 60, completedPrimarySchool: true, age: 47 });
  const others = assessment.paths.filter((p) => !p.recommended);
  const fold = card.actions.find((a) => a.type === 'Action.ShowCard');
  expect(fold?.title).toBe(t.otherOptions(others.length));
  const folded = containers(fold?.card?.body ?? []);
  expect(folded.map((b) => texts(b)[0])).toEqual(others.map((p) => p.title));
  const fagbrev = folded.find((b) => /Fagbrev på jobb/.test(texts(b)[0] ?? ''));
  expect(texts(fagbrev as Block)).toContain(t.wouldChange('Med minst 80 % stilling i en godkjent lærebedrift ville fagbrev på jobb passe.'));
  const laerling = folded.find((b) => /Lærling/.test(texts(b)[0] ?? ''));
  expect(texts(laerling as Block)[1]).toBe(t.notAdvised);
});

test('with nothing to recommend yet, the card says so and folds everything', () => {
  const { card } = cardFor({ age: 63 });
  expect(containers(card.body)).toEqual([]);
  expect(card.body.map((b) => b.text)).toContain(t.noRecommendationYet);
  expect(containers(card.actions[0]?.card?.body ?? [])).toHaveLength(7);
});

test('the text says each reason once: why a path is (not) recommended is on its verdict line with its source, not again below it', () => {
  const profile: Profile = { county: 'Møre og Romsdal', employed: true, practiceYears: 6, completedPrimarySchool: true, hasTradeCertificate: false };
  const assessment = assess(profile, kb);
  const text = assessmentText(assessment, profile, cite);
  const said = (line: string) => line.replace(/^- (?:ANBEFALT: |Ikke anbefalt: )?/u, '').replace(/ \(Kilde: .*$/u, '');
  const blocks = text.split('\n\n').map((block) => block.split('\n').filter((l) => l.startsWith('- ')));
  const withVerdictLine = blocks.filter((lines) => lines.some((l) => /^- (?:ANBEFALT|Ikke anbefalt): /u.test(l)));
  expect(withVerdictLine.length).toBeGreaterThanOrEqual(3);
  for (const lines of blocks) expect(new Set(lines.map(said)).size).toBe(lines.length);
  expect(text).toMatch(/^- ANBEFALT: Du har nok praksis til å gå opp som praksiskandidat.* \(Kilde: .+\)$/mu);
  expect(text).toMatch(/^- Ikke anbefalt: .+ \(Kilde: .+\)$/mu);
});

test("the counsellor's text keeps every path, reason, next step and change", () => {
  const profile: Profile = { age: 27, county: 'Akershus', employed: true, employmentPercent: 70, practiceYears: 3.5, practicePercent: 70, trade: 'barne- og ungdomsarbeiderfaget' };
  const assessment = assess(profile, kb);
  const text = assessmentText(assessment, profile, cite);
  for (const p of assessment.paths) {
    expect(text).toContain(p.title);
    for (const r of p.reasons) expect(text).toContain(r.text);
    for (const s of p.nextSteps) expect(text).toContain(s);
    if (p.whatWouldChange) expect(text).toContain(t.textWouldChange(p.whatWouldChange));
  }
  expect(text).toMatch(/Fagbrev på jobb: Anbefalt for deg \(kan passe – trenger mer informasjon\)\n- ANBEFALT: Du er i jobb og har praksis/);
  expect(text).toMatch(/5 år i 70 % stilling regnes som om lag 3,5 år i full stilling/);
});

test("the text's verdict line adds the status only where it says more than the label: a path that fits is not also 'passer for deg'", () => {
  const profile: Profile = { county: 'Trøndelag', employed: true, employmentPercent: 100, practiceYears: 7, completedPrimarySchool: true, hasTradeCertificate: false };
  const text = assessmentText(assess(profile, kb), profile, cite);
  expect(text).toMatch(/^Praksiskandidat: Anbefalt for deg$/mu);
  expect(text).toMatch(/^Lærling \(ordinær vei til fagbrev\): Mulig, men ikke anbefalt for deg$/mu);
  expect(text).not.toMatch(/\(passer for deg\)/u);
});

test('a next step for a path that waits on lower secondary school does not take it as unfinished while it is unknown', () => {
  const profile: Profile = { age: 58 };
  const text = assessmentText(assess(profile, kb), profile, cite);
  expect(text).toMatch(/^Lærling \(ordinær vei til fagbrev\):/mu);
  expect(text).not.toMatch(/når grunnskolen ikke er fullført/u);
  expect(text).toMatch(/Har du ikke fullført grunnskolen, snakk med karrieresenteret/u);
});
