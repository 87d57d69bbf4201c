// Builds the question answering stack from knowledge/, once at start-up: the reports and their passage
// index (the long tail), the fact base and its index, the question reader (typo corrector, topic and
// place matchers, cues), the rules engine, and the answerer over all of them. The bot, `npm run ask`,
// the benches and the tests all build it here.
import { loadCatalogue } from '../catalogue/loader';
import type { Offer, Profile } from '../catalogue/schema';
import { loadSources, type SourceDocument } from '../catalogue/sources';
import { loadTopics, type Topic } from '../catalogue/topics';
import type { RulesKnowledge } from '../catalogue/types';
import { foldText, normalizeForMatching } from '../normalise';
import { memoize } from '../memo';
import { loadUnderstandingLexicon, type UnderstandingLexicon } from '../catalogue/lexicon';
import { abroadVocabulary, createUnderstander } from '../nlu';
import { EnglishAnalyzer, englishKnowledgeTexts, loadEnglishLexicon, stemEnglish } from '../retrieval/english';
import { stemNorwegian } from '../retrieval/stemmer';
import { buildFactIndex, type FactIndex } from '../retrieval/fact-index';
import { loadLexicon, type Lexicon } from '../retrieval/lexicon';
import { buildRetriever, type LexicalRetriever } from '../retrieval/retriever';
import { SpellingCorrector } from '../retrieval/spelling';
import { TopicMatcher } from '../retrieval/topic-matcher';
import { primaryCitation, type Fact } from '../catalogue/facts';
import type { Passage } from '../retrieval/types';
import { stripUrls, wordTokens } from '../retrieval/text';
import { assessPath } from '../../knowledge/rules/assess';
import { findOffers, regionCounties } from '../../knowledge/rules/offers';
import { loadQuestionCues, type ListClass } from './cues';
import { ExtractiveAnswerer } from './extractive';
import { createFactAnswerer, type FactAnswerer } from './fact-answerer';
import { createQuestionReader, type Question, type QuestionReader } from './question';
import { AskedWords, factFeatures, rankFacts, type RankedFact } from './rank';
import { createRegions, type RegionMention } from './regions';
import { createRulesAnswerer } from './rules-answer';
import { TopicBits } from './topic-bits';
import { escapeRegExp } from '../regex-union';

/** Facts the LLM sees before the report passages, and how well they must cover the question. */
const FACTS_FOR_LLM = 4;
const FACT_PASSAGE_COVERAGE = 0.3;
/** A trade named as such in a report ("kjemiprosessfaget", "automatiseringsfaget"), folded. */
const TRADE_NAME = /^\p{L}{4,}faget$/u;

export interface AnswerStack {
  sources: SourceDocument[];
  lexicon: Lexicon;
  catalogue: RulesKnowledge;
  topics: Topic[];
  retriever: LexicalRetriever;
  factIndex: FactIndex;
  reader: QuestionReader;
  /** The passage search over the reports (the long tail). */
  passages: ExtractiveAnswerer;
  answerer: FactAnswerer;
  /** The facts for a read question, best first (what the answerer chooses from). */
  rank(q: Question): RankedFact[];
  /** The facts that best answer a question as passages with their verified quotes (for the LLM prompt). */
  factPassages(question: string, limit?: number): Passage[];
  /** Milliseconds spent building it. */
  buildMs: number;
}

export interface BuildAnswererOptions {
  /** The rules knowledge, when the caller has loaded it already. */
  catalogue?: RulesKnowledge;
  /** What a message says about the person (default: src/nlu's understander over this knowledge). */
  understand?: (text: string) => Profile;
  /** The understanding lexicon, when the caller has loaded it already. */
  lexicon?: UnderstandingLexicon;
  onError?: (error: unknown) => void;
}

