// Praksiskandidat: taking the trade test on the strength of long practice alone.
// Conditions, suitability and citations: knowledge/paths/praksiskandidat.json.
// Practice counts as full-time equivalents (practice.ts); the requirement is 25 % more than the
// trade's full training time (trades.ts). Employment is read for part-time practice and for the
// "when are you ready" text.
import type { Profile } from '../../src/catalogue/schema';
import type { PathCondition } from '../../src/catalogue/types';
import { failed, formatDuration, formatNumber, formatYears, isEmployed, met, monthYearAfter, param, unknown, type CheckResult, type PathRule, type RuleContext } from './engine';
import { noNewTradeWanted } from './goal';
import { mostPractice, practiceVerdict, readPractice, timeToMakeUp, type PracticeReading } from './practice';
import { praksistidCondition, requirementFor, requirementRange } from './trades';

/** Practice at least 25 % longer than the trade's full training time, counted at full time. */
export function praksistid(profile: Profile, condition: PathCondition, ctx: RuleContext): CheckResult {
  const fullTime = param(condition, 'fullTimePercent');
  const reading = readPractice(profile, fullTime);
  if (reading === undefined) return unknown('Vi vet ikke ennå hvor mange års praksis du har i faget.', ['practiceYears']);

  if (profile.trade !== undefined) {
    const required = requirementFor(profile.trade, condition, ctx.kb);
    const verdict = practiceVerdict(reading, required.years);
    if (verdict === 'met') return met(`${reading.text} ${required.text} Oppfylt.`);
    if (verdict === 'open') return unknownPercent(reading.text, required.text);
    return notYet(profile, reading, required.text, required.years - mostPractice(reading), fullTime, ctx);
  }

  const { usual, longest } = requirementRange(condition, ctx.kb);
  const forUsual = practiceVerdict(reading, usual);
  const forLongest = practiceVerdict(reading, longest);
  if (forLongest === 'met') return met(`${reading.text} Det holder i alle fag – oppfylt.`);
  if (forUsual === 'failed') {
    const need = `Du trenger vanligvis ${formatYears(usual)} (${Math.round(usual * 12)} måneder) i full stilling.`;
    return notYet(profile, reading, need, usual - mostPractice(reading), fullTime, ctx);
  }
  if (forUsual === 'open') return unknownPercent(reading.text, '');
  return unknown(
    `${reading.text} Det holder i de fleste fag, men for elektriker og rørlegger kreves om lag ${formatNumber(longest)} år. Hvilket fag gjelder det?`,
    ['trade'],
  );
}

function unknownPercent(practice: string, requirement: string): CheckResult {
  return unknown(
    `${practice} ${requirement} Hvor stor stilling du har hatt i praksistiden, avgjør om det holder: i full stilling hele tiden holder det, men ikke om du har hatt mindre stilling hele tiden.`.replace(/\s+/gu, ' '),
    ['practicePercent'],
  );
}

/** Not enough practice yet. With the stilling during the practice unknown, what is missing is a minimum. */
function notYet(profile: Profile, reading: PracticeReading, requirement: string, missingYears: number, fullTime: number, ctx: RuleContext): CheckResult {
  const months = Math.ceil(missingYears * 12 - 1e-9);
  const atLeast = reading.kind === 'uncertain' ? 'minst ' : 'om lag ';
  return failed(
    `${reading.text} ${requirement} Ikke oppfylt ennå: du mangler ${atLeast}${formatDuration(months)} i full stilling. ${whenReady(profile, months, ctx)}`,
    `${timeToMakeUp(missingYears, profile, fullTime)} gir nok praksis til å gå opp som praksiskandidat.`,
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
  suits: {
    'nok-praksis'(profile, _entry, ctx) {
      if (!praksiskandidatMet(profile, ctx)) return undefined;
      const condition = praksistidCondition(ctx.kb);
      const reading = readPractice(profile, param(condition, 'fullTimePercent'));
      if (reading === undefined) return '';
      const have = reading.kind === 'known' ? reading.years : reading.low;
      const need = profile.trade === undefined ? requirementRange(condition, ctx.kb).usual : requirementFor(profile.trade, condition, ctx.kb).years;
      return `Du har ${formatNumber(have)} år regnet i full stilling, og kravet er ${formatNumber(need)}.`;
    },
    'har-fagbrev-i-faget': (profile) => (noNewTradeWanted(profile) ? '' : undefined),
  },
};

/** The practice requirement is met for this person (used by the suitability of other paths too). */
export function praksiskandidatMet(profile: Profile, ctx: RuleContext): boolean {
  return praksistid(profile, praksistidCondition(ctx.kb), ctx).outcome === 'met';
}
