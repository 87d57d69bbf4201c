// Fagskole: higher vocational education, including Industrifagskolen, Batterifagskolen and Prosessindustri+.
// Condition and citations: knowledge/paths/fagskole.json; offers: knowledge/offers.json.
// The condition reads what its "fields" in the JSON say; interests name matching offers, with their citations.
// Suitability: a skilled worker who wants to go further (interests) and names no new trade.
import type { Offer, Profile, Reason } from '../../src/catalogue/schema';
import { met, unknown, type CheckResult, type PathRule, type RuleContext } from './engine';
import { sameTrade } from './goal';
import { interestMatches } from './offers';

function opptaksgrunnlag(profile: Profile): CheckResult {
  if (profile.hasTradeCertificate === undefined) return unknown('Vi vet ikke ennå om du har fag- eller svennebrev.', ['hasTradeCertificate']);
  if (profile.hasTradeCertificate) return met('Du har fag- eller svennebrev – oppfylt.');
  return unknown(
    'Du har ikke fag- eller svennebrev, så fagskolen må vurdere opptak på grunnlag av generell studiekompetanse eller realkompetanse.',
    [],
  );
}

/** The fagskole offers named in the path's options that match the person's interests. */
export function matchingFagskoleOffers(profile: Profile, ctx: RuleContext): { offer: Offer; interest: string }[] {
  const path = ctx.kb.paths.find((p) => p.id === 'fagskole');
  const interests = profile.interests ?? [];
  if (!path || interests.length === 0) return [];
  const ids = new Set(path.options.flatMap((o) => o.offers));
  const out: { offer: Offer; interest: string }[] = [];
  for (const offer of ctx.kb.offers) {
    if (!ids.has(offer.id) || offer.status === 'ended' || offer.status === 'proposed') continue;
    const interest = interests.find((i) => interestMatches(i, offer));
    if (interest) out.push({ offer, interest });
  }
  return out;
}

export const fagskole: PathRule = {
  id: 'fagskole',
  checks: { opptaksgrunnlag },
  suits: {
    'videre-med-fagbrev'(profile, _entry, ctx) {
      // Wants to go further (has interests) and has not named a new trade to take a certificate in.
      const interests = profile.interests ?? [];
      if (profile.hasTradeCertificate !== true || interests.length === 0) return undefined;
      if (profile.trade !== undefined && !(profile.certificateTrade !== undefined && sameTrade(profile.trade, profile.certificateTrade))) return undefined;
      const match = matchingFagskoleOffers(profile, ctx)[0];
      return match ? `${match.offer.name} passer med interessen din for «${match.interest}».` : '';
    },
  },
  extraReasons(profile, status, ctx): Reason[] {
    if (status === 'not-eligible') return [];
    return matchingFagskoleOffers(profile, ctx)
      .slice(0, 2)
      .map(({ offer, interest }) => ({
        text: `Passer med interessen din for «${interest}»: ${offer.name} – ${offer.description}`,
        citation: offer.citation,
      }));
  },
};
