// The rules, offers and contacts a candidate assessment reads, from the loaded catalogue.
import type { Profile } from '../catalogue/schema';
import type { RulesKnowledge } from '../catalogue/types';
import { mayBePlaceItem, noteItems } from '../nlu/case-note';
import type { Understander } from '../nlu';
import { assess } from '../../knowledge/rules/assess';
import { contactsForCounty } from '../handoff/contacts';
import type { AssessmentServices, CandidateServices } from './assess-candidate';
import { offersForCandidate } from './region-offers';

export function candidateServices(catalogue: RulesKnowledge, understander: Understander): CandidateServices {
  return { ...assessmentServices(catalogue), understand: (text) => readNote(text, understander) };
}

/**
 * What a note says about the candidate. A note lists its facts as items, and a place standing alone as one
 * ("Bruker 52 år, 15 år som truckfører, Bodø, ønsker …") is where the candidate lives.
 */
function readNote(note: string, understander: Understander): Profile {
  const profile = understander.understand(note).profile;
  if (profile.county !== undefined) return profile;
  for (const item of noteItems(note).slice(1)) {
    if (!mayBePlaceItem(item)) continue;
    const match = understander.places.matchCountyAnswer(item);
    if (match.kind === 'county') return { ...profile, county: match.county };
  }
  return profile;
}

/** `now` fixes "today" for the texts that depend on it (the command line's --now). */
export function assessmentServices(catalogue: RulesKnowledge, options: { now?: Date } = {}): AssessmentServices {
  return {
    assess: (profile, lang) => assess(profile, catalogue, { lang, ...(options.now ? { now: options.now } : {}) }),
    offersFor: (profile, interestOffers) => offersForCandidate(profile, interestOffers, catalogue.offers, catalogue),
    contactsFor: (county) => contactsForCounty(county, catalogue.contacts),
  };
}
