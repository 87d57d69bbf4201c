// Practice counted the way the rules count it: as full-time equivalents. A stilling of at least
// `fullTimePercent` % (a condition parameter in knowledge/paths, 80 % today) counts as full time; a
// smaller one counts in proportion: 6 years at 70 % is about 4.2 years at full time.
//
// The profile's practiceYears is already a full-time equivalent when practicePercent says what
// stilling the practice was done in. When it does not, the years are taken as given, unless the
// person is in a smaller stilling now: then the practice may have been part time too, and the rules
// ask ("Har du hatt 70 % hele tiden?") when the answer changes the verdict.
import type { Profile } from '../../src/catalogue/schema';
import { formatDuration, formatNumber, formatYears, isEmployed, unknown, type Bilingual, type CheckResult } from './engine';

/** Years in a stilling of `percent` %, as years at full time. */
export function fullTimeYears(years: number, percent: number, fullTimePercent: number): number {
  return percent >= fullTimePercent ? years : (years * percent) / 100;
}

export type PracticeReading =
  /** The practice as full-time years, with the sentence that says how it was counted. */
  | { kind: 'known'; years: number; text: Bilingual }
  /** Full-time years if the stilling was full time all along (`high`), or `percent` % all along (`low`). */
  | { kind: 'uncertain'; high: number; low: number; percent: number; text: Bilingual };

const isWhole = (years: number) => Math.abs(years - Math.round(years)) < 0.05;
/** "Om lag 4,2 år" – practice converted from part time is rarely exact; "6 år" when it is whole. */
const about = (years: number): Bilingual =>
  isWhole(years)
    ? { nb: formatYears(Math.round(years), 'nb'), en: formatYears(Math.round(years), 'en') }
    : { nb: `Om lag ${formatYears(years, 'nb')}`, en: `About ${formatYears(years, 'en')}` };

const NO_PRACTICE: Bilingual = { nb: 'Du har ikke praksis i faget ennå.', en: 'You do not have practice in the trade yet.' };

/**
 * Practice done abroad: the sources do not say how it counts towards a Norwegian certificate, so a rule on the length of
 * practice cannot be met by it; the county assesses it. Undefined when the practice told is from Norway.
 */
export function practiceAbroadUnweighed(profile: Profile): CheckResult | undefined {
  if (profile.practiceAbroad !== true || profile.practiceYears === undefined) return undefined;
  return unknown(
    {
      nb: `Noe av praksisen du har fortalt om (${formatYears(profile.practiceYears, 'nb')}), er fra utlandet. Kildene sier ikke hvordan praksis fra utlandet regnes – fylkeskommunen vurderer det.`,
      en: `Some of the practice you told about (${formatYears(profile.practiceYears, 'en')}) is from abroad. The sources do not say how practice from abroad counts – the county authority assesses it.`,
    },
    [],
  );
}

/** How much practice the person has, as full-time years; undefined when practiceYears is unknown. */
export function readPractice(profile: Profile, fullTimePercent: number): PracticeReading | undefined {
  const years = profile.practiceYears;
  if (years === undefined) return undefined;
  const percent = profile.practicePercent;
  if (percent !== undefined) {
    if (years <= 0) return { kind: 'known', years: 0, text: NO_PRACTICE };
    if (percent >= fullTimePercent) {
      const text: Bilingual =
        percent < 100
          ? {
              nb: `Du har ${formatYears(years, 'nb')} praksis i ${formatNumber(percent, 'nb')} % stilling, som regnes som full stilling.`,
              en: `You have ${formatYears(years, 'en')} of practice in a ${formatNumber(percent, 'en')} % position, which counts as full time.`,
            }
          : { nb: `Du har ${formatYears(years, 'nb')} praksis i full stilling.`, en: `You have ${formatYears(years, 'en')} of practice at full time.` };
      return { kind: 'known', years, text };
    }
    if (percent <= 0) return { kind: 'known', years: 0, text: NO_PRACTICE };
    const asWorked = about((years * 100) / percent);
    return {
      kind: 'known',
      years,
      text: {
        nb: `${asWorked.nb} i ${formatNumber(percent, 'nb')} % stilling regnes som om lag ${formatYears(years, 'nb')} i full stilling.`,
        en: `${asWorked.en} in a ${formatNumber(percent, 'en')} % position counts as about ${formatYears(years, 'en')} at full time.`,
      },
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
      text: {
        nb: `Du har ${formatYears(years, 'nb')} praksis og ${formatNumber(now, 'nb')} % stilling nå. Har du hatt ${formatNumber(now, 'nb')} % hele tiden, regnes det som om lag ${formatYears(low, 'nb')} i full stilling.`,
        en: `You have ${formatYears(years, 'en')} of practice and a ${formatNumber(now, 'en')} % position now. If you have had ${formatNumber(now, 'en')} % all along, it counts as about ${formatYears(low, 'en')} at full time.`,
      },
    };
  }
  if (years <= 0) return { kind: 'known', years, text: NO_PRACTICE };
  return { kind: 'known', years, text: { nb: `Du har ${formatYears(years, 'nb')} praksis.`, en: `You have ${formatYears(years, 'en')} of practice.` } };
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
export function timeToMakeUp(missingYears: number, profile: Profile, fullTimePercent: number): Bilingual {
  const months = missingYears * 12;
  const percent = profile.practicePercent ?? (isEmployed(profile) === true ? profile.employmentPercent : undefined);
  const atFull: Bilingual = { nb: `Om lag ${formatDuration(months, 'nb')} til i full stilling`, en: `About ${formatDuration(months, 'en')} more at full time` };
  if (percent === undefined || percent <= 0 || percent >= fullTimePercent) return atFull;
  const atPart = months / (percent / 100);
  return {
    nb: `${atFull.nb} (om lag ${formatDuration(atPart, 'nb')} i ${formatNumber(percent, 'nb')} % stilling)`,
    en: `${atFull.en} (about ${formatDuration(atPart, 'en')} in a ${formatNumber(percent, 'en')} % position)`,
  };
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
