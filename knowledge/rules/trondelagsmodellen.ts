// Trøndelagsmodellen: NAV Trøndelag and Trøndelag fylkeskommune qualify job seekers for trades.
// Conditions and citations: knowledge/paths/trondelagsmodellen.json (only a Trøndelag variant:
// outside Trøndelag the path is not-eligible with a reason saying so).
// The conditions read what their "fields" in the JSON say.
import type { Profile } from '../../src/catalogue/schema';
import type { PathCondition } from '../../src/catalogue/types';
import { failed, met, unknown, unrecognisedCounty, type CheckResult, type PathRule, type RuleContext } from './engine';

function fylke(profile: Profile, _condition: PathCondition, ctx: RuleContext): CheckResult {
  if (profile.county === undefined) return unknown('Vi vet ikke ennå hvilket fylke du bor i.', ['county']);
  if (ctx.county === undefined) return unknown(unrecognisedCounty(profile.county), ['county']);
  if (ctx.county === 'Trøndelag') return met('Du bor i Trøndelag – oppfylt.');
  return failed(`Du bor i ${ctx.county}. Kildene beskriver Trøndelagsmodellen bare i Trøndelag, så den tilbys ikke der du bor.`);
}

function malgruppe(profile: Profile): CheckResult {
  if (profile.navJobSeeker === undefined) return unknown('Vi vet ikke ennå om du er registrert som arbeidssøker hos NAV.', ['navJobSeeker']);
  if (profile.navJobSeeker) return met('Du er registrert som arbeidssøker hos NAV – oppfylt.');
  return failed(
    'Du er ikke registrert som arbeidssøker hos NAV. Har du en avbrutt lærekontrakt, eller søker du ordinær voksenopplæring, kan du likevel være i målgruppen – spør fylkeskommunen.',
  );
}

export const trondelagsmodellen: PathRule = {
  id: 'trondelagsmodellen',
  checks: { fylke, malgruppe },
  fit(_profile, status) {
    // Made for exactly this group: when it is open, it is the best fit.
    return status === 'not-eligible' ? 0 : 95;
  },
};
