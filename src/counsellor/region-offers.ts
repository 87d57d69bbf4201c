// Offers worth naming for a candidate: those matching their interests (from the assessment), then
// the offers held in their county. Nationwide offers only come in through interests, so a county's
// list is not drowned in them.
import type { Offer, Profile } from '../catalogue/schema';
import { findOffers, regionCounties, type RegionData } from '../../knowledge/rules/offers';

/** A counsellor's card names at most this many offers. */
export const MAX_CANDIDATE_OFFERS = 6;

export function offersForCandidate(profile: Profile, interestOffers: readonly Offer[], offers: readonly Offer[], regions: RegionData): Offer[] {
  const local =
    profile.county === undefined
      ? []
      : findOffers({ region: profile.county }, offers, regions).filter((offer) => regionCounties(offer.region, regions) !== 'national');
  const seen = new Set<string>();
  const out: Offer[] = [];
  for (const offer of [...interestOffers, ...local]) {
    if (seen.has(offer.id)) continue;
    seen.add(offer.id);
    out.push(offer);
  }
  return out.slice(0, MAX_CANDIDATE_OFFERS);
}
