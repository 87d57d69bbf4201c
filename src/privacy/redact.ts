// Removes personal data from text before it is logged, stored as feedback or sent to an LLM:
// fødselsnummer/D-number, Norwegian phone numbers, e-mail addresses, and clauses with health, benefit
// or criminal-record details. What guidance needs stays: "NAV", "arbeidssøker", "arbeidsledig",
// "permittert", years of practice, county, trade.
//
// The NLU reads the user's raw text in-process; redact() is for everything that leaves the process
// or is written down.

export const REDACTED = {
  nationalId: '[fødselsnummer]',
  phone: '[telefonnummer]',
  email: '[e-post]',
  health: '[helse-/NAV-opplysning]',
  criminal: '[sensitiv opplysning]',
  secret: '[skjult]',
} as const;

// ---------------------------------------------------------------- fødselsnummer and D-number

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function controlDigit(digits: number[], weights: number[]): number | undefined {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i], 0);
  const k = 11 - (sum % 11);
  if (k === 11) return 0;
  return k === 10 ? undefined : k;
}

/** Both mod-11 control digits of an 11-digit fødselsnummer or D-number are right. */
export function hasValidControlDigits(elevenDigits: string): boolean {
  if (!/^\d{11}$/.test(elevenDigits)) return false;
  const d = [...elevenDigits].map(Number);
  const k1 = controlDigit(d.slice(0, 9), K1_WEIGHTS);
  if (k1 === undefined || k1 !== d[9]) return false;
  const k2 = controlDigit(d.slice(0, 10), K2_WEIGHTS);
  return k2 !== undefined && k2 === d[10];
}

/**
 * The first six digits are a date ddmmyy: day 01–31 (D-number: +40), month 01–12 (H-number: +40,
 * synthetic test numbers: +80). Two-digit years are always valid.
 */
export function looksLikeBirthDate(elevenDigits: string): boolean {
  let day = Number(elevenDigits.slice(0, 2));
  let month = Number(elevenDigits.slice(2, 4));
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** An 11-digit number we treat as a national identity number: valid control digits, or ddmmyy + 5 digits. */
export function isLikelyNationalId(elevenDigits: string): boolean {
  return hasValidControlDigits(elevenDigits) || looksLikeBirthDate(elevenDigits);
}

/** Spaces people put between groups of digits, also the no-break and narrow no-break space. */
const SPACE = '[ \\u00a0\\u202f]';

// Not glued to letters or other digits, so ids like "a1234567890b" or 12-digit numbers are left alone.
const NATIONAL_ID = /(?<![\p{L}\p{N}])(\d{6})[ \u00a0\u202f-]?(\d{5})(?![\p{L}\p{N}])/gu;

// ---------------------------------------------------------------- phone, e-mail

// +47 / 0047 prefix optional; 8 digits starting 2–9, written together or grouped as 3-2-3, 2-2-2-2 or 4 4.
// Money ("45 000 000") and year ranges ("2020-2023") do not fit these groupings.
const S = `(?:${SPACE}|\\.)`;
const PHONE = new RegExp(
  '(?<![\\p{L}\\p{N}+\\-/_])' +
    '(?:(?:\\+|00)\\s?47[\\s.-]?)?' +
    `(?:[2-9]\\d{7}|[2-9]\\d{2}${S}\\d{2}${S}\\d{3}|[2-9]\\d${S}\\d{2}${S}\\d{2}${S}\\d{2}|[2-9]\\d{3}${SPACE}\\d{4})` +
    '(?![\\p{L}\\p{N}\\-/_])',
  'gu',
);
const PHONE_WITH_PREFIX = /(?:\+|00)\s?47[\s.-]?\d(?:[\s.-]?\d){7}(?![\p{L}\p{N}])/gu;

// Bounded like real addresses (64-character local part, 63-character labels), so a long run of letters
// or digits without an "@" cannot make the search quadratic.
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,63}/gu;

// ---------------------------------------------------------------- health, benefits, criminal record

