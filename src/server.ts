// HTTP surface: Bot Framework messages, health, the counsellor APIs, and whatever extra routes the
// composition root registers (the web chat page and local Direct Line).
import restify from 'restify';
import { timingSafeEqual } from 'node:crypto';
import { parse as parseLegacyUrl } from 'node:url';
import { z } from 'zod';
import type { Config } from './config';
import type { Logger } from './log';
import { errorFields } from './log';
import type { BotHost, TurnLogic } from './hosting/adapter';
import { parseIncomingActivity } from './hosting/activity';
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
  recommend: (profile: Profile) => Assessment;
  /** Counsellor mode: a free-text description of a candidate, assessed. */
  assessCandidate?: (description: string, lang: Lang) => CandidateAssessment;
  readiness: () => Promise<{ ok: boolean; checks: Record<string, unknown> }>;
  registerExtraRoutes?: (server: restify.Server) => void;
}


const AskBodySchema = z.object({ question: z.string().trim().min(1, 'question must not be empty').max(MESSAGE_MAX_CHARS) });
/** POST /api/assess: the candidate's description; `lang` chooses the language of the questions (default: the description's). */
const AssessBodySchema = z.object({ text: z.string().trim().min(1, 'text must not be empty').max(MESSAGE_MAX_CHARS), lang: LangSchema.optional() });

type Req = restify.Request;
type Res = restify.Response;

function sendError(res: Res, status: number, message: string): void {
  res.status(status);
  res.json({ error: message });
}

function keysMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * restify's router runs url.parse on the request target, which throws (and would take the process
 * down) on targets like `OPTIONS http://[ HTTP/1.1`; this refuses those before it sees them.
 * Register it before any other pre-handler.
 */
export function refuseUnparseableTargets(server: restify.Server): void {
  server.pre((req: Req, res: Res, next: restify.Next) => {
    try {
      parseLegacyUrl(req.url ?? '/');
    } catch {
      sendError(res, 400, 'The request target is not a valid URL.');
      return next(false);
    }
    return next();
  });
}

/**
 * Refuses request bodies with a Content-Encoding (gzip, deflate, …) with 415. restify's body reader
 * would inflate them: a body that is not what its header says ends the process through the gunzip
 * stream's unhandled error, and a small gzip bomb inflates past every limit, which counts compressed
 * bytes. No client of ours compresses requests (Bot Framework connectors, Direct Line, Web Chat).
 * Register before the body parser.
 */
export function refuseCompressedBodies(server: restify.Server): void {
  server.pre((req: Req, res: Res, next: restify.Next) => {
    const encoding = (req.headers['content-encoding'] ?? '').trim().toLowerCase();
    // restify's body reader refuses "identity" itself, though it means "not encoded".
    if (encoding === 'identity') delete req.headers['content-encoding'];
    else if (encoding !== '') {
      res.setHeader('Connection', 'close');
      sendError(res, 415, 'Compressed request bodies are not accepted: send the body without Content-Encoding.');
      return next(false);
    }
    return next();
  });
}

/** A restify server with the request guards and the body parser every server of ours uses. */
export function createGuardedServer(name: string): restify.Server {
  const server = restify.createServer({ name, handleUncaughtExceptions: false });
  refuseUnparseableTargets(server);
  refuseCompressedBodies(server);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: BODY_MAX_BYTES, mapParams: false, rejectUnknown: true }));
  return server;
}

export function createServer(deps: ServerDeps): restify.Server {
  const { config, log, host, logic } = deps;
  const server = createGuardedServer('veiviser');

  server.post('/api/messages', async (req: Req, res: Res) => {
    const parsed = parseIncomingActivity(req.body);
    if (!parsed.ok) return sendError(res, 400, parsed.message);
    const authHeader = req.header('authorization') ?? '';
    if (host.authEnabled && !authHeader) {
      return sendError(res, 401, 'Missing Authorization header: this bot only accepts authenticated Bot Framework requests.');
    }
    const outcome = await host.runTurn(authHeader, parsed.activity, logic);
    switch (outcome.kind) {
      case 'ok':
        res.status(outcome.status);
        if (outcome.body !== undefined) res.json(outcome.body);
        else res.end();
        return;
      case 'unauthorized':
        return sendError(res, 401, 'Unauthorized: the Bot Framework token was missing or invalid.');
      case 'failed':
        log.error('turn failed outside the bot', errorFields(outcome.error));
        return sendError(res, 500, 'The bot could not process this activity.');
    }
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
    res.json(deps.recommend(profile.data));
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
    if (err.statusCode !== undefined && err.statusCode < 500) {
      log.warn('request rejected', { path: req.path(), status: err.statusCode, error: err.message });
    } else {
      log.error('request failed', { path: req.path(), ...errorFields(err) });
    }
    next();
  });
  return server;
}
