// The router's single-turn routes: answered in the turn they arrive in, with no dialog started and
// nothing left on the dialog stack.
import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { Assessment, Profile } from '../src/catalogue/schema';
import type { CitationFormatter } from '../src/replies/citations';
import { helpMessage, menuMessage } from '../src/replies/messages';
import { languageOf, textsFor } from '../src/text/turn-language';
import type { Lang } from '../src/text';
import { answerQuestion, type AnswerQuestion } from './answer-in-prompt';
import { sendOffers } from './offer-cards';
import { assessmentText } from './recommendation-card';
import type { DialogRoute, Route } from './router';

export type SingleTurnRoute = Exclude<Route, DialogRoute>;

export interface SingleTurnServices {
  answerQuestion: AnswerQuestion;
  /** The guidance profile, kept in user state. */
  profile: StatePropertyAccessor<Profile>;
  assess(profile: Profile, lang?: Lang): Assessment;
  cite: CitationFormatter;
}

export async function replyInOneTurn(context: TurnContext, route: SingleTurnRoute, services: SingleTurnServices): Promise<void> {
  const t = textsFor(context);
  switch (route.kind) {
    case 'question':
      return answerQuestion(context, route.question, services.answerQuestion);
    case 'askForQuestion':
      await context.sendActivity(t.askForQuestion);
      return;
    case 'showLastAssessment':
      return showLastAssessment(context, route.as, services);
    case 'help':
      await context.sendActivity(helpMessage(t));
      return;
    case 'restart':
      await services.profile.delete(context);
      await context.sendActivity(menuMessage(t.restarted, t));
      return;
    case 'thanks':
      await context.sendActivity(menuMessage(t.thanksReply, t));
      return;
    case 'acknowledge':
      await context.sendActivity(menuMessage(t.acknowledgeReply, t));
      return;
    case 'menu':
      await context.sendActivity(menuMessage(undefined, t));
      return;
    case 'greeting':
      await context.sendActivity(menuMessage(t.greeted, t));
      return;
    case 'unclearYesNo':
      await context.sendActivity(menuMessage(t.unclearYesNo, t));
      return;
  }
}

/** "Vis tilbudene" / "Vis vurderingen som tekst" after a recommendation, from the stored profile. */
async function showLastAssessment(context: TurnContext, as: 'offers' | 'text', services: SingleTurnServices): Promise<void> {
  const profile = await services.profile.get(context, {});
  const assessment = services.assess(profile, languageOf(context));
  const t = textsFor(context);
  if (as === 'offers') {
    await sendOffers(context, assessment.offers, services.cite, t);
  } else {
    await context.sendActivity(MessageFactory.text(assessmentText(assessment, profile, services.cite, t)));
  }
}
