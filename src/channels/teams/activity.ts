// What Teams sends, read: which kind of conversation, whether the bot was @mentioned, the text without
// the mention, and whether a message is a card's button rather than something typed.
import { TurnContext, type Activity, type ChannelAccount } from 'botbuilder';
import { z } from 'zod';

export const TEAMS_CHANNEL = 'msteams';

export type TeamsConversationType = 'personal' | 'groupChat' | 'channel';

export function isTeams(activity: Pick<Activity, 'channelId'>): boolean {
  return activity.channelId === TEAMS_CHANNEL;
}

export function conversationType(activity: Pick<Activity, 'conversation'>): TeamsConversationType {
  const type = activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat' ? type : 'personal';
}

/** In channels and group chats the bot answers only when it is @mentioned; in a 1:1 chat always. */
export function needsMention(activity: Pick<Activity, 'conversation'>): boolean {
  return conversationType(activity) !== 'personal';
}

const MentionSchema = z.object({ type: z.literal('mention'), mentioned: z.object({ id: z.string() }).passthrough() }).passthrough();

export function mentionsBot(activity: Pick<Activity, 'entities' | 'recipient'>): boolean {
  const bot = activity.recipient?.id;
  return (activity.entities ?? []).some((e) => {
    const mention = MentionSchema.safeParse(e);
    return mention.success && mention.data.mentioned.id === bot;
  });
}

/** An Adaptive Card's Action.Submit: a value and no typed text (no @mention is needed for those). */
export function isCardSubmit(activity: Pick<Activity, 'text' | 'value'>): boolean {
  return activity.value !== undefined && activity.value !== null && !(activity.text ?? '').trim();
}

/**
 * The text with the bot's @mention removed and Teams' non-breaking spaces made plain. A mention the activity carries no
 * entity for ("<at>Veiviser</at>" typed by a client that sends none) goes too when it names the bot (as the activity's
 * recipient or by its brand name); another person's keeps the name without the markup.
 */
export function textWithoutBotMention(activity: Activity, brandName?: string): string {
  const text = mentionsBot(activity) ? (TurnContext.removeRecipientMention(activity) ?? activity.text ?? '') : (activity.text ?? '');
  // (The bot by the name the activity gives it, or by the name people know it by.)
  const bot = new Set([activity.recipient?.name, brandName].filter((n): n is string => n !== undefined && n.trim() !== '').map((n) => n.trim().toLowerCase()));
  return text
    .replace(/<at>([^<]*)<\/at>/giu, (_, name: string) => (bot.has(name.trim().toLowerCase()) ? ' ' : name))
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the bot itself is among the members added. */
export function botWasAdded(activity: Pick<Activity, 'membersAdded' | 'recipient'>): boolean {
  const bot = activity.recipient?.id;
  return (activity.membersAdded ?? []).some((m: ChannelAccount) => m.id === bot);
}
