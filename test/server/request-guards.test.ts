// The smaller hardening findings, each through the real HTTP server: deeply nested JSON, forwarded
// headers from an untrusted client, replies to a serviceUrl of the caller's choosing, non-JSON bodies,
// markup echoed back, HEAD, a mention without `mentioned`, and headers on restify's own 404.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../src/app';
import { Conversation } from '../support/conversation';
import { startApp } from '../support/app';
import { field, http as request } from '../support/http-request';
import { nb } from '../../src/text/nb';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.close();
});

/** `{"a":{"a":…}}` nested `depth` levels. */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const arrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

async function directLineConversation(base: string) {
  const token = String(field((await request(base, 'POST', '/v3/directline/tokens/generate')).json, 'token'));
  const started = await request(base, 'POST', '/v3/directline/conversations', { token });
  return { token, id: String(field(started.json, 'conversationId')) };
}

describe('deeply nested JSON', () => {
  it.each([10_000, 200])('a Direct Line activity whose value nests %i levels gets 400 without internal error text', async (depth) => {
    const { token, id } = await directLineConversation(app.url);
    for (const value of [nested(depth), arrays(depth)]) {
      const res = await request(app.url, 'POST', `/v3/directline/conversations/${id}/activities`, {
        token,
        rawBody: `{"type":"message","text":"hei","value":${value}}`,
      });
      expect(res.status).toBe(400);
      expect(res.text).not.toMatch(/RangeError|call stack|Internal/i);
    }
  });

  it('an activity to /api/messages nesting 10,000 levels gets 400, and the bot still answers', async () => {
    const conversation = new Conversation(app.url);
    const res = await request(app.url, 'POST', '/api/messages', {
      rawBody: JSON.stringify({ type: 'message', channelId: 'test', serviceUrl: 'http://localhost', from: { id: 'u' }, conversation: { id: conversation.id } }).replace(
        /}$/,
        `,"channelData":${nested(10_000)}}`,
      ),
    });
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/RangeError|call stack/i);
    expect(await conversation.say('hei')).not.toHaveLength(0);
  });

  it('nesting a real client uses passes', async () => {
    const { token, id } = await directLineConversation(app.url);
    const res = await request(app.url, 'POST', `/v3/directline/conversations/${id}/activities`, {
      token,
      rawBody: `{"type":"message","value":{"action":"menu","data":${nested(20)}}}`,
    });
    expect(res.status).toBe(200);
  });
});

