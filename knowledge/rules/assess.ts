// Entry point of the rules engine: assess(profile, kb) runs every path rule and returns the
// Assessment (best fit first), plus the helpers the dialogs and the course finder need.
//
// The profile fields each condition reads are its "fields" in knowledge/paths/<id>.json; kb:check
// runs the checks and fails when they read anything else (fields-read.ts). A path whose rules differ
// by county also needs the county, to pick its variant.
import { PATH_IDS, type Assessment, type PathId, type Profile, type ProfileField } from '../../src/catalogue/schema';
import type { Contact, RulesKnowledge } from '../../src/catalogue/types';
import { ASK_ORDER, contactsFor, evaluatePath, normaliseCounty, variantForCounty, type PathRule, type RuleContext, type RuleOutcome } from './engine';
import { fagbrevPaaJobb } from './fagbrev-paa-jobb';
import { praksiskandidat } from './praksiskandidat';
import { laerling } from './laerling';
import { voksenopplaering } from './voksenopplaering';
import { trondelagsmodellen } from './trondelagsmodellen';
import { kompetanseprove } from './kompetanseprove';
import { fagskole } from './fagskole';
import { findOffers as findOffersIn, offersForProfile as offersForProfileIn, type OfferFilter } from './offers';

export { ASK_ORDER, normaliseCounty } from './engine';
export { topicMatches, interestMatches, regionCounties, type OfferFilter } from './offers';

/** One rule per path id. */
export const RULES: Record<PathId, PathRule> = {
  'fagbrev-paa-jobb': fagbrevPaaJobb,
  praksiskandidat,
  laerling,
  voksenopplaering,
  trondelagsmodellen,
  kompetanseprove,
  fagskole,
};

const VERDICT_RANK = { eligible: 0, 'needs-info': 1, 'not-eligible': 2 } as const;

export interface AssessOptions {
  /** "Today" for texts like "tidligst rundt mars 2027". Default: the current date. */
  now?: Date;
}

/** What every check is given besides the profile (also used by kb:check to run the checks alone). */
export function ruleContext(profile: Profile, kb: RulesKnowledge, options: AssessOptions = {}): RuleContext {
  return { kb, now: options.now ?? new Date(), county: normaliseCounty(profile.county, kb.counties) };
}

/**
 * Assesses every path for a profile. Paths come best fit first: eligible, then needs-info, then
 * not-eligible; within each, the path made most for this person first. Every reason carries its
 * citation; `missing` lists, in asking order, the fields that would settle a needs-info.
 * `offers` are the catalogue offers matching the person's interests (none without interests).
 */
export function assess(profile: Profile, kb: RulesKnowledge, options: AssessOptions = {}): Assessment {
  const ctx = ruleContext(profile, kb, options);
  const outcomes: RuleOutcome[] = PATH_IDS.map((id) => evaluatePath(RULES[id], profile, ctx));
  const paths = outcomes
    .map((o, index) => ({ o, index }))
    .sort((a, b) => VERDICT_RANK[a.o.status] - VERDICT_RANK[b.o.status] || b.o.fit - a.o.fit || a.index - b.index)
    .map(({ o: { fit: _fit, ...path } }) => path);
  return { paths, offers: offersForProfileIn(profile, kb.offers, kb) };
}

/**
 * The next profile field a guidance dialog should ask for: the first (in ASK_ORDER) of the fields
 * that some needs-info path is missing, skipping fields the person could not answer. Given the
 * profile, it finally asks for interests (which only choose offers) if none are known yet.
 * undefined = nothing more to ask.
 */
export function nextQuestionField(
  assessment: Assessment,
  skip: readonly ProfileField[] = [],
  profile?: Profile,
): ProfileField | undefined {
  const wanted = new Set<ProfileField>();
  for (const path of assessment.paths) {
    if (path.status !== 'needs-info') continue;
    for (const field of path.missing) if (!skip.includes(field)) wanted.add(field);
  }
  const next = ASK_ORDER.find((f) => wanted.has(f));
  if (next) return next;
  if (profile && (profile.interests === undefined || profile.interests.length === 0) && !skip.includes('interests')) return 'interests';
  return undefined;
}

/** Offers matching a course-finder filter (see OfferFilter). */
export function findOffers(filter: OfferFilter, offers: RulesKnowledge['offers'], kb: Pick<RulesKnowledge, 'counties' | 'formerCounties'>) {
  return findOffersIn(filter, offers, kb);
}

/** Offers matching a person's interests, in their county or nationwide. */
export function offersForProfile(profile: Profile, offers: RulesKnowledge['offers'], kb: Pick<RulesKnowledge, 'counties' | 'formerCounties'>) {
  return offersForProfileIn(profile, offers, kb);
}

/** Who to contact about a path, for the person's county (county contacts replace national ones). */
export function contactsForPath(pathId: PathId, profile: Profile, kb: RulesKnowledge): Contact[] {
  const path = kb.paths.find((p) => p.id === pathId);
  if (!path) return [];
  const county = normaliseCounty(profile.county, kb.counties);
  const variant = county !== undefined ? variantForCounty(path, county) : (path.variants.find((v) => v.county === null) ?? path.variants[0]);
  return contactsFor([...(variant?.contacts ?? []), ...path.contacts], county, kb);
}
