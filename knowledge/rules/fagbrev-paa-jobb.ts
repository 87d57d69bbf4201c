// Fagbrev på jobb: who can get a trade certificate through their job.
// Conditions, suitability and citations: knowledge/paths/fagbrev-paa-jobb.json (national frame,
// Trøndelag, Nordland). The fields each condition reads: its "fields" in the JSON (kept true by
// kb:check); the county picks the variant. A known employmentPercent settles `employed` (above 0 % =
// in work). Practice counts as full-time equivalents (practice.ts).
import type { Profile, Reason } from '../../src/catalogue/schema';
import type { PathCondition } from '../../src/catalogue/types';
import { failed, formatDuration, formatNumber, formatYears, isEmployed, met, param, unknown, type CheckResult, type PathRule } from './engine';
import { noNewTradeWanted } from './goal';
import { mostPractice, practiceVerdict, readPractice, timeToMakeUp } from './practice';
import { praksistidCondition, trainingYears } from './trades';

/** In a job at all (national frame and Nordland). */
function arbeid(profile: Profile): CheckResult {
  const employed = isEmployed(profile);
  if (employed === undefined) return unknown('Vi vet ikke ennå om du er i jobb.', ['employed']);
  return employed
    ? met('Du er i jobb – oppfylt.')
    : failed('Du er ikke i jobb nå – ikke oppfylt.', 'Får du et arbeidsforhold, helst i faget du vil ta fagbrev i, kan fagbrev på jobb bli aktuelt.');
}

/** Completed compulsory school (all variants). */
function grunnskole(profile: Profile): CheckResult {
  if (profile.completedPrimarySchool === undefined) {
    return unknown('Vi vet ikke ennå om du har fullført grunnskolen.', ['completedPrimarySchool']);
  }
  return profile.completedPrimarySchool
    ? met('Du har fullført grunnskolen – oppfylt.')
    : failed('Du har ikke fullført grunnskolen – ikke oppfylt.', 'Når du har fullført grunnskolen eller tilsvarende, kan fagbrev på jobb bli aktuelt.');
}

/** National frame: no age limit, said the way that fits the person's age. */
function ingenAldersgrense(profile: Profile): CheckResult {
  if (profile.age === undefined) return met('Også personer under 25 år kan få kontrakt.');
  return met(profile.age < 25 ? 'Også du som er under 25 år kan få kontrakt.' : '');
}

/** Trøndelag: employed in at least `minPercent` % while the contract lasts. */
function stilling(profile: Profile, condition: PathCondition): CheckResult {
  const min = param(condition, 'minPercent');
  const change = `Med minst ${min} % stilling i en godkjent lærebedrift ville fagbrev på jobb passe.`;
  const employed = isEmployed(profile);
  if (employed === false) return failed('Du er ikke i jobb nå – ikke oppfylt.', change);
  if (employed === undefined) return unknown('Vi vet ikke ennå om du er i jobb, og i hvor stor stilling.', ['employed', 'employmentPercent']);
  const percent = profile.employmentPercent;
  if (percent === undefined) return unknown('Vi vet ikke ennå hvor stor stilling du har.', ['employmentPercent']);
  if (percent >= min) return met(`Du har ${formatNumber(percent)} % stilling – oppfylt.`);
  return failed(
    `Du har ${formatNumber(percent)} % stilling, under ${min} % – ikke oppfylt. Lavere stillingsprosent godtas bare i særlige tilfeller, så spør fylkeskommunen om ditt tilfelle.`,
    change,
  );
}

/** Trøndelag and Nordland: at least `minYears` years of practice, full-time equivalent. */
function praksis(profile: Profile, condition: PathCondition): CheckResult {
  const min = param(condition, 'minYears');
  const fullTime = param(condition, 'fullTimePercent');
  const reading = readPractice(profile, fullTime);
  if (reading === undefined) return unknown('Vi vet ikke ennå hvor mye praksis du har i faget.', ['practiceYears']);
  const verdict = practiceVerdict(reading, min);
  if (verdict === 'met') return met(`${reading.text} Oppfylt.`);
  if (verdict === 'open') {
    return unknown(`${reading.text} Hvor stor stilling du har hatt i praksistiden, avgjør om det holder.`, ['practicePercent']);
  }
  const missing = min - mostPractice(reading);
  return failed(
    `${reading.text} Ikke oppfylt ennå: du mangler om lag ${formatDuration(missing * 12)} i full stilling.`,
    `${timeToMakeUp(missing, profile, fullTime)} gir nok praksis for fagbrev på jobb.`,
  );
}

/** Nordland: from the calendar year the person turns `minAge`. */
function alder(profile: Profile, condition: PathCondition): CheckResult {
  const min = param(condition, 'minAge');
  const age = profile.age;
  if (age === undefined) return unknown('Vi vet ikke ennå hvor gammel du er.', ['age']);
  if (age >= min) return met(`Du er ${age} år – oppfylt.`);
  if (age === min - 1) {
    // Turning `min` this year or next depends on the birthday, which the profile does not hold.
    return unknown(`Du er ${age} år: det avhenger av om du fyller ${min} i år. Sjekk dette med fylkeskommunen.`, []);
  }
  const years = min - 1 - age;
  return failed(
    `Du er ${age} år – ikke oppfylt ennå. Du kan tidligst bruke ordningen om ${years} år, det året du fyller ${min}.`,
    `Fra og med det året du fyller ${min} (om ${years} år), kan fagbrev på jobb bli aktuelt.`,
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
      iJobbMedPraksis(profile, param(praksistidCondition(ctx.kb), 'fullTimePercent')) ? '' : undefined,
    'har-fagbrev-i-faget': (profile) => (noNewTradeWanted(profile) ? '' : undefined),
  },
  extraReasons(profile, status, ctx): Reason[] {
    // How long a contract takes depends on the trade's training time, less the practice one has.
    const trade = profile.trade;
    if (status === 'not-eligible' || trade === undefined) return [];
    const length = ctx.kb.paths
      .find((p) => p.id === 'fagbrev-paa-jobb')
      ?.variants.flatMap((v) => v.notes)
      .find((n) => n.id === 'lengde');
    if (!length) return [];
    const training = trainingYears(trade, praksistidCondition(ctx.kb), ctx.kb);
    const years = training.known ? `er ${formatYears(training.years)}` : `er vanligvis ${formatYears(training.years)}, som i de fleste fag`;
    return [
      {
        text: `Opplæringstiden i ${trade} ${years} til sammen; kontrakten blir kortere med praksis og realkompetanse du har fra før.`,
        citation: length.citation,
      },
    ];
  },
};
