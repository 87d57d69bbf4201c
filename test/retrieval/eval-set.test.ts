// Retrieval quality on the hand-written evaluation set (test/eval/questions.json), over the reports
// only (knowledge/public-rules.json is deliberately left out so the figures are reproducible).
import path from 'node:path';
import { buildExtractiveAnswerer, type ExtractiveStack } from '../../src/answer/build';
import {
  evaluateAbstention,
  evaluateRetrieval,
  isHit,
  loadEvalSet,
  type EvalSet,
  type RetrievalReport,
} from '../../bench/evaluate';
import { KNOWLEDGE_DIR } from '../support/knowledge';

let set: EvalSet;
let stack: ExtractiveStack;
let report: RetrievalReport;

beforeAll(() => {
  set = loadEvalSet(path.join(__dirname, '../eval/questions.json'));
  stack = buildExtractiveAnswerer(KNOWLEDGE_DIR);
  report = evaluateRetrieval(stack.retriever, set.inScope, { k: 5 });
});

describe('evaluation set', () => {
  it('has at least 45 in-scope questions covering all five reports, and out-of-scope questions', () => {
    expect(set.inScope.length).toBeGreaterThanOrEqual(45);
    const files = new Set(set.inScope.map((q) => q.expected.source));
    for (const d of stack.sources) expect(files).toContain(d.entry.file);
    expect(set.outOfScope.length).toBeGreaterThanOrEqual(8);
  });

  it('points every expected range at non-blank lines inside the file', () => {
    for (const q of set.inScope) {
      for (const t of [q.expected, ...(q.alternatives ?? [])]) {
        const doc = stack.sources.find((d) => d.entry.file === t.source);
        expect([q.id, doc !== undefined]).toEqual([q.id, true]);
        const lines = doc!.lines.slice(t.lines[0] - 1, t.lines[1]);
        expect([q.id, t.lines[1] <= doc!.lines.length, lines.some((l) => l.trim() !== '')]).toEqual([q.id, true, true]);
      }
    }
  });
});

describe('retrieval quality', () => {
  it('hit@5 >= 0.9', () => {
    expect(report.hitAt5).toBeGreaterThanOrEqual(0.9);
  });

  it('hit@1 >= 0.7', () => {
    expect(report.hitAt1).toBeGreaterThanOrEqual(0.7);
  });

  it('hit@k and MRR are consistent', () => {
    expect(report.hitAt1).toBeLessThanOrEqual(report.hitAt3);
    expect(report.hitAt3).toBeLessThanOrEqual(report.hitAt5);
    expect(report.mrr).toBeGreaterThanOrEqual(report.hitAt1);
    expect(report.mrr).toBeLessThanOrEqual(report.hitAt5);
  });

  it('the answer to an in-scope question cites a passage the evaluation counts as a hit for most questions', async () => {
    let cited = 0;
    for (const q of set.inScope) {
      const r = await stack.answerer.answer(q.question);
      const targets = [q.expected, ...(q.alternatives ?? [])];
      if (r.citations.some((c) => targets.some((t) => isHit({ id: '', source: c.source, title: c.title, lines: c.lines, text: '', score: 0 }, t)))) {
        cited++;
      }
    }
    expect(cited / set.inScope.length).toBeGreaterThanOrEqual(0.8);
  });
});

describe('out-of-scope questions', () => {
  it('all abstain, with no citations', async () => {
    const results = await evaluateAbstention(stack.answerer, set.outOfScope);
    expect(results.filter((r) => !r.abstained).map((r) => r.id)).toEqual([]);
  });
});
