// Question analysis: what a question is about and what it asks for, before any fact is chosen.
//   language (nb/en) · typos corrected · words and their weights · topics (topics.json) · facet and the
//   kind of value that answers it (cues) · yes/no or open · the word the question asks about (its
//   focus) · years and places it names · the person's own situation (the understanding module's
//   profile, passed in by the router or read here).
// Everything that does not depend on the question is built once, in createQuestionReader.
import type { Facet } from '../catalogue/facts';
import type { Profile } from '../catalogue/schema';
import type { Topic } from '../catalogue/topics';
import { foldText, normalizeForMatching, normalizeText, withSpokenMarks } from '../normalise';
import { memoize } from '../memo';
import type { Analyzer, QueryAnalysis, QueryWord } from '../retrieval/analyzer';
import { NORWEGIAN_FORMS } from '../nlu/language-words';
import { stemEnglish, type EnglishAnalyzer } from '../retrieval/english';
import type { SpellingCorrector } from '../retrieval/spelling';
import { stemNorwegian } from '../retrieval/stemmer';
import { namesWithPlus, wordTokens } from '../retrieval/text';
import { detectLanguage as detectMessageLanguage, withoutNorwegianNames } from '../text/detect-language';
import { TopicMatcher, type TopicHit } from '../retrieval/topic-matcher';
import type { AnswerShape, ListClass, QuestionCues, ValueKind } from './cues';
import type { RegionMention, Regions } from './regions';
import { yearsIn } from './values';
import { namesPerson, writtenFor } from '../nlu/written-for';
import { isCaseNote } from '../nlu/case-note';

export type Lang = 'nb' | 'en';

export interface QuestionWord {
  /** Stem (nb) or English stem, as the fact index knows it. */
  stem: string;
  /** Weight in coverage: the word's idf among the facts, lowered for generic words. */
  weight: number;
  generic: boolean;
  /** The topics whose name the word is part of ("fagbrev", "jobb" in "fagbrev på jobb"). */
  topics: string[];
  /**
   * The topics a fact covers the word by being about them: a scheme named in any of its ways, or a
   * topic's own name. A word that only points to a topic ("dagpenger" to NAV) must be in the fact.
   */
  namesTopics: string[];
  /** A place the question names: credited by region, not by the fact's words. */
  place: boolean;
  numeric: boolean;
  /**
   * Neither the facts nor the reports have the word or its parts ("parkeringsplasser", "studentbolig"):
   * the question asks about something the sources do not name. Norwegian only (the reports are Norwegian).
   */
  unknown: boolean;
  /** No fact states the word itself or a synonym of it (a compound of words they have, a word only their asked questions use, or unknown). */
  novel: boolean;
  /** A compound ("parkeringsplass", "dagpenger"): it names a particular thing. */
  compound: boolean;
  /** A short typed word corrected into this one ("hytte" → "bytte"): a guess at what was meant. */
  guessed: boolean;
  /** Only the story around the question has the word. */
  story: boolean;
  /** A word of how the question asks ("hvor lang tid tar", "hvem kan søke", "how much"): what it asks for, not about. */
  cue: boolean;
  /** A word of the case "Hva skjer … hvis …?" asks about ("hvis jeg blir sagt opp"): a fact must name it. */
  consequenceOf: boolean;
  /** A word of the options the question offers ("på skolen eller i bedriften"; not a number, "10 eller 20"): a fact must name one of them. */
  option: boolean;
  /**
   * A trade named ("i sveisefaget"), or a trade or workplace the person works in or as ("jobber i en barnehage",
   * "lærling som kokk"): the case a rule is asked for, or the person's situation, not the thing asked about.
   */
  work: boolean;
}

/** A word the question asks about beyond the topics it names: not generic, a number, a place or the person's story. */
export function asksBeyondTopics(w: QuestionWord): boolean {
  return !w.generic && !w.numeric && !w.place && !w.story && w.topics.length === 0 && w.namesTopics.length === 0;
}

export interface Question {
  raw: string;
  /** The language to answer in (the conversation's, or the question's own). */
  lang: Lang;
  /** The language the question is written in: what it is read and matched as. */
  reads: Lang;
  /** Folded to a–z: what facet and yes/no patterns read. */
  folded: string;
  /** Lower case, æøå kept. */
  normalized: string;
  analysis: QueryAnalysis;
  /** The question with typos corrected (Norwegian), as the passage search reads it. */
  corrected: string;
  /** One per analysis.words, same order. */
  words: QuestionWord[];
  topics: TopicHit[];
  facet?: Facet;
  /** The kind of value a fact must hold to answer the facet. */
  value?: ValueKind;
  yesNo: boolean;
  /** Index in `words` of the word the question asks about ("hvor mange X", "hva er X"), when it names one. */
  focus?: number;
  /** Years the question names (they constrain, never decide). */
  years: number[];
  regions: RegionMention[];
  profile: Profile;
  /** What the condition the question puts supposes about the person ("… hvis jeg er arbeidsledig?"); empty when it puts none. */
  supposed: Profile;
  asksRecommendation: boolean;
  /** Names a topic or a word of education and work. */
  inDomain: boolean;
  /** Asks which ones or who ("hvilke fag", "hvem sitter i"): a list answers it best. */
  asksForList: boolean;
  /** "Hvilke lærefag …", "which counties …": the word naming the class (index in `words`); a fact listing its members by name covers it. */
  listOf?: { word: number; kind: ListClass };
  /** Asks about pay or support (lønn, stipend, tilskudd, salary): a price is then money received, not paid. */
  asksPay: boolean;
  /** Asks how something is now ("akkurat nå", "i dag", "for tiden", "today", "currently", or "nå" last). */
  asksNow: boolean;
  /** Asks whether someone is hiring or taking on apprentices now ("ansetter Morrow nå?", "is Hydro still hiring?"): no report can say. */
  asksHiringNow: boolean;
  /** Asks what is allowed ("hvor mange ganger har man lov å ta fagprøven", "how many times can you retake"): a rule, not an example. */
  asksAllowed: boolean;
  /** The shape of the answer asked for: when something began and ended ("fra hvilket år til hvilket år"), how big a part ("hvor stor del"). */
  shape?: AnswerShape;
  /** Asks about the rules as they were ("den gamle loven", "før 2024", "the old act"). */
  asksPast: boolean;
  /** The words of the condition a yes/no question puts ("… hvis jeg jobber i et vikarbyrå"), folded; empty when it puts none. */
  conditionWords: ReadonlySet<string>;
  /** Asks whether a rule or thing exists ("Er det aldersgrense …?", "Is there …?"), not what holds for the person. */
  asksWhetherThereIs: boolean;
  /** The practice or work asked about was abroad ("6 years as operator in Poland", "praksis fra utlandet"). */
  practiceAbroad: boolean;
  /** The text names a country or abroad ("I am a teacher from Brazil, …", "utdanning fra hjemlandet"). */
  abroad: boolean;
  /** The part of the text that asks, folded to a–z (all of it when no story comes before or after). */
  askedText: string;
  /** The topic a cue of what is asked implies ("hvem kan jeg snakke med?": career guidance), named in `topics` or not. */
  impliedTopic?: string;
  /** Read as asked about a topic the question itself does not name (a follow-up, "og hvis de jobber turnus?"): its name's words were given. */
  topicGiven: boolean;
  /** That part as written (`raw` when no story comes before or after). */
  askedRaw: string;
  /** Written for or about someone else: a relative, a friend, a counsellor's candidate ("Kandidat, 34, …"). */
  aboutSomeoneElse: boolean;
}

export interface ReaderDeps {
  analyzer: Analyzer;
  english: EnglishAnalyzer;
  spelling: SpellingCorrector;
  topics: readonly Topic[];
  cues: QuestionCues;
  regions: Regions;
  idf(term: string, lang: Lang): number;
  /** True when some fact has the term (in its sentence or its asked questions). */
  has(term: string, lang: Lang): boolean;
  /** True when some fact's own sentence has the term. */
  stated(term: string, lang: Lang): boolean;
  /** How many facts have the term together with one of the others. */
  together(term: string, others: readonly string[], lang: Lang): number;
  /** The understanding module's profile extraction (used when the caller has none). */
  extractProfile(text: string): Profile;
  /** Words for trades and workplaces (Norwegian, lower case). */
  workWords: ReadonlySet<string>;
  /** Those of them that name a workplace or field ("lager", "barnehage"), not an occupation: work only where someone works there. */
  workplaces: ReadonlySet<string>;
  /** Countries, nationalities and words for abroad, lower case ("polen", "polsk", "utlandet"). */
  abroadWords: ReadonlySet<string>;
  /** The names of trades as such ("sveisefaget", "elektrofag"): a rule for every trade answers a question about one. */
  tradeNames: ReadonlySet<string>;
  /** The names of trades of several words that no fact writes ("barne- og ungdomsarbeider"), lower case, as one global pattern. */
  tradeTitles: RegExp;
}

export interface ReadOptions {
  lang?: Lang;
  /** The person's situation as the router already understood it. */
  profile?: Profile;
  /** What the question's condition supposes, when the caller has read it already (a Question's `supposed`). */
  supposed?: Profile;
  /** What the person told earlier in the conversation (AnswerOptions.known). */
  known?: Profile;
  /** The county the person named earlier in the conversation (AnswerOptions.countyTold). */
  countyTold?: string;
  /** (readAbout) The topic's name was put before the question. */
  topicGiven?: boolean;
}

export interface QuestionReader {
  read(question: string, options?: ReadOptions): Question;
  /** The question read as asked or, when it names no topic, as asked about the topic named ("Fagbrev på jobb: hvor mye?"). */
  readAbout(question: string, topicName: string, options?: ReadOptions): Question;
  detectLanguage(text: string): Lang;
}

/**
 * A compound cut short with a full stop, its end after it: "realkomp.vurdering". (Not a word before a space, "kand. 41 år":
 * case notes' "kand." is the candidate, read as a person, and elsewhere the stop may end a sentence.)
 */
const SHORTENED = /(?<![\p{L}.])(\p{L}{4,})\.(\p{L}{3,})(?![\p{L}.])/gu;
/** A word cut short with a full stop, as case notes write it ("praksiskand.", "realkomp."): five letters or more before the stop. */
const CUT_SHORT = /(?<![\p{L}.])(\p{L}{5,})\.(?=[\s?!,;:)]|$)/gu;
/** A misspelt word this long or shorter is corrected on a guess: one letter changes it into many words. */
const GUESSED_LENGTH = 6;
const GENERIC_WEIGHT = 0.1;
/** A person right after the word opening a yes/no question ("kan jeg", "can she"): the question, not a list going on. */
const SUBJECT_AFTER_CUE = /^\w+ (?:jeg|eg|du|han|hun|ho|vi|man|en|det|i|you|he|she|we|they|it|that)\b/u;

/** The head of a compound that makes it the number of its first part ("timetall", "elevantall"), as stemmed. */
const COUNT_HEADS: ReadonlySet<string> = new Set(['tall', 'antall']);

const ONLY_LETTERS = /^\p{L}+$/u;
/** The word after a modal verb (and its pronoun) or "å", folded: a verb ("kan tvinge meg", "kan noen tvinge", "å ordne"). */
const AFTER_MODAL = /\b(?:kan|kunne|ma|matte|skal|skulle|vil|ville|bor|burde|a)\s+(?:(?:jeg|eg|du|man|me|vi|de|dei|noen|nokon|han|hun|ho)\s+)?(\p{L}+)/gu;

/** A situation put as a condition ("hvis jeg er 19", "if I work 60 %", "når man har 3 år praksis", folded). */
const CONDITIONAL = /\b(?:hvis|dersom|viss|om jeg|om eg|if i|if my|nar (?:jeg|eg|man|en|ein) (?:har|er|jobber|bare har)|when (?:i|you|one) (?:have|has|am|work|only have))\b/u;
const CONDITIONAL_WORDS = /(?<![\p{L}])(?:hvis|dersom|viss|om(?= jeg| eg)|if|når(?= (?:jeg|eg|man|en|ein) (?:har|er|jobber|bare har)\b)|when(?= (?:i|you|one) (?:have|has|am|work|only have)\b))(?![\p{L}])/giu;
const NUMBER_WEIGHT = 0.3;
/** "Er det …", "Finnes det …", "Is there …": a question about what exists, put without the person in it (also as the
 * alternative a question ends with: "kan jeg …, eller er det en aldersgrense?"). */
const THERE_IS = /(?:^|\b(?:eller|or)\s)(?:er det|finnes det|fins det|finst det|e det|is there|are there)\b/u;
/**
 * A person's age ("jeg er 45", "æ e 58", "han er 52", "45 år gammel", "I am 52", a sentence opening "er 58 år, …"): their situation,
 * which the rules read, not a number asked about.
 */
