// The guidance dialog's questions: one per profile field (wording in src/text/nb.ts), with the parser
// that validates the answer. A parser returns undefined for an answer it cannot understand; the dialog
// then asks again.
import type { Profile, ProfileField } from '../src/catalogue/schema';
import { parseAge, parseCounty, parseInterests, parsePercent, parseTrade, parseYears, parseYesNo } from '../src/nlu';
import { wordsInAnyLanguage } from '../src/text';
import { nb } from '../src/text/nb';

export interface ProfileQuestion {
  ask: string;
  retry: string;
  suggestions: readonly string[];
  parse(text: string): Profile[ProfileField] | undefined;
}

const question = (field: ProfileField, parse: ProfileQuestion['parse']): ProfileQuestion => ({ ...nb.guidance.questions[field], parse });

export const PROFILE_QUESTIONS: Record<ProfileField, ProfileQuestion> = {
  county: question('county', parseCounty),
  employed: question('employed', parseYesNo),
  employmentPercent: question('employmentPercent', parsePercent),
  practiceYears: question('practiceYears', parseYears),
  practicePercent: question('practicePercent', parsePercent),
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
