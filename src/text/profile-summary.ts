// A profile as the short phrases a person reads back ("34 år", "6 års praksis i logistikkfaget", "bor i
// Trøndelag"), in the conversation's language, in a fixed order.
import type { Profile } from '../catalogue/schema';
import { plainText } from '../privacy/markup';
import type { Texts } from './texts';

export function profilePhrases(p: Profile, t: Texts): string[] {
  const s = t.profileSummary;
  const yesNo = (value: boolean | undefined, words: { yes: string; no: string }) => (value === undefined ? [] : [value ? words.yes : words.no]);
  // Trade words are the person's own: shown back as plain text, never as markup or a link.
  const trade = p.trade === undefined ? undefined : plainText(p.trade) || undefined;
  const certificateTrade = p.certificateTrade === undefined ? undefined : plainText(p.certificateTrade) || undefined;
  const out: string[] = [];
  if (p.age !== undefined) out.push(s.age(p.age));
  const practised = p.practiceYears !== undefined && p.practiceYears > 0;
  if (p.practiceYears !== undefined) {
    if (p.practiceYears === 0) out.push(s.noPractice);
    else if (p.practiceYears === 0.5 && trade === undefined) out.push(s.halfYearPractice);
    else out.push(s.practice(s.number(p.practiceYears), trade));
  }
  if (p.practicePercent !== undefined) out.push(s.practicePercent(s.number(p.practicePercent)));
  if (typeof p.practiceUntil === 'number') out.push(s.practiceUntil(String(p.practiceUntil)));
  else if (p.practiceUntil === 'now') out.push(s.practiceOngoing);
  else if (p.practiceUntil === 'past') out.push(s.practiceEnded);
  if (p.practiceAbroad === true) out.push(s.practiceAbroad.yes);
  if (trade !== undefined && !practised) out.push(s.trade(trade));
  if (p.employmentPercent !== undefined) out.push(s.employmentPercent(s.number(p.employmentPercent)));
  else if (p.employed === true) out.push(s.employed);
  if (p.employed === false) out.push(s.notEmployed);
  if (p.county !== undefined) out.push(s.county(p.county));
  out.push(...yesNo(p.hasTradeCertificate, s.hasCertificate));
  if (certificateTrade !== undefined) out.push(s.certificateTrade(certificateTrade));
  out.push(...yesNo(p.completedPrimarySchool, s.primarySchool));
  out.push(...yesNo(p.completedUpperSecondary, s.upperSecondary));
  out.push(...yesNo(p.navJobSeeker, s.navJobSeeker));
  if (p.interests !== undefined && p.interests.length > 0) out.push(s.interests(p.interests));
  return out;
}

/** "Jeg har forstått: 6 års praksis, 80 % stilling, bor i Trøndelag." */
export function describeProfile(p: Profile, t: Texts): string {
  const phrases = profilePhrases(p, t);
  return phrases.length === 0 ? t.profileSummary.nothing : t.profileSummary.understood(phrases);
}
