// Stillings and durations as written in a clause: "80 %", "80 prosent", "fulltid", "halvtid",
// "0,8 stilling"; "6 år", "18 måneder", "2 år og 6 måneder", "tre og et halvt år", and the vague
// ones ("et par år", "mange år", "over 20 år") that leave the number unknown.
import type { Clause } from './clauses';
import { hedgedAt } from './reading';

export interface Amount {
  value: number;
  /** Word range [from, to). */
  at: [number, number];
  hedged: boolean;
}

export interface Duration extends Amount {
  /** Said without a usable number ("et par år", "over 20 år"). */
  vague: boolean;
  /** "siden jeg var 16": from that age until now (the value is known once the age is). */
  sinceAge?: number;
  /** "begynte å jobbe … da jeg var 19": from that age, if the work goes on (the reader checks). */
  startedAtAge?: boolean;
  /** "de første 3 årene", "de to siste årene": a part of a time said before. */
  part?: boolean;
}

/** A stilling says nothing about work when a clause is about sick leave or disability ("50 % sykmeldt"). */
const NOT_A_STILLING = new Set(['sykmeldt', 'sykmelding', 'ufør', 'uføretrygdet', 'uføretrygd', 'uføregrad', 'gradert', 'sykepenger', 'aap', 'sikker', 'arbeidsavklaringspenger', 'rabatt', 'skatt']);

const RANGE_OPENERS = new Set(['fra', 'mellom', 'from', 'between']);
const RANGE_LINKS = new Set(['til', 'og', 'å', 'to', 'and']);

/** A full-time week: "37,5 timer i uka" is a full stilling. */
const FULL_TIME_HOURS = 37.5;
const HOURS = new Set(['timer', 'timar', 't', 'hours', 'hrs', 'h']);
const WEEK = new Set(['uka', 'uken', 'uke', 'veka', 'veke', 'vekå', 'week']);
const PER = new Set(['i', 'per', 'pr', 'a', 'om', 'each', 'in', 'every']);

/** "30 timer i uka", "20 hours a week" → the stilling in per cent; undefined otherwise. */
function weeklyHoursAt(words: Clause['words'], i: number): { value: number; to: number } | undefined {
  const n = words[i].num;
  if (n === undefined || n <= 0 || n > 60 || !HOURS.has(words[i + 1]?.w ?? '')) return undefined;
  let k = i + 2;
  if (PER.has(words[k]?.w ?? '')) k++;
  if (!WEEK.has(words[k]?.w ?? '')) return undefined;
  return { value: Math.min(100, Math.round((n / FULL_TIME_HOURS) * 100)), to: k + 1 };
}

export function percentsIn(clause: Clause): Amount[] {
  const words = clause.words;
  if (words.some((w) => NOT_A_STILLING.has(w.w))) return [];
  const out: Amount[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].w;
    const next = words[i + 1]?.w;
    if (words[i].num !== undefined) {
      const n = words[i].num!;
      // "fra 20 til 80 %", "mellom 50 og 100 %", "20-80 %": a stilling that varies is no one value.
      if (RANGE_OPENERS.has(words[i - 1]?.w ?? '') && RANGE_LINKS.has(next ?? '') && words[i + 2]?.num !== undefined) {
        i += words[i + 3]?.w === 'prosent' ? 3 : 2;
        continue;
      }
      if (next === 'prosent' && n >= 0 && n <= 100) out.push({ value: n, at: [i, i + 2], hedged: hedgedAt(clause, i) });
      else if ((next === 'stilling' || next === 'årsverk') && n > 0 && n <= 1) out.push({ value: Math.round(n * 100), at: [i, i + 2], hedged: hedgedAt(clause, i) });
      // "100 stilling", "60 stillingsprosent": the per cent sign left out.
      else if ((next === 'stilling' || next === 'stillingsprosent') && Number.isInteger(n) && n >= 10 && n <= 100) out.push({ value: n, at: [i, i + 2], hedged: hedgedAt(clause, i) });
      else {
        const weekly = weeklyHoursAt(words, i);
        if (weekly) out.push({ value: weekly.value, at: [i, weekly.to], hedged: hedgedAt(clause, i) });
      }
      continue;
    }
    if (w === 'fulltid' || w === 'heltid' || w === 'heltidsstilling' || w === 'fulltidsstilling' || w === 'fulltidsjobb' || w === 'heltidsjobb') {
      out.push({ value: 100, at: [i, i + 1], hedged: false });
    } else if (w === 'halvtid' || w === 'halvtidsstilling' || w === 'halvtidsjobb') {
      out.push({ value: 50, at: [i, i + 1], hedged: false });
    }
  }
  return out;
}

