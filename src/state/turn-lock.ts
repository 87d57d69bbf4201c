// ─── Ordered turns per conversation: the turn lock ────────────────────────────────────────────────
//
// Why. botbuilder's BotState loads state at the start of a turn and saves it at the end with eTag "*"
// (last write wins). Two messages of one conversation handled at the same time – at two instances
// behind a load balancer, or concurrently in one process – would both load the same state, and the
// later save would silently erase the earlier turn (a lost turn, a dialog stack rewound). So every
// turn runs under a lock on `${channelId}/${conversationId}`, the way Rasa's RedisLockStore
// serialises the messages of a conversation. The TurnLock is itself a botbuilder Middleware that
// holds the lock around next(); register it as the first one.
//
// How (Redis mode, RedisTurnLock):
//  1. Local queue first. Turns of the same conversation in one process wait FIFO in memory, so only
//     one of them at a time contends in Redis (fewer round trips, fair within an instance).
//  2. Acquire. One Lua script does `SET turnlock:<res> <random owner> NX PX <lease>` and, when that
//     succeeds, `INCR turnfence:<res>`: the fencing token, monotonically increasing per conversation.
//     The counter outlives the state keys (TTL = state TTL + 1 day, renewed on every acquisition).
//     If another turn holds the lock, the acquirer polls again with exponential backoff and jitter
//     (5 ms doubling to 100 ms, never sleeping past the holder's remaining lease) for at most
//     maxWaitMs in all, local wait included, then fails with TurnLockTimeoutError.
//  3. Lease renewal. While the turn runs, a timer extends the lease every lease/3 with a Lua
//     check-and-PEXPIRE that succeeds only while the owner token still matches. If the instance dies
//     or stalls, the lease runs out and the next turn gets in after at most leaseMs.
//  4. Fencing. The turn lock records the turn's {resource, fence} on its TurnContext (setTurnFence,
//     turn-fence.ts) before next(). The bot's conversation and user state are FencedBotStates
//     (turn-state.ts), which pass turnFence(context) explicitly to RedisStorage's write and delete.
//     Their scripts read turnfence:<res> in the same atomic step and refuse with StaleFenceError
//     when it is greater than the turn's token: once a newer turn has taken the lock, a turn whose
//     lease expired can no longer write anything, before or after the newer turn writes, so the
//     newer turn's state wins. Comparing with the conversation's own counter (not a per-key value)
//     keeps user state, which several conversations share, free of false conflicts. The fence is
//     passed by hand, not through an async context store (node:async_hooks): in Node 20 that
//     enables promise hooks for every promise in the process and cost about 30 % throughput. A
//     write without a fence (botbuilder's own ConversationState/UserState, or code outside a turn)
//     is not checked.
//  5. Release. Lua compare-and-delete on the owner token, so a turn never deletes someone else's
//     lease. The next turn queued in the same process may go as soon as the release is sent (its
//     acquire follows on the same connection); the reply does not wait for Redis to confirm. A
//     failing release is logged, not thrown: the lease then simply runs out.
// Memory (embedded) mode: InProcessTurnLock – the same FIFO queue, bounded wait and fence tokens, no
// lease (one process cannot lose a lock to itself; the fence still goes on the TurnContext, and
// MemoryStorage simply ignores it).
// Failures: Redis down or a command timing out → StateUnavailableError; a wait past maxWaitMs →
// TurnLockTimeoutError; a turn that lost its lease → StaleFenceError on its first state write. All
// three satisfy isStateUnavailableError(), so the bot answers "prøv igjen om litt" instead of crashing.
// Redis Cluster: the lock, the fence counter and the conversation state share the hash tag
// {conversationId} (keys.ts), so the scripts that touch two of them run in one slot; user state lives
// in another slot and has its fence checked in a step of its own (redis-storage.ts). If Redis loses
// its data (a restart without persistence), the counters restart too and fencing protects the turns
// that start from then on.
// ───────────────────────────────────────────────────────────────────────────────────────────────
import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { setTurnFence } from './turn-fence';

/** A held turn lock. */
export interface TurnLease {
  readonly resource: string;
  /** Fencing token: larger means newer. */
  readonly fence: number;
  /** True once renewal found the lease taken over; the turn's state writes will then be refused. */
  readonly lost: boolean;
  /**
   * Frees the lock for the next turn at once; the promise resolves when the backend has confirmed
   * it (a failure is logged: the lease then runs out by itself). Idempotent; never rejects.
   */
  release(): Promise<void>;
}

/**
 * A per-conversation turn lock. It is itself a botbuilder Middleware (`adapter.use(turnLock)`, register
 * it FIRST) that holds the lock of context.activity's conversation around next().
 */
export abstract class TurnLock implements Middleware {
  abstract readonly backend: 'memory' | 'redis';

  /** Waits (bounded) until this resource's lock is free and takes it. */
  abstract acquire(resource: string): Promise<TurnLease>;

  /** Releases the leases still held (best effort) and stops their renewal timers. */
  abstract close(): Promise<void>;

  /** Runs fn holding the lock. fn passes {resource, fence: lease.fence} to its state writes (onTurn does, via the TurnContext). */
  async run<T>(resource: string, fn: (lease: TurnLease) => Promise<T>): Promise<T> {
    const lease = await this.acquire(resource);
    try {
      return await fn(lease);
    } finally {
      // Not awaited: the lock is free for the next turn as soon as release() returns, and the turn's
      // reply need not wait for Redis to confirm it (release never rejects).
      void lease.release();
    }
  }

  /**
   * Holds the lock of the activity's conversation around next(), with the lease's fence on the context
   * (turnFence(context)) for FencedBotState's writes. Errors (lock wait timeout, Redis down) go to onTurnError.
   */
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const resource = turnLockResource(context.activity);
    if (resource === undefined) return next();
    await this.run(resource, (lease) => {
      setTurnFence(context, { resource, fence: lease.fence });
      return next();
    });
  }
}

/** The lock resource of an activity: `${channelId}/${conversationId}`, or undefined without a conversation. */
export function turnLockResource(activity: Partial<Pick<Activity, 'channelId' | 'conversation'>>): string | undefined {
  const conversationId = activity.conversation?.id;
  if (!conversationId) return undefined;
  return `${activity.channelId || 'unknown'}/${conversationId}`;
}
