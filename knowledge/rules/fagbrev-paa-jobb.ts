// Fagbrev på jobb: who can get a trade certificate through their job.
// Conditions and citations: knowledge/paths/fagbrev-paa-jobb.json (national frame, Trøndelag, Nordland).
// The fields each condition reads: its "fields" in the JSON (kept true by kb:check); the county picks
// the variant. A known employmentPercent settles `employed` (above 0 % = in work).
import type { Profile } from '../../src/catalogue/schema';
import type { PathCondition } from '../../src/catalogue/types';
import { failed, formatNumber, formatYears, isEmployed, met, param, unknown, type CheckResult, type PathRule } from './engine';

/** In a job at all (national frame and Nordland). */
function arbeid(profile: Profile): CheckResult {
  const employed = isEmployed(profile);
  if (employed === undefined) return unknown('Vi vet ikke ennå om du er i jobb.', ['employed']);
  return employed ? met('Du er i jobb – oppfylt.') : failed('Du er ikke i jobb nå – ikke oppfylt.');
}

/** Completed compulsory school (all variants). */
function grunnskole(profile: Profile): CheckResult {
  if (profile.completedPrimarySchool === undefined) {
    return unknown('Vi vet ikke ennå om du har fullført grunnskolen.', ['completedPrimarySchool']);
  }
  return profile.completedPrimarySchool
    ? met('Du har fullført grunnskolen – oppfylt.')
    : failed('Du har ikke fullført grunnskolen – ikke oppfylt.');
}

/** Trøndelag: employed in at least `minPercent` % while the contract lasts. */
function stilling(profile: Profile, condition: PathCondition): CheckResult {
  const min = param(condition, 'minPercent');
  const employed = isEmployed(profile);
  if (employed === false) return failed('Du er ikke i jobb nå – ikke oppfylt.');
  if (employed === undefined) return unknown('Vi vet ikke ennå om du er i jobb, og i hvor stor stilling.', ['employed', 'employmentPercent']);
  const percent = profile.employmentPercent;
  if (percent === undefined) return unknown('Vi vet ikke ennå hvor stor stilling du har.', ['employmentPercent']);
  if (percent >= min) return met(`Du har ${formatNumber(percent)} % stilling – oppfylt.`);
  return failed(
    `Du har ${formatNumber(percent)} % stilling, under ${min} % – ikke oppfylt. Lavere stillingsprosent godtas bare i særlige tilfeller, så spør fylkeskommunen om ditt tilfelle.`,
  );
}

/** Trøndelag and Nordland: at least `minYears` years of practice, full-time equivalent. */
function praksis(profile: Profile, condition: PathCondition): CheckResult {
  const min = param(condition, 'minYears');
  const years = profile.practiceYears;
  if (years === undefined) return unknown('Vi vet ikke ennå hvor mye praksis du har i faget.', ['practiceYears']);
  if (years >= min) return met(`Du har ${formatYears(years)} praksis – oppfylt.`);
  const months = Math.ceil((min - years) * 12);
  return failed(`Du har ${formatYears(years)} praksis – ikke oppfylt ennå. Du mangler om lag ${months} måneder i full stilling.`);
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
  return failed(`Du er ${age} år – ikke oppfylt ennå. Du kan tidligst bruke ordningen om ${min - 1 - age} år, det året du fyller ${min}.`);
}

export const fagbrevPaaJobb: PathRule = {
  id: 'fagbrev-paa-jobb',
  checks: { arbeid, grunnskole, stilling, praksis, alder },
  fit(profile, status) {
    if (status === 'not-eligible') return 0;
    // The natural route for someone in a job who has no trade certificate yet.
    return profile.hasTradeCertificate === true ? 60 : 80;
  },
};
