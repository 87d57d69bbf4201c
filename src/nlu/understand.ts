// understand(text): the Profile fields a message states, with the words each was read from.
// Built once from the place index and the lexicons (src/app.ts); reading a message is pure and
// linear in its length. The readers each take one kind of fact (read-*.ts); here their findings
// become one profile: the person's goal decides which practice counts and whether the work they
// do names their trade, practice becomes full-time equivalent, and whatever is uncertain stays
// unknown (with a note the dialog uses to ask: an ambiguous place, school abroad, "et par år").
import { PROFILE_FIELDS, ProfileSchema, type Profile, type ProfileField } from '../catalogue/schema';
import type { PlaceIndex } from '../catalogue/places';
import { abroadWords, type UnderstandingLexicon } from '../catalogue/lexicon';
import { createCanonicaliser, UNDERSTAND_MAX_CHARS } from './canonical';
import { clausesOf, type Clause } from './clauses';
import { READER_WORDS } from './language-words';
import { createPlaceMatcher, type PlaceMatcher } from './places';
import { foldPhrase } from './place-tokens';
import { readAge } from './read-age';
import { readCertificate } from './read-certificate';
import { readCounty, type AmbiguousCounty } from './read-county';
import { readEmployment } from './read-employment';
import { readGoal } from './read-goal';
import { readNav } from './read-nav';
import { readPractice, type PracticeCandidate } from './read-practice';
import { readPracticePeriod } from './read-practice-period';
import { readSchool } from './read-school';
import { WISHES, correctionSentences, type Finding, type Reading } from './reading';
import { compileWorkLexicon, type WorkLexicon } from './work-lexicon';
import { workClauses, type WorkClause } from './work-clauses';
import { writtenFor } from './written-for';

export interface Understood {
  field: ProfileField;
  /** The words of the message the value was read from, as written. */
  phrase: string;
}

export interface Understanding {
  text: string;
  profile: Profile;
  understood: Understood[];
  /** Values stated with "rundt", "ca.", "tror jeg": taken, to be confirmed. */
  hedged: ProfileField[];
  /** Values the message says correct something said before ("forresten …", "jeg mente …"). */
  corrected: ProfileField[];
  /** A place in several counties, or a former county now split ("Herøy", "Viken"): ask which. */
  ambiguousCounty?: AmbiguousCounty;
  /** School taken abroad without saying it is equivalent: ask. */
  abroadSchool: Array<'completedPrimarySchool' | 'completedUpperSecondary'>;
  /** Practice said without a usable number ("et par år", "over 20 år"): ask. */
  vaguePractice: boolean;
}

export interface Understander {
  understand(text: string): Understanding;
  /** The place matcher built from the same index (for short county answers). */
  places: PlaceMatcher;
  lexicon: WorkLexicon;
  /** The day messages are read on (an answer "for 12 år siden" counts back from it). */
  today(): Date;
}

export interface UnderstanderOptions {
  /** The day a message is read, asked for each message ("siden 2015" counts the years until then). */
  today?: () => Date;
}

/** A stilling of this much or more counts as full time for practice. */
const FULL_TIME_FROM = 80;

/**
 * Words that say something happened abroad: the abroad lexicon's countries and adjectives, and the names of places
 * abroad in knowledge/places.json ("Kharkiv", "Gdańsk"), as written and folded. The answerer reads practice abroad
 * with the same words.
 */
export function abroadVocabulary(abroad: UnderstandingLexicon['abroad'], places: PlaceIndex): Set<string> {
  const words = new Set<string>(abroadWords(abroad));
  // (A word of a name abroad that names a place in Norway too is none: "Gran" of "Gran Canaria" is a municipality.)
  const norwegian = new Set<string>();
  for (const n of places.names) if (n.kind !== 'elsewhere') for (const w of [foldPhrase(n.name), n.name.toLowerCase()]) norwegian.add(w);
  for (const n of places.names) {
    if (n.kind !== 'elsewhere' || /^(?:norge|noreg|norway|norga|svalbard)$/iu.test(n.name)) continue;
    for (const w of [...foldPhrase(n.name).split(' '), ...n.name.toLowerCase().split(/\s+/u)]) if (w.length >= 3 && !norwegian.has(w)) words.add(w);
  }
  return words;
}

