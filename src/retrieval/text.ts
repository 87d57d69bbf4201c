// Small text helpers shared by the chunker, the analyzer and the answerer (normalising: src/normalise.ts).

/** Bare URLs and "www." addresses, also inside sentences. */
export const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"«»]+/giu;

/** Replaces URLs by a space (used for ranking, where URL fragments are noise). */
export function stripUrls(text: string): string {
  return text.replace(URL_PATTERN, ' ');
}

export function isUrlOnly(line: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/iu.test(line.trim());
}

/** Word tokens (letters and digits) of already normalised text. Hyphens and slashes separate tokens. */
export function wordTokens(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{N}]+/gu) ?? [];
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

/**
 * Compiles a regular expression whose `\b` and `\w` understand Norwegian letters (æ, ø, å): in plain
 * JavaScript regexes `\b` treats "ø" as a non-word character, so /\bavslør\b/ never matches "avslør ".
 */
export function unicodeWordRegex(source: string, flags = 'u'): RegExp {
  const rewritten = source.replace(/\\\\|\\b|\\w/g, (m) => (m === '\\b' ? UNICODE_BOUNDARY : m === '\\w' ? WORD_CHAR : m));
  return new RegExp(rewritten, flags.includes('u') ? flags : `${flags}u`);
}
