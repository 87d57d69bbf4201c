// Validates what arrives at POST /api/messages before the SDK sees it, so a malformed activity gets a
// clear 400 instead of an exception deep inside the adapter.
import { z } from 'zod';
import type { Activity } from 'botbuilder';

const Account = z.object({ id: z.string().min(1).max(512), name: z.string().max(512).optional() }).passthrough();

export const IncomingActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    channelId: z.string().min(1).max(128),
    serviceUrl: z.string().min(1).max(2048),
    from: Account,
    recipient: Account.optional(),
    conversation: z.object({ id: z.string().min(1).max(512) }).passthrough(),
    text: z.string().optional(),
    value: z.unknown().optional(),
    locale: z.string().max(32).optional(),
    deliveryMode: z.enum(['normal', 'expectReplies', 'notification', 'ephemeral']).optional(),
    membersAdded: z.array(Account).optional(),
    timestamp: z.string().optional(),
  })
  .passthrough();

// A Bot Framework entity names its `type`; a schema.org one (Web Chat's 👍/👎 vote) its `@type`.
const EntitySchema = z.union([
  z.object({ type: z.string().min(1).max(256) }).passthrough(),
  z.object({ '@type': z.string().min(1).max(256) }).passthrough(),
]);
const MentionSchema = z
  .object({ type: z.string(), mentioned: z.object({ id: z.string().min(1) }).passthrough(), text: z.string() })
  .passthrough();

/**
 * The entities the SDK can read: objects with a string `type` (or schema.org `@type`), and mentions that name who is mentioned
 * and how (TurnContext.removeRecipientMention throws on a mention without `mentioned`, and on any
 * mention when the activity has no recipient or no text). Anything else is dropped, not an error:
 * channels add entities of their own.
 */
export function usableEntities(entities: unknown, activity: { recipient?: unknown; text?: unknown }): Record<string, unknown>[] | undefined {
  if (!Array.isArray(entities)) return undefined;
  const mentionsReadable = activity.recipient !== undefined && typeof activity.text === 'string';
  return entities.filter((e): e is Record<string, unknown> => {
    const entity = EntitySchema.safeParse(e);
    if (!entity.success) return false;
    if (!('type' in entity.data) || String(entity.data.type).toLowerCase() !== 'mention') return true;
    return mentionsReadable && MentionSchema.safeParse(e).success;
  });
}

export type ParsedActivity =
  | { ok: true; activity: Activity }
  | { ok: false; message: string };

export function parseIncomingActivity(body: unknown): ParsedActivity {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, message: 'Request body must be a JSON Bot Framework activity object.' };
  }
  const parsed = IncomingActivitySchema.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    return { ok: false, message: `Invalid activity – ${problems}` };
  }
  // The schema checked every field the bot reads; the rest passes through as the channel sent it.
  const activity = { ...parsed.data } as Record<string, unknown>;
  const entities = usableEntities(activity.entities, activity);
  if (entities === undefined) delete activity.entities;
  else activity.entities = entities;
  return { ok: true, activity: activity as unknown as Activity };
}
