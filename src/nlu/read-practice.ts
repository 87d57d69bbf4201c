// Years of work practice as stated, each with the stilling tied to it and the trade its work points
// to: "jobbet 6 år i 70 % som pleieassistent", "har 9 års erfaring derfra", "7 års fartstid",
// "jobber som kokk … og har gjort det i ti år", "Har 4 år som truckfører på lager i 80 % stilling".
// Not practice: "for 7 år siden", "bodd i Norge i 11 år", "arbeidsledig i ett år", "12 år skole",
// "har ikke klipt på fem år". Which of them count for the person (and as full-time equivalents) is
// decided with their goal in understand.ts.
import { durationsIn, onlyStilling, percentsIn, rightAfterDuration, stillingFragment, type Amount, type Duration } from './amounts';
import type { Clause } from './clauses';
import { spanOfWords, type Reading } from './reading';
import { continued, stillingBeforeYears, type WorkClause } from './work-clauses';
import { NOT_EMPLOYED, WHOLE_TIME } from './read-employment';

export interface PracticeCandidate {
  years: number;
  /** "et par år", "over 20 år": practice is stated, its length is not. */
  vague: boolean;
  hedged: boolean;
  /** The stilling tied to this practice. */
  percent?: number;
  percentSpan?: [number, number];
  /** "siden jeg var 16": the years are the person's age now less this. */
  sinceAge?: number;
  /** The trade the practice's work points to. */
  trade?: string;
  /** The practice's work is in a field no trade covers ("på fiskebruket i 20 år"). */
  otherField?: boolean;
  /** Parts of the years with their own stilling ("de første 3 årene 50 %"). */
  parts?: Array<{ years: number; percent?: number }>;
  /** The stilling of the years the parts leave ("… og resten 100 %"). */
  restPercent?: number;
  /** Parts of the years that name a trade of their own, where the whole names none. */
  partTrades?: Array<{ years: number; trade: string }>;
  /** Said as a part ("de første fire årene"), with no whole said before it. */
  part?: boolean;
  span: [number, number];
  clause: number;
}

/** Clauses about time out of work: never practice. */
const NOT_WORKING = new Set(['arbeidsledig', 'ledig', 'uføretrygdet', 'uføretrygd', 'ufør', 'sykmeldt', 'permittert', 'pensjonist', 'hjemmeværende', 'arbeidsledighet']);
/** Time out of work said in words: "ute av arbeidslivet i fem år", "uten jobb i to år". */
const OUT_OF_WORK = /(?:^| )(?:(?:ute av|utenfor) arbeidslivet|(?:uten|ingen) (?:jobb|arbeid)|mellom jobber|hjemme med)(?: |$)/u;
/** Clauses about residence or school: practice only with a work verb ("jobbet 5 år på skolen"). */
const NOT_WORK = new Set([
  'bodd', 'bott', 'budd', 'bodde', 'bor', 'skole', 'skolen', 'skolegang', 'utdanning', 'studert', 'studerte', 'studiet', 'studier', 'vgs', 'videregående', 'grunnskole',
  'grunnskolen', 'hjemme', 'gift', 'samboer', 'norskkurs', 'kurs', 'lærlingtid', 'læretid', 'gikk',
]);
const WORK_VERBS = new Set(['jobber', 'jobbet', 'arbeider', 'arbeidet', 'erfaring', 'praksis', 'yrkeserfaring', 'arbeidserfaring', 'fartstid', 'ansiennitet', 'ansatt']);
const AFTER_UNIT_NOT_PRACTICE = new Set(['siden', 'gammel', 'gml', 'igjen', 'til', 'unna', 'etter']);
const BEFORE_NOT_PRACTICE = new Set(['om', 'er', 'ble', 'fyller', 'fylte']);
const NEGATIONS = new Set(['ikke', 'aldri', 'ingen']);
const EXPERIENCE = new Set(['erfaring', 'erfaringen', 'praksis', 'praksisen', 'arbeidserfaring', 'yrkeserfaring', 'arbeidserfaringen', 'yrkeserfaringen', 'fartstid', 'ansiennitet']);
const STARTED_WORK = new Set(['begynte', 'startet', 'starta', 'byrja', 'begynt', 'fikk']);

