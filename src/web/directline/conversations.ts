// POST /conversations (start, or resume with the token's conversation) and GET /conversations/:id
// (reconnect): both answer with the token and the stream URL.
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { warnSampled } from '../../log-sampling';
import { CORS_HEADERS, sendDirectLineError, sendJson, type Req, type Res } from '../http';
import { inboundBase, type StartTurn } from './activities';
import { ConversationStoreFullError } from './conversation-store';
import { DIRECT_LINE_PREFIX, authorize, issues, openConversation, watermarkParam, type DirectLineContext } from './context';
import { streamUrl } from './stream';

const StartBodySchema = z
  .object({
    user: z.object({ id: z.string().max(128).optional(), name: z.string().max(128).optional() }).optional(),
    locale: z.string().max(32).optional(),
  })
  .optional();

export function registerConversationRoutes(ctx: DirectLineContext, startTurn: StartTurn): void {
  const { server, tokens, conversations, bot } = ctx;
  const P = DIRECT_LINE_PREFIX;

  server.post(`${P}/conversations`, async (req: Req, res: Res) => {
    const auth = authorize(ctx, req, res);
    if (!auth) return;
    const { claims, token } = auth;
    const body = StartBodySchema.safeParse(req.body ?? undefined);
    if (!body.success) return sendDirectLineError(res, 400, 'BadArgument', `Invalid body – ${issues(body.error)}`);
    const existing = conversations.get(claims.conv);
    let conversation = existing;
    if (!conversation) {
      try {
        conversation = conversations.create(claims.conv, claims.user, ctx.limits.clientOf(req));
      } catch (err) {
        if (!(err instanceof ConversationStoreFullError)) throw err;
        warnSampled(ctx.log, 'direct line full', 'direct line full: every conversation is live', { conversations: conversations.size });
        return sendJson(
          res,
          503,
          { error: { code: 'ServiceUnavailable', message: 'The chat is busy right now; try again in a minute.' } },
          { ...CORS_HEADERS, 'Retry-After': '60', 'Access-Control-Expose-Headers': 'Retry-After' },
        );
      }
    }
    sendJson(
      res,
      existing ? 200 : 201,
      {
        conversationId: conversation.id,
        token,
        expires_in: tokens.remaining(claims),
        streamUrl: streamUrl(ctx, req, conversation.id, token),
      },
      CORS_HEADERS,
    );
    if (!existing) {
      // As Direct Line does, tell the bot who joined so that it can greet the user.
      void startTurn(conversation, {
        ...inboundBase(ctx, req, conversation, body.data?.locale),
        type: 'conversationUpdate',
        id: `${conversation.id}|start`,
        from: { id: conversation.userId, role: 'user' } as Activity['from'],
        membersAdded: [bot, { id: conversation.userId, role: 'user' }] as Activity['membersAdded'],
      });
    }
  });

  server.get(`${P}/conversations/:id`, async (req: Req, res: Res) => {
    const open = openConversation(ctx, req, res);
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
        streamUrl: streamUrl(ctx, req, conversation.id, token, wm.value === undefined ? undefined : String(wm.value)),
      },
      CORS_HEADERS,
    );
  });
}