export function createUnderstander(places: PlaceIndex, lexicon: UnderstandingLexicon, options: UnderstanderOptions = {}): Understander {
  const today = options.today ?? (() => new Date());
  const work = compileWorkLexicon(lexicon);
  const matcher = createPlaceMatcher(places);
  const canonical = createCanonicaliser([...READER_WORDS, ...work.vocabulary], lexicon.knownWords, work.englishVocabulary, work.vocabulary, (word) => work.tradeAt([word], 0, false)?.value);
  const abroad = abroadVocabulary(lexicon.abroad, places);

  function understand(whole: string): Understanding {
    // Every reader sees the same read limit: a "?" beyond it must not make a place asked about.
    const text = whole.length > UNDERSTAND_MAX_CHARS ? whole.slice(0, UNDERSTAND_MAX_CHARS) : whole;
    let day: Date | undefined;
    const message = canonical.read(text);
    const forPerson = writtenFor(text);
    const clauses = clausesOf(message, forPerson?.words);
    const reading: Reading = { text, message, clauses, lexicon: work, abroad, corrections: correctionSentences(clauses), writtenFor: forPerson, today: () => (day ??= today()) };
    const wcs = workClauses(reading);
    const findings: Finding[] = [];
    const add = (f: Finding | undefined) => f && findings.push(f);

    const county = readCounty(reading, matcher);
    add(county.finding);
    add(pick(readAge(reading)));
    add(pick(readNav(reading)));
    const school = readSchool(reading);
    for (const field of ['completedPrimarySchool', 'completedUpperSecondary'] as const) add(pick(school.findings.filter((f) => f.field === field)));
    const certificate = readCertificate(reading, wcs);
    add(certificate.has);
    add(certificate.trade);
    const employment = readEmployment(reading, wcs);
    add(employment.employed);
    add(employment.percent);

    const goal = readGoal(reading);
    const interests = goal.interests.map((f) => f.value[0]);
    let trade = goal.trade;
    if (!trade && interests.length === 0 && certificate.has?.value !== true && employment.employed?.value !== false) trade = tradeOfWork(wcs);
    add(trade);
    if (interests.length > 0) {
      findings.push(...goal.interests);
    }

    const age = findings.find((f): f is Finding<'age'> => f.field === 'age')?.value;
    const candidates = readPractice(reading, wcs).filter((c) => age !== undefined || !mayBeAge(clauses[c.clause].text));
    for (let k = 0; k < candidates.length; k++) if (candidates[k].sinceAge !== undefined) candidates[k] = sinceAge(candidates[k], age);
    const practice = practiceFor(candidates, trade?.value, !goal.trade && interests.length > 0);
    if (practice.years) {
      // ("welder, 15 years": the years read as practice after work are no age as well.)
      const sameWords = findings.findIndex((f) => f.field === 'age' && f.span[0] === practice.years!.span[0] && f.span[1] === practice.years!.span[1]);
      if (sameWords >= 0) findings.splice(sameWords, 1);
      add(practice.years);
      if (practiceFromAbroad(reading, practice.clauses)) add({ field: 'practiceAbroad', value: true, span: practice.years.span, clause: practice.years.clause });
    }
    if (practice.percent) add(practice.percent);
    add(readPracticePeriod(reading, wcs, trade?.value));

    return assemble(whole, findings, county.ambiguous, school.abroad, practice.vague);
  }

  return { understand, places: matcher, lexicon: work, today };
}

/** Verbs that make "fra <land>" where someone comes from, not where they worked: "kom fra Polen i 2008 og har jobbet …". */
const ORIGIN_VERBS = new Set(['er', 'kom', 'kommer', 'kommet', 'flyttet', 'flytta', 'flytte', 'opprinnelig', 'am', 'came', 'come', 'moved', 'originally']);
/** Words of work or practice in a clause (as read, in bokmål). */
const WORK_WORD = /^(?:jobb\p{L}*|arbeid\p{L}*|erfaring\p{L}*|praksis\p{L}*|yrkeserfaring\p{L}*|år)$/u;

/**
 * Whether the practice counted was told in a sentence that places it abroad ("In Poland I was a mechanic for 10 years",
 * "jobbet 2 år i Polen og 3 år i Norge"): its years stay what was told, and the rules say the sources do not weigh it.
 */
