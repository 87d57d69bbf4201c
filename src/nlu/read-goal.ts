// The person's goal: the trade they want a certificate in ("vil ta fagbrev som helsefagarbeider",
// "ønsker å bli elektriker", "I want to become a cook", "Ønsker fagbrev i CNC-maskinering") and the
// fields they want to move to or work in, from the fixed vocabulary ("vil over i helse",
// "omskolere meg til batteriindustrien", "interessert i teknologi", "helst innen landbruk"). Only
// stated wishes count, and asking whether one can become something ("kan jeg bli helsefagarbeider?"); the work someone
// does now is no interest.
import { states, type Clause } from './clauses';
import { spanOfWords, type Finding, type Reading } from './reading';

/** Words that make what follows a wish or plan of the person's. */
const WANTS = new Set([
  'vil', 'ønsker', 'ønske', 'ønsket', 'drømmer', 'drømmen', 'målet', 'håper', 'planlegger', 'lyst', 'tenkt', 'tenker', 'tenke', 'vurderer', 'satser', 'helst',
  'interessert', 'interesse', 'interesserer', 'omskolere', 'omskolering', 'overgang', 'skal', 'gjerne', 'søke', 'studere', 'utdanne', 'nysgjerrig',
  'sikter', 'bytte', 'skifte', 'prøve', 'satse', 'mål', 'hadde',
]);
/** "vil ta fagbrev som/i X", "ønsker fagbrevet i X". */
const CERTIFICATE = new Set(['fagbrev', 'fagbrevet', 'svennebrev', 'svennebrevet', 'fagprøve', 'fagprøven', 'praksiskandidat', 'læreplass', 'lærling', 'lærekontrakt', 'kompetansebevis']);
/** "bli X", "utdanne meg til X", "omskolere meg til X", "jobbe som X": X a title is a trade goal. */
const BECOME = new Set(['bli', 'blir', 'være', 'utdanne', 'omskolere', 'jobbe', 'jobber', 'arbeide', 'begynne', 'utdanning', 'yrke', 'yrket', 'jobb', 'omskolering']);
const FILLERS = new Set([
  'meg', 'til', 'som', 'en', 'et', 'ei', 'å', 'gjerne', 'helst', 'også', 'heller', 'lærling', 'faglært', 'utdannet', 'ferdig', 'ferdigutdannet', 'mitt', 'min', 'mi',
  'sertifisert', 'godkjent', 'autorisert', 'certified', 'qualified', 'skikkelig', 'ordentlig', 'fullverdig',
]);
const NEGATED = new Set(['ikke', 'aldri', 'ingen']);
/** A fragment that keeps a wish going: "…, gjerne i industrien", "…, eller på et laboratorium". */
const CONTINUES = new Set(['gjerne', 'helst', 'eller', 'og', 'eventuelt', 'kanskje', 'spesielt', 'særlig', 'for']);

/** Verbs of finishing: the school after them is to be finished, not a field of interest. */
const FINISH = new Set(['fullføre', 'fullført', 'ferdig', 'ferdigstille', 'avslutte', 'gjennomføre']);

/** "har ikke fagbrev, men vil ta det som sveiser": "det" is the certificate just named. */
const REFERS_BACK = new Set(['det', 'den', 'dette']);

function certificateSaid(reading: Reading, clause: Clause): boolean {
  return reading.clauses.some((c) => c.sentence === clause.sentence && c.words.some((w) => CERTIFICATE.has(w.w)));
}

/** "…, mens jeg venter på …": a clause of its own, no part of the wish. */
const SUBORDINATE = new Set(['mens', 'fordi', 'når', 'hvis', 'dersom', 'selv', 'før', 'etter', 'siden', 'enn', 'som']);

export interface GoalReading {
  trade?: Finding<'trade'>;
  /** One finding per interest, in the order said. */
  interests: Finding<'interests'>[];
  /** Wants a certificate without naming the trade ("vil ta fagbrev"). */
  wantsCertificate: boolean;
}

/** Verbs of what has been: in a run of words without punctuation they start a new statement. */
const WHAT_WAS = new Set(['gikk', 'tok', 'fullførte', 'jobbet', 'arbeidet', 'var', 'hadde', 'bodde', 'sluttet', 'droppet', 'flyttet', 'kom', 'mistet', 'ble', 'bor']);

/** "vil ta fagbrev som tømrer gikk ut av ungdomsskolen": the wish ends where a statement about the past starts. */
function wishEnd(words: readonly string[], from: number): number {
  for (let i = from + 1; i < words.length; i++) if (WHAT_WAS.has(words[i])) return i;
  return words.length;
}

function wishStart(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    if (!WANTS.has(words[i])) continue;
    if (NEGATED.has(words[i + 1] ?? '') || (i > 0 && NEGATED.has(words[i - 1]))) return -1;
    return i;
  }
  return -1;
}

