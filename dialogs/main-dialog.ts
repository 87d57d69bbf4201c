// The router. A new message with no dialog running is routed by what it asks for; while a dialog
// runs, the words "hjelp", "avbryt", "start på nytt", "meny" and "slett mine data" work anywhere.
import { MessageFactory } from 'botbuilder';
import {
  ComponentDialog,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { detectIntent, extractProfile, parseYesNo, type Intent } from '../src/nlu';
import { CourseFinderDialog, sendOffers } from './course-finder-dialog';
import { DeleteDataDialog } from './delete-data-dialog';
import { GuidanceDialog } from './guidance-dialog';
import { QuestionDialog } from './question-dialog';
import { assessmentText } from './recommendation-card';
import { MENU, SHOW_AS_TEXT, SHOW_OFFERS, helpMessage, menuMessage } from './replies';
import type { DialogServices } from './services';

const ROUTER = 'main-router';
/** A message that states this many profile facts is treated as a request for guidance. */
const PROFILE_FACTS_FOR_GUIDANCE = 2;

export class MainDialog extends ComponentDialog {
  static readonly id = 'main';

  constructor(private readonly services: DialogServices) {
    super(MainDialog.id);
    this.addDialog(new QuestionDialog(services));
    this.addDialog(new GuidanceDialog(services));
    this.addDialog(new CourseFinderDialog(services));
    this.addDialog(new DeleteDataDialog(services));
    this.addDialog(new WaterfallDialog(ROUTER, [this.routeStep.bind(this), this.doneStep.bind(this)]));
    this.initialDialogId = ROUTER;
  }

  /** Starts what the message asks for. */
  private async routeStep(step: WaterfallStepContext) {
    const text = (step.context.activity.text ?? '').trim();
    const intent = detectIntent(text);

    if (text === MENU.question) {
      await step.context.sendActivity('Skriv spørsmålet ditt med egne ord, så svarer jeg med kilde.');
      return step.endDialog();
    }
    if (text === SHOW_OFFERS || text === SHOW_AS_TEXT) {
      return this.showLastAssessment(step, text);
    }
    switch (intent) {
      case 'deleteMyData':
        return step.beginDialog(DeleteDataDialog.id);
      case 'guidance':
        return step.beginDialog(GuidanceDialog.id, { text });
      case 'courseFinder':
        return step.beginDialog(CourseFinderDialog.id);
      case 'help':
        await step.context.sendActivity(helpMessage());
        return step.endDialog();
      case 'restart':
        await this.services.profile.delete(step.context);
        await step.context.sendActivity(menuMessage('Greit, vi starter på nytt. Hva vil du gjøre?'));
        return step.endDialog();
      case 'thanks':
        await step.context.sendActivity(menuMessage('Bare hyggelig! Er det noe mer jeg kan hjelpe med?'));
        return step.endDialog();
      case 'greeting':
      case 'menu':
      case 'cancel':
        await step.context.sendActivity(menuMessage());
        return step.endDialog();
      default:
        if (parseYesNo(text) !== undefined && text.split(/\s+/).length <= 3) {
          // A lone "ja"/"nei" with nothing asked: searching the reports for it would only find noise.
          await step.context.sendActivity(menuMessage('Jeg er ikke sikker på hva du svarer på. Hva vil du gjøre?'));
          return step.endDialog();
        }
        if (Object.keys(extractProfile(text)).length >= PROFILE_FACTS_FOR_GUIDANCE) {
          return step.beginDialog(GuidanceDialog.id, { text });
        }
        return step.beginDialog(QuestionDialog.id, { question: text });
    }
  }

  private async doneStep(step: WaterfallStepContext) {
    return step.endDialog(step.result);
  }

  private async showLastAssessment(step: WaterfallStepContext, text: string) {
    const profile = await this.services.profile.get(step.context, {});
    const assessment = this.services.assess(profile);
    if (text === SHOW_OFFERS) {
      await sendOffers(step.context, assessment.offers, this.services);
    } else {
      await step.context.sendActivity(MessageFactory.text(assessmentText(assessment, profile, this.services.cite)));
    }
    return step.endDialog();
  }

  protected async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(inner);
    return interrupted ?? super.onContinueDialog(inner);
  }

  /** Words that work anywhere in a dialog. Returns undefined when the dialog should carry on. */
  private async interrupt(inner: DialogContext): Promise<DialogTurnResult | undefined> {
    const text = (inner.context.activity.text ?? '').trim();
    if (!text) return undefined;
    const intent: Intent = detectIntent(text);
    switch (intent) {
      case 'help':
        await inner.context.sendActivity(helpMessage());
        await inner.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      case 'cancel':
        await inner.cancelAllDialogs();
        await inner.context.sendActivity(menuMessage('Ok, jeg avbrøt. Hva vil du gjøre nå?'));
        return { status: DialogTurnStatus.cancelled };
      case 'menu':
        await inner.cancelAllDialogs();
        await inner.context.sendActivity(menuMessage());
        return { status: DialogTurnStatus.cancelled };
      case 'restart':
        await inner.cancelAllDialogs();
        await this.services.profile.delete(inner.context);
        await inner.context.sendActivity(menuMessage('Greit, vi starter på nytt. Hva vil du gjøre?'));
        return { status: DialogTurnStatus.cancelled };
      case 'deleteMyData':
        await inner.cancelAllDialogs();
        return inner.beginDialog(DeleteDataDialog.id);
      default:
        // A menu button pressed mid-dialog switches to what it names.
        if (text === MENU.guidance || text === MENU.courseFinder) {
          await inner.cancelAllDialogs();
          return inner.beginDialog(text === MENU.guidance ? GuidanceDialog.id : CourseFinderDialog.id, { text });
        }
        return undefined;
    }
  }
}
