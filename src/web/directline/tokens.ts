// POST /tokens/generate and /tokens/refresh: tokens bound to one conversation and one user id that
// this service chooses.
import { z } from 'zod';
import { CORS_HEADERS, sendDirectLineError, sendJson, type Req, type Res } from '../http';
import { DIRECT_LINE_PREFIX, authorize, issues, type DirectLineContext } from './context';
import { randomId } from './token-service';

const GenerateBodySchema = z
  .object({
    user: z.object({ id: z.string().max(128).optional(), name: z.string().max(128).optional() }).optional(),
    trustedOrigins: z.array(z.string().max(512)).max(20).optional(),
  })
  .optional();

export function registerTokenRoutes(ctx: DirectLineContext): void {
  const { server, tokens } = ctx;
  server.post(`${DIRECT_LINE_PREFIX}/tokens/generate`, async (req: Req, res: Res) => {
    const body = GenerateBodySchema.safeParse(req.body ?? undefined);
    if (!body.success) return sendDirectLineError(res, 400, 'BadArgument', `Invalid body – ${issues(body.error)}`);
    // The user id is ours to choose ("dl_" marks ids bound into a token); the client cannot pick one.
    const issued = tokens.issue(randomId(16), `dl_${randomId(12)}`);
    sendJson(res, 200, { conversationId: issued.claims.conv, token: issued.token, expires_in: issued.expiresIn }, CORS_HEADERS);
  });

  server.post(`${DIRECT_LINE_PREFIX}/tokens/refresh`, async (req: Req, res: Res) => {
    const auth = authorize(ctx, req, res);
    if (!auth) return;
    const { claims } = auth;
    const issued = tokens.issue(claims.conv, claims.user);
    sendJson(res, 200, { conversationId: claims.conv, token: issued.token, expires_in: issued.expiresIn }, CORS_HEADERS);
  });
}