function practiceFromAbroad(reading: Reading, clauses: readonly number[]): boolean {
  const counted = new Set(clauses);
  const sentences = new Set(clauses.map((i) => reading.clauses[i]?.sentence));
  // (The clauses the years were read from, and in their sentences those that tell no work of their own: "In Sudan I
  // finished school and worked as an electrician for eight years"; not "12 år som snekker i Litauen, nå 2 år på lager".)
  const tells = (c: Clause, i: number) => counted.has(i) || (sentences.has(c.sentence) && !c.strings.some((v) => WORK_WORD.test(v)));
  // ("…, from Poland, …" on its own, or after "er/kom/moved": where they come from; "experience … from Lithuania" is work.)
  const origin = (c: Clause, k: number) =>
    (c.strings[k - 1] === 'fra' || c.strings[k - 1] === 'from') && (c.strings.slice(0, k - 1).some((v) => ORIGIN_VERBS.has(v)) || !c.strings.some((v) => WORK_WORD.test(v)));
  if (reading.clauses.some((c, i) => tells(c, i) && c.strings.some((w, k) => reading.abroad.has(w) && !origin(c, k)))) return true;
  // "Han er fra Syria og har jobbet som elektriker der i 15 år": "der" is the country the clause before names.
  return clauses.some((i) => {
    const c = reading.clauses[i];
    const before = reading.clauses[i - 1];
    return c !== undefined && before !== undefined && before.sentence === c.sentence && c.strings.some((w) => THERE.has(w)) && before.strings.some((w) => reading.abroad.has(w));
  });
}
/** A place named before: "der", "there". */
const THERE = new Set(['der', 'dær', 'there']);

/** The youngest and oldest age a bare "N år" after work may be, rather than how long: "Jobber på lager, 28 år." */
const BARE_YEARS = /^(\d{1,2}) år$/u;
const ADULT_FROM = 18;
const ADULT_TO = 70;

/** A clause that is only "N år" where N could as well be the person's age: without an age said elsewhere, neither is taken. */
function mayBeAge(clause: string): boolean {
  const m = BARE_YEARS.exec(clause);
  return m !== null && Number(m[1]) >= ADULT_FROM && Number(m[1]) <= ADULT_TO;
}

/** "har jobbet på butikk siden jeg var 16": the years from that age to the age stated; vague without one. */
function sinceAge(c: PracticeCandidate, age: number | undefined): PracticeCandidate {
  if (age === undefined || c.sinceAge === undefined || age <= c.sinceAge) return { ...c, vague: true };
  return { ...c, years: age - c.sinceAge };
}

/** One finding per field: the only value stated, or the last correction; otherwise none. */
function pick<F extends ProfileField>(findings: Finding<F>[]): Finding<F> | undefined {
  if (findings.length === 0) return undefined;
  const values = new Set(findings.map((f) => JSON.stringify(f.value)));
  if (values.size === 1) return findings[0];
  const corrections = findings.filter((f) => f.correction);
  return corrections.length > 0 ? corrections[corrections.length - 1] : undefined;
}

/** The trade of the work the person does now: present or ongoing work, one trade named. */
function tradeOfWork(wcs: readonly WorkClause[]): Finding<'trade'> | undefined {
  const named = wcs.filter((wc) => {
    if (!wc.states || !wc.trade || !wc.tradeAt || !wc.cue || wc.twoTrades) return false;
    if (wc.tense === 'past') return false;
    const before = wc.clause.words.slice(0, wc.tradeAt[0]).map((w) => w.w);
    // "har fagbrev som kokk", "utdannet lærer", "vil bli …": not the work they do.
    if (before.some((w) => w.startsWith('fagbrev') || w.startsWith('svennebrev') || w === 'utdannet' || w === 'faglært' || WISHES.has(w) || w === 'sykmeldt' || w === 'permittert' || w === 'permisjon' || w === 'foreldrepermisjon')) return false;
    return wc.tense === 'present' || wc.tense === 'perfect' || wc.verbless;
  });
  const present = named.filter((wc) => wc.tense === 'present');
  const pool = present.length > 0 ? present : named;
  const trades = new Set(pool.map((wc) => wc.trade));
  if (trades.size !== 1) return undefined;
  const wc = pool[0];
  const [from, to] = wc.tradeAt!;
  return { field: 'trade', value: wc.trade!, span: [wc.clause.words[from].start, wc.clause.words[to - 1].end], clause: wc.index };
}

interface PracticeDecision {
  years?: Finding<'practiceYears'>;
  percent?: Finding<'practicePercent'>;
  vague: boolean;
  /** The clauses the years counted were read from. */
  clauses: readonly number[];
}

/**
 * The practice that counts: in the goal trade (or their work when there is no other goal), none when
 * the only goal is a field of interest; as full-time equivalent ("6 år i 70 %" → 4.2; 80 % or more
 * counts as full time).
 */
