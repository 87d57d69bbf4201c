// The default answerer: answers the question that was asked, from the fact base.
//   1. The guard declines prompt injection, empty input and obvious small talk.
//   2. The question is read (question.ts): language, topics, facet, yes/no, the person's situation.
//   3. A yes/no about the person's own situation is decided by the rules engine (rules-answer.ts).
//   4. Otherwise the best fact that answers the facet leads, with at most two supporting facts.
//   5. No fact answers a question whether there are courses or offers: the course catalogue's offers on it.
//      No fact answers anything else: the passage search over the reports (the long tail), held to the same test.
//   6. Still nothing: a question on a known topic gets "the sources do not say" with what is known and
//      who can answer (gap); a question about education or work without a topic the same without facts;
//      anything else the scope message.
import { PATH_IDS, type AskResult, type Offer } from '../catalogue/schema';
import { factCitations, type Facet, type Fact } from '../catalogue/facts';
import type { Contact } from '../catalogue/types';
import type { Topic } from '../catalogue/topics';
import { en } from '../text/en';
import { nb } from '../text/nb';
import { QUESTION_READ_CHARS } from '../limits';
import { foldText } from '../normalise';
import { truncateText } from '../retrieval/text';
import { compose, factStatement, type AnswerTexts, type Listed, type Statement } from './compose';
import type { ExtractiveAnswerer } from './extractive';
import { checkQuestion, type GuardVerdict } from './guard';
import { isCaseNote } from '../nlu/case-note';
import { SENTENCE_END, asksBeyondTopics, type Lang, type Question, type QuestionReader } from './question';
import { RANKING, type RankedFact } from './rank';
import type { Regions } from './regions';
import { asksCertificateForPracticeAbroad, type RulesAnswerer } from './rules-answer';
import type { AnswerOptions, Answerer } from './types';
import { hasValue } from './values';
import type { ValueKind } from './cues';
import { escapeRegExp } from '../regex-union';

export interface FactAnswererDeps {
  reader: QuestionReader;
  rank(q: Question): RankedFact[];
  rules: RulesAnswerer;
  /** The passage search over the reports, for questions no fact answers. */
  passages?: ExtractiveAnswerer;
  topics: readonly Topic[];
  /** The topics a text names (to check that a report sentence is about the scheme asked about). */
  topicsIn(text: string): ReadonlySet<string>;
  /** Norwegian stems of a text. */
  stems(text: string): ReadonlySet<string>;
  /** The general facts of a topic that name who to turn to about it (its referral contacts), best first. */
  referralFacts(topic: string): readonly Fact[];
  contacts: readonly Contact[];
  regions: Regions;
  /** True when some fact on the topic is limited to a county that applies to the region ("Trøndelag": its own rules). */
  hasLocalFacts(topic: string, region: string): boolean;
  /**
   * The course catalogue's offers on any of these interests, in the region (a county) or for the whole country; with no
   * interests, the region's own offers only (or, `withNationwide`, those for the whole country too).
   */
  offersFor?(interests: readonly string[], region: string | undefined, withNationwide?: boolean): readonly Offer[];
  /** Told about unexpected errors (the answerer then says it does not know instead of throwing). */
  onError?: (error: unknown) => void;
}

export const ANSWER_LIMITS = {
  /** Supporting facts after the one that answers. */
  supporting: 2,
  /** A supporting fact scores at least this share of the leading one. */
  supportingShare: 0.75,
  /** Facts told about the topic when the point asked is not in the sources. */
  knownAboutTopic: 2,
  /** Below this coverage by the best fact, a question is one for the passage search. */
  longTail: 0.5,
  /** A report sentence from the passage search must cover this much of the question. */
  passageCoverage: 0.72,
} as const;

/** Those who help, named in a question (folded): "karrieresenteret", "NAV", "fylkeskommunen", "studiesenteret". */
const HELPER_NAMED = /\b(?:karrieresenter|karrieresenteret|karrieresentre|karrieresentrene|karrieresentra|nav|nav kontoret|navkontoret|fylkeskommunen|studiesenter|studiesenteret|career cent(?:er|re))\b/u;
/** A question ends at its question mark (the next may follow on the same line). */
const QUESTION_END = /(?<=\?)\s+/u;
/** A question word ("… og når kom den?"): a second question even without a comma before "og". */
const ASKING_WORD = '(?:hva|hvor|hvem|hvilke|hvilken|hvilket|hvordan|når|hvorfor|kva|kven|korleis|what|how|who|which|when|where|why)(?!\\p{L})';
/** A yes/no question's verb and who it asks about ("… and do i keep my salary?", "… og beholder jeg lønna?"). */
const ASKING_YES_NO =
  '(?:(?:do|does|did|can|could|will|would|should|must|is|are)\\s+(?:i|we|he|she|they|you|it)|(?:får|far|kan|må|ma|beholder|skal|blir|er)\\s+(?:jeg|eg|vi|me|han|hun|ho|de|dei|man))(?!\\p{L})';
/** Words a question opens with (after "og"/"and" when it follows another); a letter may not follow ("må", not "måten"). */
const OPENS_QUESTION =
  '(?:hva|hvor|hvem|hvilke|hvilken|hvilket|hvordan|når|hvorfor|kor|ka|kva|kan|er|må|får|skal|fikk|var|ble|hadde|kunne|what|how|who|which|when|where|why|is|are|do|does|can|should|will|did|was|were|had|could)(?!\\p{L})';
/**
 * A second question joined by a comma and "og"/"and": "Hvilke Vg-trinn går han gjennom, og hvilket år foregår i bedrift?"
 * (The lookahead for "og"/"and" is the lookbehind's condition tried first: most places have neither, and the lookbehind
 * reads back over three words at every place it is tried.)
 */
const JOINED_QUESTION = new RegExp(`(?:,\\s+(?:og|eller|and|or)\\s+(?=${OPENS_QUESTION})|(?=\\s+(?:og|and)\\s)(?<=\\S+\\s+\\S+\\s+\\S+)\\s+(?:og|and)\\s+(?=${ASKING_WORD}|${ASKING_YES_NO}))`, 'iu');
/** A last question typed without its question mark: "… er det han eller jeg? og hvor lenge må kontrakten vare". */
const UNMARKED_LAST_QUESTION = new RegExp(`^\\s*(?:(?:og|and)\\s+)?${OPENS_QUESTION}`, 'iu');
/**
 * A question that follows up the one before: it opens with "og", "men", "hva med", "and", "what about" …, or speaks
 * of something named before ("den", "det", "de", "it", "they", "there"), in a few words.
 */
