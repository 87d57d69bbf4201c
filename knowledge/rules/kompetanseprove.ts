// Kompetanseprøve: a smaller test than the trade test, for those who may not complete a trade certificate.
// Condition and citation: knowledge/paths/kompetanseprove.json (Trøndelag's competence strategy; the
// sources give no further conditions).
// The condition reads what its "fields" in the JSON say.
import type { Profile } from '../../src/catalogue/schema';
import { failed, met, unknown, type CheckResult, type PathRule } from './engine';

function malgruppe(profile: Profile): CheckResult {
  if (profile.hasTradeCertificate === undefined) return unknown('Vi vet ikke ennå om du har fag- eller svennebrev.', ['hasTradeCertificate']);
  return profile.hasTradeCertificate
    ? failed('Du har allerede fag- eller svennebrev, så den er ikke aktuell for deg.')
    : met('Du har ikke fag- eller svennebrev, så den kan være et alternativ.');
}

export const kompetanseprove: PathRule = {
  id: 'kompetanseprove',
  checks: { malgruppe },
  fit(_profile, status) {
    // An alternative, not a first choice.
    return status === 'not-eligible' ? 0 : 15;
  },
};
