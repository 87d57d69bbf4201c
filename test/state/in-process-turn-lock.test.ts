// The in-process turn lock (memory mode): mutual exclusion and ordering within one process.
import { InProcessTurnLock, TurnLockTimeoutError, isStateUnavailableError } from '../../src/state';
import { LocalQueue } from '../../src/state/in-process-turn-lock';
import { hammer, strictlyIncreasing } from '../support/lock-hammer';

describe('InProcessTurnLock (memory mode)', () => {
  test('never lets two turns of a conversation overlap, and hands out increasing fences', async () => {
    const lock = new InProcessTurnLock();
    const { maxInside, completed, fences } = await hammer([lock], 'test/c1', 100);
    expect(maxInside).toBe(1);
    expect(completed).toBe(100);
    expect(strictlyIncreasing(fences)).toBe(true);
  });

  test('serves waiters first come, first served', async () => {
    const lock = new InProcessTurnLock();
    const order: number[] = [];
    const first = await lock.acquire('test/fifo');
    const waiting = [1, 2, 3, 4].map((i) => lock.run('test/fifo', async () => void order.push(i)));
    await first.release();
    await Promise.all(waiting);
    expect(order).toEqual([1, 2, 3, 4]);
  });

  test('different conversations do not wait for each other', async () => {
    const lock = new InProcessTurnLock({ maxWaitMs: 100 });
    const a = await lock.acquire('test/a');
    const b = await lock.acquire('test/b');
    expect(b.fence).toBeGreaterThan(a.fence);
    await Promise.all([a.release(), b.release()]);
  });

  test('gives up after maxWaitMs with TurnLockTimeoutError, and the lock stays usable', async () => {
    const lock = new InProcessTurnLock({ maxWaitMs: 50 });
    const holder = await lock.acquire('test/busy');
    const err = await lock.acquire('test/busy').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(TurnLockTimeoutError);
    expect(String(err)).toContain('test/busy');
    expect(isStateUnavailableError(err)).toBe(true);
    await holder.release();
    await holder.release(); // idempotent
    const next = await lock.acquire('test/busy');
    await next.release();
  });
});

describe('LocalQueue', () => {
  test('keeps nothing for a resource once it is free, after grants and after timed-out waiters', async () => {
    const queue = new LocalQueue();
    const far = () => Date.now() + 10_000;
    const leaveA = await queue.enter('a', Date.now(), far());
    const waiting = queue.enter('a', Date.now(), far());
    const timedOut = queue.enter('a', Date.now(), Date.now() + 10);
    await expect(timedOut).rejects.toBeInstanceOf(TurnLockTimeoutError);
    const leaveB = await queue.enter('b', Date.now(), far());
    expect(queue.size).toBe(2);
    leaveA();
    leaveA(); // idempotent: must not free the resource its successor now holds
    const leaveWaiter = await waiting;
    expect(queue.size).toBe(2);
    leaveWaiter();
    leaveB();
    expect(queue.size).toBe(0);
  });
});

