// Fødselsnummer, D-nummer (and H- and synthetic numbers) checked with NAV's @navikt/fnrvalidator: the
// birth date (with the D/H/synthetic offsets) and both control digits, including the k1 rule that
// Skatteetaten allows from 2032.
import { idnr } from '@navikt/fnrvalidator';

const ELEVEN_DIGITS = /^\d{11}$/;

/** A valid fødselsnummer, D-, H- or synthetic number: a real date and both control digits right. */
export function isNationalId(elevenDigits: string): boolean {
  return ELEVEN_DIGITS.test(elevenDigits) && idnr(elevenDigits).status === 'valid';
}

/** Both control digits are right, whatever the date part says. */
export function hasValidControlDigits(elevenDigits: string): boolean {
  if (!ELEVEN_DIGITS.test(elevenDigits)) return false;
  const result = idnr(elevenDigits);
  return result.status === 'valid' || !result.reasons.includes("checksums don't match");
}

/** The first six digits are a real date (ddmmyy, with the D-, H- and synthetic-number offsets). */
export function looksLikeBirthDate(elevenDigits: string): boolean {
  if (!ELEVEN_DIGITS.test(elevenDigits)) return false;
  const result = idnr(elevenDigits);
  return result.status === 'valid' || !result.reasons.includes('invalid date');
}

/**
 * An 11-digit number we treat as a national identity number when it is written as one (11 digits
 * together, or 6 + 5): valid, or a real birth date followed by five digits (a mistyped number is
 * still someone's).
 */
export function isLikelyNationalId(elevenDigits: string): boolean {
  return hasValidControlDigits(elevenDigits) || looksLikeBirthDate(elevenDigits);
}
