// Which facts answer a question, best first, and whether the best one answers what was asked.
// A fact's score is its coverage of the question's words (topic words count when the fact is about
// that topic; a place counts when the fact applies there), plus small preferences: the facet asked
// for, the topic named, a rule over a report's recommendation unless recommendations are asked for,
// a general fact over one county's when no county is named. A fact answers only if it also holds the
// value asked for (a number, a price, a length of time, a date), covers the word the question is
// about, and agrees with the years the question names.
import type { Fact } from '../catalogue/facts';
import type { FactIndex } from '../retrieval/fact-index';
import { wordCredit } from '../retrieval/relevance';
import type { QuestionCues } from './cues';
import type { Question } from './question';
import type { Regions } from './regions';
import { hasCount, hasValue } from './values';

export interface RankedFact {
  fact: Fact;
  coverage: number;
  score: number;
  /** Holds the value, covers the focus word and agrees with the years. */
  answers: boolean;
  /** The fact is about a topic the question names. */
  onTopic: boolean;
}

/** A sentence that defines its subject: "Batterifagskolen er et bransjeprogram …", "Modulstrukturert opplæring betyr at …". */
const DEFINITION = /^(?:[\p{L}\d-]+ ){1,4}(?:er|var|betyr|innebærer) (?:en|et|ei|at|ein|eit)\b/u;

/** How many items a sentence lists: the commas and "og"/"eller" between them. */
function listItems(text: string): number {
  return (text.match(/, (?=\p{L})| (?:og|eller|and|or) (?=\p{L})/gu) ?? []).length;
}

export const RANKING = {
  /** A fact about a place the question does not name, when the question names another. */
  otherPlaceCredit: 0,
  /** A general fact for a question that names a place. */
  generalFactPlaceCredit: 0.5,
  facetBonus: 0.06,
  /** A fact filed under a topic the question names … */
  topicBonus: 0.08,
  /** … or one that only names it. */
  mentionBonus: 0.04,
  /** For where/contact/how-to-apply: a fact naming who to turn to about the question's topic (karrieresenter, fylkeskommunen …). */
  referralBonus: 0.06,
  /** Recommendations and proposals, unless the question asks what someone recommends. */
  recommendationPenalty: 0.05,
  /** Per item a fact lists ("LO, NHO, KS og NTNU"), for a question asking which or who, up to three. */
  listItemBonus: 0.03,
  /** "X er et …", "X betyr at …" for a question that asks what something is. */
  definitionBonus: 0.08,
  /** A county's or pilot's fact for a question that names no place. */
  localFactPenalty: 0.08,
  /** A fact on another topic than the ones the question names (twice that when it names a scheme). */
  offTopicPenalty: 0.1,
  /** Below this coverage a fact does not answer. */
  minCoverage: 0.55,
  /** Added in proportion to the best passage search score of the report lines a fact cites. */
  passageBonus: 0.1,
  /** Share of the best BM25 score added to break ties between equally covering facts. */
  bm25Share: 0.1,
  /** The focus word must be matched at least this well. */
  minFocusCredit: 0.8,
} as const;

export interface RankDeps {
  index: FactIndex;
  regions: Regions;
  cues: QuestionCues;
  /** The topics a fact is about or names (its own topic when that is a named scheme, and every topic its sentences name). */
  topicsOf(fact: Fact, lang: 'nb' | 'en'): ReadonlySet<string>;
  /**
   * The report passages that best match the question, with their share of the best score: a fact whose
   * lines lie in a passage that matches the whole question (its heading, its neighbours) is likelier
   * the one meant.
   */
  passages?(q: Question): ReadonlyArray<{ source: string; lines: [number, number]; share: number }>;
  /** Stems of a word in the question's language (to match the thing counted). */
  stems(word: string, lang: 'nb' | 'en'): Set<string>;
  /** Named schemes (topics whose facts are about them without repeating the name). */
  schemes: ReadonlySet<string>;
  /** Stems naming who to turn to about a topic (its referral contacts). */
  referralStems(topic: string): ReadonlySet<string>;
  /** Stems of a fact's sentence. */
  factStems(fact: Fact): ReadonlySet<string>;
}

