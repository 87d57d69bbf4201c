// How much of a person's practice lies within the last ten years, for praksiskandidat's rule "at
// least half of the practice should be from the last ten years" (knowledge/paths/praksiskandidat.json,
// condition "nyere-praksis", fact pk-siste-ti-aar).
//
// The practice is taken as one stretch that ended in practiceUntil ("now": this year) and reaches back
// as long as it was worked: full-time years done in a smaller stilling took longer (4.2 full-time years
// at 70 % took 6 years). "This year" is given by the caller; nothing here reads the clock.
//
// The practice the rule speaks of is the practice that counts towards the requirement: a person
// documents their most recent years, so the rule is met when the full-time years within the window
// are at least half of what the requirement asks. Read over all the practice a person has ever had,
// 25 years in the trade up to today would fail it, which is not what it means.
import type { Profile } from '../../src/catalogue/schema';

export interface RecentPractice {
  /** Full-time years of practice inside the window. */
  years: number;
  /** The last year of the practice (this year when it goes on). */
  end: number;
  /** The first year of the window. */
  from: number;
}

/**
 * The full-time years of practice within the last `windowYears` years, or undefined when the profile
 * does not say when the practice ended (or how long it is).
 */
export function recentPractice(profile: Profile, thisYear: number, windowYears: number, fullTimePercent: number): RecentPractice | undefined {
  const years = profile.practiceYears;
  const until = profile.practiceUntil;
  if (years === undefined || until === undefined || until === 'past') return undefined;
  const end = until === 'now' ? thisYear : Math.min(until, thisYear);
  const from = thisYear - windowYears;
  const percent = profile.practicePercent;
  const share = percent !== undefined && percent > 0 && percent < fullTimePercent ? percent / 100 : 1;
  const worked = years / share;
  const recentWorked = Math.min(worked, Math.max(0, end - from));
  return { years: recentWorked * share, end, from };
}