/** Whether the work of clause i goes on: a later clause of this or the next sentence works there now ("Der jobber jeg fortsatt"). */
function stillThere(work: readonly WorkClause[], i: number, sentences = 1): boolean {
  const sentence = work[i].clause.sentence;
  for (let k = i + 1; k < work.length && work[k].clause.sentence <= sentence + sentences; k++) {
    const wc = work[k];
    if (wc.states && wc.presentWork && (wc.now || wc.clause.words.some((w) => w.w === 'der' || w.w === 'her'))) return true;
  }
  return false;
}

/** "… og resten 100 %", "ellers i 50 %": the stilling of the years not named in parts. */
const REST = new Set(['resten', 'rest', 'ellers', 'deretter', 'etterpå', 'seinere', 'senere', 'først', 'starten', 'begynnelsen']);
const ANAPHORA = new Set(['det', 'der', 'her', 'derfra', 'dette', 'den']);

export function readPractice(reading: Reading, work: readonly WorkClause[]): PracticeCandidate[] {
  const out: PracticeCandidate[] = [];
  const anyPresentWork = work.some((w) => w.states && w.tense === 'present' && w.cue);
  /** The last clause that gives the stilling now ("Nå jobber jeg 100 %"), found when first needed. */
  let lastStillingNow: number | undefined;
  const stillingNowAfter = (i: number): boolean => {
    if (lastStillingNow === undefined) {
      lastStillingNow = -1;
      for (let k = work.length - 1; k >= 0 && lastStillingNow < 0; k--) {
        const w = work[k];
        if (w.states && (w.now || w.presentWork) && percentsIn(w.clause).length > 0) lastStillingNow = k;
      }
    }
    return lastStillingNow > i;
  };
  for (let i = 0; i < work.length; i++) {
    const wc = work[i];
    if (!wc.states) continue;
    const { clause } = wc;
    let durations = durationsIn(clause, reading.today);
    if (durations.length === 0) {
      const since = sinceThen(reading, wc.index) ?? allTheTime(reading, work, i);
      if (since) durations = [since];
    }
    if (durations.length === 0) {
      if (HALF_WORDS.has(clause.words[0].w) || HALF_WORDS.has(clause.words[1]?.w ?? '')) halfOfBefore(reading, clause, out);
      continue;
    }
    const words = clause.strings;
    if (words.some((w) => NOT_WORKING.has(w)) || OUT_OF_WORK.test(clause.text)) continue;
    if (words.some((w) => NOT_WORK.has(w)) && !words.some((w) => WORK_VERBS.has(w))) continue;
    // The clause an anaphor ("har gjort det i ti år") points back to: the one before, also across a
    // sentence end when this clause starts its sentence.
    const before = work[i - 1];
    const startsSentence = before !== undefined && before.clause.sentence !== clause.sentence;
    let previous: WorkClause | undefined;
    for (let k = i - 1; k >= 0 && k >= i - 4 && clause.sentence - work[k].clause.sentence <= 1; k--) {
      if (work[k].cue || k === i - 1) previous = work[k];
      if (work[k].cue) break;
    }
    const anaphoric = words.some((w) => ANAPHORA.has(w)) || (wc.verbless && !startsSentence);
    const cue = wc.cue || (anaphoric && previous?.cue === true);
    if (!cue) continue;
    // "er uten arbeid og har vært det i et år": the time out of work, not practice. (Not "arbeidsledig siden 2024, 7 år som
    // renholder": a clause naming its own trade is work of its own.)
    if (anaphoric && previous && previous !== wc && NOT_EMPLOYED.test(previous.clause.text) && wc.trade === undefined) continue;
    const trade = wc.trade ?? (anaphoric ? previous?.trade ?? tradeEarlierInSentence(work, i) : undefined);
    // The stilling: in this clause, or in a fragment right after it ("…, hele tiden i 70 % stilling").
    const next = work[i + 1];
    // A stilling said after "de første 3 årene" belongs to that part, not to all the years.
    const partAt = durations.find((d, k) => k > 0 && d.part)?.at[0] ?? words.length;
    const tiedHere = percentsIn(clause).filter((p) => p.at[0] < partAt);
    const nextFragment = next && continued(work, i + 1) === wc && !next.now && durationsIn(next.clause).length === 0 && !HALF_OF.test(next.clause.text);
    // After years that go on until now the stilling is the one now, unless the stilling now is said apart
    // ("har jobbet … i 3 år, 60 % stilling. Nå jobber jeg 100 % …").
    const stillingNowApart = nextFragment && wc.tense === 'perfect' && stillingNowAfter(i + 1);
    const nextPercents = nextFragment ? percentsIn(next.clause) : [];
    // "har jobbet der i 18 år, i 80 % stilling" after "jobber som renholder": the stilling now.
    const fragmentTied = nextPercents.length > 0 && stillingFragment(next!.clause, nextPercents[0]) && !(wc.tense === 'perfect' && anyPresentWork);
    const tiedNext = nextFragment && (WHOLE_TIME.test(next.clause.text) || (wc.tense !== 'perfect' && !wc.presentWork) || stillingNowApart || fragmentTied) ? nextPercents : [];
    // "have been working … for 5 years at 80 %": right after the years it is theirs, even in a clause about now.
    const adjacent = tiedHere.find((p) => rightAfterDuration(clause, p, durations));
    const tied =
      tiedHere.length > 0 && !wc.now && !wc.presentWork && !wc.untilNow
        ? { p: tiedHere[0], c: clause }
        : adjacent
          ? { p: adjacent, c: clause }
          : tiedNext.length > 0
            ? { p: tiedNext[0], c: next!.clause }
            : tiedHere.length === 0 && i > 0 && stillingBeforeYears(work, i - 1, hasYears, (w) => onlyStilling(w.clause))
              ? { p: percentsIn(work[i - 1].clause)[0], c: work[i - 1].clause }
              : undefined;
    const perDuration = durations.length > 1 ? tradesPerDuration(reading, words, durations.map((d) => d.at)) : undefined;
    // "3 år i 50 % og 2 år i 100 %": each length of time with the stilling said after it.
    const own = durations.length > 1 && !wc.now && !wc.presentWork ? ownPercents(clause, durations.map((d) => d.at)) : undefined;
    const rest = restPercentIn(clause);
    for (const [k, d] of durations.entries()) {
      const [from, to] = d.at;
      // "for to år siden begynte jeg på et lager": work started then and going on is that many years.
      const startedAgo = words[to] === 'siden' && words[from - 1] === 'for' && words.some((w) => STARTED_WORK.has(w)) && stillThere(work, i);
      // "erfaringen min er 7 år": the experience is that long (not "er 7 år", an age).
      const isExperience = words[from - 1] === 'er' && (EXPERIENCE.has(words[from - 2] ?? '') || EXPERIENCE.has(words[from - 3] ?? ''));
      if ((AFTER_UNIT_NOT_PRACTICE.has(words[to] ?? '') && !startedAgo) || (BEFORE_NOT_PRACTICE.has(words[from - 1] ?? '') && !isExperience)) continue;
      if (negatedBefore(words, from)) continue;
      // "begynte å jobbe på lager da jeg var 19. Nå er jeg 35. … jobber der fortsatt": the years since, while the work goes on.
      if (d.startedAtAge && !stillThere(work, i, 2)) continue;
      // "i sju år, … de siste fire årene fast": a part of a length already counted, with its own
      // stilling when one is said ("de første 3 årene 50 % og resten 100 %").
      if (d.part) {
        const whole = [...out].reverse().find((c) => !c.vague && clause.sentence === reading.clauses[c.clause]?.sentence);
        // "De første fire årene …, og de siste fem årene …": two parts, neither the whole of the other.
        if (whole && !whole.part && whole.years > d.value) {
          (whole.parts ??= []).push({ years: d.value, percent: own ? own[k]?.value : percentAfter(clause, to)?.value });
          // "25 år i Posten, de siste 15 som sjåfør": the part names a trade the whole does not.
          if (!whole.trade && wc.trade && wc.tradeAt && wc.tradeAt[0] >= to) (whole.partTrades ??= []).push({ years: d.value, trade: wc.trade });
          if (rest !== undefined) whole.restPercent = rest;
          continue;
        }
      }
      const mine = own ? own[k] : undefined;
      const p = own ? (mine === undefined ? undefined : { value: mine.value, span: spanOfWords(clause, mine.at[0], mine.at[1]) }) : tied ? { value: tied.p.value, span: spanOfWords(tied.c, tied.p.at[0], tied.p.at[1]) } : undefined;
      out.push({
        years: d.value,
        vague: d.vague,
        sinceAge: d.sinceAge,
        hedged: d.hedged,
        percent: p?.value,
        percentSpan: p?.span,
        trade: perDuration?.[k] ?? trade,
        ...(wc.otherField && !trade && !perDuration?.[k] ? { otherField: true } : {}),
        span: spanOfWords(clause, from, to),
        clause: wc.index,
        ...(d.part ? { part: true } : {}),
      });
    }
  }
  return out;
}