const AGE = /(?<![\p{L}\p{N}])(?:(?:jeg|eg|æ|e|i|han|hun|ho|hu|he|she) (?:er|e|am|is)|i'm|im|he's|she's) (\d{1,2})\b(?! ?(?:%|prosent|percent))|\b(\d{1,2}) (?:år|ar|aar|years?) (?:gammel|gamal|old)\b|(?:^|[.,!?]\s*)(?:er|e) (\d{2}) (?:år|ar|aar)\b/gu;
/** Paying wages, read folded: "betale lønn", "betaler ut lønna", "pay (the) wages/salary". */
const PAYS_WAGES = /\b(?:betale|betaler|betala|betalar) (?:\w+ )?(?:lonn|lon|lona|lonna|lonnen|lonningar)\b|\bpay (?:\w+ )?(?:wages?|salary|salaries)\b/u;
/** A word only the sentences around the question have (the person's story). */
const STORY_WEIGHT = 0.2;
const DIGIT = /\d/u;
/** A capital "Jeg", "Eg", "Vi", "Jobber", "Sønnen min" … after a word: where a sentence telling about oneself may begin. */
const UNMARKED_END = /(?<=[\p{L}\p{N}])\s+(?=(?:Jeg|Eg|Æ|Vi|Me|Har|Hadde|Jobber|Jobbet|Jobba|Takk|Tusen|Mvh|Hilsen|\p{Lu}\p{Ll}+\s+(?:min|mi|mitt|mine))\s)/gu;
/** A Norwegian question word, bokmål, nynorsk or dialect, as typed. */
const QUESTION_WORD_NB = String.raw`(?:hva|hvordan|hvor|hvorfor|hvem|hvilk\p{L}*|når|ka|kva|kvifor|kor|korfor|korleis|koss|kem|kven|kæm)`;
/**
 * Typed on a phone or spoken, with neither marks nor capitals: where a question may begin inside a sentence (a verb
 * and who does it, "kan jeg …", or a question word, "hvor mange …", not one opening a clause about someone, "hvor jeg
 * bor") and where telling about oneself may begin ("jeg er journalist", "vi har").
 */
const UNMARKED_QUESTION = new RegExp(String.raw`(?<=[\p{L}\p{N}%+])\s+(?=(?:(?:kan|kann|må|ma|får|far|skal|bør|vil|trenger|holder|gjelder|teller|finnes|fins|finst|er|e|har)\s+(?:jeg|eg|æ|man|me|vi|en|det|d|han|hun|ho)|(?:kan|må|får|skal|bør|gir|tilbyr|gjelder|finnes|fins|teller|holder|stemmer|trenger)\s+(?!(?:ikke|ikkje|aldri|bare|berre|også|heller)(?!\p{L}))\p{L}{4,}|${QUESTION_WORD_NB}(?!\s+(?:jeg|eg|æ|du|man|me|vi|han|hun|ho|de|dei|dem|en|som)(?!\p{L})))(?!\p{L}))`, 'giu');
const UNMARKED_TELLING = /(?<=[\p{L}\p{N}%+])\s+(?=(?:jeg|eg|æ|vi|\p{L}+\s+(?:min|mi|mitt|mine)\s+(?:er|e|har|hadde|var|vil|skal|sier|synes|mener|tror|jobber|jobba|jobbet|går|gikk|bor|fikk|ble|lurer|spør|driver|studerer|heter)|takk|tusen takk|mvh|hilsen|hei|beklager|unnskyld|orsak|sorry)\s)/giu;
/** A verb of telling about oneself with its subject left out ("… hadde en tøff skoletid", "… jobber skift"), not a verb and who does it. */
const UNMARKED_TELLING_VERB = /(?<=[\p{L}\p{N}%+])\s+(?=(?:har|hadde|jobber|jobba|jobbet|bor|bur|kom|fikk|tok|driver|dreiv|eier|eide|studerer|pendler)\s+(?!(?:jeg|eg|æ|du|man|vi|me|dere|de|dei|han|hun|ho|det|den|en|noen)(?!\p{L})))/giu;
/** A greeting or thanks opening a message without a mark after it: "hei jeg …", "takk for sist blir …". */
const LEADING_GREETING = /^\s*(?:hei|hallo|heisann|god (?:morgen|dag|kveld)|(?:tusen )?takk for (?:sist|svaret|svar|hjelpen|hjelpa))(?=\s+\p{L})/iu;
/** A clause inside the question ("… når arbeidsgiveren og den ansatte har søkt"), whose verb may come later. */
const SUBORDINATE = /(?<!\p{L})(?:når|nar|hvis|dersom|viss|at|fordi|mens|siden|sidan|da|before|if|when|that|who)(?!\p{L})/iu;
/** A verb a question has once it has its own ("hva er …", "hvor mange studiesentre har Nordland"): a verb after it may begin another sentence. */
const FINITE_VERB = /(?<!\p{L})(?:er|e|var|har|hadde|kan|må|skal|vil|bør|får|fikk|blir|ble|gir|ga|tar|tok|går|gikk|gjør|gjorde|finnes|fins|trenger|treng|koster|betyr|heter|gjelder|teller|varer|varte|starta|startet|kom|sier|sa|mener|skjer|skjedde|ligger|passer|tilbyr|dekker|betaler|betalte)(?!\p{L})/iu;
/**
 * Words after which a question word, "jeg" or a verb goes on the sentence: a clause they open, the verb "jeg" is the
 * subject of, or the subject of the verb after it.
 */
const GOES_ON = new Set(['jeg', 'eg', 'æ', 'du', 'man', 'vi', 'me', 'han', 'hun', 'ho', 'de', 'dei', 'dere', 'det', 'den', 'dette', 'noe', 'alt', 'om', 'at', 'hvis', 'dersom', 'viss', 'når', 'nar', 'som', 'og', 'eller', 'men', 'fordi', 'så', 'da', 'der', 'her', 'hvor', 'kor', 'mens', 'siden', 'sidan', 'før', 'etter', 'enn', 'selv', 'sjølv', 'på', 'pa', 'til', 'for', 'av', 'med', 'i', 'fra', 'frå', 'ikke', 'ikkje', 'itj', 'lurer', 'lure', 'vet', 'veit', 'spør', 'usikker', 'hva', 'kva', 'ka', 'kan', 'må', 'ma', 'skal', 'vil', 'bør', 'får', 'far', 'fikk', 'har', 'hadde', 'er', 'e', 'var', 'blir', 'ble', 'vart', 'trenger', 'treng', 'burde', 'kunne', 'skulle', 'ville', 'måtte', 'gjør', 'gjorde', 'teller', 'søker', 'tar', 'går', 'gjelder', 'holder']);
/**
 * The text with a full stop where a sentence telling about oneself, or a thanks, begins without one ("… pa jobb
 * trondelag Jeg er tillitsvalgt …"), and where a message typed without marks or capitals turns from telling to asking
 * or back.
 */
function withSentenceEnds(text: string, opensQuestion: (clause: string) => boolean): string {
  const marked = text.replace(UNMARKED_END, (space, at: number) => {
    const rest = text.slice(at + space.length);
    return TELLS.test(rest) || PLEASANTRY.test(rest) ? '. ' : space;
  });
  return unmarkedEnds(marked, opensQuestion);
}
/** Where a global pattern matches in a text (matchAll would copy the pattern, compiling it anew, on every call). */
function matchesAt(pattern: RegExp, text: string): number[] {
  const at: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    at.push(m.index);
    if (m[0] === '') pattern.lastIndex += 1;
  }
  return at;
}
/** The last sentence of a text so far (from its last mark on). */
const LAST_SENTENCE = /[.!?][^.!?]*$/u;
const LAST_WORD = /(\p{L}+)\s*$/u;
const FIRST_WORD = /^\s*\p{L}+/u;
/**
 * Whether the clause typed so far ends where `rest` begins: a question after telling about oneself; telling about
 * oneself or thanks after something else; a verb without its subject after a question that has its own verb
 * ("hvor mange prosjekter har fått …" goes on). A greeting of a few words before ("hei jeg bor …", "takk for sist
 * hvor …") is a sentence of its own.
 */
function endsSentence(clause: string, rest: string, asks: boolean, verb: boolean, opensQuestion: (clause: string) => boolean): boolean {
  const words = clause.trim().split(/\s+/u).length;
  if (words <= 3 && PLEASANTRY.test(clause)) return !verb;
  if (words < 3 || GOES_ON.has(LAST_WORD.exec(clause)?.[1]?.toLowerCase() ?? '')) return false;
  const clauseTells = TELLS.test(clause) && !INVERTED.test(clause) && !ASKS_INSIDE.test(clause);
  if (asks) return clauseTells;
  if (!verb) return !clauseTells && (TELLS.test(rest) || PLEASANTRY.test(rest));
  const afterFirst = clause.replace(FIRST_WORD, '');
  return (INVERTED.test(clause) || ASKS_INSIDE.test(clause) || opensQuestion(clause)) && FINITE_VERB.test(afterFirst) && !SUBORDINATE.test(afterFirst);
}
/**
 * A message of one run of words: a question after telling about oneself ("jeg har halv stilling i stjørdal kan jeg ta
 * fagbrev på jobb"), and telling about oneself after a question ("hvor mange søkte i 2020 jeg er journalist").
 */
function unmarkedEnds(text: string, opensQuestion: (clause: string) => boolean): string {
  const greeted = LEADING_GREETING.exec(text);
  if (greeted) return `${greeted[0]}.${unmarkedEnds(text.slice(greeted[0].length), opensQuestion)}`;
  const boundaries = [
    ...matchesAt(UNMARKED_QUESTION, text).map((at) => ({ at, asks: true, verb: false })),
    ...matchesAt(UNMARKED_TELLING, text).map((at) => ({ at, asks: false, verb: false })),
    ...matchesAt(UNMARKED_TELLING_VERB, text).map((at) => ({ at, asks: false, verb: true })),
  ].sort((a, b) => a.at - b.at);
  const cuts: number[] = [];
  // Where the sentence read so far begins: after a mark, or at the last cut.
  let from = 0;
  for (const { at, asks, verb } of boundaries) {
    const before = text.slice(0, at);
    from = Math.max(from, before.search(LAST_SENTENCE) + 1);
    const clause = before.slice(from);
    if (endsSentence(clause, text.slice(at), asks, verb, opensQuestion)) {
      cuts.push(at);
      from = at;
    }
  }
  return cuts.reduceRight((out, at) => `${out.slice(0, at)}.${out.slice(at)}`, text);
}
/** A sentence ends after . ! or ?, but not after a case note's abbreviation ("jf.", "vedr.", "bl.a.", "f.eks."). */
export const SENTENCE_END = /(?<=[.!?])(?<!(?<!\p{L})(?:jf|jfr|vedr|ang|ift|mht|mtp|evt|ca|bl\.a|f\.eks|dvs|pga|iflg|inkl|ekskl|nr|kap|ref|tlf|kl)\.)\s+/iu;
/**
 * Someone telling about themselves or what they ask for before a colon: "Jeg sitter i fylkestinget og skal forberede
 * sak: hvilke …", "For masteroppgaven: hvor stor andel …", "Til et saksframlegg i formannskapet: hva …".
 */
const TELLS_BEFORE_COLON =
  /^(?:[^:]*\b(?:jeg|eg|vi|we|my|our|i'm|im|min|mitt|mine|vår|vårt|våre)\b[^:]*|(?:for|til) (?:\p{L}+ ){0,2}?(?:\p{L}*oppgave\p{L}*|sak\p{L}*|notat\p{L}*|artikkel\p{L}*|avhandling\p{L}*|utredning\p{L}*|presentasjon\p{L}*|\p{L}*møte\p{L}*|innlegg\p{L}*|thesis|report|article|memo|brief|briefing|presentation|meeting)(?: (?:i|til|for|på|om|in|to|on|at) (?:\p{L}+ ){0,2}?\p{L}+)?):\s+/iu;

/** A clause telling about oneself opens with "jeg", "vi" or a verb of having or working with the subject left out … */
const TOLD_OPENING = String.raw`(?:jeg|eg|æ|vi|me|han|hun|ho|min|mi|mitt|mine|vår|vårt|våre|har|hadde|fikk|fekk|tok|kom|jobber|jobba|jobbet|my|our|we|i'm|im|i've|ive|i (?:am|have|had|work|worked|was))\s[^,?:]+`;
/** … or names something of one's own ('lærekontrakten min'). */
const TOLD_OWN = String.raw`[^,?:]*\s(?:min|mi|mitt|mine|my)\s[^,?:]*`;
const ASKING_VERB = String.raw`(?:kan|må|ma|får|far|skal|bør|vil|blir|trenger|holder|gjelder|teller|finnes|fins|finst|går|gir|can|could|do|does|should|will|is|are|am)`;
const ASKING_WORD = String.raw`(?:hva|hvordan|hvor|hvem|hvilk\p{L}*|når|ka|kva|kor|korleis|kem|kven|what|how|who|which|when|where)`;
/**
 * The question after it opens with a verb or a question word and ends with a question mark or, typed on a phone
 * without one, the text; a verb then has its subject after it ("får man …", not "kan ikke tjene mindre").
 */
const ASKING_SUBJECT = String.raw`(?:jeg|eg|æ|man|du|vi|me|det|han|hun|ho|de|dei|en|i|you|we|he|she|they|it|there)`;
const ASKING_OPENING = String.raw`(?:(?:${ASKING_VERB}|${ASKING_WORD}|(?:har|er|e|have|has)\s+${ASKING_SUBJECT})\s[^?]*\?|(?:(?:${ASKING_VERB}|har|er|e|have|has)\s+${ASKING_SUBJECT}|${ASKING_WORD})\s[^?]*$)`;
/**
 * Someone telling about themselves before a comma or a dash and a question: "har studiekompetanse fra 2010, kan jeg …?",
 * "lærekontrakten min ble avbrutt i fjor, kan jeg …?", "kom hit fra Syria i fjor, har utdanning fra hjemlandet, hva …?",
 * "men jeg har ikke jobb nå – kan jeg likevel …?".
 */
const TELLS_BEFORE_COMMA = new RegExp(String.raw`^\s*(?:(?:men|og|så|but|and|so)\s+)?(?:${TOLD_OPENING}|${TOLD_OWN})(?:,\s*(?:har|hadde|og|and)\s[^,?:]+)*(?:,|\s[–—-])\s+(?=${ASKING_OPENING})`, 'iu');

/**
 * The sentences of a text; what someone tells about themselves before a colon, or before a comma and a question, is a
 * sentence of its own (a heading, "Nordland fagbrev på jobb: …", is not).
 */
function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_END).flatMap((s) => {
    // (Only a sentence with a colon or a comma can have one: the patterns are costly to try on every sentence.)
    const told = (s.includes(':') ? TELLS_BEFORE_COLON.exec(s) : null) ?? (s.includes(',') || /\s[–—-]\s/u.test(s) ? TELLS_BEFORE_COMMA.exec(s) : null);
    return told ? [told[0].trimEnd(), s.slice(told[0].length)] : dictated(s);
  });
}

/** A message this long with no punctuation inside is a story spoken in one breath. */
const DICTATED_WORDS = 25;
/**
 * Where a question begins in a dictated story: "… men er det sånn at …", "… så hva kan jeg gjøre", "… lurte på hva …". (Not
 * "og"/"eller": they join a second question to the first, "Hva er X og hvor mange …", which is asked with it.)
 */
const DICTATED_QUESTION = new RegExp(String.raw`\s(?:men|så|but|so|(?:lurer|lurte|lurar|lura)(?:\s+\S+)?\s+på|(?:wonder|wondered|wondering))\s+(?=(?:(?:${ASKING_VERB}|har|er|e|have|has)\s+${ASKING_SUBJECT}|${ASKING_WORD})\s)`, 'giu');
/**
 * A long sentence dictated without punctuation ("jeg er 34 og har aldri fullført vgs fordi … og nå går jeg på AAP men er
 * det sånn eller har jeg fortsatt rett til å fullføre"): the question is its own sentence from the last point where one
 * begins, so the story before it is told, not asked.
 */
