// Removes personal data from text before it is logged, stored as feedback or sent to an LLM:
// fødselsnummer/D-number, Norwegian phone numbers, e-mail addresses (also "[at]"-style), and clauses
// with health, benefit or criminal-record details. What guidance needs stays: "NAV", "arbeidssøker",
// "arbeidsledig", "permittert", years of practice, county, trade.
//
// The NLU reads the user's raw text in-process; redact() is for everything that leaves the process
// or is written down. Every step is linear in the length of the text, and redact(redact(t)) ===
// redact(t).
import { EMAIL, OBFUSCATED_AT_MARK, OBFUSCATED_EMAIL } from './email';
import { findPersonalNumbers } from './numbers';
import { SENSITIVE_MARKERS, redactSensitiveClauses } from './clauses';
import { isNationalId } from './national-id';

export { hasValidControlDigits, isLikelyNationalId, isNationalId, looksLikeBirthDate } from './national-id';

export const REDACTED = {
  nationalId: '[fødselsnummer]',
  phone: '[telefonnummer]',
  email: '[e-post]',
  health: SENSITIVE_MARKERS.health,
  criminal: SENSITIVE_MARKERS.criminal,
  secret: '[skjult]',
} as const;

/** Zero-width characters and soft hyphens that could split a number or an address unseen. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/gu;
/** A decimal digit other than 0–9 (a class rather than a look-ahead before \p{Nd}: one test per character). */
const NON_ASCII_DIGIT = /[^\P{Nd}0-9]/gu;

/** The digit a Unicode decimal digit stands for: decimal digits come in blocks of ten, 0 first. */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0) ?? 0;
  for (let k = 0; k < 10; k++) {
    const before = String.fromCodePoint(code - k - 1);
    if (!/\p{Nd}/u.test(before) || k === 9) return String(k);
  }
  return digit;
}

/**
 * Compatibility forms folded (NFKC: full-width "１２３", "＠", "．"), invisible characters dropped and
 * every other script's digits made ASCII, so that look-alikes are redacted like the plain forms.
 */
function foldForRedaction(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(NON_ASCII_DIGIT, asciiDigit);
}

function redactNumbers(text: string): string {
  const spans = findPersonalNumbers(text);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + REDACTED[span.kind];
    at = span.end;
  }
  return out + text.slice(at);
}

// ---------------------------------------------------------------- public API

/**
 * Text with personal data replaced by markers: fødselsnummer/D-number → "[fødselsnummer]", phone →
 * "[telefonnummer]", e-mail → "[e-post]", a clause with health/benefit details → "[helse-/NAV-opplysning]",
 * a clause about convictions → "[sensitiv opplysning]". Full-width and other scripts' digits are read
 * as digits (and come out ASCII).
 */
export function redact(text: string): string {
  if (!text) return text;
  return redactSensitiveClauses(redactIdsAndAddresses(foldForRedaction(text)));
}

/** Fødselsnummer, D-numbers, phone numbers and e-mail addresses replaced in a folded text. */
function redactIdsAndAddresses(folded: string): string {
  let t = folded;
  // Both searches are the costliest part of redaction; most texts hold no "@" or "at" to look around.
  if (t.includes('@')) t = t.replace(EMAIL, REDACTED.email);
  if (OBFUSCATED_AT_MARK.test(t)) t = t.replace(OBFUSCATED_EMAIL, REDACTED.email);
  return redactNumbers(t);
}

/** Whether a text gives a fødselsnummer, D-number, phone number or e-mail address: what the bot never needs. */
export function givesIdOrAddress(text: string): boolean {
  if (!text) return false;
  const folded = foldForRedaction(text);
  return redactIdsAndAddresses(folded) !== folded;
}

/** Keys whose values are never logged, whatever they contain. */
const SECRET_KEY = /(?:api[-_]?key|authorization|password|passord|secret|^token$|access[-_]?token|refresh[-_]?token|cookie)/i;
const NATIONAL_ID_KEY = /^(?:fnr|f(?:ø|o|oe)dselsnummer|personnummer|dnr|d[-_]?nummer|ssn)$/i;
const MAX_DEPTH = 20;

/** A Map key as text; keys that cannot be converted (objects without a prototype) are named, not thrown on. */
function keyText(key: unknown): string {
  if (typeof key === 'string') return key;
  if (key === null || (typeof key !== 'object' && typeof key !== 'function')) return String(key);
  return '[objekt]';
}

function redactValue(value: unknown, key: string | undefined, seen: WeakSet<object>, depth: number): unknown {
  if (key !== undefined && SECRET_KEY.test(key) && value !== undefined && value !== null) return REDACTED.secret;
  if (key !== undefined && NATIONAL_ID_KEY.test(key) && value !== undefined && value !== null) return REDACTED.nationalId;
  if (typeof value === 'string') return redact(value);
  if (typeof value === 'number') {
    // A valid fødselsnummer typed as a number (it may have lost its leading zero).
    const s = String(value);
    return Number.isInteger(value) && /^\d{10,11}$/.test(s) && isNationalId(s.padStart(11, '0'))
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
      return Object.fromEntries([...value.entries()].map(([k, v]) => [redact(keyText(k)), redactValue(v, keyText(k), seen, depth + 1)]));
    }
    if (value instanceof Set) return [...value].map((v) => redactValue(v, undefined, seen, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[redact(k)] = redactValue(v, k, seen, depth + 1);
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
