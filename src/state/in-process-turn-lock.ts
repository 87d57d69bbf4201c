// The turn lock within one process (memory mode), and the local FIFO queue RedisTurnLock puts in
// front of Redis. See turn-lock.ts for the design.
import { TurnLockTimeoutError } from './errors';
import { TurnLock, type TurnLease } from './turn-lock';

export const DEFAULT_MAX_WAIT_MS = 15_000;

interface Slot {
  held: boolean;
  waiters: Array<() => void>;
}

/** Per-resource FIFO mutual exclusion with a deadline. Empty resources leave no trace. */
export class LocalQueue {
  private readonly slots = new Map<string, Slot>();

  /** Resolves with a (idempotent) leave function once the resource is ours; rejects at the deadline. */
  enter(resource: string, startedAt: number, deadline: number): Promise<() => void> {
    let slot = this.slots.get(resource);
    if (!slot) {
      slot = { held: false, waiters: [] };
      this.slots.set(resource, slot);
    }
    const s = slot;
    if (!s.held) {
      s.held = true;
      return Promise.resolve(this.leaver(resource, s));
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve(this.leaver(resource, s));
      };
      const timer = setTimeout(() => {
        const i = s.waiters.indexOf(grant);
        if (i >= 0) s.waiters.splice(i, 1);
        reject(new TurnLockTimeoutError(resource, Date.now() - startedAt));
      }, Math.max(0, deadline - Date.now()));
      s.waiters.push(grant);
    });
  }

  /** Resources currently held or waited for (for tests and diagnostics). */
  get size(): number {
    return this.slots.size;
  }

  private leaver(resource: string, slot: Slot): () => void {
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const next = slot.waiters.shift();
      if (next) next();
      else {
        slot.held = false;
        this.slots.delete(resource);
      }
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
  protected readonly fencesState = false;
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
    const fence = ++this.fence;
    const held = this.held;
    return {
      resource,
      fence,
      lost: false,
      release: async () => {
        held.delete(leave);
        leave();
      },
    };
  }

  async close(): Promise<void> {
    for (const leave of [...this.held]) leave();
    this.held.clear();
  }
}
