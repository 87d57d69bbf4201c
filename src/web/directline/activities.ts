// POST|GET /conversations/:id/activities: what a client posts is checked, logged, echoed, and run
// through the bot as one turn with deliveryMode "expectReplies"; the replies are logged with ids
// `${conversationId}|${seq}` and watermarks, and pushed to the conversation's streams.
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { conversationLimitKey, type BotHost, type TurnLogic, type TurnOutcome } from '../../hosting/adapter';
import { usableEntities } from '../../hosting/activity';
import { DIRECT_LINE_JSON_PART_MAX_BYTES, MESSAGE_MAX_CHARS } from '../../limits';
import { errorFields } from '../../log';
import { warnSampled } from '../../log-sampling';
import type { LiveReplies } from '../../replies/stream/live-replies';
import { nb } from '../../text/nb';
import { CORS_HEADERS, sendDirectLineError, sendJson, type Req, type Res } from '../http';
import type { Conversation } from './conversation-store';
import { DIRECT_LINE_PREFIX, issues, openConversation, originOf, watermarkParam, type DirectLineContext } from './context';

const Account = z.object({
  id: z.string().max(128).optional(),
  name: z.string().max(128).optional(),
  role: z.string().max(32).optional(),
});

const jsonSizeOk = (v: unknown) => v === undefined || JSON.stringify(v).length <= DIRECT_LINE_JSON_PART_MAX_BYTES;

/** What a client may post. Unknown fields are dropped; ids, conversation and channel are ours to set. */
export const PostedActivitySchema = z
  .object({
    type: z.enum(['message', 'event', 'typing']),
    text: z.string().max(MESSAGE_MAX_CHARS).optional(),
    textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
    value: z.unknown().optional().refine(jsonSizeOk, 'value is too large'),
    name: z.string().max(128).optional(),
    locale: z.string().max(32).optional(),
    localTimestamp: z.string().max(64).optional(),
    localTimezone: z.string().max(64).optional(),
    channelData: z.record(z.string(), z.unknown()).optional().refine(jsonSizeOk, 'channelData is too large'),
    entities: z.array(z.record(z.string(), z.unknown())).max(10).optional().refine(jsonSizeOk, 'entities are too large'),
    attachments: z.array(z.unknown()).max(0, 'attachments (file uploads) are not supported').optional(),
    from: Account.optional(),
  })
  .refine((a) => a.type !== 'message' || a.text !== undefined || a.value !== undefined, {
    message: 'a message needs text or value',
  })
  .refine((a) => a.type !== 'event' || !!a.name, { message: 'an event needs a name' });

// The bot's replies (our own bot, but still a boundary): the fields the endpoint reads are typed, the
// rest passes through to the client. A malformed from/recipient/replyToId falls back to our default.
const ExpectRepliesSchema = z.object({
  activities: z.array(
    z
      .object({
        type: z.string().min(1),
        from: z.record(z.string(), z.unknown()).optional().catch(undefined),
        recipient: z.record(z.string(), z.unknown()).optional().catch(undefined),
        replyToId: z.string().optional().catch(undefined),
      })
      .passthrough(),
  ),
});

/** Starts a bot turn for an inbound activity, after the conversation's earlier turns. */
export type StartTurn = (conversation: Conversation, inbound: Partial<Activity>) => Promise<void>;

export function createTurnRunner(ctx: DirectLineContext, host: BotHost, logic: TurnLogic, liveReplies?: LiveReplies): StartTurn {
  const { log, now, bot } = ctx;
  let liveCount = 0;
  const runTurn = async (conversation: Conversation, inbound: Partial<Activity>): Promise<void> => {
    const user = { id: conversation.userId, role: 'user' };
    // A streamed answer's chunks go to the streams while the turn runs (not logged, like typing).
    const closeLive = liveReplies?.open(conversation.id, (activity) => {
      const id = `${conversation.id}|live-${++liveCount}`;
      conversation.stream({
        ...activity,
        type: activity.type ?? 'typing',
        id,
        channelId: 'directline',
        conversation: { id: conversation.id },
        from: bot,
        recipient: user,
        timestamp: new Date(now()).toISOString(),
        replyToId: inbound.id,
      });
      return id;
    });
    let outcome: TurnOutcome;
    try {
      // The POST counted the conversation's limit before answering its client.
      outcome = await host.runTurn('', inbound as Activity, logic, { conversationLimitCounted: true });
    } finally {
      closeLive?.();
    }
    if (outcome.kind !== 'ok') {
      log.error('direct line turn failed', {
        kind: outcome.kind,
        ...(outcome.kind === 'failed' ? errorFields(outcome.error) : 'message' in outcome ? { error: outcome.message } : {}),
      });
      if (inbound.type === 'message') {
        conversation.append({
          type: 'message',
          text: nb.somethingWentWrong,
          from: bot,
          recipient: user,
          channelId: 'directline',
          conversation: { id: conversation.id },
          timestamp: new Date(now()).toISOString(),
          replyToId: inbound.id,
        });
      }
      return;
    }
    const body = ExpectRepliesSchema.safeParse(outcome.body ?? { activities: [] });
    if (!body.success) {
      log.error('direct line turn returned an unexpected body', { problems: issues(body.error) });
      return;
    }
    for (const reply of body.data.activities) {
      if (reply.type === 'trace' || reply.type === 'delay') continue;
      const { serviceUrl: _s, deliveryMode: _d, id: _id, ...rest } = reply;
      const out = {
        ...rest,
        type: reply.type,
        channelId: 'directline',
        conversation: { id: conversation.id },
        from: reply.from ?? bot,
        recipient: reply.recipient ?? user,
        timestamp: new Date(now()).toISOString(),
        replyToId: reply.replyToId ?? inbound.id,
      };
      if (reply.type === 'typing') conversation.stream(out);
      else conversation.append(out);
    }
  };
  return (conversation, inbound) =>
    conversation.enqueue(() =>
      runTurn(conversation, inbound).catch((err: unknown) => log.error('direct line turn crashed', errorFields(err))),
    );
}