export function buildAnswerer(knowledgeDir: string, options: BuildAnswererOptions = {}): AnswerStack {
  const started = performance.now();
  const sources = loadSources(knowledgeDir);
  const lexicon = loadLexicon(knowledgeDir);
  const catalogue = options.catalogue ?? loadCatalogue(knowledgeDir);
  const topics = loadTopics(knowledgeDir);
  const cues = loadQuestionCues(knowledgeDir);
  const facts = catalogue.facts;

  const retriever = buildRetriever(sources, lexicon, { extraVocabulary: [...facts.map((f) => f.text), ...facts.flatMap((f) => f.asked ?? []), ...topics.flatMap((t) => t.terms)] });
  const placeIndex = catalogue.places;
  const english = new EnglishAnalyzer(loadEnglishLexicon(knowledgeDir), englishKnowledgeTexts(facts, topics, placeIndex.names.map((n) => n.name)));
  const headings = (f: Fact) =>
    [f.citation, f.alsoIn]
      .filter((c) => c !== undefined && c.source !== 'web' && c.lines)
      .flatMap((c) => retriever.headingsAt(c!.source, c!.lines as [number, number]))
      .join(' \n ');
  const factIndex = buildFactIndex(facts, topics, retriever.analyzer, english, headings);

  // The words a question may be corrected to: the reports', the facts', the topics' and the cue words.
  const vocabulary = new Map<string, number>();
  // Web addresses are left out: "videregaende" in a link is not a spelling people read.
  const count = (text: string, weight = 1) => {
    for (const t of wordTokens(normalizeForMatching(stripUrls(text)))) if (/^\p{L}+$/u.test(t)) vocabulary.set(t, (vocabulary.get(t) ?? 0) + weight);
  };
  for (const doc of sources) for (const line of doc.lines) count(line);
  const preferred = new Set<string>();
  for (const f of facts) {
    count(f.text, 3);
    for (const q of f.asked ?? []) count(q);
    for (const t of wordTokens(normalizeForMatching(f.text))) preferred.add(t);
  }
  for (const t of topics) {
    for (const term of t.terms) {
      count(term, 5);
      for (const w of wordTokens(normalizeForMatching(term))) preferred.add(w);
    }
  }
  for (const w of [...lexicon.stopwords, ...cues.domain, ...cues.generic]) count(w, 2);
  // The words for trades and workplaces ("maler", "sykehjem") and the names of places are real words people
  // use about themselves: known, and read as typed ("Kristiansand" is no "Kristiansund").
  const understanding = options.lexicon ?? loadUnderstandingLexicon(knowledgeDir);
  const workWords = tradeWords(understanding);
  const placeNames = placeIndex.names.filter((n) => !n.ordinaryWord).flatMap((n) => wordTokens(normalizeForMatching(n.name)));
  for (const w of [...workWords, ...placeNames]) count(w);
  const spelling = new SpellingCorrector(vocabulary, { preferred, asTyped: new Set([...cues.everyday, ...workWords, ...placeNames]) });

  const regions = createRegions(placeIndex);
  // The names of trades as such ("sveisefaget", "elektrofag"), not the everyday words among the aliases ("lager").
  const tradeNames = new Set(understanding.trades.trades.flatMap((t) => [t.name, ...t.aliases]).filter((t) => /^\p{L}+fag(?:et)?$/u.test(t)));
  const tradeTitles = tradeTitlePattern(understanding, facts);
  const reader = createQuestionReader({
    analyzer: retriever.analyzer,
    english,
    spelling,
    topics,
    cues,
    regions,
    // Norwegian words weigh by how rare they are in the reports (the facts are too few to tell); a word
    // neither has weighs most, since a question about it is one the sources cannot answer.
    idf: (term, lang) => (lang === 'nb' ? (retriever.idf(term) ?? factIndex.idf(term, lang)) : factIndex.idf(term, lang)),
    has: (term, lang) => factIndex.has(term, lang),
    stated: (term, lang) => factIndex.stated(term, lang),
    together: (term, others, lang) => factIndex.together(term, others, lang),
    extractProfile: options.understand ?? understanderFor(catalogue, understanding),
    workWords: new Set(workWords),
    workplaces: new Set(workplaceWords(understanding)),
    abroadWords: abroadVocabulary(understanding.abroad, catalogue.places),
    tradeNames,
    tradeTitles,
  });
  const passages = new ExtractiveAnswerer({ retriever, documents: sources, cues: lexicon.answerCues });
  // The rules word their reasons from a few templates, so the same reasons come back question after question.
  const reasonStems = memoize((text: string): ReadonlySet<string> => retriever.analyzer.stemSet(text), 5_000);
  // A reason speaks to a question by the weight of the question's own words it has.
  const relevance = (q: Question, text: string) => {
    const stems = reasonStems(text);
    // Every reason is about the path, so the words naming it tell nothing; a number ("80 %") tells much, also
    // one the person told about themselves ("Jeg er 20 år …": the reason on age reads it).
    // (Numbers weigh alike: how rare "20" is in the reports says nothing about a reason that reads it.)
    // A compound speaks by the share of its parts the reason has ("praksiskrav" to a reason on "praksis"), even one
    // read as generic for its generic part ("krav").
    const compoundShare = (i: number): number => {
      const parts = q.analysis.words[i].parts;
      return parts.length < 2 ? 0 : parts.filter((p) => stems.has(p)).length / parts.length;
    };
    const speaks = (w: Question['words'][number], i: number): number => {
      if (w.topics.length > 0 || (!w.numeric && w.story)) return 0;
      if (stems.has(w.stem)) return w.numeric ? 1 : w.generic ? 0 : w.weight;
      return w.numeric ? 0 : w.weight * compoundShare(i);
    };
    return q.words.reduce((sum, w, i) => sum + speaks(w, i), 0);
  };
  const rules = createRulesAnswerer(catalogue, (profile, path, lang) => assessPath(profile, catalogue, path, { lang }), relevance);
  // The thing counted is matched on the plain stem and compound parts of a word, stop word or not ("5 år").
  const stems = (word: string, lang: 'nb' | 'en') => {
    if (lang === 'en') return new Set([stemEnglish(word)]);
    const parts = retriever.analyzer.decompounder.split(word) ?? [];
    return new Set([stemNorwegian(word), ...parts.map(stemNorwegian)]);
  };
  // What each fact is about: its own topic when that is a named scheme, and the topics its sentences name.
  const schemes = new Set(topics.filter((t) => t.scheme).map((t) => t.id));
  const broaderTopics = new Map(topics.map((t) => [t.id, t.partOf]));
  const matchers = { nb: new TopicMatcher(topics, 'nb'), en: new TopicMatcher(topics, 'en') };
  // By position in the fact index (it indexes `facts` in order; ranking asks per candidate).
  const about = (lang: 'nb' | 'en'): ReadonlySet<string>[] =>
    facts.map((f) => {
      // A pilot's or an organisation's fact is about the scheme its name names ("Kompetansepilot Trøndelag").
      const scope = f.scope === null ? '' : Object.values(f.scope).join(' ');
      // The report a fact comes from says what it is about too ("BattKOMP 3 … Behov for batterifag …").
      const report = primaryCitation(f).title;
      const text = `${lang === 'en' ? f.en : factIndex.indexedText(f)} \n ${scope} \n ${report}`;
      // Only named schemes count when a sentence names them; a broad topic's words ("midler", "støtte") are just words.
      const named = matchers[lang].match(TopicMatcher.tokens(text)).map((h) => h.topic).filter((t) => schemes.has(t));
      // The topic a whole report is about is what each of its facts is about ("… Behov for batterifag …": the battery industry).
      const reportTopics = matchers.nb.match(TopicMatcher.tokens(report)).map((h) => h.topic);
      const own = [...(schemes.has(f.topic) ? [f.topic] : []), ...named, ...reportTopics];
      // A fact about Batterifagskolen is about fagskole too.
      return new Set([...own, ...own.flatMap((t) => broaderTopics.get(t) ?? [])]);
    });
  const aboutSets = { nb: about('nb'), en: about('en') };
  const siblings = new Map(topics.map((t) => [t.id, topics.filter((o) => o.id !== t.id && o.partOf.some((b) => t.partOf.includes(b))).map((o) => o.id)]));
  // Every topic a fact is filed under or about has a bit: a topic without one is in no fact's mask.
  const topicBits = new TopicBits([...facts.map((f) => f.topic), ...[...aboutSets.nb, ...aboutSets.en].flatMap((set) => [...set])]);
  const aboutAt = { nb: aboutSets.nb.map((set) => topicBits.of(set)), en: aboutSets.en.map((set) => topicBits.of(set)) };
  const filedUnderAt = facts.map((f) => topicBits.of([f.topic]));
  const referral = new Map(
    // Whole-word stems only: a compound's parts ("karriere" in "karrieresenter") are in every fact on the topic.
    topics.map((t) => [t.id, new Set(t.referral.flatMap((kind) => (cues.referralWords[kind] ?? []).map((w) => stemNorwegian(w.toLowerCase()))))]),
  );
  const textStems = (text: string, lang: 'nb' | 'en') => (lang === 'en' ? english.stemSet(text) : retriever.analyzer.stemSet(text));
  // Per topic, its general facts that say whom to turn to about it (a karrieresenter, the county …): a fact on whom to
  // contact, how to apply or where, naming one (not "… kan fylkeskommunen godkjenne kortere praksis", a requirement).
  const wholeWords = (text: string) => new Set(wordTokens(normalizeForMatching(text)));
  const REFERRAL_FACETS = ['contact', 'how-to-apply', 'where'];
  const referralFactsOf = new Map(
    topics.map((t) => {
      const named = new Set(t.referral.flatMap((kind) => cues.referralWords[kind] ?? []));
      const order = (f: Fact) => REFERRAL_FACETS.indexOf(f.facet);
      const found = facts
        .filter((f) => f.topic === t.id && f.scope === null && (f.kind === 'fact' || f.kind === 'rule') && REFERRAL_FACETS.includes(f.facet))
        .filter((f) => [...wholeWords(f.text)].some((w) => named.has(w)))
        .sort((a, b) => order(a) - order(b));
      return [t.id, found];
    }),
  );
  // The trades, counties and firms or schools a fact names, for "hvilke lærefag …", "which counties …", "hvilke bedrifter …".
  const foldedTradeNames = new Set([...tradeNames].map(foldText));
  const pathTopics: ReadonlySet<string> = new Set(catalogue.paths.map((p) => p.id));
  const members = (text: string): Record<ListClass, number> => {
    const tokens = wordTokens(foldText(text));
    const trades = new Set(tokens.filter((t) => foldedTradeNames.has(t) || TRADE_NAME.test(t)));
    const places = regions.find(tokens);
    const routes = new Set(matchers.nb.match(TopicMatcher.tokens(text)).map((h) => h.topic).filter((t) => pathTopics.has(t)));
    return { trade: trades.size, county: new Set(places.map((r) => r.region)).size, organisation: organisationNames(text, places).size, route: routes.size };
  };
  const askedWords = new AskedWords();
  // By position in the fact index, as `aboutAt`.
  const topicNames = new Map(topics.map((t) => [t.id, t.name]));
  const featuresAt = factFeatures(facts, regions, textStems, stems, members, cues.subgroups, askedWords, (fact) => topicNames.get(fact.topic));
  // Per topic, the counties some of its facts are limited to.
  const localRegions = new Map<string, string[]>();
  facts.forEach((f, i) => {
    const r = featuresAt[i].region;
    if (r) localRegions.set(f.topic, [...(localRegions.get(f.topic) ?? []), r]);
  });
  // Per topic, the facts whose sentence has a stem naming who to turn to about it.
  const namingReferral = new Map(
    topics.map((t) => {
      const named = [...(referral.get(t.id) ?? [])];
      return [t.id, new Set(facts.filter((_, i) => named.some((stem) => featuresAt[i].stems.has(stem))).map((f) => f.id))];
    }),
  );
  const rank = (q: Question) =>
    rankFacts(q, {
      index: factIndex,
      regions,
      cues,
      topicsOf: (position, lang) => aboutAt[lang][position],
      topicOf: (position) => filedUnderAt[position],
      topicBits,
      schemes,
      namesReferral: (fact, topic) => namingReferral.get(topic)?.has(fact.id) === true,
      askedWords,
      features: (position) => featuresAt[position],
      siblings,
    });
  const answerer = createFactAnswerer({
    reader,
    rank,
    rules,
    passages,
    topics,
    referralFacts: (topic) => referralFactsOf.get(topic) ?? [],
    topicsIn: (text) => new Set(matchers.nb.match(TopicMatcher.tokens(text)).map((h) => h.topic)),
    stems: (text) => retriever.analyzer.stemSet(text),
    contacts: catalogue.contacts,
    regions,
    hasLocalFacts: (topic, region) => (localRegions.get(topic) ?? []).some((r) => regions.compatible(region, r)),
    offersFor: (interests, region, withNationwide) => offersFor(catalogue, interests, region, withNationwide),
    onError: options.onError,
  });
  const factPassages = (question: string, limit = FACTS_FOR_LLM): Passage[] =>
    rank(reader.read(question))
      .filter((r) => r.coverage >= FACT_PASSAGE_COVERAGE)
      .slice(0, limit)
      .map(({ fact }) => {
        const c = primaryCitation(fact);
        return {
          id: `fact:${fact.id}`,
          source: c.source,
          title: c.title,
          lines: c.lines,
          url: c.url,
          text: fact.text,
          score: 1,
          // The quote is the only sentence, so a citation of this passage quotes what kb:check verified.
          sentences: [{ text: c.quote, lines: c.lines }],
        };
      });
  return { sources, lexicon, catalogue, topics, retriever, factIndex, reader, passages, answerer, rank, factPassages, buildMs: performance.now() - started };
}