/** "…, halvparten i 50 %", "halve tiden i 60 %": half of the years just said. */
const HALF_OF = /^(?:og |men )?(?:halvparten|halve tiden|half the time|half)(?: |$)/u;
const HALF_WORDS = new Set(['halvparten', 'halve', 'half']);

function halfOfBefore(reading: Reading, clause: Clause, out: PracticeCandidate[]): void {
  if (!HALF_OF.test(clause.text)) return;
  const whole = [...out].reverse().find((c) => !c.vague && reading.clauses[c.clause]?.sentence === clause.sentence);
  const percent = percentsIn(clause)[0];
  if (!whole || !percent || whole.parts) return;
  whole.parts = [{ years: whole.years / 2, percent: percent.value }];
}

const hasYears = (wc: WorkClause) => durationsIn(wc.clause).length > 0;

/** "… siden da", "… siden så" at the end of a clause: since a time said just before. */
const THEN = new Set(['da', 'så']);

/**
 * "kom til Norge i 2008 og har jobbet som tømrer siden": the years from the calendar year said in the
 * clauses just before (this sentence or the one before) until today.
 */
function sinceThen(reading: Reading, at: number): Duration | undefined {
  const clause = reading.clauses[at];
  const n = clause.words.length;
  const last = clause.words[n - 1]?.w;
  const said = last === 'siden' ? 1 : THEN.has(last ?? '') && clause.words[n - 2]?.w === 'siden' ? 2 : 0;
  if (said === 0) return undefined;
  for (let k = at - 1; k >= 0 && k >= at - 3 && clause.sentence - reading.clauses[k].sentence <= 1; k--) {
    const words = reading.clauses[k].words;
    for (let j = words.length - 1; j > 0; j--) {
      const year = words[j].num;
      if (year === undefined || !Number.isInteger(year) || year < 1950 || (words[j - 1].w !== 'i' && words[j - 1].w !== 'in')) continue;
      const now = reading.today().getUTCFullYear();
      if (year > now) continue;
      return { value: now - year, at: [n - said, n], hedged: false, vague: false };
    }
  }
  return undefined;
}

