// The fencing token of the turn that is running, carried through async calls so RedisStorage can
// refuse writes from a turn whose lock lease has been taken over (see turn-lock.ts).
import { AsyncLocalStorage } from 'node:async_hooks';

export interface FenceToken {
  /** What the turn lock was taken on: `${channelId}/${conversationId}`. */
  readonly resource: string;
  /** Monotonically increasing per resource; a larger token means a newer turn. */
  readonly fence: number;
}

const current = new AsyncLocalStorage<FenceToken>();

/** Runs fn with `token` as the current turn's fence (state writes inside it are fenced). */
export function runWithFence<T>(token: FenceToken, fn: () => Promise<T>): Promise<T> {
  return current.run(token, fn);
}

/** The fence of the turn this code runs in, if it runs inside a locked turn. */
export function currentFence(): FenceToken | undefined {
  return current.getStore();
}
