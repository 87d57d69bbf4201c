// Kompetanseprøve: a smaller test than the trade test, for those who may not complete a trade certificate.
// Condition, suitability and citation: knowledge/paths/kompetanseprove.json (Trøndelag's competence
// strategy; the sources give no further conditions). Never recommended from a profile alone: whether
// a full certificate will be hard is for the person and a counsellor to judge; with practice enough
// for praksiskandidat it is advised against.
import type { Profile } from '../../src/catalogue/schema';
import { failed, met, unknown, type CheckResult, type PathRule } from './engine';
import { praksiskandidatMet } from './praksiskandidat';

function malgruppe(profile: Profile): CheckResult {
  if (profile.hasTradeCertificate === undefined) return unknown('Vi vet ikke ennå om du har fag- eller svennebrev.', ['hasTradeCertificate']);
  return profile.hasTradeCertificate
    ? failed('Du har allerede fag- eller svennebrev, så den er ikke aktuell for deg.')
    : met('Du har ikke fag- eller svennebrev, så den kan være et alternativ.');
}

export const kompetanseprove: PathRule = {
  id: 'kompetanseprove',
  checks: { malgruppe },
  suits: {
    'nok-praksis-for-fagbrev': (profile, _entry, ctx) => (praksiskandidatMet(profile, ctx) ? '' : undefined),
  },
};