function practiceFor(candidates: PracticeCandidate[], target: string | undefined, interestOnly: boolean): PracticeDecision {
  if (interestOnly) return { vague: false, clauses: [] };
  // "Har jobbet i Posten i 25 år, de siste 15 som sjåfør" with the goal yrkessjåfør: the 15 years count.
  const inTarget = (c: PracticeCandidate) => c.partTrades?.find((p) => p.trade === target);
  const read = target ? candidates.map((c) => { const p = !c.trade ? inTarget(c) : undefined; return p ? { ...c, years: p.years, trade: p.trade, parts: undefined, restPercent: undefined } : c; }) : candidates;
  const relevant = read.filter((c) => !(target && ((c.trade && c.trade !== target) || c.otherField)));
  const exact = relevant.filter((c) => !c.vague);
  if (exact.length === 0) return { vague: relevant.length > 0, clauses: [] };
  const seen = new Set<string>();
  const distinct = exact.filter((c) => {
    const key = `${c.clause}:${c.years}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const matching = target ? distinct.filter((c) => c.trade === target) : [];
  const counted = matching.length > 0 && matching.length < distinct.length && distinct.length > 1 ? matching : distinct;
  const total = counted.reduce((sum, c) => sum + fullTimeYears(c), 0);
  const first = counted[0];
  const years: Finding<'practiceYears'> = {
    field: 'practiceYears',
    value: Math.round(total * 100) / 100,
    span: first.span,
    hedged: counted.some((c) => c.hedged),
    clause: first.clause,
  };
  const percents = new Set(counted.flatMap(stillingsOf));
  const percent =
    percents.size === 1 && first.percent !== undefined && first.percentSpan
      ? { field: 'practicePercent' as const, value: first.percent, span: first.percentSpan, clause: first.clause }
      : undefined;
  return { years: years.value <= 60 ? years : undefined, percent, vague: false, clauses: counted.map((c) => c.clause) };
}

const share = (percent: number | undefined) => (percent !== undefined && percent < FULL_TIME_FROM ? percent / 100 : 1);

/** The years as full-time equivalent, part by part when parts have their own stilling. */
function fullTimeYears(c: PracticeCandidate): number {
  const parts = c.parts ?? [];
  const inParts = parts.reduce((sum, p) => sum + p.years, 0);
  if (parts.length === 0 || inParts > c.years) return c.years * share(c.percent);
  return parts.reduce((sum, p) => sum + p.years * share(p.percent ?? c.percent), 0) + (c.years - inParts) * share(c.restPercent ?? c.percent);
}

/** Every stilling the years were worked in (undefined for years without one). */
function stillingsOf(c: PracticeCandidate): Array<number | undefined> {
  const parts = c.parts ?? [];
  const inParts = parts.reduce((sum, p) => sum + p.years, 0);
  if (parts.length === 0 || inParts > c.years) return [c.percent];
  const rest = inParts < c.years ? [c.restPercent ?? c.percent] : [];
  return [...parts.map((p) => p.percent ?? c.percent), ...rest];
}

function assemble(
  text: string,
  findings: Finding[],
  ambiguousCounty: AmbiguousCounty | undefined,
  abroadSchool: Understanding['abroadSchool'],
  vaguePractice: boolean,
): Understanding {
  const draft: Record<string, unknown> = {};
  const understood: Understood[] = [];
  const hedged = new Set<ProfileField>();
  const corrected = new Set<ProfileField>();
  for (const f of findings) {
    if (f.field === 'interests') {
      const list = (draft.interests as string[] | undefined) ?? [];
      draft.interests = [...list, ...(f.value as string[])];
    } else draft[f.field] = f.value;
    understood.push({ field: f.field, phrase: text.slice(f.span[0], f.span[1]) });
    if (f.hedged) hedged.add(f.field);
    if (f.correction) corrected.add(f.field);
  }
  // A value the schema refuses (an age of 5, a stilling of 250 %) is dropped, not guessed.
  const profile: Profile = {};
  for (const field of PROFILE_FIELDS) {
    if (draft[field] === undefined) continue;
    const one = ProfileSchema.safeParse({ [field]: draft[field] });
    if (one.success) Object.assign(profile, one.data);
  }
  return {
    text,
    profile,
    understood: understood.filter((u) => profile[u.field] !== undefined),
    hedged: [...hedged].filter((f) => profile[f] !== undefined),
    corrected: [...corrected].filter((f) => profile[f] !== undefined),
    ambiguousCounty: profile.county === undefined ? ambiguousCounty : undefined,
    abroadSchool: abroadSchool.filter((f) => profile[f] === undefined),
    vaguePractice: vaguePractice && profile.practiceYears === undefined,
  };
}
