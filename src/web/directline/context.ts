// What the route groups of the local Direct Line share: the token service, the conversations, the
// bot's account, the clock, and how to check a request's token and conversation.
import type restify from 'restify';
import type { z } from 'zod';
import type { Logger } from '../../log';
import type { RateLimits } from '../../rate-limit/limiter';
import { queryOf, requestOrigin, routeParam, sendDirectLineError, bearerToken, type Req, type Res } from '../http';
import type { Conversation, ConversationStore } from './conversation-store';
import type { TokenClaims, TokenService } from './token-service';

export const DIRECT_LINE_PREFIX = '/v3/directline';
export const CONVERSATION_ID = /^[A-Za-z0-9_-]{8,64}$/;

export interface DirectLineContext {
  server: restify.Server;
  tokens: TokenService;
  conversations: ConversationStore;
  log: Logger;
  /** The bot's rate limits (per conversation, per client). */
  limits: RateLimits;
  now: () => number;
  bot: { id: string; name: string; role: 'bot' };
  publicBaseUrl?: string;
}

export function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

export function originOf(ctx: DirectLineContext, req: Req): string {
  return requestOrigin(req, ctx.publicBaseUrl);
}

/** Checks the bearer token (and that it belongs to `conversationId`). Sends the error itself and returns undefined. */
export function authorize(
  ctx: DirectLineContext,
  req: Req,
  res: Res,
  conversationId?: string,
): { claims: TokenClaims; token: string } | undefined {
  const token = bearerToken(req.headers);
  if (!token) {
    sendDirectLineError(res, 401, 'MissingToken', 'Send "Authorization: Bearer <token>" (get one from POST /v3/directline/tokens/generate).');
    return undefined;
  }
  const verified = ctx.tokens.verify(token);
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
}

/**
 * The conversation of the :id routes: a valid id, a token for it, and a conversation that exists.
 * Sends the error itself (400, 401/403, 404) and returns undefined otherwise.
 */
export function openConversation(
  ctx: DirectLineContext,
  req: Req,
  res: Res,
): { conversation: Conversation; claims: TokenClaims; token: string } | undefined {
  const id = routeParam(req, 'id');
  if (!CONVERSATION_ID.test(id)) {
    sendDirectLineError(res, 400, 'BadArgument', 'Invalid conversation id.');
    return undefined;
  }
  const auth = authorize(ctx, req, res, id);
  if (!auth) return undefined;
  const conversation = ctx.conversations.get(id);
  if (!conversation) {
    sendDirectLineError(res, 404, 'BadArgument', 'Conversation not found (it may have expired).');
    return undefined;
  }
  return { conversation, ...auth };
}

/** The ?watermark= of a request: a number this service handed out, or none. Sends 400 itself for anything else. */
export function watermarkParam(req: Req, res: Res): { ok: true; value: number | undefined } | { ok: false } {
  const raw = queryOf(req.url).get('watermark');
  if (raw === null || raw === '') return { ok: true, value: undefined };
  if (!/^\d{1,9}$/.test(raw)) {
    sendDirectLineError(res, 400, 'BadArgument', 'watermark must be a number returned by this service.');
    return { ok: false };
  }
  return { ok: true, value: Number(raw) };
}
