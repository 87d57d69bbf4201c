// The lexical retriever for the long tail: chunks the reports, analyses them with the
// Norwegian analyzer and ranks passages with BM25, blended with how much of the question each passage
// covers. `buildRetriever(docs, lexicon)` is what the bot, the CLI and the evaluation use.
import type { SourceDocument } from '../catalogue/sources';
import { Analyzer, type QueryAnalysis, type QueryWord } from './analyzer';
import { Bm25Index, ScoreBuffer, topIndices } from './bm25';
import { chunkDocuments, type Chunk, type ChunkOptions } from './chunking/chunks';
import { buildCorpusVocabulary } from './chunking/lines';
import { Decompounder } from './decompounder';
import type { Lexicon } from './lexicon';
import { coverageOf, type CoverageResult } from './relevance';
import { normalizeForMatching } from '../normalise';
import { memoize } from '../memo';
import { stripUrls, truncateText, wordTokens } from './text';
import type { Passage, PassageSentence, Retriever } from './types';

/** Questions are cut to this many characters before analysis (a 100 kB paste must not stall search). */
export const MAX_QUERY_CHARS = 1000;
export const DEFAULT_LIMIT = 5;

export interface BuildRetrieverOptions {
  chunk?: ChunkOptions;
  /** More texts whose words the decompounder may split questions into (the facts' sentences). */
  extraVocabulary?: readonly string[];
  /** Weight of the section heading's terms for chunks that do not contain the heading itself. */
  headingWeight?: number;
  /** How strongly coverage reshapes the BM25 ranking: score * (1 - mix + mix * coverage). */
  coverageMix?: number;
}

/** A passage as it is indexed: what search results are, before they are scored. */
export type IndexedPassageText = Omit<ScoredPassage, 'score' | 'coverage' | 'matchedWords'>;

interface IndexedPassage {
  passage: IndexedPassageText;
  /** Stems and compound-part stems of the passage (heading included). */
  terms: Set<string>;
  /** Ranking prior: passages made mostly of footnotes and captions count less. */
  prior: number;
}

export interface RetrieverStats {
  passages: number;
  terms: number;
  buildMs: number;
}

/** A passage with the evidence the lexical retriever found for it. */
export interface ScoredPassage extends Passage {
  /** The section heading in effect at the start of the passage (report passages only). */
  heading?: string;
  coverage: number;
  /** Number of distinct question words (or their synonyms/parts) found in the passage. */
  matchedWords: number;
}

/** A Retriever that also exposes its analysis, so answerers can score sentences the same way. */
export interface LexicalRetriever extends Retriever {
  /** The analyzer questions and passages go through (its decompounder knows the corpus and the extra vocabulary). */
  readonly analyzer: Analyzer;
  /** Every passage search results can come from. */
  readonly passages: readonly IndexedPassageText[];
  /** idf of a term among the passages (undefined when no passage has it). */
  idf(term: string): number | undefined;
  /** The section headings of the passages that overlap lines of a report (what those lines are about). */
  headingsAt(source: string, lines: [number, number]): string[];
  readonly stats: RetrieverStats;
  /**
   * Analyses a question (already truncated to MAX_QUERY_CHARS). `read`: the same question as analysed for
   * another index, whose words are reused when they were read from the same tokens.
   */
  analyze(query: string, read?: QueryAnalysis): QueryAnalysis;
  search(query: string, limit?: number): ScoredPassage[];
  /** Passages for an already analysed question. */
  searchAnalyzed(analysis: QueryAnalysis, limit?: number): ScoredPassage[];
  /** How much of the question a piece of text covers (same weighting as passage coverage). */
  coverage(analysis: QueryAnalysis, text: string): CoverageResult;
  /** The same for a text's stems (as stems() gives them). */
  coverageIn(analysis: QueryAnalysis, stems: ReadonlySet<string>): CoverageResult;
  /** Stems and compound parts of a text (for cue-word tests). */
  stems(text: string): Set<string>;
}

