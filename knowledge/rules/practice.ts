// Practice counted the way the rules count it: as full-time equivalents. A stilling of at least
// `fullTimePercent` % (a condition parameter in knowledge/paths, 80 % today) counts as full time; a
// smaller one counts in proportion: 6 years at 70 % is about 4.2 years at full time.
//
// The profile's practiceYears is already a full-time equivalent when practicePercent says what
// stilling the practice was done in. When it does not, the years are taken as given, unless the
// person is in a smaller stilling now: then the practice may have been part time too, and the rules
// ask ("Har du hatt 70 % hele tiden?") when the answer changes the verdict.
import type { Profile } from '../../src/catalogue/schema';
import { formatDuration, formatNumber, formatYears, isEmployed } from './engine';

/** Years in a stilling of `percent` %, as years at full time. */
export function fullTimeYears(years: number, percent: number, fullTimePercent: number): number {
  return percent >= fullTimePercent ? years : (years * percent) / 100;
}

export type PracticeReading =
  /** The practice as full-time years, with the sentence that says how it was counted. */
  | { kind: 'known'; years: number; text: string }
  /** Full-time years if the stilling was full time all along (`high`), or `percent` % all along (`low`). */
  | { kind: 'uncertain'; high: number; low: number; percent: number; text: string };

/** "om lag 4,2 år" – practice converted from part time is rarely exact; "6 år" when it is whole. */
const about = (years: number) => (Math.abs(years - Math.round(years)) < 0.05 ? formatYears(Math.round(years)) : `om lag ${formatYears(years)}`);

/** How much practice the person has, as full-time years; undefined when practiceYears is unknown. */
export function readPractice(profile: Profile, fullTimePercent: number): PracticeReading | undefined {
  const years = profile.practiceYears;
  if (years === undefined) return undefined;
  const percent = profile.practicePercent;
  if (percent !== undefined) {
    if (years <= 0) return { kind: 'known', years: 0, text: 'Du har ikke praksis i faget ennå.' };
    if (percent >= fullTimePercent) {
      const counted = percent < 100 ? ` i ${formatNumber(percent)} % stilling, som regnes som full stilling` : ' i full stilling';
      return { kind: 'known', years, text: `Du har ${formatYears(years)} praksis${counted}.` };
    }
    if (percent <= 0) return { kind: 'known', years: 0, text: 'Du har ikke praksis i faget ennå.' };
    const asWorked = (years * 100) / percent;
    return {
      kind: 'known',
      years,
      text: `${capitalise(about(asWorked))} i ${formatNumber(percent)} % stilling regnes som om lag ${formatYears(years)} i full stilling.`,
    };
  }
  const now = profile.employmentPercent;
  if (isEmployed(profile) === true && now !== undefined && now > 0 && now < fullTimePercent) {
    const low = fullTimeYears(years, now, fullTimePercent);
    return {
      kind: 'uncertain',
      high: years,
      low,
      percent: now,
      text: `Du har ${formatYears(years)} praksis og ${formatNumber(now)} % stilling nå. Har du hatt ${formatNumber(now)} % hele tiden, regnes det som om lag ${formatYears(low)} i full stilling.`,
    };
  }
  return { kind: 'known', years, text: years > 0 ? `Du har ${formatYears(years)} praksis.` : 'Du har ikke praksis i faget ennå.' };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What a practice requirement of `required` full-time years says for this reading: met, failed, or
 * open because the stilling during the practice is not known (then practicePercent settles it).
 */
export function practiceVerdict(reading: PracticeReading, required: number): 'met' | 'failed' | 'open' {
  if (reading.kind === 'known') return reading.years >= required - 1e-9 ? 'met' : 'failed';
  if (reading.low >= required - 1e-9) return 'met';
  if (reading.high < required - 1e-9) return 'failed';
  return 'open';
}

/** The most practice the reading allows, in full-time years. */
export function mostPractice(reading: PracticeReading): number {
  return reading.kind === 'known' ? reading.years : reading.high;
}

/**
 * "Om lag 8 måneder til i full stilling (om lag 11 måneder i 70 % stilling)": how long it takes to
 * make up `missingYears` full-time years, at full time and, for someone in a smaller stilling, at theirs.
 */
export function timeToMakeUp(missingYears: number, profile: Profile, fullTimePercent: number): string {
  const months = missingYears * 12;
  const percent = profile.practicePercent ?? (isEmployed(profile) === true ? profile.employmentPercent : undefined);
  const atFull = `Om lag ${formatDuration(months)} til i full stilling`;
  if (percent === undefined || percent <= 0 || percent >= fullTimePercent) return atFull;
  return `${atFull} (om lag ${formatDuration(months / (percent / 100))} i ${formatNumber(percent)} % stilling)`;
}

/**
 * The profile after the person answers how much practice they have or in what stilling: the years
 * they give are years as worked, so once both are known they are counted as full-time years.
 * (practiceYears read from an opening message with its stilling is already converted.)
 */
export function withPracticeAnswer(
  profile: Profile,
  field: 'practiceYears' | 'practicePercent',
  value: number,
  fullTimePercent: number,
): Profile {
  if (field === 'practicePercent') {
    const years = profile.practicePercent === undefined ? profile.practiceYears : undefined;
    return {
      ...profile,
      practicePercent: value,
      ...(years === undefined ? {} : { practiceYears: round(fullTimeYears(years, value, fullTimePercent)) }),
    };
  }
  const percent = profile.practicePercent;
  return { ...profile, practiceYears: percent === undefined ? value : round(fullTimeYears(value, percent, fullTimePercent)) };
}

const round = (years: number) => Math.round(years * 100) / 100;
