// createStateStore with a real Redis that is running, killed or paused: health check, shutdown and
// the errors the bot's onTurnError relies on.
import { StateUnavailableError, createStateStore, isStateUnavailableError } from '../../src/state';
import { startRedisServer, type RedisServer } from '../support/redis-server';
import { rejection, stateStoreConfig } from '../support/state-store';
import { eventually, inspector, silentLog } from '../support/redis-helpers';

const config = stateStoreConfig;

describe('createStateStore with REDIS_URL', () => {
  let redis: RedisServer;

  beforeAll(async () => {
    redis = await startRedisServer({ appendOnly: true });
  });
  afterAll(async () => {
    await redis?.stop();
  });

  test('stores under the key prefix, reports health through a Redis outage, and closes idempotently', async () => {
    const store = createStateStore(config(redis.url), silentLog);
    try {
      expect(await eventually(async () => (await store.health()).ok)).toBe(true);
      expect(await store.health()).toEqual({ ok: true, backend: 'redis' });
      expect(store.turnLock.backend).toBe('redis');
      await store.storage.write({ 'a/b': { v: 'x' } });
      const raw = await inspector(redis.url);
      expect(await raw.exists('store-test:a/b')).toBe(1);
      raw.disconnect();

      await redis.kill();
      const down = await store.health();
      expect(down.ok).toBe(false);
      expect(down.backend).toBe('redis');
      expect(down.detail).toEqual(expect.any(String));
      const err = await rejection(store.storage.read(['a/b']));
      expect(isStateUnavailableError(err)).toBe(true);

      await redis.restart();
      expect(await eventually(async () => (await store.health()).ok)).toBe(true);
      expect((await store.storage.read(['a/b']))['a/b'].v).toBe('x');
    } finally {
      await store.close();
      await store.close();
    }
  });

  test('a Redis that hangs makes commands fail after the command timeout, recognised as "unavailable"', async () => {
    const store = createStateStore(config(redis.url), silentLog, { client: { commandTimeoutMs: 300 } });
    const raw = await inspector(redis.url);
    try {
      expect(await eventually(async () => (await store.health()).ok)).toBe(true);
      // Paused Redis answers nothing (CLIENT UNPAUSE from a paused client waits too, so the pause is
      // as short as it can be with room to spare: both commands are sent at once, right away).
      await raw.call('CLIENT', 'PAUSE', '3000', 'ALL');
      const [err, health] = await Promise.all([rejection(store.storage.read(['hangs'])), store.health()]);
      expect(err).toBeInstanceOf(StateUnavailableError);
      expect(String(err)).toContain('Command timed out');
      expect(isStateUnavailableError(err)).toBe(true);
      expect(health.ok).toBe(false);
    } finally {
      await raw.call('CLIENT', 'UNPAUSE').catch(() => undefined);
      raw.disconnect();
      await store.close();
    }
  });
});

