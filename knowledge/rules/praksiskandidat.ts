// Praksiskandidat: taking the trade test on the strength of long practice alone.
// Conditions, suitability and citations: knowledge/paths/praksiskandidat.json.
// Practice counts as full-time equivalents (practice.ts); the requirement is 25 % more than the
// trade's full training time (trades.ts). Employment is read for part-time practice and for the
// "when are you ready" text. How recent the practice must be: recency.ts.
import type { Profile } from '../../src/catalogue/schema';
import type { PathCondition } from '../../src/catalogue/types';
import { NOTHING, failed, formatDuration, formatNumber, formatYears, isEmployed, met, monthYearAfter, param, unknown, type Bilingual, type CheckResult, type PathRule, type RuleContext } from './engine';
import { noNewTradeWanted } from './goal';
import { mostPractice, practiceAbroadUnweighed, practiceVerdict, readPractice, timeToMakeUp, type PracticeReading } from './practice';
import { praksistidCondition, requirementFor, requirementRange } from './trades';
import { recentPractice, type RecentPractice } from './recency';

/** Practice at least 25 % longer than the trade's full training time, counted at full time. */
export function praksistid(profile: Profile, condition: PathCondition, ctx: RuleContext): CheckResult {
  const fullTime = param(condition, 'fullTimePercent');
  const reading = readPractice(profile, fullTime);
  if (reading === undefined) {
    return unknown({ nb: 'Vi vet ikke ennå hvor mange års praksis du har i faget.', en: 'We do not know yet how many years of practice you have in the trade.' }, ['practiceYears']);
  }
  const abroad = practiceAbroadUnweighed(profile);
  if (abroad) return abroad;

  if (profile.trade !== undefined) {
    const required = requirementFor(profile.trade, condition, ctx.kb);
    const verdict = practiceVerdict(reading, required.years);
    if (verdict === 'met') return met({ nb: `${reading.text.nb} ${required.text.nb} Oppfylt.`, en: `${reading.text.en} ${required.text.en} Met.` });
    if (verdict === 'open') return unknownPercent(reading.text, required.text);
    return notYet(profile, reading, required.text, required.years - mostPractice(reading), fullTime, ctx);
  }

  const { usual, longest } = requirementRange(condition, ctx.kb);
  const forUsual = practiceVerdict(reading, usual);
  const forLongest = practiceVerdict(reading, longest);
  if (forLongest === 'met') return met({ nb: `${reading.text.nb} Det holder i alle fag – oppfylt.`, en: `${reading.text.en} That is enough in every trade – met.` });
  if (forUsual === 'failed') {
    const months = Math.round(usual * 12);
    const need: Bilingual = {
      nb: `Du trenger vanligvis ${formatYears(usual, 'nb')} (${months} måneder) i full stilling.`,
      en: `You usually need ${formatYears(usual, 'en')} (${months} months) at full time.`,
    };
    return notYet(profile, reading, need, usual - mostPractice(reading), fullTime, ctx);
  }
  if (forUsual === 'open') return unknownPercent(reading.text, NOTHING);
  return unknown(
    {
      nb: `${reading.text.nb} Det holder i de fleste fag, men for elektriker og rørlegger kreves om lag ${formatNumber(longest, 'nb')} år. Hvilket fag gjelder det?`,
      en: `${reading.text.en} That is enough in most trades, but electricians and plumbers need about ${formatYears(longest, 'en')}. Which trade is it?`,
    },
    ['trade'],
  );
}

const oneSpace = (text: string) => text.replace(/\s+/gu, ' ');

function unknownPercent(practice: Bilingual, requirement: Bilingual): CheckResult {
  return unknown(
    {
      nb: oneSpace(`${practice.nb} ${requirement.nb} Hvor stor stilling du har hatt i praksistiden, avgjør om det holder: i full stilling hele tiden holder det, men ikke om du har hatt mindre stilling hele tiden.`),
      en: oneSpace(`${practice.en} ${requirement.en} The size of your position during the practice decides whether it is enough: at full time all along it is, but not if you have had a smaller position all along.`),
    },
    ['practicePercent'],
  );
}

