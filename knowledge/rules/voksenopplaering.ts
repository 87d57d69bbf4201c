// Videregående opplæring for voksne: the right to upper secondary until completed, in modules.
// Conditions and citations: knowledge/paths/voksenopplaering.json; the right to upper secondary and to a
// new trade certificate are checked in rett-til-opplaering.ts (shared with lærling).
// The conditions read what their "fields" in the JSON say; age and employed order the paths (fit).
// The sources do not describe grunnskole or "forberedende opplæring" for adults; for people without
// grunnskole the path points to study associations as a first step (cited) and to the karrieresenter.
import type { Profile } from '../../src/catalogue/schema';
import { isEmployed, met, type CheckResult, type PathRule } from './engine';
import { nyttFagbrev, rettTilOpplaering } from './rett-til-opplaering';

function utenGrunnskole(profile: Profile): CheckResult | undefined {
  return profile.completedPrimarySchool === false ? met('Du har oppgitt at du ikke har fullført grunnskolen.') : undefined;
}

export const voksenopplaering: PathRule = {
  id: 'voksenopplaering',
  checks: { 'rett-til-opplaering': rettTilOpplaering, 'nytt-fagbrev': nyttFagbrev, 'uten-grunnskole': utenGrunnskole },
  fit(profile) {
    let fit = 50;
    if (profile.completedUpperSecondary === false) fit += 15;
    if (profile.age !== undefined && profile.age >= 25) fit += 10;
    if (isEmployed(profile) === true) fit += 5; // modules can be taken alongside work
    if (profile.hasTradeCertificate === true) fit -= 15;
    return fit;
  },
};