function dictated(sentence: string): string[] {
  if (/[,;:!?]/u.test(sentence.trimEnd().slice(0, -1)) || sentence.split(/\s+/u).length < DICTATED_WORDS) return [sentence];
  let at = -1;
  for (const m of sentence.matchAll(DICTATED_QUESTION)) at = m.index;
  return at > 0 ? [sentence.slice(0, at), sentence.slice(at).trimStart()] : [sentence];
}
/** What is allowed, read folded: "har man lov", "tillatt", "hvor mange ganger kan man", "allowed to", "how many times can". */
const ALLOWED =
  /\b(?:lov (?:til|a|aa)|tillatt|tillate|hvor mange ganger (?:\w+ ){0,2}?(?:kan|far|faar|ma|maa)|kor mange gonger (?:\w+ ){0,2}?(?:kan|far)|allowed|permitted|how many times (?:\w+ ){0,2}?(?:can|may))\b/u;
/** Hiring or taking on apprentices, asked about now or this year (read folded): "tar batterifabrikken inn lærlinger i år?". */
const HIRING_NOW =
  /\b(?:ansetter|ansette|ansettes|rekrutterer|hiring|hire|recruiting|(?:tar|tek) (?:\S+ ){0,3}?inn|ta inn|(?:take|takes|taking|tar|ta) (?:on |in )?(?:\S+ )?(?:apprentices|laerlinger|folk|people|workers))\b(?:\s+\S+){0,6}?\s+(?:na|naa|fortsatt|enda|i ar|iar|for tiden|for tida|akkurat na|now|still|currently|this year|at the moment|right now)\b|\b(?:still|fortsatt|enda|currently)\s+(?:\S+\s+){0,2}?(?:hiring|recruiting|ansetter|rekrutterer)\b/u;
/**
 * Now, read folded: "akkurat nå", "per i dag", "for tiden", "i år", "i fjor", "today", "currently", "this year", or "nå" ending the
 * question (not "til nå", so far: the latest figure the sources give answers that).
 */
const NOW = /\b(?:akkurat na|per i dag|i dag|idag|for tiden|for tida|no for tida|i fjor|ifjor|i ar|iar|today|currently|right now|at the moment|at present|last year|this year)\b|(?<!\btil )\bna$/u;
const PAST =
  /\b(?:den gamle|gamle (?:lov|loven|opplaringslov\w*|regl\w*|ordning\w*)|gammel lov\w*|tidligere (?:lov\w*|regl\w*|ordning\w*)|(?:for|foer) (?:2024|reformen|den nye loven)|the old|old (?:act|law|rules)|previous (?:act|law|rules)|before (?:2024|the new))\b/u;

/** "what is the X", "hvor mange X", "hva koster X" — the word after them is what is asked about (after an ordinal too: "the third driver"). */
const FOCUS_NB =
  /\b(?:(?:hva|ka|kva|hvem|kven|kem|hvilken|hvilket|hvilke) (?:er|var|blir|heter)|(?:hvor|kor) (?:mange|mye)|antall(?: (?:på|pa|av))?|(?:hva|ka|kva) kost\w*|(?:nar|naar) (?:er|var|blir|kommer))(?: (?:en|et|ei|det|den|de|dei|eit|ein|neste|ekstra|mer|lengre|forste|andre|tredje|fjerde|femte|siste))* (\w+)/u;
/**
 * A verb right after "hvor mange" ("hvor mange fullfører", "how many finish"): those who do it are counted, a number or a
 * share of a group, not a thing the verb names (read folded).
 */
const DOING =
  /^(?:fullforer|fullforte|gjennomforer|gjennomforte|fullfore|soker|sokte|tar|tok|gar|gikk|jobber|jobbet|far|fikk|bruker|brukte|bestar|besto|bestod|stryker|strauk|deltar|deltok|begynner|begynte|starter|startet|slutter|sluttet|dropper|droppet|faller|falt|velger|valgte|finish|finished|complete|completed|apply|applied|take|took|pass|passed|fail|failed|drop|dropped|start|started|choose|chose|work|worked|get|got)$/u;
/** "Hvor mange av deltakerne var innvandrere", "how many of the participants were immigrants": what is counted comes after the verb. */
const COUNT_OF = /\b(?:how many|(?:hvor|kor) mange) (?:of|av) (?:\w+ ){1,4}?(?:were|are|was|is|var|er|ble|blir|vart) (\w+)/u;
/** "Is there a gender quota for …": the thing asked about is the last word before the preposition (or the end). */
const THERE_IS_EN = /\b(?:is|are) there (?:a |an |any |some )?(?:(?:kind|sort|type|form)s? of (?:a |an )?)?((?:\w+ ){0,3}?\w+)(?= (?:for|in|at|to|between|of|before|after|with|on|that|which|who|when|where|if|from|during|about)\b|$)/u;
/** The same in Norwegian: "er det aldersgrense for …", "finnes det noe kurs i …". */
const THERE_IS_NB = /(?:^|\b(?:eller)\s)(?:er det|finnes det|fins det|finst det|e det) (?:en |et |ei |noen |noe |nokon |noko )?(?:slags |form for |type )?(?!som )((?:\w+ ){0,2}?\w+)(?= (?:for|i|pa|til|mellom|av|etter|med|som|nar|hvis|fra|om|ved)\b|$)/u;
/** Words ending in -s after "how many X" that are no noun X is part of ("how many students does …", "how many hours is …"). */
const NOT_HEAD_EN = new Set(['is', 'was', 'has', 'does', 'this', 'its', 'his', 'hers', 'us', 'as', 'thus', 'yes', 'plus', 'less', 'unless', 'whereas']);
const FOCUS_EN = /\b(?:(?:what|who|which) (?:is|are|was|s)|how (?:many|much)|what does(?=(?: \w+){1,4} cost\b)|when is|when does)(?: (?:the|a|an|any|next|extra|more|meant by|understood by|first|second|third|fourth|fifth|last))* (\w+)/u;

