// A Direct Line 3.0–compatible endpoint inside the bot server, for running without Azure Bot Service
// (no MicrosoftAppId). Web Chat's own client talks to it with `domain: origin + '/v3/directline'`:
//   tokens.ts         POST /tokens/generate, POST /tokens/refresh
//   conversations.ts  POST /conversations, GET /conversations/:id
//   activities.ts     POST|GET /conversations/:id/activities (each posted activity is a bot turn)
//   stream.ts         the WebSocket stream (streamUrl)
// State is in memory (one process): conversation-store.ts; tokens: token-service.ts.
import type restify from 'restify';
import type { BotHost, TurnLogic } from '../../hosting/adapter';
import type { Logger } from '../../log';
import type { LiveReplies } from '../../replies/stream/live-replies';
import { answerPreflights } from '../http';
import { createTurnRunner, registerActivityRoutes } from './activities';
import { DIRECT_LINE_PREFIX, type DirectLineContext } from './context';
import { ConversationStore, type StoreLimits } from './conversation-store';
import { registerConversationRoutes } from './conversations';
import { registerStream } from './stream';
import { TokenService } from './token-service';
import { registerTokenRoutes } from './tokens';

export { DIRECT_LINE_PREFIX } from './context';

export interface DirectLineOptions {
  /** HMAC key for tokens; a random per-process key when unset (several instances need a shared one). */
  tokenSecret?: string;
  tokenTtlSeconds?: number;
  limits?: Partial<StoreLimits>;
  /** How long POST …/activities waits for the bot's turn before answering {id} (default 0; see activities.ts). */
  turnWaitMs?: number;
  now?: () => number;
  /** Where a running turn can push activities to the streams at once (streamed answers). */
  liveReplies?: LiveReplies;
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

export function registerDirectLine(server: restify.Server, deps: DirectLineDeps, options: DirectLineOptions = {}): DirectLineHandle {
  const now = options.now ?? Date.now;
  const ctx: DirectLineContext = {
    server,
    tokens: new TokenService({ secret: options.tokenSecret, ttlSeconds: options.tokenTtlSeconds, now }),
    conversations: new ConversationStore(options.limits, now),
    log: deps.log,
    limits: deps.host.limits,
    now,
    bot: { id: deps.botId, name: deps.botName, role: 'bot' },
    publicBaseUrl: deps.publicBaseUrl,
  };
  const startTurn = createTurnRunner(ctx, deps.host, deps.logic, options.liveReplies);

  // CORS preflight for every Direct Line path (the widget may be embedded on another origin).
  answerPreflights(server, (pathname) => pathname.startsWith(`${DIRECT_LINE_PREFIX}/`));
  registerTokenRoutes(ctx);
  registerConversationRoutes(ctx, startTurn);
  registerActivityRoutes(ctx, startTurn, options.turnWaitMs ?? 0);
  const stream = registerStream(ctx);

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    // Streams are told why they close (conversations.clear) before their sockets go.
    ctx.conversations.clear('server closing');
    stream.close();
  };
  return { tokens: ctx.tokens, conversations: ctx.conversations, close };
}
