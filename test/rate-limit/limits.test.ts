// Rate limits through the real HTTP server (in memory; the Redis-backed ones are in
// limits-redis.int.test.ts): per conversation with a friendly reply in the chat, per client address
// on the anonymous endpoints, the Azure token exchange, and RATE_LIMITS=off.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import type { App } from '../../src/app';
import type { RateLimitPolicy } from '../../src/rate-limit/policy';
import { RATE_LIMIT_POLICY } from '../../src/rate-limit/policy';
import { nb } from '../../src/text/nb';
import { startAppWith } from '../support/app';
import { Conversation } from '../support/conversation';
import { field, http as request } from '../support/http-request';

function withPolicy(policy: Partial<RateLimitPolicy>, env: Record<string, string> = {}): Promise<App> {
  return startAppWith({ env, adjust: (config) => (config.rateLimits.policy = policy) });
}

const texts = (body: unknown) => ((field(body, 'activities') as { text?: string }[] | undefined) ?? []).map((a) => a.text);

describe('per conversation, at the default limit', () => {
  let app: App;
  beforeAll(async () => {
    app = await withPolicy({});
  });
  afterAll(async () => {
    await app.close();
  });

  it(`answers ${RATE_LIMIT_POLICY.conversationTurns.points} messages a minute, then 429 with Retry-After and one friendly reply`, async () => {
    const flooding = new Conversation(app.url);
    const { points, durationSeconds } = RATE_LIMIT_POLICY.conversationTurns;
    for (let i = 0; i < points; i++) expect((await flooding.post({ type: 'message', text: 'hei' })).status).toBe(200);

    const first = await request(app.url, 'POST', '/api/messages', { body: flooding.activity({ type: 'message', text: 'hei' }) });
    expect(first.status).toBe(429);
    const retryAfter = Number(first.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(durationSeconds);
    expect(texts(first.json)).toEqual([nb.rateLimited]);

    const second = await request(app.url, 'POST', '/api/messages', { body: flooding.activity({ type: 'message', text: 'hei' }) });
    expect(second.status).toBe(429);
    expect(texts(second.json)).toEqual([]);

    // Another conversation is not affected.
    expect(await new Conversation(app.url).say('hei')).not.toHaveLength(0);
  });
});

describe('per conversation on the local Direct Line', () => {
  let app: App;
  beforeAll(async () => {
    app = await withPolicy({ conversationTurns: { points: 3, durationSeconds: 60 } });
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses with 429 and Retry-After, and says so in the chat once', async () => {
    const token = String(field((await request(app.url, 'POST', '/v3/directline/tokens/generate')).json, 'token'));
    const id = String(field((await request(app.url, 'POST', '/v3/directline/conversations', { token })).json, 'conversationId'));
    const post = () => request(app.url, 'POST', `/v3/directline/conversations/${id}/activities`, { token, body: { type: 'message', text: 'hei' } });
    for (let i = 0; i < 3; i++) expect((await post()).status).toBe(200);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect((await post()).status).toBe(429);
    const log = await request(app.url, 'GET', `/v3/directline/conversations/${id}/activities`, { token });
    expect(texts(log.json).filter((t) => t === nb.rateLimited)).toHaveLength(1);
  });
});

describe('per client address', () => {
  let app: App;
  beforeAll(async () => {
    app = await withPolicy(
      {
        clientMessages: { points: 5, durationSeconds: 60 },
        counsellorRequests: { points: 3, durationSeconds: 60 },
        conversationStarts: { points: 4, durationSeconds: 600 },
      },
      { TRUST_PROXY: '1' },
    );
  });
  afterAll(async () => {
    await app.close();
  });

  const from = (address: string) => ({ 'X-Forwarded-For': `6.6.6.6, ${address}` });

  it('limits anonymous messages across conversations, per address', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await request(app.url, 'POST', '/api/messages', { body: new Conversation(app.url).activity({ type: 'message', text: 'hei' }), headers: from('203.0.113.1') });
      expect(res.status).toBe(200);
    }
    const refused = await request(app.url, 'POST', '/api/messages', { body: new Conversation(app.url).activity({ type: 'message', text: 'hei' }), headers: from('203.0.113.1') });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    // What the client put in front of the proxy's entry does not make it someone else.
    const spoofed = await request(app.url, 'POST', '/api/messages', {
      body: new Conversation(app.url).activity({ type: 'message', text: 'hei' }),
      headers: { 'X-Forwarded-For': '198.51.100.99, 203.0.113.1' },
    });
    expect(spoofed.status).toBe(429);
    const other = await request(app.url, 'POST', '/api/messages', { body: new Conversation(app.url).activity({ type: 'message', text: 'hei' }), headers: from('203.0.113.2') });
    expect(other.status).toBe(200);
  });

  it('limits the counsellor API per address', async () => {
    const ask = () => request(app.url, 'POST', '/api/ask', { body: { question: 'Hva er fagbrev?' }, headers: from('203.0.113.3') });
    for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
    expect((await ask()).status).toBe(429);
  });

  it('limits new Direct Line conversations per address', async () => {
    const start = async () => {
      const token = String(field((await request(app.url, 'POST', '/v3/directline/tokens/generate', { headers: from('203.0.113.4') })).json, 'token'));
      return request(app.url, 'POST', '/v3/directline/conversations', { token, headers: from('203.0.113.4') });
    };
    for (let i = 0; i < 4; i++) expect((await start()).status).toBe(201);
    const refused = await start();
    expect(refused.status).toBe(429);
    expect(field(refused.json, 'error', 'code')).toBe('TooManyRequests');
  });
});

