// When the practice ended (practiceUntil), as a year, "now" or "past": "fra 1996 til 2009",
// "1996–2009", "sluttet i 2009", "sluttet for 12 år siden", "på 90-tallet", "til 2010" → the year it
// ended; "har jobbet der siden 2015", "jobber der fortsatt", "fra 2010 til i dag" → now; "sluttet der",
// "jobbet 13 år som tømrer" (work told in the past, no year) → past. English reaches here in the same
// words ("from 1996 to 2009", "until 2010", "since 2015", "12 years ago", "I still work there").
// A year counts only in a clause about the person's own work: "født 1980", "fagbrev i 2005",
// "flyttet hit i 2012", "bodde i Polen fra 1996 til 2009" are no practice periods. Two periods that
// disagree leave it unknown, unless the person's goal says which work counts.
import { spanOf, states, type Clause } from './clauses';
import { durationsIn } from './amounts';
import { WISHES, isCorrection, spanOfWords, type Finding, type Reading } from './reading';
import type { WorkClause } from './work-clauses';

type Until = number | 'now' | 'past';

interface Candidate {
  value: Until;
  span: [number, number];
  clause: number;
  /** The trade of the work the period belongs to; OTHER_WORK for a job that is no trade ("operatør offshore"). */
  trade?: string;
  /** "past" only from the tense ("jobbet 13 år som tømrer"), not from a word like "sluttet". */
  fromTense?: boolean;
}

const EARLIEST = 1940;
const YEAR = '(19[4-9]\\d|20\\d\\d)';
const MONTH = '(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december) ';
const NOW_WORDS = '(?:nå|i dag|now|today|present|dags dato)';

/** Clauses about something other than work: a year there is not when the practice ended. */
const NOT_WORK = new Set([
  'født', 'fødd', 'born', 'fagbrev', 'fagbrevet', 'svennebrev', 'fagprøve', 'fagprøven', 'svenneprøve', 'skole', 'skolen', 'skolegang', 'utdanning', 'vgs',
  'videregående', 'grunnskole', 'grunnskolen', 'studerte', 'studert', 'studier', 'studiet', 'flyttet', 'flytta', 'kom', 'bodd', 'bodde', 'bott', 'bor', 'gift',
  'giftet', 'norskkurs', 'kurs', 'kurset', 'lærling', 'lærlingtid', 'læretid', 'arbeidsledig', 'ledig', 'uføretrygdet', 'uføretrygd', 'ufør', 'sykmeldt',
  'permittert', 'pensjonist', 'hjemme', 'hjemmeværende', 'permisjon', 'foreldrepermisjon', 'militæret', 'førstegangstjeneste', 'sertifikat', 'førerkort',
]);
/** Negations: "ikke vært i jobb siden 2020" is work that ended, not work since. */
const NOT = new Set(['ikke', 'ikkje', 'itj', 'ikk', 'not', 'never', 'aldri']);

/** Words that say the work began, not ended: "begynte for 12 år siden". */
const STARTED = new Set(['begynte', 'startet', 'starta', 'byrja', 'begynt', 'fikk', 'started', 'began']);
const ENDED = new Set(['sluttet', 'slutta', 'avsluttet', 'stopped', 'stoppet', 'quit', 'oppsagt']);
const STILL = new Set(['fortsatt', 'fremdeles', 'framleis', 'ennå', 'still']);
const PAST_WORK = new Set(['jobbet', 'arbeidet', 'jobba', 'var', 'kjørte', 'drev']);
const SUBJECTS = new Set(['jeg', 'eg', 'æ', 'je']);
const HAS_JOB = /(?:^| )har (?:\S+ )?(?:jobben|stillingen|jobb|stilling)(?: |$)/u;

