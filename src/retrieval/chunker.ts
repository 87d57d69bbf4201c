// Splits the PDF-extracted reports into passages of a few sentences while keeping, for every passage and
// every sentence, the ORIGINAL 1-based line range in the file.
//
// What the extracts look like: a blank line after most lines (but not all, and not in every file),
// words hyphenated across lines ("batteri-" / "materialer"), words split across lines without a hyphen
// in two-column layouts ("kompe" / "tanse"), footnote numbers glued to words ("(2019-2020)1",
// "Norway2", roman endnotes like "læreplassxiii"), URL-only footnote lines, page numbers, bullets,
// and tables spread over many short lines.
import type { SourceDocument } from '../catalogue/sources';
import { stemNorwegian } from './stemmer';
import { normalizeForMatching } from '../normalise';
import { countWords, isUrlOnly, wordTokens } from './text';

/** 'note': a footnote, endnote or figure/table caption. */
export type SentenceKind = 'heading' | 'text' | 'note';

/** A sentence (or heading, or list item) with the lines it was taken from. */
export interface SourceSentence {
  text: string;
  lines: [number, number];
  kind: SentenceKind;
}

export interface Chunk {
  id: string;
  source: string;
  title: string;
  lines: [number, number];
  /** Display text: de-hyphenated, footnote markers removed, URLs kept. */
  text: string;
  /** Nearest section heading before or at the start of the chunk, if any. */
  heading?: string;
  sentences: SourceSentence[];
}

export interface ChunkOptions {
  /** A chunk is closed at a paragraph boundary once it has this many words. */
  minWords?: number;
  /** A chunk is closed (with one sentence of overlap) before it grows past this many words. */
  maxWords?: number;
  /** Sentences of at most this many words may be repeated at the start of the next chunk. */
  maxOverlapWords?: number;
  /** Sentences longer than this (tables, lists without punctuation) are cut at line breaks. */
  maxSentenceWords?: number;
}

const DEFAULTS: Required<ChunkOptions> = { minWords: 60, maxWords: 150, maxOverlapWords: 40, maxSentenceWords: 60 };

/** Words that follow a real hyphen at a line end: "etter- / og videreutdanning". */
const HYPHEN_KEEPERS = new Set(['og', 'eller', 'til', 'som', 'samt', 'enn', 'and', 'or']);

const ABBREVIATIONS = new Set([
  'f.eks', 'eks', 'bl.a', 'dvs', 'm.m', 'mv', 'ca', 'nr', 'pkt', 'kap', 'jf', 'ref', 'evt', 'iht', 'hhv', 'osv',
  'etc', 's', 'st', 'meld', 'prop', 'ev', 'inkl', 'ekskl', 'mill', 'mrd', 'kr', 'tlf', 'pst', 'oa', 'dr', 'prof',
  'ph.d', 'b.sc', 'm.sc', 'siv.ing', 'vs', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'okt', 'nov', 'des',
  'mnd', 'ant', 'bokm', 'nyn', 'adm', 'avd', 'm.fl', 'ds', 'no', 'nn', 'red', 'o.l', 'e.l', 'fig', 'tab', 'vol',
]);

const BULLET_START = /^(?:[•▪►➢✓\u2022\uf0b7\uf0a7\uf0d8-]|\d{1,2}[.)]\s|[a-h][.)]\s)/u;

interface CleanLine {
  line: number;
  text: string;
  /** The raw line started with a space: in these extracts that marks the first line of a PDF page. */
  pageStart: boolean;
  /** A numbered endnote line (roman numerals, number already removed). */
  note: boolean;
}

/** Per-corpus knowledge the cleaner needs: which words exist (for joins and footnote stripping). */
export interface CorpusVocabulary {
  /** Surface word -> count, counted on words that are not at a line end. */
  inline: Map<string, number>;
  /** Stem -> count over all words. */
  stems: Map<string, number>;
  /** Letter+digit tokens ("prosess21") -> count; frequent ones are names, not footnote markers. */
  alnum: Map<string, number>;
}

export function buildCorpusVocabulary(docs: readonly SourceDocument[]): CorpusVocabulary {
  const inline = new Map<string, number>();
  const stems = new Map<string, number>();
  const alnum = new Map<string, number>();
  for (const doc of docs) {
    for (const raw of doc.lines) {
      const all = wordTokens(normalizeForMatching(raw));
      for (const t of all) if (/^\p{L}+\d+$/u.test(t)) alnum.set(t, (alnum.get(t) ?? 0) + 1);
      const toks = all.filter((t) => /^\p{L}+$/u.test(t));
      toks.forEach((t, i) => {
        if (i < toks.length - 1 && i > 0) inline.set(t, (inline.get(t) ?? 0) + 1);
        const s = stemNorwegian(t);
        stems.set(s, (stems.get(s) ?? 0) + 1);
      });
    }
  }
  return { inline, stems, alnum };
}