/**
 * "har budd i Ålesund i 12 år og jobba på verft heile tida": work "all the time" of a stay told just
 * before it (not of work told before it, whose years are already counted) is as long as the stay.
 */
function allTheTime(reading: Reading, work: readonly WorkClause[], i: number): Duration | undefined {
  const clause = work[i].clause;
  const at = clause.words.findIndex((w, k) => w.w === 'hele' && clause.words[k + 1]?.w === 'tiden');
  const before = work[i - 1];
  if (at < 0 || !before || before.cue || before.clause.sentence !== clause.sentence || !before.states) return undefined;
  const stays = durationsIn(before.clause, reading.today).filter((d) => !d.vague && !d.part);
  if (stays.length !== 1) return undefined;
  return { value: stays[0].value, at: [at, at + 2], hedged: stays[0].hedged, vague: false };
}

/** A finite verb that starts a new statement in a run of words without punctuation. */
const NEW_PREDICATE = new Set(['har', 'er', 'hadde', 'var', 'jobber', 'arbeider']);

/** "har ikke jobbet på 5 år" is negated; "har ikkje fullført vgs har jobba her i 5 år" is not. */
function negatedBefore(words: readonly string[], from: number): boolean {
  let negated = false;
  for (let k = 0; k < from; k++) {
    if (NEGATIONS.has(words[k])) negated = true;
    else if (negated && NEW_PREDICATE.has(words[k])) negated = false;
  }
  return negated;
}

