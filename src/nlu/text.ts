// Small text helpers shared by the free-text parsers (normalising and folding: src/normalise.ts). Norwegian letters (æ, ø, å) are not in JavaScript's
// \w or \b, so word boundaries are written with Unicode lookarounds instead.

import { normalizeText } from '../normalise';

/** Regex source: not right after a letter or digit (a word start that understands æ, ø, å). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** Regex source: not followed by a letter or digit. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** A regular expression that matches `source` only as whole words (Unicode-aware), case-insensitive. */
export function wordRegex(source: string, flags = ''): RegExp {
  return new RegExp(`${WORD_START}(?:${source})${WORD_END}`, `iu${flags}`);
}

/** Word tokens (letters and digits, decimals kept together). */
export function tokens(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]+(?:[.,]\d+)?/gu) ?? [];
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), three rows at a time.
 * With a limit, stops as soon as the distance must exceed it and returns limit + 1.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const cols = b.length + 1;
  let beforePrevious = new Uint32Array(cols);
  let previous = Uint32Array.from({ length: cols }, (_, j) => j);
  let current = new Uint32Array(cols);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, beforePrevious[j - 2] + 1);
      }
      current[j] = best;
      rowMin = Math.min(rowMin, best);
    }
    // Every later cell builds on this row (a transposition two rows back costs no less), so a row
    // above the limit means the distance is too.
    if (rowMin > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length], limit + 1);
}

/**
 * `word` and every string made from it by deleting up to `depth` characters after the first (a
 * misspelling is only looked for among words with the same first letter, so the first is kept).
 */
export function deletions(word: string, depth: number): string[] {
  const out = [word];
  for (let i = 1; i < word.length; i++) {
    const once = word.slice(0, i) + word.slice(i + 1);
    out.push(once);
    if (depth < 2) continue;
    for (let j = i; j < once.length; j++) out.push(once.slice(0, j) + once.slice(j + 1));
  }
  return out;
}
