// Checks that a Citation really points at what it claims: the file exists, the line range is inside
// the file, and the quote can be read in those lines. The reports are PDF extracts (blank lines between
// text lines, words split at line ends with a hyphen or between two columns, footnote numbers glued to
// words, footnotes in the middle of a sentence at a page break), so a quote is compared with the text
// the way a reader reads it: it may leave out those artefacts, and nothing else. Used by
// `npm run kb:check` and by the tests.
import type { Citation } from './schema';
import type { PublicRulesPage } from './public-rules-page';
import type { SourceDocument } from './sources';

/** A hyphen at a line end followed by one of these words is a real "helse- og …", not a split word. */
const CONJUNCTIONS = new Set(['og', 'eller', 'samt', 'til', 'enn']);

/** Shortest quote (after normalising) that counts as evidence. */
export const MIN_QUOTE_LENGTH = 12;

/** In a quote, "…" stands for left-out text: the parts around it must be read in this order. */
export const QUOTE_GAP = '…';

/**
 * Footnote markers glued to the text: "Norway2", "(NFD)3", "«…»4", "indeks.1", and roman endnote
 * numbers ("læreplassxiii", "2021xvi").
 */
const GLUED_FOOTNOTE =
  /(?<=\p{L}{3}|\p{L}{3}\.|[)»”"])\d{1,2}(?=[\s,.;:)»”"]|$)|(?<=\p{L}{2}|[\d)])[ivx]{1,6}(?=[\s,.;:)]|$)/gu;
