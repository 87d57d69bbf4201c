// Which facts answer a question, best first, and whether the best one answers what was asked.
// A fact's score is its coverage of the question's words (topic words count when the fact is about
// that topic; a place counts when the fact applies there), plus small preferences: the facet asked
// for, the topic named, a rule over a report's recommendation unless recommendations are asked for,
// a general fact over one county's when no county is named. A fact answers only if it also holds the
// value asked for (a number, a price, a length of time, a date), covers the word the question is
// about and every compound it names that the facts do not have, and agrees with the years the question
// names. A question using a word the sources never use is answered by no fact.
import { isAdvice, type Fact } from '../catalogue/facts';
import type { QueryWord } from '../retrieval/analyzer';
import { TermIds } from '../retrieval/bm25';
import { byCoverage, type FactIndex, type FactMatch } from '../retrieval/fact-index';
import { descending, wordCredit } from '../retrieval/relevance';
import { sortStable } from '../retrieval/sort';
import { wordTokens } from '../retrieval/text';
import type { TopicHit } from '../retrieval/topic-matcher';
import type { QuestionCues } from './cues';
import { asksBeyondTopics, type Question } from './question';
import { foldText } from '../normalise';
import type { Regions } from './regions';
import { countTokenReader, hasCount, hasValue, yearsIn, type CountToken } from './values';
import type { AnswerShape, ListClass, ValueKind } from './cues';
import { sharesTopic, type TopicBits, type TopicMask } from './topic-bits';

export interface RankedFact {
  fact: Fact;
  coverage: number;
  score: number;
  /** Holds the value, covers the focus word and agrees with the years. */
  answers: boolean;
  /** The fact is about a topic the question names. */
  onTopic: boolean;
  /** How many of the question's own words (not generic, not numbers) the fact has. */
  matched: number;
}

/** A sentence that defines its subject: "Batterifagskolen er et bransjeprogram …", "Modulstrukturert opplæring betyr at …". */
// "X er en …", "X betyr at …", and without an article "X er industri som …".
const DEFINITION = /^((?:[\p{L}\d-]+ ){1,4})(?:er|var|betyr|innebærer) (?:(?:en|et|ei|at|ein|eit)\b|\p{L}+ (?:som|der)\b)/u;
/** The subject of the English rendering of a defining sentence: "Adult education" in "Adult education is all …". */
const SUBJECT_EN = /^((?:[\p{L}\d()-]+ ){1,6})(?:is|are|was|means)\b/u;

/** A share said in words in a fact's sentence ("minst halvparten av praksisen", "en tredjedel"). */
const SHARE_IN_WORDS = /(?<!\p{L})(?:halvparten|halvdelen|\p{L}*tredjedel\p{L}*|\p{L}*fjerdedel\p{L}*|flertallet|mesteparten)(?!\p{L})/iu;
/** A percentage in a sentence or a message ("50 %", "70 prosent", "60 percent"). */
const PERCENT = /\d\s?(?:%|prosent\b|percent\b)/u;
/** A cause or a purpose in a fact's sentence: "fordi", "på grunn av", "slik at", "gjør det mulig" … */
const REASON = /(?<![\p{L}])(?:fordi|ettersom|siden(?! \d)|på grunn av|grunnet|skyldes|årsak\w*|derfor|slik at|sånn at|gjør det mulig|gjør at|fører til|bidrar til|begrunn\w*|hensikten|formålet)(?![\p{L}])/u;

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
  referralBonus: 0.12,
  /** Recommendations and proposals, unless the question asks what someone recommends. */
  recommendationPenalty: 0.05,
  /** A rule no longer in force, unless the question asks about the old rules. */
  supersededPenalty: 0.1,
  /** Per item a fact lists ("LO, NHO, KS og NTNU"), for a question asking which or who, up to three. */
  listItemBonus: 0.03,
  /** A fact listing the members of the class a question asks about ("hvilke lærefag" – "industrimekanikerfaget, kjemiprosessfaget …") over one that only names the class. */
  memberListBonus: 0.1,
  /** "X er et …", "X betyr at …" for a question that asks what something is. */
  definitionBonus: 0.08,
  /** A fact of the shape a question asks for: two years ("etablert i 2020 … ut 2023") for when something began and ended, a percentage for how big a part. */
  shapeBonus: 0.2,
  /** A county's or pilot's fact for a question that names no place; an organisation's for one that does not name it. */
  localFactPenalty: 0.08,
  /** A fact about part of a group ("jenter som søkte …") for a question that names no part. */
  subgroupPenalty: 0.1,
  /** A fact on another topic than the ones the question names (twice that when it names a scheme). */
  offTopicPenalty: 0.1,
  /** Below this coverage a fact does not answer. */
  minCoverage: 0.55,
  /**
   * An open question (it asks for no number, price, length or date) is answered by a fact on one of
   * its topics that matches at least two of its words, from this coverage: such a question has no
   * missing value to admit, only a topic to talk about.
   */
  minCoverageOpen: 0.45,
  /** … and, leaving out the places a question names, this share: "freyr i mo i rana har de ledige jobber" is not answered by any fact of Nordland. */
  minContentCoverage: 0.3,
  /** Facts of the named topics added as candidates at most. */
  topicCandidates: 60,
  /** How many of the best-scored facts are checked for whether they answer. */
  checked: 15,
  /** Share of the best BM25 score added to break ties between equally covering facts. */
  bm25Share: 0.1,
  /** The focus word must be matched at least this well. */
  minFocusCredit: 0.8,
  /** Added for the share of words a question has in common with one of a fact's asked questions (Jaccard). */
  askedShare: 0.15,
} as const;

