// A message cut into clauses, each with what the readers must know before taking a fact from it:
// whose clause it is (the writer, or someone else: "søstra mi jobber i Bodø"), and whether it states
// anything at all (a question, "hvis …", "vet ikke om …" state nothing). A clause ends at a comma,
// colon, bracket or sentence end, and before a word that starts a new one ("men", "fordi", "og jeg",
// "og har …"). The readers match patterns on a clause's text: its canonical words joined by spaces.
import { BREAK } from './message-tokens';
import type { CanonicalMessage, Word } from './canonical';
import { OTHERS } from './place-words';

export interface Clause {
  words: Word[];
  /** The canonical words joined by single spaces. */
  text: string;
  /** The canonical words (`words[k].w`), made once for all the readers. */
  strings: readonly string[];
  /** Where each word starts in `text`. */
  offsets: number[];
  sentence: number;
  /** A question ("kan jeg …?", "hva koster …?"). */
  question: boolean;
  /** A condition or supposition ("hvis jeg flytter …", "hva om …"). */
  hypothetical: boolean;
  /** Not knowing whether ("vet ikke om …", "kanskje …"). */
  uncertain: boolean;
  /** Someone other than the person is the subject ("kona jobber på …", "my cousin lives …"). */
  other: boolean;
}

const CLAUSE_STARTERS = new Set(['men', 'fordi', 'mens', 'hvis', 'dersom', 'viss', 'når', 'hvor', 'selv', 'før', 'etter', 'enn', 'slik']);
/** Words that start a clause only before a subject ("før jeg …", "etter at …"). */
const CONDITIONAL_STARTERS = new Set(['før', 'etter', 'enn', 'selv']);
/** After "og" / "så" / "der", these start a clause of their own. */
const SUBJECTS = new Set(['jeg', 'vi', 'han', 'hun', 'de', 'du', 'det', 'man', 'dette']);
/** Who else a question may open on after its verb ("Får arbeidsgiver lønnstilskudd …?", "Kan bedriften …?"): a subject, not what one has. */
const OTHERS_AS_SUBJECT = new Set([
  'arbeidsgiver', 'arbeidsgiveren', 'arbeidsgivere', 'arbeidsgiverne', 'bedrift', 'bedriften', 'bedrifter', 'bedriftene', 'firmaet', 'sjefen', 'lederen',
  'nav', 'fylket', 'fylkeskommunen', 'kommunen', 'staten', 'skolen', 'kandidaten', 'kandidatene', 'lærlingen', 'eleven', 'folk', 'voksne', 'ansatte',
]);
const FINITE_VERBS = new Set([
  'har', 'er', 'jobber', 'bor', 'vil', 'ønsker', 'kan', 'skal', 'trenger', 'får', 'mottar', 'ble', 'fikk', 'var', 'jobbet', 'tok', 'gikk', 'kom',
  'flyttet', 'driver', 'kjører', 'studerer', 'tenker', 'lurer', 'hadde', 'arbeider', 'arbeidet', 'går', 'gjør', 'kjørte', 'sluttet', 'mistet', 'begynte',
  'holder', 'pendler', 'vet', 'liker', 'savner', 'synes', 'tror', 'håper', 'drømmer', 'planlegger', 'fullførte', 'droppet', 'startet', 'nå',
]);
const QUESTION_START = new Set([
  'hva', 'hvordan', 'hvorfor', 'hvem', 'hvor', 'når', 'hvilke', 'hvilken', 'hvilket', 'kan', 'må', 'er', 'har', 'får', 'skal', 'vil', 'bør', 'gjelder',
  'teller', 'finnes', 'fins', 'trenger', 'koster', 'blir', 'går', 'gir', 'kreves', 'godkjennes', 'regnes', 'stemmer', 'hjelper', 'passer', 'kunne', 'burde', 'gjør',
]);
const HYPOTHETICAL_START = new Set(['hvis', 'dersom', 'viss', 'om', 'if', 'ifall']);
const UNCERTAIN =
  /(?:^| )(?:vet|veit|husker|aner) (?:ikke|jeg ikke|eg ikke) (?:om|hvor|hva|helt om)(?: |$)|(?:^| )(?:usikker|ikke sikker) på om(?: |$)|(?:^| )(?:lurer|lure|lurte|undrer) (?:jeg |eg )?på (?:om|hva|hvordan|hvor|når|hvem|hvilke|hvilken|hvilket|hvorfor)(?: |$)|(?:^| )(?:vil|ville) (?:gjerne )?vite (?:om|hva|hvordan|mer|meir)(?: |$)|(?:^|(?<!(?:^| )(?:eller|or)) )(?:kanskje|muligens|antakelig|sannsynligvis)(?: |$)/u;
