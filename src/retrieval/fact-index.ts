// The facts, indexed once at start-up for both languages: Norwegian terms (stems and compound parts)
// of each fact's sentence, its report quote and its topic's name; English terms of its `en` sentence.
// Searching scores every fact that shares a term with the question by coverage — the idf-weighted
// share of the question's words the fact contains (relevance.ts) — with BM25 to break ties. The
// questions a fact answers, in people's words (its `asked`), lend it their words at a lower credit, so
// "angrer" finds "ombestemmer seg" without the fact's own words being diluted.
import type { Fact } from '../catalogue/facts';
import type { Topic } from '../catalogue/topics';
import type { AnalyzedWord, Analyzer, QueryAnalysis, QueryWord } from './analyzer';
import { Bm25Index, ScoreBuffer, TermIds, topIndices } from './bm25';
import { descending, partsCredit, synonymCredit } from './relevance';
import type { EnglishAnalyzer } from './english';
import { sortStable } from './sort';
import { itemsByTerm } from './inverted';

export interface FactMatch {
  fact: Fact;
  /** Where the fact is in FactIndex.facts. */
  position: number;
  /** 0–1: idf-weighted share of the question's words found in the fact. */
  coverage: number;
  /** BM25 of the question against the fact's sentence, plus that against its asked questions at ASKED_CREDIT: breaks ties in coverage. */
  bm25: number;
  /** Credit (0–1) per question word, in the order of analysis.words. */
  credits: Float64Array;
}

export interface WeightedWord {
  word: QueryWord;
  /** The word's weight in coverage (idf, lowered for generic words by the caller). */
  weight: number;
}

/** Per term (by its number in the side's TermIds), the positions of the facts whose term set has it. */
type Postings = ReadonlyArray<Int32Array | undefined>;

interface Side {
  /** The numbers of every term of the side's indexes and postings: a question's terms are looked up once. */
  ids: TermIds;
  terms: Postings;
  /**
   * Words a fact is read with: its report section's heading, and the other facts about the same
   * organisation (a fact about LEIDA is read knowing what LEIDA is).
   */
  context: Postings;
  /** Terms of the questions the fact answers, in people's words (asked / askedEn). */
  asked: Postings;
  bm25: Bm25Index;
  askedBm25: Bm25Index;
  /** What the two indexes score a search into. */
  scores: ScoreBuffer;
  askedScores: ScoreBuffer;
  /** Per term number, 1 for the terms of the two BM25 indexes (what has() asks, once per question word and part). */
  known: Uint8Array;
  /**
   * Terms a fact has only as the first part of a compound ("lønn" in "lønnsnivå", "lærling" in "lærlingeplasser"):
   * what the compound is of, not what it names.
   */
  modifiers: Postings;
}

/** Credit for a question word a fact has only as the first part of a compound. */
const MODIFIER_CREDIT = 0.6;

/** Facts with the best BM25 scores that are scored by coverage (the rest share too little with the question). */
const CANDIDATES = 50;

/** Credit for a word found only in a fact's context (see Side.context). */
const CONTEXT_CREDIT = 0.5;

/** Credit for a word found only in the questions a fact answers (see Side.asked). */
export const ASKED_CREDIT = 0.9;

/** Facts whose asked questions share most with the question, added as candidates. */
const ASKED_CANDIDATES = 20;