/**
 * Each duration's stilling: the first said after it and before the next duration ("3 år fulltid og 2 år
 * deltid": the 2 years have none). Undefined when no duration has one of its own (then a stilling said
 * before them all is theirs).
 */
function ownPercents(clause: Clause, spans: Array<[number, number]>): Array<Amount | undefined> | undefined {
  const percents = percentsIn(clause);
  if (percents.length === 0) return undefined;
  const own = spans.map(([, to], k) => percents.find((p) => p.at[0] >= to && (k + 1 >= spans.length || p.at[0] < spans[k + 1][0])));
  return own.some(Boolean) ? own : undefined;
}

function percentAfter(clause: Clause, from: number): Amount | undefined {
  return percentsIn(clause).find((p) => p.at[0] >= from && !clause.words.slice(from, p.at[0]).some((w) => REST.has(w.w)));
}

/** "… og resten 100 %": the stilling said after "resten". */
function restPercentIn(clause: Clause): number | undefined {
  const at = clause.words.findIndex((w) => REST.has(w.w));
  if (at < 0) return undefined;
  return percentsIn(clause).find((p) => p.at[0] > at && p.at[0] <= at + 3)?.value;
}

/** "har kjørt lastebil i Stavanger, 100 % stilling, i 7 år": the work the fragments of one sentence go back to. */
function tradeEarlierInSentence(work: readonly WorkClause[], i: number): string | undefined {
  for (let k = i - 1; k >= 0 && work[k].clause.sentence === work[i].clause.sentence; k--) {
    if (work[k].trade) return work[k].trade;
    if (!work[k].verbless) return undefined;
  }
  return undefined;
}

/**
 * "har jobbet 2 år som kokk og 3 år som servitør", "som kokk i 2 år og som servitør i 3 år": each
 * length of time with the title written on the same side of it as the first one's. Undefined unless
 * the clause names a different trade for each.
 */
function tradesPerDuration(reading: Reading, words: readonly string[], spans: Array<[number, number]>): Array<string | undefined> | undefined {
  // Titles, and workplaces ("tre år i butikk og to år på lager"); a title wins over a workplace beside it.
  const titles: Array<{ at: number; trade: string; place: boolean }> = [];
  for (let i = 0; i < words.length; i++) {
    const hit = reading.lexicon.workAt(words, i, reading.message.english);
    if (!hit) continue;
    if (hit.value.kind === 'title' || hit.value.kind === 'workplace') titles.push({ at: i, trade: hit.value.trade, place: hit.value.kind === 'workplace' });
    i += hit.length - 1;
  }
  if (new Set(titles.map((t) => t.trade)).size < 2) return undefined;
  const before = titles[0].at < spans[0][0];
  return spans.map(([from, to], k) => {
    const lo = before ? (k > 0 ? spans[k - 1][1] : 0) : to;
    const hi = before ? from : k + 1 < spans.length ? spans[k + 1][0] : words.length;
    const all = titles.filter((t) => t.at >= lo && t.at < hi);
    const named = all.filter((t) => !t.place);
    const inside = named.length > 0 ? named : all;
    return inside.length > 0 ? inside[before ? inside.length - 1 : 0].trade : undefined;
  });
}
