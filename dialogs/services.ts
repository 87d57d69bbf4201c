// What the dialogs need from the rest of the bot. The composition root supplies the real parts.
import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Answerer } from '../src/answer/types';
import type { CitationFormatter } from '../src/bot/citations';
import type { Assessment, Offer, Profile, ProfileField } from '../src/catalogue/schema';
import type { OfferFilter } from '../knowledge/rules/offers';

export type { OfferFilter };

export interface DialogServices {
  answerer: Answerer;
  assess(profile: Profile): Assessment;
  nextQuestionField(assessment: Assessment, skip: readonly ProfileField[]): ProfileField | undefined;
  findOffers(filter: OfferFilter): Offer[];
  /** The guidance profile, kept in user state. */
  profile: StatePropertyAccessor<Profile>;
  /** Removes every stored key for this user and conversation. */
  deleteAllData(context: TurnContext): Promise<void>;
  /** Renders an answer (text + clickable citations + feedback buttons) as an activity. */
  answerActivity(question: string, result: Awaited<ReturnType<Answerer['answer']>>): Partial<Activity>;
  cite: CitationFormatter;
  defaultCounty?: string;
}
