// Entry point of the rules engine: assess(profile, kb) runs every path rule and returns the
// Assessment (best fit first, the one or two recommended marked), plus the helpers the dialogs and the
// course finder need.
//
// How paths are ranked (the reasons themselves are data: "suitability" in knowledge/paths/<id>.json):
// - A path is recommended only when the person qualifies (or qualifies on an assumption the data
//   states, such as having finished grunnskole), at least one reason for it applies to them, and no
//   reason against it does. Without a reason for, nothing is recommended: the bot says what it needs.
// - At most two are recommended, the one with the weightiest reason first; they come first in `paths`.
// - The rest follow: fitting paths, then those that need information, then those advised against
//   (possible, but not for this person), then those that do not fit; within each, heavier reasons first.
//
// The profile fields each condition reads are its "fields" in knowledge/paths/<id>.json; kb:check
// runs the checks and fails when they read anything else (fields-read.ts). A path whose rules differ
// by county also needs the county, to pick its variant.
import { PATH_IDS, type Assessment, type PathAssessment, type PathId, type Profile, type ProfileField } from '../../src/catalogue/schema';
import type { Contact, RulesKnowledge } from '../../src/catalogue/types';
import { ASK_ORDER, contactsFor, evaluatePath, normaliseCounty, param, variantForCounty, type PathRule, type RuleContext, type RuleOutcome } from './engine';
import { fagbrevPaaJobb } from './fagbrev-paa-jobb';
import { praksiskandidat } from './praksiskandidat';
import { laerling } from './laerling';
import { voksenopplaering } from './voksenopplaering';
import { trondelagsmodellen } from './trondelagsmodellen';
import { kompetanseprove } from './kompetanseprove';
import { fagskole } from './fagskole';
import { findOffers as findOffersIn, offersForProfile as offersForProfileIn, type OfferFilter } from './offers';
import { withPracticeAnswer } from './practice';
import { praksistidCondition } from './trades';
import type { Lang } from '../../src/text';

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

/** At most this many paths are recommended. */
export const MAX_RECOMMENDED = 2;

export interface AssessOptions {
  /** "Today" for texts like "tidligst rundt mars 2027". Default: the current date. */
  now?: Date;
  /** The language of the reasons, next steps and path titles. Default: bokmål. */
  lang?: Lang;
}

/** What every check is given besides the profile (also used by kb:check to run the checks alone). */
export function ruleContext(profile: Profile, kb: RulesKnowledge, options: AssessOptions = {}): RuleContext {
  return { kb, now: options.now ?? new Date(), county: normaliseCounty(profile.county, kb.counties), lang: options.lang ?? 'nb' };
}

/**
 * Assesses every path for a profile and ranks them (see the top of this file). Every reason carries its
 * citation; `missing` lists, in asking order, the fields that would settle a needs-info.
 * `offers` are the catalogue offers matching the person's interests and target trade.
 */
export function assess(profile: Profile, kb: RulesKnowledge, options: AssessOptions = {}): Assessment {
  const ctx = ruleContext(profile, kb, options);
  const outcomes: RuleOutcome[] = PATH_IDS.map((id) => evaluatePath(RULES[id], profile, ctx));
  return { paths: rank(outcomes), offers: offersForProfileIn(profile, kb.offers, kb) };
}

/** One path's verdict, as assess() gives it: whether the rules decide it, with why and what is missing. */
export type PathVerdict = Pick<PathAssessment, 'id' | 'status' | 'reasons' | 'missing'>;

/**
 * One path's verdict for a profile without assessing the others or choosing offers (a yes/no about
 * that path needs no more). Equal to that path's status, reasons and missing in assess(): they depend
 * on the path alone; only which paths are recommended depends on the others.
 */
export function assessPath(profile: Profile, kb: RulesKnowledge, id: PathId, options: AssessOptions = {}): PathVerdict {
  const [path] = rank([evaluatePath(RULES[id], profile, ruleContext(profile, kb, options))]);
  return { id: path.id, status: path.status, reasons: path.reasons, missing: path.missing };
}

type Group = 'recommended' | 'fits' | 'needs-info' | 'advised-against' | 'not-eligible';
const GROUP_ORDER: readonly Group[] = ['recommended', 'fits', 'needs-info', 'advised-against', 'not-eligible'];

/** Orders the paths best fit first and marks the recommended ones, with why (or why not). */
export function rank(outcomes: readonly RuleOutcome[]): PathAssessment[] {
  const scored = outcomes.map((outcome, index) => {
    const forIt = outcome.signals.filter((s) => s.effect === 'for').sort((a, b) => b.weight - a.weight);
    const against = outcome.signals.filter((s) => s.effect === 'against');
    const fits = outcome.status === 'eligible' || (outcome.status === 'needs-info' && outcome.presumptions.length > 0);
    // The strongest reason decides; more reasons for it break a tie.
    const weight = forIt[0]?.weight ?? 0;
    const total = forIt.reduce((sum, s) => sum + s.weight, 0);
    return { outcome, index, forIt, against, fits, weight, total, recommendable: fits && forIt.length > 0 && against.length === 0 };
  });
  const byWeight = (a: (typeof scored)[number], b: (typeof scored)[number]) => b.weight - a.weight || b.total - a.total || a.index - b.index;
  const recommended = new Set(
    scored
      .filter((s) => s.recommendable)
      .sort(byWeight)
      .slice(0, MAX_RECOMMENDED)
      .map((s) => s.outcome.id),
  );
  const group = (s: (typeof scored)[number]): Group => {
    if (recommended.has(s.outcome.id)) return 'recommended';
    if (s.outcome.status === 'not-eligible') return 'not-eligible';
    if (s.against.length > 0) return 'advised-against';
    return s.outcome.status === 'eligible' ? 'fits' : 'needs-info';
  };
  return scored
    .sort((a, b) => GROUP_ORDER.indexOf(group(a)) - GROUP_ORDER.indexOf(group(b)) || byWeight(a, b))
    .map((s) => {
      const { presumptions, signals: _signals, ...path } = s.outcome;
      const isRecommended = recommended.has(path.id);
      // Reasons for it are told only where the path fits; against it only where the conditions have
      // not already said it does not fit (notAdvised says it anyway).
      const told = [...(path.status === 'not-eligible' ? [] : s.against), ...(s.fits ? s.forIt : [])];
      const reasons = told.map(({ text, citation }) => ({ text, citation }));
      const top = s.forIt[0];
      return {
        ...path,
        recommended: isRecommended,
        ...(isRecommended && top ? { why: [top.text, ...presumptions].join(' ') } : {}),
        ...(s.against[0] ? { notAdvised: s.against[0].text } : {}),
        reasons: [...reasons, ...path.reasons],
      };
    });
}

/**
 * The profile with one answer from the guidance dialog recorded. Practice is counted as full-time
 * years once both its length and the stilling it was done in are known (practice.ts).
 */
export function recordAnswer(profile: Profile, field: ProfileField, value: Profile[ProfileField], kb: RulesKnowledge): Profile {
  if ((field === 'practiceYears' || field === 'practicePercent') && typeof value === 'number') {
    return withPracticeAnswer(profile, field, value, param(praksistidCondition(kb), 'fullTimePercent'));
  }
  return { ...profile, [field]: value };
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