/**
 * The analyzer for a corpus: its decompounding dictionary is the vocabulary of the given (cleaned)
 * texts plus the lexicon's extra words.
 */
export function buildAnalyzer(texts: Iterable<string>, lexicon: Lexicon): Analyzer {
  const vocabulary = new Map<string, number>();
  for (const text of texts) {
    for (const t of wordTokens(normalizeForMatching(stripUrls(text)))) {
      if (/^\p{L}+$/u.test(t)) vocabulary.set(t, (vocabulary.get(t) ?? 0) + 1);
    }
  }
  return new Analyzer(lexicon, new Decompounder(vocabulary, lexicon.compoundWords, lexicon.stopwords));
}

function noteShare(sentences: ReadonlyArray<{ text: string; kind: string }>): number {
  let notes = 0;
  let all = 0;
  for (const s of sentences) {
    const n = s.text.split(/\s+/u).length;
    all += n;
    if (s.kind === 'note') notes += n;
  }
  return all > 0 ? notes / all : 0;
}

/**
 * The chunks as passages, and their BM25 index. (A function of its own: the term frequencies are needed only
 * to build the index, and the retriever's closures would otherwise keep them.)
 */
function indexPassages(chunks: readonly Chunk[], analyzer: Analyzer, headingWeight: number): { indexed: IndexedPassage[]; index: Bm25Index } {
  const indexed: IndexedPassage[] = [];
  const termFreqs: Array<Map<string, number>> = [];
  const lengths: number[] = [];

  const addPassage = (passage: IndexedPassage['passage'], heading: string | undefined, prior = 1): void => {
    const tf = analyzer.documentTerms(passage.text);
    const length = analyzer.words(passage.text).length;
    const addAll = (text: string, weight: number): void => {
      for (const [t, f] of analyzer.documentTerms(text, weight)) tf.set(t, (tf.get(t) ?? 0) + f);
    };
    if (heading) addAll(heading, headingWeight);
    const terms = new Set<string>();
    for (const t of tf.keys()) if (!t.includes(' ')) terms.add(t);
    indexed.push({ passage, terms, prior });
    termFreqs.push(tf);
    lengths.push(Math.max(1, length));
  };

  for (const c of chunks) {
    const headingInside = c.sentences.some((s) => s.kind === 'heading' && s.text === c.heading);
    // A heading inside the chunk counts once more: it says what the chunk is about.
    const ownHeading = c.sentences.find((s) => s.kind === 'heading')?.text;
    addPassage(
      {
        id: c.id,
        source: c.source,
        title: c.title,
        lines: c.lines,
        text: c.text,
        heading: c.heading,
        sentences: c.sentences.map((s): PassageSentence => {
          if (s.kind === 'heading') return { text: s.text, lines: s.lines, isHeading: true };
          if (s.kind === 'note') return { text: s.text, lines: s.lines, isNote: true };
          return { text: s.text, lines: s.lines };
        }),
      },
      headingInside ? ownHeading : c.heading,
      1 - 0.5 * noteShare(c.sentences),
    );
  }
  return { indexed, index: new Bm25Index(termFreqs, lengths) };
}