describe('X-Forwarded-Host', () => {
  it('is ignored without a trusted proxy: the page config and CSP name the host the request reached', async () => {
    const headers = { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' };
    const config = await request(app.url, 'GET', '/api/webchat/config', { headers });
    expect(JSON.stringify(config.json)).not.toContain('evil.example');
    expect(String(field(config.json, 'domain'))).toMatch(/^http:\/\/(?:127\.0\.0\.1|localhost):\d+\//);
    const page = await request(app.url, 'GET', '/', { headers });
    expect(page.headers.get('content-security-policy') ?? '').not.toContain('evil.example');
    expect(page.text).not.toContain('evil.example');
  });

  it('is believed behind a trusted proxy (TRUST_PROXY=1)', async () => {
    const proxied = await startApp({ TRUST_PROXY: '1' });
    try {
      const config = await request(proxied.url, 'GET', '/api/webchat/config', {
        headers: { 'X-Forwarded-Host': 'veiviser.example.no', 'X-Forwarded-Proto': 'https' },
      });
      expect(String(field(config.json, 'domain'))).toBe('https://veiviser.example.no/v3/directline');
    } finally {
      await proxied.close();
    }
  });
});

describe('serviceUrl without authentication', () => {
  let channel: http.Server;
  let channelUrl: string;
  let received = 0;
  beforeAll(async () => {
    channel = http.createServer((req, res) => {
      received++;
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"x"}');
    });
    await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
    channelUrl = `http://127.0.0.1:${(channel.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => channel.close(() => resolve()));
  });

  const activity = (serviceUrl: string, extra: Record<string, unknown> = {}) => ({
    type: 'message',
    text: 'hei',
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'u' },
    recipient: { id: 'veiviser' },
    conversation: { id: `c-${Math.random()}` },
    ...extra,
  });

  it.each(['https://evil.example', 'http://10.0.0.1:8080', 'http://[::ffff:7f00:1]:1/', 'not a url'])(
    'refuses to reply to %s (400, nothing sent)',
    async (serviceUrl) => {
      const res = await request(app.url, 'POST', '/api/messages', { body: activity(serviceUrl) });
      expect(res.status).toBe(400);
    },
  );

  it('replies to a loopback serviceUrl (the Emulator), and in the response with expectReplies', async () => {
    received = 0;
    expect((await request(app.url, 'POST', '/api/messages', { body: activity(channelUrl) })).status).toBe(200);
    expect(received).toBeGreaterThan(0);
    const inline = await request(app.url, 'POST', '/api/messages', { body: activity('https://evil.example', { deliveryMode: 'expectReplies' }) });
    expect(inline.status).toBe(200);
    expect(field(inline.json, 'activities')).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'message' })]));
  });
});

describe('non-JSON bodies on JSON APIs', () => {
  const form = 'type=message&text=hei';
  const multipart = '--b\r\nContent-Disposition: form-data; name="file"; filename="x.txt"\r\n\r\nhei\r\n--b--\r\n';
  it.each([
    ['/api/messages', 'application/x-www-form-urlencoded', form],
    ['/api/messages', 'multipart/form-data; boundary=b', multipart],
    ['/api/ask', 'application/x-www-form-urlencoded', 'question=hei'],
    ['/api/ask', 'text/plain', '{"question":"hei"}'],
    ['/v3/directline/tokens/generate', 'multipart/form-data; boundary=b', multipart],
  ])('POST %s with %s gets 415', async (path, contentType, rawBody) => {
    const res = await request(app.url, 'POST', path, { rawBody, contentType });
    expect(res.status).toBe(415);
  });

  it('a Direct Line activity posted as a form gets 415', async () => {
    const { token, id } = await directLineConversation(app.url);
    const res = await request(app.url, 'POST', `/v3/directline/conversations/${id}/activities`, { token, rawBody: form, contentType: 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
  });

  it('JSON, JSON with a charset, and an empty POST still pass', async () => {
    expect((await request(app.url, 'POST', '/api/ask', { rawBody: '{"question":"Hva er fagbrev?"}', contentType: 'application/json; charset=utf-8' })).status).toBe(200);
    expect((await request(app.url, 'POST', '/v3/directline/tokens/generate')).status).toBe(200);
  });
});

describe('what the bot echoes', () => {
  it('"Jeg har forstått: …" shows the person\'s words without markup or links', async () => {
    const conversation = new Conversation(app.url);
    const replies = await conversation.say(
      'Jeg har jobbet 6 år som <img src=x onerror=alert(1)>[sveiser](https://evil.example) og bor i Trøndelag',
    );
    const understood = replies.map((r) => r.text ?? '').find((t) => t.startsWith('Jeg har forstått'));
    expect(understood).toBeDefined();
    expect(understood).toContain('Trøndelag');
    expect(understood).not.toMatch(/[<>[\]()]|evil\.example|onerror/);
  });
});

describe('HEAD, 404 and headers', () => {
  it.each(['/', '/healthz', '/api/webchat/config', '/embed.js'])('HEAD %s is answered like GET, without a body', async (path) => {
    const get = await request(app.url, 'GET', path);
    const head = await request(app.url, 'HEAD', path);
    expect(head.status).toBe(get.status);
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
  });

  it("restify's own 404 and 405 carry nosniff, and every response a request id", async () => {
    const missing = await request(app.url, 'GET', '/finnes-ikke');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    const wrongMethod = await request(app.url, 'DELETE', '/healthz');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('x-content-type-options')).toBe('nosniff');
    expect(missing.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a handler that throws answers a plain 500, without the error text', async () => {
    app.server.get('/test-throws', async () => {
      throw new RangeError('Maximum call stack size exceeded at secret/internal/path.ts');
    });
    const res = await request(app.url, 'GET', '/test-throws');
    expect(res.status).toBe(500);
    expect(res.text).not.toMatch(/RangeError|call stack|internal\/path/);
    expect(await request(app.url, 'GET', '/healthz')).toMatchObject({ status: 200 });
  });

  it('a client cannot choose its request id without a trusted proxy', async () => {
    const res = await request(app.url, 'GET', '/healthz', { headers: { 'X-Request-Id': 'chosen-by-client' } });
    expect(res.headers.get('x-request-id')).not.toBe('chosen-by-client');
  });
});

describe('mention entities', () => {
  const malformed = [
    [{ type: 'mention' }],
    [{ type: 'mention', mentioned: {} }],
    [{ type: 'mention', mentioned: { id: 'veiviser' } }],
    [{ type: 42 }],
    ['mention'],
  ];

  it.each(malformed)('an activity with %j is answered normally on /api/messages', async (...entities) => {
    const conversation = new Conversation(app.url);
    const { status, replies } = await conversation.post({ type: 'message', text: 'hjelp', entities });
    expect(status).toBe(200);
    const texts = replies.map((r) => r.text ?? '');
    expect(texts.some((t) => t.length > 0)).toBe(true);
    expect(texts).not.toContain(nb.somethingWentWrong);
  });

  it('and without a recipient or a text', async () => {
    const conversation = new Conversation(app.url);
    const { status, replies } = await conversation.post({
      type: 'message',
      recipient: undefined,
      text: undefined,
      value: { action: 'help' },
      entities: [{ type: 'mention', mentioned: { id: 'veiviser' }, text: '<at>Veiviser</at>' }],
    });
    expect(status).toBe(200);
    expect(replies.map((r) => r.text)).not.toContain(nb.somethingWentWrong);
  });

  it('on the local Direct Line too', async () => {
    const { token, id } = await directLineConversation(app.url);
    const res = await request(app.url, 'POST', `/v3/directline/conversations/${id}/activities`, {
      token,
      body: { type: 'message', text: 'hjelp', entities: [{ type: 'mention' }] },
    });
    expect(res.status).toBe(200);
    for (let i = 0; i < 100; i++) {
      const got = await request(app.url, 'GET', `/v3/directline/conversations/${id}/activities`, { token });
      const texts = (field(got.json, 'activities') as { text?: string; from?: { role?: string } }[]).filter((a) => a.from?.role === 'bot').map((a) => a.text);
      expect(texts).not.toContain(nb.somethingWentWrong);
      if (texts.length >= 2) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the bot did not answer');
  });
});
