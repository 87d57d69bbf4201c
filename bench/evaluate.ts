// Retrieval evaluation: hit@k and MRR against hand-written questions with expected line ranges, search
// latency percentiles, and abstention on out-of-scope questions. Used by bench/retrieval.ts and the retrieval and answer tests.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Answerer } from '../src/answer/types';
import type { Passage, Retriever } from '../src/retrieval/types';

const LineRange = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([a, b]) => a <= b, 'lines: start must be <= end');
const ExpectedSchema = z.object({ source: z.string().min(1), lines: LineRange });
export type ExpectedLocation = z.infer<typeof ExpectedSchema>;

export const EvalQuestionSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  expected: ExpectedSchema,
  alternatives: z.array(ExpectedSchema).optional(),
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

export const OutOfScopeQuestionSchema = z.object({ id: z.string().min(1), question: z.string().min(1) });
export type OutOfScopeQuestion = z.infer<typeof OutOfScopeQuestionSchema>;

export const EvalSetSchema = z.object({
  description: z.string().optional(),
  inScope: z.array(EvalQuestionSchema).min(1),
  outOfScope: z.array(OutOfScopeQuestionSchema),
});
export type EvalSet = z.infer<typeof EvalSetSchema>;

export function loadEvalSet(file: string): EvalSet {
  const parsed = EvalSetSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is invalid: ${parsed.error.message}`);
  const ids = new Set<string>();
  for (const q of [...parsed.data.inScope, ...parsed.data.outOfScope]) {
    if (ids.has(q.id)) throw new Error(`${file}: duplicate question id ${q.id}`);
    ids.add(q.id);
  }
  return parsed.data;
}

/** True when a passage comes from the expected file and its lines overlap the expected range. */
export function isHit(passage: Passage, expected: ExpectedLocation): boolean {
  if (passage.source !== expected.source || !passage.lines) return false;
  return passage.lines[0] <= expected.lines[1] && passage.lines[1] >= expected.lines[0];
}

export interface QuestionResult {
  id: string;
  question: string;
  /** 1-based rank of the first hit among the returned passages, or null. */
  rank: number | null;
  top: Array<{ source: string; lines?: [number, number]; score: number; coverage?: number }>;
  latencyMs: number;
}

export interface LatencySummary {
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export interface RetrievalReport {
  questions: number;
  hitAt1: number;
  hitAt3: number;
  hitAt5: number;
  mrr: number;
  latency: LatencySummary;
  results: QuestionResult[];
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export function summarizeLatency(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((a, n) => a + n, 0) / sorted.length : 0;
  const r = (n: number): number => Math.round(n * 1000) / 1000;
  return { p50: r(percentile(sorted, 50)), p95: r(percentile(sorted, 95)), max: r(sorted[sorted.length - 1] ?? 0), mean: r(mean) };
}

export interface EvaluateOptions {
  /** Passages retrieved per question (hit@k is computed for k <= this). */
  k?: number;
  /** Extra timed repetitions of every search, for steadier latency figures. */
  repeats?: number;
}

/** Runs every question through the retriever and scores the ranking. */
export function evaluateRetrieval(
  retriever: Retriever,
  questions: readonly EvalQuestion[],
  options: EvaluateOptions = {},
): RetrievalReport {
  const k = options.k ?? 5;
  const repeats = Math.max(1, options.repeats ?? 1);
  const latencies: number[] = [];
  const results: QuestionResult[] = questions.map((q) => {
    let passages: Passage[] = [];
    let elapsed = 0;
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      passages = retriever.search(q.question, k);
      const dt = performance.now() - t0;
      latencies.push(dt);
      elapsed += dt;
    }
    const targets = [q.expected, ...(q.alternatives ?? [])];
    const idx = passages.findIndex((p) => targets.some((t) => isHit(p, t)));
    return {
      id: q.id,
      question: q.question,
      rank: idx >= 0 ? idx + 1 : null,
      top: passages.map((p) => ({ source: p.source, lines: p.lines, score: p.score, coverage: p.coverage })),
      latencyMs: elapsed / repeats,
    };
  });
  const n = results.length || 1;
  const hitAt = (cut: number): number => results.filter((r) => r.rank !== null && r.rank <= cut).length / n;
  const mrr = results.reduce((a, r) => a + (r.rank ? 1 / r.rank : 0), 0) / n;
  const r3 = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    questions: results.length,
    hitAt1: r3(hitAt(1)),
    hitAt3: r3(hitAt(3)),
    hitAt5: r3(hitAt(5)),
    mrr: r3(mrr),
    latency: summarizeLatency(latencies),
    results,
  };
}

export interface AbstentionResult {
  id: string;
  question: string;
  abstained: boolean;
  answer: string;
}

/** Asks every out-of-scope question; an abstention is an answer with no citations. */
export async function evaluateAbstention(
  answerer: Answerer,
  questions: readonly OutOfScopeQuestion[],
): Promise<AbstentionResult[]> {
  const out: AbstentionResult[] = [];
  for (const q of questions) {
    const r = await answerer.answer(q.question);
    out.push({ id: q.id, question: q.question, abstained: r.citations.length === 0, answer: r.answer });
  }
  return out;
}