const FOLLOW_UP = /^(?:\s*(?:og|men|så|enn|hva med|og hva med|and|but|so|what about|how about)(?!\p{L})|.*(?<!\p{L})(?:den|det|dens|denne|dette|de|dem|disse|der|it|its|they|them|their|that|this|there)(?!\p{L}))/isu;
/** A thanks or an acknowledgement opening a message, with what ends it: "takk for svaret! ", "ok, ", "thanks. ". */
const ACKNOWLEDGED_FIRST = /^\s*(?:(?:tusen |mange )?takk(?: for (?:svaret|svar|det|hjelpen|hjelpa))?|ok|okei|okay|greit|supert|flott|thanks|thank you|great)\s*[!.,:;]+\s*(?=\p{L})/iu;
/** "der", "dit", "there" ending a question: a place named before. */
const THERE = /(?<!\p{L})(der|dit|there)(?=\s*[?.!]*\s*$)/iu;
/** A follow-up short enough to be only a place or a topic ("og i Trøndelag?", "hva med Nordland da?", "what about Industrifagskolen?"). */
const NAME_FOLLOW_UP_WORDS = /^\s*(?:\S+\s+){0,5}\S+\s*$/u;
/** A question's end: its question marks and the space around them. */
const QUESTION_MARKS_AT_END = /\s*\?*\s*$/u;
const THERE_IN: Readonly<Record<string, string>> = { der: 'i', dit: 'til', there: 'in' };
/** A few words: a follow-up is short ("hvor mange har fått jobb?"); a longer message says what it is about. */
const FEW_WORDS = /^(?:\S+\s+){0,11}\S+\s*$/u;
/** Whether something is offered, read folded: "finnes det", "er det noen", "hvor kan jeg ta", "are there", "any". */
const ASKS_WHETHER_OFFERED = /\b(?:finnes|fins|finst|er det|e det|hvilke|noen|hvor kan (?:jeg|eg|man|ae)|kor kan (?:jeg|eg|man|ae)|are there|is there|any|which|where can (?:i|one))\b/u;
/** Words for an offer, read folded: "kurs", "kveldskurs", "tilbud", "studietilbud", "courses", "programmes". */
const OFFER_WORD = /\b(?:\w*kurs|kursene|kurset|\w*tilbud|tilbudene|tilbodet|etterutdanning|videreutdanning|courses?|programmes?|programs?|classes)\b/u;
/** An offer asked for online, read folded: "nettkurs", "på nett", "nettbasert", "online", "fjernundervisning", "hjemmefra". */
const ONLINE_ASKED = /\b(?:nettkurs\w*|nettstudi\w*|nettbasert\w*|nettundervisning\w*|(?:pa|over) nett(?:et)?|online|digitalt|fjernundervisning\w*|fjernstudi\w*|hjemmefra|distance learning|remote(?:ly)?)\b/u;
/** The catalogue's formats of an offer given online. */
const ONLINE_FORMATS: ReadonlySet<Offer['format']> = new Set(['online', 'nett-og-samling']);
/** When or how an offer is given, which the catalogue does not say, read folded: "kveldskurs", "i høst", "til våren", "this autumn". */
const OFFER_DETAIL = /\b(?:kveld\w*|sommer\w*|helg(?:a|en|ene|ekurs\w*|esamling\w*)?|host|hosten|vaaren|varen|neste (?:ar|semester)|evening\w*|weekend\w*|summer|autumn|spring|next (?:year|term|semester))\b/u;
/** The offers a question asks for (see offersAsked), whether it asks only by the place, and the county it asks or lives in. */
interface OffersAsked {
  offers: readonly Offer[];
  byPlace: boolean;
  region: string | undefined;
  /** Asked for online, and none of the offers is given online. */
  noneOnline: boolean;
  /** Asked on a subject no offer has ("fagskolekurs i hydrogen"): the offers found are on the question's other words. */
  subjectUnmatched: boolean;
  /** Asked only by the place, which has no offers of its own: the offers are those for the whole country. */
  noneThere: boolean;
}
/** A question asking for no offers (or none to find). */
const NO_OFFERS: OffersAsked = { offers: [], byPlace: false, region: undefined, noneOnline: false, subjectUnmatched: false, noneThere: false };
/** Offers listed at most in an answer (the course finder shows them all). */
const MAX_OFFERS = 3;
/** What a gap can name as part of a sentence (the catalogues' `gapPart`). */
type GapPart = keyof AnswerTexts['gapPart'];
const GAP_PARTS: ReadonlySet<string> = new Set<GapPart>(['cost', 'how-many', 'duration', 'when', 'contact', 'pay', 'payer', 'benefit']);
const isGapPart = (kind: string): kind is GapPart => GAP_PARTS.has(kind);
/** Questions of one message answered one by one at most. */
const MAX_QUESTIONS = 3;
/** The questions a message asks one after another (see askedEach): how many, each as read, and the fact that answers it. */
interface AskedEach {
  count(): number;
  question(i: number): Question;
  answeredBy(i: number): RankedFact | undefined;
}

/** The words at the start of a fact's sentence that hold its subject. */
const SUBJECT_WORDS = 5;
/** The route to a certificate that documents practice one has. */
const PRACTICE_ROUTE = 'praksiskandidat';
/** What sets two things apart ("forskjellen på X og Y", "difference between", "X vs Y"), folded. */
const DIFFERENCE = /\b(?:forskjell\w*|skilnad\w*|difference|differences)\b/u;
const VERSUS = /\b(?:vs|versus)\b/u;
/** Which of two is quicker, folded ("raskest", "går fortest", "which is faster"). */
const SPEED = /\b(?:raskest|raskast|fortest|kjappest|kortest|raskere|fortere|kjappere|faster|fastest|quicker|quickest|shortest)\b/u;
/** One thing or the other ("lærling eller praksiskandidat", "… or …"). */
const EITHER = /\b(?:eller|or)\b/u;
/** Age as what may stand in the way, folded: "er det for seint (for han)?", "er jeg for gammel?", "is it too late?". */
const TOO_LATE = /\b(?:for|altfor) (?:sent|seint|sein|gammel|gamal|gammal)\b|\btoo (?:late|old)\b/u;
/** Whether one still may, folded: "kan jeg fortsatt fullføre vgs?", "can I still finish upper secondary?" (asked of schooling, the same). */
const STILL = /\b(?:kan|far|faar|can|could|may) (?:\w+ ){0,2}?(?:fortsatt|fremdeles|framleis|enno|enda|still)\b/u;
/** Finishing it or the school itself, stemmed ("fullføre", "ferdig", "finish", "complete", "skole", "school"). */
const FINISH_WORD = /^(?:fullf|ferd|finish|complet|skol|school)/u;
/** The routes to a certificate or further education (the paths), which an age limit may bar. */
const ROUTES: ReadonlySet<string> = new Set(PATH_IDS);
/** Upper secondary and the right to it: too late for it is answered by the right to it whatever one's age. */
const SCHOOLING: ReadonlySet<string> = new Set(['videregaaende', 'rettigheter']);
/** The right to it, stemmed ("retten til vgs", "my right to upper secondary"). */
const RIGHT_WORD = /^(?:rett|right)/u;
/** Words of the certificate itself, stemmed ("fagbrev", "svennebrev", "trade certificate"). */
const CERTIFICATE_WORD = /^(?:fagbrev|svennebrev|certific|trade|journeyman)/u;
/** Learning itself, folded ("lære noe nytt", "learn new things", "gå på skole igjen"). */
const LEARNING = /\b(?:laere|lare|learn\w*|studere|study|skole\w*|school)\b/u;
/** A fact's sentence that speaks of age ("ingen aldersbegrensning", "fra det året du fyller 21 år", "uansett alder"). */
const AGE_WORD = /alder|fyller \d+ år/u;
/** The question "too late?" asks of a route, or of a certificate when none is named. */
const AGE_LIMIT_QUESTION: Record<Lang, (name?: string) => string> = {
  nb: (name) => `Er det aldersgrense for ${name ?? 'å ta fagbrev'}?`,
  en: (name) => `Is there an age limit for ${name ?? 'taking a trade certificate'}?`,
};
/** With no route named, the right to upper secondary whatever one's age answers it too. */
const AGE_RIGHT_QUESTION: Record<Lang, string> = {
  nb: 'Har jeg rett til videregående opplæring uansett alder?',
  en: 'Do I have a right to upper secondary education whatever my age?',
};
/** What a comparison of two topics can ask of each, and the question that asks it of one. */
type ComparedFacet = 'what-is' | 'duration';
const COMPARED_QUESTION: Record<ComparedFacet, Record<Lang, (name: string) => string>> = {
  'what-is': { nb: (name) => `Hva er ${name}?`, en: (name) => `What is ${name}?` },
  duration: { nb: (name) => `Hvor lang tid tar ${name}?`, en: (name) => `How long does ${name} take?` },
};
/** What a comparison asks of each of the two it names: how long it takes, what it is, or nothing a comparison answers. */
function comparedFacet(q: Question): ComparedFacet | undefined {
  if (q.facet === 'duration' && q.value === 'duration') return 'duration';
  if (q.value === undefined && (q.facet === undefined || q.facet === 'what-is')) return 'what-is';
  return undefined;
}
/** Words that put the two side by side ("mellom X og Y", "between"). */
const BETWEEN: ReadonlySet<string> = new Set(['mellom', 'between']);
/** An age put as a limit in a question, folded: "over 25", "under 21 ar", "eldre enn 50", "over 25 years". */
const AGE_LIMIT_ASKED = /\b(?:over|under|eldre enn|yngre enn|older than|younger than) \d{2}\b/u;

/** Who pays, read folded: "kan NAV betale for", "hvem betaler", "dekker arbeidsgiver", "who pays", "will NAV pay". */
const WHO_PAYS = /\b(?:(?:hvem|kven|kem) (?:betaler|betalar|betalte|dekker|dekket|finansierer|finansierte|spanderer|spanderte)|(?:kan|vil|ma|skal) (?:nav|arbeidsgiver\w*|bedrift\w*|fylke\w*|kommunen|staten|sjefen|de|dei) (?:betale|dekke|finansiere)|(?:hjelp|stotte|penger) fra (?:nav|arbeidsgiver\w*|fylke\w*|kommunen|staten) til a (?:betale|dekke)|who (?:pays|covers|funds)|(?:can|will|does|would) (?:nav|the employer|my employer|the county|the company|they) (?:pay|cover|fund)|(?:help|support|money) from (?:nav|the employer|my employer|the county|the state) to (?:pay|cover))\b/u;
/** What the sources do not say, by the kind of value the question asks for. */
const GAP_BY_VALUE: Record<ValueKind, keyof AnswerTexts['gap']> = {
  count: 'how-many',
  amount: 'cost',
  cost: 'cost',
  payer: 'payer',
  duration: 'duration',
  date: 'when',
  detail: 'contact',
  future: 'when',
  benefit: 'benefit',
};

