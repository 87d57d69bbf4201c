// "How much of the question does this text answer?" — the share of the question's content words
// (weighted by how specific they are) that a passage or sentence contains, directly, through all of
// its compound parts, or through a synonym. This drives abstention and sentence selection.
import type { QueryAnalysis, QueryWord } from './analyzer';

/** Credit (0–1) for one question word given the terms of a text. */
export function wordCredit(word: QueryWord, terms: ReadonlySet<string>): number {
  if (terms.has(word.stem)) return 1;
  let credit = 0;
  if (word.parts.length > 0) {
    let found = 0;
    for (const p of word.parts) if (terms.has(p)) found += 1;
    credit = partsCredit(found, word.parts.length, terms.has(word.parts[word.parts.length - 1]));
  }
  for (const syn of word.synonyms) {
    if (syn.stems.length > 0 && hasAll(terms, syn.stems)) credit = Math.max(credit, synonymCredit(syn.weight));
  }
  return credit;
}

/**
 * Credit for a compound whose parts a text has `found` of (all parts: nearly the word itself). The last part is what
 * the compound names ("batterifordypning" is a fordypning): found, it counts for more than the parts before it.
 */
export function partsCredit(found: number, parts: number, headFound: boolean): number {
  if (parts < 2) return (0.9 * found) / Math.max(1, parts);
  const before = found - (headFound ? 1 : 0);
  return 0.9 * ((headFound ? HEAD_SHARE : 0) + ((1 - HEAD_SHARE) * before) / (parts - 1));
}

const HEAD_SHARE = 0.6;

/** Credit for a synonym (of the group's weight) found in a text. */
export function synonymCredit(weight: number): number {
  return Math.min(0.9, weight + 0.25);
}

function hasAll(terms: ReadonlySet<string>, stems: readonly string[]): boolean {
  for (const s of stems) if (!terms.has(s)) return false;
  return true;
}

/** The question's words, each stem once (first occurrence): worked out once per analysis, asked for per text read. */
const distinctByWords = new WeakMap<readonly QueryWord[], QueryWord[]>();

function distinctWords(words: readonly QueryWord[]): QueryWord[] {
  let distinct = distinctByWords.get(words);
  if (!distinct) {
    const seen = new Set<string>();
    distinct = words.filter((w) => !seen.has(w.stem) && seen.add(w.stem) !== undefined);
    distinctByWords.set(words, distinct);
  }
  return distinct;
}

export interface CoverageResult {
  /** 0–1, idf-weighted. */
  coverage: number;
  /** Number of question words with full or partial credit. */
  matchedWords: number;
}

/** Idf-weighted share of the question's words found in `terms`. */
export function coverageOf(
  analysis: QueryAnalysis,
  terms: ReadonlySet<string>,
  weightOf: (word: QueryWord) => number,
): CoverageResult {
  let total = 0;
  let got = 0;
  let matchedWords = 0;
  for (const w of distinctWords(analysis.words)) {
    const weight = weightOf(w);
    const credit = wordCredit(w, terms);
    total += weight;
    got += weight * credit;
    if (credit > 0) matchedWords++;
  }
  return { coverage: total > 0 ? got / total : 0, matchedWords };
}

/** A sort comparator's answer for b before a when b is larger (-1, 0 or 1: a difference of two doubles is a new number for every call). */
export function descending(a: number, b: number): number {
  return b > a ? 1 : b < a ? -1 : 0;
}
