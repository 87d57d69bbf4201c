// Trøndelagsmodellen: NAV Trøndelag and Trøndelag fylkeskommune qualify job seekers for trades.
// Conditions, suitability and citations: knowledge/paths/trondelagsmodellen.json (only a Trøndelag
// variant: outside Trøndelag the path is not-eligible, advised against, and says so).
// The conditions read what their "fields" in the JSON say.
import type { Profile } from '../../src/catalogue/schema';
import type { PathCondition } from '../../src/catalogue/types';
import { failed, isEmployed, met, unknown, unrecognisedCounty, type CheckResult, type PathRule, type RuleContext } from './engine';

const TRONDELAG = 'Trøndelag';

function fylke(profile: Profile, _condition: PathCondition, ctx: RuleContext): CheckResult {
  if (profile.county === undefined) return unknown('Vi vet ikke ennå hvilket fylke du bor i.', ['county']);
  if (ctx.county === undefined) return unknown(unrecognisedCounty(profile.county), ['county']);
  if (ctx.county === TRONDELAG) return met('Du bor i Trøndelag – oppfylt.');
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
  suits: {
    'jobbsoker-i-trondelag': (profile, _entry, ctx) => (ctx.county === TRONDELAG && profile.navJobSeeker === true ? '' : undefined),
    'utenfor-trondelag': (_profile, _entry, ctx) => (ctx.county !== undefined && ctx.county !== TRONDELAG ? '' : undefined),
    'i-jobb': (profile) => (isEmployed(profile) === true ? '' : undefined),
  },
};