const TEXTS: Record<Lang, AnswerTexts> = { nb: nb.answer, en: en.answer };

export interface FactAnswerer extends Answerer {
  answer(question: string, options?: AnswerOptions): Promise<AskResult>;
  answerSync(question: unknown, options?: AnswerOptions): AskResult;
  /** The question as the answerer reads it (for tools and tests). */
  read(question: string, options?: AnswerOptions): Question;
  /** The language a question is read in, also when its small words do not say (by the words only one language's facts use). */
  languageOf(question: string): Lang;
  /**
   * The question as asked in the conversation (`options.topicBefore`), in words another answerer can use: a follow-up
   * naming no topic with that topic's name before it ("Trøndelagsmodellen: og når ble den signert?"), and what it is about.
   */
  inConversation(question: string, options?: AnswerOptions): { question: string; topic?: string; place?: string };
  /**
   * The question an answer answered as the knowledge itself would word it: the topics it names by their names, the words
   * the knowledge uses and the places ("fagbrev på jobb prosent stilling kontrakten nordland?"); no story, no word of the
   * person's own. Kept by the conversation for a
   * follow-up that asks it again in another county (AnswerOptions.questionBefore). Undefined for an answer it did not give.
   */
  keptQuestion(result: AskResult): string | undefined;
  /** The county the person's situation was read in for an answer it gave (AnswerOptions.countyTold keeps it for the conversation). */
  countyOf(result: AskResult): string | undefined;
}

/** A facet whose English cue words are all stop words, as a question asks it: a kept question (keptQuestion) asks it again. */
const FACET_ASKED_EN: Readonly<Partial<Record<Facet, string>>> = { duration: 'how long does it take', 'how-many': 'how many', where: 'where is', when: 'when is' };

/** Pay said in a sentence: "beholder ordinær lønn", "keep your ordinary pay". */
const PAY_SAID = /(?<!\p{L})(?:lønn\p{L}*|løn\p{L}*|pay|salary|wages?)(?!\p{L})/iu;

