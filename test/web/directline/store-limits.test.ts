// The local Direct Line under anonymous floods, through its real HTTP endpoint: new conversations do
// not evict live chats (they are refused with 503 when every conversation is live), one client address
// holds only its share, and a conversation's stored log is capped in bytes however much is posted.
import type { App } from '../../../src/app';
import { DEFAULT_LIMITS } from '../../../src/web/directline/conversation-store';
import { startApp } from '../../support/app';
import { field, http } from '../../support/http-request';
import { startWebServer, testConfig, type WebServer } from '../../support/web-fixture';

const MINUTE = 60_000;

async function open(base: string, headers: Record<string, string> = {}) {
  const token = String(field((await http(base, 'POST', '/v3/directline/tokens/generate', { headers })).json, 'token'));
  const started = await http(base, 'POST', '/v3/directline/conversations', { token, headers });
  return { token, status: started.status, id: String(field(started.json, 'conversationId')), retryAfter: started.headers.get('retry-after') };
}

async function say(base: string, conv: { token: string; id: string }, text: string) {
  return http(base, 'POST', `/v3/directline/conversations/${conv.id}/activities`, { token: conv.token, body: { type: 'message', text } });
}

const alive = async (base: string, conv: { token: string; id: string }) =>
  (await http(base, 'GET', `/v3/directline/conversations/${conv.id}`, { token: conv.token })).status === 200;

describe('at the conversation cap', () => {
  let server: WebServer;
  let clock = Date.now();
  beforeAll(async () => {
    server = await startWebServer({
      config: testConfig({ trustedProxyHops: 1 }),
      routes: { directLine: { now: () => clock, limits: { maxConversations: 4, maxConversationsPerClient: 10 } } },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses new conversations with 503 rather than evict live chats; replaces idle ones, empty ones first', async () => {
    clock = Date.now();
    const people = [];
    for (let i = 0; i < 4; i++) {
      const conv = await open(server.url, { 'X-Forwarded-For': `203.0.113.${i + 1}` });
      expect(conv.status).toBe(201);
      expect((await say(server.url, conv, 'hei')).status).toBe(200);
      people.push(conv);
    }
    // A flood from many addresses.
    for (let i = 0; i < 20; i++) {
      const flood = await open(server.url, { 'X-Forwarded-For': `198.51.100.${i + 1}` });
      expect(flood.status).toBe(503);
      expect(Number(flood.retryAfter)).toBeGreaterThan(0);
    }
    for (const conv of people) expect(await alive(server.url, conv)).toBe(true);

    // Ten minutes later the least recently active chat may make room; the others stay.
    clock += 5 * MINUTE;
    for (const conv of people.slice(1)) expect(await alive(server.url, conv)).toBe(true);
    clock += 6 * MINUTE;
    const newcomer = await open(server.url, { 'X-Forwarded-For': '203.0.113.99' });
    expect(newcomer.status).toBe(201);
    expect(await alive(server.url, people[0])).toBe(false);
    for (const conv of people.slice(1)) expect(await alive(server.url, conv)).toBe(true);

    // A conversation nobody has written in goes before any chat, however recent.
    const another = await open(server.url, { 'X-Forwarded-For': '203.0.113.100' });
    expect(another.status).toBe(201);
    expect(await alive(server.url, newcomer)).toBe(false);
    for (const conv of people.slice(1)) expect(await alive(server.url, conv)).toBe(true);
  });
});

describe('per client address', () => {
  let server: WebServer;
  beforeAll(async () => {
    server = await startWebServer({
      config: testConfig({ trustedProxyHops: 1 }),
      routes: { directLine: { limits: { maxConversationsPerClient: 3 } } },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it("a client's new conversation replaces its own oldest one, never someone else's", async () => {
    const neighbour = await open(server.url, { 'X-Forwarded-For': '203.0.113.7' });
    const mine = [];
    for (let i = 0; i < 3; i++) mine.push(await open(server.url, { 'X-Forwarded-For': '198.51.100.7' }));
    for (const conv of [...mine, neighbour]) expect(await alive(server.url, conv)).toBe(true);
    for (let i = 0; i < 5; i++) expect((await open(server.url, { 'X-Forwarded-For': '198.51.100.7' })).status).toBe(201);
    expect(await alive(server.url, neighbour)).toBe(true);
    for (const conv of mine) expect(await alive(server.url, conv)).toBe(false);
  });
});

describe('bytes per conversation', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it(`keeps at most ${DEFAULT_LIMITS.maxBytesPerConversation / 1024} kB of a conversation's log, the newest activities`, async () => {
    const conv = await open(app.url);
    const part = (c: string) => c.repeat(15_000);
    const posts = 16; // about 50 kB each: over three times the cap
    for (let i = 0; i < posts; i++) {
      const res = await http(app.url, 'POST', `/v3/directline/conversations/${conv.id}/activities`, {
        token: conv.token,
        body: {
          type: 'message',
          text: `melding-${i} ${'x'.repeat(3900)}`,
          value: { a: part('v') },
          channelData: { b: part('c') },
          entities: [{ type: 'padding', c: part('e') }],
        },
      });
      expect(res.status).toBe(200);
    }
    // Let the last turns finish, then read everything the conversation still holds.
    let log = await http(app.url, 'GET', `/v3/directline/conversations/${conv.id}/activities`, { token: conv.token });
    for (let i = 0; i < 100 && !log.text.includes(`melding-${posts - 1}`); i++) {
      await new Promise((r) => setTimeout(r, 50));
      log = await http(app.url, 'GET', `/v3/directline/conversations/${conv.id}/activities`, { token: conv.token });
    }
    expect(Buffer.byteLength(log.text)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxBytesPerConversation + 1024);
    expect(log.text).toContain(`melding-${posts - 1}`);
    expect(log.text).not.toContain('melding-0 ');
    // The watermark keeps counting past what was dropped.
    expect(Number(field(log.json, 'watermark'))).toBeGreaterThanOrEqual(posts);
  });
});
