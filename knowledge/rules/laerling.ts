// Lærling: the ordinary route (two years in school, then two years as an apprentice).
// Conditions and citations: knowledge/paths/laerling.json.
// Reads: completedPrimarySchool, completedUpperSecondary, hasTradeCertificate; age for ordering.
import type { Profile } from '../../src/knowledge/schema';
import { met, unknown, type CheckResult, type PathRule } from './engine';

/** Upper secondary builds on compulsory school. Without it the sources do not say what comes first. */
function grunnskole(profile: Profile): CheckResult {
  if (profile.completedPrimarySchool === undefined) {
    return unknown('Vi vet ikke ennå om du har fullført grunnskolen.', ['completedPrimarySchool']);
  }
  if (profile.completedPrimarySchool) return met('Du har fullført grunnskolen.');
  return unknown(
    'Du har ikke fullført grunnskolen. Kildene beskriver ikke hvordan voksne uten grunnskole kommer inn i videregående, så dette må avklares med karrieresenteret.',
    [],
  );
}

/** Already finished upper secondary or holds a trade certificate: the "new trade certificate" right applies instead. */
export function hasFinished(profile: Profile): boolean {
  return profile.completedUpperSecondary === true || profile.hasTradeCertificate === true;
}

function rettTilOpplaering(profile: Profile): CheckResult | undefined {
  return hasFinished(profile) ? undefined : met();
}

function nyttFagbrev(profile: Profile): CheckResult | undefined {
  return hasFinished(profile) ? met('Det gjelder deg, siden du har fullført videregående eller har fagbrev.') : undefined;
}

export const laerling: PathRule = {
  id: 'laerling',
  checks: { grunnskole, 'rett-til-opplaering': rettTilOpplaering, 'nytt-fagbrev': nyttFagbrev },
  fit(profile, status) {
    if (status === 'not-eligible') return 0;
    const base = profile.age === undefined ? 45 : profile.age < 25 ? 70 : 35;
    return profile.hasTradeCertificate === true ? base - 10 : base;
  },
};