/** Not enough practice yet. With the stilling during the practice unknown, what is missing is a minimum. */
function notYet(profile: Profile, reading: PracticeReading, requirement: Bilingual, missingYears: number, fullTime: number, ctx: RuleContext): CheckResult {
  const months = Math.ceil(missingYears * 12 - 1e-9);
  const atLeast = reading.kind === 'uncertain';
  const ready = whenReady(profile, months, ctx);
  const makeUp = timeToMakeUp(missingYears, profile, fullTime);
  return failed(
    {
      nb: `${reading.text.nb} ${requirement.nb} Ikke oppfylt ennå: du mangler ${atLeast ? 'minst' : 'om lag'} ${formatDuration(months, 'nb')} i full stilling. ${ready.nb}`,
      en: `${reading.text.en} ${requirement.en} Not met yet: you are ${atLeast ? 'at least' : 'about'} ${formatDuration(months, 'en')} at full time short. ${ready.en}`,
    },
    { nb: `${makeUp.nb} gir nok praksis til å gå opp som praksiskandidat.`, en: `${makeUp.en} gives enough practice to sit the test as a praksiskandidat.` },
  );
}

/** "Fortsetter du i full stilling, er du tidligst klar rundt mars 2027." Part time counts pro rata. */
function whenReady(profile: Profile, remainingMonths: number, ctx: RuleContext): Bilingual {
  const percent = profile.employmentPercent;
  const employed = isEmployed(profile);
  if (employed === true && percent !== undefined && percent > 0 && percent < 80) {
    const months = remainingMonths / (percent / 100);
    return {
      nb: `I ${formatNumber(percent, 'nb')} % stilling regnes praksisen om, så du er tidligst klar rundt ${monthYearAfter(ctx.now, months, 'nb')}.`,
      en: `In a ${formatNumber(percent, 'en')} % position the practice is converted, so you are ready around ${monthYearAfter(ctx.now, months, 'en')} at the earliest.`,
    };
  }
  if (employed === true) {
    return {
      nb: `Fortsetter du i full stilling (80 % eller mer), er du tidligst klar rundt ${monthYearAfter(ctx.now, remainingMonths, 'nb')}.`,
      en: `If you carry on at full time (80 % or more), you are ready around ${monthYearAfter(ctx.now, remainingMonths, 'en')} at the earliest.`,
    };
  }
  return {
    nb: `Med praksis i full stilling fra nå av er du tidligst klar rundt ${monthYearAfter(ctx.now, remainingMonths, 'nb')}.`,
    en: `With full-time practice from now on, you are ready around ${monthYearAfter(ctx.now, remainingMonths, 'en')} at the earliest.`,
  };
}

/**
 * At least half of the practice from the last ten years (recency.ts says how that is counted). Only
 * asked once the practice is long enough; while the person is in work and has not said otherwise, the
 * practice is taken to go on until today.
 */
export function nyerePraksis(profile: Profile, condition: PathCondition, ctx: RuleContext): CheckResult | undefined {
  const practice = praksistidCondition(ctx.kb);
  if (praksistid(profile, practice, ctx).outcome !== 'met') return undefined;
  const windowYears = param(condition, 'recentYears');
  const share = param(condition, 'recentSharePercent') / 100;
  const thisYear = ctx.now.getUTCFullYear();
  const until = profile.practiceUntil;
  const employed = isEmployed(profile);
  if (until === undefined || until === 'past') {
    if (until === 'past' || employed === false) {
      return unknown(
        {
          nb: `${until === 'past' ? 'Praksisen din er avsluttet' : 'Du er ikke i jobb nå'}, så vi må vite hvilket år den sluttet.`,
          en: `${until === 'past' ? 'Your practice has ended' : 'You are not in work now'}, so we need to know in what year it ended.`,
        },
        ['practiceUntil'],
      );
    }
    return met(
      employed === true
        ? { nb: 'Du er i jobb nå, så vi regner med at praksisen din går fram til i dag.', en: 'You are in work now, so we take it that your practice goes on until today.' }
        : { nb: 'Vi regner med at praksisen din er fra de siste årene.', en: 'We take it that your practice is from recent years.' },
    );
  }
  const recent = recentPractice(profile, thisYear, windowYears, param(practice, 'fullTimePercent')) as RecentPractice;
  const said = recentText(recent, thisYear);
  const judge = (required: number) => recent.years >= required * share - 1e-9;
  if (profile.trade === undefined) {
    const { usual, longest } = requirementRange(practice, ctx.kb);
    if (!judge(longest) && judge(usual)) {
      return unknown(
        {
          nb: `${said.nb} Det holder i de fleste fag, men ikke for elektriker og rørlegger. Hvilket fag gjelder det?`,
          en: `${said.en} That is enough in most trades, but not for electricians and plumbers. Which trade is it?`,
        },
        ['trade'],
      );
    }
    return verdict(said, judge(longest) ? longest : usual, share, judge(longest));
  }
  const required = requirementFor(profile.trade, practice, ctx.kb).years;
  return verdict(said, required, share, judge(required));
}

