// Counsellor mode: a free-text description of a candidate ("32 år, NAV-registrert, 3 år som
// lagermedarbeider, ikke fullført vgs, bor i Namsos") → what was understood, every path's verdict
// with reasons and sources, what is still unknown (as questions to ask the candidate), and offers and
// contacts in the candidate's region. Pure: nothing is stored and nothing is logged.
import { z } from 'zod';
import type { Assessment, Offer, Profile, ProfileField } from '../catalogue/schema';
import type { Contact } from '../catalogue/types';
import { ASK_ORDER } from '../../knowledge/rules/engine';
import { texts, type Lang } from '../text';
import { profilePhrases } from '../text/profile-summary';

export const UnderstoodSchema = z.object({ field: z.string(), phrase: z.string() });
export type Understood = z.infer<typeof UnderstoodSchema>;

export interface CandidateAssessment {
  profile: Profile;
  /** Each profile field the description stated, with how it was read. */
  understood: Understood[];
  assessment: Assessment;
  /** What the assessment still needs, as questions for the candidate, most useful first. */
  unknown: string[];
  /** The fields behind `unknown`, in the same order. */
  unknownFields: ProfileField[];
  /** Offers in the candidate's region and matching their interests. */
  offers: Offer[];
  contacts: Contact[];
}

export interface AssessmentServices {
  /** The assessment with its reasons in `lang`. */
  assess(profile: Profile, lang: Lang): Assessment;
  offersFor(profile: Profile, interestOffers: readonly Offer[]): Offer[];
  contactsFor(county: string | undefined): Contact[];
}

export interface CandidateServices extends AssessmentServices {
  /** What the description says about the candidate (src/nlu). */
  understand(text: string): Profile;
}

/** The profile fields still missing for a path that may fit, in the order a counsellor would ask. */
export function unknownFields(assessment: Assessment): ProfileField[] {
  const missing = new Set<ProfileField>(assessment.paths.filter((p) => p.status === 'needs-info').flatMap((p) => p.missing));
  const ordered = ASK_ORDER.filter((f) => missing.has(f));
  return [...ordered, ...[...missing].filter((f) => !ordered.includes(f))];
}

/** Each stated field with its value read back as a phrase ("age" → "32 år"). */
function understoodFields(profile: Profile, lang: Lang): Understood[] {
  const t = texts(lang);
  return (Object.keys(profile) as ProfileField[]).map((field) => ({ field, phrase: profilePhrases({ [field]: profile[field] }, t).join(', ') }));
}

export function assessCandidate(description: string, services: CandidateServices, lang: Lang): CandidateAssessment {
  return assessProfile(services.understand(description), services, lang);
}

/** The same for a profile given as data (npm run recommend): each field it holds counts as stated. */
export function assessProfile(profile: Profile, services: AssessmentServices, lang: Lang): CandidateAssessment {
  const assessment = services.assess(profile, lang);
  const fields = unknownFields(assessment);
  const ask = texts(lang).counsellor.ask;
  return {
    profile,
    understood: understoodFields(profile, lang),
    assessment,
    unknown: fields.map((f) => ask[f]),
    unknownFields: fields,
    offers: services.offersFor(profile, assessment.offers),
    contacts: services.contactsFor(profile.county),
  };
}
