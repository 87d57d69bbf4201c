// The local Direct Line's conversations: reconnecting after a watermark, and gone when unknown or expired.
import WebSocket from 'ws';
import { directLineServer, call, pollUntil, startConversation, texts, type ActivitySet } from '../../support/directline-client';

describe('conversations', () => {
  const dl = directLineServer();

  test('reconnect (GET /conversations/:id) returns a stream URL that resumes after the watermark', async () => {
    const conv = await startConversation(dl.server);
    await pollUntil(dl.server, conv, (a) => a.length === 1);
    await call(dl.server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
      token: conv.token,
      body: { type: 'message', text: 'to' },
    });
    const reconnect = await call(dl.server, 'GET', `/v3/directline/conversations/${conv.conversationId}?watermark=1`, { token: conv.token });
    expect(reconnect.status).toBe(200);
    expect(reconnect.body.streamUrl).toContain('&watermark=1');
    const ws = new WebSocket(reconnect.body.streamUrl as string);
    const first = await new Promise<ActivitySet>((resolve, reject) => {
      ws.once('message', (d) => resolve(JSON.parse(String(d)) as ActivitySet));
      ws.once('error', reject);
    });
    ws.close();
    expect(texts(first.activities)).toEqual([expect.stringContaining('Ekko: to')]);
  });

  test('an unknown or expired conversation is 404 (Web Chat then ends the conversation)', async () => {
    const generated = await call(dl.server, 'POST', '/v3/directline/tokens/generate');
    const token = generated.body.token as string;
    const id = generated.body.conversationId as string;
    // The token is valid but POST /conversations was never called.
    expect((await call(dl.server, 'GET', `/v3/directline/conversations/${id}/activities`, { token })).status).toBe(404);
    expect((await call(dl.server, 'GET', `/v3/directline/conversations/${id}`, { token })).status).toBe(404);
  });
});