export interface FactIndex {
  facts: readonly Fact[];
  /** idf of a term among the facts of one language; unknown terms get the highest idf. */
  idf(term: string, lang: 'nb' | 'en'): number;
  /** True when some fact has the term (in its sentence or its asked questions). */
  has(term: string, lang: 'nb' | 'en'): boolean;
  /** True when some fact's own sentence has the term. */
  stated(term: string, lang: 'nb' | 'en'): boolean;
  /** How many facts have the term together with one of the others (in their sentence or their asked questions). */
  together(term: string, others: readonly string[], lang: 'nb' | 'en'): number;
  /**
   * The facts sharing most terms with the question (by BM25), and the facts `also` names (e.g. the
   * facts of the topics it names, which may share no word with it), best coverage first. `lent` says
   * which of the question's words a fact's asked questions may credit (default all).
   */
  search(analysis: QueryAnalysis, weights: readonly number[], lang: 'nb' | 'en', also?: readonly number[], lent?: readonly boolean[]): FactMatch[];
  /** The matches search() finds, in the order it takes them (for a caller that orders them by more than coverage). */
  matches(analysis: QueryAnalysis, weights: readonly number[], lang: 'nb' | 'en', also?: readonly number[], lent?: readonly boolean[]): FactMatch[];
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
    const modifiers: Set<string>[] = [];
    const tfs: Map<string, number>[] = [];
    const lengths: number[] = [];
    const asked: Set<string>[] = [];
    const askedTfs: Map<string, number>[] = [];
    const askedLengths: number[] = [];
    for (const f of facts) {
      const questions = (lang === 'nb' ? f.asked : f.askedEn)?.join(' \n ') ?? '';
      const analyzer = lang === 'nb' ? nb : en;
      askedTfs.push(analyzer.documentTerms(questions));
      asked.push(analyzer.stemSet(questions));
      askedLengths.push(Math.max(1, lang === 'nb' ? nb.words(questions).length : en.stems(questions).length));
      if (lang === 'nb') {
        const text = nbText(f);
        tfs.push(nb.documentTerms(text));
        terms.push(nb.stemSet(text));
        modifiers.push(modifiersOf(nb.words(text)));
        lengths.push(Math.max(1, nb.words(text).length));
      } else {
        const text = enText(f);
        tfs.push(en.documentTerms(text));
        terms.push(en.stemSet(text));
        modifiers.push(new Set<string>());
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
    const ids = new TermIds();
    const bm25 = new Bm25Index(tfs, lengths, { ids });
    const askedBm25 = new Bm25Index(askedTfs, askedLengths, { ids });
    const known = Uint8Array.from({ length: ids.size }, (_, id) => (bm25.dfAt(id) > 0 || askedBm25.dfAt(id) > 0 ? 1 : 0));
    return {
      ids,
      terms: postingsOf(terms, ids),
      context: postingsOf(context, ids),
      asked: postingsOf(asked, ids),
      modifiers: postingsOf(modifiers, ids),
      bm25,
      askedBm25,
      scores: new ScoreBuffer(facts.length),
      askedScores: new ScoreBuffer(facts.length),
      known,
    };
  };
  const sides = { nb: build('nb'), en: build('en') };
  const credit = new Credits(facts.length);
  const buffers = {
    own: new Float64Array(facts.length),
    asked: new Float64Array(facts.length),
    context: new Float64Array(facts.length),
    norwegian: new Float64Array(facts.length),
    english: new Float64Array(facts.length),
  };
  /** Per fact, 1 while it is among a search's candidates. */
  const seen = new Uint8Array(facts.length);
  const byTopic = new Map<string, number[]>();
  facts.forEach((f, i) => byTopic.set(f.topic, [...(byTopic.get(f.topic) ?? []), i]));

  /** The matches a search finds, in the order it takes them (see FactIndex.matches). */
  const matches = (analysis: QueryAnalysis, weights: readonly number[], lang: 'nb' | 'en', also: readonly number[] = [], lent?: readonly boolean[]): FactMatch[] => {
    const side = sides[lang];
    const query = side.ids.resolve(analysis.terms);
    const { scores, matched } = side.bm25.scoreTerms(query, side.scores);
    const askedMatch = side.askedBm25.scoreTerms(query, side.askedScores);
    const askedScores = askedMatch.scores;
    const candidates: number[] = [];
    for (const list of [topIndices(scores, CANDIDATES, matched), topIndices(askedScores, ASKED_CANDIDATES, askedMatch.matched), also]) {
      for (const i of list) {
        if (seen[i] === 0) {
          seen[i] = 1;
          candidates.push(i);
        }
      }
    }
    for (const i of candidates) seen[i] = 0;
    const words = analysis.words;
    // One buffer for every candidate's credits (a row each): an array per candidate would change its kind of elements on the first fractional credit.
    const creditRows = new Float64Array(candidates.length * words.length);
    const credits = candidates.map((_, c) => creditRows.subarray(c * words.length, (c + 1) * words.length));
    // Per candidate, its credits weighted and summed word by word (in the order of the words).
    const got = new Float64Array(candidates.length);
    credit.mark(candidates);
    try {
      for (let k = 0; k < words.length; k++) {
        const w = words[k];
        const weight = weights[k] ?? 0;
        // The word's credit in each set, for every candidate at once.
        const word = wordTerms(w, side.ids);
        const own = credit.of(word, side.terms, candidates.length, buffers.own, side.modifiers);
        const asked = lent?.[k] === false ? undefined : credit.of(word, side.asked, candidates.length, buffers.asked);
        const context = credit.of(word, side.context, candidates.length, buffers.context);
        // A Norwegian word in an English question is found in the facts' Norwegian sentences.
        const norwegian = w.norwegian ? credit.of(wordTerms(w.norwegian, sides.nb.ids), sides.nb.terms, candidates.length, buffers.norwegian) : undefined;
        // And an English word in a Norwegian question in the facts' English sentences.
        const english = w.english ? credit.of(wordTerms(w.english, sides.en.ids), sides.en.terms, candidates.length, buffers.english) : undefined;
        for (let c = 0; c < candidates.length; c++) {
          const o = Math.max(own[c], norwegian === undefined ? 0 : norwegian[c], english === undefined ? 0 : english[c]);
          const best = o >= 1 ? o : Math.max(o, asked === undefined ? 0 : ASKED_CREDIT * asked[c], CONTEXT_CREDIT * context[c]);
          credits[c][k] = best;
          got[c] += best * weight;
        }
      }
    } finally {
      credit.unmark(candidates);
    }
    let total = 0;
    for (const w of weights) total += w;
    const out: FactMatch[] = [];
    for (let c = 0; c < candidates.length; c++) {
      out.push({ fact: facts[candidates[c]], position: candidates[c], coverage: total > 0 ? got[c] / total : 0, bm25: scores[candidates[c]] + ASKED_CREDIT * askedScores[candidates[c]], credits: credits[c] });
    }
    return out;
  };

  return {
    facts,
    idf: (term, lang) => {
      const { bm25, askedBm25, ids } = sides[lang];
      const id = ids.id(term);
      return (id === undefined ? undefined : (bm25.idfIfAnyAt(id) ?? askedBm25.idfIfAnyAt(id))) ?? bm25.maxIdf();
    },
    has: (term, lang) => {
      const { ids, known } = sides[lang];
      const id = ids.id(term);
      return id !== undefined && known[id] === 1;
    },
    stated: (term, lang) => {
      const { ids, bm25 } = sides[lang];
      const id = ids.id(term);
      return id !== undefined && bm25.dfAt(id) > 0;
    },
    together: (term, others, lang) => {
      const { ids, terms, asked } = sides[lang];
      const id = ids.id(term);
      if (id === undefined) return 0;
      const own = new Set<number>([...(terms[id] ?? []), ...(asked[id] ?? [])]);
      const shared = new Set<number>();
      for (const other of others) {
        const o = ids.id(other);
        if (o === undefined || o === id) continue;
        for (const list of [terms[o], asked[o]]) for (const f of list ?? []) if (own.has(f)) shared.add(f);
      }
      return shared.size;
    },
    indexedText: nbText,
    ofTopic: (topic) => byTopic.get(topic) ?? [],
    search(analysis, weights, lang, also, lent) {
      return sortStable(matches(analysis, weights, lang, also, lent), byCoverage);
    },
    matches,
  };
}

/** Best coverage first, BM25 breaking ties (search's order). */
export function byCoverage(a: FactMatch, b: FactMatch): number {
  return descending(a.coverage, b.coverage) || descending(a.bm25, b.bm25);
}

/** The postings of the sets' terms, by term number (a term the ids do not have yet is numbered). */
function postingsOf(sets: ReadonlyArray<ReadonlySet<string>>, ids: TermIds): Postings {
  const lists = [...itemsByTerm(sets)].map(([term, list]) => [ids.add(term), Int32Array.from(list)] as const);
  const postings: Array<Int32Array | undefined> = Array.from({ length: ids.size }, () => undefined);
  for (const [id, list] of lists) postings[id] = list;
  return postings;
}

/** A question word's stem, parts and synonyms by term number (undefined: no fact has the term). */
interface WordTerms {
  stem: number | undefined;
  parts: ReadonlyArray<number | undefined>;
  synonyms: ReadonlyArray<{ stems: ReadonlyArray<number | undefined>; weight: number }>;
}

/** The word's terms numbered once, for the several sets of postings it is credited in. */
function wordTerms(word: QueryWord, ids: TermIds): WordTerms {
  const id = (term: string) => ids.id(term);
  return { stem: id(word.stem), parts: word.parts.map(id), synonyms: word.synonyms.map((syn) => ({ stems: syn.stems.map(id), weight: syn.weight })) };
}

/**
 * wordCredit (relevance.ts) of one question word for each candidate fact, from the postings of the
 * word's stem, parts and synonyms in one set of terms: a few posting lists instead of a Set lookup per
 * term and fact.
 */
class Credits {
  /** Per fact, its place among the marked candidates plus one (0: not a candidate). */
  private readonly slot: Int32Array;
  /** Per candidate, how many of the terms asked about it has. */
  private readonly hits: Float64Array;
  /** Per candidate, whether it has one term. */
  private readonly has: Uint8Array;