/** Documents whose notes are numbered with roman numerals glued to words ("livetvii"). */
function hasRomanEndnotes(lines: readonly string[]): boolean {
  let n = 0;
  for (const l of lines) if (/^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})\t/u.test(l)) n++;
  return n >= 5;
}

const ROMAN_SUFFIX = /(x{0,3}(?:ix|iv|v?i{0,3}))$/u;

/** Removes glued footnote markers from one line. */
function stripFootnoteMarkers(text: string, vocab: CorpusVocabulary, roman: boolean, keep: ReadonlySet<string>): string {
  // Arabic: "Norway2", "program3 ", "(2019-2020)1", "sentralitetsindeks.1", "2020)1,".
  let out = text.replace(/(\p{L}{3,}|[)»”"])(\d{1,2})(?=[\s,.;:)]|$)/gu, (m, head: string, _d: string) =>
    keep.has(m.toLowerCase()) || (vocab.alnum.get(m.toLowerCase()) ?? 0) >= 3 ? m : head,
  );
  out = out.replace(/(\p{L}{3,}[.])(\d{1,2})(?=\s|$)/gu, '$1');
  // A footnote number after the end of a sentence at a line end: "… bortsett fra Oslo. 2".
  out = out.replace(/([.!?»”"]) ?\d{1,2}$/u, '$1');
  if (!roman) return out;
  // Roman endnotes: "læreplassxiii", "nokiv", "(2022)xxxi", "2021xvi". Only stripped when what is left
  // is a known word and the glued form is not.
  return out.replace(/([\p{L}\d)]+)(?=[\s,.;:)]|$)/gu, (tok: string) => {
    const m = ROMAN_SUFFIX.exec(tok);
    if (!m || !m[1]) return tok;
    const base = tok.slice(0, -m[1].length);
    if (!base) return tok;
    if (/[\d)]$/u.test(base)) return base;
    const lower = base.toLowerCase();
    if (lower.length < 2) return tok;
    const fullStem = stemNorwegian(tok.toLowerCase());
    const baseStem = stemNorwegian(lower);
    const baseKnown = (vocab.stems.get(baseStem) ?? 0) >= 2 || (vocab.inline.get(lower) ?? 0) >= 1;
    const fullKnown = (vocab.stems.get(fullStem) ?? 0) >= 2;
    return baseKnown && !fullKnown ? base : tok;
  });
}

function isBoilerplate(text: string): boolean {
  return (
    /^\d{1,4}$/u.test(text) ||
    /^side \d+ av \d+$/iu.test(text) ||
    /^\/\/\s*\p{Lu}+$/u.test(text) ||
    /\|\s*[\p{Lu}-]+\.NO\b/u.test(text)
  );
}

/** The kept lines of a document, cleaned line by line (so every character still belongs to one line). */
function cleanLines(doc: SourceDocument, vocab: CorpusVocabulary, keep: ReadonlySet<string>): CleanLine[] {
  const roman = hasRomanEndnotes(doc.lines);
  const out: CleanLine[] = [];
  let inUrl = false;
  doc.lines.forEach((raw, i) => {
    const trimmed = raw.replace(/\s+/gu, ' ').trim();
    if (!trimmed) return;
    // Continuation of a URL that was cut at a hyphen or slash.
    if (inUrl && /^\S+$/u.test(trimmed) && !/^\p{Lu}/u.test(trimmed)) {
      inUrl = /[-/]$/u.test(trimmed);
      return;
    }
    inUrl = false;
    if (isUrlOnly(trimmed) || /^\d{1,2}\s+(?:https?:\/\/|www\.)\S+$/u.test(trimmed)) {
      inUrl = /[-/_]$/u.test(trimmed);
      return;
    }
    if (isBoilerplate(trimmed)) return;
    // Roman endnote lines ("xix\t Det regnes …") lose their number like arabic footnotes do.
    const note = roman && /^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})\t/u.test(raw);
    const unnumbered = note ? trimmed.replace(/^[ivx]+ /u, '') : trimmed;
    const text = stripFootnoteMarkers(unnumbered, vocab, roman, keep);
    out.push({ line: i + 1, text, pageStart: /^[ \t]/u.test(raw), note });
  });
  return out;
}

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

