// The local Direct Line's WebSocket stream: backlog, typing and new activities; hostile upgrade
// requests; and closing with the server.
import WebSocket from 'ws';
import { startWebServer, type WebServer } from '../../support/web-fixture';
import { directLineServer, call, pollUntil, rawRequest, startConversation, type ActivitySet, type Json } from '../../support/directline-client';

describe('the stream', () => {
  const dl = directLineServer();

  test('the WebSocket stream delivers the backlog, the typing indicator and new activities with watermarks', async () => {
    const conv = await startConversation(dl.server);
    await pollUntil(dl.server, conv, (a) => a.length === 1); // the welcome is in the log before we connect
    const ws = new WebSocket(conv.streamUrl);
    const frames: ActivitySet[] = [];
    const waiters: (() => void)[] = [];
    ws.on('message', (data) => {
      frames.push(JSON.parse(String(data)) as ActivitySet);
      waiters.splice(0).forEach((w) => w());
    });
    const frameWhere = async (pred: (f: ActivitySet) => boolean) => {
      for (let i = 0; i < 50 && !frames.some(pred); i++) await new Promise<void>((r) => waiters.push(r));
      const found = frames.find(pred);
      if (!found) throw new Error('frame not received');
      return found;
    };
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    try {
      const backlog = await frameWhere((f) => f.activities.some((a) => a.text === 'Hei! Jeg er testboten.'));
      expect(backlog.watermark).toBe('0');
      ws.send(''); // Web Chat's keep-alive ping is ignored

      await call(dl.server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
        token: conv.token,
        body: { type: 'message', text: 'kort' },
      });
      const echo = await frameWhere((f) => f.activities.some((a) => a.text === 'kort'));
      expect(echo.watermark).toBe('1');
      const typing = await frameWhere((f) => f.activities.some((a) => a.type === 'typing'));
      expect(typing.watermark).toBeUndefined();
      const hero = await frameWhere((f) =>
        f.activities.some((a) => (a.attachments as Json[] | undefined)?.[0]?.contentType === 'application/vnd.microsoft.card.hero'),
      );
      expect(hero.watermark).toBe('2');
      const adaptive = await frameWhere((f) =>
        f.activities.some((a) => (a.attachments as Json[] | undefined)?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive'),
      );
      expect(adaptive.watermark).toBe('3');
    } finally {
      ws.close();
    }
  });
});

describe('hostile requests', () => {
  let server: WebServer;
  beforeAll(async () => {
    server = await startWebServer();
  });
  afterAll(async () => {
    await server.close();
  });

  test('a stream URL with a malformed escape is refused, and the server keeps running', async () => {
    const { token, conversationId } = await startConversation(server, false);
    const upgrade = (id: string) =>
      rawRequest(
        server,
        `GET /v3/directline/conversations/${id}/stream?t=${token} HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==`,
      );
    expect(await upgrade('%E0%A4%A')).toBe('HTTP/1.1 404 Not Found');
    // The same request with the real id is accepted: the refusal above was about the id.
    expect(await upgrade(conversationId)).toBe('HTTP/1.1 101 Switching Protocols');
    expect((await fetch(`${server.url}/api/webchat/config`)).status).toBe(200);
  });

  test('request targets that are not URLs (OPTIONS http://[) get an answer, and the server keeps running', async () => {
    for (const head of ['OPTIONS http://[ HTTP/1.1', 'GET http://[ HTTP/1.1', 'GET /v3/directline/conversations/%zz/activities HTTP/1.1']) {
      expect(await rawRequest(server, head)).toMatch(/^HTTP\/1\.1 [45]\d\d /);
    }
    expect((await fetch(`${server.url}/api/webchat/config`)).status).toBe(200);
  });
});

describe('shutting down', () => {
  test('server.close() completes while a chat stream is open, and the stream is closed', async () => {
    const server = await startWebServer();
    const conv = await startConversation(server, false);
    const ws = new WebSocket(conv.streamUrl);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const closedByServer = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    await server.close();
    expect(await closedByServer).toBe(1000);
  });
});
