// The bot's turn: normalises what channels send (Teams mentions, card buttons, empty or huge
// messages), shows typing, runs the dialogs and saves state once per turn. It dispatches on the
// activity type itself rather than through botbuilder's ActivityHandler: the bot handles two types,
// and the handler chain cost about a tenth of a simple turn.
import {
  ActivityTypes,
  DeliveryModes,
  TurnContext,
  type Activity,
  type BotState,
  type StatePropertyAccessor,
} from 'botbuilder';
import { z } from 'zod';
import { menuMessage, welcomeMessage } from '../replies/messages';
import { nb } from '../text/nb';
import { MESSAGE_MAX_CHARS, QUESTION_READ_CHARS } from '../limits';

export interface TurnMeta {
  turnCount: number;
}

export interface BotDeps {
  conversationState: BotState;
  userState: BotState;
  /** What to do with a message (the dialogs' main router). */
  router: { run(context: TurnContext): Promise<void> };
  brandName: string;
  /** Handles feedback (button presses, Web Chat's vote events); true when the activity was feedback. */
  handleFeedback(context: TurnContext): Promise<boolean>;
}

const DATA_DELETED = Symbol('veiviser.dataDeleted');

/** Card buttons (Action.Submit) send a value instead of text; map it to the words the router knows. */
const CardActionSchema = z.object({ action: z.enum(['guidance', 'courseFinder', 'restart', 'help', 'menu']) });
const ACTION_TEXT: Record<z.infer<typeof CardActionSchema>['action'], string> = {
  guidance: nb.menu.guidance,
  courseFinder: nb.menu.courseFinder,
  restart: nb.commands.restart,
  help: nb.commands.help,
  menu: nb.commands.menu,
};

export function markDataDeleted(context: TurnContext): void {
  context.turnState.set(DATA_DELETED, true);
}

export class VeiviserBot {
  private readonly meta: StatePropertyAccessor<TurnMeta>;

  constructor(private readonly deps: BotDeps) {
    this.meta = deps.conversationState.createProperty('meta');
  }

  async run(context: TurnContext): Promise<void> {
    const meta = await this.meta.get(context, { turnCount: 0 });
    await this.meta.set(context, { ...meta, turnCount: meta.turnCount + 1 });
    switch (context.activity.type) {
      case ActivityTypes.Message:
        await this.onMessage(context);
        break;
      case ActivityTypes.ConversationUpdate:
        await this.onConversationUpdate(context);
        break;
      case ActivityTypes.Event:
        // Web Chat's 👍/👎 on an answer arrives as an event.
        await this.deps.handleFeedback(context);
        break;
      // Nothing else needs a reply (an invoke nobody answers gets 501 from the adapter).
    }
    if (context.turnState.get(DATA_DELETED)) return;
    await this.deps.conversationState.saveChanges(context);
    await this.deps.userState.saveChanges(context);
  }

  private async onMessage(context: TurnContext): Promise<void> {
    if (await this.deps.handleFeedback(context)) return;
    const text = normaliseText(context);
    if (text === undefined) {
      await context.sendActivity(menuMessage(nb.emptyMessage));
      return;
    }
    if (text.length > MESSAGE_MAX_CHARS) {
      await context.sendActivity(nb.tooLong(text.length, QUESTION_READ_CHARS));
      return;
    }
    context.activity.text = text;
    await showTyping(context);
    await this.deps.router.run(context);
  }

  /**
   * Welcomes people who join. In a Teams team every new member would trigger a welcome in the
   * channel; there the bot only speaks when @mentioned.
   */
  private async onConversationUpdate(context: TurnContext): Promise<void> {
    const { conversation, membersAdded, recipient } = context.activity;
    if (conversation?.conversationType === 'channel') return;
    for (const member of membersAdded ?? []) {
      if (member.id !== recipient?.id) await context.sendActivity(welcomeMessage(this.deps.brandName));
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
