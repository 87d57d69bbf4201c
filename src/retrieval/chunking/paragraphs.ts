// Paragraphs from cleaned lines: a paragraph ends at a gap, a bullet, a heading, a footnote or a
// caption; words broken at a line end are joined again ("batteri-" + "materialer", and "kompe" +
// "tanse" in two-column layouts). Every character keeps the line it came from.
import { stemNorwegian } from '../stemmer';
import { countWords, wordTokens } from '../text';
import type { CleanLine, CorpusVocabulary } from './lines';

/** A line this long or longer is not a heading. */
const HEADING_MAX_WORDS = 9;
/** The second line of a two-line heading has at most this many words. */
const HEADING_CONTINUATION_MAX_WORDS = 5;
/** A numbered line this long is a footnote even without punctuation. */
const FOOTNOTE_MIN_WORDS = 10;

/** Words that follow a real hyphen at a line end: "etter- / og videreutdanning". */
const HYPHEN_KEEPERS = new Set(['og', 'eller', 'til', 'som', 'samt', 'enn', 'and', 'or']);

const BULLET_START = /^(?:[•▪►➢✓\u2022\uf0b7\uf0a7\uf0d8-]|\d{1,2}[.)]\s|[a-h][.)]\s)/u;

/** Most common distance between consecutive kept lines: 2 when a blank line follows every line. */
function typicalGap(lines: CleanLine[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const g = lines[i].line - lines[i - 1].line;
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let best = 1;
  let bestCount = -1;
  for (const [g, c] of counts) {
    if (c > bestCount) {
      best = g;
      bestCount = c;
    }
  }
  return best;
}

export const endsSentence = (t: string): boolean => /[.!?:;»”"]$/u.test(t);
const startsUpper = (t: string): boolean => /^[\p{Lu}\d«"“]/u.test(t);

/** Words that make a short line a sentence fragment rather than a title ("… som trer i kraft fra"). */
const CLAUSE_WORDS = new Set(['som', 'er', 'var', 'har', 'hadde', 'skal', 'vil', 'kan', 'må', 'blir', 'ble', 'gir', 'får', 'trer']);

function looksLikeHeading(text: string): boolean {
  const words = countWords(text);
  if (words === 0 || words > HEADING_MAX_WORDS) return false;
  if (/[.,;:]$/u.test(text)) return false;
  if (!/^[\p{Lu}\d]/u.test(text)) return false;
  if (/^\d{1,2} \p{Ll}/u.test(text)) return false;
  const numbered = /^\d{1,2}(?:\.\d{1,2})*\.? /u.test(text);
  if (!numbered && wordTokens(text.toLowerCase()).some((w) => CLAUSE_WORDS.has(w))) return false;
  return /\p{L}{3,}/u.test(text);
}

/** A paragraph as text plus, for every character, the line it came from. */
export interface Paragraph {
  text: string;
  lineOf: number[];
  heading: boolean;
  note: boolean;
}

class ParagraphBuilder {
  text = '';
  lineOf: number[] = [];

  append(piece: string, line: number, separator: string): void {
    if (this.text && separator) {
      this.text += separator;
      for (let i = 0; i < separator.length; i++) this.lineOf.push(line);
    }
    this.text += piece;
    for (let i = 0; i < piece.length; i++) this.lineOf.push(line);
  }

  /** Drops the last character (a line-end hyphen that turned out to be a word break). */
  dropLast(): void {
    this.text = this.text.slice(0, -1);
    this.lineOf.pop();
  }

  get empty(): boolean {
    return this.text.length === 0;
  }
}

function lastWord(text: string): string {
  const m = /(\p{L}+)$/u.exec(text.slice(-80));
  return m ? m[1] : '';
}

function firstWord(text: string): string {
  const m = /^(\p{L}+)/u.exec(text);
  return m ? m[1] : '';
}

interface OpenParagraph {
  builder: ParagraphBuilder;
  heading: boolean;
  /** Footnotes and figure/table captions: they can interrupt a sentence at a page break. */
  aside: boolean;
  lineCount: number;
}

/** The second line of a two-line numbered heading ("4.2 «Mellomromsaktører» står sentralt i det" / "kompetansepolitiske arbeidet"). */
const continuesHeading = (t: string): boolean => /^\p{Ll}/u.test(t) && countWords(t) <= HEADING_CONTINUATION_MAX_WORDS && !endsSentence(t);

const isFootnoteLine = (t: string): boolean =>
  /^\d{1,2} \p{Lu}/u.test(t) && (/[().:;,/]/u.test(t.slice(3)) || /\d/u.test(t.slice(3)) || countWords(t) >= FOOTNOTE_MIN_WORDS);
const isCaptionLine = (t: string): boolean => /^(?:Figur|Tabell|Kilde)\s*(?:\d|:)/u.test(t);

/** Groups cleaned lines into paragraphs, joining words broken across lines. */
export function buildParagraphs(lines: CleanLine[], vocab: CorpusVocabulary, stopwords: ReadonlySet<string>): Paragraph[] {
  const gap = typicalGap(lines);
  const list: OpenParagraph[] = [];
  let cur: OpenParagraph | null = null;
  let lastBody: OpenParagraph | null = null;
  let prev: CleanLine | null = null;
  let forceNew = false;

  lines.forEach((ln, idx) => {
    const next = lines[idx + 1];
    const text = ln.text;
    // A sentence cut by footnotes or a caption at a page break continues on the next page.
    if (
      cur &&
      cur.aside &&
      lastBody &&
      /^\p{Ll}/u.test(text) &&
      !endsSentence(lastBody.builder.text) &&
      (ln.pageStart || endsSentence(cur.builder.text))
    ) {
      appendLine(lastBody.builder, text, ln.line, vocab, stopwords);
      cur = lastBody;
      prev = ln;
      return;
    }
    let startNew = prev === null || forceNew || ln.line - prev.line > gap || BULLET_START.test(text);
    if (!startNew && prev && ln.pageStart && endsSentence(prev.text)) startNew = true;
    // Footnotes ("3 Det er ikke avklart …") and numbered headings ("2 Om Kompetansepiloter").
    if (/^\d{1,2}\.? \p{Lu}/u.test(text)) startNew = true;
    const footnote = isFootnoteLine(text);
    if (ln.note) startNew = true;
    const caption = isCaptionLine(text);
    if (caption) startNew = true;
    const numberedHeading = /^\d{1,2}(?:\.\d{1,2})+\.? [«"“]?\p{Lu}/u.test(text);
    const after = lines[idx + 2];
    const headingLike =
      !footnote &&
      !caption &&
      looksLikeHeading(text) &&
      (startNew || numberedHeading || (prev !== null && endsSentence(prev.text))) &&
      next !== undefined &&
      (startsUpper(next.text) ||
        (numberedHeading && continuesHeading(next.text) && (after === undefined || startsUpper(after.text)))) &&
      !endsSentence(text);
    if (headingLike) startNew = true;
    if (!startNew && cur?.heading && cur.lineCount === 1 && continuesHeading(text) && ln.line - (prev?.line ?? 0) <= gap) {
      appendLine(cur.builder, text, ln.line, vocab, stopwords);
      cur.lineCount++;
      prev = ln;
      return;
    }
    if (!startNew && cur?.heading) startNew = true;

    if (startNew || !cur) {
      cur = { builder: new ParagraphBuilder(), heading: headingLike, aside: footnote || caption || ln.note, lineCount: 1 };
      // "5 En digital tvilling er …": the note number is not part of the note.
      cur.builder.append(footnote ? text.replace(/^\d{1,2} /u, '') : text, ln.line, '');
      list.push(cur);
    } else {
      appendLine(cur.builder, text, ln.line, vocab, stopwords);
      cur.lineCount++;
    }
    if (!cur.heading && !cur.aside) lastBody = cur;
    forceNew = caption;
    prev = ln;
  });
  return list.map((p) => ({ text: p.builder.text, lineOf: p.builder.lineOf, heading: p.heading, note: p.aside }));
}

/** Appends the next line of a paragraph, repairing words that were broken at the line end. */
function appendLine(
  cur: ParagraphBuilder,
  text: string,
  line: number,
  vocab: CorpusVocabulary,
  stopwords: ReadonlySet<string>,
): void {
  const prevText = cur.text;
  const head = firstWord(text);
  const tailToken = /[-/_]$/u.test(prevText) ? lastToken(prevText) : '';
  if (/^(?:https?:|www\.)\S*[-/_]$/u.test(tailToken) && /^\S+$/u.test(text)) {
    cur.append(text, line, ''); // a URL cut at a line end
  } else if (/\p{L}-$/u.test(prevText) && !/^(?:https?:|www\.)/u.test(tailToken)) {
    const beforeHyphen = prevText[prevText.length - 2];
    if (HYPHEN_KEEPERS.has(head.toLowerCase())) {
      cur.append(text, line, ' '); // "etter- og videreutdanning"
    } else if (/\p{Lu}/u.test(beforeHyphen) || !/^\p{Ll}/u.test(text)) {
      cur.append(text, line, ''); // "Nord-Troms", "BattKOMP-prosjektet", "fag-/svennebrev"
    } else {
      cur.dropLast(); // "batteri-" + "materialer"
      cur.append(text, line, '');
    }
  } else if (/\/$/u.test(prevText)) {
    cur.append(text, line, '');
  } else if (shouldJoinWithoutHyphen(lastWord(prevText), head, text, vocab, stopwords)) {
    cur.append(text, line, ''); // "kompe" + "tanse" in two-column layouts
  } else {
    cur.append(text, line, ' ');
  }
}

function lastToken(text: string): string {
  const m = /(\S+)$/u.exec(text.slice(-400));
  return m ? m[1] : '';
}

function shouldJoinWithoutHyphen(
  tail: string,
  head: string,
  nextText: string,
  vocab: CorpusVocabulary,
  stopwords: ReadonlySet<string>,
): boolean {
  if (!tail || !head || !/^\p{Ll}/u.test(nextText)) return false;
  const a = tail.toLowerCase();
  const b = head.toLowerCase();
  if (a.length < 2 || stopwords.has(a) || stopwords.has(b)) return false;
  const joined = a + b;
  const joinedCount = Math.max(vocab.inline.get(joined) ?? 0, vocab.stems.get(stemNorwegian(joined)) ?? 0);
  if (joinedCount < 1) return false;
  // Both halves being frequent words on their own is a sign of two real words ("og så").
  return (vocab.inline.get(a) ?? 0) + (vocab.inline.get(b) ?? 0) < 4 * joinedCount + 4;
}

