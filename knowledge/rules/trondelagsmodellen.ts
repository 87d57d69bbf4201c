// Trøndelagsmodellen: NAV Trøndelag and Trøndelag fylkeskommune qualify job seekers for trades.
// Conditions, suitability and citations: knowledge/paths/trondelagsmodellen.json (only a Trøndelag
// variant: outside Trøndelag the path is not-eligible, advised against, and says so).
// The conditions read what their "fields" in the JSON say.
import type { Profile } from '../../src/catalogue/schema';
import type { PathCondition } from '../../src/catalogue/types';
import { NOTHING, failed, isEmployed, met, unknown, unrecognisedCounty, type CheckResult, type PathRule, type RuleContext } from './engine';

const TRONDELAG = 'Trøndelag';

function fylke(profile: Profile, _condition: PathCondition, ctx: RuleContext): CheckResult {
  if (profile.county === undefined) return unknown({ nb: 'Vi vet ikke ennå hvilket fylke du bor i.', en: 'We do not know yet which county you live in.' }, ['county']);
  if (ctx.county === undefined) return unknown(unrecognisedCounty(profile.county), ['county']);
  if (ctx.county === TRONDELAG) return met({ nb: 'Du bor i Trøndelag – oppfylt.', en: 'You live in Trøndelag – met.' });
  return failed({
    nb: `Du bor i ${ctx.county}. Kildene beskriver Trøndelagsmodellen bare i Trøndelag, så den tilbys ikke der du bor.`,
    en: `You live in ${ctx.county}. The sources describe the Trøndelag model only in Trøndelag, so it is not offered where you live.`,
  });
}

function malgruppe(profile: Profile): CheckResult {
  if (profile.navJobSeeker === undefined) {
    return unknown(
      { nb: 'Vi vet ikke ennå om du er registrert som arbeidssøker hos NAV.', en: 'We do not know yet whether you are registered as a job seeker with NAV.' },
      ['navJobSeeker'],
    );
  }
  if (profile.navJobSeeker) return met({ nb: 'Du er registrert som arbeidssøker hos NAV – oppfylt.', en: 'You are registered as a job seeker with NAV – met.' });
  return failed({
    nb: 'Du er ikke registrert som arbeidssøker hos NAV. Har du en avbrutt lærekontrakt, eller søker du ordinær voksenopplæring, kan du likevel være i målgruppen – spør fylkeskommunen.',
    en: 'You are not registered as a job seeker with NAV. If you have an interrupted apprenticeship contract or are applying for ordinary adult education, you may still be in the target group – ask the county authority.',
  });
}


export const trondelagsmodellen: PathRule = {
  id: 'trondelagsmodellen',
  checks: { fylke, malgruppe },
  suits: {
    'jobbsoker-i-trondelag': (profile, _entry, ctx) => (ctx.county === TRONDELAG && profile.navJobSeeker === true ? NOTHING : undefined),
    'utenfor-trondelag': (_profile, _entry, ctx) => (ctx.county !== undefined && ctx.county !== TRONDELAG ? NOTHING : undefined),
    'i-jobb': (profile) => (isEmployed(profile) === true ? NOTHING : undefined),
  },
};
