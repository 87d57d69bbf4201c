// Praksiskandidat: taking the trade test on the strength of long practice alone.
// Conditions and citations: knowledge/paths/praksiskandidat.json.
// The condition reads what its "fields" in the JSON say: the trade because electrician and plumber need
// more hours, employed and employmentPercent for the "when are you ready" text.
import type { Profile } from '../../src/catalogue/schema';
import type { PathCondition } from '../../src/catalogue/types';
import { fold } from '../../src/normalise';
import { failed, formatNumber, formatYears, isEmployed, met, monthYearAfter, param, unknown, type CheckResult, type PathRule, type RuleContext } from './engine';

/**
 * Practice must be 25 % longer than the trade's full training time: usually 5 years (60 months, about
 * 8 700 hours); for the trades in the condition's "values" (electrician, plumber) about 9 790 hours,
 * which is converted to years at the same hours per year.
 */
function praksistid(profile: Profile, condition: PathCondition, ctx: RuleContext): CheckResult {
  const normalYears = param(condition, 'minYears');
  const longTradeHours = param(condition, 'longTradeHours');
  const hoursPerYear = param(condition, 'minHours') / normalYears;
  const longYears = longTradeHours / hoursPerYear;
  const years = profile.practiceYears;
  if (years === undefined) return unknown('Vi vet ikke ennå hvor mange års praksis du har i faget.', ['practiceYears']);

  const trade = profile.trade === undefined ? undefined : fold(profile.trade);
  const longTrade = trade !== undefined && condition.values.some((v) => trade.includes(v));
  const have = `Du har ${formatYears(years)} (${Math.round(years * 12)} måneder) praksis`;

  if (years >= longYears || (years >= normalYears && trade !== undefined && !longTrade)) return met(`${have} – oppfylt.`);
  if (years >= normalYears && trade === undefined) {
    return unknown(
      `${have}. Det holder i de fleste fag, men for elektriker og rørlegger kreves om lag ${formatNumber(longYears)} år. Hvilket fag gjelder det?`,
      ['trade'],
    );
  }

  const required = longTrade ? longYears : normalYears;
  const remainingMonths = Math.ceil((required - years) * 12);
  const remainingYears = remainingMonths / 12;
  const need = longTrade
    ? `I ditt fag kreves om lag ${formatNumber(longTradeHours)} timer, omtrent ${formatNumber(longYears)} år i full stilling`
    : `Du trenger ${formatYears(normalYears)} (${param(condition, 'minMonths')} måneder)`;
  return failed(
    `${have} – ikke oppfylt ennå. ${need}, så du mangler omtrent ${formatYears(remainingYears)} (${remainingMonths} måneder). ${whenReady(profile, remainingMonths, ctx)}`,
  );
}

/** "Fortsetter du i full stilling, er du tidligst klar rundt mars 2027." Part time counts pro rata. */
function whenReady(profile: Profile, remainingMonths: number, ctx: RuleContext): string {
  const percent = profile.employmentPercent;
  const employed = isEmployed(profile);
  if (employed === true && percent !== undefined && percent > 0 && percent < 80) {
    const months = remainingMonths / (percent / 100);
    return `I ${formatNumber(percent)} % stilling regnes praksisen om, så du er tidligst klar rundt ${monthYearAfter(ctx.now, months)}.`;
  }
  if (employed === true) {
    return `Fortsetter du i full stilling (80 % eller mer), er du tidligst klar rundt ${monthYearAfter(ctx.now, remainingMonths)}.`;
  }
  return `Med praksis i full stilling fra nå av er du tidligst klar rundt ${monthYearAfter(ctx.now, remainingMonths)}.`;
}

export const praksiskandidat: PathRule = {
  id: 'praksiskandidat',
  checks: { praksistid },
  fit(profile, status) {
    if (status === 'not-eligible') return 0;
    // Documents competence the person already has: usually the quickest route when it is open.
    return profile.hasTradeCertificate === true ? 60 : 85;
  },
};