function understanderFor(catalogue: RulesKnowledge, lexicon: UnderstandingLexicon): (text: string) => Profile {
  const understander = createUnderstander(catalogue.places, lexicon);
  return (text) => understander.understand(text).profile;
}

/**
 * The names a fact gives firms, schools and bodies ("Elkem", "Fagskolen i Agder", "NAV"): its capitalised words
 * after the first, other than the places it names (`places`, over its folded words).
 */
function organisationNames(text: string, places: readonly RegionMention[]): Set<string> {
  const words = wordTokens(text);
  const inPlace = new Set(places.flatMap((p) => p.tokens));
  return new Set(words.filter((w, i) => i > 0 && !inPlace.has(i) && /^\p{Lu}/u.test(w)));
}

/** The words of trades that name a workplace or field ("lager", "barnehage", "vinmonopolet"), not also a person's occupation ("kokk"). */
function workplaceWords(lexicon: UnderstandingLexicon): string[] {
  const file = lexicon.trades;
  const occupations = new Set(oneWordTerms([...file.genericRoles, ...file.notTrades, ...file.trades.flatMap((t) => t.titles)]));
  return oneWordTerms([...(file.otherFieldWorkplaces ?? []), ...file.trades.flatMap((t) => [...t.aliases, ...t.workplaces])]).filter((t) => !occupations.has(t));
}

