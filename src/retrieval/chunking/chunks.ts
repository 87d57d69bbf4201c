// Splits the PDF-extracted reports into passages of a few sentences while keeping, for every passage and
// every sentence, the ORIGINAL 1-based line range in the file.
//
// What the extracts look like: a blank line after most lines (but not all, and not in every file),
// words hyphenated across lines ("batteri-" / "materialer"), words split across lines without a hyphen
// in two-column layouts ("kompe" / "tanse"), footnote numbers glued to words ("(2019-2020)1",
// "Norway2", roman endnotes like "læreplassxiii"), URL-only footnote lines, page numbers, bullets,
// and tables spread over many short lines.
//
// Steps: lines.ts (clean-up) → paragraphs.ts → sentences.ts → here, sentences grouped into passages.
import type { SourceDocument } from '../../catalogue/sources';
import { buildCorpusVocabulary, type CorpusVocabulary } from './lines';
import { documentSentences, type SentenceContext, type SentenceUnit, type SourceSentence } from './sentences';

/** A heading closes the passage so far once it has this many words … */
const HEADING_CLOSES_AFTER_WORDS = 30;
/** … or this many, when text (not another heading) came last. */
const HEADING_CLOSES_AFTER_TEXT_WORDS = 15;
/** A last passage shorter than this joins the one before … */
const SMALL_TAIL_WORDS = 25;
/** … when together they stay within maxWords plus this. */
const TAIL_JOIN_SLACK_WORDS = 40;

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

export type ChunkContext = SentenceContext;

/** Passages of one document. */
export function chunkDocument(doc: SourceDocument, ctx: ChunkContext, options: ChunkOptions = {}): Chunk[] {
  const opts = { ...DEFAULTS, ...options };
  const units = documentSentences(doc, ctx, opts.maxSentenceWords);
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
      if (
        curWords >= HEADING_CLOSES_AFTER_WORDS ||
        (cur.length > 0 && cur[cur.length - 1].sentence.kind !== 'heading' && curWords >= HEADING_CLOSES_AFTER_TEXT_WORDS)
      ) {
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
    if (tailWords < SMALL_TAIL_WORDS && tailWords + prevWords <= opts.maxWords + TAIL_JOIN_SLACK_WORDS) {
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
