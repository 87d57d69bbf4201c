// The real parts a dialog is given, built from knowledge/ the way src/app.ts builds them, for dialog
// tests that run one dialog alone with botbuilder-testing's DialogTestClient.
import { AutoSaveStateMiddleware, ConversationState, MemoryStorage, UserState, type Activity, type TurnContext } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { assess, findOffers, nextQuestionField, recordAnswer } from '../../knowledge/rules/assess';
import { reasonsForField } from '../../dialogs/why-we-ask';
import type { Profile } from '../../src/catalogue/schema';
import type { Lang } from '../../src/text';
import { buildAnswerer } from '../../src/answer/build';
import { answerActivity } from '../../src/replies/answer';
import { languageOf } from '../../src/text/turn-language';
import { createCitationFormatter } from '../../src/replies/citations';
import type { RouterServices } from '../../dialogs/services';
import { KNOWLEDGE_DIR } from './knowledge';
import { catalogue, understander } from './understanding';
import { assessCandidate } from '../../src/counsellor/assess-candidate';
import { candidateServices } from '../../src/counsellor/services';
import { HandoffRecorder } from '../../src/handoff/recorder';
import { AnsweredTopics, type AnsweredTopic } from '../../src/replies/answered-topic';
import { startHandoff } from '../../src/handoff/start';
const { answerer, sources } = buildAnswerer(KNOWLEDGE_DIR, { catalogue, understand: (text) => understander.understand(text).profile });
const cite = createCitationFormatter(sources.map((s) => s.entry));

export interface DialogHarness {
  client: DialogTestClient;
  services: RouterServices;
  storage: MemoryStorage;
  userState: UserState;
  conversationState: ConversationState;
  /** Sends a message and returns every reply of the turn, in order. */
  say(text: string): Promise<Partial<Activity>[]>;
}

/** A DialogTestClient for `makeDialog(services)`, with real services over in-memory state. */
export function dialogHarness(makeDialog: (services: RouterServices) => Dialog, options?: unknown, extra: Partial<RouterServices> = {}): DialogHarness {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const profile = userState.createProperty<Profile>('profile');
  const answeredTopics = new AnsweredTopics(conversationState.createProperty<AnsweredTopic>('answeredTopic'));
  const services: RouterServices = {
    answerQuestion: async (question, context) => {
      const result = await answerer.answer(question, { lang: languageOf(context), ...(await answeredTopics.optionsFor(context)) });
      await answeredTopics.note(context, result.topic, result.place);
      return answerActivity(question, result, cite, undefined, languageOf(context));
    },
    noteTopic: (context, topic) => answeredTopics.note(context, topic),
    assess: (profile: Profile, lang?: Lang) => assess(profile, catalogue, { lang }),
    recordAnswer: (profile, field, value) => recordAnswer(profile, field, value, catalogue),
    nextQuestionField,
    findOffers: (filter) => findOffers(filter, catalogue.offers, catalogue),
    offerCategories: catalogue.offerCategories,
    profile,
    deleteAllData: async (context: TurnContext) => {
      await conversationState.delete(context);
      await userState.delete(context);
    },
    cite,
    understander,
    readOpening: async (text) => understander.understand(text),
    whyWeAsk: (field, profile, lang) => reasonsForField(catalogue.paths, field, profile, lang),
    readCounty: (text) => {
      const match = understander.places.matchCountyAnswer(text);
      return match.kind === 'county' ? match.county : undefined;
    },
    assessCandidate: (description, lang) => assessCandidate(description, candidateServices(catalogue, understander), lang),
    startHandoff: (context) =>
      startHandoff(context, { mode: 'off', recorder: new HandoffRecorder(conversationState.createProperty('handoff'), { keepTranscript: false }), profile, contacts: catalogue.contacts }),
    ...extra,
  };
  const client = new DialogTestClient('test', makeDialog(services), options, [new AutoSaveStateMiddleware(userState)], conversationState);
  const say = async (text: string) => {
    const replies: Partial<Activity>[] = [];
    let reply: Partial<Activity> | undefined = await client.sendActivity(text);
    while (reply) {
      replies.push(reply);
      reply = client.getNextReply();
    }
    return replies;
  };
  return { client, services, storage, userState, conversationState, say };
}

/** The texts of replies (message text, or the text of a carousel's intro). */
export const texts = (replies: readonly Partial<Activity>[]): string[] => replies.map((r) => r.text ?? '');

/** The titles of a reply's suggested actions. */
export const buttons = (reply: Partial<Activity> | undefined): string[] =>
  (reply?.suggestedActions?.actions ?? []).map((a) => String(a.title ?? a.value));
