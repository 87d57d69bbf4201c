// Lærling: the ordinary route (two years in school, then two years as an apprentice).
// Conditions, suitability and citations: knowledge/paths/laerling.json; the right to upper secondary
// and to a new trade certificate are checked in rett-til-opplaering.ts.
// Suitability: the route for the young (with an unfinished upper secondary or a trade in view); not
// for someone late in working life, with practice enough for praksiskandidat, or with the certificate.
import type { Profile } from '../../src/catalogue/schema';
import { met, param, unknown, type CheckResult, type PathRule } from './engine';
import { noNewTradeWanted } from './goal';
import { praksiskandidatMet } from './praksiskandidat';
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
  suits: {
    ung(profile, entry, ctx) {
      if (profile.age === undefined || profile.age > param(entry, 'maxAge')) return undefined;
      const direction = profile.completedUpperSecondary === false || profile.trade !== undefined;
      if (!direction || noNewTradeWanted(profile) || praksiskandidatMet(profile, ctx)) return undefined;
      return '';
    },
    'sent-i-arbeidslivet': (profile, entry) => (profile.age !== undefined && profile.age >= param(entry, 'minAge') ? '' : undefined),
    'lang-praksis': (profile, _entry, ctx) => (praksiskandidatMet(profile, ctx) ? '' : undefined),
    'har-fagbrev-i-faget': (profile) => (noNewTradeWanted(profile) ? '' : undefined),
  },
};