  constructor(facts: number) {
    this.slot = new Int32Array(facts);
    this.hits = new Float64Array(facts);
    this.has = new Uint8Array(facts);
  }

  /** The candidates of one search, by their place (of() credits them in this order). */
  mark(candidates: readonly number[]): void {
    for (let c = 0; c < candidates.length; c++) this.slot[candidates[c]] = c + 1;
  }

  /** Forgets the candidates marked (after the search). */
  unmark(candidates: readonly number[]): void {
    for (let c = 0; c < candidates.length; c++) this.slot[candidates[c]] = 0;
  }

  /** Credits of the first `count` marked candidates, by place, written into `out`. */
  of(word: WordTerms, postings: Postings, count: number, out: Float64Array, modifiers?: Postings): Float64Array {
    const { hits, slot } = this;
    out.fill(0, 0, count);
    if (word.parts.length > 0) {
      // The parts before the last are counted, the last (what the compound names) marked apart.
      const n = word.parts.length;
      this.count(word.parts, postings, count, n - 1);
      const last = word.parts[n - 1];
      const head = this.marked(last === undefined ? undefined : postings[last], count);
      for (let c = 0; c < count; c++) out[c] = partsCredit(hits[c] + head[c], n, head[c] === 1);
    }
    for (const syn of word.synonyms) {
      if (syn.stems.length === 0) continue;
      this.count(syn.stems, postings, count);
      const credit = synonymCredit(syn.weight);
      for (let c = 0; c < count; c++) if (hits[c] === syn.stems.length) out[c] = Math.max(out[c], credit);
    }
    const own = word.stem === undefined ? undefined : postings[word.stem];
    if (own) {
      // (A fact that has the word only as what one of its compounds is of, "lønnsnivå" for "lønn", has it in part.)
      const partOnly = modifiers && word.stem !== undefined ? this.marked(modifiers[word.stem], count) : undefined;
      for (let j = 0; j < own.length; j++) {
        const c = slot[own[j]] - 1;
        if (c >= 0) out[c] = partOnly?.[c] === 1 ? Math.max(out[c], MODIFIER_CREDIT) : 1;
      }
    }
    return out;
  }