export function buildRetriever(
  docs: readonly SourceDocument[],
  lexicon: Lexicon,
  options: BuildRetrieverOptions = {},
): LexicalRetriever {
  const started = performance.now();
  const headingWeight = options.headingWeight ?? 0.5;
  const coverageMix = options.coverageMix ?? 0.5;

  const corpusVocabulary = buildCorpusVocabulary(docs);
  const chunks = chunkDocuments(
    docs,
    { stopwords: lexicon.stopwords, keepAlphanumeric: lexicon.keepAlphanumeric, vocabulary: corpusVocabulary },
    options.chunk,
  );

  const analyzer = buildAnalyzer(
    [...chunks.flatMap((c) => c.sentences.map((s) => s.text)), ...(options.extraVocabulary ?? [])],
    lexicon,
  );

  const { indexed, index } = indexPassages(chunks, analyzer, headingWeight);
  const scoreBuffer = new ScoreBuffer(index.size);
  const maxIdf = index.maxIdf();

  // A question word's weight is asked for once per passage and sentence read: worked out once per word.
  const weights = new WeakMap<QueryWord, number>();
  const wordWeight = (w: QueryWord): number => {
    let weight = weights.get(w);
    if (weight === undefined) {
      weight = weightOf(w);
      weights.set(w, weight);
    }
    return weight;
  };
  const weightOf = (w: QueryWord): number => {
    let weight: number;
    if (index.df(w.stem) > 0) {
      weight = index.idf(w.stem);
    } else {
      const known = w.parts.filter((p) => index.df(p) > 0);
      weight = known.length > 0 && known.length === w.parts.length
        ? known.reduce((a, p) => a + index.idf(p), 0) / known.length
        : maxIdf;
    }
    return w.numeric ? weight * 0.5 : weight;
  };

  // The answerer asks for the stems of the same report sentences again and again.
  const stemSetOf = memoize((text: string) => analyzer.stemSet(text), 50_000);

  const analyze = (query: string, read?: QueryAnalysis): QueryAnalysis =>
    analyzer.query(truncateText(query, MAX_QUERY_CHARS), (t) => index.df(t) > 0, read);

  const searchAnalyzed = (analysis: QueryAnalysis, limit: number = DEFAULT_LIMIT): ScoredPassage[] => {
    if (analysis.terms.size === 0 || limit <= 0) return [];
    const { scores: bm25, matched } = index.scoreMatching(analysis.terms, scoreBuffer);
    const scored: Array<{ i: number; cov: CoverageResult; score: number }> = [];
    // The `limit` best scores so far, best first: a candidate that could not beat the last of them
    // even covering the whole question is not worth its coverage.
    const best: number[] = [];
    for (const i of topIndices(bm25, Math.max(limit * 4, 20), matched)) {
      const reach = indexed[i].prior * bm25[i] * (1 - coverageMix + coverageMix * 1);
      if (best.length === limit && reach < best[limit - 1]) continue;
      const cov = coverageOf(analysis, indexed[i].terms, wordWeight);
      const score = indexed[i].prior * bm25[i] * (1 - coverageMix + coverageMix * cov.coverage);
      scored.push({ i, cov, score });
      let at = best.length;
      while (at > 0 && best[at - 1] < score) at--;
      best.splice(at, 0, score);
      if (best.length > limit) best.pop();
    }
    scored.sort((a, b) => b.score - a.score || a.i - b.i);
    return scored.slice(0, limit).map(({ i, cov, score }) => {
      // The passage's fields spelled out (as addPassage sets them): spreading them costs more than ranking.
      const { id, source, title, lines, text, heading, sentences } = indexed[i].passage;
      return {
        id, source, title, lines, text, heading, sentences,
        score: Math.round(score * 1000) / 1000,
        coverage: Math.round(cov.coverage * 1000) / 1000,
        matchedWords: cov.matchedWords,
      };
    });
  };

  const stats: RetrieverStats = {
    passages: indexed.length,
    terms: index.termCount,
    buildMs: Math.round(performance.now() - started),
  };

  return {
    analyzer,
    passages: indexed.map((p) => p.passage),
    idf: (term) => index.idfIfAny(term),
    headingsAt: (source, [a, b]) => [
      ...new Set(
        indexed
          .filter((p) => p.passage.source === source && p.passage.lines && p.passage.lines[0] <= b && p.passage.lines[1] >= a)
          .map((p) => p.passage.heading ?? '')
          .filter(Boolean),
      ),
    ],
    stats,
    analyze,
    searchAnalyzed,
    search: (query: string, limit?: number) => searchAnalyzed(analyze(query), limit),
    coverage: (analysis, text) => coverageOf(analysis, stemSetOf(text), wordWeight),
    coverageIn: (analysis, stems) => coverageOf(analysis, stems, wordWeight),
    stems: (text) => stemSetOf(text),
  };
}