/** Per fact, once: its county, whether it defines, how many items it lists, its stems, its values. */
export interface FactFeatures {
  region?: string;
  /** The stems of what the fact's sentence defines ("Fagskolen" in "Fagskolen er høyere yrkesfaglig utdanning"), when it defines something. */
  defines?: ReadonlySet<string>;
  definesEn?: ReadonlySet<string>;
  /** What it defines is its topic by the topic's name ("Trøndelagsmodellen er en samhandlingsmodell …"), in whatever words a question names it. */
  definesTopic: boolean;
  listItems: number;
  stems: ReadonlySet<string>;
  values: Record<Exclude<ValueKind, 'count'>, boolean>;
  valuesEn: Record<Exclude<ValueKind, 'count'>, boolean>;
  tokens: readonly CountToken[];
  tokensEn: readonly CountToken[];
  /** The stems of the organisation or project a fact is limited to ("LEIDA", "Åkrehamn Vidaregåande skole"), when it is. */
  organisation?: ReadonlySet<string>;
  organisationEn?: ReadonlySet<string>;
  /** How many members of each class the fact names ("industrimekanikerfaget, kjemiprosessfaget …": 2 or more trades). */
  members: Record<ListClass, number>;
  /** The fact's sentence names a year: it says how something was then. */
  dated: boolean;
  /** Which answer shapes the fact's sentence has: two different years (a span of time), a percentage (a share), a cause or purpose (a reason). */
  shapes: Record<AnswerShape, boolean>;
  /** The fact is about part of a group ("Antall jenter som søkte …"). */
  subgroup: boolean;
  subgroupEn: boolean;
  /** The words of each question the fact is written to answer (its asked questions), folded, each once (by AskedWords id). */
  asked: readonly Int32Array[];
  askedEn: readonly Int32Array[];
}

/**
 * The words of the facts' asked questions, numbered: a question's overlap with them is then counted
 * per fact without looking a string up for every word of every asked question.
 */
export class AskedWords {
  private readonly ids = new TermIds();
  /** What marks() gives, kept from ranking to ranking (one array per ranking would be as long as all the words), and the ids it marks. */
  private marked = new Uint8Array(0);
  private markedIds: number[] = [];

  /** The id of a word of an asked question (a new word gets the next). */
  add(word: string): number {
    return this.ids.add(word);
  }

  /**
   * Per id, 1 for the words given that some asked question has. The array is the one the last call gave, its marks
   * replaced: it holds until the next call.
   */
  marks(words: Iterable<string>): Uint8Array {
    if (this.marked.length !== this.ids.size) this.marked = new Uint8Array(this.ids.size);
    for (const id of this.markedIds) this.marked[id] = 0;
    this.markedIds = [];
    for (const w of words) {
      const id = this.ids.id(w);
      if (id !== undefined) {
        this.marked[id] = 1;
        this.markedIds.push(id);
      }
    }
    return this.marked;
  }
}

/** Works out the facts' features, in order (build.ts, once). */
export function factFeatures(
  facts: readonly Fact[],
  regions: Regions,
  stems: (text: string, lang: 'nb' | 'en') => ReadonlySet<string>,
  tokenStems: (word: string, lang: 'nb' | 'en') => ReadonlySet<string>,
  members: (text: string) => Record<ListClass, number>,
  subgroups: ReadonlySet<string>,
  askedWords: AskedWords,
  topicName: (fact: Fact) => string | undefined = () => undefined,
): FactFeatures[] {
  const tokens = { nb: countTokenReader((w) => tokenStems(w, 'nb')), en: countTokenReader((w) => tokenStems(w, 'en')) };
  return facts.map((fact) => featuresOf(fact, regions, stems, tokens, members, subgroups, askedWords, topicName(fact)));
}

