// Small text helpers shared by the chunker, the analyzer and the answerer (normalising: src/normalise.ts).
import { alternativeStarts } from '../regex-union';

/** Bare URLs and "www." addresses, also inside sentences. */
export const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"«»]+/giu;

/** Replaces URLs by a space (used for ranking, where URL fragments are noise). */
export function stripUrls(text: string): string {
  return text.replace(URL_PATTERN, ' ');
}

export function isUrlOnly(line: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/iu.test(line.trim());
}

const WORD_TOKEN = /[\p{L}\p{N}]+/gu;

const NAME_WITH_PLUS = /(\p{L})\+(?![\p{L}\p{N}+])/gu;

/** A name ending in a plus ("Prosessindustri+") is a name of its own, not the word before the plus: "prosessindustripluss". */
export function namesWithPlus(text: string): string {
  return text.includes('+') ? text.replace(NAME_WITH_PLUS, '$1pluss') : text;
}

/** Word tokens (letters and digits) of already normalised text. Hyphens and slashes separate tokens. */
export function wordTokens(normalized: string): string[] {
  // match() with a global pattern starts from 0 each time, so the pattern is made once.
  return normalized.match(WORD_TOKEN) ?? [];
}

/** Counts whitespace-separated words. */
export function countWords(text: string): number {
  const m = text.match(/\S+/gu);
  return m ? m.length : 0;
}

/** Cuts text to at most `max` characters, on a word boundary when possible. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd();
}

const WORD_CHAR = '[\\p{L}\\p{N}_]';
const UNICODE_BOUNDARY = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;
// Where one side of a boundary is sure to be a word character, only the other side needs testing,
// which makes the pattern several times faster to run.
const BOUNDARY_BEFORE_WORD = `(?<!${WORD_CHAR})`;
const BOUNDARY_AFTER_WORD = `(?!${WORD_CHAR})`;

/**
 * Compiles a regular expression whose `\b` and `\w` understand Norwegian letters (æ, ø, å): in plain
 * JavaScript regexes `\b` treats "ø" as a non-word character, so /\bavslør\b/ never matches "avslør ".
 */
export function unicodeWordRegex(source: string, flags = 'u'): RegExp {
  const rewritten = source.replace(/\\\\|\\b|\\w/g, (m, at: number) => {
    if (m === '\\w') return WORD_CHAR;
    if (m !== '\\b') return m;
    if (startsWithWordChar(source, at + 2)) return BOUNDARY_BEFORE_WORD;
    if (endsWithWordChar(source, at)) return BOUNDARY_AFTER_WORD;
    return UNICODE_BOUNDARY;
  });
  return new RegExp(rewritten, flags.includes('u') ? flags : `${flags}u`);
}

const LITERAL_WORD_CHAR = /^[\p{L}\p{N}_]$/u;
const QUANTIFIER = /^[?*{]$/u;

/** True when whatever the pattern matches from `at` on must start with a word character (judged conservatively). */
function startsWithWordChar(source: string, at: number): boolean {
  if (source.startsWith('(?:', at)) {
    const end = closingParenthesis(source, at);
    if (end < 0 || QUANTIFIER.test(source[end + 1] ?? '')) return false;
    return alternativeStarts(source, at + 3, end).every((start) => startsWithWordChar(source, start));
  }
  return LITERAL_WORD_CHAR.test(source[at] ?? '') && !QUANTIFIER.test(source[at + 1] ?? '');
}

/** True when the pattern just before `at` is a literal word character (not the end of an escape such as \s or \u0020). */
function endsWithWordChar(source: string, at: number): boolean {
  return at >= 1 && LITERAL_WORD_CHAR.test(source[at - 1]) && !escapeCovers(source, at - 1);
}

/** Whether position `i` of a pattern is part of an escape sequence (\s, \u00e5, \u{e5}, \x20, \p{L}, \cJ, \k<name>). */
function escapeCovers(source: string, i: number): boolean {
  for (let k = 0; k < source.length && k <= i; k++) {
    if (source[k] !== '\\') continue;
    const next = source[k + 1];
    let end = k + 1;
    if ((next === 'u' || next === 'p' || next === 'P') && source[k + 2] === '{') end = source.indexOf('}', k);
    else if (next === 'u') end = k + 5;
    else if (next === 'x') end = k + 3;
    else if (next === 'c') end = k + 2;
    else if (next === 'k') end = source.indexOf('>', k);
    if (end < 0) end = source.length;
    if (i <= end) return true;
    k = end;
  }
  return false;
}

/** The index of the parenthesis closing the group that opens at `at`, or -1. */
function closingParenthesis(source: string, at: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