/** A word each way of not knowing in UNCERTAIN has (a clause without one is not tried). */
const UNCERTAIN_WORDS = new Set(['vet', 'veit', 'husker', 'aner', 'usikker', 'ikke', 'lurer', 'lure', 'lurte', 'undrer', 'vil', 'ville', 'kanskje', 'muligens', 'antakelig', 'sannsynligvis']);
const SELF = new Set(['jeg', 'vi', 'meg', 'oss']);
const OTHER_WORDS = new Set([
  ...OTHERS.filter((w) => !SELF.has(w)),
  'fetteren', 'kusinen', 'kusina', 'tanta', 'onkelen', 'naboen', 'lederen', 'sjefen', 'arbeidsgiveren', 'arbeidsgiver', 'bestemora', 'bestemoren', 'bestefaren', 'barnebarna',
  'barnebarnet', 'svogeren', 'husband', 'wife', 'partner', 'partneren', 'broren', 'søstera', 'søsteren', 'kollegaen', 'venninna', 'kjæresten', 'samboeren', 'mamma', 'pappa',
  'sønnen', 'dattera', 'datteren', 'ungene', 'foreldrene', 'barna', 'hun', 'han', 'dei', 'de',
]);
/** "de siste årene", "de første to årene": "de" before these is an article. */
const TIME_AFTER_ARTICLE = new Set(['siste', 'første', 'neste', 'årene', 'åra']);
/** A subject comes before these: "registrert hos NAV" has none. */
const SUBJECT_ENDS = new Set(['i', 'på', 'hos', 'fra', 'med', 'til', 'av', 'for', 'ved', 'om', 'som', 'etter', 'under', 'over', 'gjennom', 'via', 'uten']);
/** Words a counsellor uses for the person a case note is about: then "hun"/"han" is that person. */
const CASE_NOTE_WORDS = /(?:^| )(?:bruker|brukeren|kandidat|kandidaten|deltaker|deltakeren|søker|søkeren|klient|klienten|henvendelse|elev|eleven)(?: |$)|^(?:mann|kvinne|dame|gutt|jente) \d/u;

/** Finite verbs that open a statement of their own in a run typed without punctuation: "bor i Skien er 29 år". */
const RUN_ON_VERBS = new Set(['bor', 'er', 'har', 'jobber', 'arbeider', 'ønsker', 'vil', 'får', 'mottar', 'går', 'kjører', 'trenger', 'skal', 'var', 'hadde', 'jobbet', 'arbeidet']);
/** After these a verb goes on the same statement: a subject, a relative or question word, an auxiliary, an adverb. */
const RUN_ON_KEEPS = new Set([
  ...SUBJECTS, 'som', 'der', 'her', 'hvor', 'hva', 'hvem', 'hvordan', 'hvorfor', 'når', 'hvilken', 'hvilke', 'hvilket', 'at', 'om', 'ikke', 'aldri', 'også', 'bare', 'fortsatt',
  'nå', 'egentlig', 'kanskje', 'gjerne', 'heller', 'jo', 'vel', 'da', 'så', 'og', 'eller', 'men', 'fordi', 'hvis', 'har', 'hadde', 'ha', 'kan', 'vil', 'skal', 'må', 'bør', 'ville',
  'skulle', 'kunne', 'å', 'ikke-bare', 'siden', 'etter', 'før', 'mens', 'enn', 'til', 'inntil', 'dersom', 'selv', 'mest', 'helst', 'alltid', 'ofte', 'snart', 'allerede', 'endelig', 'akkurat', 'nettopp', 'vært', 'blitt', 'hun', 'han', 'meg', 'min', 'mi', 'mitt',
]);
const POSSESSIVES = new Set(['min', 'mi', 'mitt', 'mine', 'hans', 'hennes', 'vår', 'våre', 'deres']);
const ELLIPSIS_STARTS = new Set(['men', 'og', 'eller']);
/** After "jobber" as a verb: what the work is done as, at or how much. */
const WORK_NEXT = new Set(['som', 'på', 'i', 'hos', 'ved', 'for', 'med', 'fulltid', 'deltid', 'heltid', 'halvtid']);
/** A clause with a verb of its own, or a bare "52 år": what a run-on verb after it cannot belong to. */
const HAS_VERB = new Set([...FINITE_VERBS, 'jobbe']);

/**
 * "er arbeidsledig og registrert på nav bor i skien er 29 år": a finite verb after a complete statement,
 * with no subject before it or after it, starts the next statement ("Fagbrev har jeg ikke" is one).
 */
