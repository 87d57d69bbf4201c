// A message in one form for the readers: words in lower-case bokmål (dialect, nynorsk, chat and,
// in an English message, English words mapped by language-words.ts), misspellings of the words
// that matter corrected (typo-index.ts), numbers as values (number-words.ts). Each word keeps the
// span of the message it came from, so what was understood can be quoted as written.
import { BREAK, tokenizeMessage, type MessageToken } from './message-tokens';
import { ENGLISH_MARKERS, ENGLISH_PHRASES, ENGLISH_WORDS, NORWEGIAN_FORMS, NORWEGIAN_PHRASES, NOT_MISSPELT, SHARED_WORDS } from './language-words';
import { readNumber } from './number-words';
import { createTypoIndex, ENGLISH_ENDINGS } from './typo-index';

/** A token of the message (as written, in lower case: `lower`) with its canonical form. */
export interface Word extends MessageToken {
  /** The canonical word; a number's value written with "." ("3.5"). */
  w: string;
  num?: number;
}

export interface CanonicalMessage {
  words: Word[];
  /** Sentences that end with "?". */
  questions: Set<number>;
  english: boolean;
}

export interface Canonicaliser {
  read(text: string): CanonicalMessage;
}

/** Understanding reads at most this much of a message (the chat refuses longer ones). */
export const UNDERSTAND_MAX_CHARS = 4000;
/** At most this many words of one message are looked up as misspellings (each costs a few map look-ups). */
const MAX_CORRECTIONS = 80;

const NORWEGIAN_MARKERS = new Set(['jeg', 'er', 'og', 'har', 'ikke', 'som', 'på', 'det', 'med', 'til', 'å', 'bor', 'jobber', 'eg', 'æ', 'ikkje', 'fra', 'og', 'men', 'år', 'jobb', 'fagbrev', 'hei', 'vil']);
/** Words after a capital "I" in Norwegian ("I dag", "I fjor"). */
const NORWEGIAN_AFTER_I = new Set(['dag', 'går', 'fjor', 'morgen', 'år', 'tillegg', 'utgangspunktet', 'løpet', 'perioden', 'høst', 'vår', 'sommer', 'vinter', 'jobben', 'jobb', 'helgen', 'fjor', 'forbindelse', 'hvert', 'alle', 'mange', 'noen', 'flere', 'en', 'et', 'ei', 'den', 'det', 'de', 'min', 'mitt', 'mine', 'januar', 'august', 'hele']);
const PRONOUNS = new Set(['jeg', 'du', 'han', 'hun', 'vi', 'de', 'det', 'dette', 'man']);
const MODALS = new Set(['å', 'vil', 'skal', 'kan', 'må', 'kunne', 'ville', 'skulle', 'bør', 'får', 'gjerne', 'tenkt', 'tenke']);
/** Words after which a dialect "e" is the subject ("e jobbe på sagbruket"), not "er". */
const VERB_AFTER_SUBJECT = new Set(['jobber', 'jobbe', 'jobbet', 'bor', 'har', 'er', 'vil', 'skal', 'kan', 'må', 'trenger', 'lurer', 'ønsker', 'driver', 'kjører', 'arbeider', 'jobba', 'tenker', 'holder', 'ha']);

/** Before these an infinitive stays one ("for å jobbe", "slutte med å jobbe", "lyst til å jobbe"). */
const NOT_BEFORE_PRESENT = new Set(['for', 'til', 'med', 'om', 'uten', 'av', 'eller', 'ikke', 'la', 'lære', 'prøve', 'fortsette', 'slutte', 'begynne', 'starte', 'gå', 'kom', 'har', 'hadde', 'ha']);
/** What follows a verb of work: "jobbe som …", "jobbe på …". */
const WORK_AFTER = new Set(['som', 'på', 'i', 'hos', 'ved', 'med', 'fulltid', 'deltid', 'heltid']);

/** Words before "jobber" that make it the noun: "mange jobber", "ulike jobber". */
const MANY = new Set(['mange', 'flere', 'fleire', 'noen', 'ulike', 'forskjellige', 'diverse', 'andre', 'hatt', 'småjobber', 'alle', 'tidligere', 'faste', 'nye', 'midlertidige']);

