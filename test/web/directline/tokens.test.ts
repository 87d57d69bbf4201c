// The local Direct Line's tokens: bound to one conversation, refreshed, expiring, and refused when forged.
import WebSocket from 'ws';
import { directLineServer, call, startConversation, type Json } from '../../support/directline-client';

describe('tokens', () => {
  const dl = directLineServer();

  test('generates a conversation-bound token and starts the conversation (201, then 200)', async () => {
    const generated = await call(dl.server, 'POST', '/v3/directline/tokens/generate', { body: {} });
    expect(generated.status).toBe(200);
    expect(generated.body).toEqual({ conversationId: expect.any(String), token: expect.any(String), expires_in: 1800 });
    // Web Chat reads the user id from the token's `user` claim.
    const claims = JSON.parse(Buffer.from((generated.body.token as string).split('.')[1], 'base64url').toString()) as Json;
    expect(claims.user).toMatch(/^dl_/);
    expect(claims.conv).toBe(generated.body.conversationId);

    const first = await call(dl.server, 'POST', '/v3/directline/conversations', { token: generated.body.token as string });
    expect(first.status).toBe(201);
    expect(first.body.conversationId).toBe(generated.body.conversationId);
    expect(first.body.expires_in).toBeGreaterThan(0);
    expect(first.body.streamUrl).toMatch(
      new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${first.body.conversationId}/stream\\?t=`),
    );
    const again = await call(dl.server, 'POST', '/v3/directline/conversations', { token: generated.body.token as string });
    expect(again.status).toBe(200);
    expect(again.body.conversationId).toBe(first.body.conversationId);
  });

  test('refresh issues a new working token; an expired token is rejected everywhere with 403', async () => {
    const conv = await startConversation(dl.server);
    dl.clock += 1000 * 1000; // 1000 s later, still valid
    const refreshed = await call(dl.server, 'POST', '/v3/directline/tokens/refresh', { token: conv.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({ conversationId: conv.conversationId, token: expect.any(String), expires_in: 1800 });
    expect(refreshed.body.token).not.toBe(conv.token);

    dl.clock += 1000 * 1000; // 2000 s after issue: the first token has expired, the refreshed one has not
    const expired = await call(dl.server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
      token: conv.token,
      body: { type: 'message', text: 'hei' },
    });
    expect(expired.status).toBe(403);
    expect(expired.body).toEqual({ error: { code: 'TokenExpired', message: expect.any(String) } });
    expect((await call(dl.server, 'POST', '/v3/directline/tokens/refresh', { token: conv.token })).status).toBe(403);
    expect((await call(dl.server, 'GET', `/v3/directline/conversations/${conv.conversationId}/activities`, { token: conv.token })).status).toBe(403);

    const ws = new WebSocket(conv.streamUrl);
    ws.on('error', () => undefined); // the refused handshake also surfaces as an error event
    const wsStatus = await new Promise<number>((resolve) => {
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('open', () => resolve(101));
    });
    ws.terminate();
    expect(wsStatus).toBe(403);

    const ok = await call(dl.server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
      token: refreshed.body.token as string,
      body: { type: 'message', text: 'hei' },
    });
    expect(ok.status).toBe(200);
  });

  test('missing, forged and foreign tokens are refused', async () => {
    const conv = await startConversation(dl.server);
    const other = await startConversation(dl.server);
    const path = `/v3/directline/conversations/${conv.conversationId}/activities`;

    const missing = await call(dl.server, 'GET', path);
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ error: { code: 'MissingToken', message: expect.any(String) } });

    const [h, p] = conv.token.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Json;
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, exp: (claims.exp as number) + 99999 })).toString('base64url');
    const forged = await call(dl.server, 'GET', path, { token: `${h}.${forgedPayload}.${conv.token.split('.')[2]}` });
    expect(forged.status).toBe(403);
    expect((await call(dl.server, 'GET', path, { token: 'not-a-token' })).status).toBe(403);

    const foreign = await call(dl.server, 'GET', path, { token: other.token });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toEqual({ error: { code: 'BadToken', message: expect.stringContaining('conversation') } });
  });
});
