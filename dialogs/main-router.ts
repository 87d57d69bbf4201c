// One message turn of the conversation. With no dialog running, the message is routed (router.ts):
// most are answered in the same turn, and guidance, the course finder and "slett mine data" start
// their dialog. While a dialog runs, "hjelp", "avbryt", "start på nytt", "meny", "slett mine data"
// and the menu buttons work anywhere; anything else is the dialog's answer.
// The dialogs sit directly in one DialogSet, without a main ComponentDialog around them, and the
// words that interrupt are caught before the dialog sees the message: each dialog layer costs a
// DialogContext (and a prompt would first run its recognizers on "avbryt").
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogSet, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import { CourseFinderDialog } from './course-finder-dialog';
import { DeleteDataDialog } from './delete-data-dialog';
import { GuidanceDialog, type GuidanceOptions } from './guidance-dialog';
import { helpMessage, menuMessage } from '../src/replies/messages';
import { nb } from '../src/text/nb';
import { routeInterruption, routeMessage, startsDialog, type Interruption, type Route } from './router';
import type { RouterServices } from './services';
import { replyInOneTurn } from './single-turn-replies';

export class MainRouter {
  private readonly dialogs: DialogSet;

  /** dialogState: where the dialog stack is kept between turns (conversation state). */
  constructor(private readonly services: RouterServices, private readonly dialogState: StatePropertyAccessor<DialogState>) {
    const { answerQuestion, profile, assess, nextQuestionField, cite, defaultCounty, findOffers, offerCategories, deleteAllData } = services;
    const { understander, readOpening, whyWeAsk, readCounty } = services;
    this.dialogs = new DialogSet(dialogState)
      .add(new GuidanceDialog({ profile, assess, nextQuestionField, cite, answerQuestion, defaultCounty, understander, readOpening, whyWeAsk }))
      .add(new CourseFinderDialog({ findOffers, offerCategories, cite, answerQuestion, readCounty }))
      .add(new DeleteDataDialog({ deleteAllData, answerQuestion }));
  }

  async run(context: TurnContext): Promise<void> {
    const text = context.activity.text ?? '';
    const running = ((await this.dialogState.get(context))?.dialogStack ?? []).length > 0;
    if (!running) return this.start(context, routeMessage(text));

    const dc = await this.dialogs.createContext(context);
    const active = dc.activeDialog;
    if (active && !this.dialogs.find(active.id)) {
      // A stack saved by an older version of the bot, naming a dialog that no longer exists.
      await dc.cancelAllDialogs();
      return this.start(context, routeMessage(text), dc);
    }
    const interruption = routeInterruption(text);
    if (interruption) return this.interrupt(dc, interruption);
    await dc.continueDialog();
  }

  /** Answers in this turn, or begins the dialog the route names. */
  private async start(context: TurnContext, route: Route, dc?: DialogContext): Promise<void> {
    if (!startsDialog(route)) return replyInOneTurn(context, route, this.services);
    const dialogs = dc ?? (await this.dialogs.createContext(context));
    switch (route.kind) {
      case 'guidance':
        await dialogs.beginDialog(GuidanceDialog.id, { text: route.text } satisfies GuidanceOptions);
        return;
      case 'courseFinder':
        await dialogs.beginDialog(CourseFinderDialog.id);
        return;
      case 'deleteData':
        await dialogs.beginDialog(DeleteDataDialog.id);
        return;
    }
  }

  private async interrupt(dc: DialogContext, interruption: Interruption): Promise<void> {
    switch (interruption.kind) {
      case 'help':
        await dc.context.sendActivity(helpMessage());
        await dc.repromptDialog();
        return;
      case 'cancel':
        await dc.cancelAllDialogs();
        await dc.context.sendActivity(menuMessage(nb.cancelled));
        return;
      default:
        // "meny", "start på nytt", "slett mine data" or a menu button: leave the dialog, then as if no dialog ran.
        await dc.cancelAllDialogs();
        return this.start(dc.context, interruption, dc);
    }
  }
}