export function createFactAnswerer(deps: FactAnswererDeps): FactAnswerer {
  const topicById = new Map(deps.topics.map((t) => [t.id, t]));
  // The first stem of each topic's name, for telling its name from its other words.
  const topicNameStem = new Map(deps.topics.map((t) => [t.id, [...deps.stems(t.name)][0] ?? '']));

  const declinedIn = (question: string, lang: Lang, verdict: Exclude<GuardVerdict, { ok: true }>): AskResult => {
    const texts = TEXTS[lang];
    const answer = verdict.kind === 'empty' ? texts.empty : verdict.kind === 'injection' ? texts.injection : texts.offTopic;
    return { question, answer, citations: [], lang };
  };

  /** Who can answer, for the topics given: the first of each topic's referrals before the rest, two at most. */
  const referrals = (q: Question, topics: ReadonlyArray<Topic | undefined>, texts: AnswerTexts): string[] => {
    const lists = topics.map((t) => t?.referral ?? []).filter((r) => r.length > 0);
    const ordered = [...lists.map((r) => r[0]), ...lists.flatMap((r) => r.slice(1))];
    const kinds = ordered.length > 0 ? [...new Set(ordered)] : (['karrieresenter'] as const);
    const region = q.regions[0]?.region ?? q.profile.county;
    // (No contact of that county in the knowledge: its county authority, career centre or NAV by the county's name.)
    const byCounty: Partial<Record<string, (county: string) => string>> = texts.referralIn;
    const out: string[] = [];
    for (const kind of kinds.slice(0, 2)) {
      const local = region ? deps.contacts.find((c) => c.who === kind && c.county !== null && deps.regions.compatible(region, c.county)) : undefined;
      const inCounty = region && deps.regions.isCounty(region) ? byCounty[kind] : undefined;
      out.push(local ? texts.referral.named(local.name) : inCounty ? inCounty(region) : texts.referral[kind]);
    }
    return out;
  };

  const countyAdvice = (topicIds: Iterable<string>, texts: AnswerTexts): string[] =>
    [...topicIds].some((id) => topicById.get(id)?.variesByCounty) ? [texts.advice] : [];

  /** Supporting facts: answer-worthy, on the lead's topic or the question's, not the same statement again. */
  const supporting = (ranked: RankedFact[], lead: RankedFact, exclude: Set<string>): RankedFact[] => {
    const out: RankedFact[] = [];
    for (const r of ranked) {
      if (out.length >= ANSWER_LIMITS.supporting) break;
      if (r === lead || exclude.has(r.fact.id)) continue;
      if (r.coverage < RANKING.minCoverage * 0.8 || r.score < lead.score * ANSWER_LIMITS.supportingShare) continue;
      if (!(r.onTopic || r.fact.topic === lead.fact.topic)) continue;
      if ([lead, ...out].some((k) => sameStatement(k.fact.text, r.fact.text))) continue;
      out.push(r);
    }
    return out;
  };

  // (Each answer's question as the conversation may keep it, see keptQuestion.)
  const keptOf = new WeakMap<AskResult, Question>();
  /** `about`: the topic the answer turned out to be about, when it is not simply the first the question names. */
  const result = (q: Question, parts: { opening: string[]; statements: Statement[]; closing: string[]; listed?: Listed }, gap = false, about?: string): AskResult => {
    const { answer, citations } = compose(parts.opening, parts.statements, parts.closing, parts.listed);
    const topic = about ?? q.topics[0]?.topic;
    const place = q.regions[0]?.region;
    const out: AskResult = { question: truncateText(q.raw.trim(), QUESTION_READ_CHARS), answer, citations, ...(gap ? { gap: true } : {}), lang: q.lang, ...(topic ? { topic } : {}), ...(place ? { place } : {}) };
    keptOf.set(out, q);
    return out;
  };

  const fromPassages = (q: Question): AskResult | undefined => {
    if (!deps.passages || q.lang !== 'nb' || q.reads !== 'nb') return undefined;
    // (Only the part that asks is searched for: a story before it, "Lurer på en ting.", is no words a report must have.)
    const selection =
      q.askedRaw === q.raw
        ? deps.passages.select(q.raw, ANSWER_LIMITS.passageCoverage, q.analysis)
        : deps.passages.select(q.askedRaw, ANSWER_LIMITS.passageCoverage);
    if (!selection || selection.coverage < ANSWER_LIMITS.passageCoverage) return undefined;
    const said = selection.statements.map((s) => s.text).join(' ');
    // Held to the test facts are held to: the value asked for, the years named, the word asked about,
    // and the schemes the question names.
    if (q.value && q.value !== 'count' && !hasValue(said, q.value)) return undefined;
    if (q.value === 'count' && !/\d/u.test(said)) return undefined;
    if (q.years.some((y) => !said.includes(String(y)))) return undefined;
    const stems = deps.stems(said);
    if (q.focus !== undefined && !stems.has(q.analysis.words[q.focus].stem)) return undefined;
    // (Words every report uses, "lære", "norsk", cannot say on their own that a passage is about what is asked.)
    if (!q.words.some((w) => !w.generic && !w.numeric && stems.has(w.stem))) return undefined;
    const named = deps.topicsIn(said);
    const schemes = q.topics.map((t) => t.topic).filter((t) => topicById.get(t)?.scheme);
    if (schemes.length > 0 && !schemes.some((t) => named.has(t))) return undefined;
    return result(q, { opening: [nb.answer.intro], statements: selection.statements, closing: [] });
  };

  /**
   * A question as asked or, when it follows up the conversation's last answer and names no topic ("og når ble den
   * signert?" after an answer about Trøndelagsmodellen), as asked about that answer's topic, named in the question's
   * language. A follow-up is a few words. Those that neither open as a follow-up nor point back follow up too when,
   * read alone, they name no topic but speak of education and work or ask something of one, all in words the facts use
   * ("hvor mange har fått jobb?", "hva koster prøven?"); not "hva er hovedstaden i Frankrike?", nor "hvordan blir jeg
   * lege?", which names something new. Read alone and asked alone, a question is read once.
   */
  const readInConversation = (asked: string, options: AnswerOptions): Question => {
    // "hvem kan jeg ringe der?", "who can I call there?": the place the last answer was about.
    const message = options.placeBefore === undefined ? asked : asked.replace(THERE, (m, word: string) => `${THERE_IN[word.toLowerCase()] ?? 'i'} ${options.placeBefore}${m.slice(word.length)}`);
    // (A thanks or an "ok" before it, "takk for svaret! men hva med meg som er 17?", is said to the answer before.)
    const raw = message.replace(ACKNOWLEDGED_FIRST, '');
    // The question read alone, once, when a step below first needs it.
    let aloneOnce: Question | undefined;
    const alone = (): Question => (aloneOnce ??= deps.reader.read(raw, options));
    // (The question before asked again in another county, or about another topic, when the follow-up names only that.)
    const askedBefore = options.questionBefore !== undefined && NAME_FOLLOW_UP_WORDS.test(raw) ? options.questionBefore : undefined;
    const again = askedBefore === undefined ? undefined : (askedAgainElsewhere(alone(), askedBefore, options.placeBefore) ?? askedAgainAbout(alone(), askedBefore, options));
    if (again !== undefined) return deps.reader.read(again, options);
    const before = options.topicBefore === undefined ? undefined : topicById.get(options.topicBefore);
    if (!before || !FEW_WORDS.test(raw)) return aloneOnce !== undefined && raw === message ? aloneOnce : deps.reader.read(message, options);
    const about = (): Question => deps.reader.readAbout(raw, (options.lang ?? deps.reader.detectLanguage(raw)) === 'en' ? before.nameEn : before.name, options);
    if (FOLLOW_UP.test(raw)) return about();
    return followsUpAlone(alone()) ? about() : alone();
  };
  /**
   * "og i Trøndelag?", "what about Nordland?" after "Hva er kravet til stilling for fagbrev på jobb i Nordland?": the
   * question before, asked in the county named, with that county in place of the one it named (or added, where it named
   * none). Undefined for anything else, or when the place before is not one the question before named.
   */
  const askedAgainElsewhere = (alone: Question, questionBefore: string, placeBefore: string | undefined): string | undefined => {
    const onlyPlace = alone.regions.length === 1 && alone.topics.every((t) => t.tokens.length === 0) && alone.words.every((w) => w.place || w.generic);
    if (!onlyPlace) return undefined;
    const place = alone.regions[0].region;
    if (placeBefore === undefined) return questionBefore.replace(QUESTION_MARKS_AT_END, alone.lang === 'en' ? ` in ${place}?` : ` i ${place}?`);
    const named = new RegExp(`(?<!\\p{L})${escapeRegExp(placeBefore)}(?!\\p{L})`, 'iu');
    return place !== placeBefore && named.test(questionBefore) ? questionBefore.replace(named, place) : undefined;
  };
  /**
   * "hva med praksiskandidat da?", "what about Trøndelagsmodellen?" after "Hva er kravene for fagbrev på jobb?": the question
   * before, asked about the topic named, with its name in place of the last answer's topic. Undefined for anything else, or
   * when the question before does not name that topic in words of its own.
   */
  const askedAgainAbout = (alone: Question, questionBefore: string, options: AnswerOptions): string | undefined => {
    const named = alone.topics.filter((t) => t.tokens.length > 0);
    const onlyTopic = named.length === 1 && alone.regions.length === 0 && alone.words.every((w) => w.generic || w.namesTopics.length > 0);
    const topic = onlyTopic ? topicById.get(named[0].topic) : undefined;
    if (!topic) return undefined;
    const from = options.topicBefore !== undefined && options.topicBefore !== topic.id ? topicById.get(options.topicBefore) : undefined;
    if (!from) return undefined;
    // (The longest form first: "fagbrev på jobben" before "fagbrev".)
    const forms = [from.name, from.nameEn, ...from.terms, ...from.termsEn].sort((a, b) => b.length - a.length);
    for (const form of forms) {
      const there = new RegExp(`(?<!\\p{L})${escapeRegExp(form)}(?!\\p{L})`, 'iu');
      if (there.test(questionBefore)) return questionBefore.replace(there, alone.lang === 'en' ? topic.nameEn : topic.name);
    }
    return undefined;
  };
  /** Whether a question read alone follows up the last answer (see readInConversation). */
  const followsUpAlone = (alone: Question): boolean => {
    // (A word no fact uses names something new: "hvordan blir jeg lege?" is a question of its own.)
    const inFactsWords = alone.words.every((w) => w.generic || w.numeric || !w.novel);
    // (A place alone, "Vestland", "og i Nordland?", asks what was said about the topic there.)
    const onlyPlace = alone.regions.length > 0 && alone.words.every((w) => w.place || w.generic);
    // (A topic only implied, career guidance by "hvem kan jeg snakke med?", is no topic named.)
    const namesTopic = alone.topics.some((t) => t.tokens.length > 0);
    return !namesTopic && inFactsWords && (alone.inDomain || alone.facet !== undefined || onlyPlace);
  };

  /**
   * The questions a message asks one after another (three at most), each read and ranked when first needed, once for
   * answersToEach and withoutAnswer both: read about the message's first topic, when it names one.
   */
  const askedEach = (q: Question, options: AnswerOptions): AskedEach => {
    const topic = q.topics[0] ? topicById.get(q.topics[0].topic) : undefined;
    const read = (sentence: string) => (topic ? deps.reader.readAbout(sentence, q.lang === 'en' ? topic.nameEn : topic.name, options) : deps.reader.read(sentence, options));
    let asked: string[] | undefined;
    const sentences = () => (asked ??= askedOneByOne(q.raw).slice(0, MAX_QUESTIONS));
    const questions: Array<Question | undefined> = [];
    const answers: Array<{ by: RankedFact | undefined } | undefined> = [];
    const question = (i: number) => (questions[i] ??= read(sentences()[i]));
    return {
      count: () => sentences().length,
      question,
      answeredBy: (i) => (answers[i] ??= { by: deps.rank(question(i)).find((r) => r.answers) }).by,
    };
  };

  /**
   * A message asking two or three things one after another ("hvilken fagskole har ansvaret for batterifagskolen? og
   * er det bare for fagarbeidere?"): the fact that answers each question asked alone, where it is not the lead
   * already. A question naming no topic is read with the message's first ("er det bare for fagarbeidere?" about
   * Batterifagskolen).
   */
  const answersToEach = (each: AskedEach, lead: RankedFact | undefined): RankedFact[] => {
    if (each.count() < 2) return [];
    const out: RankedFact[] = [];
    for (let i = 0; i < each.count(); i++) {
      const answers = each.answeredBy(i);
      // Without a lead for the whole message, every question must have its answer: one the sources
      // cannot answer makes the message a gap, said as such.
      if (!answers && !lead) return [];
      if (answers && answers.fact.id !== lead?.fact.id && !out.some((r) => r.fact.id === answers.fact.id)) out.push(answers);
    }
    return out.slice(0, lead ? ANSWER_LIMITS.supporting : ANSWER_LIMITS.supporting + 1);
  };

  /**
   * "Hva er realkompetanse?" asks what the topic itself is: a fact that is not about it as its subject ("OECD definerer
   * kompetanse som …", filed under it) says what something else is. (Only for a question naming one topic and nothing more.)
   * Worked out once per question; the predicate says it of each fact.
   */
  const definesWhatIsAsked = (q: Question): ((r: RankedFact) => boolean) => {
    if (q.facet !== 'what-is') return () => true;
    const named = [...new Set(q.topics.filter((t) => t.tokens.length > 0).map((t) => t.topic))];
    // (What is told around the question, "ser det nevnt overalt", is no more asked.)
    if (named.length !== 1 || q.words.some((w) => !w.generic && !w.numeric && !w.story && w.topics.length === 0 && w.namesTopics.length === 0)) return () => true;
    // (A word of the topic that is not a form of its name, "Hva er en lærebedrift?" of apprenticeship, must be the fact's
    // own word, or begin one of them: "Lærlingambassadørene får …" says what something else is.)
    const asked = q.words.filter((w) => w.topics.includes(named[0]) && !w.generic);
    const ownWord = asked.length === 1 && !formsOfOneWord(asked[0].stem, topicNameStem.get(named[0]) ?? '') ? asked[0].stem : undefined;
    return (r) => {
      // (As its subject, in the sentence's first words: "En kompetanseprøve er …", not "… som bygger på realkompetanse".)
      const opening = r.fact.text.split(/\s+/u).slice(0, SUBJECT_WORDS).join(' ');
      if (!deps.topicsIn(opening).has(named[0])) return false;
      return ownWord === undefined || [...deps.stems(r.fact.text)].some((st) => st.startsWith(ownWord));
    };
  };

  /** "Hva er praksiskandidat?", "What is praksiskandidat?": the question whose answer says what a topic is. */
  const whatIs = (topic: Topic, lang: Lang, options: AnswerOptions): Question => askedOf(topic, 'what-is', lang, options);
  /** The question about one topic that asks what a comparison asks of each: what it is, or how long it takes. */
  const askedOf = (topic: Topic, facet: ComparedFacet, lang: Lang, options: AnswerOptions): Question => {
    const name = lang === 'en' ? topic.nameEn : topic.name;
    return deps.reader.read(COMPARED_QUESTION[facet][lang](name), options);
  };

  /**
   * "Hva er forskjellen på fagbrev på jobb og praksiskandidat?": what each of the two things named is, as the
   * question "Hva er …?" about each gets it (then a fact on both may follow). Undefined unless it asks only that.
   */
  const comparison = (q: Question, options: AnswerOptions): RankedFact[] | undefined => {
    // ("Forskjellen i lønn …" asks for the pay of each, which neither the definitions nor the lengths give.)
    const facet = comparedFacet(q);
    if (facet === undefined) return undefined;
    // ("Hva går raskest, lærling eller praksiskandidat?" puts the two side by side as well.)
    const compares = (text: string) => DIFFERENCE.test(text) || VERSUS.test(text) || (facet === 'duration' && (SPEED.test(text) || EITHER.test(text)));
    if (!compares(q.askedText)) return undefined;
    // The sentence that compares names nothing but the two ("forskjellen i lønn mellom …" asks about pay).
    const sentence = askedOneByOne(q.raw).find((s) => compares(foldText(s))) ?? q.raw;
    const read = sentence === q.raw ? q : deps.reader.read(sentence, options);
    const more = read.words.some((w, i) => {
      const surface = foldText(read.analysis.words[i].surface);
      return asksBeyondTopics(w) && !compares(surface) && !BETWEEN.has(surface);
    });
    if (more) return undefined;
    // In the order the question names them.
    const first = (hit: Question['topics'][number]) => (hit.tokens.length > 0 ? Math.min(...hit.tokens) : Infinity);
    const inOrder = [...q.topics].sort((a, b) => first(a) - first(b));
    const named = [...new Set(inOrder.map((t) => t.topic))].map((id) => topicById.get(id)).filter((t): t is Topic => t !== undefined);
    if (named.length !== 2) return undefined;
    const leads = named.map((topic) => deps.rank(askedOf(topic, facet, q.lang, options)).find((r) => r.answers && r.fact.topic === topic.id));
    return leads.every((r): r is RankedFact => r !== undefined) && leads[0].fact.id !== leads[1].fact.id ? leads : undefined;
  };

  /**
   * "Min mann har jobbet 12 år på lager, han er 52. Er det for seint for han?": whether age stands in the way of a
   * certificate is what the age limit of the route named, or of taking a certificate, answers; of upper secondary, the
   * right to it whatever one's age ("kan jeg fortsatt fullføre vgs?" asks the same), with only that topic's facts after it
   * (`onItsTopic`). Undefined when the question names something else ("for sent å søke", a topic that is no route).
   */
  const ageAsObstacle = (q: Question, options: AnswerOptions): { facts: RankedFact[]; onItsTopic?: boolean } | undefined => {
    const schooling = q.topics.some((t) => SCHOOLING.has(t.topic));
    // ("Kan jeg fortsatt fullføre vgs?" asks the same of schooling.)
    const asks = (text: string) => TOO_LATE.test(text) || (schooling && STILL.test(text));
    if (!asks(q.askedText) || q.value !== undefined) return undefined;
    // (The sentence that asks it: the story before it, "har jobba på sjukeheim i 20 år", is the person's.)
    const sentence = q.raw.split(SENTENCE_END).find((s) => asks(foldText(s))) ?? q.raw;
    const read = sentence === q.raw ? q : deps.reader.read(sentence, options);
    const routes = read.topics.filter((t) => ROUTES.has(t.topic));
    if (routes.length + read.topics.filter((t) => SCHOOLING.has(t.topic)).length !== read.topics.length || routes.length > 1) return undefined;
    if (read.words.some((w) => asksBeyondTopics(w) && !w.cue && !w.work && !CERTIFICATE_WORD.test(w.stem) && !(schooling && (RIGHT_WORD.test(w.stem) || FINISH_WORD.test(w.stem))))) return undefined;
    // ("For gammel til å lære nye ting?" asks whether one can still learn, not about a limit; and with no route, school or
    // certificate named, only someone who tells of their work asks about a certificate.)
    if (LEARNING.test(foldText(sentence)) && !schooling) return undefined;
    if (routes.length === 0 && !schooling && !q.words.some((w) => CERTIFICATE_WORD.test(w.stem)) && q.profile.practiceYears === undefined && q.profile.trade === undefined) return undefined;
    const route = routes.length === 1 ? topicById.get(routes[0].topic) : undefined;
    const name = route && (q.lang === 'en' ? route.nameEn : route.name);
    // (Only a fact that speaks of age: the sources give none for praksiskandidat, and its practice rule is no answer.)
    const aboutAge = (question: string) => deps.rank(deps.reader.read(question, options)).find((r) => r.answers && AGE_WORD.test(r.fact.text));
    // ("retten til vgs gjelder vel bare til man er 25, så jeg på 47 er for sein?": the right to it, whatever one's age.)
    const right = route === undefined ? aboutAge(AGE_RIGHT_QUESTION[q.lang]) : undefined;
    // (Asked only of schooling, only what else adults' rights hold supports it: not how many finish school.)
    if (schooling && routes.length === 0) return right ? { facts: [right], onItsTopic: true } : undefined;
    const limit = aboutAge(AGE_LIMIT_QUESTION[q.lang](name));
    return limit ? { facts: [limit, ...(right ? [right] : [])] } : undefined;
  };

  /**
   * The fact that answers, at most two supporting facts (after the facts answering the message's other questions,
   * `also`), and the county advice where rules vary (between `before` and `after`).
   */
  const ledBy = (q: Question, ranked: RankedFact[], lead: RankedFact, texts: AnswerTexts, before: string[], after: string[] = [], also: RankedFact[] = []): AskResult => {
    const facts = [lead, ...also, ...supporting(ranked, lead, new Set(also.map((r) => r.fact.id))).slice(0, ANSWER_LIMITS.supporting - also.length)];
    const closing = [...before, ...countyAdvice(new Set(facts.map((r) => r.fact.topic)), texts), ...after];
    // (A follow-up is read about the topic of what the answer said first, where the question names it or names none: "hvor
    // mange har fått jobb?" answered on Trøndelagsmodellen is about Trøndelagsmodellen; "Hva er Trøndelagsmodellen og
    // fagskole?" is about the topic its lead is on.)
    const named = q.topics.map((t) => t.topic);
    const about = named.length === 0 || named.includes(lead.fact.topic) ? lead.fact.topic : undefined;
    // ("Finnes det kurs i batteriproduksjon i Nordland?" answered by what a report says of such courses: the catalogue's
    // offers on it follow.)
    // (Not an offer the answer states already: one quoting lines a fact said quotes.)
    const stated = facts.flatMap((r) => factCitations(r.fact));
    const offers = offersAsked(q).offers.filter((o) => !stated.some((c) => c.source === o.citation.source && overlaps(c.lines, o.citation.lines) && c.url === o.citation.url));
    const listed = offers.length > 0 ? { intro: texts.offers.alsoKnown, items: offers.map((offer) => offerStatement(offer, q.lang)) } : undefined;
    return result(q, {
      opening: [],
      statements: facts.map((r) => factStatement(r.fact, q.lang, texts, deps.regions)),
      listed,
      closing: listed ? [...closing, texts.offers.more] : closing,
    }, false, about);
  };

  /** What the sources do not say, what they say about the topic, and who can answer; `county`: what applies in that county is what they do not say. */
  const gapAnswer = (q: Question, each: AskedEach, ranked: RankedFact[], texts: AnswerTexts, county?: string, about?: { kind: keyof AnswerTexts['gap']; topic: string }): AskResult => {
    const topicId = about?.topic ?? q.topics[0]?.topic;
    const topic = topicId ? topicById.get(topicId) : undefined;
    // Of a message asking several things, some with an answer, the gap is what the one without asks ("Hvem eier X, og hva
    // koster den?": the price; "Hvor mange moduler …, og må jeg møte fysisk …?" has its number among what is known), or
    // "not all of it" when more than one has none; with none answered, what the message asks.
    // (Of a message where none has an answer, two kinds of value asked are both said below.)
    const without = about === undefined ? withoutAnswer(each) : undefined;
    const unanswered = without !== undefined && without.length > 0 && without.length < each.count() ? without : undefined;
    const gapKind = about?.kind ?? (unanswered === undefined ? gapKindOf(q) : unanswered.length === 1 ? gapKindOf(unanswered[0]) : 'several');
    // (What the reports say of NAV is its part in programmes, nothing on a benefit: asked whether one keeps AAP while taking a
    // fagbrev, what is known is about the fagbrev, or nothing.)
    const benefitAsked = gapKind === 'benefit' && about === undefined;
    const knownTopic = benefitAsked ? topicById.get(q.topics.find((t) => t.topic !== q.impliedTopic)?.topic ?? '') : topic;
    // The topic's own facts, and where it has too few ("hva er realkompetansevurdering?"), the rules on other topics that name
    // it, unless they hold only in another county than the one asked about.
    const stated = ranked.filter((r) => r.fact.kind === 'fact' || r.fact.kind === 'rule');
    const own = knownTopic ? stated.filter((r) => r.fact.topic === knownTopic.id) : [];
    const there = county ?? askedCounty(q);
    const naming: RankedFact[] = [];
    const knownId = knownTopic?.id;
    for (const r of knownId !== undefined && own.length < ANSWER_LIMITS.knownAboutTopic ? stated : []) {
      if (naming.length + own.length >= ANSWER_LIMITS.knownAboutTopic) break;
      if (r.fact.kind !== 'rule' || r.fact.topic === knownId) continue;
      if (there !== undefined && r.fact.scope !== null && !isLocalTo(r.fact, there, deps.regions)) continue;
      if (topicsNamedBy(r.fact).has(knownId ?? '')) naming.push(r);
    }
    // ("Hva er Trøndelagsmodellen, og kan jeg bli med fra Oslo?" with the first in the sources: that answer is told first,
    // when the question it answers names the topic itself. One read about the message's topic, "og hvor mye i så fall?",
    // has an answer by its words alone.)
    const answered: RankedFact[] = [];
    if (unanswered !== undefined && knownTopic) {
      for (let i = 0; i < each.count(); i++) {
        const by = each.answeredBy(i);
        const asked = each.question(i);
        const names = !asked.topicGiven && asked.topics.some((t) => t.topic === knownTopic.id && t.tokens.length > 0);
        if (by && names && by.fact.topic === knownTopic.id && !answered.some((r) => r.fact.id === by.fact.id)) answered.push(by);
      }
    }
    const known = [...answered, ...[...own, ...naming].filter((r) => !answered.some((a) => a.fact.id === r.fact.id))].slice(0, ANSWER_LIMITS.knownAboutTopic);
    const statements = known.map((r) => factStatement(r.fact, q.lang, texts, deps.regions));
    // "Hvor lenge varer den, og hva koster den?" with neither in the sources: both said.
    const both = without !== undefined && without.length === each.count() ? twoGapKinds(without) : undefined;
    const gapSaid = county ? texts.countyGap(county) : both ? texts.gapBoth(texts.gapPart[both[0]], texts.gapPart[both[1]]) : texts.gap[gapKind];
    const opening = [gapSaid, ...(statements.length > 0 && knownTopic ? [texts.knownAbout(q.lang === 'en' ? knownTopic.nameEn : knownTopic.name)] : [])];
    // "Får jeg dagpenger mens jeg tar fagbrev på jobb?": NAV can answer as well as the county.
    // (Whether a benefit is kept, NAV answers first.)
    const benefitFirst = benefitAsked ? [topicById.get(q.impliedTopic ?? '')] : [];
    const who = referrals(q, [...benefitFirst, topic, ...q.topics.slice(1).map((t) => topicById.get(t.topic))], texts);
    const closing = county ? [texts.countyReferral(county), ...who.filter((c) => c !== texts.referral.fylkeskommunen && c !== texts.referralIn.fylkeskommunen(county))] : who;
    return result(q, { opening, statements, closing }, true, topicId);
  };

  /** What the sources do not say, by what the question asks for: a price, a number, a date … */
  const gapKindOf = (q: Question): keyof AnswerTexts['gap'] => {
    const byValue = q.value ? GAP_BY_VALUE[q.value] : undefined;
    if (byValue === 'benefit') return 'benefit';
    if ((byValue === 'cost' || q.facet === 'pay-support') && q.asksPay) return 'pay';
    // "Kan NAV betale for …?", "Hvem dekker …?", "Who pays for …?": who pays, not what it costs.
    if ((byValue === 'cost' || q.facet === 'cost') && WHO_PAYS.test(q.askedText)) return 'payer';
    return byValue ?? (q.facet === 'cost' || q.facet === 'how-many' || q.facet === 'duration' || q.facet === 'when' || q.facet === 'contact' ? q.facet : 'other');
  };

  /** The topics a fact's sentence names, worked out once per fact. */
  const namedByFact = new Map<string, ReadonlySet<string>>();
  const topicsNamedBy = (fact: Fact): ReadonlySet<string> => {
    let named = namedByFact.get(fact.id);
    if (named === undefined) namedByFact.set(fact.id, (named = deps.topicsIn(fact.text)));
    return named;
  };

  /** Of questions the sources answer none of, the first two kinds of value they ask for, when they differ. */
  const twoGapKinds = (questions: readonly Question[]): [GapPart, GapPart] | undefined => {
    const kinds: GapPart[] = [];
    for (const asked of questions) {
      const kind = gapKindOf(asked);
      if (isGapPart(kind) && !kinds.includes(kind)) kinds.push(kind);
    }
    return kinds.length >= 2 ? [kinds[0], kinds[1]] : undefined;
  };

  /**
   * The questions of a message asking several that no fact answers, read about the message's first topic as
   * answersToEach reads them (none, some or all of them); undefined when it asks one.
   */
  const withoutAnswer = (each: AskedEach): Question[] | undefined => {
    const count = each.count();
    if (count < 2) return undefined;
    const without: Question[] = [];
    for (let i = 0; i < count; i++) if (each.answeredBy(i) === undefined) without.push(each.question(i));
    return without;
  };

  /**
   * The offers a question asking whether there are courses or offers on something ("Finnes det kurs i batteriproduksjon i
   * Nordland?", "Are there any battery courses?") asks for: the catalogue's offers on its own words, in the county it names
   * or the person lives in (`region`). None for a question asking their price, length or start, nor one naming nothing to
   * offer. Worked out once per question: the answer's steps and the facts' answer (ledBy) both ask.
   */
  const offersAsked = (q: Question): OffersAsked => {
    let asked = offersOf.get(q);
    if (asked === undefined) offersOf.set(q, (asked = readOffersAsked(q)));
    return asked;
  };
  const offersOf = new WeakMap<Question, OffersAsked>();
  const readOffersAsked = (q: Question): OffersAsked => {
    // (The patterns first: where the person lives is read from their situation, which most questions never need.)
    if (!deps.offersFor || q.value !== undefined || !ASKS_WHETHER_OFFERED.test(q.askedText) || !OFFER_WORD.test(q.askedText)) return NO_OFFERS;
    const region = q.regions[0]?.region ?? q.profile.county;
    const interests = new Set<string>();
    /** The words of its own that name no topic ("hydrogen"), each a subject an offer must be on. */
    const subjects: string[] = [];
    q.analysis.words.forEach((w, i) => {
      const word = q.words[i];
      if (word.generic || word.numeric || word.place || word.story || OFFER_WORD.test(foldText(w.surface))) return;
      interests.add(w.surface);
      if (word.topics.length === 0 && word.namesTopics.length === 0) subjects.push(w.surface);
    });
    // (And the topics it names, in any language: "battery production" names the battery industry.)
    for (const t of q.topics) if (t.tokens.length > 0) interests.add(t.topic);
    if (interests.size === 0 && region === undefined) return NO_OFFERS;
    const offersFor = deps.offersFor;
    // ("Hvilke kurs finnes i Mo i Rana?" with none there: those for the whole country, said as such.)
    const here = offersFor([...interests], region);
    const noneThere = interests.size === 0 && here.length === 0 && region !== undefined;
    const found = noneThere ? offersFor([], region, true) : here;
    // Asked for online ("som nettkurs", "online"): the offers given online, or, with none, the others as what is known.
    const online = ONLINE_ASKED.test(q.askedText) ? found.filter((o) => ONLINE_FORMATS.has(o.format)) : undefined;
    const offers = online !== undefined && online.length > 0 ? online : found;
    // (A word of its own that finds no offer alone, "hydrogen" beside "fagskolekurs", is a subject none is on.)
    const subjectUnmatched = found.length > 0 && subjects.some((w) => offersFor([w], region).length === 0);
    return { offers: offers.slice(0, MAX_OFFERS), byPlace: interests.size === 0, region, noneOnline: online?.length === 0, subjectUnmatched, noneThere };
  };

  /** The offers as the answer (see offersAsked), a gap with them as what is known when asked for the evening or a season. */
  const offersAnswer = (q: Question, { offers, byPlace, region, noneOnline, subjectUnmatched, noneThere }: OffersAsked, texts: AnswerTexts): AskResult => {
    const unknownDetail = OFFER_DETAIL.test(q.askedText) || noneOnline;
    // (Asked only by the place, the offers are that place's own, none for the whole country.)
    const found = region === undefined ? texts.offers.found : noneThere ? texts.offers.noneIn(region) : byPlace ? texts.offers.foundOnlyIn(region) : texts.offers.foundIn(region);
    const related = region === undefined ? texts.offers.noneOnSubject : texts.offers.noneOnSubjectIn(region);
    return result(q, {
      // (A time or form asked that no offer states is said first; otherwise a subject asked that no offer is on.)
      opening: unknownDetail ? [texts.gap.other, found] : subjectUnmatched ? [related] : [found],
      statements: [],
      listed: { items: offers.map((offer) => offerStatement(offer, q.lang)) },
      closing: [texts.offers.more],
    }, unknownDetail || subjectUnmatched || noneThere);
  };

  const offerStatement = (offer: Offer, lang: Lang): Statement => {
    // (Where it stands in the course finder's words, "Pilot", "Foreslått – ikke startet", unless it is simply offered.)
    // ("Hele landet" is the catalogue's word for nationwide.)
    const region = lang === 'en' ? offer.region.replace(/^Hele landet/u, TEXTS.en.offers.nationwide) : offer.region;
    const where = offer.status === 'active' ? region : `${region}, ${(lang === 'en' ? en : nb).courseFinder.status[offer.status].toLowerCase()}`;
    const description = lang === 'en' ? offer.descriptionEn : offer.description;
    return { text: TEXTS[lang].offers.line(offer.name, where, description), citations: [offer.citation] };
  };

  /**
   * Whom to turn to, or how to apply, is what the question asks: the answer names who can help. So does asking where one
   * of them is ("hvor finner jeg karrieresenteret i Vestland?").
   */
  const asksWhoToTurnTo = (q: Question): boolean => q.facet === 'contact' || q.facet === 'how-to-apply' || (q.facet === 'where' && HELPER_NAMED.test(q.askedText));

  const wordCount = (text: string): number => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

  /** A question that names nothing it asks about: no topic, no place, no story, no word but how it asks and the value asked. */
  const namesNothing = (q: Question): boolean =>
    q.topics.length === 0 &&
    q.regions.length === 0 &&
    q.impliedTopic === undefined &&
    (q.facet !== undefined || q.yesNo) &&
    // (The whole message asks: nothing told before it. Compared by words, as the asked part is read in bokmål: "kostar" is "koster".)
    wordCount(q.askedRaw) === wordCount(q.raw) &&
    q.words.every((w) => w.cue || w.numeric || (q.value !== undefined && q.value !== 'count' && hasValue(w.stem, q.value)));

  const answerQuestion = (raw: string, options: AnswerOptions): AskResult => {
    const q = readInConversation(raw, options);
    const texts = TEXTS[q.lang];
    // The facts ranked for the question, worked out at most once, when a step below needs them.
    let rankedOnce: RankedFact[] | undefined;
    const rankedFacts = (): RankedFact[] => (rankedOnce ??= deps.rank(q));
    // The questions the message asks one after another, read when a step below first needs them.
    const each = askedEach(q, options);

    // "Hvilke krav har Oslo til fagbrev på jobb?": on a topic whose rules differ between counties, what one
    // county does is in the sources only where they have that county's own facts. Elsewhere the answer is
    // what holds everywhere, said as such, and the county to ask.
    // (A question asking for a price, a number or a date there is a gap for that value, as anywhere.)
    // "er det gratis?", "what does it cost?", "hvem kan søke?" with nothing said before: no word says what it is about,
    // and any fact would answer by chance. (A word that is the value asked, "gratis" for a price, is no subject.)
    if (namesNothing(q)) return result(q, { opening: [texts.whichTopic], statements: [], closing: [] });

    const county = q.value === undefined && q.facet !== 'contact' ? askedCounty(q) : undefined;
    if (county) {
      const varies = q.topics.some((t) => topicById.get(t.topic)?.variesByCounty);
      if (varies && !q.topics.some((t) => deps.hasLocalFacts(t.topic, county))) {
        // That county's own fact may be filed under another topic ("Nordland: må jeg søke om
        // realkompetansevurdering før …?" is answered by Nordland's rule for fagbrev på jobb).
        const ranked = rankedFacts();
        if (!ranked.some((r) => r.answers && isLocalTo(r.fact, county, deps.regions))) return gapAnswer(q, each, ranked, texts, county);
      }
    }

    const verdict = deps.rules.decide(q, texts);
    // "Er jeg for gammel til fagbrev på jobb?": a verdict that still waits on everything and speaks to nothing
    // the question asks about beyond the path ("gammel") gives way to the fact that answers it, with the
    // assessment offered after. ("Kan jeg ta fagbrev på jobb?" asks only about the path: the verdict says what it waits on.)
    // (So does an age put as a condition, "… hvis jeg er over 25?": whether there is an age limit.)
    const asksMore = q.words.some((w) => !w.numeric && !w.place && !w.story && !w.work && w.topics.length === 0 && w.namesTopics.length === 0) || AGE_LIMIT_ASKED.test(q.askedText);
    // What the sources say about the route, and who can tell how practice from abroad counts.
    if (!verdict && asksCertificateForPracticeAbroad(q)) {
      const route = topicById.get(PRACTICE_ROUTE);
      return gapAnswer(q, each, route ? deps.rank(whatIs(route, q.lang, options)) : [], texts, undefined, { kind: 'abroad', topic: PRACTICE_ROUTE });
    }
    const rankedFirst = verdict?.status === 'needs-info' && ((!verdict.speaks && asksMore) || verdict.leavesNumber) ? rankedFacts() : undefined;
    const factFirst = rankedFirst?.find((r) => r.answers);
    // (Not offered again to someone who has told the assessment their own situation already.)
    const assessment = () => (options.known !== undefined && Object.keys(options.known).length > 0 && !q.aboutSomeoneElse ? [] : [offerAssessment(q, texts)]);
    if (rankedFirst && factFirst) return ledBy(q, rankedFirst, factFirst, texts, [], assessment());
    if (verdict) {
      // "Kan han ta fagbrev på jobb og beholde lønna?": the pay asked beside the verdict is said after it, from the fact on
      // the route's pay (the verdict's reasons weigh the person's situation, not what is paid).
      // (Not when a reason says it already; before what the verdict waits on, which closes it.)
      const saysPay = verdict.facts.some((f) => f.facet === 'pay-support') || verdict.statements.some((st) => PAY_SAID.test(st.text));
      const pay = q.asksPay && !saysPay ? rankedFacts().find((r) => r.answers && r.fact.facet === 'pay-support' && r.fact.topic === verdict.path) : undefined;
      const waits = verdict.statements.findIndex((st) => st.citations.length === 0);
      const at = waits < 0 ? verdict.statements.length : waits;
      return result(q, {
        opening: verdict.opening,
        statements: pay ? [...verdict.statements.slice(0, at), factStatement(pay.fact, q.lang, texts, deps.regions), ...verdict.statements.slice(at)] : verdict.statements,
        closing: [...countyAdvice([verdict.path], texts), ...assessment()],
      }, false, topicById.has(verdict.path) ? verdict.path : undefined);
    }

    // "Finnes det noen tilbud i Sør-Varanger?": asking only by the place, the place's own offers answer, not what a report
    // says of offers there.
    const offered = offersAsked(q);
    if (offered.byPlace && offered.offers.length > 0) return offersAnswer(q, offered, texts);

    // "Hvem kan jeg snakke med?" about a topic: who to turn to is the answer, whatever else the words match.
    if (q.facet === 'contact' && q.value !== 'detail') {
      const named = q.topics.map((t) => t.topic);
      // (A scheme named first, with the parties it has after it, is what is asked about: "Kven gjer kva i Trøndelagsmodellen?
      // NAV, karrieresenteret og fylket …" asks which of them, not about career guidance in general.)
      const scheme = named.length >= 2 && topicById.get(named[0])?.scheme === true && deps.referralFacts(named[0]).length === 0;
      const own = scheme ? undefined : named.find((t) => deps.referralFacts(t).length > 0);
      // A topic with no facts of its own on whom to turn to ("praksiskandidat: hvem kan jeg kontakte?"): those who guide on
      // anything (the topic the question's cue implies), and the topic's own contact after them.
      // (Only when that is all it asks: "tettere kontakt mellom industri og skole" asks about something else.)
      const onlyWho = !q.words.some(asksBeyondTopics);
      const topic = own ?? (named.length > 0 && onlyWho && !scheme ? q.impliedTopic : undefined);
      if (topic && deps.referralFacts(topic).length > 0) {
        const facts = deps.referralFacts(topic).slice(0, 1 + ANSWER_LIMITS.supporting);
        return result(q, {
          opening: [],
          statements: facts.map((f) => factStatement(f, q.lang, texts, deps.regions)),
          closing: referrals(q, [topicById.get(own ?? named[0])], texts).slice(0, 1),
        });
      }
    }

    // Ranked by now at the latest: a verdict or a referral above needs no facts ranked.
    const ranked = rankedFacts();
    const compared = comparison(q, options);
    // (With another question after it, "… – er praksiskandidat en opplæringsordning?", that one's answer follows.)
    if (compared) {
      const also = [compared[1], ...answersToEach(each, compared[0]).filter((r) => r.fact.id !== compared[1].fact.id)];
      return ledBy(q, ranked, compared[0], texts, [], [], also.slice(0, ANSWER_LIMITS.supporting));
    }
    const ageLimit = ageAsObstacle(q, options);
    if (ageLimit) {
      const [found, ...also] = ageLimit.facts;
      // (As ranked for the message itself where it is: what supports it is weighed against that.)
      const lead = ranked.find((r) => r.fact.id === found.fact.id) ?? found;
      return ledBy(q, ageLimit.onItsTopic ? ranked.filter((r) => r.fact.topic === lead.fact.topic) : ranked, lead, texts, [], [], also);
    }
    // ("hvor kan jeg lære norsk?": words every source uses and no topic say nothing a fact can answer by having them.)
    const saysWhat = q.topics.length > 0 || q.words.some((w) => !w.generic && !w.numeric);
    const defines = definesWhatIsAsked(q);
    const lead = saysWhat ? ranked.find((r) => r.answers && defines(r)) : undefined;
    if (lead) {
      // (Also when a later question of the message asks it: "Hva er Trøndelagsmodellen, og hvordan kommer jeg med?")
      const asksWho = asksWhoToTurnTo(q) || (each.count() >= 2 && Array.from({ length: each.count() }, (_, i) => each.question(i)).some(asksWhoToTurnTo));
      const who = asksWho ? referrals(q, [topicById.get(lead.fact.topic)], texts).slice(0, 1) : [];
      // "Is there an age limit for fagbrev på jobb in Nordland?": the county's own rule on the same point leads, what holds
      // nationally follows it.
      const county = lead.fact.scope === null ? askedCounty(q) : undefined;
      const samePointThere = (r: RankedFact, there: string) =>
        r.answers && isLocalTo(r.fact, there, deps.regions) && r.fact.topic === lead.fact.topic && r.fact.facet === lead.fact.facet && (r.fact.kind === 'rule' || r.fact.kind === 'fact');
      const local = county !== undefined ? ranked.find((r) => samePointThere(r, county)) : undefined;
      if (local) return ledBy(q, ranked, local, texts, who, [], [lead, ...answersToEach(each, local).filter((r) => r.fact.id !== lead.fact.id)].slice(0, ANSWER_LIMITS.supporting));
      return ledBy(q, ranked, lead, texts, who, [], answersToEach(each, lead));
    }
    // No fact answers the message as a whole, but one answers a question it asks: it leads.
    const [first, ...others] = saysWhat ? answersToEach(each, undefined) : [];
    if (first) return ledBy(q, [], first, texts, [], [], others);

    // "Finnes det kurs i batteriproduksjon i Nordland?" with no fact on it: the course catalogue's offers on what it names,
    // there or for the whole country. (Asked for the evening or this autumn, which no offer says, it is a gap, and the
    // offers are what is known.)
    if (offered.offers.length > 0) return offersAnswer(q, offered, texts);

    // The long tail: questions no fact covers well go to the passage search over the reports.
    const passage = (ranked[0]?.coverage ?? 0) < ANSWER_LIMITS.longTail ? fromPassages(q) : undefined;
    if (passage) return passage;
    if (q.topics.length > 0 || q.inDomain) return gapAnswer(q, each, ranked, texts);
    return { question: truncateText(raw.trim(), QUESTION_READ_CHARS), answer: texts.offTopic, citations: [], lang: q.lang };
  };

  const answerSync = (question: unknown, options: AnswerOptions = {}): AskResult => {
    const raw = typeof question === 'string' ? question : '';
    const echoed = truncateText(raw.trim(), QUESTION_READ_CHARS);
    const language = (): Lang => options.lang ?? deps.reader.detectLanguage(raw);
    try {
      const verdict = checkQuestion(raw);
      if (!verdict.ok) return declinedIn(echoed, language(), verdict);
      const asked = verdict.asked ?? raw;
      // A question read whole is read in its own language already (the reader detects it once).
      const read = asked.slice(0, QUESTION_READ_CHARS);
      const result = answerQuestion(read, read.length === raw.length ? options : { ...options, lang: options.lang ?? deps.reader.detectLanguage(asked) });
      if (verdict.asked === undefined) return result;
      // The question beside an attempt to steer the bot is answered, saying the rules still hold; beside nothing the
      // bot answers, the steering is declined.
      const texts = TEXTS[result.lang ?? language()];
      if (result.citations.length === 0 && !result.gap) return { question: echoed, answer: texts.injection, citations: [], lang: result.lang ?? language() };
      return { ...result, question: echoed, answer: `${texts.steered}\n\n${result.answer}` };
    } catch (error) {
      // An answerer must never take the bot down; saying "I don't know" is always safe.
      deps.onError?.(error);
      const lang = language();
      return { question: echoed, answer: TEXTS[lang].abstain, citations: [], lang };
    }
  };

  return {
    answer: async (question, options) => answerSync(question, options),
    answerSync,
    read: (question, options) => deps.reader.read(question, options),
    languageOf: (question) => deps.reader.detectLanguage(question),
    countyOf: (answered) => keptOf.get(answered)?.profile.county,
    keptQuestion: (answered) => {
      const q = keptOf.get(answered);
      if (!q) return undefined;
      // (A topic is kept by its name, whole: "fagbrev på jobb", not the words "fagbrev jobb" left when "på" is dropped.)
      const named = [...new Set(q.topics.filter((t) => t.tokens.length > 0).map((t) => t.topic))].map((id) => topicById.get(id)).filter((t): t is Topic => t !== undefined);
      const kept = q.analysis.words.filter((_, i) => {
        const w = q.words[i];
        return !w.story && w.namesTopics.length === 0 && (w.place || (!w.novel && !w.unknown && !w.numeric));
      });
      const words = [...named.map((t) => (q.lang === 'en' ? t.nameEn : t.name)), ...kept.map((w) => w.surface)];
      // (In English, what it asked is kept by the facet's own words, which are no one's words: "how long", "how many" and
      // "where" are left out as stop words.)
      const asking = q.lang === 'en' && q.facet !== undefined ? FACET_ASKED_EN[q.facet] : undefined;
      return words.length > 0 ? `${asking ? `${asking} ` : ''}${words.join(' ')}?` : undefined;
    },
    inConversation: (question, options = {}) => {
      const q = readInConversation(question, options);
      return { question: q.raw, ...(q.topics[0] ? { topic: q.topics[0].topic } : {}), ...(q.regions[0] ? { place: q.regions[0].region } : {}) };
    },
  };
}

