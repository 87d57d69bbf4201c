// One message turn of the conversation. With no dialog running, the message is routed (router.ts):
// most are answered in the same turn, and guidance, the course finder and "slett mine data" start
// their dialog. While a dialog runs, "hjelp", "avbryt", "start på nytt", "meny", "slett mine data"
// and the menu buttons work anywhere; anything else is the dialog's answer.
// Before either, the commands that work anywhere (anywhere-commands.ts): a language, a human,
// counsellor mode.
// The dialogs sit directly in one DialogSet, without a main ComponentDialog around them, and the
// words that interrupt are caught before the dialog sees the message: each dialog layer costs a
// DialogContext (and a prompt would first run its recognizers on "avbryt").
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogSet, type DialogContext, type DialogState, type DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { dialogSetAside } from './answer-in-prompt';
import { anywhereCommand, type AnywhereCommand } from './anywhere-commands';
import { CounsellorDialog, type CounsellorOptions } from './counsellor-dialog';
import { CourseFinderDialog } from './course-finder-dialog';
import { DeleteDataDialog } from './delete-data-dialog';
import { GuidanceDialog, type GuidanceOptions } from './guidance-dialog';
import { helpMessage, menuMessage } from '../src/replies/messages';
import { textsFor } from '../src/text/turn-language';
import { routeInterruption, routeMessage, startsDialog, type Interruption, type Route } from './router';
import type { RouterServices } from './services';
import { replyInOneTurn } from './single-turn-replies';
import { turnIntent } from './turn-intent';

/**
 * Where a DialogContext looks for its state manager's configuration in the turn state (botbuilder-
 * dialogs' DialogStateManager; not exported). Without it the first context of every turn builds the
 * memory scopes and path resolvers anew, through a dependency-injection container.
 */
const DIALOG_STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';

export class MainRouter {
  private readonly dialogs: DialogSet;
  /** The memory scopes and path resolvers: the same objects serve every turn (they keep nothing themselves). */
  private stateConfiguration?: DialogStateManagerConfiguration;

  /** dialogState: where the dialog stack is kept between turns (conversation state). */
  constructor(private readonly services: RouterServices, private readonly dialogState: StatePropertyAccessor<DialogState>) {
    const { answerQuestion, profile, assess, recordAnswer, nextQuestionField, cite, defaultCounty, findOffers, offerCategories, deleteAllData } = services;
    const { understander, readOpening, whyWeAsk, readCounty, noteTopic } = services;
    this.dialogs = new DialogSet(dialogState)
      .add(new GuidanceDialog({ profile, assess, recordAnswer, nextQuestionField, cite, answerQuestion, noteTopic, defaultCounty, understander, readOpening, whyWeAsk }))
      .add(new CourseFinderDialog({ findOffers, offerCategories, cite, answerQuestion, readCounty }))
      .add(new DeleteDataDialog({ deleteAllData, answerQuestion }))
      .add(new CounsellorDialog({ assessCandidate: services.assessCandidate, cite, noteTopic }));
  }

  async run(context: TurnContext): Promise<void> {
    const text = context.activity.text ?? '';
    const running = ((await this.dialogState.get(context))?.dialogStack ?? []).length > 0;
    const command = anywhereCommand(text);
    if (command) return this.runAnywhere(context, command, running);
    if (!running) return this.start(context, routeMessage(text, turnIntent(context)));

    const dc = await this.createContext(context);
    const active = dc.activeDialog;
    if (active && !this.dialogs.find(active.id)) {
      // A stack saved by an older version of the bot, naming a dialog that no longer exists.
      await dc.cancelAllDialogs();
      return this.start(context, routeMessage(text, turnIntent(context)), dc);
    }
    const interruption = routeInterruption(text, turnIntent(context));
    if (interruption) return this.interrupt(dc, interruption);
    await dc.continueDialog();
    if (dialogSetAside(context)) await dc.cancelAllDialogs();
  }

  private async createContext(context: TurnContext): Promise<DialogContext> {
    if (this.stateConfiguration) context.turnState.set(DIALOG_STATE_MANAGER_CONFIGURATION, this.stateConfiguration);
    const dc = await this.dialogs.createContext(context);
    this.stateConfiguration ??= dc.state.configuration;
    return dc;
  }

  /** Answers in this turn, or begins the dialog the route names. */
  private async start(context: TurnContext, route: Route, dc?: DialogContext): Promise<void> {
    if (!startsDialog(route)) return replyInOneTurn(context, route, this.services);
    const dialogs = dc ?? (await this.createContext(context));
    switch (route.kind) {
      case 'guidance':
        await dialogs.beginDialog(GuidanceDialog.id, { text: route.text } satisfies GuidanceOptions);
        return;
      case 'candidate':
        await dialogs.beginDialog(CounsellorDialog.id, { description: route.description } satisfies CounsellorOptions);
        return;
      case 'courseFinder':
        await dialogs.beginDialog(CourseFinderDialog.id);
        return;
      case 'deleteData':
        await dialogs.beginDialog(DeleteDataDialog.id);
        return;
    }
  }

  private async runAnywhere(context: TurnContext, command: AnywhereCommand, running: boolean): Promise<void> {
    const t = textsFor(context);
    const dc = running ? await this.createContext(context) : undefined;
    const active = dc?.activeDialog !== undefined && this.dialogs.find(dc.activeDialog.id) !== undefined;
    switch (command.kind) {
      case 'language':
        // The turn already speaks the new language (conversation-language.ts). A running dialog starts
        // over in it, so its question is asked in the new language (a reprompt would repeat the old
        // text); what guidance has learnt is kept in the profile.
        if (dc?.activeDialog && active) {
          await context.sendActivity(t.language.switched);
          const id = dc.activeDialog.id;
          await dc.replaceDialog(id, id === CounsellorDialog.id ? ({ description: '' } satisfies CounsellorOptions) : {});
        } else {
          await context.sendActivity(menuMessage(t.language.switched, t));
        }
        return;
      case 'handoff':
        await dc?.cancelAllDialogs();
        await this.services.startHandoff(context);
        return;
      case 'counsellor': {
        const dialogs = dc ?? (await this.createContext(context));
        await dialogs.cancelAllDialogs();
        await dialogs.beginDialog(CounsellorDialog.id, { description: command.description } satisfies CounsellorOptions);
        return;
      }
    }
  }

  private async interrupt(dc: DialogContext, interruption: Interruption): Promise<void> {
    switch (interruption.kind) {
      case 'help':
        await dc.context.sendActivity(helpMessage(textsFor(dc.context)));
        await dc.repromptDialog();
        return;
      case 'cancel':
        await dc.cancelAllDialogs();
        await dc.context.sendActivity(menuMessage(textsFor(dc.context).cancelled, textsFor(dc.context)));
        return;
      default:
        // "meny", "start på nytt", "slett mine data" or a menu button: leave the dialog, then as if no dialog ran.
        await dc.cancelAllDialogs();
        return this.start(dc.context, interruption, dc);
    }
  }
}
