// The right to upper secondary education, which both lærling and voksenopplæring build on.
// Conditions and citations: "rett-til-opplaering" and "nytt-fagbrev" in knowledge/paths/laerling.json
// and knowledge/paths/voksenopplaering.json (the same rule in both).
import type { Profile } from '../../src/catalogue/schema';
import { met, type CheckResult } from './engine';

/** Has finished upper secondary or holds a trade certificate (unknown counts as not finished). */
export function hasFinished(profile: Profile): boolean {
  return profile.completedUpperSecondary === true || profile.hasTradeCertificate === true;
}

/** The right to upper secondary until it is completed: told to those who have not finished it. */
export function rettTilOpplaering(profile: Profile): CheckResult | undefined {
  return hasFinished(profile) ? undefined : met();
}

/** The right to take a new trade certificate: told to those who have finished or hold one. */
export function nyttFagbrev(profile: Profile): CheckResult | undefined {
  return hasFinished(profile)
    ? met({
        nb: 'Det gjelder deg, siden du har fullført videregående eller har fagbrev.',
        en: 'This applies to you, since you have completed upper secondary or hold a trade certificate.',
      })
    : undefined;
}
