// The guidance dialog's questions: one per profile field (wording in src/text/nb.ts), with the parser
// that validates the answer. A parser returns undefined for an answer it cannot understand; the dialog
// then asks again.
import type { Profile, ProfileField } from '../src/catalogue/schema';
import { parseAge, parseCounty, parseInterests, parsePercent, parseTrade, parseYears, parseYesNo } from '../src/nlu';
import { wordsInAnyLanguage } from '../src/text';
import { nb } from '../src/text/nb';
import type { Texts } from '../src/text/texts';

export interface ProfileQuestion {
  ask: string;
  retry: string;
  suggestions: readonly string[];
  parse(text: string): Profile[ProfileField] | undefined;
  /** The question in words that fit what the person has said, when it has such words (in the conversation's language). */
  personalised?(profile: Profile, t?: Texts): { ask: string; suggestions: readonly string[] } | undefined;
}

const question = (field: ProfileField, parse: ProfileQuestion['parse']): ProfileQuestion => ({ ...nb.guidance.questions[field], parse });

export const PROFILE_QUESTIONS: Record<ProfileField, ProfileQuestion> = {
  county: question('county', parseCounty),
  employed: question('employed', parseYesNo),
  employmentPercent: question('employmentPercent', parsePercent),
  practiceYears: question('practiceYears', parseYears),
  practicePercent: {
    ...question('practicePercent', parsePercent),
    personalised(profile, t = nb) {
      const now = profile.employmentPercent;
      if (now === undefined || now <= 0 || now >= 100) return undefined;
      const { ask, same } = t.guidance.questions.practicePercentAsNow;
      const button = same(String(now));
      return { ask: ask(String(now)), suggestions: [button, ...t.guidance.questions.practicePercent.suggestions.filter((s) => s !== button)] };
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

// In any language: a person may answer "vet ikke" in an English conversation and the other way round.
const DONT_KNOW = new RegExp(`^(?:${wordsInAnyLanguage((t) => t.guidance.dontKnowWords).join('|')})(?![\\p{L}'])`, 'iu');

/** "Vet ikke" is an answer too: the dialog stops asking about that field. */
export function isDontKnow(text: string): boolean {
  return DONT_KNOW.test(text.trim().replace(/[\u2018\u2019]/gu, "'"));
}