/** Words that tie a stilling to the years before it: "i 5 år i 80 %", "for 5 years at 80 %" ("på"). */
const TIE_WORDS = new Set(['i', 'på', 'med']);

/**
 * A stilling said right after a length of time ("i 10 år i 60 % stilling") is the stilling of those
 * years, whatever the tense of the clause.
 */
export function rightAfterDuration(clause: Clause, p: Amount, durations: readonly Duration[]): boolean {
  return durations.some((d) => !d.part && (p.at[0] === d.at[1] || (p.at[0] === d.at[1] + 1 && TIE_WORDS.has(clause.words[d.at[1]].w))));
}

/** A fragment that is only the stilling of the years before it: "…i 8 år, i 50 % stilling". */
export function stillingFragment(clause: Clause, p: Amount): boolean {
  return p.at[0] === 1 && TIE_WORDS.has(clause.words[0].w) && clause.words.length <= p.at[1] + 1;
}

/** A clause that is nothing but a stilling: "40 %", "80 % stilling". */
export function onlyStilling(clause: Clause): boolean {
  const p = percentsIn(clause);
  if (p.length !== 1) return false;
  const rest = clause.words.length - (p[0].at[1] - p[0].at[0]);
  return rest === 0 || (rest === 1 && (clause.words[clause.words.length - 1].w === 'stilling' || clause.words[0].w === 'i'));
}

const YEARS = new Set(['år', 'års', 'årene', 'åra']);
const PART_WORDS = new Set(['første', 'siste', 'first', 'last']);
const ARTICLES = new Set(['de', 'dei', 'the']);
/** "i 4 år, hvorav 2 år i 50 %": the years after these are part of those before. */
const OF_WHICH = new Set(['hvorav', 'derav', 'herav']);
const RANGE_WORDS = new Set(['til', 'eller', 'à', 'or', 'to']);
const MONTHS = new Set(['måned', 'måneder', 'måneders', 'mnd']);
const WEEKS = new Set(['uke', 'uker', 'ukers']);
/** "et par år", "noen år", "mange år", "i alle år", "hele livet". */
const VAGUE_BEFORE_YEARS = new Set(['par', 'noen', 'mange', 'flere', 'alle', 'endel', 'fleire', 'mangfoldige', 'noen-få']);
const VAGUE_PHRASES = /(?:^| )(?:hele livet|i lang tid|lenge|en stund|ei stund|i mange år|i årevis|så lenge)(?: |$)/u;
/** A bound is not a number of years: "over 20 år", "nesten 5 år", "mer enn 3 år". */
const BOUNDS = new Set(['over', 'nesten', 'snart', 'under', 'opptil', 'inntil', 'minst', 'drøyt', 'knapt', 'mer', 'mindre']);

/** Calendar years a span can start and end in. */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2035;
const isYear = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR;

/** "fra 2010 til 2018", "mellom 2015 og 2020": the years between two calendar years. */
function yearSpanAt(words: Clause['words'], i: number): { years: number; to: number } | undefined {
  const start = words[i].num;
  const opener = words[i - 1]?.w;
  if (!isYear(start) || (opener !== 'fra' && opener !== 'mellom')) return undefined;
  const link = words[i + 1]?.w;
  const end = words[i + 2]?.num;
  if (!((opener === 'fra' && (link === 'til' || link === 'å')) || (opener === 'mellom' && link === 'og')) || !isYear(end) || end <= start) return undefined;
  return { years: end - start, to: i + 3 };
}

const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  januar: 1, februar: 2, mars: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, desember: 12,
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, october: 10, december: 12,
  våren: 3, sommeren: 6, høsten: 9, vinteren: 1, nyttår: 1,
};

/**
 * "siden 2015", "siden august 2020", "sia høsten 2018": the time from then to `today`, in years
 * (whole years when only the year is given). A start after today is no duration.
 */
function sinceAt(words: Clause['words'], i: number, today: () => Date): { years: number; to: number } | undefined {
  if (words[i].w !== 'siden') return undefined;
  let k = i + 1;
  const month = Object.hasOwn(MONTH_NUMBERS, words[k]?.w ?? '') ? MONTH_NUMBERS[words[k].w] : undefined;
  if (month !== undefined) k++;
  const year = words[k]?.num;
  if (!isYear(year)) return undefined;
  const day = today();
  const months = (day.getUTCFullYear() - year) * 12 + (month === undefined ? 0 : day.getUTCMonth() + 1 - month);
  if (months <= 0) return undefined;
  return { years: Math.round((months / 12) * 100) / 100, to: k + 1 };
}