const endsSentence = (t: string): boolean => /[.!?:;»”"]$/u.test(t);
const startsUpper = (t: string): boolean => /^[\p{Lu}\d«"“]/u.test(t);

/** Words that make a short line a sentence fragment rather than a title ("… som trer i kraft fra"). */
const CLAUSE_WORDS = new Set(['som', 'er', 'var', 'har', 'hadde', 'skal', 'vil', 'kan', 'må', 'blir', 'ble', 'gir', 'får', 'trer']);

function looksLikeHeading(text: string): boolean {
  const words = countWords(text);
  if (words === 0 || words > 9) return false;
  if (/[.,;:]$/u.test(text)) return false;
  if (!/^[\p{Lu}\d]/u.test(text)) return false;
  if (/^\d{1,2} \p{Ll}/u.test(text)) return false;
  const numbered = /^\d{1,2}(?:\.\d{1,2})*\.? /u.test(text);
  if (!numbered && wordTokens(text.toLowerCase()).some((w) => CLAUSE_WORDS.has(w))) return false;
  return /\p{L}{3,}/u.test(text);
}

/** A paragraph as text plus, for every character, the line it came from. */
interface Paragraph {
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
const continuesHeading = (t: string): boolean => /^\p{Ll}/u.test(t) && countWords(t) <= 5 && !endsSentence(t);

const isFootnoteLine = (t: string): boolean =>
  /^\d{1,2} \p{Lu}/u.test(t) && (/[().:;,/]/u.test(t.slice(3)) || /\d/u.test(t.slice(3)) || countWords(t) > 9);
const isCaptionLine = (t: string): boolean => /^(?:Figur|Tabell|Kilde)\s*(?:\d|:)/u.test(t);

/** Groups cleaned lines into paragraphs, joining words broken across lines. */
function buildParagraphs(lines: CleanLine[], vocab: CorpusVocabulary, stopwords: ReadonlySet<string>): Paragraph[] {
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

/** Character ranges of the sentences in a paragraph. */
function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  const re = /[.!?]+[»”")\]]*(?=\s+[\p{Lu}\d«"“•])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(start, m.index - 40), m.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /\.\p{L}$/u.test(word))) continue;
    if (m[0].startsWith('.') && /\d$/u.test(before) && /^\s+\d/u.test(text.slice(end))) continue;
    // "1. Det går raskere …", "a. Teknologi- og industrifag": an enumerator, not a sentence.
    if (/^\s*(?:\d{1,2}|[a-h])$/u.test(text.slice(start, m.index))) continue;
    spans.push([start, end]);
    start = end;
    while (start < text.length && /\s/u.test(text[start])) start++;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans.filter(([a, b]) => text.slice(a, b).trim().length > 0);
}

/** Sentences of a plain text (no line information), e.g. a public rule. */
export function splitSentences(text: string): string[] {
  const clean = text.replace(/\s+/gu, ' ').trim();
  return sentenceSpans(clean)
    .map(([a, b]) => clean.slice(a, b).trim())
    .filter((s) => s.length > 0);
}

/** Cuts an over-long span at line changes so that no piece has more than `max` words. */
function cutLongSpan(text: string, lineOf: number[], span: [number, number], max: number): Array<[number, number]> {
  const [a, b] = span;
  if (countWords(text.slice(a, b)) <= max) return [span];
  const pieces: Array<[number, number]> = [];
  let start = a;
  let lastBreak = -1;
  let words = 0;
  for (let i = a + 1; i < b; i++) {
    if (/\s/u.test(text[i - 1]) && !/\s/u.test(text[i])) {
      words++;
      if (lineOf[i] !== lineOf[i - 1]) lastBreak = i;
    }
    if (words >= max && lastBreak > start) {
      pieces.push([start, lastBreak]);
      start = lastBreak;
      lastBreak = -1;
      words = countWords(text.slice(start, i));
    }
  }
  pieces.push([start, b]);
  return pieces;
}

function toSentence(p: Paragraph, [a, b]: [number, number], kind: SentenceKind): SourceSentence | null {
  let s = a;
  let e = b;
  while (s < e && /\s/u.test(p.text[s])) s++;
  while (e > s && /\s/u.test(p.text[e - 1])) e--;
  if (s >= e) return null;
  return { text: p.text.slice(s, e), lines: [p.lineOf[s], p.lineOf[e - 1]], kind };
}