function featuresOf(
  fact: Fact,
  regions: Regions,
  stems: (text: string, lang: 'nb' | 'en') => ReadonlySet<string>,
  tokens: Record<'nb' | 'en', (text: string) => CountToken[]>,
  members: (text: string) => Record<ListClass, number>,
  subgroups: ReadonlySet<string>,
  askedWords: AskedWords,
  topicName: string | undefined,
): FactFeatures {
  const valuesOf = (text: string) => ({
    amount: hasValue(text, 'amount'),
    future: hasValue(text, 'future'),
    cost: hasValue(text, 'cost'),
    payer: hasValue(text, 'payer'),
    duration: hasValue(text, 'duration'),
    date: hasValue(text, 'date'),
    detail: hasValue(text, 'detail'),
    benefit: hasValue(text, 'benefit'),
  });
  const years = new Set(yearsIn(fact.text)).size;
  const definition = DEFINITION.exec(fact.text);
  const organisation = fact.scope !== null && 'organisation' in fact.scope ? fact.scope.organisation : undefined;
  const subjectEn = definition ? SUBJECT_EN.exec(fact.en) : null;
  const defines = definition ? stems(definition[1], 'nb') : undefined;
  const nameStems = topicName === undefined ? [] : [...stems(topicName, 'nb')];
  return {
    region: regions.ofFact(fact),
    defines,
    definesTopic: defines !== undefined && nameStems.length > 0 && nameStems.every((st) => defines.has(st)),
    definesEn: subjectEn ? stems(subjectEn[1], 'en') : undefined,
    listItems: listItems(fact.text),
    stems: stems(fact.text, 'nb'),
    values: valuesOf(fact.text),
    valuesEn: valuesOf(fact.en),
    tokens: tokens.nb(fact.text),
    tokensEn: tokens.en(fact.en),
    members: members(fact.text),
    dated: years > 0,
    shapes: { span: years >= 2, share: PERCENT.test(fact.text) || SHARE_IN_WORDS.test(fact.text), reason: REASON.test(fact.text) },
    subgroup: namesAny(fact.text, subgroups),
    subgroupEn: namesAny(fact.en, subgroups),
    organisation: organisation === undefined ? undefined : stems(organisation, 'nb'),
    organisationEn: organisation === undefined ? undefined : stems(organisation, 'en'),
    asked: (fact.asked ?? []).map((text) => Int32Array.from(foldedWords(text), (w) => askedWords.add(w))),
    askedEn: (fact.askedEn ?? []).map((text) => Int32Array.from(foldedWords(text), (w) => askedWords.add(w))),
  };
}

export interface RankDeps {
  index: FactIndex;
  regions: Regions;
  cues: QuestionCues;
  /**
   * The topics a fact is about or names (its own topic when that is a named scheme, and every topic its sentences name),
   * by the fact's position in the index (FactMatch.position).
   */
  topicsOf(position: number, lang: 'nb' | 'en'): TopicMask;
  /** The topic a fact is filed under, by its position in the index. */
  topicOf(position: number): TopicMask;
  /** The masks topicsOf and topicOf give, for the topics a question names. */
  topicBits: TopicBits;
  /** What ranking needs to know about a fact, worked out once at start-up, by its position in the index. */
  features(position: number): FactFeatures;
  /** Named schemes (topics whose facts are about them without repeating the name). */
  schemes: ReadonlySet<string>;
  /** Whether the fact's sentence names who to turn to about the topic (has a stem of its referral contacts). */
  namesReferral(fact: Fact, topic: string): boolean;
  /** The words of the facts' asked questions (FactFeatures.asked). */
  askedWords: AskedWords;
  /** Per topic, the other topics of the same kind (Batterifagskolen and Industrifagskolen are both a fagskole). */
  siblings: ReadonlyMap<string, readonly string[]>;

}

