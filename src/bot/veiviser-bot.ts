// The bot's turn: normalises what channels send (card buttons, empty or huge messages), shows typing,
// runs the dialogs and saves state once per turn. Channel specifics (Teams: @mentions, installation,
// feedback invokes) are in src/channels/ and reach the bot as adapter middleware and `channelTurn`.
// It dispatches on the activity type itself rather than through botbuilder's ActivityHandler: the
// bot handles two types, and the handler chain cost about a tenth of a simple turn.
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
import { givesIdOrAddress } from '../privacy/redact';
import { withSpokenMarks } from '../normalise';
import { nb } from '../text/nb';
import { textsFor } from '../text/turn-language';
import { MESSAGE_MAX_CHARS, QUESTION_READ_CHARS } from '../limits';

export interface TurnMeta {
  turnCount: number;
}

/** Work around every turn: before anything reads the message, and after it (not when the data was deleted), before state is saved. */
export interface TurnHook {
  before?(context: TurnContext): Promise<void>;
  after?(context: TurnContext): Promise<void>;
}

export interface BotDeps {
  conversationState: BotState;
  userState: BotState;
  /** What to do with a message (the dialogs' main router). */
  router: { run(context: TurnContext): Promise<void> };
  brandName: string;
  /** Handles feedback (button presses, Web Chat's vote events); true when the activity was feedback. */
  handleFeedback(context: TurnContext): Promise<boolean>;
  /** Run in order around every turn (the conversation's language, the hand-off transcript). */
  hooks?: readonly TurnHook[];
  /** Event activities (e.g. handoff.status from a contact centre). */
  handleEvent?(context: TurnContext): Promise<void>;
  /** A channel's own activities (Teams: installation, the bot added, 👍/👎 invokes); true when handled. */
  channelTurn?(context: TurnContext): Promise<boolean>;
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
    const hooks = this.deps.hooks ?? [];
    for (const hook of hooks) await hook.before?.(context);
    // What the channel handled itself needs nothing more from the bot (but its state is saved).
    const handledByChannel = (await this.deps.channelTurn?.(context)) ?? false;
    switch (handledByChannel ? 'handled' : context.activity.type) {
      case ActivityTypes.Message:
        await this.onMessage(context);
        break;
      case ActivityTypes.ConversationUpdate:
        await this.onConversationUpdate(context);
        break;
      case ActivityTypes.Event:
        // Web Chat's 👍/👎 on an answer arrives as an event.
        if (!(await this.deps.handleFeedback(context))) await this.deps.handleEvent?.(context);
        break;
      // Nothing else needs a reply (an invoke nobody answers gets 501 from the adapter).
    }
    if (context.turnState.get(DATA_DELETED)) return;
    for (const hook of hooks) await hook.after?.(context);
    await this.deps.conversationState.saveChanges(context);
    await this.deps.userState.saveChanges(context);
  }

  private async onMessage(context: TurnContext): Promise<void> {
    if (await this.deps.handleFeedback(context)) return;
    const text = normaliseText(context);
    if (text === undefined) {
      await context.sendActivity(menuMessage(textsFor(context).emptyMessage, textsFor(context)));
      return;
    }
    if (text.length > MESSAGE_MAX_CHARS) {
      await context.sendActivity(textsFor(context).tooLong(text.length, QUESTION_READ_CHARS));
      return;
    }
    context.activity.text = text;
    if (givesIdOrAddress(text)) await sendAside(context, { type: ActivityTypes.Message, text: textsFor(context).noIdNeeded });
    await showTyping(context);
    await this.deps.router.run(context);
  }

  /** Welcomes people who join (Teams decides its own welcome in channelTurn). */
  private async onConversationUpdate(context: TurnContext): Promise<void> {
    const { membersAdded, recipient } = context.activity;
    for (const member of membersAdded ?? []) {
      // The welcome's language is the client's locale until the person has written something.
      if (member.id !== recipient?.id) await context.sendActivity(welcomeMessage(this.deps.brandName, textsFor(context)));
    }
  }
}

/**
 * An activity that does not count as a reply: sent past TurnContext.sendActivity, so prompts still
 * re-ask when their validator fails (they only do so when nothing was "responded" yet).
 */
async function sendAside(context: TurnContext, partial: Partial<Activity>): Promise<void> {
  const activity = TurnContext.applyConversationReference(partial, TurnContext.getConversationReference(context.activity)) as Activity;
  if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) {
    context.bufferedReplyActivities.push(activity);
  } else {
    await context.adapter.sendActivities(context, [activity]);
  }
}

/** A typing indicator, aside (Teams shows none in channels). */
async function showTyping(context: TurnContext): Promise<void> {
  if (context.activity.conversation?.conversationType === 'channel') return;
  await sendAside(context, { type: ActivityTypes.Typing });
}

/** The message text with card buttons mapped to words; undefined if empty. */
function normaliseText(context: TurnContext): string | undefined {
  const activity = context.activity;
  // (Dictated punctuation, "… kan jeg ta fagbrev spørsmålstegn", is read as the marks it names.)
  let text = withSpokenMarks((activity.text ?? '').trim());
  if (!text) {
    const action = CardActionSchema.safeParse(activity.value);
    if (action.success) text = ACTION_TEXT[action.data.action];
  }
  return text === '' ? undefined : text;
}