/** Infinitives that are the present after a subject: dialect "æ jobbe", English "I study". */
const PRESENT_AFTER_SUBJECT: ReadonlyMap<string, string> = new Map([['jobbe', 'jobber'], ['arbeide', 'arbeider'], ['studere', 'studerer'], ['kjøre', 'kjører']]);

/** Words this short are corrected only in the place of a title ("som vektr"). */
const TITLE_SLOT_MIN_LETTERS = 5;
/** Letters a title cut short in a note keeps at least ("prosessop.", not "pro."). */
const CUT_TITLE_MIN_LETTERS = 6;

/** A verb and "ikke" typed as one word: "harikke", "jobberikke", "erikkje". */
const RUN_TOGETHER_NEGATION = /^(har|hadde|er|var|jobber|jobbet|jobbar|kan|vil|fikk|fekk|fullførte)(ikke|ikkje|itj)$/u;

const NEGATION_ENDS = ['ikke', 'ikkje', 'itj'];
/** Before "like" these make it "such as": "something like", "work like this". */
const SUCH = new Set(['something', 'anything', 'everything', 'stuff', 'work', 'much', 'more', 'other', 'things']);
/** After these (as read) English "like" is the verb: "I like", "would like", "don't like", "really like". */
const LIKE_AS_VERB_AFTER = new Set(['', 'jeg', 'du', 'vi', 'de', 'han', 'hun', 'ville', 'vil', 'ikke', 'å', 'også', 'really', 'gjerne', 'bare', 'alltid', 'virkelig', 'mye']);
/** "a 41-year-old", "34-åring". */
const AGED = /^(\d{1,3})-(?:years?-old|år-gammel|åring)$/u;
const isDigit = (code: number) => code >= 48 && code <= 57;

/** A certificate named with its trade in one word: "bua-fagbrev", "kokkefagbrevet". */
const CERTIFICATE_COMPOUND = /^(\p{L}{3,}?)-?(fagbrev|fagbrevet|fagbrevene)$/u;

type PhraseTable = Map<string, Array<{ words: string[]; to: string[] }>>;

