// Fagbrev på jobb: who can get a trade certificate through their job.
// Conditions, suitability and citations: knowledge/paths/fagbrev-paa-jobb.json (national frame,
// Trøndelag, Nordland). The fields each condition reads: its "fields" in the JSON (kept true by
// kb:check); the county picks the variant. A known employmentPercent settles `employed` (above 0 % =
// in work). Practice counts as full-time equivalents (practice.ts).
import type { Profile } from '../../src/catalogue/schema';
import type { PathCondition } from '../../src/catalogue/types';
import { NOTHING, failed, formatDuration, formatNumber, formatYears, isEmployed, met, param, unknown, type Bilingual, type BilingualReason, type CheckResult, type PathRule } from './engine';
import { noNewTradeWanted } from './goal';
import { mostPractice, practiceAbroadUnweighed, practiceVerdict, readPractice, timeToMakeUp } from './practice';
import { praksistidCondition, trainingYears } from './trades';

const NOT_IN_WORK: Bilingual = { nb: 'Du er ikke i jobb nå – ikke oppfylt.', en: 'You are not in work now – not met.' };

/** In a job at all (national frame and Nordland). */
function arbeid(profile: Profile): CheckResult {
  const employed = isEmployed(profile);
  if (employed === undefined) return unknown({ nb: 'Vi vet ikke ennå om du er i jobb.', en: 'We do not know yet whether you are in work.' }, ['employed']);
  return employed
    ? met({ nb: 'Du er i jobb – oppfylt.', en: 'You are in work – met.' })
    : failed(NOT_IN_WORK, {
        nb: 'Får du et arbeidsforhold, helst i faget du vil ta fagbrev i, kan fagbrev på jobb bli aktuelt.',
        en: 'If you get a job, preferably in the trade you want a certificate in, fagbrev på jobb may become an option.',
      });
}

/** Completed compulsory school (all variants). */
function grunnskole(profile: Profile): CheckResult {
  if (profile.completedPrimarySchool === undefined) {
    return unknown(
      { nb: 'Vi vet ikke ennå om du har fullført grunnskolen.', en: 'We do not know yet whether you have completed primary and lower secondary school.' },
      ['completedPrimarySchool'],
    );
  }
  return profile.completedPrimarySchool
    ? met({ nb: 'Du har fullført grunnskolen – oppfylt.', en: 'You have completed primary and lower secondary school – met.' })
    : failed(
        { nb: 'Du har ikke fullført grunnskolen – ikke oppfylt.', en: 'You have not completed primary and lower secondary school – not met.' },
        {
          nb: 'Når du har fullført grunnskolen eller tilsvarende, kan fagbrev på jobb bli aktuelt.',
          en: 'Once you have completed primary and lower secondary school or equivalent, fagbrev på jobb may become an option.',
        },
      );
}

/** National frame: no age limit, said the way that fits the person's age. */
function ingenAldersgrense(profile: Profile): CheckResult {
  if (profile.age === undefined) return met({ nb: 'Også personer under 25 år kan få kontrakt.', en: 'People under 25 can also get a contract.' });
  return met(profile.age < 25 ? { nb: 'Også du som er under 25 år kan få kontrakt.', en: 'You can get a contract even though you are under 25.' } : NOTHING);
}

/** Trøndelag: employed in at least `minPercent` % while the contract lasts. */
function stilling(profile: Profile, condition: PathCondition): CheckResult {
  const min = param(condition, 'minPercent');
  const change: Bilingual = {
    nb: `Med minst ${min} % stilling i en godkjent lærebedrift ville fagbrev på jobb passe.`,
    en: `With at least a ${min} % position in an approved training company, fagbrev på jobb would fit.`,
  };
  const employed = isEmployed(profile);
  if (employed === false) return failed(NOT_IN_WORK, change);
  if (employed === undefined) {
    return unknown(
      { nb: 'Vi vet ikke ennå om du er i jobb, og i hvor stor stilling.', en: 'We do not know yet whether you are in work, and in how large a position.' },
      ['employed', 'employmentPercent'],
    );
  }
  const percent = profile.employmentPercent;
  if (percent === undefined) return unknown({ nb: 'Vi vet ikke ennå hvor stor stilling du har.', en: 'We do not know yet how large your position is.' }, ['employmentPercent']);
  if (percent >= min) return met({ nb: `Du har ${formatNumber(percent, 'nb')} % stilling – oppfylt.`, en: `You have a ${formatNumber(percent, 'en')} % position – met.` });
  return failed(
    {
      nb: `Du har ${formatNumber(percent, 'nb')} % stilling, under ${min} % – ikke oppfylt. Lavere stillingsprosent godtas bare i særlige tilfeller, så spør fylkeskommunen om ditt tilfelle.`,
      en: `You have a ${formatNumber(percent, 'en')} % position, under ${min} % – not met. A lower percentage is accepted only in special cases, so ask the county authority about yours.`,
    },
    change,
  );
}

