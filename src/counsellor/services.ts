// The rules, offers and contacts a candidate assessment reads, from the loaded catalogue.
import type { RulesKnowledge } from '../catalogue/types';
import type { Understander } from '../nlu';
import { assess } from '../../knowledge/rules/assess';
import { contactsForCounty } from '../handoff/contacts';
import type { AssessmentServices, CandidateServices } from './assess-candidate';
import { offersForCandidate } from './region-offers';

export function candidateServices(catalogue: RulesKnowledge, understander: Understander): CandidateServices {
  return { ...assessmentServices(catalogue), understand: (text) => understander.understand(text).profile };
}

/** `now` fixes "today" for the texts that depend on it (the command line's --now). */
export function assessmentServices(catalogue: RulesKnowledge, options: { now?: Date } = {}): AssessmentServices {
  return {
    assess: (profile, lang) => assess(profile, catalogue, { lang, ...(options.now ? { now: options.now } : {}) }),
    offersFor: (profile, interestOffers) => offersForCandidate(profile, interestOffers, catalogue.offers, catalogue),
    contactsFor: (county) => contactsForCounty(county, catalogue.contacts),
  };
}
