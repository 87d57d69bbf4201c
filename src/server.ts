// HTTP surface: Bot Framework messages, health, the counsellor APIs, and whatever extra routes the
// composition root registers (the web chat page and local Direct Line).
import restify from 'restify';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Config } from './config';
import type { Logger } from './log';
import { errorFields } from './log';
import { warnSampled } from './log-sampling';
import type { BotHost, TurnLogic, TurnOutcome } from './hosting/adapter';
import { parseIncomingActivity } from './hosting/activity';
import { registerClientLimits } from './rate-limit/http-limits';
import { redactUrl } from './privacy/url';
import {
  answerHeadAsGet,
  dropUntrustedForwardedHeaders,
  identifyRequests,
  refuseCompressedBodies,
  refuseDeepBodies,
  refuseNonJsonBodies,
  refuseUnparseableTargets,
  requestId,
} from './request-guards';
import type { Answerer } from './answer/types';
import { ProfileSchema, type Assessment, type Profile } from './catalogue/schema';
import { BODY_MAX_BYTES, MESSAGE_MAX_CHARS } from './limits';
import type { CandidateAssessment } from './counsellor/assess-candidate';
import { LangSchema, type Lang } from './text';
import { detectLanguage } from './text/detect-language';

export interface ServerDeps {
  config: Config;
  log: Logger;
  host: BotHost;
  logic: TurnLogic;
  answerer: Answerer;
  recommend: (profile: Profile, lang?: Lang) => Assessment;
  /** Counsellor mode: a free-text description of a candidate, assessed. */
  assessCandidate?: (description: string, lang: Lang) => CandidateAssessment;
  readiness: () => Promise<{ ok: boolean; checks: Record<string, unknown> }>;
  registerExtraRoutes?: (server: restify.Server) => void;
}


const AskBodySchema = z.object({ question: z.string().trim().min(1, 'question must not be empty').max(MESSAGE_MAX_CHARS) });
/** POST /api/assess: the candidate's description; `lang` chooses the language of the questions (default: the description's). */
const AssessBodySchema = z.object({ text: z.string().trim().min(1, 'text must not be empty').max(MESSAGE_MAX_CHARS), lang: LangSchema.optional() });
/** POST /api/recommend?lang=en: the body is the profile, so the language of the reasons comes in the query (default bokmål). */
const RecommendQuerySchema = z.object({ lang: LangSchema.optional() });

type Req = restify.Request;
type Res = restify.Response;

/** Logs every request at debug (errors at warn/error elsewhere): id, method, redacted target, status, duration. */
function logRequests(server: restify.Server, log: Logger): void {
  server.on('after', (req: Req, res: Res) => {
    log.debug('request', { reqId: requestId(req), req, status: res.statusCode, ms: Date.now() - req.time() });
  });
}

function sendError(res: Res, status: number, message: string): void {
  res.status(status);
  res.json({ error: message });
}

function keysMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface GuardOptions {
  /** Proxies in front of the bot whose X-Forwarded-* headers are believed (config.trustedProxyHops). */
  trustedProxyHops?: number;
}

/** A restify server with the request guards (src/request-guards.ts) and the body parser every server of ours uses. */
export function createGuardedServer(name: string, options: GuardOptions = {}): restify.Server {
  const hops = options.trustedProxyHops ?? 0;
  const server = restify.createServer({ name, handleUncaughtExceptions: false });
  refuseUnparseableTargets(server);
  identifyRequests(server, hops);
  answerHeadAsGet(server);
  dropUntrustedForwardedHeaders(server, hops);
  refuseCompressedBodies(server);
  refuseNonJsonBodies(server);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: BODY_MAX_BYTES, mapParams: false, rejectUnknown: true }));
  refuseDeepBodies(server);
  return server;
}

/**
 * A JSON body as res.json() sends it (same headers and bytes), encoded once: res.json() measured the
 * string's UTF-8 length for Content-Length and then encoded it again to write it. A turn's replies are
 * the largest body the bot sends, several kilobytes for an answer with its sources.
 */
function sendJsonOnce(res: Res, status: number, body: unknown): void {
  const payload = Buffer.from(JSON.stringify(body));
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Content-Length', payload.length);
  res.sendRaw(status, payload);
}

/** Writes a turn's outcome to the response of POST /api/messages (also used by the echo bot of bench:turns). */
export function sendTurnOutcome(req: Req, res: Res, outcome: TurnOutcome, log: Logger): void {
  switch (outcome.kind) {
    case 'ok':
      if (outcome.body !== undefined) return sendJsonOnce(res, outcome.status, outcome.body);
      res.status(outcome.status);
      res.end();
      return;
    case 'unauthorized':
      warnSampled(log, `bot token refused: ${outcome.message}`, 'bot token refused', { reqId: requestId(req), reason: outcome.message });
      return sendError(res, 401, 'Unauthorized: the Bot Framework token was missing or invalid.');
    case 'unavailable':
      warnSampled(log, 'bot token not checked', 'bot token not checked: signing keys unavailable', { reqId: requestId(req) });
      res.setHeader('Retry-After', String(outcome.retryAfterSeconds));
      return sendError(res, 503, 'The Bot Framework token cannot be checked right now; try again later.');
    case 'limited':
      res.setHeader('Retry-After', String(outcome.retryAfterSeconds));
      res.status(429);
      if (outcome.body !== undefined) res.json(outcome.body);
      else res.json({ error: 'Too many activities in this conversation; try again later.' });
      return;
    case 'failed':
      log.error('turn failed outside the bot', { reqId: requestId(req), ...errorFields(outcome.error) });
      return sendError(res, 500, 'The bot could not process this activity.');
  }
}

