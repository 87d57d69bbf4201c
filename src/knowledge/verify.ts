// Checks that a Citation really points at what it claims: the file exists, the line range is inside
// the file, and the quote can be read in those lines. The reports are PDF extracts (blank lines between
// text lines, words split at line ends with a hyphen), so text is compared after normalising both
// sides the way a reader would read it. Used by `npm run kb:check` and by the tests.
import type { Citation, PublicRule } from './schema';
import type { SourceDocument } from './sources';

/** A hyphen at a line end followed by one of these words is a real "helse- og …", not a split word. */
const CONJUNCTIONS = new Set(['og', 'eller', 'samt', 'til', 'enn']);

/** Shortest quote (after normalising) that counts as evidence. */
export const MIN_QUOTE_LENGTH = 12;

/**
 * Joins lines into one comparable string: drops blank lines, undoes end-of-line hyphenation
 * ("batteri-" + "materialer" → "batterimaterialer"), collapses whitespace, lower-cases, and reads
 * a hyphen between two letters as nothing ("Eyde-klyngen" ≡ "Eydeklyngen"), so a word split at a
 * line end and the same word written whole compare equal.
 */
export function normaliseLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.replace(/\s+/gu, ' ').trim();
    if (line === '') continue;
    if (out === '') {
      out = line;
      continue;
    }
    const firstWord = (line.split(' ')[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
    const splitWord = /\p{L}-$/u.test(out) && !CONJUNCTIONS.has(firstWord);
    out = splitWord ? out + line : `${out} ${line}`;
  }
  return out
    .toLowerCase()
    .replace(/(?<=\p{L})-(?=\p{L})/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The same normalisation for a quote (which may itself contain line breaks). */
export function normaliseQuote(quote: string): string {
  return normaliseLines(quote.split(/\r?\n/));
}

/** True if `quote` can be read in lines [start, end] (1-based, inclusive) of `lines`. */
export function quoteInLines(quote: string, lines: readonly string[], [start, end]: [number, number]): boolean {
  const q = normaliseQuote(quote);
  if (q === '') return false;
  return normaliseLines(lines.slice(start - 1, end)).includes(q);
}

/** The smallest line range in `lines` whose text contains the quote, searching from `fromLine`. */
export function locateQuote(quote: string, lines: readonly string[], fromLine = 1): [number, number] | undefined {
  const q = normaliseQuote(quote);
  if (q === '') return undefined;
  for (let start = Math.max(1, fromLine); start <= lines.length; start += 1) {
    if ((lines[start - 1] ?? '').trim() === '') continue;
    for (let end = start; end <= lines.length; end += 1) {
      const text = normaliseLines(lines.slice(start - 1, end));
      if (text.includes(q)) {
        let first = start;
        while (first < end && normaliseLines(lines.slice(first, end)).includes(q)) first += 1;
        return [first, end];
      }
      if (text.length > q.length + 400) break;
    }
  }
  return undefined;
}

/** True for an absolute http(s) URL with a host. */
export function isValidUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.includes('.');
  } catch {
    return false;
  }
}

export interface VerifyContext {
  /** The reports, keyed by file name (knowledge/sources/<file>). */
  sources: ReadonlyMap<string, SourceDocument>;
  /** When given, a "web" citation must name a URL of one of these rules and quote that rule's text. */
  publicRules?: readonly Pick<PublicRule, 'id' | 'text' | 'urls'>[];
}

export function sourceMap(sources: readonly SourceDocument[]): Map<string, SourceDocument> {
  return new Map(sources.map((s) => [s.entry.file, s]));
}

/**
 * Everything wrong with one citation, as readable messages; [] when it is sound.
 * A source-file citation must name a file in the manifest, a line range inside the file, a title
 * matching the manifest, and a quote readable in those lines. A web citation must have a valid URL
 * and (with publicRules) quote the public rule that carries that URL.
 */
export function verifyCitation(citation: Citation, ctx: VerifyContext): string[] {
  const errors: string[] = [];
  const quote = normaliseQuote(citation.quote);
  if (quote.length < MIN_QUOTE_LENGTH) {
    errors.push(`quote is empty or too short (${quote.length} characters after normalising; need ${MIN_QUOTE_LENGTH})`);
  }
  if (citation.url !== undefined && !isValidUrl(citation.url)) errors.push(`url is not a valid http(s) URL: ${citation.url}`);

  if (citation.source === 'web') {
    if (!citation.url) return [...errors, 'a "web" citation needs a url'];
    if (ctx.publicRules) {
      const rules = ctx.publicRules.filter((r) => r.urls.includes(citation.url as string));
      if (rules.length === 0) {
        errors.push(`url ${citation.url} is not the url of any rule in public-rules.json`);
      } else if (quote.length > 0 && !rules.some((r) => normaliseQuote(r.text).includes(quote))) {
        errors.push(
          `quote is not in the text of the public rule(s) with this url (${rules.map((r) => r.id).join(', ')}): "${citation.quote}"`,
        );
      }
    }
    return errors;
  }

  const doc = ctx.sources.get(citation.source);
  if (!doc) return [...errors, `source file ${citation.source} is not in knowledge/manifest.json`];
  if (citation.title !== doc.entry.title && citation.title !== doc.entry.shortTitle) {
    errors.push(`title "${citation.title}" does not match the manifest title "${doc.entry.title}"`);
  }
  if (!citation.lines) return [...errors, 'a source-file citation needs lines'];
  const [start, end] = citation.lines;
  if (start < 1 || end < start || end > doc.lines.length) {
    return [...errors, `lines ${start}–${end} are outside ${citation.source} (${doc.lines.length} lines)`];
  }
  if (quote.length > 0 && !quoteInLines(citation.quote, doc.lines, [start, end])) {
    const found = locateQuote(citation.quote, doc.lines);
    errors.push(
      `quote not found in ${citation.source} lines ${start}–${end}` +
        (found ? ` (it is at lines ${found[0]}–${found[1]})` : ' (nor anywhere else in the file)') +
        `: "${citation.quote}"`,
    );
  }
  return errors;
}
