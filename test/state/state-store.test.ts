// createStateStore without Redis and with a Redis that was never there, and the error predicate the
// bot's onTurnError relies on.
import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { ExpiringMemoryStorage } from '../../src/state/expiring-memory-storage';
import { DialogContextError, DialogSet } from 'botbuilder-dialogs';
import { createLogger } from '../../src/log';
import {
  ETagConflictError,
  StaleFenceError,
  StateStoreError,
  StateUnavailableError,
  TurnLockTimeoutError,
  createStateStore,
  isStateUnavailableError,
} from '../../src/state';
import { freePort } from '../support/redis-server';
import { rejection, stateStoreConfig } from '../support/state-store';
import { eventually, silentLog } from '../support/redis-helpers';

const config = stateStoreConfig;

describe('createStateStore without REDIS_URL', () => {
  test('uses expiring in-memory storage and the in-process lock, and is always healthy', async () => {
    const store = createStateStore(config(), silentLog);
    expect(store.storage).toBeInstanceOf(ExpiringMemoryStorage);
    expect(store.turnLock.backend).toBe('memory');
    expect(await store.health()).toEqual({ ok: true, backend: 'memory', items: 0, maxItems: 20_000, evicted: 0 });
    await store.storage.write({ k: { v: 1 } });
    expect((await store.storage.read(['k'])).k.v).toBe(1);
    expect(await store.health()).toMatchObject({ items: 1 });
    await store.close();
  });

  test('caps the in-memory store at STATE_MEMORY_MAX_ITEMS and warns when it starts forgetting', async () => {
    const log: string[] = [];
    const store = createStateStore({ ...config(), stateMemoryMaxItems: 10 }, createLogger('warn', (l) => log.push(l)));
    for (let i = 0; i < 25; i++) await store.storage.write({ [`k${i}`]: { v: i } });
    expect(await store.health()).toEqual({ ok: true, backend: 'memory', items: 10, maxItems: 10, evicted: 15 });
    expect(log.filter((l) => l.includes('in-memory store is full'))).toHaveLength(1);
    await store.close();
  });
});

describe('createStateStore when Redis was never there', () => {
  test('starts anyway, reports not ready, fails turns fast, and closes', async () => {
    const port = await freePort();
    const log: string[] = [];
    const store = createStateStore(config(`redis://127.0.0.1:${port}`), createLogger('debug', (l) => log.push(l)), {
      client: { maxReconnectDelayMs: 100 },
    });
    const levelCount = (level: string, msg: string) => log.filter((l) => l.includes(`"level":"${level}"`) && l.includes(msg)).length;
    try {
      const health = await store.health();
      expect(health.ok).toBe(false);
      expect(health.backend).toBe('redis');
      expect(isStateUnavailableError(await rejection(store.storage.write({ k: { v: 1 } })))).toBe(true);
      expect(isStateUnavailableError(await rejection(store.turnLock.acquire('test/x')))).toBe(true);
      // Let it fail to reconnect a few times.
      expect(await eventually(async () => levelCount('debug', 'redis: still unavailable') >= 3)).toBe(true);
    } finally {
      await store.close();
    }
    // The outage is logged once as a warning, not once per reconnect attempt.
    expect(levelCount('warn', 'redis: connection problem')).toBe(1);
    expect(log.filter((l) => l.includes('"level":"warn"'))).toHaveLength(1);
  });
});

describe('isStateUnavailableError', () => {
  test('recognises our unavailability errors and raw ioredis failures', () => {
    expect(isStateUnavailableError(new StateUnavailableError('down'))).toBe(true);
    expect(isStateUnavailableError(new TurnLockTimeoutError('test/c', 15000))).toBe(true);
    expect(isStateUnavailableError(new StaleFenceError('k', 'test/c', 1, 2))).toBe(true);
    expect(isStateUnavailableError(new Error('Command timed out'))).toBe(true);
    expect(isStateUnavailableError(new Error("Stream isn't writeable and enableOfflineQueue options is false"))).toBe(true);
    expect(isStateUnavailableError(new Error('Connection is closed.'))).toBe(true);
    const maxRetries = new Error('Reached the max retries per request limit (which is 1). Refer to "maxRetriesPerRequest" option for details.');
    maxRetries.name = 'MaxRetriesPerRequestError';
    expect(isStateUnavailableError(maxRetries)).toBe(true);
    const loading = new Error('LOADING Redis is loading the dataset in memory');
    loading.name = 'ReplyError';
    expect(isStateUnavailableError(loading)).toBe(true);
  });

  test('looks through cause chains', () => {
    const wrapped = new Error('turn failed', { cause: new Error('wrapper', { cause: new Error('Command timed out') }) });
    expect(isStateUnavailableError(wrapped)).toBe(true);
  });

  test('looks inside botbuilder-dialogs DialogContextError', async () => {
    const activity = { type: 'message', channelId: 'test', conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } } as Activity;
    const context = new TurnContext(new TestAdapter(), activity);
    const dialogs = new DialogSet(new ConversationState(new MemoryStorage()).createProperty('dialogState'));
    const dc = await dialogs.createContext(context);
    expect(isStateUnavailableError(new DialogContextError(new TurnLockTimeoutError('test/c', 1), dc))).toBe(true);
    expect(isStateUnavailableError(new DialogContextError(new Error('a bug'), dc))).toBe(false);
  });

  test('is false for bugs, conflicts and non-errors', () => {
    expect(isStateUnavailableError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isStateUnavailableError(new ETagConflictError('k'))).toBe(false);
    expect(isStateUnavailableError(new StateStoreError('bad JSON'))).toBe(false);
    const wrongType = new Error('WRONGTYPE Operation against a key holding the wrong kind of value');
    wrongType.name = 'ReplyError';
    expect(isStateUnavailableError(wrongType)).toBe(false);
    expect(isStateUnavailableError(undefined)).toBe(false);
    expect(isStateUnavailableError('Command timed out')).toBe(false);
    const cyclic: { cause?: unknown } = {};
    cyclic.cause = cyclic;
    expect(isStateUnavailableError(cyclic)).toBe(false);
  });
});
