// npm run bench:typos — how answering holds up under typing errors. Every Norwegian question of the evaluation
// sets that is answered right as written is asked again with one typo (a letter left out, two swapped, one added
// or one changed) in one of its words of five letters or more, chosen by a seeded generator, so every run asks
// the same misspelt questions. Prints, per half, how many of them are still answered right (expected phrase, no
// refusal). `-- --seed N` asks another set of typos; `-- --misses` lists the development questions that fail.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildAnswerer } from '../src/answer/build';
import { loadConfig } from '../src/config';
import { packageRoot } from '../src/package-root';
import { en } from '../src/text/en';
import { nb } from '../src/text/nb';
import { loadQuestionSet, scoreCase, type QuestionCase } from './questions';

const SCOPE_MESSAGES = new Set([nb.answer.offTopic, nb.answer.injection, en.answer.offTopic, en.answer.injection]);
const LETTERS = 'abcdefghijklmnoprstuvyæøå';
const WORD = /^\p{L}{5,}$/u;

/** mulberry32: a small seeded generator, so a run's typos can be asked again. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One typo inside a word (never its first letter): a letter left out, two swapped, one added or one changed. */
function misspell(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  const letter = LETTERS[Math.floor(random() * LETTERS.length)];
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 2:
      return word.slice(0, i) + letter + word.slice(i);
    default:
      return word.slice(0, i) + letter + word.slice(i + 1);
  }
}

/** The question with one of its longer words misspelt, or undefined when it has none. */
function withTypo(question: string, random: () => number): string | undefined {
  const parts = question.split(/(\s+)/u);
  const long = parts.flatMap((p, i) => (WORD.test(p) ? [i] : []));
  if (long.length === 0) return undefined;
  const at = long[Math.floor(random() * long.length)];
  parts[at] = misspell(parts[at], random);
  return parts.join('');
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function main(): void {
  const seed = Number(argument('--seed') ?? 7);
  const showMisses = process.argv.includes('--misses');
  const evalDir = path.join(packageRoot(), 'test', 'eval');
  const sets = readdirSync(evalDir)
    .filter((d) => /^questions(?:-\d+)?$/u.test(d))
    .sort((a, b) => Number(a.split('-')[1] ?? 1) - Number(b.split('-')[1] ?? 1));
  const stack = buildAnswerer(loadConfig().knowledgeDir);
  const right = (c: QuestionCase, question: string): boolean => {
    const r = scoreCase(c, stack.answerer.answerSync(question), { isScopeMessage: (a) => SCOPE_MESSAGES.has(a.answer) });
    return r.kind === 'answerable' && r.phrase && !r.wrongRefusal;
  };
  console.log(`Veiviser typo benchmark — one typo per question, seed ${seed}, ${sets.length} sets, Norwegian questions`);
  for (const half of ['dev', 'test'] as const) {
    const random = generator(seed);
    let asked = 0;
    let kept = 0;
    const misses: string[] = [];
    for (const set of sets) {
      for (const c of loadQuestionSet(path.join(evalDir, set, `cases.${half}.json`))) {
        if (c.lang !== 'nb' || !right(c, c.question)) continue;
        const typed = withTypo(c.question, random);
        if (typed === undefined) continue;
        asked += 1;
        if (right(c, typed)) kept += 1;
        else misses.push(`${c.id}: ${typed}`);
      }
    }
    console.log(`${half.padEnd(5)} ${asked} questions answered right as written, asked with a typo: ${kept} still right (${((100 * kept) / Math.max(1, asked)).toFixed(1)} %)`);
    if (showMisses && half === 'dev') for (const m of misses) console.log(`  ${m}`);
  }
}

main();
