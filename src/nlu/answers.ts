// Reading an answer to one question of the guided assessment. The question supplies what the
// answer leaves out: to "Er du i jobb nå?" a leading "ja" is employed, to "Hvor mange års praksis?"
// "6 år i 70 %" is 4.2 years full-time equivalent at 70 %, to "Hvilket fylke?" "Namsos" is
// Trøndelag. Everything else the answer states is read as free text too ("ja, 100 %" → employed
// and 100 %; "nei, jeg bor i Bodø" → the county), a question inside it is handed back to be
// answered, and "Hvorfor spør du om det?" is recognised. Negation counts only for what it negates:
// "ja, men ryggen er ikke hva den var" is still yes.
import type { Profile, ProfileField } from '../catalogue/schema';
import { durationsIn, percentsIn } from './amounts';
import { createCanonicaliser } from './canonical';
import { clausesOf, type Clause } from './clauses';
import type { AmbiguousCounty } from './read-county';
import { practiceUntilAnswer } from './read-practice-period';
import type { Understander, Understanding } from './understand';

/** "siden 2017", "sidan 2017", "fra 2017", "since 2017" (read in canonical words). */
const SINCE_YEAR = /(?:^| )(?:siden|fra|since|from) ((?:19|20)\d\d)(?: |$)/u;
/** No practice is counted from before this year. */
const EARLIEST_PRACTICE_YEAR = 1960;

export interface AnswerReading {
  /** Every field the answer gives a value for, the asked one included. */
  profile: Profile;
  /** The asked field got a value. */
  answered: boolean;
  /** A leading yes or no ("ja, 100 %", "nei takk"), whatever the question. */
  yes?: boolean;
  /** The answer corrects something said before ("nei, jeg mente Nordland", "forresten …"). */
  correction: boolean;
  /** Values given with "rundt", "ca.", "tror jeg". */
  hedged: ProfileField[];
  /** The county answer names a place in several counties or a split former county. */
  ambiguousCounty?: AmbiguousCounty;
  /** School abroad, not said to be equivalent. */
  abroadSchool: Understanding['abroadSchool'];
  /** A question asked inside the answer, to answer before going on. */
  question?: string;
  /** "Hvorfor spør du om det?" */
  asksWhy: boolean;
  /** "vet ikke", "usikker", "hopp over". */
  dontKnow: boolean;
  /** Practice said without a number ("et par år"). */
  vague: boolean;
}