/** Trøndelag and Nordland: at least `minYears` years of practice, full-time equivalent. */
function praksis(profile: Profile, condition: PathCondition): CheckResult {
  const min = param(condition, 'minYears');
  const fullTime = param(condition, 'fullTimePercent');
  const reading = readPractice(profile, fullTime);
  if (reading === undefined) {
    return unknown({ nb: 'Vi vet ikke ennå hvor mye praksis du har i faget.', en: 'We do not know yet how much practice you have in the trade.' }, ['practiceYears']);
  }
  const abroad = practiceAbroadUnweighed(profile);
  if (abroad) return abroad;
  const verdict = practiceVerdict(reading, min);
  if (verdict === 'met') return met({ nb: `${reading.text.nb} Oppfylt.`, en: `${reading.text.en} Met.` });
  if (verdict === 'open') {
    return unknown(
      {
        nb: `${reading.text.nb} Hvor stor stilling du har hatt i praksistiden, avgjør om det holder.`,
        en: `${reading.text.en} The size of your position during the practice decides whether it is enough.`,
      },
      ['practicePercent'],
    );
  }
  const missing = min - mostPractice(reading);
  const makeUp = timeToMakeUp(missing, profile, fullTime);
  return failed(
    {
      nb: `${reading.text.nb} Ikke oppfylt ennå: du mangler om lag ${formatDuration(missing * 12, 'nb')} i full stilling.`,
      en: `${reading.text.en} Not met yet: you are about ${formatDuration(missing * 12, 'en')} at full time short.`,
    },
    { nb: `${makeUp.nb} gir nok praksis for fagbrev på jobb.`, en: `${makeUp.en} gives enough practice for fagbrev på jobb.` },
  );
}

/** Nordland: from the calendar year the person turns `minAge`. */
function alder(profile: Profile, condition: PathCondition): CheckResult {
  const min = param(condition, 'minAge');
  const age = profile.age;
  if (age === undefined) return unknown({ nb: 'Vi vet ikke ennå hvor gammel du er.', en: 'We do not know yet how old you are.' }, ['age']);
  if (age >= min) return met({ nb: `Du er ${age} år – oppfylt.`, en: `You are ${age} – met.` });
  if (age === min - 1) {
    // Turning `min` this year or next depends on the birthday, which the profile does not hold.
    return unknown(
      {
        nb: `Du er ${age} år: det avhenger av om du fyller ${min} i år. Sjekk dette med fylkeskommunen.`,
        en: `You are ${age}: it depends on whether you turn ${min} this year. Check this with the county authority.`,
      },
      [],
    );
  }
  const years = min - 1 - age;
  return failed(
    {
      nb: `Du er ${age} år – ikke oppfylt ennå. Du kan tidligst bruke ordningen om ${years} år, det året du fyller ${min}.`,
      en: `You are ${age} – not met yet. You can use the scheme in ${formatYears(years, 'en')} at the earliest, in the year you turn ${min}.`,
    },
    {
      nb: `Fra og med det året du fyller ${min} (om ${years} år), kan fagbrev på jobb bli aktuelt.`,
      en: `From the year you turn ${min} (in ${formatYears(years, 'en')}), fagbrev på jobb may become an option.`,
    },
  );
}

/** In work with some practice: the job the certificate would be taken in. */
function iJobbMedPraksis(profile: Profile, fullTimePercent: number): boolean {
  const reading = readPractice(profile, fullTimePercent);
  return isEmployed(profile) === true && reading !== undefined && mostPractice(reading) > 0;
}

export const fagbrevPaaJobb: PathRule = {
  id: 'fagbrev-paa-jobb',
  checks: { arbeid, grunnskole, 'ingen-aldersgrense': ingenAldersgrense, stilling, praksis, alder },
  suits: {
    'i-jobb-med-praksis': (profile, _entry, ctx) =>
      iJobbMedPraksis(profile, param(praksistidCondition(ctx.kb), 'fullTimePercent')) ? NOTHING : undefined,
    'har-fagbrev-i-faget': (profile) => (noNewTradeWanted(profile) ? NOTHING : undefined),
  },
  extraReasons(profile, status, ctx): BilingualReason[] {
    // How long a contract takes depends on the trade's training time, less the practice one has.
    const trade = profile.trade;
    if (status === 'not-eligible' || trade === undefined) return [];
    const length = ctx.kb.paths
      .find((p) => p.id === 'fagbrev-paa-jobb')
      ?.variants.flatMap((v) => v.notes)
      .find((n) => n.id === 'lengde');
    if (!length) return [];
    const training = trainingYears(trade, praksistidCondition(ctx.kb), ctx.kb);
    const years: Bilingual = training.known
      ? { nb: `er ${formatYears(training.years, 'nb')}`, en: `is ${formatYears(training.years, 'en')}` }
      : { nb: `er vanligvis ${formatYears(training.years, 'nb')}, som i de fleste fag`, en: `is usually ${formatYears(training.years, 'en')}, as in most trades` };
    return [
      {
        text: {
          nb: `Opplæringstiden i ${trade} ${years.nb} til sammen; kontrakten blir kortere med praksis og realkompetanse du har fra før.`,
          en: `The training period in ${trade} ${years.en} in total; the contract is shorter with the practice and prior learning you already have.`,
        },
        citation: length.citation,
      },
    ];
  },
};
