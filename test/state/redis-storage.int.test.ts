// RedisStorage beyond the shared contract: key prefix, TTLs, concurrency of the compare-and-set, and
// how it fails when Redis is away. All against a real redis-server.
import type { Redis } from 'ioredis';
import {
  ETagConflictError,
  RedisStorage,
  StateStoreError,
  StateUnavailableError,
  isStateUnavailableError,
} from '../../src/state';
import { startRedisServer, type RedisServer } from '../support/redis-server';
import { eventually, inspector, stateClient } from '../support/redis-helpers';

const PREFIX = 'storage-test:';
const TTL = 3600;

describe('RedisStorage on a running Redis', () => {
  let redis: RedisServer;
  let clientA: Redis;
  let clientB: Redis;
  let raw: Redis;
  let storage: RedisStorage;
  let n = 0;
  const key = (name: string) => `t/${++n}/${name}`;

  beforeAll(async () => {
    redis = await startRedisServer();
    clientA = await stateClient(redis.url);
    clientB = await stateClient(redis.url);
    raw = await inspector(redis.url);
    storage = new RedisStorage(clientA, { keyPrefix: PREFIX, ttlSeconds: TTL });
  });
  afterAll(async () => {
    clientA?.disconnect();
    clientB?.disconnect();
    raw?.disconnect();
    await redis?.stop();
  });

  test('items live under the key prefix as {v: JSON, e: eTag}, without the eTag inside the JSON', async () => {
    const k = key('layout');
    await storage.write({ [k]: { hello: 'verden', eTag: '*' } });
    const stored = await raw.hgetall(`${PREFIX}${k}`);
    expect(JSON.parse(stored.v)).toEqual({ hello: 'verden' });
    expect(stored.e).toBe((await storage.read([k]))[k].eTag);
    expect(await raw.exists(k)).toBe(0);
  });

  test('every written key gets the TTL', async () => {
    const [a, b] = [key('ttl-a'), key('ttl-b')];
    await storage.write({ [a]: { v: 1 }, [b]: { v: 2 } });
    for (const k of [a, b]) {
      const ttl = await raw.ttl(`${PREFIX}${k}`);
      expect(ttl).toBeGreaterThan(TTL - 60);
      expect(ttl).toBeLessThanOrEqual(TTL);
    }
  });

  test('reading and writing renew the TTL', async () => {
    const k = key('ttl-renew');
    await storage.write({ [k]: { v: 1 } });
    await raw.expire(`${PREFIX}${k}`, 30);
    await storage.read([k]);
    expect(await raw.ttl(`${PREFIX}${k}`)).toBeGreaterThan(TTL - 60);
    await raw.expire(`${PREFIX}${k}`, 30);
    await storage.write({ [k]: { v: 2 } });
    expect(await raw.ttl(`${PREFIX}${k}`)).toBeGreaterThan(TTL - 60);
  });

  test('conversation state lives under its hash-tagged key; user state keeps its plain key', async () => {
    const conversation = `test/conversations/c-${++n}/`;
    const user = `test/users/u-${n}/`;
    await storage.write({ [conversation]: { v: 'c' }, [user]: { v: 'u' } });
    expect(await raw.exists(`${PREFIX}test/conversations/{c-${n}}/`)).toBe(1);
    expect(await raw.exists(`${PREFIX}${user}`)).toBe(1);
  });

  test('conversation state an earlier version stored without the hash tag is read, renamed with its TTL, and deleted', async () => {
    const id = `old-${++n}`;
    const legacy = `${PREFIX}test/conversations/${id}/`;
    const current = `${PREFIX}test/conversations/{${id}}/`;
    await raw.hset(legacy, 'v', JSON.stringify({ dialogState: { step: 3 } }), 'e', 'etag-old');
    await raw.expire(legacy, 500);
    const read = await storage.read([`test/conversations/${id}/`]);
    expect(read[`test/conversations/${id}/`]).toEqual({ dialogState: { step: 3 }, eTag: 'etag-old' });
    expect(await raw.exists(legacy)).toBe(0);
    expect(await raw.ttl(current)).toBeGreaterThan(TTL - 60); // the read renews it, as for any item

    // Deleting also removes an item still under the earlier name (never read since the upgrade).
    const other = `old-${++n}`;
    await raw.hset(`${PREFIX}test/conversations/${other}/`, 'v', '{}', 'e', 'x');
    await storage.delete([`test/conversations/${other}/`]);
    expect(await raw.exists(`${PREFIX}test/conversations/${other}/`)).toBe(0);
  });

  test('reading a missing key creates nothing', async () => {
    const k = key('no-create');
    await storage.read([k]);
    expect(await raw.exists(`${PREFIX}${k}`)).toBe(0);
  });

  test('items really expire after the TTL', async () => {
    const shortLived = new RedisStorage(clientA, { keyPrefix: PREFIX, ttlSeconds: 1 });
    const k = key('expires');
    await shortLived.write({ [k]: { v: 'snart borte' } });
    expect(Object.keys(await shortLived.read([k]))).toEqual([k]);
    // Watch from outside: reading through the storage would renew the TTL and keep it alive.
    const gone = await eventually(async () => (await raw.exists(`${PREFIX}${k}`)) === 0, 10_000, 100);
    expect(gone).toBe(true);
    expect(await shortLived.read([k])).toEqual({});
  });

  test('two writers with the same eTag on two connections: exactly one wins, every time', async () => {
    const writerA = new RedisStorage(clientA, { keyPrefix: PREFIX, ttlSeconds: TTL });
    const writerB = new RedisStorage(clientB, { keyPrefix: PREFIX, ttlSeconds: TTL });
    for (let round = 0; round < 50; round++) {
      const k = key(`race-${round}`);
      await writerA.write({ [k]: { v: 'start' } });
      const { eTag } = (await writerA.read([k]))[k];
      const results = await Promise.allSettled([
        writerA.write({ [k]: { v: 'A', eTag } }),
        writerB.write({ [k]: { v: 'B', eTag } }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]).toBeInstanceOf(ETagConflictError);
      expect(isStateUnavailableError(lost[0])).toBe(false);
      const winner = results[0].status === 'fulfilled' ? 'A' : 'B';
      expect((await writerA.read([k]))[k].v).toBe(winner);
    }
  });

  test('many concurrent read-modify-write cycles with eTags lose no increment', async () => {
    const k = key('counter');
    await storage.write({ [k]: { count: 0 } });
    const writers = [clientA, clientB].map((c) => new RedisStorage(c, { keyPrefix: PREFIX, ttlSeconds: TTL }));
    let conflicts = 0;
    const increment = async (s: RedisStorage) => {
      for (;;) {
        const item = (await s.read([k]))[k];
        try {
          await s.write({ [k]: { count: Number(item.count) + 1, eTag: item.eTag } });
          return;
        } catch (err) {
          if (!(err instanceof ETagConflictError)) throw err;
          conflicts++;
        }
      }
    };
    await Promise.all(Array.from({ length: 40 }, (_, i) => increment(writers[i % 2])));
    expect((await storage.read([k]))[k].count).toBe(40);
    expect(conflicts).toBeGreaterThan(0);
  });

  test('a stored value that is not JSON is a StateStoreError, not "unavailable"', async () => {
    const k = key('corrupt');
    await raw.hset(`${PREFIX}${k}`, 'v', '{not json', 'e', 'x');
    const err = await storage.read([k]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StateStoreError);
    expect(String(err)).toContain(k);
    expect(isStateUnavailableError(err)).toBe(false);
  });

  test('a key of the wrong type is reported as an error, not as "unavailable"', async () => {
    const k = key('wrongtype');
    await raw.set(`${PREFIX}${k}`, 'a plain string');
    const err = await storage.write({ [k]: { v: 1 } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StateStoreError);
    expect(isStateUnavailableError(err)).toBe(false);
  });
});

describe('RedisStorage when Redis goes away', () => {
  let redis: RedisServer;
  let client: Redis;

  beforeAll(async () => {
    redis = await startRedisServer({ appendOnly: true });
    client = await stateClient(redis.url);
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });

  test('reads and writes fail fast with StateUnavailableError, and work again after a restart', async () => {
    const storage = new RedisStorage(client, { keyPrefix: PREFIX, ttlSeconds: TTL });
    await storage.write({ 'outage/k': { v: 'før' } });

    await redis.kill();
    const readError = await storage.read(['outage/k']).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(readError).toBeInstanceOf(StateUnavailableError);
    expect(isStateUnavailableError(readError)).toBe(true);
    const writeError = await storage.write({ 'outage/k': { v: 'under' } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isStateUnavailableError(writeError)).toBe(true);

    await redis.restart();
    const back = await eventually(async () => {
      try {
        return (await storage.read(['outage/k']))['outage/k']?.v === 'før';
      } catch {
        return false;
      }
    });
    expect(back).toBe(true);
  });
});
