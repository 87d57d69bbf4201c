// The ActivityHandler: normalises what channels send (Teams mentions, card buttons, empty or huge
// messages), shows typing, runs the dialogs and saves state once per turn.
import {
  ActivityHandler,
  ActivityTypes,
  DeliveryModes,
  TurnContext,
  type Activity,
  type ConversationState,
  type StatePropertyAccessor,
  type UserState,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { z } from 'zod';
import { MainDialog } from '../../dialogs/main-dialog';
import { EMPTY_MESSAGE, MENU, TOO_LONG, menuMessage, welcomeMessage } from '../../dialogs/replies';

/** Longer messages are refused politely rather than searched: nobody's question is this long. */
export const MAX_MESSAGE_CHARS = 4000;

export interface TurnMeta {
  turnCount: number;
}

export interface BotDeps {
  conversationState: ConversationState;
  userState: UserState;
  mainDialog: MainDialog;
  brandName: string;
  /** Handles feedback button presses; true when the activity was feedback. */
  handleFeedback(context: TurnContext): Promise<boolean>;
}

const DATA_DELETED = Symbol('veiviser.dataDeleted');

/** Card buttons (Action.Submit) send a value instead of text; map it to the words the router knows. */
const CardActionSchema = z.object({ action: z.enum(['guidance', 'courseFinder', 'restart', 'help', 'menu']) });
const ACTION_TEXT: Record<z.infer<typeof CardActionSchema>['action'], string> = {
  guidance: MENU.guidance,
  courseFinder: MENU.courseFinder,
  restart: 'start på nytt',
  help: 'hjelp',
  menu: 'meny',
};

export function markDataDeleted(context: TurnContext): void {
  context.turnState.set(DATA_DELETED, true);
}

export class VeiviserBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly meta: StatePropertyAccessor<TurnMeta>;

  constructor(private readonly deps: BotDeps) {
    super();
    const dialogState: StatePropertyAccessor<DialogState> = deps.conversationState.createProperty('dialogState');
    this.meta = deps.conversationState.createProperty('meta');
    this.dialogs = new DialogSet(dialogState).add(deps.mainDialog);

    this.onMembersAdded(async (context, next) => {
      // In a Teams team every new member would trigger a welcome in the channel; there the bot only
      // speaks when @mentioned.
      if (context.activity.conversation?.conversationType === 'channel') return next();
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient?.id) {
          await context.sendActivity(welcomeMessage(deps.brandName));
        }
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      if (await deps.handleFeedback(context)) return next();
      const text = normaliseText(context);
      if (text === undefined) {
        await context.sendActivity(menuMessage(EMPTY_MESSAGE));
        return next();
      }
      if (text.length > MAX_MESSAGE_CHARS) {
        await context.sendActivity(TOO_LONG(text.length));
        return next();
      }
      context.activity.text = text;
      await showTyping(context);
      await this.runDialogs(context);
      return next();
    });
  }

  async run(context: TurnContext): Promise<void> {
    const meta = await this.meta.get(context, { turnCount: 0 });
    await this.meta.set(context, { ...meta, turnCount: meta.turnCount + 1 });
    await super.run(context);
    if (context.turnState.get(DATA_DELETED)) return;
    await this.deps.conversationState.saveChanges(context);
    await this.deps.userState.saveChanges(context);
  }

  private async runDialogs(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dc.beginDialog(MainDialog.id);
    }
  }
}

/**
 * A typing indicator that does not count as a reply: sent past TurnContext.sendActivity, so prompts
 * still re-ask when their validator fails (they only do so when nothing was "responded" yet).
 */
async function showTyping(context: TurnContext): Promise<void> {
  const typing = TurnContext.applyConversationReference(
    { type: ActivityTypes.Typing },
    TurnContext.getConversationReference(context.activity),
  ) as Activity;
  if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) {
    context.bufferedReplyActivities.push(typing);
  } else {
    await context.adapter.sendActivities(context, [typing]);
  }
}

/** The message text with Teams @mentions removed and card buttons mapped to words; undefined if empty. */
function normaliseText(context: TurnContext): string | undefined {
  const activity = context.activity;
  let text = activity.text ?? '';
  if ((activity.entities ?? []).some((e) => e.type === 'mention')) {
    text = TurnContext.removeRecipientMention(activity) ?? text;
  }
  text = text.trim();
  if (!text) {
    const action = CardActionSchema.safeParse(activity.value);
    if (action.success) text = ACTION_TEXT[action.data.action];
  }
  return text === '' ? undefined : text;
}
