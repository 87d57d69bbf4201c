// State, turn lock and feedback on a real three-node Redis Cluster (test/support/redis-cluster.ts),
// through ioredis' Cluster client as the bot uses it with REDIS_CLUSTER=true: a conversation's keys
// share one hash slot (asked of the cluster itself), the storage contract holds, fences are enforced
// for conversation state (one script) and user state (another slot), the feedback scripts run, and
// the bot keeps its turns across the nodes, concurrent turns of one conversation included.
import type { Cluster } from 'ioredis';
import type { App } from '../../src/app';
import { createLogger } from '../../src/log';
import { RedisFeedbackStore } from '../../src/feedback/redis-store';
import { createRateLimits } from '../../src/rate-limit/limiter';
import { RedisStorage, RedisTurnLock, StaleFenceError, createClusterClient } from '../../src/state';
import { dataKey, feedbackKeyPrefix, fenceKey, lockKey } from '../../src/state/keys';
import { whenReady } from '../../src/state/redis-client';
import { nb } from '../../src/text/nb';
import { startApp } from '../support/app';
import { Conversation, allText } from '../support/conversation';
import { startRedisCluster, type RedisCluster } from '../support/redis-cluster';
import { eventually, storedTurnCount } from '../support/redis-helpers';
import { storageContract } from '../support/storage-contract';
import { rejection } from '../support/state-store';

jest.setTimeout(60_000);

const silent = createLogger('silent');
const PREFIX = 'it-cluster:';
let cluster: RedisCluster;
let client: Cluster;

beforeAll(async () => {
  cluster = await startRedisCluster(3);
  client = createClusterClient(cluster.url.split(','), silent);
  await whenReady(client, { timeoutMs: 20_000 });
}, 90_000);

afterAll(async () => {
  client?.disconnect();
  await cluster?.stop();
});

const slot = async (key: string) => Number(await client.cluster('KEYSLOT', key));

describe('key layout', () => {
  test.each(['abc', 'a{b}c', '}x{', '{}', '19:abc@thread.tacv2;messageid=1', 'dl|123%7B'])(
    "conversation %j: state, lock and fence are in one slot, and its user's state may be elsewhere",
    async (conversationId) => {
      const resource = `msteams/${conversationId}`;
      const keys = [dataKey(PREFIX, `msteams/conversations/${conversationId}/`), lockKey(PREFIX, resource), fenceKey(PREFIX, resource)];
      const slots = await Promise.all(keys.map(slot));
      expect(new Set(slots).size).toBe(1);
    },
  );

  test('conversations spread over the slots (the tag is the conversation, not a constant)', async () => {
    const slots = await Promise.all(Array.from({ length: 50 }, (_, i) => slot(lockKey(PREFIX, `test/c${i}`))));
    expect(new Set(slots).size).toBeGreaterThan(40);
  });

  test('all feedback keys share one slot', async () => {
    const prefix = feedbackKeyPrefix(PREFIX, true);
    const slots = await Promise.all(['feedback:index', 'feedback:seq', 'feedback:record:x', 'feedback:conversation:y'].map((k) => slot(prefix + k)));
    expect(new Set(slots).size).toBe(1);
  });
});

describe('RedisStorage on the cluster', () => {
  storageContract(() => new RedisStorage(client, { keyPrefix: PREFIX, ttlSeconds: 3600, cluster: true }));

  test('once a newer turn holds the lock, the old turn can write neither conversation nor user state', async () => {
    const storage = new RedisStorage(client, { keyPrefix: PREFIX, ttlSeconds: 3600, cluster: true });
    const lock = new RedisTurnLock(client, silent, { keyPrefix: PREFIX, stateTtlSeconds: 3600 });
    const resource = `test/fenced-${Date.now()}`;
    const conversationKey = `test/conversations/${resource.slice(5)}/`;
    const userKey = `test/users/u-${Date.now()}/`;
    const old = await lock.acquire(resource);
    await old.release();
    const newer = await lock.acquire(resource);
    try {
      const stale = { resource, fence: old.fence };
      for (const key of [conversationKey, userKey]) {
        expect(await rejection(storage.write({ [key]: { by: 'old' } }, stale))).toBeInstanceOf(StaleFenceError);
        expect(await rejection(storage.delete([key], stale))).toBeInstanceOf(StaleFenceError);
        await storage.write({ [key]: { by: 'newer' } }, { resource, fence: newer.fence });
        expect((await storage.read([key]))[key]).toMatchObject({ by: 'newer' });
      }
    } finally {
      await newer.release();
      await lock.close();
    }
  });
});

