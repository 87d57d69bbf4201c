// The profile as the bot says it back: "Jeg har forstått: 34 år, 80 % stilling, bor eller jobber i
// Trøndelag, ikke fagbrev." Wording in src/text/nb.ts.
import type { Profile } from '../catalogue/schema';
import { nb } from '../text/nb';

const t = nb.understood;

function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${t.and} ${items[items.length - 1]}`;
}

/** The profile as short bokmål phrases, in a fixed order ("6 års praksis", "80 % stilling", …). */
export function profilePhrases(p: Profile): string[] {
  const out: string[] = [];
  if (p.age !== undefined) out.push(t.age(p.age));
  if (p.practiceYears !== undefined) {
    if (p.practiceYears === 0) out.push(t.noPractice);
    else if (p.practicePercent !== undefined && p.practicePercent < 80) out.push(t.practiceInPercent(formatNumber(p.practiceYears), formatNumber(p.practicePercent)));
    else out.push(t.practice(formatNumber(p.practiceYears)));
  }
  if (p.trade !== undefined) out.push(t.trade(p.trade));
  if (p.employmentPercent !== undefined) out.push(t.percent(formatNumber(p.employmentPercent)));
  else if (p.employed === true) out.push(t.employed);
  if (p.employed === false) out.push(t.notEmployed);
  if (p.county !== undefined) out.push(t.county(p.county));
  if (p.hasTradeCertificate === true) out.push(p.certificateTrade ? t.certificateIn(p.certificateTrade) : t.certificate);
  if (p.hasTradeCertificate === false) out.push(t.noCertificate);
  if (p.completedPrimarySchool !== undefined) out.push(p.completedPrimarySchool ? t.primarySchool : t.noPrimarySchool);
  if (p.completedUpperSecondary !== undefined) out.push(p.completedUpperSecondary ? t.upperSecondary : t.noUpperSecondary);
  if (p.navJobSeeker !== undefined) out.push(p.navJobSeeker ? t.navJobSeeker : t.notNavJobSeeker);
  if (p.interests !== undefined && p.interests.length > 0) out.push(t.interests(list(p.interests)));
  return out;
}

/** "Jeg har forstått: 6 års praksis, 80 % stilling, bor eller jobber i Trøndelag, ikke fagbrev." */
export function describeProfile(p: Profile): string {
  const phrases = profilePhrases(p);
  return phrases.length === 0 ? t.nothing : t.summary(phrases.join(', '));
}
