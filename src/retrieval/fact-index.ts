// The facts, indexed once at start-up for both languages: Norwegian terms (stems and compound parts)
// of each fact's sentence, its report quote and its topic's name; English terms of its `en` sentence.
// Searching scores every fact that shares a term with the question by coverage — the idf-weighted
// share of the question's words the fact contains (relevance.ts) — with BM25 to break ties.
import type { Fact } from '../catalogue/facts';
import type { Topic } from '../catalogue/topics';
import type { Analyzer, QueryAnalysis, QueryWord } from './analyzer';
import { Bm25Index, topIndices } from './bm25';
import type { EnglishAnalyzer } from './english';
import { wordCredit } from './relevance';

export interface FactMatch {
  fact: Fact;
  /** 0–1: idf-weighted share of the question's words found in the fact. */
  coverage: number;
  bm25: number;
  /** Credit (0–1) per question word, in the order of analysis.words. */
  credits: number[];
}

export interface WeightedWord {
  word: QueryWord;
  /** The word's weight in coverage (idf, lowered for generic words by the caller). */
  weight: number;
}

interface Side {
  terms: Set<string>[];
  /**
 * Words a fact is read with: its report section's heading, and the other facts about the same
 * organisation (a fact about LEIDA is read knowing what LEIDA is).
 */
  context: Set<string>[];
  bm25: Bm25Index;
}

/** Facts with the best BM25 scores that are scored by coverage (the rest share too little with the question). */
const CANDIDATES = 50;

/** Credit for a word found only in a fact's context (see Side.context). */
const CONTEXT_CREDIT = 0.5;

export interface FactIndex {
  facts: readonly Fact[];
  /** idf of a term among the facts of one language; unknown terms get the highest idf. */
  idf(term: string, lang: 'nb' | 'en'): number;
  /** True when some fact has the term. */
  has(term: string, lang: 'nb' | 'en'): boolean;
  /**
   * The facts sharing most terms with the question (by BM25), and the facts `also` names (e.g. the
   * facts of the topics it names, which may share no word with it), best coverage first.
   */
  search(analysis: QueryAnalysis, weights: readonly number[], lang: 'nb' | 'en', also?: readonly number[]): FactMatch[];
  /** Positions (in `facts`) of the facts filed under a topic. */
  ofTopic(topic: string): readonly number[];
  /** The Norwegian text a fact is indexed by (its sentence, its report quote and its topic's name). */
  indexedText(fact: Fact): string;
}

/** The report quotes of a fact (the public rules page is in English, so its quotes are left out). */
function norwegianQuotes(fact: Fact): string[] {
  return [fact.citation, fact.alsoIn].filter((c) => c !== undefined && c.source !== 'web').map((c) => c!.quote);
}

/**
 * contextOf: more Norwegian text a fact is read with (the heading of the report section it comes from);
 * its words count for less than the fact's own.
 */
export function buildFactIndex(
  facts: readonly Fact[],
  topics: readonly Topic[],
  nb: Analyzer,
  en: EnglishAnalyzer,
  contextOf: (fact: Fact) => string = () => '',
): FactIndex {
  const topicById = new Map(topics.map((t) => [t.id, t]));
  const nbText = (f: Fact): string => [f.text, ...norwegianQuotes(f), topicById.get(f.topic)?.name ?? ''].join(' \n ');
  const enText = (f: Fact): string => [f.en, topicById.get(f.topic)?.nameEn ?? ''].join(' \n ');

  const build = (lang: 'nb' | 'en'): Side => {
    const terms: Set<string>[] = [];
    const tfs: Map<string, number>[] = [];
    const lengths: number[] = [];
    for (const f of facts) {
      if (lang === 'nb') {
        const text = nbText(f);
        tfs.push(nb.documentTerms(text));
        terms.push(nb.stemSet(text));
        lengths.push(Math.max(1, nb.words(text).length));
      } else {
        const text = enText(f);
        tfs.push(en.documentTerms(text));
        terms.push(en.stemSet(text));
        lengths.push(Math.max(1, en.stems(text).length));
      }
    }
    const byOrganisation = new Map<string, number[]>();
    facts.forEach((f, i) => {
      if (f.scope && 'organisation' in f.scope) byOrganisation.set(f.scope.organisation, [...(byOrganisation.get(f.scope.organisation) ?? []), i]);
    });
    const context = facts.map((f, i) => {
      const set = lang === 'nb' ? nb.stemSet(contextOf(f)) : new Set<string>();
      if (f.scope && 'organisation' in f.scope) {
        for (const j of byOrganisation.get(f.scope.organisation) ?? []) if (j !== i) for (const t of terms[j]) set.add(t);
      }
      return set;
    });
    return { terms, context, bm25: new Bm25Index(tfs, lengths) };
  };
  const sides = { nb: build('nb'), en: build('en') };
  const byTopic = new Map<string, number[]>();
  facts.forEach((f, i) => byTopic.set(f.topic, [...(byTopic.get(f.topic) ?? []), i]));

  return {
    facts,
    idf: (term, lang) => {
      const side = sides[lang].bm25;
      return side.df(term) > 0 ? side.idf(term) : side.maxIdf();
    },
    has: (term, lang) => sides[lang].bm25.df(term) > 0,
    indexedText: nbText,
    ofTopic: (topic) => byTopic.get(topic) ?? [],
    search(analysis, weights, lang, also = []) {
      const side = sides[lang];
      const scores = side.bm25.score(analysis.terms);
      const total = weights.reduce((a, w) => a + w, 0);
      const out: FactMatch[] = [];
      for (const i of new Set([...topIndices(scores, CANDIDATES), ...also])) {
        const context = side.context[i];
        const credits = analysis.words.map((w) => {
          const own = wordCredit(w, side.terms[i]);
          return own >= 1 || context.size === 0 ? own : Math.max(own, CONTEXT_CREDIT * wordCredit(w, context));
        });
        const got = credits.reduce((a, c, k) => a + c * (weights[k] ?? 0), 0);
        out.push({ fact: facts[i], coverage: total > 0 ? got / total : 0, bm25: scores[i], credits });
      }
      return out.sort((a, b) => b.coverage - a.coverage || b.bm25 - a.bm25);
    },
  };
}

/** For tests and tools: the weights a plain search would use (idf of every word). */
export function idfWeights(index: FactIndex, analysis: QueryAnalysis, lang: 'nb' | 'en'): WeightedWord[] {
  return analysis.words.map((word) => ({ word, weight: index.idf(word.stem, lang) }));
}