function runOnStart(current: readonly Word[], currentHasVerb: boolean, word: Word, next: string | undefined, beforeHasVerb: boolean): boolean {
  if (!RUN_ON_VERBS.has(word.w) || current.length === 0 || word.before !== BREAK.space) return false;
  const prev = current[current.length - 1].w;
  if (RUN_ON_KEEPS.has(prev) || (current[current.length - 1].num !== undefined && prev !== 'år') || (next !== undefined && SUBJECTS.has(next))) return false;
  // "mellom to jobber", "electrical work": the noun, unless what follows is what work is done as or at.
  if ((word.w === 'jobber' || word.w === 'arbeider') && !(next !== undefined && WORK_NEXT.has(next))) return false;
  // "… og kona mi er sykepleier": someone else named right before is the subject.
  if (current.slice(-3).some((w) => OTHER_WORDS.has(w.w) || POSSESSIVES.has(w.w))) return false;
  const bareYears = current.length === 2 && current[0].num !== undefined && current[1].w === 'år';
  // "har fullført vgs men ikke fagbrev jobber som kokk": an ellipsis of the statement before it.
  const elliptic = ELLIPSIS_STARTS.has(current[0].w) && beforeHasVerb;
  return bareYears || elliptic || currentHasVerb;
}

function split(message: CanonicalMessage): Word[][] {
  const clauses: Word[][] = [];
  let current: Word[] = [];
  let currentHasVerb = false;
  let lastHadVerb = false;
  const { words } = message;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    // The word after, in the same run of words: "Er fortsatt der. Bor i Bergen." keeps "der" in its clause.
    const next = words[i + 1]?.before === BREAK.space ? words[i + 1].w : undefined;
    // "før jeg begynte her" starts a clause; "fagbrev fra før" does not.
    const starter = CLAUSE_STARTERS.has(word.w) && (!CONDITIONAL_STARTERS.has(word.w) || (next !== undefined && (SUBJECTS.has(next) || next === 'at')));
    // "… og de siste fem årene": "de" is an article there, no new subject.
    const article = (next === 'de' || next === 'dei') && TIME_AFTER_ARTICLE.has(words[i + 2]?.w ?? '');
    const startsClause =
      word.before !== BREAK.space ||
      starter ||
      ((word.w === 'og' || word.w === 'så' || word.w === 'der' || word.w === 'eller') && next !== undefined && ((SUBJECTS.has(next) && !article) || (word.w !== 'eller' && FINITE_VERBS.has(next))));
    const beforeHasVerb = lastHadVerb && clauses.length > 0 && clauses[clauses.length - 1][0].sentence === word.sentence;
    // "mannen min jobber som tømrer jeg er hjemme …": "jeg" and its verb after a statement start the next one.
    const prevWord = current[current.length - 1]?.w;
    const newSubject =
      (word.w === 'jeg' || word.w === 'vi') && word.before === BREAK.space && currentHasVerb && next !== undefined && FINITE_VERBS.has(next) && prevWord !== undefined && !RUN_ON_KEEPS.has(prevWord) && !FINITE_VERBS.has(prevWord);
    // "jeg bor i oslo kona mi er 38 …", "jeg har en sønn han er 19 …": someone else as the subject of the next statement.
    // (Not what the writer says they are: "jeg er single mom jobber …", read from "I'm a single mom working …".)
    // (Nor "jeg er 40 mannen min er …": a number said, and a person of one's own, "mannen min", is someone else.)
    const whatSelfIs =
      current.length <= 4 && SELF.has(current[0]?.w ?? '') && current[1]?.w === 'er' && current.slice(2).every((w) => w.num === undefined) && !POSSESSIVES.has(next ?? '');
    const otherSubject =
      !whatSelfIs &&
      OTHER_WORDS.has(word.w) &&
      word.before === BREAK.space &&
      currentHasVerb &&
      prevWord !== undefined &&
      !RUN_ON_KEEPS.has(prevWord) &&
      !SUBJECT_ENDS.has(prevWord) &&
      !FINITE_VERBS.has(prevWord) &&
      (FINITE_VERBS.has(next ?? '') || (POSSESSIVES.has(next ?? '') && FINITE_VERBS.has(words[i + 2]?.w ?? '')));
    if ((startsClause || newSubject || otherSubject || runOnStart(current, currentHasVerb, word, next, beforeHasVerb)) && current.length > 0) {
      clauses.push(current);
      lastHadVerb = currentHasVerb;
      current = [];
      currentHasVerb = false;
    }
    current.push(word);
    if (HAS_VERB.has(word.w)) currentHasVerb = true;
  }
  if (current.length > 0) clauses.push(current);
  return clauses;
}

/**
 * `person`: in a message written on someone's behalf, the words that name that person ("han",
 * "hun", "mannen"): a clause with them as subject is about the person the message is for.
 */