export interface SentenceUnit {
  sentence: SourceSentence;
  paragraphStart: boolean;
  words: number;
}

export interface ChunkContext {
  vocabulary: CorpusVocabulary;
  stopwords: ReadonlySet<string>;
  keepAlphanumeric: ReadonlySet<string>;
}

/** Sentences of one document, in order, each with its line range. */
export function documentSentences(doc: SourceDocument, ctx: ChunkContext, options: ChunkOptions = {}): SentenceUnit[] {
  const opts = { ...DEFAULTS, ...options };
  const paragraphs = buildParagraphs(cleanLines(doc, ctx.vocabulary, ctx.keepAlphanumeric), ctx.vocabulary, ctx.stopwords);
  const units: SentenceUnit[] = [];
  for (const p of paragraphs) {
    const spans = p.heading
      ? [[0, p.text.length] as [number, number]]
      : sentenceSpans(p.text).flatMap((sp) => cutLongSpan(p.text, p.lineOf, sp, opts.maxSentenceWords));
    spans.forEach((sp, i) => {
      const s = toSentence(p, sp, p.heading ? 'heading' : p.note ? 'note' : 'text');
      if (s) units.push({ sentence: s, paragraphStart: i === 0, words: countWords(s.text) });
    });
  }
  return units;
}

/** Passages of one document. */
export function chunkDocument(doc: SourceDocument, ctx: ChunkContext, options: ChunkOptions = {}): Chunk[] {
  const opts = { ...DEFAULTS, ...options };
  const units = documentSentences(doc, ctx, opts);
  const groups: Array<{ units: SentenceUnit[]; heading?: string }> = [];
  let cur: SentenceUnit[] = [];
  let curWords = 0;
  let heading: string | undefined;
  let curHeading: string | undefined;

  const flush = (overlap: boolean): void => {
    if (cur.length === 0) return;
    groups.push({ units: cur, heading: curHeading });
    const last = cur[cur.length - 1];
    const carry = overlap && cur.length >= 2 && last.sentence.kind === 'text' && last.words <= opts.maxOverlapWords;
    cur = carry ? [last] : [];
    curWords = carry ? last.words : 0;
    curHeading = heading;
  };

  for (const u of units) {
    if (u.sentence.kind === 'heading') {
      if (curWords >= 30 || (cur.length > 0 && cur[cur.length - 1].sentence.kind !== 'heading' && curWords >= 15)) {
        flush(false);
      }
      heading = u.sentence.text;
      if (cur.length === 0) curHeading = heading;
    } else if (u.paragraphStart && curWords >= opts.minWords) {
      flush(false);
    } else if (cur.length > 0 && curWords + u.words > opts.maxWords) {
      flush(true);
    }
    if (cur.length === 0) curHeading = heading;
    cur.push(u);
    curWords += u.words;
  }
  flush(false);

  // A very small tail joins the previous chunk.
  if (groups.length >= 2) {
    const tail = groups[groups.length - 1];
    const tailWords = tail.units.reduce((n, u) => n + u.words, 0);
    const prevWords = groups[groups.length - 2].units.reduce((n, u) => n + u.words, 0);
    if (tailWords < 25 && tailWords + prevWords <= opts.maxWords + 40) {
      const prevUnits = groups[groups.length - 2].units;
      for (const u of tail.units) if (!prevUnits.includes(u)) prevUnits.push(u);
      groups.pop();
    }
  }

  return groups
    .filter((g) => g.units.some((u) => u.sentence.kind !== 'heading'))
    .map((g, i) => {
      const sentences = g.units.map((u) => u.sentence);
      const first = Math.min(...sentences.map((s) => s.lines[0]));
      const last = Math.max(...sentences.map((s) => s.lines[1]));
      return {
        id: `${doc.entry.file}#${i + 1}`,
        source: doc.entry.file,
        title: doc.entry.title,
        lines: [first, last] as [number, number],
        text: sentences.map((s) => s.text).join(' '),
        heading: g.heading,
        sentences,
      };
    });
}

/** Passages of all documents. */
export function chunkDocuments(
  docs: readonly SourceDocument[],
  ctx: Omit<ChunkContext, 'vocabulary'> & { vocabulary?: CorpusVocabulary },
  options: ChunkOptions = {},
): Chunk[] {
  const vocabulary = ctx.vocabulary ?? buildCorpusVocabulary(docs);
  return docs.flatMap((d) => chunkDocument(d, { ...ctx, vocabulary }, options));
}
