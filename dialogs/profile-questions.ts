// The guidance dialog's questions: one per profile field, worded in src/text/nb.ts. What an answer
// means is read by src/nlu/answers.ts, with the question as its context.
import type { ProfileField } from '../src/catalogue/schema';
import { nb } from '../src/text/nb';

export interface ProfileQuestion {
  ask: string;
  retry: string;
  suggestions: readonly string[];
}

export const PROFILE_QUESTIONS: Record<ProfileField, ProfileQuestion> = nb.guidance.questions;

/** The school question for school taken abroad: whether it counts as equivalent. */
export function equivalentSchoolQuestion(field: 'completedPrimarySchool' | 'completedUpperSecondary'): ProfileQuestion {
  return { ...PROFILE_QUESTIONS[field], ask: nb.guidance.equivalentSchool[field] };
}
