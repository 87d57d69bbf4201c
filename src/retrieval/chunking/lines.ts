// Line clean-up, the first step of chunking a report: drops blank lines, page numbers, running heads
// and URL-only footnote lines, and strips footnote markers glued to words ("Norway2", "læreplassxiii"),
// keeping every remaining character on the line it came from.
import type { SourceDocument } from '../../catalogue/sources';
import { normalizeForMatching } from '../../normalise';
import { stemNorwegian } from '../stemmer';
import { isUrlOnly, wordTokens } from '../text';

/** A document counts as numbering its endnotes with roman numerals when this many lines start with one. */
const ROMAN_ENDNOTE_MIN_LINES = 5;
/** A letter+digit token seen this often in the corpus is a name ("Prosess21"), not a word with a footnote. */
const NAME_WITH_DIGITS_MIN_COUNT = 3;
/** A stem seen this often in the corpus is a known word (for deciding what a roman endnote is glued to). */
const KNOWN_STEM_MIN_COUNT = 2;

export interface CleanLine {
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
  return n >= ROMAN_ENDNOTE_MIN_LINES;
}

const ROMAN_SUFFIX = /(x{0,3}(?:ix|iv|v?i{0,3}))$/u;

/** Removes glued footnote markers from one line. */
function stripFootnoteMarkers(text: string, vocab: CorpusVocabulary, roman: boolean, keep: ReadonlySet<string>): string {
  // Arabic: "Norway2", "program3 ", "(2019-2020)1", "sentralitetsindeks.1", "2020)1,".
  let out = text.replace(/(\p{L}{3,}|[)»”"])(\d{1,2})(?=[\s,.;:)]|$)/gu, (m, head: string, _d: string) =>
    keep.has(m.toLowerCase()) || (vocab.alnum.get(m.toLowerCase()) ?? 0) >= NAME_WITH_DIGITS_MIN_COUNT ? m : head,
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
    const baseKnown = (vocab.stems.get(baseStem) ?? 0) >= KNOWN_STEM_MIN_COUNT || (vocab.inline.get(lower) ?? 0) >= 1;
    const fullKnown = (vocab.stems.get(fullStem) ?? 0) >= KNOWN_STEM_MIN_COUNT;
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
export function cleanLines(doc: SourceDocument, vocab: CorpusVocabulary, keep: ReadonlySet<string>): CleanLine[] {
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