export function rankFacts(q: Question, deps: RankDeps, profileRegion?: string): RankedFact[] {
  const { index, regions } = deps;
  const weights = q.words.map((w) => w.weight);
  const total = weights.reduce((a, w) => a + w, 0);
  // What the person tells about themselves around the question can only help a fact: a long story the
  // fact does not repeat is no reason to think it misses what was asked.
  const askedTotal = q.words.reduce((a, w) => a + (w.story ? 0 : w.weight), 0);
  const placeTotal = q.words.reduce((a, w) => a + (w.place && !w.story ? w.weight : 0), 0);
  // The facts of the topics the question names are candidates even when they share no word with it.
  // A fact's asked questions lend it the question's content words, not the words every question has ("trenger", "kan").
  const lent = q.words.map((w) => !w.generic);
  const matches = index.matches(q.analysis, weights, q.reads, firstOfTopics(q.topics, index, RANKING.topicCandidates), lent);
  const topicIds = new Set(q.topics.map((t) => t.topic));
  const topicMask = deps.topicBits.of(topicIds);
  const questionRegions = q.regions.map((r) => r.region);
  if (questionRegions.length === 0 && profileRegion) questionRegions.push(profileRegion);
  const focusWord = q.focus !== undefined ? q.analysis.words[q.focus] : undefined;
  // "Hvor mange dager …" is not answered by a number of people; "hvor mange voksne …" is.
  // "Hvor mange prosent …" is answered by a fact that writes the share with a percent sign.
  const asksPercent = focusWord !== undefined && PERCENT_WORD.test(focusWord.surface);
  // A stilling the person tells ("jobber som assistent i barnehage 50 % i Bodø") is what a rule on stilling speaks to: a fact
  // that gives a percentage has the shape of the answer. (Read from the situation only when the message has a percentage;
  // only where the person's county is known: rules on stilling are counties' own, and another county's would go first.)
  const shape =
    q.shape ?? (q.yesNo && PERCENT.test(q.raw) && q.profile.employmentPercent !== undefined && (q.regions.length > 0 || q.profile.county !== undefined) ? 'share' : undefined);
  const countable = !focusWord || deps.cues.countable.has(focusWord.surface) ? deps.cues.countable : NOTHING;
  // A share or an amount answers "hvor stor andel", "hvor mye", "how much"; a share of a group answers "hvor mange" that names nothing counted ("hvor mange fullfører").
  const share = /\b(?:andel|prosent\w*|del|stilling\w*|share|percent|percentage|rates?|position|hvor mye|kor mykje|how much)\b/u.test(q.folded) || (q.focus === undefined && 'of');
  const namesSubgroup = namesAny(q.folded, deps.cues.subgroups);
  // (A scheme named only in what the person tells, "Deltaker hos oss på voksenopplæringa …", or as the trade a rule is
  // asked for in words no fact uses, "nytt fagbrev som kjemiprosessoperatør", is no scheme asked about.)
  const told = (topic: string) => {
    const naming = q.words.filter((w) => w.topics.includes(topic));
    return naming.length > 0 && naming.every((w) => w.story || (w.work && w.novel));
  };
  const schemeIds = [...new Set(q.topics.map((t) => t.topic).filter((t) => deps.schemes.has(t) && !told(t)))];
  const namesScheme = schemeIds.length > 0;
  const schemeMask = deps.topicBits.of(schemeIds);
  // A scheme named that has others of its kind, and those others ("Industrifagskolen", Batterifagskolen).
  const namedOfKind = schemeIds.filter((t) => (deps.siblings.get(t) ?? []).length > 0);
  const otherOfKind = namedOfKind.flatMap((t) => deps.siblings.get(t) ?? []).filter((t) => !schemeIds.includes(t));
  const namedOfKindMask = otherOfKind.length > 0 ? deps.topicBits.of(namedOfKind) : undefined;
  const otherOfKindMask = otherOfKind.length > 0 ? deps.topicBits.of(otherOfKind) : undefined;
  // Per word, the topics a fact covers it by being about (QuestionWord.namesTopics).
  const namedByWord = q.words.map((w) => (w.namesTopics.length > 0 ? deps.topicBits.of(w.namesTopics) : undefined));
  // Asking where, whom to contact or how to apply, a fact naming who to turn to about a topic asked about is preferred.
  const referralTopics = q.facet === 'where' || q.facet === 'contact' || q.facet === 'how-to-apply' ? [...new Set(q.topics.map((t) => t.topic))] : [];
  const namesReferral = (f: Fact): boolean => {
    for (const topic of referralTopics) if (deps.namesReferral(f, topic)) return true;
    return false;
  };

  // A definition defines what was asked about when its subject has one of the question's own words ("Det er et mål …" defines nothing).
  const askedStems = q.words.filter((w) => !w.generic && !w.numeric).map((w) => w.stem);
  const definesAsked = (defines: ReadonlySet<string>) => askedStems.some((st) => defines.has(st));
  const namedTopics = new Set(q.topics.filter((t) => t.tokens.length > 0).map((t) => t.topic));
  const namesTopicOf = (f: Fact) => namedTopics.has(f.topic);
  const asksWhoDid = q.asksForList && q.facet !== 'who-qualifies';
  const bestBm25 = matches.reduce((a, m) => Math.max(a, m.bm25), 0) || 1;
  // What the question asks about beyond its topics: its own words that are no topic name, place, number or the person's trade or workplace.
  const asksAbout = q.words.map((w) => !w.generic && !w.numeric && !w.place && !w.story && !w.work && w.namesTopics.length === 0);
  const asksBeyondGivenTopic = q.topicGiven && asksAbout.some(Boolean);
  // A word the sources never use ("parkeringsplasser") is something no fact can answer.
  const unknownPoint = q.words.some((w, i) => asksAbout[i] && w.unknown);
  // What a bare "antall" counts may be a word naming a topic too ("fagskolesamarbeidsavtaler").
  const namingWords = q.analysis.words.filter((_, i) => { const w = q.words[i]; return !w.generic && !w.numeric && !w.place && !w.story && !w.work; });
  // ("Is there any rule on how recent the practice must be?" asks for the rule, whoever it is asked for.)
  const asksAboutWhatWasDoneAbroad =
    (q.yesNo && PRACTICE_ASKED.test(q.askedText) && q.practiceAbroad && !(q.asksWhetherThereIs && RULE_ASKED.test(q.askedText))) ||
    (RECOGNITION_ASKED.test(q.askedText) && q.abroad);
  // "Do I need Norwegian at B1 level …?", "Can I get it assessed in English?": only a fact about language answers.
  const asksLanguage = LANGUAGE_ASKED.test(q.askedText);
  const offersOptions = q.words.some((w) => w.option);
  // A place the question asks about, not one the person tells of.
  const placeAsked = q.words.some((w) => w.place && !w.story);
  const asksOrganisationsIn = q.listOf?.kind === 'organisation' && placeAsked;
  // "Er det studiesenter på Hitra?", "Tilbyr Meråker vgs …?": whether a town has something is not said by its county's facts (its rules are).
  const asksWhetherTownHas =
    (q.asksWhetherThereIs || (q.yesNo && OFFERS.test(q.askedText))) && q.regions.some((r) => r.local) && placeAsked;
  const namesPlaceAsked = (x: Candidate) => q.words.some((w, i) => w.place && !w.story && (x.m.credits[i] ?? 0) >= RANKING.minFocusCredit);
  // A fact of a scheme the question names ("når ble Trøndelagsmodellen signert"), wherever the person lives.
  const ofSchemeNamed = (x: Candidate): boolean => namesScheme && (x.filedOnTopic || sharesTopic(x.about, schemeMask));
  // Whether a fact answers what was asked is only worked out for the best candidates.
  const answersFor = (x: Candidate): boolean => {
    const f = x.m.fact;
    const { features } = x;
    // (With the topic's name given, a word it asks beyond that must match: "og hvis de jobber turnus?" after fagbrev på jobb asks about shifts.)
    const open = q.value === undefined && x.onTopic && x.matched >= 2 && (!asksBeyondGivenTopic || q.words.some((w, i) => asksAbout[i] && (x.m.credits[i] ?? 0) >= RANKING.minFocusCredit));
    if (x.coverage < (open ? RANKING.minCoverageOpen : RANKING.minCoverage)) return false;
    if (x.contentCoverage < RANKING.minContentCoverage) return false;
    if (unknownPoint) return false;
    // "hvordan søker jeg om hytte" read as "bytte", "hjemmelaget" as "lag": a guess alone is no match.
    if (x.onlyGuesses && !x.onTopic) return false;
    // One county's fact says nothing about another county the question names.
    // (Where only the person's story names a place, "Jeg bor i Levanger", it is their county's rules that apply: another county's
    // example, "Haugalandsmodellen", still answers what it is, and so does a scheme's own rule when the question names it.)
    if (x.placeCredit === 0 && q.regions.length > 0 && features.region !== undefined && (placeAsked || (f.kind === 'rule' && !ofSchemeNamed(x)))) return false;
    // "Does practice from abroad count for praksiskandidat?", "I am a teacher from Brazil, how do I get my diploma approved?":
    // only a fact about what was done abroad answers.
    if (asksAboutWhatWasDoneAbroad && !ABROAD.test(f.text)) return false;
    if (asksLanguage && !LANGUAGE.test(f.text)) return false;
    // "Hva skjer med kontrakten hvis bedriften legges ned?": a fact must name the case asked about.
    if (q.words.some((w, i) => w.consequenceOf && !w.story && (x.m.credits[i] ?? 0) < RANKING.minFocusCredit)) return false;
    // "… , på skolen eller i bedriften?", "B1 or B2?": a fact naming none of the options offered does not answer.
    if (offersOptions && !q.words.some((w, i) => w.option && (x.m.credits[i] ?? 0) >= RANKING.minFocusCredit)) return false;
    // What is allowed ("hvor mange ganger har man lov å ta fagprøven") is a rule: one candidate's story in a project is no answer.
    if (q.asksAllowed && f.kind === 'example' && !x.namedExample) return false;
    // A number or name as it is now ("hvor mange … nå", "today") is not what a sentence of a given year says ("ved utgangen av 2023 …"),
    // nor a report's recommendation, proposal or example.
    if (q.asksNow && q.value !== undefined && (features.dated || isAdvice(f.kind) || f.kind === 'example')) return false;
    // "Får jeg lønn som lærling?": a fact on what is paid or granted answers, not one that names pay as a condition or a factor.
    // (Nor, asked about the wage, "må jeg gå ned i lønn?", one on what is paid for the test.)
    if (q.asksPay && q.yesNo && q.facet === 'pay-support' && f.facet !== 'pay-support' && (f.facet !== 'cost' || WAGE_ASKED.test(q.askedText))) return false;
    // Whether a firm is hiring now is in no report: a fact can only say what was planned or done then.
    if (q.asksHiringNow) return false;
    // "Hvilke bedrifter i Bergen tar inn lærlinger?": only a fact of that place naming a firm or school answers.
    if (asksOrganisationsIn && (!(x.placeCredit === 1 || namesPlaceAsked(x)) || features.members.organisation === 0)) return false;
    if (asksWhetherTownHas && f.kind !== 'rule' && !namesPlaceAsked(x)) return false;
    // A compound no fact has ("dagpenger", "ventetid") names a thing of its own: the fact must have it, its parts or a synonym.
    for (let i = 0; i < q.words.length; i++) {
      const w = q.words[i];
      if (asksAbout[i] && w.novel && (w.compound || q.value !== undefined || (q.yesNo && q.facet === 'requirement' && q.reads === 'nb')) && (x.m.credits[i] ?? 0) < RANKING.minFocusCredit) return false;
    }
    // A question naming a scheme is answered by a fact about that scheme, or about another topic it names
    // ("the right to upper secondary education for adults" names adult education and adults' rights).
    if (namesScheme && !(x.filedOnTopic || sharesTopic(x.about, schemeMask))) return false;
    // "Hvor mange moduler har Industrifagskolen?" is not answered by a fact about another of its kind (Batterifagskolen's six).
    if (otherOfKindMask && namedOfKindMask && sharesTopic(deps.topicOf(x.m.position), otherOfKindMask) && !sharesTopic(x.about, namedOfKindMask)) return false;
    // (A focus that is a generic word, "hvor mye ekstra tid", is no word the fact must have.)
    if (focusWord && q.words[q.focus ?? -1]?.topics.length === 0 && !deps.cues.generic.has(focusWord.surface)) {
      const focusIndex = q.focus ?? -1;
      const focused =
        (x.m.credits[focusIndex] ?? 0) >= RANKING.minFocusCredit ||
        (q.words[focusIndex]?.place === true && x.placeCredit === 1) ||
        (asksPercent && (q.reads === 'en' ? f.en : f.text).includes('%'));
      if (!focused) return false;
    }
    const values = q.reads === 'en' ? features.valuesEn : features.values;
    if (q.value === 'count') {
      // With no word after "hvor mange" ("samarbeidsavtaler møre og romsdal – antall?"), the question's own words name what is counted.
      // (An English word counted in a Norwegian question, "hvor mange jobs", is counted in the fact's English sentence.)
      const counting = focusWord?.english ?? focusWord;
      const counted = counting
        ? (stems: ReadonlySet<string>) => countsAs(counting, stems)
        : (stems: ReadonlySet<string>) => namingWords.some((w) => countsAs(w, stems));
      if (!hasCount(q.reads === 'en' || focusWord?.english ? features.tokensEn : features.tokens, { isCounted: counted, countable, share })) return false;
    } else if (q.value === 'amount') {
      // A sum answers what something costs when the fact is about paying, and what is earned or granted when the question asks that.
      // Whether something is free or must be paid for ("er det gratis, eller må man betale?") is answered by saying who pays, sum or not.
      const saysWhetherPaid = q.yesNo && values.cost;
      // (What is earned is a sum paid to someone, "lønn", "tilskudd", not an industry's export income, unless the question
      // names what the sum is of besides the topic: "hvor mye tjener prosessindustrien på eksport".)
      const namesWhatOf = q.words.some((w, i) => asksBeyondTopics(w) && !PAID.test(q.analysis.words[i].surface) && (x.m.credits[i] ?? 0) >= RANKING.minFocusCredit);
      // (So is what something got: "how much money did Batterifagskolen get from HK-dir?" is answered by the grant.)
      const saysWhatIsPaid = (q.asksPay || MONEY_GOT.test(q.askedText)) && (PAID.test(q.reads === 'en' ? f.en : f.text) || namesWhatOf);
      if (!saysWhetherPaid && (!values.amount || (!values.cost && !saysWhatIsPaid))) return false;
    } else if (q.value && !values[q.value]) return false;
    // "Når starter neste kull?" is answered by a plan with its date, not by a plan alone ("… skal kvalifisere …").
    if (q.value === 'future' && q.facet === 'when' && !values.date) return false;
    if (q.years.length > 0 && !q.years.every((y) => f.year === y || f.text.includes(String(y)))) return false;
    return true;
  };
  const scored = matches.map((m) => {
    const f = m.fact;
    const features = deps.features(m.position);
    const about = deps.topicsOf(m.position, q.reads);
    const filedUnder = deps.topicOf(m.position);
    const filedOnTopic = sharesTopic(filedUnder, topicMask);
    const onTopic = filedOnTopic || sharesTopic(about, topicMask);
    const factRegion = features.region;
    const organisation = q.reads === 'en' ? features.organisationEn : features.organisation;
    const namesOrganisation = organisation !== undefined && q.words.some((w) => organisation.has(w.stem));
    // "Hvilke lærefag …" is answered by a fact naming the trades ("industrimekanikerfaget, kjemiprosessfaget …").
    // (A route asked for, "hvilken vei til fagbrev …", is answered by a fact naming one.)
    const listsMembers = q.listOf !== undefined && features.members[q.listOf.kind] >= (q.listOf.kind === 'route' ? 1 : 2);
    const placeCredit =
      questionRegions.length === 0
        ? 0
        : factRegion === undefined
          ? RANKING.generalFactPlaceCredit
          : questionRegions.some((r) => regions.compatible(r, factRegion))
            ? 1
            : RANKING.otherPlaceCredit;
    const shaped = shape !== undefined && features.shapes[shape];
    let got = 0;
    let storyGot = 0;
    let placeGot = 0;
    let matched = 0;
    // Whether every word the fact has is a guess: a correction of what was typed, or a part of a compound no fact has.
    let onlyGuesses = true;
    for (let i = 0; i < m.credits.length; i++) {
      const w = q.words[i];
      const named = namedByWord[i];
      let c = m.credits[i];
      // A place counts where the fact applies there, and where it names the place itself ("Åkrehamn").
      if (w.place) c = Math.max(placeCredit, c);
      else if (named !== undefined && sharesTopic(about, named)) c = 1;
      else if (listsMembers && q.listOf?.word === i) c = 1;
      // "Når startet … og når var det slutt?": a fact naming two years says when it began and ended. (A reason is no such answer
      // to the words a "hvorfor" asks with.)
      else if (shaped && shape !== 'reason' && w.generic) c = 1;
      got += c * w.weight;
      if (w.story) storyGot += c * w.weight;
      else if (w.place) placeGot += c * w.weight;
      if (c >= 0.9 && !w.generic && !w.place) {
        matched += 1;
        if (!w.guessed && !(w.novel && w.compound)) onlyGuesses = false;
      }
    }
    // Whether a fact answers reads the words asked (the story only helps); which fact goes first reads them all.
    const coverage = askedTotal > 0 ? got / (askedTotal + storyGot) : total > 0 ? got / total : 0;
    // The same without the places asked about: a fact of the county named must still be about what is asked.
    const contentCoverage = askedTotal > placeTotal ? (got - placeGot) / (askedTotal - placeTotal + storyGot) : coverage;
    let score = (total > 0 ? got / total : 0) + RANKING.bm25Share * (m.bm25 / bestBm25);
    // (How to apply is asked of a fact filed as such at least as much as of one naming who to turn to, a referral.)
    if (q.facet && f.facet === q.facet) score += q.facet === 'how-to-apply' ? RANKING.referralBonus : RANKING.facetBonus;
    if (shaped) score += RANKING.shapeBonus;
    const defines = q.reads === 'en' ? features.definesEn : features.defines;
    // (Or what it defines is its topic, which the question names: "What is the Trøndelag model?")
    if (q.facet === 'what-is' && ((defines && definesAsked(defines)) || (features.definesTopic && namesTopicOf(f)))) score += RANKING.definitionBonus;
    if (q.asksForList) score += RANKING.listItemBonus * Math.min(3, features.listItems);
    if (listsMembers) score += RANKING.memberListBonus;
    // A question that names a scheme is about that scheme: other facts, even on a broader topic it names, come after.
    const onScheme = namesScheme && (sharesTopic(filedUnder, schemeMask) || sharesTopic(about, schemeMask));
    // "Hvem kan jeg snakke med om …": who to turn to about that topic, not what else mentions its words.
    if ((namesScheme && !onScheme) || (q.facet === 'contact' && !onTopic)) score -= RANKING.offTopicPenalty * 2;
    else if (filedOnTopic) score += RANKING.topicBonus;
    else if (onTopic) score += RANKING.mentionBonus;
    else if (topicIds.size > 0) score -= RANKING.offTopicPenalty;
    if (namesReferral(f)) score += RANKING.referralBonus;
    if (isAdvice(f.kind) && !q.asksRecommendation) score -= RANKING.recommendationPenalty;
    if (f.superseded && !q.asksPast) score -= RANKING.supersededPenalty;
    if (!namesSubgroup && (q.reads === 'en' ? features.subgroupEn : features.subgroup)) score -= RANKING.subgroupPenalty;
    if (factRegion !== undefined && questionRegions.length === 0) score -= RANKING.localFactPenalty;
    // One project's or organisation's example ("Åkrehamn-piloten", "LEIDA") comes after what holds generally, unless the
    // question names it or asks who did something ("Hvem utviklet …", not "Hvem kan få …").
    else if (organisation && !asksWhoDid && !namesOrganisation) score -= RANKING.localFactPenalty;
    if (factRegion !== undefined && questionRegions.length > 0 && placeCredit === 0) score -= RANKING.localFactPenalty * 2;
    // (An example the question names: its organisation, or its place.)
    const namedExample = f.kind === 'example' && (namesOrganisation || placeCredit === 1);
    return new Candidate(m, coverage, contentCoverage, score, onTopic, filedOnTopic, placeCredit, matched, features, about, namedExample, matched > 0 && onlyGuesses, answersFor);
  });
  // Ties go in the order the fact index would put them (its coverage, then BM25).
  sortStable(scored, (a, b) => descending(a.score, b.score) || descending(a.coverage, b.coverage) || byCoverage(a.m, b.m));
  // Among the best, a fact written to answer this very question ("hvor mange år må jeg ha jobbet for å bli
  // praksiskandidat") goes before one that only shares its words.
  // (The text that asks is folded already.)
  const askedWords = new Set(wordTokens(q.askedText));
  const top = scored.slice(0, RANKING.checked);
  const marked = deps.askedWords.marks(askedWords);
  for (const x of top) x.score += RANKING.askedShare * bestOverlap(askedWords.size, marked, q.reads === 'en' ? x.features.askedEn : x.features.asked);
  sortStable(top, (a, b) => descending(a.score, b.score) || descending(a.coverage, b.coverage));
  scored.splice(0, top.length, ...top);

  for (let i = 0; i < Math.min(RANKING.checked, scored.length); i++) scored[i].checked = true;
  return scored;
}