const YES = new Set(['ja', 'jo', 'jepp', 'japp', 'jada', 'jaa', 'jau', 'javisst', 'jess', 'yes', 'yep', 'yeah', 'stemmer', 'riktig', 'korrekt', 'absolutt', 'selvfølgelig', 'definitivt', 'sikkert', 'ok']);
const NO = new Set(['nei', 'nope', 'nix', 'niks', 'næ', 'nææ', 'no', 'neppe', 'nei-da', 'neida', 'nah']);
const NEGATIONS = new Set(['ikke', 'aldri', 'ingen']);
const YES_NO_FIELDS = new Set<ProfileField>(['employed', 'hasTradeCertificate', 'completedPrimarySchool', 'completedUpperSecondary', 'navJobSeeker', 'practiceAbroad']);
/** "jeg mente …", "skrev feil", "forresten …": a correction, not an answer to the question. */
const CORRECTION = /(?:^| )(?:mente|mener|skrev feil|feil|rettelse|forresten|korrigere|korrigering|egentlig|meant|correction|actually)(?: |$)/u;
const WHY = /^(?:og )?(?:hvorfor|why|koffor|kvifor)(?: det| da| spør du| trenger du| vil du vite| må du vite| lurer du| er det viktig| do you ask| do you need)?/u;
const DONT_KNOW = /^(?:vet ikke|veit ikke|vet ikkje|aner ikke|aner ikkje|usikker|ikke sikker|ingen anelse|hopp over|skip|vet ikke helt|husker ikke|don't know|do not know|dont know|not sure|unsure|no idea|i don't know|i dont know|i do not know|i'm not sure|im not sure)(?: |$)/u;
/** Words an answer may start with before its value: "jeg er 34", "det er Trøndelag", "ca. 80 %". */
const FULL_TIME_FROM = 80;
const NOT_PRACTICE = new Set(['skole', 'skolen', 'skolegang', 'utdanning', 'bodd', 'bott', 'bor', 'arbeidsledig', 'ledig', 'uføretrygdet', 'sykmeldt', 'siden', 'gammel']);
const MAX_YEARS = 60;

function firstWords(clause: Clause | undefined, n: number): string[] {
  return clause ? clause.words.slice(0, n).map((w) => w.w) : [];
}

/** A leading yes or no: "ja", "ja, 100 %", "nei takk", "har ikke", "ikke". */
function yesNo(clauses: Clause[]): boolean | undefined {
  const first = firstWords(clauses[0], 3);
  if (first.length === 0) return undefined;
  // The word as written too: "no" is "nå" in nynorsk, but as an answer it is "nei".
  const written = clauses[0].words[0].lower;
  if (YES.has(first[0]) || YES.has(written)) return true;
  if (NO.has(first[0]) || NO.has(written)) return false;
  const short = clauses.length === 1 && first.length <= 3 && clauses[0].words.length <= 3;
  if (short && first.some((w) => NEGATIONS.has(w))) return false;
  if (short && /^(?:(?:det )?(?:har|er|gjør) (?:jeg|eg)|jeg (?:har|er|gjør) det|det stemmer|har det|er det)$/u.test(clauses[0].text)) return true;
  return undefined;
}

function percentOf(clauses: Clause[], bareAllowed: boolean): { value: number; hedged: boolean } | undefined {
  for (const c of clauses) {
    const p = percentsIn(c)[0];
    if (p) return { value: p.value, hedged: p.hedged };
  }
  if (!bareAllowed) return undefined;
  for (const c of clauses) {
    const n = c.words.findIndex((w) => w.num !== undefined);
    const value = n >= 0 ? c.words[n].num! : undefined;
    if (value !== undefined && value >= 0 && value <= 100) return { value, hedged: /(?:^| )(?:ca|rundt|omtrent|cirka|tror)(?: |$)/u.test(c.text) };
  }
  return undefined;
}

/** Years told in parts (read canonical): "de første 2 årene", "de siste tre", "resten", "derav". */
const PARTS = /\b(?:de første|de siste|dei første|dei siste|resten|derav)\b/u;
/** What the answer is to the question asking for the years of practice, said before it so it reads as a story of practice. */
const PRACTICE_SAID = 'praksis:';

/** "6 år i 70 %" → 4.2 FTE at 70; "6" → 6; "18 måneder" → 1.5; "ingen" → 0. */
function practiceOf(clauses: Clause[]): { years?: number; percent?: number; hedged: boolean; vague: boolean } {
  const text = clauses.map((c) => c.text).join(' ');
  if (/^(?:ingen|null|0|ingenting|ikke noe|ingen praksis|ingen erfaring|none)$/u.test(text)) return { years: 0, hedged: false, vague: false };
  for (let i = 0; i < clauses.length; i++) {
    // "12 år skole", "bodd her i 6 år": years of something other than work.
    if (clauses[i].words.some((w) => NOT_PRACTICE.has(w.w))) continue;
    const d = durationsIn(clauses[i])[0];
    if (!d) continue;
    if (d.vague) return { hedged: false, vague: true };
    const p = percentsIn(clauses[i])[0] ?? (clauses[i + 1] ? percentsIn(clauses[i + 1])[0] : undefined);
    const fte = p && p.value < FULL_TIME_FROM ? (d.value * p.value) / 100 : d.value;
    return { years: Math.round(fte * 100) / 100, percent: p?.value, hedged: d.hedged || !!p?.hedged, vague: false };
  }
  const bare = clauses[0]?.words.length === 1 ? clauses[0].words[0].num : undefined;
  if (bare !== undefined && bare <= MAX_YEARS) return { years: bare, hedged: false, vague: false };
  return { hedged: false, vague: false };
}

function ageOf(clauses: Clause[], understood: Profile): number | undefined {
  if (understood.age !== undefined) return understood.age;
  const words = clauses[0]?.words ?? [];
  const n = words.find((w) => w.num !== undefined)?.num;
  const onlyNumber = words.every((w) => w.num !== undefined || ['år', 'jeg', 'er', 'gammel', 'snart', 'ca'].includes(w.w));
  return n !== undefined && onlyNumber && Number.isInteger(n) && n >= 10 && n <= 110 ? n : undefined;
}

let questionCanonical: ReturnType<typeof createCanonicaliser> | undefined;

/** The sentence(s) of the answer that ask something, as written. */
function questionIn(text: string, clauses: Clause[]): string | undefined {
  const asked = clauses.filter((c) => c.question);
  if (asked.length === 0) return undefined;
  const start = asked[0].words[0].start;
  const last = asked[asked.length - 1];
  return text.slice(start, last.words[last.words.length - 1].end + 1).trim();
}

export function readAnswer(understander: Understander, field: ProfileField, text: string): AnswerReading {
  const understanding = understander.understand(text);
  questionCanonical ??= createCanonicaliser([]);
  const clauses = clausesOf(questionCanonical.read(text));
  const joined = clauses.map((c) => c.text).join(' ');
  const profile: Profile = { ...understanding.profile };
  const hedged = new Set(understanding.hedged);
  let ambiguousCounty = understanding.ambiguousCounty;
  let vague = false;
  const asksWhy = WHY.test(joined) && clauses.some((c) => c.question || /^(?:hvorfor|why)/u.test(c.text)) && joined.split(' ').length <= 8;
  const written = clauses.flatMap((c) => c.words.map((w) => w.lower.replace(/\u2019/g, "'"))).join(' ');
  const dontKnow = (DONT_KNOW.test(joined) || DONT_KNOW.test(written)) && !/\d/u.test(joined);

  const said = yesNo(clauses);
  const correction = CORRECTION.test(joined);
  if (correction && profile.county === undefined) {
    // "nei, jeg mente Nordland": the place after the correction, as a short answer.
    const at = clauses.findIndex((c) => CORRECTION.test(c.text));
    const rest = clauses.slice(Math.max(0, at)).flatMap((c) => c.words);
    const words = rest.slice(rest.findIndex((w) => CORRECTION.test(` ${w.w} `)) + 1);
    if (words.length > 0 && words.length <= 6) {
      const match = understander.places.matchCountyAnswer(text.slice(words[0].start, words[words.length - 1].end));
      if (match.kind === 'county') profile.county = match.county;
    }
  }

  if (YES_NO_FIELDS.has(field) && !correction) {
    if (said !== undefined && profile[field] === undefined) Object.assign(profile, { [field]: said });
    if (field === 'employed' && said === true) {
      const p = percentOf(clauses, false);
      if (p && profile.employmentPercent === undefined) profile.employmentPercent = p.value;
      if (p?.hedged) hedged.add('employmentPercent');
    }
    if (field === 'hasTradeCertificate' && profile.hasTradeCertificate === true && profile.certificateTrade === undefined) {
      // "ja, som elektriker"
      const words = clauses.flatMap((c) => c.words.map((w) => w.w));
      for (let i = 0; i < words.length && profile.certificateTrade === undefined; i++) {
        const hit = understander.lexicon.tradeAt(words, i, false);
        if (hit) profile.certificateTrade = hit.value;
      }
    }
  } else if (field === 'county') {
    const match = understander.places.matchCountyAnswer(text);
    if (match.kind === 'county') profile.county = match.county;
    else if (match.kind === 'ambiguous' && profile.county === undefined) {
      ambiguousCounty = { candidates: match.candidates, phrase: match.phrase, place: match.place, reason: match.reason };
    }
  } else if (field === 'employmentPercent' || field === 'practicePercent') {
    const p = percentOf(clauses, true);
    if (p) {
      Object.assign(profile, { [field]: p.value });
      if (p.hedged) hedged.add(field);
    }
  } else if (field === 'practiceYears') {
    // "ca 6 år, men de første 2 årene i 50 %": years in parts, each with its stilling, are read as any story of practice is.
    const inParts = PARTS.test(joined) ? understander.understand(`${PRACTICE_SAID} ${text}`) : undefined;
    const p = inParts?.profile.practiceYears !== undefined
      ? { years: inParts.profile.practiceYears, percent: inParts.profile.practicePercent, hedged: inParts.hedged.includes('practiceYears'), vague: false }
      : practiceOf(clauses);
    vague = p.vague;
    if (p.years !== undefined) {
      profile.practiceYears = p.years;
      if (p.percent !== undefined) profile.practicePercent = p.percent;
      if (p.hedged) hedged.add('practiceYears');
    } else {
      // "siden 2017", "fra 2017": the years from then until now (the question asks about the practice).
      const thisYear = understander.today().getUTCFullYear();
      const from = clauses.map((c) => SINCE_YEAR.exec(c.text)).find((m) => m !== null);
      const year = from ? Number(from[1]) : NaN;
      if (year >= EARLIEST_PRACTICE_YEAR && year <= thisYear) {
        profile.practiceYears = thisYear - year;
        profile.practiceUntil = 'now';
        vague = false;
      }
    }
    const unsure = dontKnow || DONT_KNOW.test(joined.replace(/^\S+ /u, ''));
    if (profile.practiceYears === undefined && said === false && !vague && !unsure) {
      // "Nei, jeg har jobbet med renhold, ikke pleie": none in the trade asked about, and the work named
      // instead is not the trade they want the certificate in.
      profile.practiceYears = 0;
      if (understanding.profile.trade !== undefined) delete profile.trade;
    }
  } else if (field === 'practiceUntil') {
    // "Hvilket år sluttet du?": the question says it is about the practice, so a bare year or "fortsatt" is the answer.
    const until = profile.practiceUntil === undefined || profile.practiceUntil === 'past' ? practiceUntilAnswer(clauses, understander.today().getUTCFullYear()) : profile.practiceUntil;
    if (until === undefined) delete profile.practiceUntil;
    else profile.practiceUntil = until;
  } else if (field === 'age') {
    const age = ageOf(clauses, understanding.profile);
    if (age !== undefined) profile.age = age;
  } else if (field === 'trade' || field === 'certificateTrade') {
    const words = clauses.flatMap((c) => c.words.map((w) => w.w));
    for (let i = 0; i < words.length && profile[field] === undefined; i++) {
      const hit = understander.lexicon.tradeAt(words, i, false);
      if (hit) profile[field] = hit.value;
    }
    if (field === 'trade' && profile.trade === undefined && understanding.profile.certificateTrade === undefined) {
      // "jeg jobber på lager": the trade of the work they name.
      const work = understanding.profile.trade;
      if (work) profile.trade = work;
    }
  } else if (field === 'interests') {
    const found: string[] = [];
    for (const c of clauses) {
      const words = c.words.map((w) => w.w);
      for (let i = 0; i < words.length; i++) {
        const hit = understander.lexicon.interestAt(words, i, false, c.words[i].capitals);
        if (hit && !found.includes(hit.value)) found.push(hit.value);
        if (hit) i += hit.length - 1;
      }
    }
    if (found.length > 0) profile.interests = found;
  }

  return {
    profile,
    answered: profile[field] !== undefined,
    yes: said,
    correction,
    hedged: [...hedged].filter((f) => profile[f] !== undefined),
    ambiguousCounty: profile.county === undefined ? ambiguousCounty : undefined,
    abroadSchool: understanding.abroadSchool.filter((f) => profile[f] === undefined),
    question: asksWhy ? undefined : questionIn(text, clauses),
    asksWhy,
    dontKnow: dontKnow && profile[field] === undefined,
    vague: vague || (field === 'practiceYears' && understanding.vaguePractice && profile.practiceYears === undefined),
  };
}
