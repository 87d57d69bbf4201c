// npm run bench:retrieval — retrieval quality and speed on test/eval/questions.json.
// Prints hit@1/3/5, MRR, search latency (p50/p95) and index build time, for the reports alone and,
// when knowledge/public-rules.json exists, with the public rules indexed too; plus the latency of a
// full extractive answer and the share of out-of-scope questions that abstain.
import path from 'node:path';
import { loadConfig } from '../src/config';
import { loadSources } from '../src/catalogue/sources';
import { packageRoot } from '../src/package-root';
import { loadLexicon } from '../src/retrieval/lexicon';
import { buildRetriever } from '../src/retrieval/retriever';
import { evaluateAbstention, evaluateRetrieval, loadEvalSet, summarizeLatency } from './evaluate';
import { ExtractiveAnswerer } from '../src/answer/extractive';

const REPEATS = 20;

function fmt(n: number, digits = 3): string {
  return n.toFixed(digits);
}

async function main(): Promise<void> {
  const { knowledgeDir } = loadConfig();
  const set = loadEvalSet(path.join(packageRoot(), 'test', 'eval', 'questions.json'));

  const t0 = performance.now();
  const docs = loadSources(knowledgeDir);
  const lexicon = loadLexicon(knowledgeDir);
  const loadMs = performance.now() - t0;

  const variants = [{ name: 'reports' }];

  console.log(`Veiviser retrieval benchmark — ${set.inScope.length} in-scope, ${set.outOfScope.length} out-of-scope questions`);
  console.log(`load sources + lexicon: ${fmt(loadMs, 1)} ms`);

  for (const variant of variants) {
    const b0 = performance.now();
    const retriever = buildRetriever(docs, lexicon);
    const buildMs = performance.now() - b0;

    // Warm up once, then time every question REPEATS times.
    evaluateRetrieval(retriever, set.inScope, { k: 5 });
    const report = evaluateRetrieval(retriever, set.inScope, { k: 5, repeats: REPEATS });

    const answerer = new ExtractiveAnswerer({ retriever, cues: lexicon.answerCues });
    const answerTimes: number[] = [];
    for (const q of set.inScope) {
      const a0 = performance.now();
      answerer.answerSync(q.question);
      answerTimes.push(performance.now() - a0);
    }
    const answerLatency = summarizeLatency(answerTimes);
    const abstention = await evaluateAbstention(answerer, set.outOfScope);
    const abstained = abstention.filter((r) => r.abstained).length;

    console.log('');
    console.log(`== ${variant.name}`);
    console.log(`index build:          ${fmt(buildMs, 1)} ms (${retriever.stats.passages} passages, ${retriever.stats.terms} terms)`);
    console.log(`hit@1:                ${fmt(report.hitAt1)}`);
    console.log(`hit@3:                ${fmt(report.hitAt3)}`);
    console.log(`hit@5:                ${fmt(report.hitAt5)}`);
    console.log(`MRR:                  ${fmt(report.mrr)}`);
    console.log(`search latency:       p50 ${fmt(report.latency.p50)} ms, p95 ${fmt(report.latency.p95)} ms, max ${fmt(report.latency.max)} ms (${report.results.length * REPEATS} searches)`);
    console.log(`extractive answer:    p50 ${fmt(answerLatency.p50)} ms, p95 ${fmt(answerLatency.p95)} ms`);
    console.log(`out-of-scope abstain: ${abstained}/${abstention.length}`);
    const misses = report.results.filter((r) => r.rank === null || r.rank > 1);
    if (misses.length > 0) {
      console.log('not first:');
      for (const m of misses) {
        const top = m.top[0];
        console.log(`  ${m.rank === null ? 'miss' : `rank ${m.rank}`}  ${m.id}  (top: ${top ? `${top.source} ${top.lines?.join('–') ?? ''}` : 'none'})`);
      }
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
