// Videregående opplæring for voksne: the right to upper secondary until completed, in modules.
// Conditions, suitability and citations: knowledge/paths/voksenopplaering.json; the right to upper
// secondary and to a new trade certificate are checked in rett-til-opplaering.ts (shared with lærling).
// The sources do not describe grunnskole or "forberedende opplæring" for adults; for people without
// grunnskole the path points to study associations as a first step (cited) and to the karrieresenter.
// Suitability: adults without finished upper secondary, adults out of work who want a trade they do
// not have the practice for, and adults out of work with no certificate or practice we know of.
import type { Profile } from '../../src/catalogue/schema';
import { isEmployed, met, param, type CheckResult, type PathRule } from './engine';
import { wantsNewTrade } from './goal';
import { mostPractice, readPractice } from './practice';
import { praksistidCondition, requirementFor } from './trades';
import { nyttFagbrev, rettTilOpplaering } from './rett-til-opplaering';

function utenGrunnskole(profile: Profile): CheckResult | undefined {
  return profile.completedPrimarySchool === false ? met('Du har oppgitt at du ikke har fullført grunnskolen.') : undefined;
}

/** Not known to be younger than `minAge`: Veiviser is for adults, so an unknown age counts as adult. */
const adult = (profile: Profile, minAge: number) => profile.age === undefined || profile.age >= minAge;

export const voksenopplaering: PathRule = {
  id: 'voksenopplaering',
  checks: { 'rett-til-opplaering': rettTilOpplaering, 'nytt-fagbrev': nyttFagbrev, 'uten-grunnskole': utenGrunnskole },
  suits: {
    'uten-videregaende': (profile, entry) =>
      profile.completedUpperSecondary === false && adult(profile, param(entry, 'minAge')) ? '' : undefined,
    'nytt-fag-uten-jobb'(profile, entry, ctx) {
      const trade = profile.trade;
      if (trade === undefined || !adult(profile, param(entry, 'minAge')) || isEmployed(profile) !== false || !wantsNewTrade(profile)) return undefined;
      // Not with practice enough for praksiskandidat. Unknown practice counts as none: practice in
      // another field than the wanted trade is not recorded at all.
      const condition = praksistidCondition(ctx.kb);
      const reading = readPractice(profile, param(condition, 'fullTimePercent'));
      if (reading !== undefined && mostPractice(reading) >= requirementFor(trade, condition, ctx.kb).years) return undefined;
      return '';
    },
    'voksen-uten-jobb': (profile, entry) =>
      profile.age !== undefined &&
      profile.age >= param(entry, 'minAge') &&
      isEmployed(profile) === false &&
      profile.hasTradeCertificate !== true &&
      (profile.practiceYears === undefined || profile.practiceYears === 0)
        ? ''
        : undefined,
  },
};