const RANGES = new RegExp(`(?:^| )(?:(?:fra|mellom|from|between) )?${YEAR} (?:til|å|to|until|og|and|-) (?:${YEAR}|${NOW_WORDS})(?= |$)`, 'gu');
/** "1996–2009", "1996 - 2009": the dash ends a clause, so it is read in the text as written. */
const DASH_RANGE = new RegExp(`(?<![\\d.,])${YEAR}\\s*[–—-]\\s*(?:${YEAR}(?![\\d.,]\\d)|(nå|i dag|now|today|present)(?!\\p{L}))`, 'giu');
const UNTIL = new RegExp(`(?:^| )(?:til|until|till|inntil|fram til|frem til|up to) (?:og med )?${YEAR}(?= |$)`, 'u');
const ENDED_IN = new RegExp(`(?:^| )(?:sluttet|slutta|avsluttet|stopped|stoppet|quit|oppsagt)(?: \\S+){0,5}? (?:(?:i|in) (?:${MONTH})?${YEAR}|(i fjor|last year))(?= |$)`, 'u');
const AGO = /(?:^| )(?:for )?(\d{1,2}) år siden(?= |$)/u;
const SINCE = new RegExp(`(?:^| )siden (?:(?:${MONTH})?${YEAR}|da)(?= |$)`, 'u');
/** "på 90-tallet", "på nittitallet", "in the 1990s" (read as "i 1990 s"). */
const DECADE = /(?:^| )(?:på|i|in) (?:the )?(?:(?:19)?([5-9]0)-(?:tallet|talet|åra|årene)|(nitti|åtti|sytti|seksti|femti)tallet|(?:19)?([5-9]0) ?s|(20[12]0)-tallet)(?= |$)/u;
const DECADE_WORDS: Record<string, number> = { femti: 50, seksti: 60, sytti: 70, åtti: 80, nitti: 90 };

/**
 * Whether a clause is about the person's own work: it names work, or it says something ended
 * ("sluttet i 2009") right after work was named, in a sentence about nothing else.
 */
const MOST = new Set(['meste', 'mesteparten', 'mestparten', 'mesteparta', 'most']);

function aboutWork(reading: Reading, work: readonly WorkClause[], index: number): boolean {
  const clause = reading.clauses[index];
  if (!states(clause) || clause.words.some((w) => NOT_WORK.has(w.w))) return false;
  if (work[index]?.cue) return true;
  // "Har 13 års erfaring som tømrer, 1996–2009": a fragment that goes on from work named before it.
  const previous = reading.clauses[index - 1];
  if (work[index]?.verbless && previous?.sentence === clause.sentence && work[index - 1]?.cue) return true;
  // "Har 6 år som tømrer, men det meste var på 90-tallet": most of the work named before, in the same sentence.
  const inSentence = (k: number) => reading.clauses[k]?.sentence === clause.sentence;
  const most = (k: number) => inSentence(k) && reading.clauses[k].words.some((w) => MOST.has(w.w));
  if (most(index) || most(index - 1)) for (let k = index - 1; inSentence(k); k--) if (work[k]?.cue) return true;
  if (!clause.words.some((w) => ENDED.has(w.w))) return false;
  const { clauses } = reading;
  const sameSentence = (k: number) => clauses[k]?.sentence === clause.sentence;
  for (let k = index - 1; sameSentence(k); k--) if (clauses[k].words.some((w) => NOT_WORK.has(w.w))) return false;
  for (let k = index + 1; sameSentence(k); k++) if (clauses[k].words.some((w) => NOT_WORK.has(w.w))) return false;
  for (let k = index - 1; k >= 0 && clause.sentence - reading.clauses[k].sentence <= 1; k--) if (work[k]?.cue) return true;
  return false;
}

function matchSpan(clause: Clause, m: RegExpExecArray): [number, number] {
  const start = m.index + (m[0].startsWith(' ') ? 1 : 0);
  return spanOf(clause, start, m.index + m[0].length);
}

const yearOf = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/** A job named that is no trade, or work in a field no trade covers. */
const OTHER_WORK = '(other work)';

/**
 * The trade of the work a clause is about: its own, or that of the last work named before it in this
 * or the previous sentence (OTHER_WORK when that work is no trade).
 */
function tradeFor(work: readonly WorkClause[], index: number): string | undefined {
  const sentence = work[index]?.clause.sentence ?? 0;
  for (let k = index; k >= 0 && sentence - work[k].clause.sentence <= 1; k--) {
    if (work[k].trade) return work[k].trade;
    if (work[k].noTrade || work[k].otherField || work[k].roleAt) return OTHER_WORK;
  }
  return undefined;
}

interface Said {
  value: Until;
  m: RegExpExecArray;
}

