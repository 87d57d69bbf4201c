// Answers as Web Chat 4.18 shows them best, applied to what the bot sends on the Direct Line and Web
// Chat channels (the county page). The bot's answers are channel-neutral: the text with "[n] Kilde:
// <link>" lines under it, 👍/👎 as suggested actions, and the answer and its citations as data in
// channelData.veiviser. Here, for Web Chat:
//   - the sources become Markdown link definitions ("[1]: <url> "label""), which Web Chat lists under
//     the answer in a "Kilder (n)" section that the widget folds, so the answer comes first;
//   - the root schema.org Message entity carries the citations (position n = marker [n]) and the
//     👍/👎 as a LikeAction and a DislikeAction, which Web Chat shows on the answer itself; they leave
//     the suggested actions, which would take room under the transcript and vanish with the next message.
import type { Activity, Entity, Middleware, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { CitationSchema, type Citation } from '../catalogue/schema';
import { FEEDBACK_VALUE_TYPE, RatingValueSchema, type RatingValue } from '../feedback/value';
import { voteActions } from '../feedback/web-chat-vote';
import type { CitationFormatter } from '../replies/citations';

/** Channels whose client is Web Chat: our page over Direct Line (local or Azure) and Azure's test chat. */
export const WEB_CHAT_CHANNELS: ReadonlySet<string> = new Set(['directline', 'webchat']);

const MESSAGE_ENTITY_TYPE = 'https://schema.org/Message';
/** Web Chat and Teams show at most this much of a citation's name and abstract. */
const NAME_MAX = 80;
const ABSTRACT_MAX = 160;

const AnswerDataSchema = z.object({
  veiviser: z.object({ answer: z.string().min(1), citations: z.array(CitationSchema).min(1) }).passthrough(),
});

const FeedbackActionSchema = z.object({ type: z.literal('messageBack'), value: RatingValueSchema });

const EntitySchema = z.record(z.string(), z.unknown());

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A Markdown link definition: `[n]: <url> "label"` (angle brackets allow any URL, the title escapes its quotes). */
function linkDefinition(n: number, url: string, label: string): string {
  const safeUrl = url.replace(/[<>\s]/g, encodeURIComponent);
  const title = label.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `[${n}]: <${safeUrl}> "${title}"`;
}

function claim(n: number, citation: Citation, label: string, url: string): Record<string, unknown> {
  return {
    '@type': 'Claim',
    position: n,
    appearance: { '@type': 'DigitalDocument', name: clip(label, NAME_MAX), abstract: clip(citation.quote, ABSTRACT_MAX), url },
  };
}

/**
 * One answer for Web Chat; anything that is not an answer with sources (or whose sources cannot all
 * be linked) is returned as it is, apart from moving 👍/👎 onto the message.
 */
export function forWebChat(activity: Partial<Activity>, cite: CitationFormatter): Partial<Activity> {
  const feedback = (activity.suggestedActions?.actions ?? [])
    .map((a) => FeedbackActionSchema.safeParse(a))
    .filter((r) => r.success)
    .map((r) => r.data.value);
  const data = AnswerDataSchema.safeParse(activity.channelData);
  const linked = data.success ? data.data.veiviser.citations.map((c) => ({ c, url: cite.href(c), label: cite.label(c) })) : [];
  const canLink = linked.length > 0 && linked.every((l) => l.url);
  if (feedback.length === 0 && !canLink) return activity;

  const entities = [...(activity.entities ?? [])];
  const index = entities.findIndex((e) => {
    const parsed = EntitySchema.safeParse(e);
    return parsed.success && parsed.data.type === MESSAGE_ENTITY_TYPE && parsed.data['@id'] === '';
  });
  const message: Entity =
    index >= 0
      ? { ...entities[index] }
      : { type: MESSAGE_ENTITY_TYPE, '@type': 'Message', '@context': 'https://schema.org', '@id': '' };

  let text = activity.text;
  if (canLink && data.success) {
    const definitions = linked.map((l, i) => linkDefinition(i + 1, l.url ?? '', l.label));
    const body = data.data.veiviser.answer
      .trim()
      // "[1][2]" would read as a link with text "1" to source 2: keep adjacent markers apart.
      .replace(/\[(\d+)\](?=\[\d+\])/g, '[$1] ')
      // "• " lines are a list; Markdown would run them together into one paragraph.
      .replace(/^• /gm, '- ');
    text = `${body}\n\n${definitions.join('\n')}`;
    if (!Array.isArray(message.citation)) message.citation = linked.map((l, i) => claim(i + 1, l.c, l.label, l.url ?? ''));
  }

  let suggestedActions = activity.suggestedActions;
  const up = feedback.find((v) => v.rating === 'up');
  const down = feedback.find((v) => v.rating === 'down');
  if (up && down) {
    message.potentialAction = voteActions(up, down);
    const rest = (suggestedActions?.actions ?? []).filter((a) => !isFeedbackAction(a.value));
    suggestedActions = rest.length > 0 && suggestedActions ? { ...suggestedActions, actions: rest } : undefined;
  }

  if (index >= 0) entities[index] = message;
  else entities.push(message);
  const out: Partial<Activity> = { ...activity, text, entities };
  if (suggestedActions) out.suggestedActions = suggestedActions;
  else delete out.suggestedActions;
  return out;
}

function isFeedbackAction(value: unknown): value is RatingValue {
  return z.object({ type: z.literal(FEEDBACK_VALUE_TYPE) }).passthrough().safeParse(value).success;
}

/** Bot middleware: rewrites what the bot sends in a turn that came from a Web Chat channel. */
export function webChatAnswers(cite: CitationFormatter): Middleware {
  return {
    onTurn: async (context: TurnContext, next: () => Promise<void>) => {
      if (WEB_CHAT_CHANNELS.has(context.activity.channelId)) {
        context.onSendActivities(async (_ctx, activities, nextSend) => {
          activities.forEach((a, i) => (activities[i] = forWebChat(a, cite)));
          return nextSend();
        });
      }
      await next();
    },
  };
}