export function clausesOf(message: CanonicalMessage, person?: ReadonlySet<string>): Clause[] {
  const parts = split(message);
  const caseNote = CASE_NOTE_WORDS.test(parts.slice(0, 3).map((p) => p.map((w) => w.w).join(' ')).join(' '));
  const out: Clause[] = [];
  let previous: Clause | undefined;
  /** Where the next clause starts in the message's words (the clauses are its words in order). */
  let next = 0;
  for (const words of parts) {
    next += words.length;
    const offsets: number[] = [];
    const strings: string[] = [];
    let text = '';
    for (const w of words) {
      if (text) text += ' ';
      offsets.push(text.length);
      text += w.w;
      strings.push(w.w);
    }
    const sentence = words[0].sentence;
    const first = words[0].w;
    const sameSentence = previous !== undefined && previous.sentence === sentence;
    const lastOfSentence = message.words[next]?.sentence !== words[words.length - 1].sentence;
    const inQuestion = message.questions.has(sentence);
    // In a question, the question starts at its question word or inverted verb and runs to the "?":
    // "Kan jeg ta fagbrev når jeg har jobbet 6 år?" states no years. Clauses before it still state facts.
    // "vil ha fagbrev i logistikk, går det?": a verb first with no subject after it, before the
    // question itself, is a statement written without its "jeg".
    const subjectless = FINITE_VERBS.has(first) && !lastOfSentence && !SUBJECTS.has(words[1]?.w ?? '') && !OTHERS_AS_SUBJECT.has(words[1]?.w ?? '') && words[1]?.w !== 'jeg';
    // "Hva må jeg gjøre, jeg har jobbet som kokk i 5 år?": after the question, the writer as subject with
    // a finite verb is a statement, though the "?" comes at its end.
    const toldAfter = sameSentence && previous!.question && SELF.has(first) && FINITE_VERBS.has(words[1]?.w ?? '') && previous!.words[0].before !== BREAK.space;
    const question = inQuestion && !toldAfter && ((QUESTION_START.has(first) && !subjectless) || (sameSentence && previous!.question) || (lastOfSentence && !(sameSentence && previous?.question)));
    const hypothetical = HYPOTHETICAL_START.has(first) || /^(?:hva|og) om /u.test(text) || (sameSentence && previous!.hypothetical && !SUBJECTS.has(first) && first !== 'men');
    const uncertain = strings.some((w) => UNCERTAIN_WORDS.has(w)) && UNCERTAIN.test(text);
    let other: boolean | undefined;
    for (let k = 0; k < Math.min(words.length, 4); k++) {
      const w = words[k].w;
      if (SELF.has(w) && k < 4) {
        other = false;
        break;
      }
      // "De siste 6 årene har jeg …": "de" as an article, not the people.
      if ((w === 'de' || w === 'dei') && (TIME_AFTER_ARTICLE.has(words[k + 1]?.w ?? '') || (words[k + 1]?.num !== undefined && TIME_AFTER_ARTICLE.has(words[k + 2]?.w ?? '')))) continue;
      if (OTHER_WORDS.has(w) && !(caseNote && (w === 'hun' || w === 'han')) && !(person && (person.has(w) || person.has(words[k].lower)))) {
        // A subject only when a verb follows: "mamma til tre" describes the writer.
        other = words.slice(k + 1).some((x) => FINITE_VERBS.has(x.w));
        break;
      }
      if (FINITE_VERBS.has(w) || SUBJECT_ENDS.has(w)) {
        // "så nå er jeg …": the subject after the verb.
        if (SELF.has(words[k + 1]?.w ?? '') || (w === 'nå' && SELF.has(words[k + 2]?.w ?? ''))) other = false;
        break;
      }
    }
    other ??= sameSentence && !CLAUSE_STARTERS.has(first) ? previous!.other : false;
    const clause: Clause = { words, text, strings, offsets, sentence, question, hypothetical, uncertain, other };
    out.push(clause);
    previous = clause;
  }
  return out;
}

/** The word index in a clause at a character offset of its text. */
export function wordAt(clause: Clause, offset: number): number {
  let lo = 0;
  let hi = clause.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (clause.offsets[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The span of the message a match in a clause's text came from: [start, end). */
export function spanOf(clause: Clause, from: number, to: number): [number, number] {
  const a = clause.words[wordAt(clause, from)];
  const b = clause.words[wordAt(clause, Math.max(from, to - 1))];
  return [a.start, b.end];
}

/** Whether a clause can state a fact about the person. */
export function states(clause: Clause): boolean {
  return !clause.question && !clause.hypothetical && !clause.uncertain && !clause.other;
}
