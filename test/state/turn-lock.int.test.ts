// The turn lock: mutual exclusion across "instances" (separate Redis connections), lease expiry,
// fencing of stale turns, bounded waits, and the middleware around real botbuilder turns.
// Long because each scenario needs its own choreography of locks, clocks and a Redis that stalls.
import { ActivityTypes, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import type { Redis } from 'ioredis';
import {
  RedisStorage,
  RedisTurnLock,
  StaleFenceError,
  StateUnavailableError,
  TurnLockTimeoutError,
  createConversationState,
  isStateUnavailableError,
  turnFence,
  type RedisTurnLockOptions,
} from '../../src/state';
import { hammer, strictlyIncreasing } from '../support/lock-hammer';
import { startRedisServer, type RedisServer } from '../support/redis-server';
import { fenceKey, lockKey } from '../../src/state/keys';
import { eventually, inspector, silentLog, sleep, stateClient, storedTurnCount } from '../support/redis-helpers';

const PREFIX = 'lock-test:';
const STATE_TTL = 3600;

describe('RedisTurnLock', () => {
  let redis: RedisServer;
  const clients: Redis[] = [];
  let raw: Redis;
  let n = 0;
  const resource = (name: string) => `test/${name}-${++n}`;

  async function newLock(options: Partial<RedisTurnLockOptions> = {}): Promise<{ lock: RedisTurnLock; client: Redis }> {
    const client = await stateClient(redis.url);
    clients.push(client);
    return { lock: new RedisTurnLock(client, silentLog, { keyPrefix: PREFIX, stateTtlSeconds: STATE_TTL, ...options }), client };
  }

  beforeAll(async () => {
    redis = await startRedisServer();
    raw = await inspector(redis.url);
  });
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    raw?.disconnect();
    await redis?.stop();
  });

  test('three instances, 90 concurrent turns on one conversation: never two at once, fences strictly increasing', async () => {
    const locks = await Promise.all([newLock(), newLock(), newLock()]);
    const r = resource('mutex');
    const { maxInside, completed, fences } = await hammer(
      locks.map((l) => l.lock),
      r,
      90,
    );
    expect(maxInside).toBe(1);
    expect(completed).toBe(90);
    expect(strictlyIncreasing(fences)).toBe(true);
    // run() hands the lock on without waiting for Redis to confirm the release; close() waits for that.
    await Promise.all(locks.map((l) => l.lock.close()));
    expect(await raw.exists(lockKey(PREFIX, r))).toBe(0);
    expect(Number(await raw.get(fenceKey(PREFIX, r)))).toBe(fences[fences.length - 1]);
  });

  test('the fence counter carries a TTL longer than the state TTL', async () => {
    const { lock } = await newLock();
    const r = resource('fence-ttl');
    await lock.run(r, async () => undefined);
    expect(await raw.ttl(fenceKey(PREFIX, r))).toBeGreaterThan(STATE_TTL);
  });

  test('a holder that stops renewing (crashed instance) loses the lock when its lease expires', async () => {
    const { lock: crashed } = await newLock({ leaseMs: 300, renewEveryMs: 0 });
    const { lock: healthy } = await newLock({ maxWaitMs: 10_000 });
    const r = resource('expiry');
    const stuck = await crashed.acquire(r);
    const next = await healthy.acquire(r); // waits until the 300 ms lease has run out
    expect(next.fence).toBeGreaterThan(stuck.fence);
    // The old holder's release must not delete the new holder's lease.
    await stuck.release();
    expect(await raw.exists(lockKey(PREFIX, r))).toBe(1);
    await next.release();
    expect(await raw.exists(lockKey(PREFIX, r))).toBe(0);
  });

  test('a running turn keeps its lease alive by renewing it', async () => {
    const leaseMs = 60_000;
    const { lock } = await newLock({ leaseMs, renewEveryMs: 50 });
    const r = resource('renew');
    const key = lockKey(PREFIX, r);
    const lease = await lock.acquire(r);
    // Cut the lease short from outside, twice: only renewal can bring it back to a full lease.
    for (let round = 0; round < 2; round++) {
      await raw.pexpire(key, 5000);
      expect(await eventually(async () => (await raw.pttl(key)) > 5000)).toBe(true);
    }
    expect(await raw.pttl(key)).toBeLessThanOrEqual(leaseMs);
    expect(lease.lost).toBe(false);
    await lease.release();
    expect(await raw.exists(key)).toBe(0);
  });

  test('waiting longer than maxWaitMs fails with TurnLockTimeoutError (recognised as "unavailable")', async () => {
    const { lock: holderLock } = await newLock();
    const { lock: waiterLock } = await newLock({ maxWaitMs: 150 });
    const r = resource('timeout');
    const holder = await holderLock.acquire(r);
    const err = await waiterLock.acquire(r).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(TurnLockTimeoutError);
    expect(String(err)).toContain(r);
    expect(isStateUnavailableError(err)).toBe(true);
    await holder.release();
    const after = await waiterLock.acquire(r);
    await after.release();
  });

  test('a turn whose lease was taken over cannot write or delete state; the newer turn\'s state stays', async () => {
    const { lock: slowLock, client: slowClient } = await newLock({ leaseMs: 200, renewEveryMs: 0 });
    const { lock: nextLock, client: nextClient } = await newLock({ maxWaitMs: 10_000 });
    const slowStorage = new RedisStorage(slowClient, { keyPrefix: PREFIX, ttlSeconds: STATE_TTL });
    const r = resource('fence');
    const stateKey = `fence-test/conversations/${r}`;

    let releaseSlow: () => void = () => undefined;
    const slowMayContinue = new Promise<void>((resolve) => (releaseSlow = resolve));
    let slowWroteEarly: () => void = () => undefined;
    const slowHasWritten = new Promise<void>((resolve) => (slowWroteEarly = resolve));
    const slowTurn = slowLock.run(r, async (lease) => {
      const fence = { resource: r, fence: lease.fence };
      await slowStorage.write({ [stateKey]: { by: 'slow, early', eTag: '*' } }, fence); // still the newest turn: allowed
      slowWroteEarly();
      await slowMayContinue; // … then stalls past its lease
      await slowStorage.write({ [stateKey]: { by: 'slow, late', eTag: '*' } }, fence);
    });
    // Only now does the next turn come: it cannot overtake the slow turn's first write.
    await Promise.race([slowHasWritten, slowTurn]);

    // The next turn gets in after the slow turn's lease expired. It has not written yet, and
    // already the slow turn may no longer write.
    const next = await nextLock.acquire(r);
    releaseSlow();
    const err = await slowTurn.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StaleFenceError);
    expect(String(err)).toContain(stateKey);
    expect(isStateUnavailableError(err)).toBe(true);
    expect((await slowStorage.read([stateKey]))[stateKey].by).toBe('slow, early');

    // The newer turn writes; stale writes and deletes are refused.
    const storage = new RedisStorage(nextClient, { keyPrefix: PREFIX, ttlSeconds: STATE_TTL });
    await storage.write({ [stateKey]: { by: 'next', eTag: '*' } }, { resource: r, fence: next.fence });
    const stale = { resource: r, fence: next.fence - 1 };
    await expect(storage.delete([stateKey], stale)).rejects.toBeInstanceOf(StaleFenceError);
    await expect(storage.write({ [stateKey]: { by: 'stale', eTag: '*' } }, stale)).rejects.toBeInstanceOf(StaleFenceError);
    expect((await storage.read([stateKey]))[stateKey].by).toBe('next');
    // Without a fence nothing is checked (writes from outside a locked turn).
    await storage.write({ [stateKey]: { by: 'unfenced', eTag: '*' } });
    expect((await storage.read([stateKey]))[stateKey].by).toBe('unfenced');
    await next.release();
  });

  test('renewal notices a lost lease', async () => {
    const { lock } = await newLock({ leaseMs: 600 });
    const r = resource('lost');
    const lease = await lock.acquire(r);
    await raw.del(lockKey(PREFIX, r)); // as if it had expired and another instance took it
    await raw.set(lockKey(PREFIX, r), 'someone-else', 'PX', 60_000);
    expect(await eventually(async () => lease.lost)).toBe(true);
    await lease.release();
    expect(await raw.get(lockKey(PREFIX, r))).toBe('someone-else');
  });

  test('with Redis down, acquiring fails fast with StateUnavailableError', async () => {
    const own = await startRedisServer();
    try {
      const client = await stateClient(own.url);
      clients.push(client);
      const lock = new RedisTurnLock(client, silentLog, { keyPrefix: PREFIX, stateTtlSeconds: STATE_TTL });
      await own.kill();
      const err = await lock.acquire('test/down').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(StateUnavailableError);
      expect(isStateUnavailableError(err)).toBe(true);
    } finally {
      await own.stop();
    }
  });
});