describe('local Direct Line reads and streams, per client address', () => {
  let app: App;
  beforeAll(async () => {
    app = await withPolicy({ clientReads: { points: 4, durationSeconds: 60 }, streamConnects: { points: 2, durationSeconds: 600 } }, { TRUST_PROXY: '1' });
  });
  afterAll(async () => {
    await app.close();
  });

  const from = (address: string) => ({ 'X-Forwarded-For': address });
  async function start(address: string): Promise<{ id: string; token: string; streamUrl: string }> {
    const token = String(field((await request(app.url, 'POST', '/v3/directline/tokens/generate', { headers: from(address) })).json, 'token'));
    const started = await request(app.url, 'POST', '/v3/directline/conversations', { token, headers: from(address) });
    return { id: String(field(started.json, 'conversationId')), token, streamUrl: String(field(started.json, 'streamUrl')) };
  }

  it('counts polling GETs (activities and the conversation) across conversations, then 429', async () => {
    const [a, b] = [await start('203.0.113.30'), await start('203.0.113.30')];
    const poll = (c: { id: string; token: string }, path = '/activities') =>
      request(app.url, 'GET', `/v3/directline/conversations/${c.id}${path}`, { token: c.token, headers: from('203.0.113.30') });
    for (const c of [a, b, a]) expect((await poll(c)).status).toBe(200);
    expect((await poll(b, '')).status).toBe(200);
    const refused = await poll(a);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(field(refused.json, 'error', 'code')).toBe('TooManyRequests');
    expect((await poll(b, '')).status).toBe(429);
    // Another address polls on.
    const other = await start('203.0.113.31');
    expect((await request(app.url, 'GET', `/v3/directline/conversations/${other.id}/activities`, { token: other.token, headers: from('203.0.113.31') })).status).toBe(200);
  });

  it('counts WebSocket streams opened, then refuses the upgrade with 429 and Retry-After', async () => {
    const c = await start('203.0.113.32');
    const open = () =>
      new Promise<{ opened: true } | { opened: false; status?: number; retryAfter?: string }>((resolve) => {
        const ws = new WebSocket(c.streamUrl, { headers: from('203.0.113.32') });
        ws.once('open', () => {
          ws.close();
          resolve({ opened: true });
        });
        ws.once('unexpected-response', (_req, res) => {
          resolve({ opened: false, status: res.statusCode, retryAfter: res.headers['retry-after'] });
          res.resume();
          ws.terminate();
        });
        ws.once('error', () => resolve({ opened: false }));
      });
    expect(await open()).toEqual({ opened: true });
    expect(await open()).toEqual({ opened: true });
    const refused = await open();
    expect(refused).toMatchObject({ opened: false, status: 429 });
    expect(Number(refused.opened ? 0 : refused.retryAfter)).toBeGreaterThan(0);
    // The same stream from another address opens (the token, not the address, gives the conversation).
    const elsewhere = await new Promise<boolean>((resolve) => {
      const ws = new WebSocket(c.streamUrl, { headers: from('203.0.113.33') });
      ws.once('open', () => (ws.close(), resolve(true)));
      ws.once('error', () => resolve(false));
    });
    expect(elsewhere).toBe(true);
  });
});

