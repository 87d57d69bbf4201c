// The BM25 retriever over the real reports (public rules passed in explicitly, never read from disk).
import { loadSources, type SourceDocument } from '../../src/catalogue/sources';
import { loadLexicon, type Lexicon } from '../../src/retrieval/lexicon';
import { buildRetriever, type LexicalRetriever } from '../../src/retrieval/retriever';
import { Bm25Index, topIndices } from '../../src/retrieval/bm25';
import { KNOWLEDGE_DIR } from '../support/knowledge';

let docs: SourceDocument[];
let lexicon: Lexicon;
let retriever: LexicalRetriever;

beforeAll(() => {
  docs = loadSources(KNOWLEDGE_DIR);
  lexicon = loadLexicon(KNOWLEDGE_DIR);
  retriever = buildRetriever(docs, lexicon);
});

const overlaps = (lines: [number, number] | undefined, a: number, b: number): boolean =>
  !!lines && lines[0] <= b && lines[1] >= a;

describe('buildRetriever', () => {
  it('finds the section on fagbrev på jobb first', () => {
    const [top] = retriever.search('Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?');
    expect(top.source).toBe('002_373d7c6cf6bd4a35.txt');
    expect(overlaps(top.lines, 773, 797)).toBe(true);
    expect(top.text).toContain('Fagbrev på jobb');
  });

  it('returns passages best first, with sentences that carry their own lines', () => {
    const results = retriever.search('Hva er Industrifagskolen for operatører?', 5);
    expect(results.length).toBe(5);
    for (let i = 1; i < results.length; i++) expect(results[i - 1].score).toBeGreaterThanOrEqual(results[i].score);
    for (const p of results) {
      expect(p.lines![0]).toBeLessThanOrEqual(p.lines![1]);
      for (const s of p.sentences ?? []) {
        expect(s.lines![0]).toBeGreaterThanOrEqual(p.lines![0]);
        expect(s.lines![1]).toBeLessThanOrEqual(p.lines![1]);
      }
    }
  });

  it('finds a compound written apart ("batteri fagskole") and apart written together', () => {
    const hit = retriever.search('batteri fagskole', 5).some((p) => p.text.includes('Batterifagskole'));
    expect(hit).toBe(true);
    const [top] = retriever.search('kjemiprosessfag i bedrift', 3);
    expect(top.text.toLowerCase()).toContain('kjemiprosess');
  });

  it('uses synonyms: svennebrev finds fagbrev passages', () => {
    const results = retriever.search('svennebrev for voksne i arbeid', 5);
    expect(results.some((p) => /fagbrev/iu.test(p.text))).toBe(true);
  });

  it('returns [] for empty, stop-word-only and punctuation-only queries', () => {
    expect(retriever.search('')).toEqual([]);
    expect(retriever.search('   ')).toEqual([]);
    expect(retriever.search('hva er det som er hvor?')).toEqual([]);
    expect(retriever.search('?!…')).toEqual([]);
  });

  it('respects the limit and reports coverage between 0 and 1', () => {
    const results = retriever.search('fagskole', 3);
    expect(results.length).toBe(3);
    for (const p of results) {
      expect(p.coverage).toBeGreaterThan(0);
      expect(p.coverage).toBeLessThanOrEqual(1);
    }
    expect(retriever.search('fagskole', 0)).toEqual([]);
  });

  it('gives a question about something the reports never mention low coverage', () => {
    const results = retriever.search('Hvilke aksjer bør jeg kjøpe?', 5);
    for (const p of results) expect(p.coverage).toBeLessThan(0.6);
  });

  it('handles a 100 kB question without throwing', () => {
    const huge = 'Kan jeg ta fagbrev på jobb? '.repeat(4000);
    expect(huge.length).toBeGreaterThan(100_000);
    const results = retriever.search(huge, 3);
    expect(results.length).toBe(3);
  });

});

describe('Bm25Index', () => {
  const docsTf = [new Map([['a', 2], ['b', 1]]), new Map([['b', 1]]), new Map([['c', 3]])];
  const index = new Bm25Index(docsTf, [3, 1, 3]);

  it('ranks rarer terms higher and never scores unmatched documents', () => {
    const scores = index.score(new Map([['a', 1]]));
    expect(scores[0]).toBeGreaterThan(0);
    expect(scores[1]).toBe(0);
    expect(index.idf('a')).toBeGreaterThan(index.idf('b'));
    expect(index.df('zzz')).toBe(0);
    expect(index.idf('zzz')).toBeCloseTo(index.maxIdf());
  });

  it('topIndices keeps only positive scores, best first', () => {
    expect(topIndices([0, 2, 1, 0, 5], 10)).toEqual([4, 1, 2]);
    expect(topIndices([0, 2, 1], 1)).toEqual([1]);
  });
});