/** A footnote number after the end of a sentence at a line end: "… bortsett fra Oslo. 2". */
const FOOTNOTE_AT_LINE_END = /(?<=[.!?»”"] )\d{1,2}$/u;
/** Lines at the foot of a PDF page: numbered footnotes ("10 WEF, Future of Jobs"), URLs, page numbers. */
const FOOTNOTE_LINE = /^(?:\d{1,3} \S.*|(?:https?:\/\/|www\.)\S+|\d{1,4})$/u;

/** Text as a reader reads it, and what a quote may leave out of it. */
interface Reading {
  /** Lower-cased, lines joined, end-of-line hyphenation undone, whitespace collapsed. */
  text: string;
  /** 1 where a quote may leave the character out: spaces (words split between two columns) and glued footnote markers. */
  optional: Uint8Array;
  /** For every character, the 1-based index (in the lines read) of the line it comes from. */
  lineOf: Int32Array;
  /**
   * Footnotes that interrupt a sentence at a page break, as start → end character offsets: a run of
   * footnote lines followed by a line that starts a new page. A quote may leave such a run out whole.
   */
  footnoteRuns: Map<number, number>;
}

function gluedMarkerMask(line: string): boolean[] {
  const mask = Array.from({ length: line.length }, () => false);
  const marks = [...line.matchAll(GLUED_FOOTNOTE)];
  const atEnd = FOOTNOTE_AT_LINE_END.exec(line);
  if (atEnd) marks.push(atEnd);
  for (const m of marks) mask.fill(true, m.index, m.index + m[0].length);
  return mask;
}

/** The lines read as one text (see Reading). */
function read(lines: readonly string[]): Reading {
  const kept = lines
    .map((raw, index) => ({ raw, line: raw.replace(/\s+/gu, ' ').trim(), number: index + 1 }))
    .filter((l) => l.line !== '');
  // A footnote run counts only when the sentence goes on at the top of the next page: in these extracts
  // the first line of a page starts with a space.
  const inFootnoteRun = kept.map(() => false);
  for (let k = 0; k < kept.length; ) {
    let end = k;
    while (end < kept.length && FOOTNOTE_LINE.test(kept[end].line)) end++;
    if (end > k && end < kept.length && /^[ \t]/u.test(kept[end].raw)) inFootnoteRun.fill(true, k, end);
    k = Math.max(end, k + 1);
  }

  const chars: { c: string; optional: boolean; line: number; run: boolean }[] = [];
  kept.forEach(({ line, number }, k) => {
    if (k > 0) {
      const firstWord = (line.split(' ')[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
      const splitWord = /\p{L}-$/u.test(kept[k - 1].line) && !CONJUNCTIONS.has(firstWord);
      if (!splitWord) chars.push({ c: ' ', optional: true, line: number, run: inFootnoteRun[k] });
    }
    const mask = gluedMarkerMask(line);
    for (let i = 0; i < line.length; i++) {
      chars.push({ c: line[i], optional: mask[i] || line[i] === ' ', line: number, run: inFootnoteRun[k] });
    }
  });

  const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
  // "Kompe- tansepiloter": a word split at a line end, copied with the line break as a space. It reads
  // as the whole word, like the split in the report itself ("helse- og omsorg" stays as it is).
  const skip = new Set<number>();
  chars.forEach(({ c }, i) => {
    if (c !== '-' || !isLetter(chars[i - 1]?.c) || chars[i + 1]?.c !== ' ' || !isLetter(chars[i + 2]?.c)) return;
    let word = '';
    for (let j = i + 2; j < chars.length && isLetter(chars[j].c); j++) word += chars[j].c;
    if (CONJUNCTIONS.has(word.toLowerCase())) return;
    skip.add(i);
    skip.add(i + 1);
  });
  let text = '';
  const optional: number[] = [];
  const lineOf: number[] = [];
  const run: boolean[] = [];
  chars.forEach(({ c, optional: opt, line, run: inRun }, i) => {
    if (skip.has(i)) return;
    // "Eyde-klyngen" reads as "Eydeklyngen", so a word split at a line end matches the word written whole.
    if (c === '-' && isLetter(chars[i - 1]?.c) && isLetter(chars[i + 1]?.c)) return;
    if (c === ' ' && (text === '' || text.endsWith(' '))) return;
    const lower = c.toLowerCase();
    for (let u = 0; u < lower.length; u++) {
      text += lower[u];
      optional.push(opt ? 1 : 0);
      lineOf.push(line);
      run.push(inRun);
    }
  });
  while (text.endsWith(' ')) {
    text = text.slice(0, -1);
    optional.pop();
    lineOf.pop();
    run.pop();
  }
  const footnoteRuns = new Map<number, number>();
  for (let i = 0; i < run.length; i++) {
    if (!run[i] || (i > 0 && run[i - 1])) continue;
    let end = i;
    while (end < run.length && run[end]) end++;
    footnoteRuns.set(i, end);
  }
  return { text, optional: Uint8Array.from(optional), lineOf: Int32Array.from(lineOf), footnoteRuns };
}

/**
 * Where a normalised quote can be read in `reading`, at or after offset `from`: [start, end) of the
 * first (and, for that end, shortest) reading, or undefined. The quote must match character by
 * character; the text may have an optional character or a footnote run the quote leaves out.
 */
function findReading(quote: string, reading: Reading, from = 0): [number, number] | undefined {
  if (quote === '') return undefined;
  // Matched length of the quote → latest start of a reading that got that far.
  let states = new Map<number, number>();
  const jumps = new Map<number, Map<number, number>>();
  const keepLatest = (into: Map<number, number>, matched: number, start: number): void => {
    const known = into.get(matched);
    if (known === undefined || start > known) into.set(matched, start);
  };
  for (let i = from; i < reading.text.length; i++) {
    for (const [matched, start] of jumps.get(i) ?? []) keepLatest(states, matched, start);
    jumps.delete(i);
    const runEnd = reading.footnoteRuns.get(i);
    if (runEnd !== undefined && states.size > 0) {
      const after = jumps.get(runEnd) ?? new Map<number, number>();
      for (const [matched, start] of states) keepLatest(after, matched, start);
      jumps.set(runEnd, after);
    }
    keepLatest(states, 0, i);
    const c = reading.text[i];
    const next = new Map<number, number>();
    for (const [matched, start] of states) {
      if (quote[matched] === c) keepLatest(next, matched + 1, start);
      if (matched > 0 && reading.optional[i] === 1) keepLatest(next, matched, start);
    }
    const done = next.get(quote.length);
    if (done !== undefined) return [done, i + 1];
    states = next;
  }
  return undefined;
}

/** The normalised parts of a quote between "…" gaps (empty parts dropped). */
function quoteParts(quote: string): string[] {
  return quote
    .split(QUOTE_GAP)
    .map(normaliseQuote)
    .filter((part) => part !== '');
}

/** [start, end) of the whole quote, its parts read in order, in `reading`; undefined if it cannot be read there. */
function findQuote(quote: string, reading: Reading): [number, number] | undefined {
  const parts = quoteParts(quote);
  if (parts.length === 0) return undefined;
  let start: number | undefined;
  let position = 0;
  for (const part of parts) {
    const found = findReading(part, reading, position);
    if (!found) return undefined;
    start ??= found[0];
    position = found[1];
  }
  return start === undefined ? undefined : [start, position];
}

/**
 * Joins lines into one comparable string: drops blank lines, undoes end-of-line hyphenation
 * ("batteri-" + "materialer" → "batterimaterialer"), collapses whitespace, lower-cases, and reads
 * a hyphen between two letters as nothing ("Eyde-klyngen" ≡ "Eydeklyngen"), so a word split at a
 * line end and the same word written whole compare equal.
 */
export function normaliseLines(lines: readonly string[]): string {
  return read(lines).text;
}

/** The same normalisation for a quote (which may itself contain line breaks). */
export function normaliseQuote(quote: string): string {
  return normaliseLines(quote.split(/\r?\n/));
}

/**
 * True if `quote` can be read in lines [start, end] (1-based, inclusive) of `lines`. Besides the
 * normalisation above, the quote may leave out footnote markers glued to words, the space inside a
 * word split between two columns, and footnote lines that interrupt a sentence at a page break; "…"
 * in the quote stands for left-out text.
 */
export function quoteInLines(quote: string, lines: readonly string[], [start, end]: [number, number]): boolean {
  return findQuote(quote, read(lines.slice(start - 1, end))) !== undefined;
}

/** The smallest line range in `lines` in which the quote can be read (as in quoteInLines), searching from `fromLine`. */
export function locateQuote(quote: string, lines: readonly string[], fromLine = 1): [number, number] | undefined {
  const first = Math.max(1, fromLine);
  const reading = read(lines.slice(first - 1));
  const found = findQuote(quote, reading);
  if (!found) return undefined;
  const offset = first - 1;
  return [reading.lineOf[found[0]] + offset, reading.lineOf[found[1] - 1] + offset];
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
  /** When given, a "web" citation must name a URL on this page and quote the section that holds it. */
  publicPage?: PublicRulesPage;
}

export function sourceMap(sources: readonly SourceDocument[]): Map<string, SourceDocument> {
  return new Map(sources.map((s) => [s.entry.file, s]));
}

/**
 * Everything wrong with one citation, as readable messages; [] when it is sound.
 * A source-file citation must name a file in the manifest, a line range inside the file, a title
 * matching the manifest, and a quote readable in those lines. A web citation must have a valid URL
 * and (with publicPage) quote the section of knowledge/public-rules.md that holds that URL.
 */
export function verifyCitation(citation: Citation, ctx: VerifyContext): string[] {
  const errors: string[] = [];
  const quoteLength = quoteParts(citation.quote).join(' ').length;
  if (quoteLength < MIN_QUOTE_LENGTH) {
    errors.push(`quote is empty or too short (${quoteLength} characters after normalising; need ${MIN_QUOTE_LENGTH})`);
  }
  const { url } = citation;
  if (url !== undefined && !isValidUrl(url)) errors.push(`url is not a valid http(s) URL: ${url}`);

  if (citation.source === 'web') {
    if (!url) return [...errors, 'a "web" citation needs a url'];
    if (ctx.publicPage) {
      const sections = ctx.publicPage.sectionsWith(url);
      if (sections.length === 0) {
        errors.push(`url ${url} is not on knowledge/public-rules.md`);
      } else if (quoteLength > 0 && !sections.some((s) => findQuote(citation.quote, read(s.text)))) {
        errors.push(
          `quote is not in the section of knowledge/public-rules.md that holds ${url} (${sections.map((s) => `"${s.heading}"`).join(', ')}): "${citation.quote}"`,
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
  if (quoteLength > 0 && !quoteInLines(citation.quote, doc.lines, [start, end])) {
    const found = locateQuote(citation.quote, doc.lines);
    errors.push(
      `quote not found in ${citation.source} lines ${start}–${end}` +
        (found ? ` (it is at lines ${found[0]}–${found[1]})` : ' (nor anywhere else in the file)') +
        `: "${citation.quote}"`,
    );
  }
  return errors;
}