describe('feedback on the cluster', () => {
  test('add, comment, list and forget a conversation (scripts over several keys in one slot)', async () => {
    const store = new RedisFeedbackStore(client, feedbackKeyPrefix(`fb-${Date.now()}:`, true));
    const first = await store.add({ conversationId: 'conv-1', rating: 'up', question: 'Hva er fagbrev?', sources: [] });
    await store.add({ conversationId: 'conv-2', rating: 'down', question: 'Hva er lærling?', sources: [] });
    expect(await store.addComment(first.id, 'conv-1', 'nyttig')).toBe(true);
    expect((await store.list()).map((r) => r.conversationId)).toEqual(['conv-1', 'conv-2']);
    expect(await store.forgetConversation('conv-1')).toBe(1);
    expect((await store.list()).map((r) => r.conversationId)).toEqual(['conv-2']);
  });
});

describe('rate limits on the cluster', () => {
  test('counters of many keys, on every node, refuse past their points and expire', async () => {
    const prefix = `rl-${Date.now()}:`;
    const limits = createRateLimits({ enabled: true, redis: client, keyPrefix: prefix, policy: { conversationTurns: { points: 3, durationSeconds: 60 } }, log: silent });
    const keys = Array.from({ length: 30 }, (_, i) => `conversation-${i}`);
    const decisions = await Promise.all(keys.map(async (key) => Promise.all([1, 2, 3, 4].map(() => limits.conversationTurns.consume(key)))));
    for (const four of decisions) {
      expect(four.filter((d) => d.allowed)).toHaveLength(3);
      expect(four.filter((d) => !d.allowed)).toHaveLength(1);
    }
    // Counted in the cluster (not the in-memory insurance), spread over the primaries, each with a TTL.
    const stored = (await Promise.all(client.nodes('master').map((node) => node.keys(`${prefix}rl:*`)))).map((k) => k.length);
    expect(stored.reduce((a, b) => a + b, 0)).toBe(30);
    expect(stored.filter((n) => n > 0).length).toBe(3);
    const ttl = await client.ttl(`${prefix}rl:conversationTurns:conversation-0`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60);
  });
});

describe('the bot with REDIS_CLUSTER=true', () => {
  let app: App;
  const BOT_PREFIX = 'it-cluster-bot:';

  beforeAll(async () => {
    app = await startApp({ REDIS_URL: cluster.url, REDIS_CLUSTER: 'true', REDIS_KEY_PREFIX: BOT_PREFIX });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  test('is ready, and keeps every turn of 30 conversations spread over the nodes', async () => {
    // It starts before the cluster client has found every node, and is ready once it has.
    expect(await eventually(async () => (await fetch(`${app.url}/readyz`)).status === 200)).toBe(true);
    const conversations = Array.from({ length: 30 }, () => new Conversation(app.url));
    await Promise.all(
      conversations.map(async (c) => {
        expect(allText(await c.say('Finn kurs og tilbud'))).toMatch(/\?/);
        await c.say('Hva er Batterifagskolen?');
        expect((await c.say('avbryt')).map((r) => r.text)).toContain(nb.cancelled);
      }),
    );
    for (const c of conversations) expect(await storedTurnCount(client, BOT_PREFIX, c.id)).toBe(3);
    const perNode = await Promise.all(
      cluster.nodes.map(async (node) => {
        const keys = await client.nodes('master').find((n) => n.options.port === node.port)?.keys(`${BOT_PREFIX}*`);
        return keys?.length ?? 0;
      }),
    );
    expect(perNode.filter((n) => n > 0).length).toBe(3);
  });

  test('turns of one conversation sent all at once are serialised: none is lost', async () => {
    const c = new Conversation(app.url);
    const replies = await Promise.all(Array.from({ length: 12 }, () => c.post({ type: 'message', text: 'hei' })));
    expect(replies.map((r) => r.status)).toEqual(Array(12).fill(200));
    expect(await storedTurnCount(client, BOT_PREFIX, c.id)).toBe(12);
  });

  test('«slett mine data» removes the conversation and user state from the cluster', async () => {
    const c = new Conversation(app.url);
    await c.say('Jeg er 34 år, bor i Trøndelag og har jobbet 6 år på lager i full stilling');
    const userKey = dataKey(BOT_PREFIX, `test/users/${c.userId}/`);
    const conversationKey = dataKey(BOT_PREFIX, `test/conversations/${c.id}/`);
    expect(await client.exists(userKey)).toBe(1);
    expect((await c.say('slett mine data')).map((r) => r.text)).toContain(nb.deleteData.confirm);
    expect((await c.say('ja')).map((r) => r.text)).toContain(nb.deleteData.deleted);
    expect(await client.exists(userKey)).toBe(0);
    // The deleting turn itself saves the conversation afresh (its counter); nothing of the profile is left.
    const left = await client.hget(conversationKey, 'v');
    expect(left ?? '').not.toContain('Trøndelag');
  });
});
