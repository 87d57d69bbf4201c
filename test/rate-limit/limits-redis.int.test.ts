// With REDIS_URL the limits are counted in Redis, so they hold across instances: two bots sharing one
// redis-server, a conversation and a client alternating between them. When Redis goes away each
// instance keeps counting in memory: no 500, still limited.
import { Redis } from 'ioredis';
import type { App } from '../../src/app';
import { nb } from '../../src/text/nb';
import { startAppWith } from '../support/app';
import { Conversation } from '../support/conversation';
import { field, http as request } from '../support/http-request';
import { startRedisServer, type RedisServer } from '../support/redis-server';

const PREFIX = 'rl-test:';
let redis: RedisServer;
let a: App;
let b: App;

beforeAll(async () => {
  redis = await startRedisServer();
  const options = {
    env: { REDIS_URL: redis.url, REDIS_KEY_PREFIX: PREFIX, TRUST_PROXY: '1' },
    adjust: (config: Parameters<NonNullable<Parameters<typeof startAppWith>[0]['adjust']>>[0]) => {
      config.rateLimits.policy = { conversationTurns: { points: 4, durationSeconds: 60 }, sessionStarts: { points: 3, durationSeconds: 600 } };
    },
  };
  [a, b] = await Promise.all([startAppWith(options), startAppWith(options)]);
  // Both connected to Redis before the counting starts.
  for (const app of [a, b]) {
    for (let i = 0; i < 100 && (await request(app.url, 'GET', '/readyz')).status !== 200; i++) await new Promise((r) => setTimeout(r, 100));
  }
}, 60_000);
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await redis?.stop();
});

const texts = (body: unknown) => ((field(body, 'activities') as { text?: string }[] | undefined) ?? []).map((x) => x.text);

it('a conversation alternating between two instances is limited by their shared count', async () => {
  const conversation = new Conversation(a.url);
  const post = (app: App) => request(app.url, 'POST', '/api/messages', { body: conversation.activity({ type: 'message', text: 'hei' }) });
  for (const app of [a, b, a, b]) expect((await post(app)).status).toBe(200);
  const refused = await post(a);
  expect(refused.status).toBe(429);
  expect(texts(refused.json)).toEqual([nb.rateLimited]);
  // The friendly reply is also counted once for both instances.
  const again = await post(b);
  expect(again.status).toBe(429);
  expect(texts(again.json)).toEqual([]);
});

it('a client asking both instances for tokens is limited by their shared count, with expiring keys in Redis', async () => {
  const headers = { 'X-Forwarded-For': '203.0.113.50' };
  const token = (app: App) => request(app.url, 'POST', '/v3/directline/tokens/generate', { headers });
  for (const app of [a, b, a]) expect((await token(app)).status).toBe(200);
  expect((await token(b)).status).toBe(429);

  const inspector = new Redis(redis.url);
  try {
    const keys = await inspector.keys(`${PREFIX}rl:*`);
    expect(keys.some((k) => k.startsWith(`${PREFIX}rl:sessionStarts:`))).toBe(true);
    expect(keys.some((k) => k.startsWith(`${PREFIX}rl:conversationTurns:`))).toBe(true);
    for (const key of keys) {
      const ttl = await inspector.ttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(600);
      // Keys hold hashes, not the address.
      expect(key).not.toContain('203.0.113.50');
    }
  } finally {
    inspector.disconnect();
  }
});

it('keeps limiting in memory while Redis is down, without errors', async () => {
  await redis.kill();
  try {
    const headers = { 'X-Forwarded-For': '203.0.113.60' };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await request(a.url, 'POST', '/v3/directline/tokens/generate', { headers })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  } finally {
    await redis.restart();
  }
});