/** Hosts an unauthenticated bot may send replies to: this machine (the Bot Framework Emulator, tests). */
function isLoopbackServiceUrl(serviceUrl: string): boolean {
  try {
    const host = new URL(serviceUrl).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
  } catch {
    return false;
  }
}

export function createServer(deps: ServerDeps): restify.Server {
  const { config, log, host, logic } = deps;
  const server = createGuardedServer('veiviser', { trustedProxyHops: config.trustedProxyHops });
  registerClientLimits(server, { limits: host.limits, authEnabled: host.authEnabled, log });
  logRequests(server, log);

  server.post('/api/messages', async (req: Req, res: Res) => {
    const parsed = parseIncomingActivity(req.body);
    if (!parsed.ok) return sendError(res, 400, parsed.message);
    log.debug('activity received', { reqId: requestId(req), activity: parsed.activity });
    const authHeader = req.header('authorization') ?? '';
    if (host.authEnabled && !authHeader) {
      return sendError(res, 401, 'Missing Authorization header: this bot only accepts authenticated Bot Framework requests.');
    }
    // Without authentication anyone can post here; replies are sent back in the response
    // (expectReplies) or only to this machine, never to a serviceUrl the caller chose.
    if (!host.authEnabled && parsed.activity.deliveryMode !== 'expectReplies' && !isLoopbackServiceUrl(parsed.activity.serviceUrl)) {
      return sendError(res, 400, 'Without Bot Framework authentication the bot only replies to localhost (the Emulator) or with deliveryMode "expectReplies".');
    }
    sendTurnOutcome(req, res, await host.runTurn(authHeader, parsed.activity, logic), log);
  });

  server.get('/healthz', async (_req: Req, res: Res) => {
    res.json({ status: 'ok' });
  });

  server.get('/readyz', async (_req: Req, res: Res) => {
    const readiness = await deps.readiness();
    res.status(readiness.ok ? 200 : 503);
    res.json({ status: readiness.ok ? 'ready' : 'not-ready', ...readiness.checks });
  });

  // Counsellor APIs. Open on a developer machine; in production they need API_KEY.
  const counsellorGuard = (req: Req, res: Res): boolean => {
    if (!config.apiKey) {
      if (config.env !== 'production') return true;
      sendError(res, 403, 'The counsellor API is disabled: set API_KEY to enable it.');
      return false;
    }
    const header = req.header('authorization') ?? '';
    const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (!keysMatch(given, config.apiKey)) {
      sendError(res, 401, 'Unauthorized: send "Authorization: Bearer <API_KEY>".');
      return false;
    }
    return true;
  };

  server.post('/api/ask', async (req: Req, res: Res) => {
    if (!counsellorGuard(req, res)) return;
    const body = AskBodySchema.safeParse(req.body);
    if (!body.success) return sendError(res, 400, `Invalid body – ${body.error.issues.map((i) => i.message).join('; ')}`);
    try {
      res.json(await deps.answerer.answer(body.data.question));
    } catch (err) {
      log.error('ask failed', errorFields(err));
      sendError(res, 500, 'Could not answer the question right now.');
    }
  });

  server.post('/api/recommend', async (req: Req, res: Res) => {
    if (!counsellorGuard(req, res)) return;
    const profile = ProfileSchema.safeParse(req.body ?? {});
    if (!profile.success) {
      const problems = profile.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      return sendError(res, 400, `Invalid profile – ${problems}`);
    }
    const query = RecommendQuerySchema.safeParse(req.query ?? {});
    if (!query.success) return sendError(res, 400, `Invalid query – lang must be one of: ${LangSchema.options.join(', ')}`);
    res.json(deps.recommend(profile.data, query.data.lang));
  });

  const { assessCandidate } = deps;
  if (assessCandidate) {
    server.post('/api/assess', async (req: Req, res: Res) => {
      if (!counsellorGuard(req, res)) return;
      const body = AssessBodySchema.safeParse(req.body ?? {});
      if (!body.success) return sendError(res, 400, `Invalid body – ${body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
      const { text, lang } = body.data;
      // Nothing about the candidate is logged or kept: the result is computed and returned.
      const { profile, understood, assessment, unknown, unknownFields, offers, contacts } = assessCandidate(text, lang ?? detectLanguage(text) ?? 'nb');
      res.json({ profile, understood, assessment, unknown, unknownFields, offers, contacts });
    });
  }

  deps.registerExtraRoutes?.(server);

  server.on('restifyError', (req: Req, res: Res, err: Error & { statusCode?: number }, next: (e?: unknown) => void) => {
    // Messages may quote the target ("/x/ola%40… does not exist"): decoded and redacted like it.
    const fields = { reqId: requestId(req), req, status: err.statusCode, error: redactUrl(err.message), errorName: err.name };
    if (err.statusCode !== undefined && err.statusCode < 500) {
      warnSampled(log, `request rejected ${err.statusCode}`, 'request rejected', fields);
      return next();
    }
    log.error('request failed', fields);
    // restify would send the error's own text ("RangeError: …"); the client gets a plain 500.
    if (!res.headersSent) sendError(res, 500, 'Internal error.');
    return next();
  });
  return server;
}