export function createQuestionReader(deps: ReaderDeps): QuestionReader {
  const matchers = { nb: new TopicMatcher(deps.topics, 'nb'), en: new TopicMatcher(deps.topics, 'en') };
  const { cues } = deps;
  // Folding the same few hundred words again and again is most of reading a question.
  const fold = memoize(foldText, 20_000);
  const schemeTopics = new Set(deps.topics.filter((t) => t.scheme).map((t) => t.id));
  const topicById = new Map(deps.topics.map((t) => [t.id, t]));
  const nameWords = new Map(deps.topics.map((t) => [t.id, new Set([...wordTokens(normalizeText(t.name)), ...wordTokens(normalizeText(t.nameEn))].map(foldText))]));
  // (A domain word's own stems, not its parts': "læreplass" makes no "barnehageplass" a word of the domain.)
  const domainStems = new Set([...cues.domain].flatMap((w) => deps.analyzer.words(w).map((x) => x.stem)));
  const topicStems = new Set(deps.topics.flatMap((t) => t.terms.flatMap((term) => deps.analyzer.words(term).map((x) => x.stem))));
  const domainWordStems = new Set([...cues.domain].filter((w) => w.length >= DOMAIN_TAIL).map(stemNorwegian));
  // (Of the words that stand for "something", those that also end a compound naming no more than its first parts.)
  const placeholderStems: ReadonlySet<string> = new Set(['opplegg', 'tilbud', 'tilbod'].filter((w) => cues.placeholders.has(w)).map(stemNorwegian));
  /** A word of DOMAIN_TAIL letters or more ends it, after a first part of three or more ("sveise|fagbrevet"). */
  const endsInDomainWord = (word: string): boolean => {
    for (let at = 3; at <= word.length - DOMAIN_TAIL; at++) if (domainWordStems.has(stemNorwegian(word.slice(at)))) return true;
    return false;
  };
  // A work word as a whole word, made once per word (the work words are a few hundred).
  const wordPattern = memoize((word: string) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u'), 5_000);

  /** The language of a text: clearly one language for the conversation's reading, or else as its cue words lean (scheme and county names such as "fagbrev på jobb" left out in both). */
  const languageOf = (text: string, normalized = normalizeText(text)): Lang => {
    const clear = detectMessageLanguage(text);
    if (clear) return clear;
    // Function words decide; names with æ/ø/å ("Trøndelag") and scheme names ("fagbrev på jobb") occur in both.
    let en = 0;
    let nb = 0;
    const tokens = wordTokens(withoutNorwegianNames(normalized));
    for (const t of tokens) {
      const english = cues.english.has(t);
      const norwegian = cues.norwegian.has(t);
      if (english && !norwegian) en += 1;
      if (norwegian && !english) nb += 1;
    }
    if (en !== nb) return en > nb ? 'en' : 'nb';
    // Keywords alone ("Industrifagskolen price per module for company?"): the words only one language's facts use.
    for (const t of tokens) {
      if (!ONLY_LETTERS.test(t)) continue;
      const english = t.length > 2 && deps.has(stemEnglish(t), 'en');
      const norwegian = deps.spelling.knows(t);
      if (english && !norwegian) en += 1;
      if (norwegian && !english) nb += 1;
    }
    return en > nb ? 'en' : 'nb';
  };
  const detectLanguage = (text: string): Lang => languageOf(text);

  /** "forskjellen i", "the difference in" right after "hva er": what follows is what is compared. */
  const DIFFERENCE_IN = /^(?:den |the )?(?:forskjellen|skilnaden|difference) (?:i|in) /u;
  /** At most this many characters between "hva er" and a cue word it asks for: " de ", " the ". */
  const WHAT_IS_GAP = 5;
  /**
   * The facet whose cue comes first in the text ("hvor kan jeg få …" asks where, not who may), cues at
   * the same place taken in the order of the data, and the kind of value that answers it.
   */
  const readCues = (text: string, reads: Lang) => {
    let facet: Facet | undefined;
    let value: ValueKind | undefined;
    let at = Infinity;
    let valueAt = Infinity;
    const weakWords = new Set<string>();
    let impliedTopic: string | undefined;
    let asksPay = false;
    let shape: AnswerShape | undefined;
    let whatIsEnd = -1;
    /** Where each other facet's cue begins (the first in the data's order at a place). */
    const namedAfter = new Map<number, Facet>();
    for (const cue of cues.facets) {
      const re = reads === 'en' ? cue.enAll : cue.nbAll;
      if (!re) continue;
      re.lastIndex = 0;
      const m = re.exec(text);
      if (!m) continue;
      if (cue.facet === 'pay-support') asksPay = true;
      shape ??= cue.shape;
      if (cue.weakCues) {
        for (let w: RegExpExecArray | null = m; w; w = re.exec(text)) for (const part of w[0].split(' ')) {
          weakWords.add(part);
          // (The cues read the words as typed, the analysis in bokmål: "starta" is "startet".)
          if (reads === 'nb') weakWords.add(fold(bokmalForm(part)));
        }
      }
      impliedTopic ??= cue.impliesTopic;
      if (m.index < at) {
        at = m.index;
        facet = cue.facet;
      }
      if (cue.facet === 'what-is') whatIsEnd = m.index + m[0].length;
      else if (!namedAfter.has(m.index)) namedAfter.set(m.index, cue.facet);
      // An amount asked for anywhere ("… i kroner?") is what a price question wants, whatever cue came first.
      // So is a time to come ("Når starter neste kull?"): any date will not do.
      // So is a benefit kept or paid while studying ("… uten å miste trygden?"): any fact on the scheme will not do.
      const overrides = cue.value === 'amount' || cue.value === 'benefit' || (cue.value === 'future' && value === 'date');
      const kept = value === 'amount' || value === 'benefit' || (value === 'future' && cue.value === 'date');
      if (cue.value && (m.index < valueAt || overrides) && !kept) {
        valueAt = m.index;
        value = cue.value;
      }
    }
    // "Hva er kravene …", "What is the deadline …": the word asked for names the facet, not "hva er". (So it does after "hva
    // er forskjellen i …": "… i lønn" asks about pay.)
    if (facet === 'what-is' && whatIsEnd >= 0) {
      const between = DIFFERENCE_IN.exec(text.slice(whatIsEnd + 1))?.[0].length ?? 0;
      for (let i = whatIsEnd + 1 + between; i <= whatIsEnd + between + WHAT_IS_GAP; i++) {
        const named = namedAfter.get(i);
        if (named) {
          facet = named;
          // (The difference in pay between two is how much each is paid: amounts.)
          if (between > 0 && named === 'pay-support') value ??= 'amount';
          break;
        }
      }
    }
    // "Får man betalt …?" asks about being paid: "betalt" is no price to pay. Nor is paying wages ("må bedriften betale
    // lønn …?", "do they pay wages"): that is pay.
    if (asksPay && value === 'cost' && PAYS_WAGES.test(text)) facet = 'pay-support';
    if (facet === 'pay-support' && value === 'cost') value = undefined;
    return { facet, value, weakWords, impliedTopic, asksPay, shape };
  };

  /** Whether the facts in that language state every one of the stems. */
  const statesAll = (stems: readonly string[], lang: Lang): boolean => stems.length > 0 && stems.every((st) => deps.stated(st, lang));
  /** Whether the facts in that language state the word or all of one of its synonyms. */
  const statesWordOrSynonym = (word: QueryWord, lang: Lang): boolean =>
    statesAll([word.stem], lang) || word.synonyms.some((syn) => statesAll(syn.stems, lang));
  /** For a word the facts do not have: the idf of its most common synonym they state, if any. */
  const bySynonym = (word: QueryWord, lang: Lang): number | undefined => {
    if (deps.has(word.stem, lang)) return undefined;
    let idf: number | undefined;
    for (const syn of word.synonyms) {
      if (!statesAll(syn.stems, lang)) continue;
      const mean = syn.stems.reduce((a, st) => a + deps.idf(st, lang), 0) / syn.stems.length;
      idf = Math.min(idf ?? mean, mean);
    }
    return idf;
  };

  /**
   * An English question may use the Norwegian word for a thing ("Will the battery fordypning be written on my
   * fagbrev?"): a word the English facts never use that the Norwegian facts state is read as Norwegian too.
   */
  const withNorwegianWords = (analysis: QueryAnalysis): QueryAnalysis => {
    for (const w of analysis.words) {
      if (w.numeric || deps.has(w.stem, 'en')) continue;
      const norwegian = deps.analyzer.query(w.surface, (t) => deps.has(t, 'nb')).words[0];
      // ("vgs" is no fact's word, but its synonym "videregående" is.)
      if (norwegian && statesWordOrSynonym(norwegian, 'nb')) w.norwegian = norwegian;
    }
    return analysis;
  };

  /**
   * And the other way round, more strictly: an English word in a Norwegian question ("… hvis jeg er unemployed") that
   * no Norwegian fact, part or synonym has and the English facts state, as typed — Norwegian loans and typos share
   * too many words with the English sentences otherwise ("drop-in" meeting "drop out", "nekte" read as "next").
   */
  const withEnglishWords = (analysis: QueryAnalysis, text: string): QueryAnalysis => {
    for (const w of analysis.words) {
      if (w.numeric || deps.has(w.stem, 'nb') || w.synonyms.length > 0 || w.parts.some((p) => deps.has(p, 'nb'))) continue;
      // Part of a hyphened loanword ("drop-in") is no English word of its own.
      if (text.includes(`${w.surface}-`) || text.includes(`-${w.surface}`)) continue;
      const english = deps.english.query(w.surface).words[0];
      if (english && english.surface === w.surface && statesWordOrSynonym(english, 'en')) w.english = english;
    }
    return analysis;
  };

  /** "kompetanse-pilot", "batteri-fagskolen": two words joined by a hyphen that the facts write as one word. */
  const joinedAsFactsWrite = (text: string): string =>
    text.includes('-')
      ? text.replace(HYPHENED_PAIR, (pair, first: string, second: string) => {
          const word = deps.analyzer.words(first + second)[0];
          return word !== undefined && deps.has(word.stem, 'nb') ? first + second : pair;
        })
      : text;

  /**
   * Nynorsk and dialect words in their bokmål form, as understanding reads them ("reknar", "hausten", "berre"); an
   * unknown word with a nynorsk ending is read with the bokmål ending when the facts or reports use that form
   * ("avtalar", "deltakarane"). Words in capitals ("HR") are names.
   */
  const inBokmalForms = (text: string): string => text.replace(/\p{L}+/gu, bokmalForm);
  const bokmalForm = memoize((word: string): string => {
    if (word.length > 1 && word === word.toUpperCase()) return word;
    const lower = word.toLowerCase();
    const form = NORWEGIAN_FORMS[lower];
    if (form !== undefined && form !== lower && /^\p{L}+$/u.test(form)) return form;
    if (deps.spelling.knows(lower)) return word;
    for (const [ending, bokmal] of NYNORSK_ENDINGS) {
      if (!lower.endsWith(ending) || lower.length < ending.length + 3) continue;
      const base = lower.slice(0, -ending.length);
      // (Bokmål doubles a last consonant before an ending where nynorsk may not: "medlemar", "medlemmer".)
      for (const candidate of [base + bokmal, base + base[base.length - 1] + bokmal]) if (deps.spelling.knows(candidate)) return candidate;
    }
    return word;
  }, 20_000);

  /**
   * The question with typos corrected, word by word (Norwegian only). `guessed` gets the corrections of short
   * words: one letter changes many of them into a word of the facts ("fugene" → "fagene"), so they are guesses.
   */
  // A compound of known words is meant as typed, unless a part is of three letters or fewer: "fagrev" is "fagbrev"
  // mistyped more likely than "fag" and "rev".
  const compoundOf = (w: string): boolean => deps.analyzer.decompounder.split(w)?.every((p) => p.length >= COMPOUND_PART) === true;
  // A compound shortened with a full stop, as case notes write it ("realkomp.vurdering"), is the known word it begins
  // and ends, when it is no word itself.
  // So is a word cut short ("praksiskand.") that is no word itself.
  const expandShortened = (text: string): string =>
    text.includes('.')
      ? text
          .replace(SHORTENED, (m, start: string, end: string) => deps.spelling.expand(start, end) ?? m)
          .replace(CUT_SHORT, (m, start: string) => (deps.spelling.knows(start.toLowerCase()) ? m : deps.spelling.expand(start) ?? m))
      : text;
  const corrected = (text: string, guessed: Set<string>): string => {
    const normalized = normalizeForMatching(inBokmalForms(joinedAsFactsWrite(expandShortened(text))));
    // Of readings equally near a typo, the one the facts have together with the question's words of the domain and its
    // topics ("ledge" with "nav" is "ledige", not the more frequent "legge"), worked out only when a typo has several.
    let others: string[] | undefined;
    const domainWordsOf = () => (others ??= wordTokens(normalized).map(stemNorwegian).filter((stem) => domainStems.has(stem) || topicStems.has(stem)));
    // (Another form of the word typed, "hentet" of "henter", is nearer still; one fact in common may be chance.)
    const reading = (typed: string) => (candidate: string): number => {
      if (isFormOf(typed, candidate)) return Number.MAX_SAFE_INTEGER;
      const shared = deps.together(stemNorwegian(candidate), domainWordsOf(), 'nb');
      return shared >= MIN_FACTS_IN_COMMON ? shared : 0;
    };
    return normalized.replace(/\p{L}+/gu, (t) => {
      // (A known word's other form, "regulerer" of "regulert", is no typo: it keeps its meaning, not that of a near word.)
      const word = deps.spelling.correct(t, (w) => namesPerson(w) || compoundOf(w) || (w.length >= KNOWN_FORM_LENGTH && deps.has(stemNorwegian(w), 'nb')), reading(t));
      if (word !== t && t.length <= GUESSED_LENGTH) guessed.add(word.toLowerCase());
      return word;
    });
  };

  /**
   * Swedish words in bokmål ("Hur många …" is "Hvor mange …"; none of them is an English word), and idioms as what they
   * say ("få papir på det jeg kan" asks for a certificate).
   */
  const inBokmal = (text: string): string =>
    (cues.anyIdiom.test(text.toLowerCase()) ? cues.idioms.reduce((t, i) => t.replace(i.pattern, i.as), text) : text).replace(cues.swedishWord, (word) => {
      const bokmal = cues.swedish.get(word.toLowerCase());
      if (bokmal === undefined) return word;
      return word[0] === word[0].toLowerCase() ? bokmal : bokmal[0].toUpperCase() + bokmal.slice(1);
    });

  /** A clause opening with the verb of a yes/no question ("måtte voksne betale …", "holder det …"). */
  const opensYesNoQuestion = (clause: string): boolean => cues.yesNo.nb.some((re) => re.test(fold(clause.trim())));
  /**
   * The forms of a question every reading below shares (it is normalised and folded once), and the topics its
   * words name (readWith may add the one a cue of what it asks implies).
   */
  const readForms = (asWritten: string) => {
    const raw = withSentenceEnds(inBokmal(withSpokenMarks(afterCorrection(asWritten).replace(MENTION, ' '))), opensYesNoQuestion);
    const normalized = normalizeText(raw);
    const reads = languageOf(raw, normalized);
    const rawSentences = sentencesOf(raw);
    const foldedSentences = rawSentences.map(foldText);
    const clauses = foldedSentences.filter(Boolean);
    const guessed = new Set<string>();
    const text = reads === 'nb' ? corrected(raw, guessed) : deps.english.correctText(raw);
    const foldedText = foldText(text);
    const topicTokens = TopicMatcher.foldedTokens(foldedText);
    // (The corrected text has the raw text's sentences: correcting goes word by word.)
    const sentences = sentencesOf(text).filter((t) => /\p{L}/u.test(t));
    const topics: TopicHit[] = matchers[reads].match(topicTokens);
    return { asWritten, raw, normalized, reads, rawSentences, foldedSentences, clauses, folded: clauses.join(' '), text, guessed, foldedText, topicTokens, sentences, topics };
  };

  const read = (asWritten: string, options: ReadOptions = {}): Question => readWith(readForms(asWritten), options);

  /**
   * A question of a longer message read as asked or, when it names no topic, as asked about the topic named
   * (`Fagbrev på jobb: hvor mye?`). Whether its words name a topic is known before it is read whole: reading keeps
   * every topic its words name (at most narrowed to those the part that asks names), so it is not read whole only to
   * be read again.
   */
  const readAbout = (asWritten: string, topicName: string, options: ReadOptions = {}): Question => {
    const forms = readForms(asWritten);
    // (A topic only implied, career guidance by "hvem kan jeg snakke med?", is no topic named: the one given is.)
    return forms.topics.length > 0 ? readWith(forms, options) : read(`${topicName}: ${asWritten}`, { ...options, topicGiven: true });
  };

  const readWith = (forms: ReturnType<typeof readForms>, options: ReadOptions): Question => {
    const { asWritten, raw, normalized, reads, rawSentences, foldedSentences, clauses, folded, text, guessed, foldedText, topicTokens, sentences, topics } = forms;
    const normalizedTokens = wordTokens(normalized);
    const analysis = reads === 'nb' ? withEnglishWords(deps.analyzer.query(text, (t) => deps.has(t, 'nb')), text) : withNorwegianWords(deps.english.query(text));
    dedupe(analysis);
    if (reads === 'nb') withVerbNouns(analysis, (stem) => deps.has(stem, 'nb'));
    if (reads === 'nb') withPlaceholderHeads(analysis, placeholderStems);

    // A county in a scheme's name ("the Trøndelag model") is no place asked about.
    const regions = deps.regions.find(topicTokens).filter((r) => !r.tokens.some((i) => topics.some((h) => h.tokens.includes(i))));
    const topicWords = new Map<string, string[]>();
    const placeWords = new Set<string>();
    const namingWords = new Map<string, string[]>();
    for (const h of topics) {
      const topic = topicById.get(h.topic);
      for (const i of h.tokens) {
        const token = topicTokens[i];
        topicWords.set(token, [...(topicWords.get(token) ?? []), h.topic]);
        if (topic && (topic.scheme || namesWord(nameWords.get(topic.id), fold(token)))) namingWords.set(token, [...(namingWords.get(token) ?? []), h.topic]);
      }
    }
    for (const r of regions) for (const i of r.tokens) placeWords.add(topicTokens[i]);

    // What is asked is read from the part that asks (askedPart): the story around it tells about the person
    // ("I arrived last year … What help can I get?" asks no length of time) and its words weigh less.
    // Each word's surface folded once, for everything below that compares it.
    const foldedSurfaces = analysis.words.map((w) => fold(w.surface));
    // The folded sentences that have words, in step with `sentences`.
    const wordedClauses = foldedSentences.filter((_, i) => /\p{L}/u.test(rawSentences[i]));
    const yesNoCues = reads === 'en' ? cues.yesNo.en : cues.yesNo.nb;
    const asksYesNo = (c: string) => yesNoCues.some((re) => re.test(c));
    // (What each sentence asks for, read once when askedPart first needs it.)
    const valuesAsked: Array<{ value: ValueKind | undefined } | undefined> = [];
    const part = askedPart(
      sentences,
      fold,
      (surfaces) => analysis.words.some((w, i) => surfaces.has(foldedSurfaces[i]) && !w.numeric && !cues.generic.has(foldedSurfaces[i]) && !placeWords.has(foldedSurfaces[i])),
      (i) => cues.anyFacet[reads]?.test(wordedClauses[i] ?? '') === true,
      (i) => asksYesNo(wordedClauses[i] ?? ''),
      (i) => (valuesAsked[i] ??= { value: readCues(wordedClauses[i] ?? '', reads).value }).value,
    );
    // A place the question names is the one asked about, not one the story around it names ("Jeg jobber i Bodø. Hvem er
    // Kompetansestrategi for Trøndelag laget for?"); with none named in the question, the story's is the person's.
    const inAsked = (r: RegionMention) => part === undefined || r.tokens.some((i) => part.asked.has(topicTokens[i]));
    const regionsAsked = regions.some(inAsked) ? regions.filter(inAsked) : regions;
    const asked = part ? wordedClauses.slice(part.from, part.to).join(' ') : folded;
    const askedRaw = part ? rawSentences.filter((s) => /\p{L}/u.test(s)).slice(part.from, part.to).join(' ') : raw;
    const supposedCase = supposedWords(sentences, fold);
    const asksBefore = (before: string): boolean => {
      const f = foldText(before);
      return QUESTION_WORD.test(f) || asksYesNo(f) || cues.anyFacet[reads]?.test(f) === true;
    };
    const alternative = alternativeWords(sentences, fold, asksBefore);
    const offered = optionWords(sentences, fold, asksBefore);
    const consequence = CONSEQUENCE.exec(folded);
    // "Bedriften min gikk konkurs. Hva skjer med lærekontrakten min?": the case is what happened, told in the sentence before.
    const caseTold =
      !consequence && part !== undefined && part.from > 0 && WHAT_HAPPENS.test(asked) ? [...(wordedClauses[part.from - 1] ?? '').matchAll(HAPPENED)].flatMap((m) => wordTokens(m[0])) : [];
    const caseAsked = new Set(consequence ? wordTokens(consequence[1] ?? consequence[2]) : caseTold);
    // (A Norwegian cue typed with a typo, "hvor mande", "hvor lene", is read as corrected.)
    const askedCorrected = text === raw || reads === 'en' ? asked : foldText(sentences.slice(part?.from ?? 0, part?.to).join(' '));
    // (What it is asked for, ", så vi vet hvem vi bør kontakte", says nothing of what is asked.)
    const cued = readCues(withoutPurpose(askedCorrected), reads);
    // "Hvor mye skole og hvor mye bedrift?" asks how something is split between two settings, not for a number of them.
    const split = SPLIT.test(askedCorrected);
    const { weakWords, impliedTopic, asksPay } = cued;
    // "Hvorfor …", "why …" is answered best by a fact giving a cause or a purpose; "en femtedel av …", "a third of …"
    // by one writing the share as a percentage.
    const shape = cued.shape ?? (FRACTION.test(askedCorrected) ? 'share' : WHY.test(askedCorrected) ? 'reason' : undefined);
    const facet = split ? undefined : cued.facet;
    const value = split ? undefined : cued.value;
    const supposedAfter = value === undefined ? new Set<string>() : supposedAfterWords(sentences, fold);
    // A question that names a topic is about it; one only the story names ("Jeg var lærling i 1998. Kan jeg ta
    // fagbrev på jobb nå?") is the person's past, not what is asked.
    if (part) {
      const inQuestion = (h: TopicHit) => h.tokens.some((i) => part.asked.has(topicTokens[i]));
      if (topics.some(inQuestion)) topics.splice(0, topics.length, ...topics.filter(inQuestion));
    }
    // (Every age is written in digits: a question without one names none.)
    const ages = new Set(DIGIT.test(normalized) ? [...normalized.matchAll(AGE)].map((m) => m[1] ?? m[2] ?? m[3]) : []);
    // Read in the folded text too: a pattern's \w does not take æøå ("foresl\w*" in "foreslått").
    const asksRecommendation = cues.recommendation.test(normalized) || cues.recommendation.test(folded);
    // A question asking what someone proposes is answered by proposals whatever their words: "foreslått" is not its subject.
    const isGeneric = (w: (typeof analysis.words)[number], surface: string): boolean =>
      w.numeric || cues.generic.has(w.surface) || cues.generic.has(surface) || FRACTION_WORD.test(surface) || (weakWords.has(surface) && !topicWords.has(surface)) || (asksRecommendation && (cues.recommendationWord.test(w.surface) || cues.recommendationWord.test(surface)));
    const unknownToAll = analysis.words.map((w) => reads === 'nb' && !w.english && !deps.has(w.stem, reads) && !deps.spelling.knows(w.surface) && w.synonyms.length === 0 && !knownInflection(w.surface, (form) => deps.spelling.knows(form)));
    const foreign = foreignWords(sentences, new Set(foldedSurfaces.filter((_, i) => unknownToAll[i])), fold);
    const verbs = reads === 'nb' ? new Set([...foldedText.matchAll(AFTER_MODAL)].map((m) => m[1])) : new Set<string>();
    // Where the person lives ("når jeg bor i Innlandet", "I live in Narvik") is their situation, told, not asked.
    // (Also in a kind of place, "når man bor ute i distriktet": the verb and its adverb are told; the place stays asked.)
    // "Kunne De forklare det kort?", "svar kort", "explain briefly", "rett og slett": how to answer or how it is said, not what about.
    const manner = new Set([...foldedText.matchAll(MANNER)].flatMap((m) => m[0].split(' ')));
    const resides = new Set([...foldedText.matchAll(RESIDES)].filter((m) => placeWords.has(m[3]) || KINDS_OF_PLACE.has(m[3])).flatMap((m) => (m[2] ? [m[1], m[2]] : [m[1]])));
    // The words of a trade's name of several words that no fact writes ("barne- og ungdomsarbeider"): the person's trade.
    const titleParts = new Set(reads === 'nb' ? [...normalized.matchAll(deps.tradeTitles)].flatMap((m) => wordTokens(m[0])) : []);
    // "timetall", "deltakertall": the number of a thing the facts state is asked, not a thing of its own.
    const countOfStated = (parts: readonly string[]): boolean => parts.length === 2 && COUNT_HEADS.has(parts[1]) && deps.stated(parts[0], reads);
    const words: QuestionWord[] = analysis.words.map((w, i) => {
      const surface = foldedSurfaces[i];
      // A word no source uses that only the sentence before the question has ("Naboen sa at …") is context too,
      // and so is a sentence in a language the bot does not read ("Labas, aš iš Lietuvos …").
      // (Unless the question asks about that sentence, having no word of its own: "… bedriften gikk konkurs. Hva nå?")
      // (The case told before "hva skjer med …?" is asked about, not only told.)
      const story = ((part !== undefined && (!part.asked.has(surface) || (unknownToAll[i] && !part.question.has(surface) && !part.bare))) || foreign.has(surface)) && !(caseTold.length > 0 && caseAsked.has(surface));
      const numeric = w.numeric;
      // (How the answer is wanted, "svar kort", weighs nothing and names nothing unknown.)
      const howSaid = manner.has(surface);
      const generic = isGeneric(w, surface) || howSaid;
      // A compound the facts do not have weighs as its parts do ("opptakskrav" as "opptak" and "krav").
      const knownParts = w.parts.filter((p) => deps.has(p, reads));
      // A Norwegian word the facts do not have weighs as its synonym they have ("stp" as "studiepoeng", "vgs" as "videregående").
      // (A word of an English question keeps the weight of a word no fact has: its synonyms are looser renderings.)
      const idf =
        w.norwegian
          ? (bySynonym(w.norwegian, 'nb') ?? deps.idf(w.norwegian.stem, 'nb'))
          : w.english
          ? (bySynonym(w.english, 'en') ?? deps.idf(w.english.stem, 'en'))
          : ((reads === 'nb' ? bySynonym(w, reads) : undefined) ??
            (deps.has(w.stem, reads) || knownParts.length === 0 || knownParts.length < w.parts.length
              ? deps.idf(w.stem, reads)
              : knownParts.reduce((a, p) => a + deps.idf(p, reads), 0) / knownParts.length));
      // The person's trade or workplace ("i sveisefaget", "fagbrev som kokk", "jobber på sagbruk").
      const work = reads === 'nb' && (deps.tradeNames.has(w.surface) || titleParts.has(surface) || (deps.workWords.has(w.surface) && worksAs(normalized, wordPattern(w.surface))));
      // One the facts never name is a case of the general rule, and weighs as told, not asked.
      const tradeCase = work && (titleParts.has(surface) || !deps.stated(w.stem, reads));
      // So is a person the facts never speak of: the one asked for ("kona mi", "kollegaen min") or who asks ("jeg er journalist").
      const personCase = namesPerson(analysis.words[i].surface.toLowerCase()) && !deps.stated(w.stem, reads);
      // The person's age is their situation, which the rules read: no fact answers by having that number ("40 prosent").
      const weight = (numeric && ages.has(w.surface)) || howSaid ? 0 : (numeric ? idf * NUMBER_WEIGHT : generic ? idf * GENERIC_WEIGHT : idf) * (story || tradeCase || personCase ? STORY_WEIGHT : 1);
      // (A word of three letters or fewer no source uses, "trd", "vgo", is an abbreviation more likely than a subject.)
      // (Nor is a verb the sources do not use, "kan tvinge", "å fikse": what is done, not a thing they do not cover.)
      const unknown = !howSaid && unknownToAll[i] && knownParts.length < Math.max(1, w.parts.length) && w.surface.length > 3 && !verbs.has(surface);
      return { stem: w.stem, weight, generic, topics: topicWords.get(surface) ?? [], place: placeWords.has(surface), numeric, unknown, novel: !w.norwegian && !w.english && !deps.stated(w.stem, reads) && !w.synonyms.some((syn) => syn.stems.every((st) => deps.stated(st, reads))) && !countOfStated(w.parts), compound: w.parts.length >= 2, guessed: guessed.has(w.surface), cue: weakWords.has(surface), story: story || personCase || resides.has(surface) || alternative.has(surface) || supposedCase.has(surface) || supposedAfter.has(surface) || offered.has(surface), option: offered.has(surface) && !numeric, consequenceOf: caseAsked.has(surface) && !generic && !numeric, work, namesTopics: namingWords.get(surface) ?? [] };
    });

    // A yes/no question may follow what the person tells about themselves: "Jeg er 19. Kan jeg …?", and
    // after a comma when it asks about someone: "Jeg jobber 70 % i Trondheim, kan jeg ta fagbrev på jobb?"
    // (Read in what is asked: "… må vite om jeg har råd" after the question tells why it is asked.)
    const askedClauses = part ? wordedClauses.slice(part.from, part.to) : clauses;
    const afterCommaAsksYesNo = (folded: string) => SUBJECT_AFTER_CUE.test(folded) && asksYesNo(folded);
    const yesNo =
      askedClauses.some(asksYesNo) ||
      rawSentences.some((s) => s.split(',').slice(1).some((clause) => afterCommaAsksYesNo(foldText(clause)))) ||
      (isCaseNote(raw) && askedClauses.some((c) => NOTE_YES_NO.test(c.trim())));

    // "Hvem kan jeg snakke med?" names career guidance when nothing else is named.
    // A benefit kept or paid while studying is NAV's to answer whatever scheme the question names.
    if (impliedTopic && (value === 'benefit' || !topics.some((t) => schemeTopics.has(t.topic))) && !topics.some((t) => t.topic === impliedTopic)) {
      topics.push({ topic: impliedTopic, tokens: [], strength: 0 });
    }
    // Read from the question as corrected, so the word matches its analysis ("stuidepoeng" is "studiepoeng").
    // Within one sentence: "studieforbund hva er det? naboen min …" asks about no neighbour.
    const focusRe = reads === 'en' ? FOCUS_EN : FOCUS_NB;
    // (Each sentence is folded once, for both patterns, when one of them first reads it.)
    const foldedSentencesRead: Array<string | undefined> = [];
    const foldedSentence = (i: number): string => (foldedSentencesRead[i] ??= foldText(sentences[i]));
    const matchIn = (re: RegExp) => (sentences.length <= 1 ? re.exec(foldedText) : firstMatch(sentences.length, foldedSentence, re));
    // "How many of the participants were immigrants?" counts immigrants.
    const focusMatch = (value === 'count' ? matchIn(COUNT_OF) : null) ?? matchIn(focusRe);
    const thereIs = focusMatch ? undefined : firstMatch(sentences.length, foldedSentence, reads === 'en' ? THERE_IS_EN : THERE_IS_NB);
    let focus: number | undefined;
    if (focusMatch || thereIs) {
      const target = focusMatch ? focusMatch[1] : (thereIs?.[1].split(' ').pop() ?? '');
      const index = foldedSurfaces.findIndex((s) => s === target || (target.length >= 5 && (s.startsWith(target) || target.startsWith(s))));
      // A word that only stands for "something" ("hva heter opplegget for …") leaves the point to what follows, unless it is counted.
      const placeholder = isPlaceholder(target, cues.placeholders) && (thereIs !== undefined || value !== 'count');
      // (Nor is the word a length of time is asked with, "hvor mye jobb er en modul" asks how long, not about work; nor the word
      // requirements are asked with, "hva er kravene …" (but "karakterkravet" names one); nor an alternative put after the
      // question, "… eller er det bare kursbevis".)
      if (index >= 0 && !words[index].numeric && !placeholder && !(thereIs && words[index].generic) && !(value === 'duration' && weakWords.has(foldedSurfaces[index])) && !(facet === 'requirement' && REQUIREMENT_WORD.test(foldedSurfaces[index])) && !alternative.has(foldedSurfaces[index]) && !(value === 'count' && /\b(?:mange|many)\b/u.test(focusMatch?.[0] ?? '') && DOING.test(foldedSurfaces[index]))) focus = index;
      // A hyphened compound's last word is its head: "hvor mange LEIDA-kandidater" counts candidates.
      if (focus !== undefined && focus + 1 < words.length && normalized.includes(`${analysis.words[focus].surface}-${analysis.words[focus + 1].surface}`)) focus += 1;
      // English puts the noun counted last: "how many battery workers", "how many female applicants".
      // (Read in the sentence asked, word by word after it: "I joined the LEIDA project. How many LEIDA candidates …" counts
      // candidates, though the words of the message, each kept once, have "project" after "leida". Only the words right after it:
      // "how many credits was the preparedness course" counts credits.)
      if (focus !== undefined && reads === 'en' && focusMatch && /\bhow many\b/u.test(focusMatch[0])) {
        const following = focusMatch.input.slice(focusMatch.index + focusMatch[0].length).split(' ').filter((t) => t !== '');
        for (const next of following.slice(0, 2)) {
          const at = foldedSurfaces.indexOf(next);
          if (at < 0 || !/^\p{L}+s$/u.test(next) || NOT_HEAD_EN.has(next) || words[at].numeric) break;
          focus = at;
        }
      }
    }

    const asksForList = (reads === 'en' ? /^(?:which|who)\b/u : /^(?:hvilke|hvilken|hvilket|hvem|kven|kem)\b/u).test(folded);
    const listOf = classAsked(wordTokens(foldedText), foldedSurfaces, cues.listClasses);
    // The years asked about: a year in the story ("fagbrev som kokk fra 1995") is the person's, not the question's, also
    // when the question asks despite it ("… fra 2015. Kan jeg likevel …?").
    // Years put as alternatives ("var det 2030 eller 2050?") are each a guess, no year a fact must have.
    const guessedYears = new Set(DIGIT.test(asked) ? [...asked.matchAll(YEAR_ALTERNATIVES)].flatMap((m) => [m[1], m[2]]) : []);
    const years = yearsIn(asked).filter((y) => (part === undefined || part.question.has(y)) && !guessedYears.has(y)).map(Number);
    // A trade or a workplace ("som kokk", "på lageret") is talk of work, in the domain; so is a name the facts
    // use ("Who took the initiative to LEIDA?").
    const namesDomain = (): boolean =>
      topics.length > 0 ||
      namesFromFacts(raw, (name) => !placeWords.has(fold(name)) && (deps.stated(name, reads) || [...(reads === 'en' ? deps.english : deps.analyzer).stemSet(name)].some((st) => deps.stated(st, reads)))) ||
      // (Not a word of work used as a verb, "hvordan lager jeg pizzadeig", "vi lager mat", nor a workplace only as the
      // subject of a sentence, "når åpner vinmonopolet", "bilen min lager skrapelyd".)
      (reads === 'nb' && normalizedTokens.some((t, i) => deps.workWords.has(t) && !SUBJECTS.has(normalizedTokens[i - 1] ?? '') && !SUBJECTS.has(normalizedTokens[i + 1] ?? '') && (!deps.workplaces.has(t) || WORK_BEFORE.has(normalizedTokens[i - 1] ?? '')))) ||
      normalizedTokens.some((t) => cues.domain.has(t) || cues.domain.has(fold(t))) ||
      // (Not by a short word's correction alone: "Hvordan får jeg bort mugg fra fugene?" is no question about "fagene".)
      analysis.words.some((w) => !guessed.has(w.surface) && (cues.domain.has(w.surface) || domainStems.has(w.stem) || w.parts.some((p) => domainStems.has(p)))) ||
      // (A compound whose first part no source has: "sveisefagbrevet", "lagerjobben".)
      analysis.words.some((w) => w.parts.length === 0 && endsInDomainWord(w.surface)) ||
      // Asking how to become something is a career question, whatever the job ("Hvordan blir jeg lege?").
      BECOME.test(normalized);
    // Where the condition a question puts begins ("… hvis jeg er arbeidsledig?"), or -1.
    const condition = CONDITIONAL.test(folded) ? raw.search(CONDITIONAL_WORDS) : -1;
    const conditionWords = new Set(condition >= 0 ? wordTokens(foldText(raw.slice(condition))) : []);
    // The condition read as a statement (from its first word on, without the question mark), unless the caller has.
    const readSupposed = (): Profile =>
      condition < 0 ? {} : (options.supposed ?? deps.extractProfile(raw.slice(condition).replace(CONDITIONAL_WORDS, ' ').replace(/\?/g, '.')));
    const forSomeoneElse = (): boolean => writtenFor(raw) !== undefined || isCaseNote(raw);
    const situation = (supposed: () => Profile): Profile => {
      // "Kan jeg … hvis jeg er arbeidsledig?": the situation asked about counts like the one told.
      const told = options.profile ?? deps.extractProfile(raw);
      const asked = condition >= 0 ? { ...supposed(), ...told } : told;
      // What the person told before counts too, under what this message says (not for someone else), and so does the
      // county named earlier in the conversation.
      if (forSomeoneElse()) return asked;
      const before = options.countyTold !== undefined ? { county: options.countyTold, ...options.known } : options.known;
      return before ? { ...before, ...asked } : asked;
    };

    return new ReadQuestion(
      {
        raw: asWritten, lang: options.lang ?? reads, reads, folded, normalized, analysis, corrected: text, words, topics, facet, value, yesNo, focus, years, regions: regionsAsked,
        asksRecommendation, asksForList, listOf, asksPay, asksPast: PAST.test(folded), asksAllowed: ALLOWED.test(asked), asksNow: NOW.test(asked), asksHiringNow: HIRING_NOW.test(asked), shape, conditionWords, asksWhetherThereIs: THERE_IS.test(asked), askedText: asked, askedRaw, impliedTopic,
        topicGiven: options.topicGiven === true,
      },
      {
        situation,
        supposed: readSupposed,
        // Read only for a yes/no the rules would decide.
        practiceAbroad: () => practiceAbroad(rawSentences, deps.abroadWords),
        // Read only for a question asking for something to be recognised.
        abroad: () => rawSentences.some((s) => lowerWords(s).some((w) => deps.abroadWords.has(w))),
        // Read only for an answer the rules give.
        aboutSomeoneElse: forSomeoneElse,
        // Read only when no fact answers.
        inDomain: namesDomain,
      },
    );
  };

  return { read, readAbout, detectLanguage };
}

/** The parts of a question read only when an answer first needs them (see ReadQuestion). */
type LazyField = 'profile' | 'supposed' | 'practiceAbroad' | 'abroad' | 'aboutSomeoneElse' | 'inDomain';

/** How ReadQuestion works out its lazy parts; `situation` is given the question's `supposed`, read once for both. */
interface LazyParts {
  situation(supposed: () => Profile): Profile;
  supposed(): Profile;
  practiceAbroad(): boolean;
  abroad(): boolean;
  aboutSomeoneElse(): boolean;
  inDomain(): boolean;
}

// The class has the fields of a Question read at once (declared by this interface, set by the constructor).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
interface ReadQuestion extends Omit<Question, LazyField> {}

/**
 * A question as read. The person's situation is read when an answer first needs it (a yes/no the rules decide, a
 * referral where the question names no place): most answers never do, and reading it costs as much as the rest.
 * A class with getters rather than an object literal with getters: V8 keeps such a literal as a slow dictionary,
 * and ranking reads the question's fields for every candidate fact.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class ReadQuestion implements Question {
  readonly #lazy: LazyParts;
  #profile: Profile | undefined;
  #supposed: Profile | undefined;
  #practiceAbroad: boolean | undefined;
  #abroad: boolean | undefined;
  #aboutSomeoneElse: boolean | undefined;
  #inDomain: boolean | undefined;

  constructor(fields: Omit<Question, LazyField>, lazy: LazyParts) {
    // Field by field, in the order readWith gives them: Object.assign would leave the question a slow dictionary
    // in V8 (too many properties added by a keyed copy), and ranking reads its fields for every candidate fact.
    // (A field added to Question must be copied here too.)
    this.raw = fields.raw;
    this.lang = fields.lang;
    this.reads = fields.reads;
    this.folded = fields.folded;
    this.normalized = fields.normalized;
    this.analysis = fields.analysis;
    this.corrected = fields.corrected;
    this.words = fields.words;
    this.topics = fields.topics;
    this.facet = fields.facet;
    this.value = fields.value;
    this.yesNo = fields.yesNo;
    this.focus = fields.focus;
    this.years = fields.years;
    this.regions = fields.regions;
    this.asksRecommendation = fields.asksRecommendation;
    this.asksForList = fields.asksForList;
    this.listOf = fields.listOf;
    this.asksPay = fields.asksPay;
    this.asksPast = fields.asksPast;
    this.asksAllowed = fields.asksAllowed;
    this.asksNow = fields.asksNow;
    this.asksHiringNow = fields.asksHiringNow;
    this.shape = fields.shape;
    this.conditionWords = fields.conditionWords;
    this.asksWhetherThereIs = fields.asksWhetherThereIs;
    this.askedText = fields.askedText;
    this.askedRaw = fields.askedRaw;
    this.impliedTopic = fields.impliedTopic;
    this.topicGiven = fields.topicGiven;
    this.#lazy = lazy;
  }

  get profile(): Profile {
    return (this.#profile ??= this.#lazy.situation(() => this.supposed));
  }

  get supposed(): Profile {
    return (this.#supposed ??= this.#lazy.supposed());
  }

  get practiceAbroad(): boolean {
    return (this.#practiceAbroad ??= this.#lazy.practiceAbroad());
  }

  get abroad(): boolean {
    return (this.#abroad ??= this.#lazy.abroad());
  }

  get aboutSomeoneElse(): boolean {
    return (this.#aboutSomeoneElse ??= this.#lazy.aboutSomeoneElse());
  }

  get inDomain(): boolean {
    return (this.#inDomain ??= this.#lazy.inDomain());
  }
}

/** In a note, a route and "mulig?" is a yes/no about the person ("FPJ mulig?", "praksiskandidat aktuelt?"), folded. */
const NOTE_YES_NO = /\b(?:mulig|mogleg|aktuelt|aktuell|possible|an option)$/u;

/** The word requirements are asked with, folded: "kravene", "vilkårene", "requirements" (not a compound naming one, "karakterkravet"). */
const REQUIREMENT_WORD = /^(?:krav|vilkar|forutsetning|requirement|condition)/u;

/** Practice, work or experience in the same sentence as a country or a word for abroad. */
const PRACTICE = /^(?:praksis\w*|arbeidserfaring\w*|yrkeserfaring\w*|erfaring\w*|jobbet|jobba|arbeidet|worked|experience|practice)$/u;

/** Years spent somewhere, not a time ago: "bilmekaniker i Polen i 12 år", "for 12 years" (not "for 3 år siden"). */
const YEARS_THERE = /\b\d{1,2} (?:år|years?)\b(?! siden| sia| ago)/iu;

/** Where a person comes from, not where they worked: "Jeg er fra Polen", "kommer opprinnelig fra Syria", "I'm from Kenya". */
const ORIGIN = /\b(?:er|kommer|kom|opphavleg|opprinnelig|am|'m|is|come|came|originally) (?:opprinnelig |opphavleg |originally )?(?:fra|frå|from) \p{L}+/giu;

function practiceAbroad(sentences: readonly string[], abroad: ReadonlySet<string>): boolean {
  return sentences.some((s) => {
    const words = lowerWords(s.replace(ORIGIN, ' '));
    if (!(words.some((w) => PRACTICE.test(w)) || YEARS_THERE.test(s))) return false;
    return words.some((w) => abroad.has(w)) || workedThere(s, abroad);
  });
}

/** "der", "there": the place named before. */
const THERE_WORD = /(?<!\p{L})(?:der|dær|there)(?!\p{L})/iu;
/**
 * A place named between the country and "der" ("… fra Polen og bor i Bergen, jobbet der"): "der" may be that one. (A name
 * has its capital: "I was an electrician there" has the pronoun "I", no place.)
 */
const PLACE_BETWEEN = /(?<!\p{L})(?:i|på|in|at)\s+\p{Lu}/u;

/** "Han er fra Syria og har jobbet som elektriker der i 15 år": the work was in the country they come from. */
function workedThere(sentence: string, abroad: ReadonlySet<string>): boolean {
  for (const m of sentence.matchAll(ORIGIN)) {
    const country = lowerWords(m[0]).pop();
    if (country === undefined || !abroad.has(country)) continue;
    const after = sentence.slice(m.index + m[0].length);
    const there = after.search(THERE_WORD);
    if (there >= 0 && !PLACE_BETWEEN.test(after.slice(0, there))) return true;
  }
  return false;
}

/** A sentence's words in lower case, as the word lists write them. */
function lowerWords(sentence: string): string[] {
  return sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** A name written with a capital inside a sentence ("LEIDA", "Morrow", "Eyde-klyngen") that some fact states (places are left out by the caller). */
function namesFromFacts(raw: string, stated: (term: string) => boolean): boolean {
  // (In a message typed in capitals every word looks like a name.)
  if (!/\p{Ll}/u.test(raw)) return false;
  for (const m of raw.matchAll(/(?<=[\p{L}\d,;:)] +)\p{Lu}[\p{L}\d]{2,}/gu)) {
    const name = m[0].toLowerCase();
    if (!EVERYDAY_NAMES.test(name) && stated(name)) return true;
  }
  return false;
}

/** "@Veiviser" in front of a question (as typed in a chat or channel) addresses the bot; it asks nothing. (Not an e-mail address.) */
const MENTION = /(?<![\p{L}\p{N}._-])@[\p{L}\p{N}_.-]+/gu;

/**
 * A correction the writer makes, after which what they meant follows: "… nei vent, jeg mente: …", "sorry, I meant …",
 * "rettelse: …" (not "hva mente workshopen", someone else's meaning).
 */
const CORRECTION =
  /(?:\b(?:nei|nei vent|vent|sorry|unnskyld|oops|ops|beklager|no wait|wait)[,.!]?\s+(?:jeg|eg|æ|e|i)\s+(?:mente|meinte|meant)\b|(?<!\p{L})(?:jeg|eg|æ|i)\s+(?:mente|meinte|meant)\s*:|\b(?:rettelse|correction)\s*:)\s*[:,-]?\s*/giu;
/** The words every correction has, tried first: most messages have none. */
const MAY_CORRECT = /ment|meint|meant|rettelse|correction/iu;
/** A correction of at most this many words leans on what came before it ("æ mente: kem e den for?"). */
const LEANS_ON_BEFORE = 5;
/** At least this many characters must follow a correction for it to be the question (else the whole message is read). */
const MIN_CORRECTED = 12;

/**
 * A message corrected ("… er det et opplegg? nei vent jeg mente: får jeg opplæring …") asks what follows its last correction.
 * A short one leans on what came before, which is kept as told, not asked (its question marks made full stops), for what
 * it names: "ka e trøndelagsmodellen? æ mente: kem e den for?" asks whom Trøndelagsmodellen is for.
 */
function afterCorrection(text: string): string {
  if (!MAY_CORRECT.test(text)) return text;
  let at = -1;
  let after = -1;
  for (const m of text.matchAll(CORRECTION)) [at, after] = [m.index, m.index + m[0].length];
  if (after < 0 || text.length - after < MIN_CORRECTED) return text;
  const meant = text.slice(after);
  return meant.split(/\s+/u).length > LEANS_ON_BEFORE ? meant : `${text.slice(0, at).replace(/[?]/gu, '.').trim()} ${meant}`.trim();
}

/** Nynorsk endings and their bokmål forms, longest first: "deltakarane" → "deltakerne", "avtalar" → "avtaler". */
const NYNORSK_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['arane', 'erne'],
  ['arar', 'ere'],
  ['ane', 'ene'],
  ['inga', 'ingen'],
  ['ar', 'er'],
  ['a', 'en'],
  ['a', 'e'],
];

const HYPHENED_PAIR = /(?<![\p{L}\p{N}-])(\p{L}{3,})-(\p{L}{3,})(?![\p{L}\p{N}])/gu;

/** Names every text may use, which say nothing about the domain ("the best pizza in Norway"). */
const EVERYDAY_NAMES =
  /^(?:norge|norges|noreg|norway|sør|nord|vest|øst|midt|vestlandet|østlandet|sørlandet|norsk|norwegian|english|engelsk|europa|europe|eu|januar|january|februar|february|mars|march|april|mai|may|juni|june|juli|july|august|september|oktober|october|november|desember|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

/** "hvilke" / "which" / "kva" and, next or one word on, a word naming a class ("hvilke lærefag", "which two counties"). */
const WHICH = new Set(['hvilke', 'hvilken', 'hvilket', 'kva', 'ka', 'which', 'what']);

function classAsked(tokens: readonly string[], surfaces: readonly string[], classes: ReadonlyMap<string, ListClass>): Question['listOf'] {
  for (let i = 0; i < tokens.length; i++) {
    if (!WHICH.has(tokens[i])) continue;
    for (const t of tokens.slice(i + 1, i + 3)) {
      const kind = classes.get(t);
      const word = surfaces.indexOf(t);
      if (kind && word >= 0) return { word, kind };
    }
  }
  return undefined;
}

/** The word is one of a topic's name words, or an inflected form of one ("fylkeskommune", "fylkeskommunen"). */
function namesWord(names: ReadonlySet<string> | undefined, word: string): boolean {
  if (!names) return false;
  for (const n of names) if (n === word || (Math.min(n.length, word.length) >= 5 && (n.startsWith(word) || word.startsWith(n)))) return true;
  return false;
}

/**
 * The words of the part of a text that asks, when a story comes before or after it — undefined when all
 * of it asks. "Jeg kom fra Eritrea og var mekaniker der. Kan jeg få vurdert kompetansen min?": the question
 * asks, the story tells about the person; so does what is told after the question ("Is it online? Our shift
 * workers cannot move."), unless that asks for something itself. A question with no word of its own ("… Jeg har hørt at Åkrehamn har et
 * opplegg for voksne. Hvem er det for?", "… vil ta fagskole, hvor i Nordland går det?": a place is none) asks about the
 * sentence before it (`bare`: then all of that sentence is asked, also words no source uses). (Read from the text as
 * corrected: correcting goes word by word, so its sentences are the question's.)
 */
function askedPart(
  sentences: readonly string[],
  fold: (word: string) => string,
  hasOwnWord: (surfaces: ReadonlySet<string>) => boolean,
  asksSomething: (sentence: number) => boolean,
  asksYesNo: (sentence: number) => boolean,
  valueAsked: (sentence: number) => ValueKind | undefined,
): { asked: ReadonlySet<string>; question: ReadonlySet<string>; from: number; to: number; bare: boolean } | undefined {
  // (A text of one sentence asks with all of it.)
  if (sentences.length <= 1) return undefined;
  const marked = sentences.findIndex((t) => t.trim().endsWith('?'));
  // Typed without a question mark, the question is the first sentence after the first that asks
  // ("Vi er et batterifirma i nord. Beholder operatørene lønnen med fagbrev på jobb").
  // (A sentence telling about oneself asks nothing for a cue word in it, "kona mi synes jeg burde ta utdanning"; one with
  // the subject after the verb does, "har jeg fortsatt rett …".)
  const tells = (s: string) => TELLS.test(s) && !INVERTED.test(s);
  const asking = marked >= 0 ? marked : sentences.findIndex((s, i) => i > 0 && !tells(s) && (asksSomething(i) || asksYesNo(i)));
  // Nor any that asks: the last, when it tells nothing about oneself, is the question in a few words ("Jeg kom til Norge
  // i 2016. batterifagskolen studiepoeng").
  const last = sentences.length - 1;
  const keywords = asking < 0 && !TELLS.test(sentences[last]) && !PLEASANTRY.test(sentences[last]);
  // … or, when all after it tell about oneself, the first ("hvor lenge varer kontrakten Jeg er tillitsvalgt i …").
  const toldAfter = asking < 0 && !keywords && !TELLS.test(sentences[0]) && sentences.slice(1).every((s) => TELLS.test(s) || PLEASANTRY.test(s));
  const first = keywords ? last : toldAfter ? 0 : asking;
  if (first < 0) return undefined;
  // After the question, a sentence that asks for something ("Trenger tall på hvor mange …") asks too, unless it is
  // the value the question asks for already, said again with what it is for ("Hvor mye fikk …? Trenger beløpet til et notat").
  // (A sum is a number: "hvor mye" asks for one, "beløpet" names it.)
  // (A plan is a date to come: "when does it start? need to know if it applies next year".)
  const kindOf = (value: ValueKind | undefined) => (value === 'amount' ? 'count' : value === 'future' ? 'date' : value);
  const askedAgain = (i: number): boolean => {
    const value = kindOf(valueAsked(i));
    return value !== undefined && sentences.slice(first, i).some((_, j) => kindOf(valueAsked(first + j)) === value);
  };
  let to = sentences.length;
  // (Nor does what someone said, "Sjefen sa noe om lærlinglønn".)
  while (to - 1 > first && !sentences[to - 1].trim().endsWith('?') && (!asksSomething(to - 1) || TELLS.test(sentences[to - 1]) || REPORTED.test(sentences[to - 1]) || askedAgain(to - 1))) to -= 1;
  if (first === 0 && to === sentences.length) return undefined;
  const surfacesOf = (part: readonly string[]) => new Set(foldedWordsOf(part.join(' '), fold));
  const question = surfacesOf(sentences.slice(first, to));
  // "Jeg er 50 % sykmeldt. Kan jeg likevel starte …?" asks whether what was told stands in the way.
  const despiteTold = first >= 1 && DESPITE.test(sentences.slice(first, to).join(' '));
  // "Vi vurderer å ta inn en lærling. Får vi noe tilskudd for det?": what "det" is, is told before.
  // (A short question only: in a longer one "det" is what it names itself.)
  const refersBack = first >= 1 && to - first === 1 && (REFERS_BACK.test(sentences[first]) || EXPLAIN_BACK.test(sentences[first])) && sentences[first].trim().split(/\s+/u).length <= REFERS_BACK_WORDS;
  const ownWord = hasOwnWord(question);
  if (ownWord && !despiteTold && !refersBack) return { asked: question, question, from: first, to, bare: false };
  if (first < 1) return undefined;
  // (Of a sentence before that tells several things, "Vi er en kjemisk bedrift og har hørt om BIO. Hva står det for?", what
  // the question points back to is in its last part.)
  const lastPart = TELLS.test(sentences[first - 1]) ? (sentences[first - 1].split(JOINED_PARTS).pop() ?? '') : sentences[first - 1];
  const withLastPart = surfacesOf([lastPart, ...sentences.slice(first, to)]);
  const withBefore = hasOwnWord(withLastPart) ? withLastPart : surfacesOf(sentences.slice(first - 1, to));
  return hasOwnWord(withBefore) ? { asked: withBefore, question, from: first - 1, to, bare: !ownWord } : undefined;
}

/**
 * The words of an alternative, an aside or a guess put after a question ("Er fagprøven den samme som lærlingene tar,
 * eller en lettere variant?", "Hvor mange jobber kommer det, lurer på om det er verdt å satse", "Hva er X, er det sånn
 * at man lærer på pc?"), who said or heard something ("…, sjefen min nevnte det", "…, my boss says it is new") or what for
 * ("… så jeg slipper å flytte med ungene?"), or where it is said ("…, ifølge tabellverket?"): a
 * fact that answers the question answers them too, so they are told, not asked. (Only after a
 * question: "Hei, lurer på om …" asks.)
 */
function alternativeWords(sentences: readonly string[], fold: (word: string) => string, asks: (before: string) => boolean): ReadonlySet<string> {
  const words = new Set<string>();
  sentences.forEach((s, i) => {
    const at = s.search(ASIDE);
    if (at >= 0 && asks(s.slice(0, at))) addWordsNotIn(words, s.slice(at), s.slice(0, at), fold);
    // A guess of one's own after a question, as a sentence of its own: "Hvem står bak X? Er det bare arbeidsgiverne?"
    else if (i > 0 && GUESS.test(s) && asks(sentences[i - 1])) addWordsNotIn(words, s, sentences[i - 1], fold);
  });
  return words;
}
/**
 * The words of a supposition put after a question asking for a number, a length or a date of what it has named ("Hvor
 * lang er kontrakten minst når arbeidsgiver og ansatt søker sammen?"): the case, told. (Not in "Hva skjer med … hvis
 * bedriften går konkurs?", which asks about the case.)
 */
function supposedAfterWords(sentences: readonly string[], fold: (word: string) => string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const s of sentences) {
    const after = SUPPOSED_AFTER.exec(s);
    if (after) addWordsNotIn(words, after[2], after[1], fold);
  }
  return words;
}

/**
 * The words of options put after a question ("Hvor tar man fagprøven, på skolen eller ute i bedriften?", "Which level,
 * B1 or B2?"): a fact answers by naming one of them, not both.
 */
function optionWords(sentences: readonly string[], fold: (word: string) => string, asks: (before: string) => boolean): ReadonlySet<string> {
  const words = new Set<string>();
  for (const s of sentences) {
    const options = OPTIONS.exec(s);
    // (An option that is a person, "me or the county", may be named by a fact as "du" or "selv".)
    // (Nor a guess left open, "er det NHO eller noen andre?": any answer will do.)
    if (options && asks(s.slice(0, options.index)) && !OPEN_OPTION.test(options[0]) && !options[0].split(/\s+(?:eller|or)\s+/iu).some((o) => PERSON_OPTION.test(o))) {
      addWordsNotIn(words, options[0], s.slice(0, options.index), fold);
    }
    // Examples put after what is asked ("… å oppdatere lærere – hospitering, gjesteforelesninger og sånt?"): any of them will do.
    const examples = EXAMPLES.exec(s);
    if (examples && asks(s.slice(0, examples.index))) addWordsNotIn(words, examples[1], s.slice(0, examples.index), fold);
  }
  return words;
}

/**
 * The words of a supposition put before a question that asks what, how or how long ("If one of our operators signs
 * a contract, how long does it run?", "Hvis jeg tar fagbrev på jobb, hvor lang er kontrakten?"): the case the
 * question is asked for, told, not asked. (A yes/no question asks about its supposition: not read so.) So is who asks
 * ("Som rådgiver på ungdomsskolen lurer jeg på om …").
 */
function supposedWords(sentences: readonly string[], fold: (word: string) => string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const s of sentences) {
    const m = SUPPOSED.exec(s) ?? SPEAKER.exec(s) ?? SPEAKERS_PLACE.exec(s);
    if (m) addWordsNotIn(words, m[1], s.slice(m.index + m[0].length), fold);
  }
  return words;
}