/** "Kan jeg bli helsefagarbeider …?", "Hva må jeg gjøre for å bli elektriker?", "Hvordan kan jeg bli kokk?": asking whether or how one can become what a trade makes one names the goal too. */
const ASKS_TO_BECOME = /^(?:(?:kan|får|far|kunne) (?:jeg|eg|e|æ|man) (?:\S+ ){0,2}?bli |(?:hva|ka|kva) (?:kan|må|bør|skal) (?:jeg|eg|e|æ|man) gjøre for å bli |(?:hvordan|korleis|koss|åssen) (?:kan|skal) (?:jeg|eg|e|æ|man) bli )/u;
/** The clauses a goal is read from, in order: those that state, and those that ask to become something. */
function goalClauses(reading: Reading): Array<[Clause, number]> {
  return reading.clauses
    .map((c, i) => [c, i] as [Clause, number])
    .filter(([c]) => states(c) || (c.question && !c.other && ASKS_TO_BECOME.test(`${c.strings.join(' ')} `)));
}

export function readGoal(reading: Reading): GoalReading {
  const { lexicon, message } = reading;
  const trades: Finding<'trade'>[] = [];
  const interests: Finding<'interests'>[] = [];
  let wantsCertificate = false;
  let wishing: Clause | undefined;
  for (const [clause, index] of goalClauses(reading)) {
    const words = clause.strings;
    let from = clause.question ? words.indexOf('bli') - 1 : wishStart(words);
    const continuing =
      from < 0 &&
      wishing !== undefined &&
      wishing.sentence === clause.sentence &&
      !SUBORDINATE.has(words[0]) &&
      (CONTINUES.has(words[0]) || !/ (?:er|har|bor|jobber|jeg|eg) /u.test(` ${clause.text} `));
    if (from < 0 && !continuing) {
      wishing = undefined;
      continue;
    }
    if (from < 0) from = -1;
    wishing = clause;
    const used = new Set<number>();
    const end = wishEnd(words, from + 1);
    for (let i = from + 1; i < end; i++) {
      const w = words[i];
      if (CERTIFICATE.has(w) || (REFERS_BACK.has(w) && words[i - 1] === 'ta' && certificateSaid(reading, clause))) {
        let at = i + 1;
        if (['som', 'i', 'innen', 'på'].includes(words[at] ?? '')) at++;
        while (FILLERS.has(words[at] ?? '') && at < i + 4) at++;
        if (words[i + 1] === 'på' && words[i + 2] === 'jobb') continue;
        // "fagbrev som kokk", "fagbrev i logistikk", and in notes "fagbrev helsefagarbeider" (a title right after it).
        const direct = at === i + 1 ? lexicon.workAt(words, at, message.english) : undefined;
        // "Mål: fagbrev logistikk": in notes the trade's own name may follow with no word between.
        const named =
          at > i + 1 ? lexicon.tradeAt(words, at, message.english) : direct?.value.kind === 'title' ? { value: direct.value.trade, length: direct.length } : lexicon.tradeAt(words, at, message.english);
        if (named) {
          trades.push({ field: 'trade', value: named.value, span: spanOfWords(clause, at, at + named.length), clause: index });
          for (let k = i; k < at + named.length; k++) used.add(k);
          i = at + named.length - 1;
        } else wantsCertificate = true;
        continue;
      }
      if (BECOME.has(w)) {
        let at = i + 1;
        while (FILLERS.has(words[at] ?? '') && at < i + 4) at++;
        const hit = lexicon.workAt(words, at, message.english);
        if (hit?.value.kind === 'title' && !((w.startsWith('jobb') || w === 'arbeide') && words[i + 1] !== 'som')) {
          trades.push({ field: 'trade', value: hit.value.trade, span: spanOfWords(clause, at, at + hit.length), clause: index });
          for (let k = i; k < at + hit.length; k++) used.add(k);
          i = at + hit.length - 1;
          continue;
        }
      }
    }
    // "Ønsket yrke: helsefagarbeider": a title on its own after a wish.
    if (from < 0 && trades.length === 0 && words.length <= 3) {
      const hit = lexicon.workAt(words, words[0] === 'som' ? 1 : 0, message.english);
      if (hit?.value.kind === 'title') trades.push({ field: 'trade', value: hit.value.trade, span: spanOfWords(clause, 0, words.length), clause: index });
    }
    for (let i = from + 1; i < end; i++) {
      if (used.has(i)) continue;
      const hit = lexicon.interestAt(words, i, message.english, clause.words[i].capitals);
      if (!hit) continue;
      const negated = (i > 0 && NEGATED.has(words[i - 1])) || (i > 1 && NEGATED.has(words[i - 2]));
      // "vil fullføre skolen", "want to finish school": the school itself, no field to work in.
      const finishing = i > 0 && FINISH.has(words[i - 1]);
      if (!negated && !finishing && !interests.some((f) => f.value[0] === hit.value)) {
        interests.push({ field: 'interests', value: [hit.value], span: spanOfWords(clause, i, i + hit.length), clause: index });
      }
      i += hit.length - 1;
    }
  }
  const distinct = new Set(trades.map((t) => t.value));
  return { trade: distinct.size === 1 ? trades[0] : distinct.size > 1 ? trades[trades.length - 1] : undefined, interests, wantsCertificate: wantsCertificate || trades.length > 0 };
}