/**
 * A candidate as ranked, with what deciding whether it answers reads: that is worked out when first asked (most callers
 * stop at the first that does), and only for the best ones checked. (The ranking's own record of a candidate is what
 * it returns: no second object per candidate.)
 */
class Candidate implements RankedFact {
  readonly fact: Fact;
  /** Among the best, which alone are checked for whether they answer. */
  checked = false;
  private answered: boolean | undefined;

  constructor(
    readonly m: FactMatch,
    readonly coverage: number,
    /** Coverage leaving out the places asked about. */
    readonly contentCoverage: number,
    public score: number,
    readonly onTopic: boolean,
    readonly filedOnTopic: boolean,
    readonly placeCredit: number,
    readonly matched: number,
    readonly features: FactFeatures,
    readonly about: TopicMask,
    /** An example the question names (its organisation or its place). */
    readonly namedExample: boolean,
    /** Every word the fact has is a guess (see rankFacts). */
    readonly onlyGuesses: boolean,
    private readonly check: (candidate: Candidate) => boolean,
  ) {
    this.fact = m.fact;
  }

  get answers(): boolean {
    return (this.answered ??= this.checked && this.check(this));
  }
}

const NOTHING: ReadonlySet<string> = new Set();
/** Practice or work experience named in what is asked, folded. */
const PRACTICE_ASKED = /\b(?:praksis(?!kandidat)\w*|arbeidserfaring\w*|yrkeserfaring\w*|erfaring\w*|practice|experience|work experience)\b/u;
/** A rule asked for (read folded): "finnes det en regel om …", "is there any rule on …". */
const RULE_ASKED = /\b(?:regel|regelen|regler|reglene|rule|rules)\b/u;
/** Asks for a diploma, degree or certificate to be approved or recognised (read folded). */
const RECOGNITION_ASKED = /\b(?:godkjen\w*|godkjent\w*|anerkjen\w*|approv\w*|recogni[sz]\w*|accredit\w*|validat\w*|vurdert (?:\w+ )?(?:kompetanse\w*|utdanning\w*|erfaring\w*|papir\w*|vitnemal\w*)|vurdere (?:\w+ )?(?:kompetanse\w*|utdanning\w*|erfaring\w*)|(?:assess|assessed|evaluate|evaluated) (?:\w+ ){0,2}?(?:competence|skills|education|qualifications|experience)|(?:competence|skills|education|qualifications|experience) (?:\w+ ){0,2}?(?:assessed|evaluated))\b/u;
/** The wage asked about, folded: "lønn", "lønna", "løn", "salary", "wage". */
const WAGE_ASKED = /\b(?:lonn\w*|lon|lona|lonna|salary|salaries|wages?)\b/u;
/** A sum paid to someone: pay, a grant, support or a benefit. */
const PAID = /(?<!\p{L})(?:\p{L}*lønn\p{L}*|tjen\p{L}*|\p{L}*tilskudd\p{L}*|\p{L}*støtte\p{L}*|\p{L}*stønad\p{L}*|\p{L}*stipend\p{L}*|\p{L}*midler|refusjon\p{L}*|dekk\p{L}*|pay|paid|salary|salaries|wages?|earn\p{L}*|grants?|subsid\p{L}*|support|funding|funds?|benefits?|covers?|covered)(?!\p{L})/iu;
/** Money got, asked (folded): "hvor mye penger fikk …", "how much money did … get", "how much funding was … given". */
const MONEY_GOT = /\b(?:penger|midler|tilskudd|stotte|money|funding|funds|grants?) (?:\w+ ){0,4}?(?:fikk|fekk|fatt|mottok|mottatt|tildelt|bevilget|get|got|gets|received|receive|given|granted|awarded)\b/u;
/** A fact speaking of what was done or learnt abroad. */
const ABROAD = /\b(?:utland\w*|utenlandsk\w*|hjemland\w*|abroad|foreign|home country)/iu;
/** A level or a language asked for (read folded): "B1", "norsknivå", "språkkrav", "in English", "på engelsk". */
const LANGUAGE_ASKED =
  /\b(?:a1|a2|b1|b2|c1|c2|norskniva\w*|sprakkrav\w*|sprakniva\w*|norskkrav\w*|norskkunnskap\w*|norskferdighet\w*|(?:kunne|kan|snakke|snakker|prate|skrive|god|godt|flytende|darlig) norsk|in english|pa engelsk|language (?:level|requirements?|skills)|level of norwegian|(?:speak|know|knowing|fluent|good|basic) norwegian|norwegian (?:skills|language))\b/u;
