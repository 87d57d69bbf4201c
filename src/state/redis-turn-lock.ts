// The turn lock across instances: lease + fencing token in Redis. See turn-lock.ts for the design.
import { randomUUID } from 'node:crypto';
import type { RedisConnection } from './redis-client';
import { z } from 'zod';
import type { Logger } from '../log';
import { errorFields } from '../log';
import { TurnLockTimeoutError, toStateError } from './errors';
import { DEFAULT_MAX_WAIT_MS, LocalQueue } from './in-process-turn-lock';
import { fenceKey, lockKey } from './keys';
import { ACQUIRE, EXTEND, RELEASE } from './lua';
import { TurnLock, type TurnLease } from './turn-lock';

export interface RedisTurnLockOptions {
  keyPrefix: string;
  /** The state TTL; the fence counter lives one day longer so it never restarts under live state. */
  stateTtlSeconds: number;
  /** Lease length; a crashed holder blocks its conversation at most this long. Default 15 s. */
  leaseMs?: number;
  /** Renewal period while the turn runs; default leaseMs / 3. 0 turns renewal off (tests). */
  renewEveryMs?: number;
  /** Longest wait for the lock, local queue included. Default 15 s. */
  maxWaitMs?: number;
  /** Poll backoff while another instance holds the lock. Defaults 5 ms doubling to 100 ms. */
  minPollMs?: number;
  maxPollMs?: number;
}

const AcquireReply = z.tuple([z.number().int().nonnegative(), z.number().int()]);
const FlagReply = z.number().int();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class RedisTurnLock extends TurnLock {
  readonly backend = 'redis' as const;
  private readonly local = new LocalQueue();
  private readonly active = new Set<RedisLease>();
  private readonly releasing = new Set<Promise<void>>();
  private readonly leaseMs: number;
  private readonly renewEveryMs: number;
  private readonly maxWaitMs: number;
  private readonly minPollMs: number;
  private readonly maxPollMs: number;
  private readonly fenceTtlSeconds: number;

  constructor(private readonly client: RedisConnection, private readonly log: Logger, private readonly options: RedisTurnLockOptions) {
    super();
    this.leaseMs = options.leaseMs ?? 15_000;
    this.renewEveryMs = options.renewEveryMs ?? Math.max(1, Math.floor(this.leaseMs / 3));
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    this.minPollMs = options.minPollMs ?? 5;
    this.maxPollMs = options.maxPollMs ?? 100;
    this.fenceTtlSeconds = options.stateTtlSeconds + 24 * 3600;
    if (this.leaseMs < 10) throw new RangeError('leaseMs must be at least 10 ms.');
  }

  async acquire(resource: string): Promise<TurnLease> {
    const startedAt = Date.now();
    const deadline = startedAt + this.maxWaitMs;
    const leaveLocal = await this.local.enter(resource, startedAt, deadline);
    const owner = randomUUID();
    const keys = [lockKey(this.options.keyPrefix, resource), fenceKey(this.options.keyPrefix, resource)];
    try {
      let delay = this.minPollMs;
      for (;;) {
        let reply: unknown;
        try {
          reply = await ACQUIRE.run(this.client, keys, [owner, this.leaseMs, this.fenceTtlSeconds]);
        } catch (err) {
          // The SET may have happened with only the reply lost (a timeout): free it if so, best effort,
          // rather than block the conversation until the lease runs out.
          RELEASE.run(this.client, [keys[0]], [owner]).catch(() => undefined);
          throw toStateError(`acquire the turn lock of "${resource}"`, err);
        }
        const [fence, holderRemainingMs] = AcquireReply.parse(reply);
        if (fence > 0) {
          const lease = new RedisLease(this, resource, fence, owner, keys[0], leaveLocal);
          this.active.add(lease);
          lease.startRenewal(this.renewEveryMs);
          return lease;
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new TurnLockTimeoutError(resource, Date.now() - startedAt);
        const backoff = delay / 2 + (Math.random() * delay) / 2;
        const untilFree = holderRemainingMs > 0 ? holderRemainingMs + 1 : backoff;
        await sleep(Math.max(1, Math.min(backoff, untilFree, left)));
        delay = Math.min(delay * 2, this.maxPollMs);
      }
    } catch (err) {
      leaveLocal();
      throw err;
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.active].map((lease) => lease.release()));
    await Promise.all([...this.releasing]);
  }

  /** @internal used by RedisLease */
  async extend(lockKeyName: string, owner: string): Promise<boolean> {
    return FlagReply.parse(await EXTEND.run(this.client, [lockKeyName], [owner, this.leaseMs])) === 1;
  }

  /**
   * @internal used by RedisLease. Queues the release on the connection at once (synchronously, so Redis
   * gets it before any command issued after this call returns) and resolves when Redis has answered.
   * Never rejects.
   */
  releaseLease(lease: RedisLease, lockKeyName: string, owner: string): Promise<void> {
    this.active.delete(lease);
    const done = RELEASE.run(this.client, [lockKeyName], [owner]).then(
      () => undefined,
      (err: unknown) => {
        this.log.warn('turn lock: release failed; the lease will expire by itself', { resource: lease.resource, ...errorFields(err) });
      },
    );
    this.releasing.add(done);
    void done.then(() => this.releasing.delete(done));
    return done;
  }

  /** @internal */
  get leaseLengthMs(): number {
    return this.leaseMs;
  }

  /** @internal */
  get logger(): Logger {
    return this.log;
  }
}

class RedisLease implements TurnLease {
  lost = false;
  private released = false;
  private timer: NodeJS.Timeout | undefined;
  private lastExtendedAt = Date.now();

  constructor(
    private readonly lock: RedisTurnLock,
    readonly resource: string,
    readonly fence: number,
    private readonly owner: string,
    private readonly lockKeyName: string,
    private readonly leaveLocal: () => void,
  ) {}

  startRenewal(everyMs: number): void {
    if (everyMs <= 0) return;
    this.timer = setInterval(() => void this.renew(), everyMs);
    this.timer.unref();
  }

  private async renew(): Promise<void> {
    if (this.released || this.lost) return;
    try {
      const stillOurs = await this.lock.extend(this.lockKeyName, this.owner);
      if (this.released) return;
      if (stillOurs) {
        this.lastExtendedAt = Date.now();
        return;
      }
      this.markLost('the lease was taken over');
    } catch (err) {
      if (this.released) return;
      // Redis unreachable: keep trying until the lease has certainly run out.
      if (Date.now() - this.lastExtendedAt >= this.lock.leaseLengthMs) this.markLost(`renewal failed: ${errorFields(err).error}`);
    }
  }

  private markLost(why: string): void {
    this.lost = true;
    this.stopRenewal();
    this.lock.logger.warn('turn lock: lease lost while the turn was running; its state writes will be refused', {
      resource: this.resource,
      fence: this.fence,
      why,
    });
  }

  private stopRenewal(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /**
   * Sends the Redis release, then hands the lock to the next turn queued in this process right away:
   * its acquire goes out on the same connection after the release, so Redis sees them in that order.
   * Resolves when Redis has confirmed the release (run() does not wait for that).
   */
  release(): Promise<void> {
    if (this.released) return Promise.resolve();
    this.released = true;
    this.stopRenewal();
    const confirmed = this.lock.releaseLease(this, this.lockKeyName, this.owner);
    this.leaveLocal();
    return confirmed;
  }
}
