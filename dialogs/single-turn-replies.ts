// The router's single-turn routes: answered in the turn they arrive in, with no dialog started and
// nothing left on the dialog stack.
import { MessageFactory, type TurnContext } from 'botbuilder';
import { answerQuestion } from './answer-question';
import { sendOffers } from './course-finder-dialog';
import { assessmentText } from './recommendation-card';
import { RESTARTED, helpMessage, menuMessage } from './replies';
import type { DialogRoute, Route } from './router';
import type { DialogServices } from './services';

export type SingleTurnRoute = Exclude<Route, DialogRoute>;

export async function replyInOneTurn(context: TurnContext, route: SingleTurnRoute, services: DialogServices): Promise<void> {
  switch (route.kind) {
    case 'question':
      return answerQuestion(context, route.question, services);
    case 'askForQuestion':
      await context.sendActivity('Skriv spørsmålet ditt med egne ord, så svarer jeg med kilde.');
      return;
    case 'showLastAssessment':
      return showLastAssessment(context, route.as, services);
    case 'help':
      await context.sendActivity(helpMessage());
      return;
    case 'restart':
      await services.profile.delete(context);
      await context.sendActivity(menuMessage(RESTARTED));
      return;
    case 'thanks':
      await context.sendActivity(menuMessage('Bare hyggelig! Er det noe mer jeg kan hjelpe med?'));
      return;
    case 'menu':
      await context.sendActivity(menuMessage());
      return;
    case 'unclearYesNo':
      await context.sendActivity(menuMessage('Jeg er ikke sikker på hva du svarer på. Hva vil du gjøre?'));
      return;
  }
}

/** "Vis tilbudene" / "Vis vurderingen som tekst" after a recommendation, from the stored profile. */
async function showLastAssessment(context: TurnContext, as: 'offers' | 'text', services: DialogServices): Promise<void> {
  const profile = await services.profile.get(context, {});
  const assessment = services.assess(profile);
  if (as === 'offers') {
    await sendOffers(context, assessment.offers, services);
  } else {
    await context.sendActivity(MessageFactory.text(assessmentText(assessment, profile, services.cite)));
  }
}