function phraseTable(phrases: ReadonlyArray<readonly [string, string]>): PhraseTable {
  const table: PhraseTable = new Map();
  for (const [from, to] of phrases) {
    const words = tokenizeMessage(from).tokens.map((t) => t.lower);
    const list = table.get(words[0]) ?? [];
    list.push({ words, to: to.split(' ').filter(Boolean) });
    table.set(words[0], list);
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

function phraseAt(table: PhraseTable, tokens: readonly MessageToken[], i: number): { words: string[]; to: string[] } | undefined {
  const list = table.get(tokens[i].lower);
  if (!list) return undefined;
  return list.find((p) => p.words.every((pw, k) => k === 0 || (tokens[i + k]?.lower === pw && tokens[i + k].before === BREAK.space)));
}

/** Words (numbers aside) in a short answer ("3 years", "I'm 34", "6 years at 70 %"), where one English word tells the language. */
const SHORT_ANSWER_TOKENS = 4;
/** English marker words that are also Norwegian, dialect or a common misspelling ("job", "her", "me"): not enough on their own. */
const ENGLISH_CONTRACTION = /^(?:i|you|we|they|he|she|it|that|there|don|doesn|didn|isn|aren|wasn|haven|hasn|can|couldn|won|wouldn)['\u2019](?:m|s|re|ve|d|ll|t)$/u;
const hasApostrophe = (word: string) => word.includes("'") || word.includes('\u2019');
const LOOKALIKES = new Set(['job', 'her', 'me', 'so', 'be', 'do', 'on', 'by', 'now', 'had', 'has', 'got', 'or', 'as', 'an', 'it', 'will', 'since']);

function isEnglish(tokens: readonly MessageToken[]): boolean {
  let english = 0;
  let norwegian = 0;
  let distinct = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // "I finished …" (not "I dag", "I Bodø")
    if (t.lower === 'i' && t.upper && next && !next.upper && !NORWEGIAN_AFTER_I.has(next.lower) && !NORWEGIAN_MARKERS.has(next.lower)) english += 2;
    // "I'm", "don't", "I've": contractions Norwegian does not write.
    else if (hasApostrophe(t.lower) && ENGLISH_CONTRACTION.test(t.lower)) {
      english += 2;
      distinct = true;
    }
    else if (ENGLISH_MARKERS.has(t.lower.includes('\u2019') ? t.lower.replace(/\u2019/g, "'") : t.lower) && !SHARED_WORDS.has(t.lower)) {
      english++;
      if (!LOOKALIKES.has(t.lower)) distinct = true;
    }
    if (NORWEGIAN_MARKERS.has(t.lower)) norwegian++;
  }
  if (english >= 2 && english > norwegian) return true;
  return distinct && norwegian === 0 && tokens.filter((t) => /\p{L}/u.test(t.lower)).length <= SHORT_ANSWER_TOKENS;
}

/**
 * `vocabulary`: the words misspellings are corrected towards; `realWords`: words never corrected;
 * `englishVocabulary`: words of the English terms, which misspellings in an English message are corrected towards;
 * `titleVocabulary`: the words of titles and workplaces, which a short word after "som" is corrected towards;
 * `tradeOf`: the trade a word of a title names.
 */
export function createCanonicaliser(
  vocabulary: Iterable<string>,
  realWords: Iterable<string> = [],
  englishVocabulary: Iterable<string> = [],
  titleVocabulary: Iterable<string> = [],
  tradeOf: (word: string) => string | undefined = () => undefined,
): Canonicaliser {
  const english = phraseTable(ENGLISH_PHRASES);
  const norwegian = phraseTable(NORWEGIAN_PHRASES);
  const known = new Set<string>([...vocabulary, ...Object.values(NORWEGIAN_FORMS)]);
  const leave = new Set<string>([...Object.keys(NORWEGIAN_FORMS), ...Object.keys(ENGLISH_WORDS), ...realWords]);
  for (const w of known) leave.delete(w);
  for (const w of NOT_MISSPELT) leave.add(w);
  const typos = createTypoIndex(known, leave);
  // "som vektr": in the place of a title, a five-letter word one letter off a known word is that word.
  const titleTypos = createTypoIndex(titleVocabulary, leave, undefined, TITLE_SLOT_MIN_LETTERS);
  // In English: the English words the readers map, and the words of the English terms.
  const englishKnown = [...Object.keys(ENGLISH_WORDS).filter((w) => /^\p{L}+$/u.test(w)), ...ENGLISH_PHRASES.flatMap(([from]) => from.split(' ')), ...englishVocabulary];
  const englishTypos = createTypoIndex(englishKnown, new Set(ENGLISH_MARKERS), ENGLISH_ENDINGS);
  const englishWords = new Map(Object.entries(ENGLISH_WORDS));
  const norwegianForms = new Map(Object.entries(NORWEGIAN_FORMS));
  const titles = [...new Set(titleVocabulary)].sort();

  /** "prosessop.": the title a note cut short, when one title (with its forms) starts so. */
  function cutTitle(start: string): string | undefined {
    let lo = 0;
    let hi = titles.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (titles[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let k = lo; k < titles.length && titles[k].startsWith(start); k++) found.push(titles[k]);
    // The words the others extend ("rørlegger", "rørleggar" of "rørleggerlærling", "rørleggarfaget"): one, or all of one trade.
    const roots = found.filter((f) => !found.some((g) => g !== f && f.startsWith(g))).sort((a, b) => a.length - b.length);
    if (roots.length === 0) return undefined;
    const trade = tradeOf(roots[0]);
    return roots.length === 1 || (trade !== undefined && roots.every((r) => tradeOf(r) === trade)) ? roots[0] : undefined;
  }

  /** `part`: which of the words a token or phrase became; only the first keeps the break before it. */
  function wordOf(t: MessageToken, w: string, part: number, from = t, to = t): Word {
    const before = part === 0 ? from.before : BREAK.space;
    return { w, lower: t.lower, start: from.start, end: to.end, upper: from.upper, capitals: t.capitals, before, sentence: from.sentence };
  }

  function read(text: string): CanonicalMessage {
    const { tokens, questions } = tokenizeMessage(text.length > UNDERSTAND_MAX_CHARS ? text.slice(0, UNDERSTAND_MAX_CHARS) : text);
    const inEnglish = isEnglish(tokens);
    const mapped: Word[] = [];
    let corrections = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // Phrases first: the longest that starts here, within one sentence and without a break inside.
      const phrase = (inEnglish ? phraseAt(english, tokens, i) : undefined) ?? phraseAt(norwegian, tokens, i);
      if (phrase) {
        const last = tokens[i + phrase.words.length - 1];
        phrase.to.forEach((w, k) => mapped.push(wordOf(t, w, k, t, last)));
        i += phrase.words.length - 1;
        continue;
      }
      const lower = t.lower.includes('\u2019') ? t.lower.replace(/\u2019/g, "'") : t.lower;
      const aged = isDigit(lower.charCodeAt(0)) ? AGED.exec(lower) : null;
      if (aged) {
        // "a 41-year-old", "34-åring"
        ['', 'år', 'gammel'].forEach((part, k) => mapped.push(wordOf(t, part || aged[1], k)));
        continue;
      }
      // "harikke", "erikkje": a verb and its negation typed as one word.
      const runTogether = lower.length > 5 && NEGATION_ENDS.some((end) => lower.endsWith(end)) ? RUN_TOGETHER_NEGATION.exec(lower) : null;
      if (runTogether) {
        const [verb, not] = [runTogether[1], runTogether[2]];
        [NORWEGIAN_FORMS[verb] ?? verb, NORWEGIAN_FORMS[not] ?? not].forEach((part, k) => mapped.push(wordOf(t, part, k)));
        continue;
      }
      // "u/fagbrev", "m/fagbrev": uten, med.
      if ((lower === 'u' || lower === 'm') && text.charCodeAt(t.end) === 47 && !inEnglish) {
        mapped.push(wordOf(t, lower === 'u' ? 'uten' : 'med', 0));
        continue;
      }
      // Words in capitals ("IT", "NAV") are names, not English words.
      let w = (inEnglish && !t.capitals ? englishWords.get(lower) : undefined) ?? norwegianForms.get(lower) ?? lower;
      // "in a hotel like cleaner", "in kitchen like cook": learners' "like" for "as", unless it is the verb ("I like",
      // "would like") or "such as" after a plural ("jobs like cleaner and cook", "things like cleaning").
      const before = tokens[i - 1];
      const suchAs = before !== undefined && (before.lower.endsWith('s') || SUCH.has(before.lower));
      if (inEnglish && lower === 'like' && !suchAs && !LIKE_AS_VERB_AFTER.has(mapped[mapped.length - 1]?.w ?? '') && t.before === BREAK.space && tokens[i + 1]?.before === BREAK.space && /^\p{L}/u.test(tokens[i + 1].lower)) w = 'som';
      // "lagerarb.", "helsefagarb.": -arbeider written short in notes.
      if (w === lower && !inEnglish && lower.length >= 7 && lower.endsWith('arb')) w = `${lower}eider`;
      const cut = w === lower && !inEnglish && text.charCodeAt(t.end) === 46;
      // "prosessop.", and "100 % st.": stilling.
      if (cut && lower.length >= CUT_TITLE_MIN_LETTERS && !known.has(lower)) w = cutTitle(lower) ?? w;
      else if (cut && lower === 'st' && mapped[mapped.length - 1]?.w === 'prosent') w = 'stilling';
      if (w === lower && !inEnglish && !known.has(lower) && corrections < MAX_CORRECTIONS && lower.length >= 6) {
        corrections++;
        w = typos.correct(lower) ?? lower;
      } else if (w === lower && !inEnglish && lower.length === TITLE_SLOT_MIN_LETTERS && mapped[mapped.length - 1]?.w === 'som' && t.before === BREAK.space && corrections < MAX_CORRECTIONS) {
        corrections++;
        w = titleTypos.correct(lower) ?? lower;
      } else if (w === lower && inEnglish && !t.capitals && corrections < MAX_CORRECTIONS && lower.length >= 6 && !norwegianForms.has(lower)) {
        // "experiance", "unemployd": the English word meant, then read like it.
        corrections++;
        const meant = englishTypos.correct(lower);
        if (meant !== undefined) w = englishWords.get(meant) ?? meant;
      }
      const certificate = inEnglish || w.length < 10 || !w.includes('fagbrev') ? null : CERTIFICATE_COMPOUND.exec(w);
      if (certificate && certificate[1] !== 'svenne') {
        // "bua-fagbrev", "tømrerfagbrev": read as "fagbrev som bua", "fagbrev som tømrer".
        [certificate[2], 'som', certificate[1]].forEach((part, k) => mapped.push(wordOf(t, part, k)));
        continue;
      }
      if (w.includes(' ')) w.split(' ').forEach((part, k) => mapped.push(wordOf(t, part, k)));
      else if (w !== '') mapped.push(wordOf(t, w, 0));
    }
    applyContext(mapped);
    return { words: withNumbers(mapped), questions, english: inEnglish };
  }

  return { read };
}

/** Dialect words whose meaning depends on their neighbours: "æ e 38" / "e jobbe på …", "æ jobbe" / "å jobbe", "har vert". */
function applyContext(words: Word[]): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const prev = i > 0 && word.before !== BREAK.hard ? words[i - 1].w : undefined;
    if (word.lower === 'e' && word.w === 'er') {
      const next = words[i + 1]?.w;
      if ((prev === undefined || word.before === BREAK.soft) && next !== undefined && VERB_AFTER_SUBJECT.has(next)) word.w = 'jeg';
    } else if (PRESENT_AFTER_SUBJECT.has(word.w)) {
      // "bor i harstad jobbe som vekter": after a word that is no infinitive marker, a run-on present.
      const runOn = prev !== undefined && !MODALS.has(prev) && !NOT_BEFORE_PRESENT.has(prev) && WORK_AFTER.has(words[i + 1]?.w ?? '');
      const subject = prev === undefined || word.before === BREAK.soft || PRONOUNS.has(prev) || prev === 'og' || prev === 'nå' || runOn;
      if (subject && !(prev !== undefined && MODALS.has(prev))) word.w = PRESENT_AFTER_SUBJECT.get(word.w) ?? word.w;
    } else if ((word.lower === 'job' || word.lower === 'jobb') && prev !== undefined && PRONOUNS.has(prev) && prev !== 'det' && prev !== 'dette' && word.before === BREAK.space) {
      // "jeg job på lager": the verb typed short.
      word.w = 'jobber';
    } else if ((word.w === 'jobber' || word.w === 'arbeider') && prev !== undefined && MANY.has(prev) && word.before === BREAK.space) {
      // "har hatt mange jobber": the noun, not the verb.
      word.w = word.w === 'jobber' ? 'jobb' : 'arbeid';
    } else if (word.w === 'ha' && (prev === 'jeg' || prev === 'vi') && word.before === BREAK.space) {
      // "e ha jobba": dialect "ha" after the subject is "har".
      word.w = 'har';
    } else if (word.lower === 'vert' && (prev === 'har' || prev === 'hadde')) {
      word.w = 'vært';
    }
  }
}

/** Merges the words of each number into one word with its value. */
function withNumbers(words: Word[]): Word[] {
  const ws = words.map((w) => w.w);
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const n = /[\d½]/.test(ws[i]) || ws[i].length >= 2 ? readNumber(ws, i) : undefined;
    if (!n) {
      out.push(words[i]);
      continue;
    }
    const first = words[i];
    first.w = String(n.value);
    first.num = n.value;
    first.end = words[i + n.length - 1].end;
    out.push(first);
    i += n.length - 1;
  }
  return out;
}