/** Word beginnings: "sykemeld" matches "sykemeldt", "sykemelding", "sykemeldingen". */
const HEALTH_STEMS = [
  'diagnos', 'sykemeld', 'sykmeld', 'sykepeng', 'sykdom', 'sjukdom', 'ufør', 'arbeidsavklaringspeng', 'depresjon', 'depressiv',
  'deprimert', 'angst', 'adhd', 'autis', 'asperger', 'tourette', 'bipolar', 'schizofren', 'psykos', 'psykotisk', 'psykisk',
  'psykiatr', 'psykolog', 'kreft', 'diabet', 'epilep', 'utbrent', 'utbrenthet', 'rusavhengig', 'rusmisbruk', 'rusproblem',
  'rusmiddel', 'rusbehandling', 'alkoholi', 'narkoman', 'migrene', 'hjerneslag', 'hjerteinfarkt', 'prolaps',
  'ryggskade', 'ryggproblem', 'belastningsskade', 'yrkesskade', 'arbeidsskade', 'kronisk', 'smerte', 'funksjonsnedsett',
  'funksjonshemm', 'nedsatt arbeidsevne', 'arbeidsevnevurdering', 'dysleksi', 'dyskalkuli', 'lærevansk', 'lese- og skrivevansk',
  'medisinert', 'medikament', 'sosialhjelp', 'sosialstønad', 'kvalifiseringsprogram', 'kvalifiseringsstønad', 'dagpeng',
  'tiltakspeng', 'overgangsstønad', 'attføring', 'gravid', 'svangerskap', 'spiseforstyrr', 'selvmord', 'innlagt', 'helseproblem',
  'helseplag', 'helseutfordring',
];
/** Whole words only: "syk" but not "sykepleier"; "AAP" but not "aapen". */
const HEALTH_WORDS = ['syk', 'syke', 'sjuk', 'sjuke', 'aap', 'rus', 'kols', 'hiv', 'ptsd', 'ocd', 'ufør', 'uføre'];
const CRIMINAL_STEMS = ['straffedøm', 'dømt for', 'soning', 'sonet', 'fengsel', 'fengslet', 'rulleblad', 'prøveløslat'];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function termRegex(stems: string[], words: string[] = []): RegExp {
  const stemAlt = stems.map(escapeRe).join('|');
  const wordAlt = words.map(escapeRe).join('|');
  const parts = [`(?:${stemAlt})[\\p{L}-]*`];
  if (wordAlt) parts.push(`(?:${wordAlt})(?![\\p{L}\\p{N}])`);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})`, 'iu');
}

const HEALTH = termRegex(HEALTH_STEMS, HEALTH_WORDS);
const CRIMINAL = termRegex(CRIMINAL_STEMS);

/** Clause boundaries kept in the output: sentence ends, commas (not decimal commas), and conjunctions. */
const CLAUSE_DELIMITER = /(\s*[.!?;:\n]+\s*|\s*,(?!\d)\s*|\s+(?:og|men|fordi|ettersom|samt|eller)\s+)/iu;

function redactSensitiveClauses(text: string): string {
  if (!HEALTH.test(text) && !CRIMINAL.test(text)) return text;
  const parts = text.split(CLAUSE_DELIMITER);
  const out = parts.map((part, i) => {
    if (i % 2 === 1) return part; // a delimiter
    if (HEALTH.test(part)) return REDACTED.health;
    if (CRIMINAL.test(part)) return REDACTED.criminal;
    return part;
  });
  let joined = out.join('');
  // "[x] og [x]" → "[x]": one marker per run of sensitive clauses.
  for (const label of [REDACTED.health, REDACTED.criminal]) {
    const l = escapeRe(label);
    joined = joined.replace(new RegExp(`${l}(?:(?:\\s*,\\s*|\\s+(?:og|men|fordi|ettersom|samt|eller)\\s+)${l})+`, 'giu'), label);
  }
  return joined;
}

// ---------------------------------------------------------------- public API

/**
 * Text with personal data replaced by markers: fødselsnummer/D-number → "[fødselsnummer]", phone →
 * "[telefonnummer]", e-mail → "[e-post]", a clause with health/benefit details → "[helse-/NAV-opplysning]",
 * a clause about convictions → "[sensitiv opplysning]".
 */
export function redact(text: string): string {
  if (!text) return text;
  let t = text.replace(EMAIL, REDACTED.email);
  t = t.replace(NATIONAL_ID, (m, a: string, b: string) => (isLikelyNationalId(a + b) ? REDACTED.nationalId : m));
  t = t.replace(PHONE_WITH_PREFIX, REDACTED.phone);
  t = t.replace(PHONE, REDACTED.phone);
  return redactSensitiveClauses(t);
}

/** Keys whose values are never logged, whatever they contain. */
const SECRET_KEY = /(?:api[-_]?key|authorization|password|passord|secret|^token$|access[-_]?token|refresh[-_]?token|cookie)/i;
const NATIONAL_ID_KEY = /^(?:fnr|f(?:ø|o|oe)dselsnummer|personnummer|dnr|d[-_]?nummer|ssn)$/i;
const MAX_DEPTH = 20;

function redactValue(value: unknown, key: string | undefined, seen: WeakSet<object>, depth: number): unknown {
  if (key !== undefined && SECRET_KEY.test(key) && value !== undefined && value !== null) return REDACTED.secret;
  if (key !== undefined && NATIONAL_ID_KEY.test(key) && value !== undefined && value !== null) return REDACTED.nationalId;
  if (typeof value === 'string') return redact(value);
  if (typeof value === 'number') {
    // An 11-digit integer with valid control digits is a fødselsnummer that lost its leading zero or was typed as a number.
    const s = String(value);
    return Number.isInteger(value) && /^\d{10,11}$/.test(s) && hasValidControlDigits(s.padStart(11, '0'))
      ? REDACTED.nationalId
      : value;
  }
  if (typeof value === 'bigint') return redact(value.toString());
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[for dypt]';
  if (seen.has(value)) return '[sirkulær]';
  seen.add(value);
  try {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (value instanceof Error) {
      const out: Record<string, unknown> = { name: value.name, message: redact(value.message) };
      const status = (value as { status?: unknown }).status;
      if (typeof status === 'number') out.status = status;
      return out;
    }
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return '[binær]';
    if (Array.isArray(value)) return value.map((v) => redactValue(v, undefined, seen, depth + 1));
    if (value instanceof Map) {
      return Object.fromEntries([...value.entries()].map(([k, v]) => [String(k), redactValue(v, String(k), seen, depth + 1)]));
    }
    if (value instanceof Set) return [...value].map((v) => redactValue(v, undefined, seen, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, k, seen, depth + 1);
    return out;
  } finally {
    seen.delete(value);
  }
}

/**
 * A deep copy of a log record with every string redacted, secrets (api keys, passwords, tokens) masked,
 * Errors reduced to {name, message}, Maps/Sets made JSON-friendly. Circular references become "[sirkulær]".
 */
export function redactObject(value: unknown): unknown {
  return redactValue(value, undefined, new WeakSet(), 0);
}
