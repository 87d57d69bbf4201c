import type { Citation } from '../catalogue/schema';

/** One retrievable piece of knowledge: a chunk of a report (with its line range) or a public rule. */
export interface Passage {
  id: string;
  /** File name in knowledge/sources/, or "web". */
  source: string;
  title: string;
  lines?: [number, number];
  url?: string;
  /** Cleaned text (de-hyphenated, blank lines removed) for ranking and display. */
  text: string;
  score: number;
  /** The passage split into sentences, each with its own line range (for quoting part of a passage). */
  sentences?: PassageSentence[];
  /** 0–1: the idf-weighted share of the question's words found in this passage (lexical retriever). */
  coverage?: number;
}

/** One sentence of a passage; `lines` is absent for web passages. */
export interface PassageSentence {
  text: string;
  lines?: [number, number];
  /** True for a section heading kept with its paragraph (not a sentence to quote on its own). */
  isHeading?: boolean;
  /** True for a footnote, endnote or figure caption. */
  isNote?: boolean;
}

export interface Retriever {
  /** Best first. Returns [] for an empty or stop-word-only query. */
  search(query: string, limit?: number): Passage[];
}

export function citationOf(passage: Passage, quote: string): Citation {
  return passage.source === 'web'
    ? { source: 'web', title: passage.title, url: passage.url, quote }
    : { source: passage.source, title: passage.title, lines: passage.lines, quote };
}
