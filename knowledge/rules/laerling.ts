// Lærling: the ordinary route (two years in school, then two years as an apprentice).
// Conditions and citations: knowledge/paths/laerling.json; the right to upper secondary and to a new
// trade certificate are checked in rett-til-opplaering.ts.
// The conditions read what their "fields" in the JSON say; age orders the paths (fit).
import type { Profile } from '../../src/catalogue/schema';
import { met, unknown, type CheckResult, type PathRule } from './engine';
import { nyttFagbrev, rettTilOpplaering } from './rett-til-opplaering';

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

export const laerling: PathRule = {
  id: 'laerling',
  checks: { grunnskole, 'rett-til-opplaering': rettTilOpplaering, 'nytt-fagbrev': nyttFagbrev },
  fit(profile, status) {
    if (status === 'not-eligible') return 0;
    const base = profile.age === undefined ? 45 : profile.age < 25 ? 70 : 35;
    return profile.hasTradeCertificate === true ? base - 10 : base;
  },
};