describe('the turn lock as botbuilder middleware', () => {
  let redis: RedisServer;
  const clients: Redis[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await redis?.stop();
  });

  function message(conversationId: string, text: string): Partial<Activity> {
    return {
      type: ActivityTypes.Message,
      channelId: 'test',
      serviceUrl: 'http://localhost',
      from: { id: 'user', name: 'user' },
      recipient: { id: 'bot', name: 'bot' },
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      text,
    };
  }

  test('holds the conversation\'s lock (with its fence) while the turn runs', async () => {
    const client = await stateClient(redis.url);
    clients.push(client);
    const lock = new RedisTurnLock(client, silentLog, { keyPrefix: PREFIX, stateTtlSeconds: STATE_TTL });
    const rival = new RedisTurnLock(client, silentLog, { keyPrefix: PREFIX, stateTtlSeconds: STATE_TTL, maxWaitMs: 100 });
    const seen: Array<{ fence: unknown; rival: unknown }> = [];
    const adapter = new TestAdapter(async (context: TurnContext) => {
      const rivalResult = await rival.acquire('test/mw-1').then(
        (l) => l.release().then(() => 'got in'),
        (e: unknown) => (e instanceof TurnLockTimeoutError ? 'timed out' : e),
      );
      seen.push({ fence: turnFence(context), rival: rivalResult });
      await context.sendActivity('ok');
    });
    adapter.use(lock);
    adapter.conversation.conversation.id = 'mw-1';
    await adapter.send('hei').assertReply('ok');
    expect(seen).toEqual([{ fence: { resource: 'test/mw-1', fence: expect.any(Number) }, rival: 'timed out' }]);
  });

  test('a FencedBotState save from a turn whose lease was taken over fails with StaleFenceError; the next turn loads the newer state', async () => {
    const conversationId = 'mw-stale';
    async function instance(options: Partial<RedisTurnLockOptions>) {
      const client = await stateClient(redis.url);
      clients.push(client);
      const storage = new RedisStorage(client, { keyPrefix: PREFIX, ttlSeconds: STATE_TTL });
      const conversationState = createConversationState(storage);
      const meta = conversationState.createProperty<{ turnCount: number; by: string }>('meta');
      const adapter = new TestAdapter(async () => undefined);
      adapter.conversation.conversation.id = conversationId;
      adapter.use(new RedisTurnLock(client, silentLog, { keyPrefix: PREFIX, stateTtlSeconds: STATE_TTL, ...options }));
      const seen: Array<{ turnCount: number; by: string }> = [];
      /** One turn: counts itself in the conversation state; `beforeSave` runs between loading and saving. */
      const turn = (by: string, beforeSave: () => Promise<void> = async () => undefined) =>
        adapter.processActivity(message(conversationId, 'hei'), async (context) => {
          const m = await meta.get(context, { turnCount: 0, by: '' });
          seen.push({ ...m });
          m.turnCount += 1;
          m.by = by;
          await beforeSave();
          await conversationState.saveChanges(context);
        });
      return { turn, seen };
    }
    const slow = await instance({ leaseMs: 200, renewEveryMs: 0 });
    const fast = await instance({ maxWaitMs: 10_000 });

    await slow.turn('first');
    let loaded: () => void = () => undefined;
    const slowHasLoaded = new Promise<void>((resolve) => (loaded = resolve));
    let releaseSlow: () => void = () => undefined;
    const slowMayContinue = new Promise<void>((resolve) => (releaseSlow = resolve));
    const slowTurn = slow.turn('slow', async () => {
      loaded();
      await slowMayContinue; // stalls past its 200 ms lease (no renewal: a stuck instance)
    });
    await Promise.race([slowHasLoaded, slowTurn]);

    await fast.turn('fast'); // gets in once the slow turn's lease has expired, and saves
    releaseSlow();
    const err = await slowTurn.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StaleFenceError);
    expect(String(err)).toContain(`test/conversations/${conversationId}/`);
    expect(isStateUnavailableError(err)).toBe(true);

    // A fresh turn on the instance that lost its lease loads the newer turn's state and saves again.
    await slow.turn('after');
    expect(slow.seen).toEqual([
      { turnCount: 0, by: '' },
      { turnCount: 1, by: 'first' },
      { turnCount: 2, by: 'fast' },
    ]);
    expect(fast.seen).toEqual([{ turnCount: 1, by: 'first' }]);
    const raw = await inspector(redis.url);
    try {
      expect(await storedTurnCount(raw, PREFIX, conversationId)).toBe(3);
    } finally {
      raw.disconnect();
    }
  });

  test('50 concurrent turns of one conversation on two instances: every turn counted exactly once', async () => {
    const instances = await Promise.all(
      [0, 1].map(async () => {
        const client = await stateClient(redis.url);
        clients.push(client);
        const storage = new RedisStorage(client, { keyPrefix: PREFIX, ttlSeconds: STATE_TTL });
        const lock = new RedisTurnLock(client, silentLog, { keyPrefix: PREFIX, stateTtlSeconds: STATE_TTL });
        const conversationState = createConversationState(storage);
        const meta = conversationState.createProperty<{ turnCount: number }>('meta');
        const adapter = new TestAdapter(async () => undefined);
        adapter.conversation.conversation.id = 'mw-concurrent'; // TestAdapter stamps its own conversation on every activity
        adapter.use(lock);
        const logic = async (context: TurnContext) => {
          const m = await meta.get(context, { turnCount: 0 });
          await sleep(1); // a real bot does I/O between loading and saving
          m.turnCount += 1;
          await context.sendActivity(`tur ${m.turnCount}`);
          await conversationState.saveChanges(context);
        };
        return { adapter, logic, storage };
      }),
    );
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const { adapter, logic } = instances[i % 2];
        return adapter.processActivity(message('mw-concurrent', 'hei'), logic);
      }),
    );
    const key = 'test/conversations/mw-concurrent/'; // botbuilder ConversationState's key: channel/conversations/id/namespace
    const stored = (await instances[0].storage.read([key]))[key];
    expect(stored.meta.turnCount).toBe(50);
  });
});
