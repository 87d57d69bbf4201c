// The guidance dialog's questions: one per profile field, worded in the text catalogues
// (src/text/nb.ts, src/text/en.ts). What an answer means is read by src/nlu/answers.ts, with the
// question as its context.
import type { Profile, ProfileField } from '../src/catalogue/schema';
import type { Texts } from '../src/text/texts';
import { plainText } from '../src/privacy/markup';

export interface ProfileQuestion {
  ask: string;
  retry: string;
  suggestions: readonly string[];
}

type SchoolField = 'completedPrimarySchool' | 'completedUpperSecondary';

/** The question for a field in the conversation's language, in words that fit what the person has said. */
export function profileQuestion(field: ProfileField, profile: Profile, t: Texts): ProfileQuestion {
  const question = t.guidance.questions[field];
  if (field === 'practicePercent') {
    const now = profile.employmentPercent;
    if (now !== undefined && now > 0 && now < 100) {
      const { ask, same } = t.guidance.questions.practicePercentAsNow;
      const button = same(String(now));
      return { ask: ask(String(now)), retry: question.retry, suggestions: [button, ...question.suggestions.filter((s) => s !== button)] };
    }
  }
  // The trade is shown as plain text, as in the profile summary: when nothing plain is left, the question without it.
  const trade = field === 'practiceUntil' && profile.trade !== undefined ? plainText(profile.trade) : '';
  if (trade) return { ...question, ask: t.guidance.practiceUntilIn(trade) };
  return question;
}

/** The school question for school taken abroad: whether it counts as equivalent. */
export function equivalentSchoolQuestion(field: SchoolField, t: Texts): ProfileQuestion {
  return { ...t.guidance.questions[field], ask: t.guidance.equivalentSchool[field] };
}