/** The words of the sentences whose words are mostly unknown to every source and dictionary: another language. */
function foreignWords(sentences: readonly string[], unknown: ReadonlySet<string>, fold: (word: string) => string): ReadonlySet<string> {
  const words = new Set<string>();
  if (unknown.size < 2) return words;
  for (const s of sentences) {
    const own = foldedWordsOf(s, fold);
    if (own.length >= 2 && own.filter((w) => unknown.has(w)).length * 2 >= own.length) for (const w of own) words.add(w);
  }
  return words;
}

/** A text's words, normalised and folded as the question's surfaces are. */
function foldedWordsOf(text: string, fold: (word: string) => string): string[] {
  return wordTokens(normalizeForMatching(namesWithPlus(text))).map(fold);
}

/** Adds to `words` the words of `part` that `rest` does not have (a word the question itself says stays asked). */
function addWordsNotIn(words: Set<string>, part: string, rest: string, fold: (word: string) => string): void {
  const inRest = new Set(foldedWordsOf(rest, fold));
  for (const w of foldedWordsOf(part, fold)) if (!inRest.has(w)) words.add(w);
}
const SUPPOSED_AFTER = /^(\s*(?:hvor|hva|hvem|hvilk\w*|hvordan|kor|kva|korleis|how|what|which|who)\s+(?:[\p{L}\p{N}%-]+\s+){2,}?)(?:når|nar|hvis|dersom|viss|if|when|once)\s+([^,?]+)/iu;
const SUPPOSED = /^\s*(?:if|hvis|dersom|viss|om)\s+([^,?]+),\s*(?=(?:how|what|who|which|when|where|hvor|hva|hvem|hvilk\w*|når|nar|kor|kva|korleis)\b)/iu;
/** Living somewhere, over folded text: the verb and the first word of the place after it. */
const RESIDES = /\b(bor|bur|bosatt|busett|live|lives|living|based)\s+(?:(ute|oppe|nede|inne|out|up)\s+)?(?:i|pa|in|ved|utenfor|near|outside)\s+(?:the\s+|a\s+)?(\p{L}+)/gu;
/** Kinds of place one lives in, read folded: "ute i distriktet", "på bygda", "på landet", "in the countryside". */
const KINDS_OF_PLACE = new Set(['distriktet', 'distriktene', 'distrikt', 'bygda', 'bygden', 'bygd', 'landet', 'utkanten', 'grisgrendte', 'countryside', 'country', 'district', 'districts', 'village', 'rural']);
/** Who asks, put before the question: "Som rådgiver på ungdomsskolen lurer jeg på …", "As an HR manager I wonder …". */
const SPEAKER = /^\s*(?:som|as an?|as)\s+((?:[\p{L}-]+\s+){0,1}[\p{L}-]+(?:\s+(?:på|pa|i|ved|hos|for|at|in|on)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?)\s*,?\s+(?=(?:lurer|lure|lurar|lurte|vil|ville|spør|spor|undrer|trenger|i|we)\b)/iu;
/** … or where they are: "Vi i bransjeforeningen lurer på …", "We at the plant wonder …". */
const SPEAKERS_PLACE = /^\s*(?:vi|jeg|eg|æ|me|we|i)\s+(?:i|på|pa|ved|hos|fra|at|in|from)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s*,?\s+(?=(?:lurer|lurar|lurte|undrer|wonder|wondered|are wondering|would like|want to know)\b)/iu;
const ASIDE = /,\s*(?:eller|or|fordi|siden|ettersom|lurer p[aå]|lure p[aå]|tenker p[aå]|er det (?:s[aå]nn|slik)|e det s[aå]nn|because|since|wondering|is it like|(?:er|e) det(?= (?:\S+ ){1,4}?(?:eller|or) )|is it(?= (?:\S+ ){1,4}?or ))\s|\s(?:eller (?:er|e) det|eller (?:har|er|må|blir|kan) (?:jeg|eg|æ|man)|or is it|or (?:have|am|do|must|can) i)\s|,\s*(?:[\p{L}']+\s+){0,2}?(?:sa|sier|nevnte|nevner|fortalte|forteller|hørte|horte|leste|says|said|told|mentioned|heard)(?=\s|$)|,?\s(?:så|slik at|sånn at) (?:jeg|eg|æ|vi|me|han|hun|ho)\s|,?\s(?:ifølge|ifolge|i følge|according to)\s/iu;
/** "Hva skjer (med …) hvis …?", "What happens … if …": the case after "hvis" is what is asked about (over folded text). */
const CONSEQUENCE = /^(?:hva|kva|ka) skjer\b.*?\s(?:hvis|dersom|viss|om|nar)\s(.+)$|^what happens\b.*?\s(?:if|when)\s(.+)$/u;
/** Something that happened to one's work or training, told (folded): "gikk konkurs", "ble lagt ned", "mistet jobben". */
const HAPPENED = /\b(?:konkurs|nedlagt|lagt ned|legges ned|nedbemann\w*|oppsagt|sagt opp|sparken|permitter\w*|avbrutt|hevet|bankrupt|closed down|shut down|laid off|fired)\b/gu;
/** What happens to something, asked with no case of its own (folded): "hva skjer med lærekontrakten min?". */
const WHAT_HAPPENS = /^(?:hva|kva|ka) skjer (?:med|nå med|no med)\b|^what happens (?:to|with|now to)\b/u;
/** A few words, "eller"/"or" and a few more ending a sentence after a comma: options offered for the answer. */
const OPTIONS = /,\s*(?:[\p{L}\p{N}%-]+\s+){0,3}?[\p{L}\p{N}%-]+\s+(?:eller|or)\s+(?:[\p{L}\p{N}%-]+\s+){0,3}?[\p{L}\p{N}%-]+\s*[?.!]*\s*$/iu;
/** Examples listed after a dash or colon and closed by "og sånt", "and so on": "– hospitering, gjesteforelesninger og sånt?". */
const EXAMPLES = /\s[–—:-]\s+((?:[\p{L}\p{N}-]+,?\s+){1,6}?)(?:og|and|eller|or)\s+(?:sånt|sånn|slikt|slik|lignende|liknande|such|the like|so on)\s*[?.!]*\s*$/iu;
/** A last option that leaves it open: "… eller noen andre?", "… or someone else?". */
const OPEN_OPTION = /\s(?:eller|or)\s+(?:noen andre|nokon andre|noe annet|noko anna|andre|someone else|somebody else|something else|anyone else|others?|another one)\s*[?.!]*\s*$/iu;
/** An option that is a person ("me", "him", "min arbeidsgiver"), whom a fact may name as "du" or "selv". */
const PERSON_OPTION = /^[\s,]*(?:(?:the |den |det )?(?:me|him|her|us|them|i|we|you|jeg|eg|meg|han|ham|hun|ho|henne|oss|vi|dem|de|du|deg|myself|himself|herself|selv|sjølv)|(?:my|his|her|our|min|mitt|mine|hans|hennes|vår|vårt) \p{L}+)\b/iu;
/** A sentence telling about oneself or one's own: "har huslån og tre unger …", "jeg er 45 og …", "kona mi synes …", "my shifts are long". */
const TELLS = /^\s*(?:(?!(?:kan|skal|vil|må|ma|er|har|får|far|bør|blir|hva|hvem|hvor|hvordan|når|nar|can|will|does|did|is|has|what|who|where|how|when)\s)\p{L}+\s+(?:min|mi|mitt|mine|my)\s+\p{L}+|(?:jeg|eg|æ|vi|i|we)\s+(?:er|e|har|hadde|var|jobber|jobbet|jobba|kom|bor|bur|bodde|flyttet|flytta|gikk|tok|fikk|mistet|mista|sluttet|slutta|begynte|startet|starta|snakker|driver|dreiv|eier|eide|studerer|pendler|heter|sitter|leder|ansetter|rekrutterer|am|have|had|was|work|worked|came|live|lived|moved|lost|quit|started|speak|run|own|employ|study)|har|hadde|fikk|tok|kom|jobber|jobbet|jobba|driver|dreiv|eier|eide|bor|bur|bodde|studerer|pendler|min|mi|mitt|mine|my|our|i'm|im|i've|ive)\s/iu;
/** Two amounts asked side by side, read folded: "hvor mye skole og hvor mye bedrift", "how much school and how much work". */
const SPLIT = /\b(?:(?:hvor|kor) (?:mye|mykje)|how much) (?:\w+ ){1,2}?(?:og|eller|and|or|vs) (?:(?:hvor|kor) (?:mye|mykje)|how much)\b/u;
/** A question word anywhere in a clause. */
const ASKS_INSIDE = new RegExp(String.raw`(?<!\p{L})(?:${QUESTION_WORD_NB}|what|how|why|who|which|when|where)(?!\p{L})`, 'iu');
/** A greeting or thanks, which neither asks nor tells: "Hei!", "Takk for sist.", "Mvh Kari". */
const PLEASANTRY = /^\s*(?:hei|hallo|heisann|takk|tusen takk|mvh|hilsen|god (?:morgen|dag|kveld)|hi|hello|thanks|thank you|regards|beklager|unnskyld|orsak|sorry)(?!\p{L})/iu;
/** A verb and then who does it ("har jeg …", "kan man …"): a question, typed with or without its mark. */
const INVERTED = /^\s*\p{L}+\s+(?:jeg|eg|æ|du|man|vi|dere|de|dei|han|hun|ho|me|dokker|dem)(?!\p{L})/iu;
/** A sentence guessing at the answer to the question before it: "Er det bare …?", "Or is it just …?". */
const GUESS = /^\s*(?:(?:eller )?(?:er|e) det (?:bare|kun|sånn|slik)|(?:or )?is it (?:only|just))\b/iu;
/** Norwegian inflectional endings, longest first: a word whose base takes another of them is a known word in a new form ("målt" of "måle"). */
const INFLECTIONS = ['ene', 'ede', 'est', 'et', 'te', 'de', 'er', 'es', 'en', 'a', 'e', 't'];
/** The forms of a base looked up for a word in a new form. */
const BASE_FORMS = ['', 'e', 'er', 'es', 'et', 'te', 'ing', 'en'];
/** The shortest base an inflection is taken off (shorter words are typos as often as forms). */
const INFLECTION_BASE = 3;

function knownInflection(word: string, knows: (form: string) => boolean): boolean {
  for (const ending of INFLECTIONS) {
    if (!word.endsWith(ending) || word.length - ending.length < INFLECTION_BASE) continue;
    const base = word.slice(0, -ending.length);
    if (BASE_FORMS.some((e) => base + e !== word && knows(base + e))) return true;
  }
  return false;
}

/** The shortest part of a compound that keeps a word from being read as a typo of a known word. */
const COMPOUND_PART = 4;
/** How many facts must have a reading of a typo with the question's domain words for them to choose it. */
const MIN_FACTS_IN_COMMON = 2;
/** Whether `other` is `word` with another inflectional ending ("hentet" of "henter"). */
function isFormOf(word: string, other: string): boolean {
  return knownInflection(word, (form) => form === other);
}

/** A word this long whose stem a fact has is another form of a known word, not a typo (shorter ones often are: "tingen"). */
const KNOWN_FORM_LENGTH = 7;
/** The shortest word of the domain read at the end of a compound no source has. */
const DOMAIN_TAIL = 5;
/** "Hvordan blir jeg lege?", "hva må til for å bli advokat", "jeg vil bli politi", "how do I become a nurse". */
const BECOME =
  /\b(?:(?:hvordan|korleis|kordan|åssen) (?:blir (?:jeg|eg|æ|man|en)|(?:kan|skal) (?:jeg|eg|æ|man|en) bli)|hva (?:må|skal) (?:til|jeg gjøre) for å bli|(?:jeg|eg|æ) (?:vil|ønsker å|har lyst til å|drømmer om å) bli|utdanne (?:meg|seg) (?:til|som)|how (?:do|can|could|would) (?:i|you|one) become|what does it take to become|i (?:want|would like|wish|dream) to become|train (?:to be|as)) (?:an? |en |ei |et )?[\p{L}-]{3,}(?=\s*(?:[?.!,]|$))/u;
/** The words before a workplace where someone works there or becomes one ("på lager", "i barnehagen", "et lager"). */
const WORK_BEFORE = new Set(['på', 'pa', 'i', 'hos', 'ved', 'som', 'bli', 'blir', 'er', 'var', 'vært', 'til', 'fra', 'en', 'et', 'ei', 'ein', 'eit']);
/** A part written as a fraction: "halvparten", "en tredjedel", "tre firedeler", "a fifth", "two thirds". */
const FRACTION_NB = '(?:halvpart|halvdel|tredjedel|firedel|femtedel|sjettedel|åttendedel|tiendedel)\\w*';
const FRACTION_WORD = new RegExp(`^(?:${FRACTION_NB}|half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)$`, 'u');
const FRACTION = new RegExp(`\\b(?:${FRACTION_NB}|(?:a|one|two) (?:half|third|thirds|quarter|fifth|tenth))\\b`, 'u');
/** Asking why: a cause or a purpose answers best. */
const WHY = /\b(?:hvorfor|kvifor|korfor|koffor|hvafor|why)\b/u;
/** Two years joined by "eller"/"or" (read folded). */
const YEAR_ALTERNATIVES = /\b((?:19|20)\d{2}) (?:eller|or) ((?:19|20)\d{2})\b/gu;
/** Subject pronouns: a word of work right before or after one is a verb ("jeg lager", "lager du"). */
const SUBJECTS = new Set(['jeg', 'eg', 'e', 'æ', 'du', 'han', 'hun', 'ho', 'vi', 'me', 'dere', 'dykk', 'de', 'dei', 'man']);
/** A sentence opening with a question word asks (read folded). */
const QUESTION_WORD = /^(?:hva|hvem|hvor|hvilk\w*|hvordan|hvorfor|nar|kva|kven|kem|kor|korleis|ka|what|who|where|which|how|when|why)\b/u;

/** What someone said, heard or read, told after a question: "Sjefen sa noe om lærlinglønn", "my boss mentioned …". */
const REPORTED = /(?<!\p{L})(?:sa|sier|nevnte|nevner|fortalte|forteller|hørte|horte|leste|says|said|told|mentioned|heard)(?!\p{L})(?! opp\b)/iu;

/** A question ending on what was told before it: "… for det?", "… med dette?", "… for that?" (in this many words at most). */
const REFERS_BACK = /(?:^|\s)(?:(?:for|til|med|om|av|på|about|with|of) (?:det|dette|den|denne|that|this|it)|(?:har|tar|koster|gir|varer|kreves|krever) (?:den|denne|dette)|(?:does|did|will) (?:it|this|that) (?:have|take|cost|give|last|need|require))\s*[?.!]*\s*$/iu;
const REFERS_BACK_WORDS = 7;
/** Where a sentence joins the things it tells: ", ", " og ", " men ", " and ", " but ". */
const JOINED_PARTS = /,\s+|\s+(?:og|men|and|but)\s+/iu;
/** Verbs of having something explained or told, as written and folded alike (a–z only). */
const EXPLAIN_VERB = 'forklar|forklare|fortell|fortelle|beskriv|beskrive|explain|describe';
/** Asking to have what was told before explained: "Kunne De forklare det (kort)?", "Can you explain that?". */
const EXPLAIN_BACK = new RegExp(String.raw`\b(?:${EXPLAIN_VERB}|utdyp|utdype|elaborate on) (?:(?:meg|oss|me|us) )?(?:det|dette|den|denne|dei|that|this|it)\b`, 'iu');
/**
 * How an answer is wanted or a thing is said, read folded: "forklare (det) kort", "svar kort", "kort fortalt", "på en
 * enkel måte", "explain briefly", "in simple terms", "rett og slett".
 */
const MANNER = new RegExp(
  String.raw`\b(?:${EXPLAIN_VERB}|svar|svare|si|answer|tell me|put it)(?: (?:det|dette|den|meg|oss|it|that|this|me|us))* (?:kort|kortfattet|enkelt|kjapt|raskt|briefly|simply|quickly|shortly)\b|\b(?:kort|briefly|short) (?:fortalt|sagt|og greit|please|pls)\b|\brett og slett\b|\b(?:pa|paa) en (?:enkel|lett|grei|forstaelig) mate\b|\benkelt forklart\b|\bin (?:simple|plain) (?:terms|words|english|language)\b|\bsimply put\b`,
  'gu',
);
/** "Likevel", "even so": the question asks about it despite what the sentence before told. */
const DESPITE = /(?<!\p{L})(?:likevel|likevél|allikevel|likevæl|lell|even so|anyway|nevertheless|still be able)(?!\p{L})/iu;

/**
 * Work words: a trade or workplace a few words after one of them is where or as what someone works, or the trade given
 * as an example ("et fagbrev til, f.eks. automatiker").
 */
const WORKS = /\b(?:jobber|jobbet|jobba|jobbar|jobbe|jobben|jobb|arbeider|arbeidet|arbeidar|arbeidsplassen|stillingen|ansatt|tilsett|som|bli|blir|verte|f\.? ?eks\.?|for eksempel|eksempelvis|e\.g\.|for example|such as)(?!\p{L})/u;

/** The word (its whole-word pattern) comes a few words after a work word: "jobber 60 % i en barnehage", "lærling som kokk" (not "Betaler NAV barnehage …"). */
function worksAs(text: string, word: RegExp): boolean {
  const at = text.search(word);
  if (at < 0) return false;
  const before = text.slice(0, at).trimEnd().split(/\s+/u).slice(-5).join(' ');
  return WORKS.test(before);
}

/** The pattern's match in the first of `count` sentences that has one; later sentences are not read. */
function firstMatch(count: number, sentence: (i: number) => string, pattern: RegExp): RegExpExecArray | undefined {
  for (let i = 0; i < count; i++) {
    const m = pattern.exec(sentence(i));
    if (m) return m;
  }
  return undefined;
}

/** A placeholder word ("opplegg") as written, or with a Norwegian definite or plural ending ("opplegget", "tilbudene"). */
function isPlaceholder(word: string, placeholders: ReadonlySet<string>): boolean {
  if (placeholders.has(word)) return true;
  const ending = /(?:ene|et|en|a|er)$/u.exec(word);
  return ending !== null && placeholders.has(word.slice(0, ending.index));
}

/**
 * A verb in -ere is read as its noun too when the facts have that ("eksporterer" ~ "eksport",
 * "investerer" ~ "invester-ing"): people ask with the verb what a report states with the noun.
 */
function withVerbNouns(analysis: QueryAnalysis, known: (stem: string) => boolean): void {
  for (const w of analysis.words) {
    if (w.numeric || w.stem.length < VERB_NOUN_MIN || !w.stem.endsWith('er')) continue;
    const root = w.stem.slice(0, -2);
    for (const noun of [root, `${root}ing`]) {
      if (known(noun) && !w.synonyms.some((s) => s.stems.length === 1 && s.stems[0] === noun)) w.synonyms.push({ stems: [noun], weight: VERB_NOUN_WEIGHT });
    }
  }
}
/**
 * A compound whose last part only stands for "something" ("kveldsopplegg", "helgetilbud") names what its first parts
 * name: a fact with them ("på kvelden") has it.
 */
function withPlaceholderHeads(analysis: QueryAnalysis, placeholders: ReadonlySet<string>): void {
  for (const w of analysis.words) {
    if (w.parts.length < 2 || !placeholders.has(w.parts[w.parts.length - 1])) continue;
    const modifier = w.parts.slice(0, -1);
    if (!w.synonyms.some((s) => s.stems.join(' ') === modifier.join(' '))) w.synonyms.push({ stems: modifier, weight: PLACEHOLDER_HEAD_WEIGHT });
  }
}
/** How much the first parts of a compound with a placeholder last part count for it. */
const PLACEHOLDER_HEAD_WEIGHT = 0.8;
/** What a question is asked for, said after it (folded): "…, så vi vet hvem vi bør ta kontakt med", "…, so I know who to call". */
const PURPOSE_AFTER = /\s(?:sa|slik at|sann at|so|so that) (?:jeg|eg|ae|vi|me|i|we) (?:vet|veit|kan|far|skal|know|can)\b/u;
/** The shortest question left before what it is asked for, in words. */
const BEFORE_PURPOSE_WORDS = 3;
function withoutPurpose(asked: string): string {
  const at = asked.search(PURPOSE_AFTER);
  return at > 0 && asked.slice(0, at).trim().split(/\s+/u).length >= BEFORE_PURPOSE_WORDS ? asked.slice(0, at) : asked;
}
/** The shortest verb stem read so ("eksporter"), and how much its noun counts. */
const VERB_NOUN_MIN = 7;
const VERB_NOUN_WEIGHT = 0.8;

/** One entry per stem: a question saying a word twice asks about it once. */
function dedupe(analysis: QueryAnalysis): void {
  const seen = new Set<string>();
  analysis.words = analysis.words.filter((w) => {
    if (seen.has(w.stem)) return false;
    seen.add(w.stem);
    return true;
  });
}

