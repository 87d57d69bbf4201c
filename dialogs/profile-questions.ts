// The guidance dialog's questions: one per profile field (wording in src/text/nb.ts), with the parser
// that validates the answer. A parser returns undefined for an answer it cannot understand; the dialog
// then asks again.
import type { Profile, ProfileField } from '../src/catalogue/schema';
import { parseAge, parseCounty, parseInterests, parsePercent, parseTrade, parseYears, parseYesNo } from '../src/nlu';
import { nb } from '../src/text/nb';

export interface ProfileQuestion {
  ask: string;
  retry: string;
  suggestions: readonly string[];
  parse(text: string): Profile[ProfileField] | undefined;
  /** The question in words that fit what the person has said, when it has such words. */
  personalised?(profile: Profile): { ask: string; suggestions: readonly string[] } | undefined;
}

const question = (field: ProfileField, parse: ProfileQuestion['parse']): ProfileQuestion => ({ ...nb.guidance.questions[field], parse });

export const PROFILE_QUESTIONS: Record<ProfileField, ProfileQuestion> = {
  county: question('county', parseCounty),
  employed: question('employed', parseYesNo),
  employmentPercent: question('employmentPercent', parsePercent),
  practiceYears: question('practiceYears', parseYears),
  practicePercent: {
    ...question('practicePercent', parsePercent),
    personalised(profile) {
      const now = profile.employmentPercent;
      if (now === undefined || now <= 0 || now >= 100) return undefined;
      const { ask, same } = nb.guidance.questions.practicePercentAsNow;
      const button = same(String(now));
      return { ask: ask(String(now)), suggestions: [button, ...this.suggestions.filter((s) => s !== button)] };
    },
  },
  certificateTrade: question('certificateTrade', parseTrade),
  hasTradeCertificate: question('hasTradeCertificate', parseYesNo),
  completedPrimarySchool: question('completedPrimarySchool', parseYesNo),
  completedUpperSecondary: question('completedUpperSecondary', parseYesNo),
  navJobSeeker: question('navJobSeeker', parseYesNo),
  age: question('age', parseAge),
  trade: question('trade', parseTrade),
  interests: question('interests', parseInterests),
};

const DONT_KNOW = new RegExp(`^(?:${nb.guidance.dontKnowWords.join('|')})\\b`, 'i');

/** "Vet ikke" is an answer too: the dialog stops asking about that field. */
export function isDontKnow(text: string): boolean {
  return DONT_KNOW.test(text.trim());
}