export function rankFacts(q: Question, deps: RankDeps, profileRegion?: string): RankedFact[] {
  const { index, regions } = deps;
  const weights = q.words.map((w) => w.weight);
  const total = weights.reduce((a, w) => a + w, 0);
  const matches = index.search(q.analysis, weights, q.lang);
  const topicIds = new Set(q.topics.map((t) => t.topic));
  const questionRegions = q.regions.map((r) => r.region);
  if (questionRegions.length === 0 && profileRegion) questionRegions.push(profileRegion);
  const focusWord = q.focus !== undefined ? q.analysis.words[q.focus] : undefined;
  const share = /\b(?:andel|prosent|del|share|percent|percentage)\b/u.test(q.folded);
  const namesScheme = q.topics.some((t) => deps.schemes.has(t.topic));
  const referralStems =
    q.facet === 'where' || q.facet === 'contact' || q.facet === 'how-to-apply'
      ? new Set(q.topics.flatMap((t) => [...deps.referralStems(t.topic)]))
      : new Set<string>();

  const bestBm25 = matches.reduce((a, m) => Math.max(a, m.bm25), 0) || 1;
  const passages = deps.passages?.(q) ?? [];
  const passageShare = (f: Fact): number => {
    let best = 0;
    for (const c of [f.citation, f.alsoIn]) {
      if (!c || !c.lines) continue;
      const [a, b] = c.lines;
      for (const p of passages) if (p.source === c.source && p.lines[0] <= b && p.lines[1] >= a && p.share > best) best = p.share;
    }
    return best;
  };
  return matches
    .map((m): RankedFact => {
      const f = m.fact;
      const about = deps.topicsOf(f, q.lang);
      const onTopic = topicIds.has(f.topic) || [...topicIds].some((t) => about.has(t));
      const factRegion = regions.ofFact(f);
      const placeCredit =
        questionRegions.length === 0
          ? 0
          : factRegion === undefined
            ? RANKING.generalFactPlaceCredit
            : questionRegions.some((r) => regions.compatible(r, factRegion))
              ? 1
              : RANKING.otherPlaceCredit;
      let got = 0;
      m.credits.forEach((credit, i) => {
        const w = q.words[i];
        let c = credit;
        if (w.place) c = placeCredit;
        else if (w.topics.some((t) => about.has(t))) c = 1;
        got += c * w.weight;
      });
      const coverage = total > 0 ? got / total : 0;

      let score = coverage + RANKING.bm25Share * (m.bm25 / bestBm25) + RANKING.passageBonus * passageShare(f);
      if (q.facet && f.facet === q.facet) score += RANKING.facetBonus;
      if (q.facet === 'what-is' && DEFINITION.test(f.text)) score += RANKING.definitionBonus;
      if (q.asksForList) score += RANKING.listItemBonus * Math.min(3, listItems(f.text));
      if (topicIds.has(f.topic)) score += RANKING.topicBonus;
      else if (onTopic) score += RANKING.mentionBonus;
      else if (topicIds.size > 0) score -= namesScheme ? RANKING.offTopicPenalty * 2 : RANKING.offTopicPenalty;
      if (referralStems.size > 0 && [...referralStems].some((s) => deps.factStems(f).has(s))) score += RANKING.referralBonus;
      if ((f.kind === 'recommendation' || f.kind === 'proposal') && !q.asksRecommendation) score -= RANKING.recommendationPenalty;
      if (factRegion !== undefined && questionRegions.length === 0) score -= RANKING.localFactPenalty;
      if (factRegion !== undefined && questionRegions.length > 0 && placeCredit === 0) score -= RANKING.localFactPenalty * 2;

      const text = q.lang === 'en' ? f.en : f.text;
      let answers = coverage >= RANKING.minCoverage;
      if (answers && focusWord && q.words[q.focus ?? -1]?.topics.length === 0) {
        const focusIndex = q.focus ?? -1;
        answers = (m.credits[focusIndex] ?? 0) >= RANKING.minFocusCredit || (q.words[focusIndex]?.place === true && placeCredit === 1);
      }
      if (answers && q.value) {
        if (q.value === 'count') {
          const counted =
            focusWord && !q.words[q.focus ?? -1]?.generic
              ? (word: string) => wordCredit(focusWord, deps.stems(word, q.lang)) >= RANKING.minFocusCredit
              : undefined;
          answers = hasCount(text, { isCounted: counted, countable: deps.cues.countable, share });
        } else if (q.value === 'amount') {
          answers = hasValue(text, 'amount') && hasValue(text, 'cost');
        } else {
          answers = hasValue(text, q.value);
        }
      }
      if (answers && q.years.length > 0) {
        answers = q.years.every((y) => f.year === y || f.text.includes(String(y)));
      }
      return { fact: f, coverage, score, answers, onTopic };
    })
    .sort((a, b) => b.score - a.score || b.coverage - a.coverage);
}
