// A Direct Line 3.0–compatible endpoint inside the bot server, for running without Azure Bot Service
// (no MicrosoftAppId). Web Chat's own client talks to it with `domain: origin + '/v3/directline'`:
//   POST /tokens/generate, POST /tokens/refresh, POST /conversations, GET /conversations/:id,
//   POST|GET /conversations/:id/activities, and the WebSocket stream (streamUrl).
// Each user activity is run through the bot with deliveryMode "expectReplies"; the activity and the
// replies are logged with ids `${conversationId}|${seq}` and watermarks and pushed to the streams.
// State is in memory (one process); see directline-store.ts.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Activity } from 'botbuilder';
import type restify from 'restify';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import type { BotHost, TurnLogic } from '../hosting/adapter';
import { errorFields, type Logger } from '../log';
import { Conversation, ConversationStore, type StoreLimits } from './directline-store';
import { TokenService, randomId, type TokenClaims } from './directline-token';
import {
  CORS_HEADERS,
  answerPreflights,
  bearerToken,
  queryOf,
  requestOrigin,
  requestUrl,
  routeParam,
  sendDirectLineError,
  sendJson,
  type Req,
  type Res,
} from './http';
import { DIRECT_LINE_FRAME_MAX_BYTES, DIRECT_LINE_JSON_PART_MAX_BYTES, MESSAGE_MAX_CHARS } from '../limits';
import { nb } from '../text/nb';

export const DIRECT_LINE_PREFIX = '/v3/directline';
const CONVERSATION_ID = /^[A-Za-z0-9_-]{8,64}$/;
const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/?]+)\/stream$/;

export interface DirectLineOptions {
  /** HMAC key for tokens; a random per-process key when unset (several instances need a shared one). */
  tokenSecret?: string;
  tokenTtlSeconds?: number;
  limits?: Partial<StoreLimits>;
  /**
   * How long POST …/activities waits for the bot's turn before answering {id}. Default 0: answer as
   * soon as the activity is logged, so Web Chat marks it sent at once and shows the typing indicator
   * while the bot works; the replies arrive on the stream (or the next poll) when the turn ends.
   */
  turnWaitMs?: number;
  now?: () => number;
}

export interface DirectLineDeps {
  host: BotHost;
  logic: TurnLogic;
  log: Logger;
  botId: string;
  botName: string;
  publicBaseUrl?: string;
}

export interface DirectLineHandle {
  tokens: TokenService;
  conversations: ConversationStore;
  /** Closes all streams and stops timers (also done when the server closes). */
  close(): void;
}

const GenerateBodySchema = z
  .object({
    user: z.object({ id: z.string().max(128).optional(), name: z.string().max(128).optional() }).optional(),
    trustedOrigins: z.array(z.string().max(512)).max(20).optional(),
  })
  .optional();

const StartBodySchema = z
  .object({
    user: z.object({ id: z.string().max(128).optional(), name: z.string().max(128).optional() }).optional(),
    locale: z.string().max(32).optional(),
  })
  .optional();

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

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

