// The turn lock within one process (memory mode), and the local FIFO queue RedisTurnLock puts in
// front of Redis. See turn-lock.ts for the design.
import { TurnLockTimeoutError } from './errors';
import { TurnLock, type TurnLease } from './turn-lock';

export const DEFAULT_MAX_WAIT_MS = 15_000;

/**
 * Per-resource FIFO mutual exclusion with a deadline. A resource is held exactly while it has an entry
 * (its waiters, in order); empty resources leave no trace.
 */
export class LocalQueue {
  private readonly waiting = new Map<string, Array<() => void>>();

  /** Resolves with a (idempotent) leave function once the resource is ours; rejects at the deadline. */
  enter(resource: string, startedAt: number, deadline: number): Promise<() => void> {
    const waiters = this.waiting.get(resource);
    if (!waiters) {
      this.waiting.set(resource, []);
      return Promise.resolve(this.leaver(resource));
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve(this.leaver(resource));
      };
      const timer = setTimeout(() => {
        const i = waiters.indexOf(grant);
        if (i >= 0) waiters.splice(i, 1);
        reject(new TurnLockTimeoutError(resource, Date.now() - startedAt));
      }, Math.max(0, deadline - Date.now()));
      waiters.push(grant);
    });
  }

  /** Resources currently held or waited for (for tests and diagnostics). */
  get size(): number {
    return this.waiting.size;
  }

  private leaver(resource: string): () => void {
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const waiters = this.waiting.get(resource);
      const next = waiters?.shift();
      if (next) next();
      else this.waiting.delete(resource);
    };
  }
}

export interface InProcessTurnLockOptions {
  /** How long a turn waits for the previous turn of its conversation before failing. */
  maxWaitMs?: number;
}

/** Memory-mode turn lock: FIFO per conversation in this process; fences from one process-wide counter. */
export class InProcessTurnLock extends TurnLock {
  readonly backend = 'memory' as const;
  private readonly queue = new LocalQueue();
  private readonly maxWaitMs: number;
  private readonly held = new Set<() => void>();
  private fence = 0;

  constructor(options: InProcessTurnLockOptions = {}) {
    super();
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  }

  async acquire(resource: string): Promise<TurnLease> {
    const startedAt = Date.now();
    const leave = await this.queue.enter(resource, startedAt, startedAt + this.maxWaitMs);
    this.held.add(leave);
    return {
      resource,
      fence: ++this.fence,
      lost: false,
      release: async () => {
        this.held.delete(leave);
        leave();
      },
    };
  }

  async close(): Promise<void> {
    for (const leave of [...this.held]) leave();
    this.held.clear();
  }
}
