// npm run bench:robustness — how answering holds up when a question is written less tidily. Every Norwegian
// question of the evaluation sets that is answered right as written is asked three times more:
//   - with one typo (a letter left out, two swapped, one added or one changed) in one of its words of five
//     letters or more, chosen by a generator seeded with the seed and the question's id, so every run (and every
//     version of the code) asks the same misspelt question;
//   - after a sentence about the person ("Jeg flyttet hit fra Polen for åtte år siden."), one of STORIES, chosen by
//     the question's id;
//   - with the same sentence after it, as people add what they forgot;
//   - with the story after it typed as on a phone or spoken to it: lower case, without marks.
// Prints, per half, how many are still answered right (expected phrase, no refusal). `-- --seed N` asks other
// typos; `-- --misses` lists the development questions that fail.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildAnswerer } from '../src/answer/build';
import { loadConfig } from '../src/config';
import { packageRoot } from '../src/package-root';
import { en } from '../src/text/en';
import { nb } from '../src/text/nb';
import { loadQuestionSet, scoreCase, type QuestionCase } from './questions';
import { seededRandom } from './seeded-random';

/**
 * What people tell before they ask. Written for this bench, and never used to choose a change: the development
 * work of 2026-11-28 read its own list, on development questions only.
 */
const STORIES = [
  'Jeg er 38, alenemor og jobber deltid i butikk.',
  'God morgen. Jeg har jobbet på fiskebruk i Vardø siden 2009.',
  'Mannen min er arbeidsledig og vi bor i Mo i Rana.',
  'Eg jobbar som assistent i barnehage i Førde.',
  'Jeg flyttet hit fra Polen for åtte år siden.',
  'Har ADHD og slet på skolen.',
  'Jeg har svennebrev som snekker fra 1999.',
  'Beklager dårlig norsk.',
  'Vi driver et lite verksted med fem ansatte.',
  'Jeg var lærling i to år men fikk aldri fagbrev.',
  'Æ bor på Senja og har ikke bil.',
  'Spør for en venn.',
];
/** A question's id as a number (FNV-1a), to choose its story and typo by. */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const SCOPE_MESSAGES = new Set([nb.answer.offTopic, nb.answer.injection, en.answer.offTopic, en.answer.injection]);
const LETTERS = 'abcdefghijklmnoprstuvyæøå';
const WORD = /^\p{L}{5,}$/u;

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

/** As dictated, or typed on a phone in a hurry: lower case, no marks between or after the sentences. */
function unmarked(text: string): string {
  return text.toLowerCase().replace(/[.?!,:;]+(?=\s|$)/gu, '').replace(/\s+/gu, ' ').trim();
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
  console.log(`Veiviser robustness benchmark — ${sets.length} sets, Norwegian questions answered right as written; typo seed ${seed}`);
  for (const half of ['dev', 'test'] as const) {
    const asked = { typo: 0, story: 0, after: 0, unmarked: 0 };
    const kept = { typo: 0, story: 0, after: 0, unmarked: 0 };
    const misses: string[] = [];
    for (const set of sets) {
      for (const c of loadQuestionSet(path.join(evalDir, set, `cases.${half}.json`))) {
        if (c.lang !== 'nb' || !right(c, c.question)) continue;
        // The story and the typo are chosen by the question itself (its id and the seed), so that two versions of the
        // code ask a question they both answer with the same story and the same typo.
        const drawn = idHash(c.id);
        const story = STORIES[drawn % STORIES.length];
        const variants = {
          typo: withTypo(c.question, seededRandom(seed ^ drawn)),
          story: `${story} ${c.question}`,
          after: `${c.question} ${story}`,
          unmarked: unmarked(`${c.question} ${story}`),
        };
        for (const kind of ['typo', 'story', 'after', 'unmarked'] as const) {
          const text = variants[kind];
          if (text === undefined) continue;
          asked[kind] += 1;
          if (right(c, text)) kept[kind] += 1;
          else misses.push(`${kind} ${c.id}: ${text}`);
        }
      }
    }
    const share = (kind: keyof typeof asked) => `${kept[kind]} of ${asked[kind]} still right (${((100 * kept[kind]) / Math.max(1, asked[kind])).toFixed(1)} %)`;
    console.log(
      `${half.padEnd(5)} with a typo: ${share('typo')}; after a story: ${share('story')}; with it after: ${share('after')}; that without marks or capitals: ${share('unmarked')}`,
    );
    if (showMisses && half === 'dev') for (const m of misses) console.log(`  ${m}`);
  }
}

main();