/** The fields every activity sent to the bot carries. */
export function inboundBase(ctx: DirectLineContext, req: Req, conversation: Conversation, locale?: string): Partial<Activity> {
  return {
    channelId: 'directline',
    serviceUrl: `${originOf(ctx, req)}${DIRECT_LINE_PREFIX}`,
    conversation: { id: conversation.id } as Activity['conversation'],
    recipient: ctx.bot,
    deliveryMode: 'expectReplies',
    timestamp: new Date(ctx.now()),
    ...(locale ? { locale } : {}),
  };
}

/**
 * Counts the conversation's limit (the same count as a turn through /api/messages). Over it, the client
 * gets 429 with Retry-After, and the conversation once per window a reply saying to slow down.
 */
async function refuseOverLimit(ctx: DirectLineContext, res: Res, conversation: Conversation, user: Record<string, unknown>): Promise<boolean> {
  const key = conversationLimitKey('directline', conversation.id);
  const decision = await ctx.limits.conversationTurns.consume(key);
  if (decision.allowed) return false;
  if (decision.first) warnSampled(ctx.log, 'rate limit reached: conversationTurns', 'rate limit reached', { limit: 'conversationTurns', channelId: 'directline', conversation: key, retryAfterSeconds: decision.retryAfterSeconds });
  if ((await ctx.limits.limitNotices.consume(key)).allowed) {
    conversation.append({
      type: 'message',
      text: nb.rateLimited,
      from: ctx.bot,
      recipient: user,
      channelId: 'directline',
      conversation: { id: conversation.id },
      timestamp: new Date(ctx.now()).toISOString(),
    });
  }
  sendJson(
    res,
    429,
    { error: { code: 'TooManyRequests', message: 'Too many messages in this conversation; try again later.' } },
    { ...CORS_HEADERS, 'Retry-After': String(decision.retryAfterSeconds), 'Access-Control-Expose-Headers': 'Retry-After' },
  );
  return true;
}

/**
 * `turnWaitMs`: how long POST …/activities waits for the bot's turn before answering {id}. At 0 it
 * answers as soon as the activity is logged, so Web Chat marks it sent at once and shows the typing
 * indicator while the bot works; the replies arrive on the stream (or the next poll).
 */
export function registerActivityRoutes(ctx: DirectLineContext, startTurn: StartTurn, turnWaitMs: number): void {
  const { server, now, bot } = ctx;
  const P = DIRECT_LINE_PREFIX;

  server.post(`${P}/conversations/:id/activities`, async (req: Req, res: Res) => {
    const open = openConversation(ctx, req, res);
    if (!open) return;
    const { conversation } = open;
    const { id } = conversation;
    if (req.body === undefined || req.body === null || typeof req.body !== 'object' || Array.isArray(req.body)) {
      return sendDirectLineError(res, 400, 'BadArgument', 'The body must be a JSON activity object.');
    }
    const parsed = PostedActivitySchema.safeParse(req.body);
    if (!parsed.success) return sendDirectLineError(res, 400, 'BadArgument', `Invalid activity – ${issues(parsed.error)}`);
    const { from, attachments: _a, ...posted } = parsed.data;
    const user = { id: conversation.userId, ...(from?.name ? { name: from.name } : {}), role: 'user' };

    if (posted.type === 'typing') {
      // User typing is not sent to the bot and not logged.
      return sendJson(res, 200, { id: `${id}|typing` }, CORS_HEADERS);
    }
    const limited = await refuseOverLimit(ctx, res, conversation, user);
    if (limited) return;
    if (conversation.queueFull) {
      // Each posted activity queues a bot turn; refuse rather than let one client queue without end.
      return sendDirectLineError(res, 429, 'TooManyRequests', 'Too many messages are waiting for the bot; try again in a moment.');
    }

    if (posted.type === 'message') conversation.hasUserMessages = true;
    const entities = usableEntities(posted.entities, { recipient: bot, text: posted.text });
    const echoed = conversation.append({
      ...posted,
      ...(entities ? { entities } : {}),
      channelId: 'directline',
      conversation: { id },
      from: user,
      recipient: bot,
      timestamp: new Date(now()).toISOString(),
    });
    ctx.log.debug('direct line activity received', { activity: echoed });
    if (posted.type === 'message') {
      // Show the typing indicator while the bot works (streamed only, as Direct Line does with typing).
      conversation.stream({ type: 'typing', from: bot, recipient: user, channelId: 'directline', conversation: { id } });
    }
    const turn = startTurn(conversation, {
      ...(echoed as Partial<Activity>),
      ...inboundBase(ctx, req, conversation, posted.locale),
      id: echoed.id,
      from: user as Activity['from'],
    });
    if (turnWaitMs > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([turn, new Promise<void>((resolve) => (timer = setTimeout(resolve, turnWaitMs)))]);
      if (timer) clearTimeout(timer);
    }
    sendJson(res, 200, { id: echoed.id }, CORS_HEADERS);
  });

  server.get(`${P}/conversations/:id/activities`, async (req: Req, res: Res) => {
    const open = openConversation(ctx, req, res);
    if (!open) return;
    const wm = watermarkParam(req, res);
    if (!wm.ok) return;
    sendJson(res, 200, open.conversation.since(wm.value), CORS_HEADERS);
  });

  server.post(`${P}/conversations/:id/upload`, async (_req: Req, res: Res) =>
    sendDirectLineError(res, 400, 'BadArgument', 'File uploads are not supported.'),
  );
}
