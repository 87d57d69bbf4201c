// Ask Veiviser a question from the command line, without a running server.
//
//   npm run --silent ask -- --json "Kan jeg ta fagbrev på jobb?"   one JSON object {question, answer, citations}
//   npm run --silent ask -- --jsonl < questions.txt               one JSON object per input line
//   npm run --silent ask -- "Kan jeg ta fagbrev på jobb?"          human-readable answer
//
// Options: --lang nb|en (default: the question's language), --knowledge-dir <dir> (default: KNOWLEDGE_DIR,
// or knowledge/ in the package), --verbose (timings on stderr).
// stdout carries only answers; everything else goes to stderr.
import { createInterface } from 'node:readline';
import { AskResultSchema, type AskResult } from '../catalogue/schema';
import { buildAnswerer } from '../answer/build';
import type { FactAnswerer } from '../answer/fact-answerer';
import type { Lang } from '../answer/question';
import { en } from '../text/en';
import { plainCitationLabel } from '../replies/citations';
import { nb } from '../text/nb';
import { loadConfig } from '../config';
import { HelpRequested, parseOrExit, runCli, writeLine as write } from './run';

type Mode = 'json' | 'jsonl' | 'human';

interface Args {
  mode: Mode;
  question: string;
  lang?: Lang;
  knowledgeDir?: string;
  verbose: boolean;
}

const USAGE = [
  'Bruk: npm run --silent ask -- [--json | --jsonl] [--knowledge-dir <mappe>] [--verbose] "spørsmål"',
  '  --json    skriv ett JSON-objekt {question, answer, citations}',
  '  --jsonl   les ett spørsmål per linje fra stdin, skriv ett JSON-objekt per linje',
  '  --lang nb|en  svar på bokmål eller engelsk (standard: språket i spørsmålet)',
].join('\n');

/** Thrown for --help: the usage goes to stdout and the exit code is 0. */

export function parseArgs(argv: readonly string[]): Args {
  let mode: Mode = 'human';
  let knowledgeDir: string | undefined;
  let verbose = false;
  let lang: Lang | undefined;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') mode = 'json';
    else if (a === '--jsonl') mode = 'jsonl';
    else if (a === '--verbose') verbose = true;
    else if (a === '--lang') {
      const value = argv[++i];
      if (value !== 'nb' && value !== 'en') throw new Error('--lang må være nb eller en');
      lang = value;
    }
    else if (a === '--knowledge-dir') {
      knowledgeDir = argv[++i];
      if (!knowledgeDir) throw new Error('--knowledge-dir trenger en mappe');
    } else if (a === '--help' || a === '-h') throw new HelpRequested(USAGE);
    else if (a === '--') continue;
    else words.push(a);
  }
  return { mode, question: words.join(' '), knowledgeDir, verbose, lang };
}

function validated(result: AskResult): AskResult {
  const parsed = AskResultSchema.safeParse(result);
  if (!parsed.success) throw new Error(`answer failed validation: ${parsed.error.message}`);
  return parsed.data;
}


async function askOne(answerer: FactAnswerer, question: string, lang?: Lang): Promise<AskResult> {
  return validated(await answerer.answer(question, { lang }));
}

async function runJsonl(answerer: FactAnswerer, lang?: Lang): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    await write(JSON.stringify(await askOne(answerer, line, lang)));
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = await parseOrExit(() => parseArgs(argv));
  if ('code' in parsed) return parsed.code;
  const { args } = parsed;
  const started = performance.now();
  const { answerer, retriever, sources, catalogue } = buildAnswerer(args.knowledgeDir ?? loadConfig().knowledgeDir);
  if (args.verbose) {
    process.stderr.write(
      `ask: ready in ${Math.round(performance.now() - started)} ms (${catalogue.facts.length} facts, ${retriever.stats.passages} passages)\n`,
    );
  }
  if (args.mode === 'jsonl') {
    await runJsonl(answerer, args.lang);
    return 0;
  }
  const result = await askOne(answerer, args.question, args.lang);
  if (args.mode === 'json') {
    await write(JSON.stringify(result));
  } else {
    const entries = sources.map((s) => s.entry);
    const texts = result.lang === 'en' ? en.answer : nb.answer;
    // (The source line says already that the sources are in Norwegian: "Source (in Norwegian): …".)
    const sourceLines = result.citations.map((c, i) => texts.sourceLine(i + 1, plainCitationLabel(c, entries, result.lang)));
    await write([result.answer, ...(sourceLines.length > 0 ? ['', ...sourceLines] : [])].join('\n'));
  }
  return 0;
}

if (require.main === module) runCli('ask', main);