/** The questions a message asks, one by one: split at question marks and at a comma joining a second question. */
function askedOneByOne(raw: string): string[] {
  const parts = raw.split(QUESTION_END);
  const last = parts.length - 1;
  const sentences = parts.filter((s, i) => s.trim().endsWith('?') || (i === last && i > 0 && UNMARKED_LAST_QUESTION.test(s)));
  return sentences.flatMap((s) => s.split(JOINED_QUESTION)).filter((s) => s.trim() !== '');
}

/** The assessment offered after an answer on a person's situation: a counsellor's note about a candidate gets the candidate assessment. */
function offerAssessment(q: Question, texts: AnswerTexts): string {
  return isCaseNote(q.raw) ? texts.offerCandidateAssessment : q.aboutSomeoneElse ? texts.offerAssessmentForOther : texts.offerAssessment;
}

/** Two stems of one word, in other forms or spellings ("industrifagskul", "industrifagskol"): most of the shorter is shared from the start. */
function formsOfOneWord(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < shorter && a[shared] === b[shared]) shared++;
  return shorter > 0 && shared >= 0.8 * shorter;
}

/** A fact limited to that county. */
function isLocalTo(fact: Fact, county: string, regions: Regions): boolean {
  return fact.scope !== null && 'county' in fact.scope && regions.compatible(county, fact.scope.county);
}

/** The county the question asks about (named in what it asks, not in the story around it). */
function askedCounty(q: Question): string | undefined {
  if (!q.words.some((w) => w.place && !w.story)) return undefined;
  return q.regions[0]?.region;
}

const wordSets = new Map<string, Set<string>>();

function wordsOf(sentence: string): Set<string> {
  let set = wordSets.get(sentence);
  if (!set) {
    set = new Set(sentence.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
    if (wordSets.size > 20_000) wordSets.clear();
    wordSets.set(sentence, set);
  }
  return set;
}

/** Two fact sentences that say nearly the same (most words shared). */
function sameStatement(a: string, b: string): boolean {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.size === 0 || wb.size === 0) return false;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common += 1;
  return common / Math.min(wa.size, wb.size) >= 0.75;
}

/** Whether two line ranges share a line (two web citations, without lines, do). */
function overlaps(a: readonly [number, number] | undefined, b: readonly [number, number] | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a[0] <= b[1] && b[0] <= a[1];
}