describe('Direct Line tokens', () => {
  it(`local: ${RATE_LIMIT_POLICY.sessionStarts.points} tokens per address in ${RATE_LIMIT_POLICY.sessionStarts.durationSeconds / 60} minutes, then 429`, async () => {
    const app = await withPolicy({});
    try {
      for (let i = 0; i < RATE_LIMIT_POLICY.sessionStarts.points; i++) {
        expect((await request(app.url, 'POST', '/v3/directline/tokens/generate')).status).toBe(200);
      }
      const refused = await request(app.url, 'POST', '/v3/directline/tokens/generate');
      expect(refused.status).toBe(429);
      expect(refused.headers.get('access-control-expose-headers')).toContain('Retry-After');
      // Without a trusted proxy X-Forwarded-For is not believed: a made-up address does not help.
      const spoofed = await request(app.url, 'POST', '/v3/directline/tokens/generate', { headers: { 'X-Forwarded-For': '198.51.100.7' } });
      expect(spoofed.status).toBe(429);
    } finally {
      await app.close();
    }
  });

  describe('Azure (DIRECTLINE_SECRET): no upstream exchange beyond the limits', () => {
    let upstream: http.Server;
    let upstreamUrl: string;
    const exchanges: string[] = [];
    beforeAll(async () => {
      upstream = http.createServer((req, res) => {
        exchanges.push(req.headers.authorization ?? '');
        req.resume();
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ conversationId: `c${exchanges.length}`, token: `upstream-token-${exchanges.length}`, expires_in: 3600 }));
      });
      await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
      upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v3/directline`;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => upstream.close(() => resolve()));
    });

    it('per address, and for everybody together; every token is exchanged fresh, the secret never leaves', async () => {
      const app = await withPolicy(
        { sessionStarts: { points: 3, durationSeconds: 600 }, upstreamTokenExchanges: { points: 5, durationSeconds: 60 } },
        { DIRECTLINE_SECRET: 'the-secret', DIRECTLINE_ENDPOINT: upstreamUrl, TRUST_PROXY: '1' },
      );
      try {
        const token = (address: string) => request(app.url, 'POST', '/api/directline/token', { body: {}, headers: { 'X-Forwarded-For': address } });
        const one = await token('203.0.113.10');
        const two = await token('203.0.113.10');
        expect([one.status, two.status]).toEqual([200, 200]);
        expect(field(one.json, 'token')).not.toBe(field(two.json, 'token'));
        await token('203.0.113.10');
        const fourth = await token('203.0.113.10');
        expect(fourth.status).toBe(429);
        expect(exchanges).toHaveLength(3);

        // Two more addresses reach the deployment's limit of 5 exchanges; after it, nobody gets one.
        expect((await token('203.0.113.11')).status).toBe(200);
        expect((await token('203.0.113.12')).status).toBe(200);
        for (const address of ['203.0.113.13', '203.0.113.14', '203.0.113.15']) expect((await token(address)).status).toBe(429);
        expect(exchanges).toHaveLength(5);
        expect(exchanges.every((h) => h === 'Bearer the-secret')).toBe(true);
        expect([one.text, two.text, fourth.text].join()).not.toContain('the-secret');
      } finally {
        await app.close();
      }
    });
  });
});

describe('RATE_LIMITS=off', () => {
  it('switches every limit off', async () => {
    const app = await startAppWith({
      env: { RATE_LIMITS: 'off' },
      adjust: (config) => (config.rateLimits.policy = { conversationTurns: { points: 1, durationSeconds: 60 }, sessionStarts: { points: 1, durationSeconds: 60 } }),
    });
    try {
      const conversation = new Conversation(app.url);
      for (let i = 0; i < 3; i++) expect((await conversation.post({ type: 'message', text: 'hei' })).status).toBe(200);
      for (let i = 0; i < 3; i++) expect((await request(app.url, 'POST', '/v3/directline/tokens/generate')).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
