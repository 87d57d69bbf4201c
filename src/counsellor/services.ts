// The rules, offers and contacts a candidate assessment reads, from the loaded catalogue.
import type { RulesKnowledge } from '../catalogue/types';
import type { Understander } from '../nlu';
import { assess } from '../../knowledge/rules/assess';
import { contactsForCounty } from '../handoff/contacts';
import type { CandidateServices } from './assess-candidate';
import { offersForCandidate } from './region-offers';

export function candidateServices(catalogue: RulesKnowledge, understander: Understander): CandidateServices {
  return {
    understand: (text) => understander.understand(text).profile,
    assess: (profile, lang) => assess(profile, catalogue, { lang }),
    offersFor: (profile, interestOffers) => offersForCandidate(profile, interestOffers, catalogue.offers, catalogue),
    contactsFor: (county) => contactsForCounty(county, catalogue.contacts),
  };
}