/** "fra 1996 til 2009", "fra 2010 til i dag": every range in the clause ("… og som tømrer fra 2010 til 2015"). */
function rangesIn(text: string, thisYear: number): Said[] {
  const out: Said[] = [];
  for (const m of text.matchAll(RANGES)) {
    const from = Number(m[1]);
    const to = yearOf(m[2]);
    if (to === undefined && from <= thisYear) out.push({ value: 'now', m });
    else if (to !== undefined && from <= to && to <= thisYear) out.push({ value: to, m });
  }
  return out;
}

function fromClause(clause: Clause, thisYear: number): Said | undefined {
  const text = clause.text;
  const started = clause.words.some((w) => STARTED.has(w.w));
  let m: RegExpExecArray | null;
  if ((m = ENDED_IN.exec(text))) {
    const year = m[2] !== undefined ? thisYear - 1 : Number(m[1]);
    if (year <= thisYear) return { value: year, m };
  }
  if ((m = UNTIL.exec(text)) && Number(m[1]) <= thisYear && Number(m[1]) >= EARLIEST) return { value: Number(m[1]), m };
  if ((m = SINCE.exec(text)) && !clause.words.some((w) => ENDED.has(w.w)) && (m[1] === undefined || Number(m[1]) <= thisYear)) {
    // "ikke vært i jobb siden 2020": the work ended then, it does not go on.
    if (!clause.words.some((w) => NOT.has(w.w))) return { value: 'now', m };
    if (m[1] !== undefined) return { value: Number(m[1]), m };
  }
  if ((m = AGO.exec(text)) && !started && (clause.words.some((w) => ENDED.has(w.w) || PAST_WORK.has(w.w)))) return { value: thisYear - Number(m[1]), m };
  if ((m = DECADE.exec(text))) {
    const decade = m[1] ?? m[3];
    const end = decade !== undefined ? 1900 + Number(decade) + 9 : m[2] !== undefined ? 1900 + DECADE_WORDS[m[2]] + 9 : Number(m[4]) + 9;
    return end <= thisYear ? { value: end, m } : undefined;
  }
  return undefined;
}

/** "jobber der fortsatt", "har fortsatt den jobben": the work goes on. */
function stillWorking(clause: Clause, wc: WorkClause | undefined): boolean {
  if (!clause.words.some((w) => STILL.has(w.w))) return false;
  return wc?.presentWork === true || HAS_JOB.test(clause.text) || (wc?.verbless === true && wc.cue);
}

/** Work said to have ended, with no year: "sluttet der". */
function endedWork(clause: Clause): boolean {
  return clause.words.some((w) => ENDED.has(w.w));
}

/**
 * Work told in the past tense with how long it lasted: "Jeg jobbet 13 år som tømrer", "I Ukraina
 * jobbet jeg …". Only with its subject: chat shorthand ("jobbet 6 år i 70 %") often means "har jobbet".
 */
function pastWork(clause: Clause, wc: WorkClause | undefined): boolean {
  if (!wc?.cue || wc.presentWork || wc.now || clause.words.some((w) => WISHES.has(w.w))) return false;
  const words = clause.words;
  const told = words.some((w, i) => PAST_WORK.has(w.w) && (SUBJECTS.has(words[i - 1]?.w ?? '') || SUBJECTS.has(words[i + 1]?.w ?? '')));
  return told && durationsIn(clause).length > 0;
}

