// The passage search over the reports (the long tail no fact covers), end to end: grounded quotes
// cited by the lines they are on, marked [n] in the text, sources returned as data.
import fc from 'fast-check';
import path from 'node:path';
import { AskResultSchema, type AskResult, type Citation } from '../../src/catalogue/schema';
import { type SourceDocument } from '../../src/catalogue/sources';
import { buildAnswerer } from '../../src/answer/build';
import { ExtractiveAnswerer, nearDuplicate, nearDuplicatesOf } from '../../src/answer/extractive';
import { sourceMap, verifyCitation } from '../../src/catalogue/verify';
import { loadQuestionSet } from '../../bench/questions';
import { nb } from '../../src/text/nb';
import { KNOWLEDGE_DIR } from '../support/knowledge';

let answerer: ExtractiveAnswerer;
let sources: SourceDocument[];

beforeAll(() => {
  const stack = buildAnswerer(KNOWLEDGE_DIR);
  answerer = stack.passages;
  sources = stack.sources;
});

/** The quote can be read on the cited lines of the cited file: the check kb:check makes for the knowledge files. */
function expectGrounded(c: Citation): void {
  expect({ citation: c, errors: verifyCitation(c, { sources: sourceMap(sources) }) }).toEqual({ citation: c, errors: [] });
}

async function ask(q: string): Promise<AskResult> {
  const r = await answerer.answer(q);
  expect(AskResultSchema.safeParse(r).success).toBe(true);
  return r;
}

describe('grounded answers', () => {
  it('answers the fagbrev-på-jobb question from BattKOMP 3, lines 773–797', async () => {
    const r = await ask('Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?');
    expect(r.question).toBe('Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?');
    const hit = r.citations.find(
      (c) => c.source === '002_373d7c6cf6bd4a35.txt' && c.lines![0] <= 797 && c.lines![1] >= 773,
    );
    expect(hit).toBeDefined();
    expect(r.answer).toContain('arbeidsforhold');
    r.citations.forEach(expectGrounded);
  });

  it('quotes 2–4 sentences, each marked [n], and returns the sources as data, not as text', async () => {
    const r = await ask('Hva er Haugalandsmodellen?');
    const body = r.answer.replace(nb.answer.intro, '').replace(nb.answer.advice, '').trim();
    const marked = body.match(/\[\d+\][.!?»”")]*/gu) ?? [];
    expect(marked.length).toBeGreaterThanOrEqual(2);
    expect(marked.length).toBeLessThanOrEqual(4);
    const numbers = new Set([...body.matchAll(/\[(\d+)\]/gu)].map((m) => Number(m[1])));
    expect([...numbers].sort()).toEqual(r.citations.map((_, i) => i + 1));
    expect(r.answer).not.toMatch(/Kilde:/u);
  });

  it.each([
    ['Hvor mange fagarbeidere vil Norge mangle i 2030?', '000_def992d1852a3a44.txt', '90 000'],
    ['Hvor stor andel fullfører videregående skole i Trøndelag?', '001_904e4940690e368f.txt', '79,5%'],
    ['Hva foreslår NITO og Fellesforbundet for å få industrien gjennom det digitale skiftet?', '003_b556760ee86fd2b4.txt', 'NITO'],
    ['Hva er verktøyet Mind the Gap som ble testet i Nordfjord?', '004_f73367889bfe0b9b.txt', 'Mind the Gap'],
  ])('%s', async (question, file, fact) => {
    const r = await ask(question);
    expect(r.citations.some((c) => c.source === file)).toBe(true);
    expect(r.answer).toContain(fact);
    r.citations.forEach(expectGrounded);
  });

  it('gives every answer to the development questions quotes that can be read where they are cited', () => {
    const ctx = { sources: sourceMap(sources) };
    const cases = loadQuestionSet(path.join(__dirname, '../eval/questions/cases.dev.json'));
    let citations = 0;
    for (const { question } of cases) {
      for (const c of answerer.answerSync(question).citations) {
        citations += 1;
        expect({ question, quote: c.quote, errors: verifyCitation(c, ctx) }).toEqual({ question, quote: c.quote, errors: [] });
      }
    }
    expect(citations).toBeGreaterThan(cases.length);
  });
});

describe('near-duplicate sentences', () => {
  it('links exactly the pairs comparing each sentence with each would find', () => {
    const words = fc.constantFrom('fagbrev', 'på', 'jobb', 'og', 'i', 'kan', 'voksne', 'rett', 'til', 'praksis', 'år', 'fylket');
    const sentences = fc.array(fc.uniqueArray(words, { maxLength: 12 }).map((ws) => new Set(ws)), { maxLength: 25 });
    fc.assert(fc.property(sentences, (sets) => {
      const near = nearDuplicatesOf(sets, (s) => s);
      sets.forEach((a, i) => sets.forEach((b) => expect(near[i].has(b)).toBe(nearDuplicate(a, b))));
    }), { numRuns: 300 });
  });
});