export function registerDirectLine(
  server: restify.Server,
  deps: DirectLineDeps,
  options: DirectLineOptions = {},
): DirectLineHandle {
  const now = options.now ?? Date.now;
  const tokens = new TokenService({ secret: options.tokenSecret, ttlSeconds: options.tokenTtlSeconds, now });
  const conversations = new ConversationStore(options.limits, now);
  const turnWaitMs = options.turnWaitMs ?? 0;
  const { log } = deps;
  const bot = { id: deps.botId, name: deps.botName, role: 'bot' };
  const P = DIRECT_LINE_PREFIX;

  const origin = (req: Req) => requestOrigin(req, deps.publicBaseUrl);
  const streamUrl = (req: Req, conversationId: string, token: string, watermark?: string) => {
    const ws = origin(req).replace(/^http/, 'ws');
    const wm = watermark ? `&watermark=${encodeURIComponent(watermark)}` : '';
    return `${ws}${P}/conversations/${conversationId}/stream?t=${encodeURIComponent(token)}${wm}`;
  };

  /** Checks the bearer token (and that it belongs to :id). Sends the error itself and returns undefined. */
  const authorize = (req: Req, res: Res, conversationId?: string): { claims: TokenClaims; token: string } | undefined => {
    const token = bearerToken(req.headers);
    if (!token) {
      sendDirectLineError(res, 401, 'MissingToken', 'Send "Authorization: Bearer <token>" (get one from POST /v3/directline/tokens/generate).');
      return undefined;
    }
    const verified = tokens.verify(token);
    if (!verified.ok) {
      if (verified.reason === 'expired') sendDirectLineError(res, 403, 'TokenExpired', 'The token has expired; get a new one.');
      else sendDirectLineError(res, 403, 'BadToken', 'The token is not valid.');
      return undefined;
    }
    if (conversationId !== undefined && verified.claims.conv !== conversationId) {
      sendDirectLineError(res, 403, 'BadToken', 'The token does not belong to this conversation.');
      return undefined;
    }
    return { claims: verified.claims, token };
  };

  /**
   * The conversation of the :id routes: a valid id, a token for it, and a conversation that exists.
   * Sends the error itself (400, 401/403, 404) and returns undefined otherwise.
   */
  const openConversation = (req: Req, res: Res): { conversation: Conversation; claims: TokenClaims; token: string } | undefined => {
    const id = routeParam(req, 'id');
    if (!CONVERSATION_ID.test(id)) {
      sendDirectLineError(res, 400, 'BadArgument', 'Invalid conversation id.');
      return undefined;
    }
    const auth = authorize(req, res, id);
    if (!auth) return undefined;
    const conversation = conversations.get(id);
    if (!conversation) {
      sendDirectLineError(res, 404, 'BadArgument', 'Conversation not found (it may have expired).');
      return undefined;
    }
    return { conversation, ...auth };
  };

  const watermarkParam = (req: Req, res: Res): { ok: true; value: number | undefined } | { ok: false } => {
    const raw = queryOf(req.url).get('watermark');
    if (raw === null || raw === '') return { ok: true, value: undefined };
    if (!/^\d{1,9}$/.test(raw)) {
      sendDirectLineError(res, 400, 'BadArgument', 'watermark must be a number returned by this service.');
      return { ok: false };
    }
    return { ok: true, value: Number(raw) };
  };

  /** Runs one activity through the bot and logs/streams its replies. */
  const runTurn = async (conversation: Conversation, inbound: Partial<Activity>): Promise<void> => {
    const outcome = await deps.host.runTurn('', inbound as Activity, deps.logic);
    const user = { id: conversation.userId, role: 'user' };
    if (outcome.kind !== 'ok') {
      log.error('direct line turn failed', {
        kind: outcome.kind,
        ...(outcome.kind === 'failed' ? errorFields(outcome.error) : { error: outcome.message }),
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

  const startTurn = (conversation: Conversation, inbound: Partial<Activity>): Promise<void> =>
    conversation.enqueue(() =>
      runTurn(conversation, inbound).catch((err: unknown) => log.error('direct line turn crashed', errorFields(err))),
    );

  const inboundBase = (req: Req, conversation: Conversation, locale?: string): Partial<Activity> => ({
    channelId: 'directline',
    serviceUrl: `${origin(req)}${P}`,
    conversation: { id: conversation.id } as Activity['conversation'],
    recipient: bot,
    deliveryMode: 'expectReplies',
    timestamp: new Date(now()),
    ...(locale ? { locale } : {}),
  });

  // CORS preflight for every Direct Line path (the widget may be embedded on another origin).
  answerPreflights(server, (pathname) => pathname.startsWith(`${P}/`));

  server.post(`${P}/tokens/generate`, async (req: Req, res: Res) => {
    const body = GenerateBodySchema.safeParse(req.body ?? undefined);
    if (!body.success) return sendDirectLineError(res, 400, 'BadArgument', `Invalid body – ${issues(body.error)}`);
    // The user id is ours to choose ("dl_" marks ids bound into a token); the client cannot pick one.
    const issued = tokens.issue(randomId(16), `dl_${randomId(12)}`);
    sendJson(res, 200, { conversationId: issued.claims.conv, token: issued.token, expires_in: issued.expiresIn }, CORS_HEADERS);
  });

  server.post(`${P}/tokens/refresh`, async (req: Req, res: Res) => {
    const auth = authorize(req, res);
    if (!auth) return;
    const { claims } = auth;
    const issued = tokens.issue(claims.conv, claims.user);
    sendJson(res, 200, { conversationId: claims.conv, token: issued.token, expires_in: issued.expiresIn }, CORS_HEADERS);
  });

  server.post(`${P}/conversations`, async (req: Req, res: Res) => {
    const auth = authorize(req, res);
    if (!auth) return;
    const { claims, token } = auth;
    const body = StartBodySchema.safeParse(req.body ?? undefined);
    if (!body.success) return sendDirectLineError(res, 400, 'BadArgument', `Invalid body – ${issues(body.error)}`);
    const existing = conversations.get(claims.conv);
    const conversation = existing ?? conversations.create(claims.conv, claims.user);
    sendJson(
      res,
      existing ? 200 : 201,
      {
        conversationId: conversation.id,
        token,
        expires_in: tokens.remaining(claims),
        streamUrl: streamUrl(req, conversation.id, token),
      },
      CORS_HEADERS,
    );
    if (!existing) {
      // As Direct Line does, tell the bot who joined so that it can greet the user.
      void startTurn(conversation, {
        ...inboundBase(req, conversation, body.data?.locale),
        type: 'conversationUpdate',
        id: `${conversation.id}|start`,
        from: { id: conversation.userId, role: 'user' } as Activity['from'],
        membersAdded: [bot, { id: conversation.userId, role: 'user' }] as Activity['membersAdded'],
      });
    }
  });

  server.get(`${P}/conversations/:id`, async (req: Req, res: Res) => {
    const open = openConversation(req, res);
    if (!open) return;
    const wm = watermarkParam(req, res);
    if (!wm.ok) return;
    const { conversation, claims, token } = open;
    sendJson(
      res,
      200,
      {
        conversationId: conversation.id,
        token,
        expires_in: tokens.remaining(claims),
        streamUrl: streamUrl(req, conversation.id, token, wm.value === undefined ? undefined : String(wm.value)),
      },
      CORS_HEADERS,
    );
  });

  server.post(`${P}/conversations/:id/activities`, async (req: Req, res: Res) => {
    const open = openConversation(req, res);
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
    if (conversation.queueFull) {
      // Each posted activity queues a bot turn; refuse rather than let one client queue without end.
      return sendDirectLineError(res, 429, 'TooManyRequests', 'Too many messages are waiting for the bot; try again in a moment.');
    }

    const echoed = conversation.append({
      ...posted,
      channelId: 'directline',
      conversation: { id },
      from: user,
      recipient: bot,
      timestamp: new Date(now()).toISOString(),
    });
    if (posted.type === 'message') {
      // Show the typing indicator while the bot works (streamed only, as Direct Line does with typing).
      conversation.stream({ type: 'typing', from: bot, recipient: user, channelId: 'directline', conversation: { id } });
    }
    const turn = startTurn(conversation, {
      ...(echoed as Partial<Activity>),
      ...inboundBase(req, conversation, posted.locale),
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
    const open = openConversation(req, res);
    if (!open) return;
    const wm = watermarkParam(req, res);
    if (!wm.ok) return;
    sendJson(res, 200, open.conversation.since(wm.value), CORS_HEADERS);
  });

  server.post(`${P}/conversations/:id/upload`, async (_req: Req, res: Res) =>
    sendDirectLineError(res, 400, 'BadArgument', 'File uploads are not supported.'),
  );

  // WebSocket stream. restify re-emits the http server's 'upgrade' events on itself.
  const wss = new WebSocketServer({ noServer: true, maxPayload: DIRECT_LINE_FRAME_MAX_BYTES });
  const refuse = (socket: Duplex, status: number, text: string) => {
    const body = JSON.stringify({ error: { code: status === 404 ? 'BadArgument' : 'BadToken', message: text } });
    socket.end(
      `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  };
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = requestUrl(req.url);
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) {
      if (server.listenerCount('upgrade') === 1) socket.destroy();
      return;
    }
    // Conversation ids are URL-safe as they are; anything percent-encoded is not one (and must not be
    // decoded here: a malformed escape would throw in this listener and take the process down).
    const id = match[1];
    const verified = tokens.verify(url.searchParams.get('t') ?? '');
    if (!CONVERSATION_ID.test(id)) return refuse(socket, 404, 'Not Found');
    if (!verified.ok || verified.claims.conv !== id) return refuse(socket, 403, 'Forbidden');
    const conversation = conversations.get(id);
    if (!conversation) return refuse(socket, 404, 'Not Found');
    if (conversation.streamCount >= conversations.limits.maxStreamsPerConversation) return refuse(socket, 409, 'Conflict');
    const rawWm = url.searchParams.get('watermark');
    const watermark = rawWm && /^\d{1,9}$/.test(rawWm) ? Number(rawWm) : undefined;
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      const unsubscribe = conversation.subscribe({
        send: (set) => ws.send(JSON.stringify(set)),
        close: (reason) => ws.close(1000, reason),
      });
      if (!unsubscribe) return ws.close(1008, 'collision');
      const backlog = conversation.since(watermark);
      if (backlog.activities.length > 0) ws.send(JSON.stringify(backlog));
      ws.on('message', () => {
        // Web Chat pings with empty messages; nothing else is expected from the client.
        conversation.lastActive = now();
      });
      ws.on('close', unsubscribe);
      ws.on('error', unsubscribe);
    });
  };
  server.on('upgrade', onUpgrade);

  // Keep streams alive through proxies, and expire idle conversations.
  const keepAlive = setInterval(() => {
    for (const client of wss.clients) client.ping();
    conversations.sweep();
  }, 30_000);
  keepAlive.unref();

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(keepAlive);
    server.removeListener('upgrade', onUpgrade);
    conversations.clear('server closing');
    for (const client of wss.clients) client.terminate();
    wss.close();
  };
  return { tokens, conversations, close };
}

