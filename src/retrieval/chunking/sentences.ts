// Sentences of a paragraph, each with its line range: split after ".!?" before a capital (not after
// abbreviations, initials or enumerators), and over-long "sentences" (tables, lists without
// punctuation) cut at line breaks.
import type { SourceDocument } from '../../catalogue/sources';
import { countWords } from '../text';
import { cleanLines, type CorpusVocabulary } from './lines';
import { buildParagraphs, type Paragraph } from './paragraphs';

/** 'note': a footnote, endnote or figure/table caption. */
export type SentenceKind = 'heading' | 'text' | 'note';

/** A sentence (or heading, or list item) with the lines it was taken from. */
export interface SourceSentence {
  text: string;
  lines: [number, number];
  kind: SentenceKind;
}

const ABBREVIATIONS = new Set([
  'f.eks', 'eks', 'bl.a', 'dvs', 'm.m', 'mv', 'ca', 'nr', 'pkt', 'kap', 'jf', 'ref', 'evt', 'iht', 'hhv', 'osv',
  'etc', 's', 'st', 'meld', 'prop', 'ev', 'inkl', 'ekskl', 'mill', 'mrd', 'kr', 'tlf', 'pst', 'oa', 'dr', 'prof',
  'ph.d', 'b.sc', 'm.sc', 'siv.ing', 'vs', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'okt', 'nov', 'des',
  'mnd', 'ant', 'bokm', 'nyn', 'adm', 'avd', 'm.fl', 'ds', 'no', 'nn', 'red', 'o.l', 'e.l', 'fig', 'tab', 'vol',
]);

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

export interface SentenceContext {
  vocabulary: CorpusVocabulary;
  stopwords: ReadonlySet<string>;
  keepAlphanumeric: ReadonlySet<string>;
}

/** Sentences of one document, in order, each with its line range. */
export function documentSentences(doc: SourceDocument, ctx: SentenceContext, maxSentenceWords: number): SentenceUnit[] {
  const paragraphs = buildParagraphs(cleanLines(doc, ctx.vocabulary, ctx.keepAlphanumeric), ctx.vocabulary, ctx.stopwords);
  const units: SentenceUnit[] = [];
  for (const p of paragraphs) {
    const spans = p.heading
      ? [[0, p.text.length] as [number, number]]
      : sentenceSpans(p.text).flatMap((sp) => cutLongSpan(p.text, p.lineOf, sp, maxSentenceWords));
    spans.forEach((sp, i) => {
      const s = toSentence(p, sp, p.heading ? 'heading' : p.note ? 'note' : 'text');
      if (s) units.push({ sentence: s, paragraphStart: i === 0, words: countWords(s.text) });
    });
  }
  return units;
}