/** The one-word names of trades, titles and workplaces in the understanding lexicon (Norwegian). */
function tradeWords(lexicon: UnderstandingLexicon): string[] {
  const file = lexicon.trades;
  const terms = [
    ...file.genericRoles,
    ...file.notTrades,
    ...(file.otherFieldWorkplaces ?? []),
    ...file.trades.flatMap((t) => [t.name, ...t.aliases, ...t.titles, ...t.workplaces]),
  ];
  return oneWordTerms(terms);
}

/** The names, aliases and titles of trades of several words that no fact writes, longest first, as one global pattern. */
function tradeTitlePattern(lexicon: UnderstandingLexicon, facts: readonly Fact[]): RegExp {
  const written = facts.map((f) => f.text.toLowerCase()).join('\n');
  const titles = [...new Set(lexicon.trades.trades.flatMap((t) => [t.name, ...t.aliases, ...t.titles]).map((t) => t.toLowerCase()))]
    .filter((t) => /[\s-]/u.test(t) && !written.includes(t))
    .sort((a, b) => b.length - a.length);
  const escaped = titles.map(escapeRegExp);
  return new RegExp(`(?<!\\p{L})(?:${escaped.join('|') || '(?!)'})(?!\\p{L})`, 'gu');
}

/** The terms of one word, lower case, each once. */
function oneWordTerms(terms: readonly string[]): string[] {
  return [...new Set(terms.map((t) => t.toLowerCase()).filter((t) => /^\p{L}+$/u.test(t)))];
}

/**
 * The offers of the course catalogue (knowledge/offers.json) on any of the interests, in the region or for the whole
 * country, as the course finder finds them (ongoing before pilots and proposals), those on more of the interests first.
 * With no interest, every offer of the region itself (none for the whole country: that would be all of them, unless
 * `withNationwide` asks for them too).
 */
function offersFor(catalogue: RulesKnowledge, interests: readonly string[], region: string | undefined, withNationwide = false): Offer[] {
  const found = new Map<Offer, number>();
  for (const topic of interests.length > 0 ? interests : region ? [undefined] : []) {
    for (const offer of findOffers({ topic, region }, catalogue.offers, catalogue)) found.set(offer, (found.get(offer) ?? 0) + 1);
  }
  const offers = [...found.keys()].sort((a, b) => (found.get(b) ?? 0) - (found.get(a) ?? 0));
  return interests.length > 0 || withNationwide ? offers : offers.filter((offer) => regionCounties(offer.region, catalogue) !== 'national');
}