/** "Praksisen din sluttet i 2009, så ingen av den er fra de siste ti årene (2016–2026)." */
function recentText(recent: RecentPractice, thisYear: number): Bilingual {
  const window = `${recent.from}–${thisYear}`;
  const ended: Bilingual =
    recent.end >= thisYear
      ? { nb: 'Praksisen din går fram til i dag', en: 'Your practice goes on until today' }
      : { nb: `Praksisen din sluttet i ${recent.end}`, en: `Your practice ended in ${recent.end}` };
  if (recent.years <= 0) return { nb: `${ended.nb}, så ingen av den er fra de siste ti årene (${window}).`, en: `${ended.en}, so none of it is from the last ten years (${window}).` };
  return {
    nb: `${ended.nb}, så om lag ${formatYears(recent.years, 'nb')} av den i full stilling er fra de siste ti årene (${window}).`,
    en: `${ended.en}, so about ${formatYears(recent.years, 'en')} of it at full time is from the last ten years (${window}).`,
  };
}

function verdict(said: Bilingual, required: number, share: number, ok: boolean): CheckResult {
  const half = required * share;
  const need: Bilingual = {
    nb: `Av de ${formatNumber(required, 'nb')} årene som kreves, bør minst ${formatYears(half, 'nb')} være derfra`,
    en: `Of the ${formatYears(required, 'en')} required, at least ${formatYears(half, 'en')} should be from then`,
  };
  if (ok) return met({ nb: `${said.nb} ${need.nb} – oppfylt.`, en: `${said.en} ${need.en} – met.` });
  return failed(
    { nb: `${said.nb} ${need.nb} – ikke oppfylt.`, en: `${said.en} ${need.en} – not met.` },
    {
      nb: `Om lag ${formatDuration(half * 12, 'nb')} ny praksis i faget i full stilling gjør at nok av praksisen er fra de siste ti årene.`,
      en: `About ${formatDuration(half * 12, 'en')} of new practice in the trade at full time would make enough of it recent.`,
    },
  );
}

export const praksiskandidat: PathRule = {
  id: 'praksiskandidat',
  checks: { praksistid, 'nyere-praksis': nyerePraksis },
  suits: {
    'nok-praksis'(profile, _entry, ctx) {
      if (!praksiskandidatMet(profile, ctx)) return undefined;
      const condition = praksistidCondition(ctx.kb);
      const reading = readPractice(profile, param(condition, 'fullTimePercent'));
      if (reading === undefined) return NOTHING;
      const have = reading.kind === 'known' ? reading.years : reading.low;
      const need = profile.trade === undefined ? requirementRange(condition, ctx.kb).usual : requirementFor(profile.trade, condition, ctx.kb).years;
      return {
        nb: `Du har ${formatNumber(have, 'nb')} år regnet i full stilling, og kravet er ${formatYears(need, 'nb')}.`,
        en: `You have ${formatYears(have, 'en')} counted at full time, and the requirement is ${formatYears(need, 'en')}.`,
      };
    },
    'har-fagbrev-i-faget': (profile) => (noNewTradeWanted(profile) ? NOTHING : undefined),
  },
};

/**
 * The practice requirement is met for this person (used by the suitability of other paths too): long
 * enough, and not known to be too old (an unknown period counts as recent, as the path presumes).
 */
export function praksiskandidatMet(profile: Profile, ctx: RuleContext): boolean {
  if (praksistid(profile, praksistidCondition(ctx.kb), ctx).outcome !== 'met') return false;
  const recency = ctx.kb.paths.find((p) => p.id === 'praksiskandidat')?.variants.flatMap((v) => v.conditions).find((c) => c.id === 'nyere-praksis');
  return recency === undefined || nyerePraksis(profile, recency, ctx)?.outcome !== 'failed';
}