/** Verbs of starting: "begynte å jobbe på lager da jeg var 19". */
const STARTED = new Set(['begynte', 'startet', 'starta', 'byrja']);

/** "siden jeg var 16", "since I was 18", and after a start, "da jeg var 19": a start given as the person's age then. */
function sinceAgeAt(words: Clause['words'], i: number): { age: number; to: number } | undefined {
  if (words[i + 1]?.w !== 'jeg' || words[i + 2]?.w !== 'var') return undefined;
  if (words[i].w !== 'siden' && !(words[i].w === 'da' && words.slice(0, i).some((w) => STARTED.has(w.w)))) return undefined;
  const age = words[i + 3]?.num;
  if (age === undefined || !Number.isInteger(age) || age < 12 || age > 70) return undefined;
  return { age, to: words[i + 4]?.w === 'år' ? i + 5 : i + 4 };
}

/** `today`: when given, "siden 2015" counts the years from then until the day it returns. */
export function durationsIn(clause: Clause, today?: () => Date): Duration[] {
  const words = clause.words;
  const out: Duration[] = [];
  for (let i = 0; i < words.length; i++) {
    const unit = words[i + 1]?.w;
    const w = words[i].w;
    if (words[i].num === undefined) {
      if (YEARS.has(unit ?? '') && VAGUE_BEFORE_YEARS.has(w)) out.push({ value: 0, at: [i, i + 2], hedged: false, vague: true });
      if (w !== 'siden' && w !== 'da') continue;
      const fromAge = sinceAgeAt(words, i);
      if (fromAge) {
        out.push({ value: 0, at: [i, fromAge.to], hedged: false, vague: false, sinceAge: fromAge.age, ...(w === 'da' ? { startedAtAge: true } : {}) });
        i = fromAge.to - 1;
        continue;
      }
      if (w !== 'siden') continue;
      const since = today ? sinceAt(words, i, today) : undefined;
      if (since) {
        out.push({ value: since.years, at: [i, since.to], hedged: hedgedAt(clause, i), vague: false });
        i = since.to - 1;
      }
      continue;
    }
    const n = words[i].num!;
    const span = yearSpanAt(words, i);
    if (span) {
      out.push({ value: span.years, at: [i, span.to], hedged: false, vague: false });
      i = span.to - 1;
      continue;
    }
    if (unit === undefined) continue;
    let years: number | undefined;
    let to = i + 2;
    // "de to første årene", "the last 3 years": a part of a longer time, the word before the unit.
    const partAfter = PART_WORDS.has(unit) && YEARS.has(words[i + 2]?.w ?? '');
    if (partAfter) {
      years = n;
      to = i + 3;
    } else if (YEARS.has(unit)) {
      years = n;
      // "2 år og 6 måneder"
      const more = words[i + 3];
      if (words[i + 2]?.w === 'og' && more?.num !== undefined && MONTHS.has(words[i + 4]?.w ?? '')) {
        years += more.num / 12;
        to = i + 5;
      }
    } else if (MONTHS.has(unit)) years = n / 12;
    else if (PART_WORDS.has(words[i - 1]?.w ?? '') && ARTICLES.has(words[i - 2]?.w ?? '') && Number.isInteger(n) && n > 0 && n <= 60) {
      // "i 25 år, de siste 15 som sjåfør": the unit said once, before.
      years = n;
      to = i + 1;
    }
    else if (WEEKS.has(unit)) years = n / 52;
    if (years === undefined) continue;
    // "5 til 6 år", "5 eller 6 år": a range is no one number.
    // (So is "mellom 6 og 12 år", "between 4 and 6 years".)
    const range =
      (i > 1 && RANGE_WORDS.has(words[i - 1].w) && words[i - 2].num !== undefined) ||
      (i > 2 && (words[i - 1].w === 'og' || words[i - 1].w === 'and') && words[i - 2].num !== undefined && (words[i - 3].w === 'mellom' || words[i - 3].w === 'between'));
    const bounded = range || (i > 0 && (BOUNDS.has(words[i - 1].w) || (words[i - 1].w === 'enn' && i > 1 && BOUNDS.has(words[i - 2].w))));
    const part = partAfter || PART_WORDS.has(words[i - 1]?.w ?? '') || OF_WHICH.has(words[i - 1]?.w ?? '');
    out.push({ value: Math.round(years * 100) / 100, at: [i, to], hedged: hedgedAt(clause, i), vague: bounded, ...(part ? { part } : {}) });
    i = to - 1;
  }
  if (out.length === 0 && VAGUE_PHRASES.test(clause.text)) out.push({ value: 0, at: [0, words.length], hedged: false, vague: true });
  return out;
}
