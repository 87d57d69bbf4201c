// The question evaluation (test/eval/questions/cases.{dev,test}.json, described in their "description"):
// loads a half, asks every question, and scores the answers as the description says — hit@1 and hit@3
// on the citations, the expected phrase in the answer, gap admissions, wrong refusals and off-topic
// replies. Used by bench/retrieval.ts and by the tests.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { AskResult, Citation } from '../src/catalogue/schema';

const Lines = z.tuple([z.number().int().positive(), z.number().int().positive()]);
const Place = z.object({ source: z.string().min(1), lines: Lines.optional(), url: z.string().optional(), urls: z.array(z.string()).optional() });
const Answerable = Place.extend({
  phrase: z.array(z.string().min(1)).min(1),
  phrase2: z.array(z.string().min(1)).optional(),
  alternatives: z.array(Place).optional(),
});
const Expect = z.union([Answerable, z.object({ gap: z.literal(true), topic: z.string().optional() }), z.object({ offTopic: z.literal(true) })]);

export const QuestionCaseSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  lang: z.enum(['nb', 'en']),
  topic: z.string().optional(),
  style: z.string().optional(),
  expect: Expect,
});
export type QuestionCase = z.infer<typeof QuestionCaseSchema>;
export const QuestionSetSchema = z.object({ description: z.unknown().optional(), split: z.unknown().optional(), cases: z.array(QuestionCaseSchema).min(1) });

export function loadQuestionSet(file: string): QuestionCase[] {
  const parsed = QuestionSetSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is invalid: ${parsed.error.message}`);
  return parsed.data.cases;
}

export type CaseKind = 'answerable' | 'gap' | 'offTopic';

export function kindOf(c: QuestionCase): CaseKind {
  if ('gap' in c.expect) return 'gap';
  if ('offTopic' in c.expect) return 'offTopic';
  return 'answerable';
}

function hits(citation: Citation, place: z.infer<typeof Place>): boolean {
  if (place.source === 'web') {
    const urls = new Set([place.url, ...(place.urls ?? [])].filter((u): u is string => !!u));
    return citation.source === 'web' && citation.url !== undefined && urls.has(citation.url);
  }
  if (citation.source !== place.source || !citation.lines || !place.lines) return false;
  return citation.lines[0] <= place.lines[1] && citation.lines[1] >= place.lines[0];
}

/**
 * Text as a reader compares it: lower case, every dash a hyphen, no space inside a number ("6 000") or
 * before a percent sign ("79,5 %"), a percentage written out a percent sign ("54 per cent", "54 prosent",
 * "54 pst."), a number from two to twelve written out its digits ("four years", "fem studiesenter"), whitespace
 * collapsed. "2023–2027" in an answer is the phrase "2023-2027". ("One", "en", "ett" and "ei" are left as written:
 * they are as often an article.)
 */
export function typographyFolded(text: string, langs: ReadonlyArray<'nb' | 'en'> = ['nb', 'en']): string {
  let folded = text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/\s+/gu, ' ');
  for (const lang of langs) folded = folded.replace(NUMBER_WORD[lang], (word) => String(NUMBER_WORDS[lang][word]));
  return folded
    .replace(/(\d) (?=\d{3}\b)/gu, '$1')
    .replace(/(\d) ?(?:%|percent|per cent|prosent|pst\.?)(?!\p{L})/gu, '$1%');
}
/** Number words of each language: the English "to" is no two. */
const NUMBER_WORDS: Readonly<Record<'nb' | 'en', Readonly<Record<string, number>>>> = {
  en: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  },
  nb: {
    to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12,
    tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19, tjue: 20,
  },
};
const numberWordPattern = (words: Readonly<Record<string, number>>) => new RegExp(`(?<!\\p{L})(?:${Object.keys(words).join('|')})(?!\\p{L})`, 'gu');
const NUMBER_WORD = { nb: numberWordPattern(NUMBER_WORDS.nb), en: numberWordPattern(NUMBER_WORDS.en) };

/** Whether the answer has one of the variants; a variant that is a bare number only as a number of its own ("16", not the "16" of "2016"). */
function contains(answer: string, variants: readonly string[], lang: 'nb' | 'en'): boolean {
  // The answer's number words are read in its language (an English "to" is no two); a variant's in that language or
  // in either, as writers give both ("ni karrieresentre", "nine") and an English one may say "to" ("struggle to recruit").
  const a = typographyFolded(answer, [lang]);
  const has = (folded: string) => (/^\d+$/u.test(folded) ? new RegExp(`(?<![\\d,.])${folded}(?![\\d]|[,.]\\d)`, 'u').test(a) : a.includes(folded));
  return variants.some((v) => has(typographyFolded(v, [lang])) || has(typographyFolded(v)));
}

/** A reply that declines as out of scope: no citations and the scope (or injection) message. */
export interface Scoring {
  isScopeMessage(result: AskResult): boolean;
}

export interface CaseResult {
  case: QuestionCase;
  kind: CaseKind;
  result: AskResult;
  /** Answerable: rank (1-based) of the first citation that hits, or null. */
  rank: number | null;
  phrase: boolean;
  gapAdmitted: boolean;
  offTopic: boolean;
  wrongRefusal: boolean;
  /** The answer is in the language the case asks for. */
  langOk: boolean;
}

export function scoreCase(c: QuestionCase, result: AskResult, scoring: Scoring): CaseResult {
  const kind = kindOf(c);
  let rank: number | null = null;
  let phrase = false;
  if ('phrase' in c.expect) {
    const places = [c.expect, ...(c.expect.alternatives ?? [])];
    const i = result.citations.findIndex((cit) => places.some((p) => hits(cit, p)));
    rank = i >= 0 ? i + 1 : null;
    const lang = result.lang ?? c.lang;
    phrase = contains(result.answer, c.expect.phrase, lang) && (!c.expect.phrase2 || contains(result.answer, c.expect.phrase2, lang));
  }
  const scope = scoring.isScopeMessage(result);
  return {
    case: c,
    kind,
    result,
    rank,
    phrase,
    gapAdmitted: result.gap === true,
    offTopic: scope && result.citations.length === 0,
    wrongRefusal: kind === 'answerable' && (result.gap === true || scope),
    langOk: (result.lang ?? 'nb') === c.lang,
  };
}

export interface Summary {
  cases: number;
  answerable: number;
  gaps: number;
  offTopic: number;
  hitAt1: number;
  hitAt3: number;
  phrase: number;
  gapAdmitted: number;
  wrongRefusals: number;
  offTopicOk: number;
  language: number;
}

export function summarize(results: readonly CaseResult[]): Summary {
  const answerable = results.filter((r) => r.kind === 'answerable');
  const gaps = results.filter((r) => r.kind === 'gap');
  const off = results.filter((r) => r.kind === 'offTopic');
  const share = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 1000) / 1000 : 0);
  return {
    cases: results.length,
    answerable: answerable.length,
    gaps: gaps.length,
    offTopic: off.length,
    hitAt1: share(answerable.filter((r) => r.rank === 1).length, answerable.length),
    hitAt3: share(answerable.filter((r) => r.rank !== null && r.rank <= 3).length, answerable.length),
    phrase: share(answerable.filter((r) => r.phrase).length, answerable.length),
    gapAdmitted: share(gaps.filter((r) => r.gapAdmitted).length, gaps.length),
    wrongRefusals: share(answerable.filter((r) => r.wrongRefusal).length, answerable.length),
    offTopicOk: share(off.filter((r) => r.offTopic).length, off.length),
    language: share(results.filter((r) => r.langOk).length, results.length),
  };
}