  /** Per candidate, 1 when the posting list has it. */
  private marked(list: Int32Array | undefined, count: number): Uint8Array {
    const { has, slot } = this;
    has.fill(0, 0, count);
    if (list) {
      for (let j = 0; j < list.length; j++) {
        const c = slot[list[j]] - 1;
        if (c >= 0) has[c] = 1;
      }
    }
    return has;
  }

  /** Per candidate, how many of the terms (the first `upTo` of them) it has (into `hits`). */
  private count(terms: ReadonlyArray<number | undefined>, postings: Postings, count: number, upTo = terms.length): void {
    const { hits, slot } = this;
    hits.fill(0, 0, count);
    for (let k = 0; k < upTo; k++) {
      const t = terms[k];
      const list = t === undefined ? undefined : postings[t];
      if (!list) continue;
      for (let j = 0; j < list.length; j++) {
        const c = slot[list[j]] - 1;
        if (c >= 0) hits[c] += 1;
      }
    }
  }
}

/** For tests and tools: the weights a plain search would use (idf of every word). */
export function idfWeights(index: FactIndex, analysis: QueryAnalysis, lang: 'nb' | 'en'): WeightedWord[] {
  return analysis.words.map((word) => ({ word, weight: index.idf(word.stem, lang) }));
}

/** The terms a text's words have only as a compound's first parts, never as a word or a compound's last part. */
function modifiersOf(words: readonly AnalyzedWord[]): Set<string> {
  const first = new Set<string>();
  const whole = new Set<string>();
  for (const w of words) {
    whole.add(w.stem);
    if (w.parts.length < 2) continue;
    whole.add(w.parts[w.parts.length - 1]);
    for (const p of w.parts.slice(0, -1)) first.add(p);
  }
  for (const t of whole) first.delete(t);
  return first;
}