/** A fact speaking of language. */
const LANGUAGE = /(?<!\p{L})(?:norsk\p{L}*|språk\p{L}*|engelsk\p{L}*|english|norwegian|language\p{L}*)(?!\p{L})/iu;
/** Offering something, read folded: "tilbyr Meråker vgs …?", "does … offer". */
const OFFERS = /\b(?:tilbyr|tilbys|tilby|tilbud|offers?|offered)\b/u;
const PERCENT_WORD = /^(?:prosent|prosenten|percent|percentage|pst)$/u;

function foldedWords(text: string): ReadonlySet<string> {
  return new Set(wordTokens(foldText(text)));
}

/** Whether the text has one of the words. */
function namesAny(text: string, words: ReadonlySet<string>): boolean {
  return wordTokens(text.toLowerCase()).some((t) => words.has(t));
}

/** The largest Jaccard overlap of `size` distinct words (their ids `marked`, see AskedWords) with one of the sets of word ids (each id once). */
function bestOverlap(size: number, marked: Uint8Array, sets: readonly Int32Array[]): number {
  let best = 0;
  for (const set of sets) {
    let common = 0;
    for (let i = 0; i < set.length; i++) common += marked[set[i]];
    const union = size + set.length - common;
    if (union > 0 && common / union > best) best = common / union;
  }
  return best;
}

/** The first `limit` facts of the topics, topic by topic (not every fact of every topic first). */
function firstOfTopics(topics: readonly TopicHit[], index: FactIndex, limit: number): number[] {
  const out: number[] = [];
  for (const t of topics) {
    for (const i of index.ofTopic(t.topic)) {
      if (out.length >= limit) return out;
      out.push(i);
    }
  }
  return out;
}

/**
 * Whether a number counts what the word names: the word, or the head of a compound the question typed
 * ("fagskolesamarbeidsavtaler" are counted as "115 samarbeidsavtaler", "industrijobber" as "6000 jobber").
 */
function countsAs(w: QueryWord, stems: ReadonlySet<string>): boolean {
  if (wordCredit(w, stems) >= RANKING.minFocusCredit) return true;
  const n = w.parts.length;
  return n >= 2 && stems.has(w.parts[n - 1]) && (n === 2 || stems.has(w.parts[n - 2]));
}