function candidates(reading: Reading, work: readonly WorkClause[]): Candidate[] {
  const out: Candidate[] = [];
  let year: number | undefined;
  const today = () => (year ??= reading.today().getUTCFullYear());
  reading.clauses.forEach((clause, index) => {
    const wc = work[index];
    if (!aboutWork(reading, work, index)) return;
    const trade = tradeFor(work, index);
    const ranges = rangesIn(clause.text, today());
    const found = ranges.length > 0 ? undefined : fromClause(clause, today());
    for (const r of ranges) out.push({ value: r.value, span: matchSpan(clause, r.m), clause: index, trade });
    if (ranges.length > 0) return;
    if (found) out.push({ value: found.value, span: matchSpan(clause, found.m), clause: index, trade });
    else if (stillWorking(clause, wc)) out.push({ value: 'now', span: spanOfWords(clause, 0, clause.words.length), clause: index, trade });
    else if (endedWork(clause)) out.push({ value: 'past', span: spanOfWords(clause, 0, clause.words.length), clause: index, trade });
    else if (pastWork(clause, wc)) out.push({ value: 'past', span: spanOfWords(clause, 0, clause.words.length), clause: index, trade, fromTense: true });
  });
  // The matches come in order of the text, and so do the clauses.
  let index = 0;
  for (const m of reading.text.matchAll(DASH_RANGE)) {
    const ends = (k: number) => reading.clauses[k].words[reading.clauses[k].words.length - 1]?.end ?? -1;
    while (index < reading.clauses.length && ends(index) <= m.index) index++;
    const clause = reading.clauses[index];
    if (!clause || clause.words.length === 0 || clause.words[0].start > m.index || !aboutWork(reading, work, index)) continue;
    const from = Number(m[1]);
    const to = m[3] !== undefined ? 'now' : Number(m[2]);
    if (from > today() || (to !== 'now' && (to < from || to > today()))) continue;
    out.push({ value: to, span: [m.index, m.index + m[0].length], clause: index, trade: tradeFor(work, index) });
  }
  return out;
}

/**
 * When the practice that counts ended. `target` is the trade the practice counts for (the goal, or the
 * work the person does): a period of work in another trade is left out.
 */
export function readPracticePeriod(reading: Reading, work: readonly WorkClause[], target?: string): Finding<'practiceUntil'> | undefined {
  // Work going on now in the same trade (or an unnamed one) makes a past tense elsewhere no evidence.
  const ongoing = work.filter((w) => w.states && w.cue && (w.tense === 'present' || w.tense === 'perfect'));
  const found = candidates(reading, work).filter(
    (c) => !(target && c.trade !== undefined && c.trade !== target) && !(c.fromTense && ongoing.some((w) => w.trade === undefined || w.trade === (c.trade ?? target))),
  );
  // Periods of the goal trade's own work, when some are, are the ones that count.
  const inTarget = found.filter((c) => target !== undefined && c.trade === target);
  const counted = inTarget.length > 0 ? inTarget : found;
  const said = counted.filter((c) => c.value !== 'past');
  const pool = said.length > 0 ? said : counted;
  if (pool.length === 0) return undefined;
  const corrections = pool.filter((c) => isCorrection(reading, reading.clauses[c.clause]));
  const values = new Set(pool.map((c) => c.value));
  const chosen = values.size === 1 ? pool[0] : corrections[corrections.length - 1];
  if (!chosen) return undefined;
  return { field: 'practiceUntil', value: chosen.value, span: chosen.span, clause: chosen.clause, ...(corrections.includes(chosen) ? { correction: true } : {}) };
}

/** A year said from this one: this year (1), last year (2), the year before (3). */
const RELATIVE_YEAR =
  /(?:^| )(?:(i år|this year|nettopp|nylig|recently|forrige måned|last month)|(i fjor|last year)|(i forfjor|året før i fjor|the year before last))(?: |$)/u;

/** The answer to "Hvilket år sluttet du?": a year, "jobber fortsatt", "for 12 år siden", "på 90-tallet". */
export function practiceUntilAnswer(clauses: readonly Clause[], thisYear: number): number | 'now' | undefined {
  for (const clause of clauses) {
    const words = clause.words;
    if (words.some((w) => w.w === 'født' || w.w === 'born')) continue;
    const found = rangesIn(clause.text, thisYear)[0] ?? fromClause(clause, thisYear);
    if (found && found.value !== 'past') return found.value;
    const ago = /(?:^| )(\d{1,2}) år siden(?: |$)/u.exec(clause.text);
    if (ago) return thisYear - Number(ago[1]);
    const relative = RELATIVE_YEAR.exec(clause.text);
    if (relative) return thisYear - (relative[1] ? 0 : relative[2] ? 1 : 2);
    if (words.some((w) => STILL.has(w.w)) || /^(?:nå|i dag|now|today|jobber der|jobber|jobber i faget)$/u.test(clause.text)) return 'now';
    const year = words.find((w) => w.num !== undefined && Number.isInteger(w.num) && w.num >= EARLIEST && w.num <= thisYear);
    if (year?.num !== undefined) return year.num;
  }
  return undefined;
}
