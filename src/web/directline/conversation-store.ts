// In-memory conversations of the local Direct Line endpoint: each has an activity log with watermarks,
// listeners (WebSocket streams) and a bounded queue so that its turns run one at a time. Conversations
// are capped in number and expire when idle. This lives in one process: with several instances behind
// a load balancer the conversations (and the token key) would have to move to Redis.

export type DirectLineActivity = Record<string, unknown> & { id: string; type: string };

export interface ActivitySet {
  activities: DirectLineActivity[];
  /** Present when the set advances the watermark (typing is streamed without one, as in Direct Line). */
  watermark?: string;
}

export interface StreamListener {
  send(set: ActivitySet): void;
  close(reason: string): void;
}

export interface StoreLimits {
  maxConversations: number;
  /** A conversation with no activity for this long is dropped. */
  idleMs: number;
  /** Oldest activities beyond this are dropped from a conversation's log. */
  maxActivitiesPerConversation: number;
  /** WebSocket streams per conversation (Direct Line allows one; we allow a few tabs). */
  maxStreamsPerConversation: number;
  /** Turns waiting behind the one that runs; a client posting faster than the bot answers is refused beyond this. */
  maxQueuedTurns: number;
}

export const DEFAULT_LIMITS: StoreLimits = {
  maxConversations: 2000,
  idleMs: 60 * 60 * 1000,
  maxActivitiesPerConversation: 1000,
  maxStreamsPerConversation: 4,
  maxQueuedTurns: 10,
};

export class Conversation {
  private readonly log: { seq: number; activity: DirectLineActivity }[] = [];
  private nextSeq = 0;
  private readonly listeners = new Set<StreamListener>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Turns enqueued and not finished (the running one included). */
  private pendingTurns = 0;
  lastActive: number;

  constructor(
    readonly id: string,
    readonly userId: string,
    createdAt: number,
    private readonly limits: StoreLimits,
  ) {
    this.lastActive = createdAt;
  }

  get watermark(): string {
    return this.nextSeq === 0 ? '' : String(this.nextSeq - 1);
  }

  get streamCount(): number {
    return this.listeners.size;
  }

  /** Adds an activity to the log with id `${conversationId}|${seq}` and pushes it to the streams. */
  append(activity: Record<string, unknown> & { type: string }): DirectLineActivity {
    const seq = this.nextSeq++;
    const stored: DirectLineActivity = { ...activity, id: `${this.id}|${String(seq).padStart(7, '0')}` };
    this.log.push({ seq, activity: stored });
    if (this.log.length > this.limits.maxActivitiesPerConversation) this.log.shift();
    this.broadcast({ activities: [stored], watermark: String(seq) });
    return stored;
  }

  /** Streams an activity without logging it (typing indicators). */
  stream(activity: Record<string, unknown> & { type: string }): void {
    this.broadcast({ activities: [{ ...activity, id: activity.id ? String(activity.id) : `${this.id}|typing` }] });
  }

  private broadcast(set: ActivitySet): void {
    for (const listener of this.listeners) {
      try {
        listener.send(set);
      } catch {
        this.listeners.delete(listener);
      }
    }
  }

  /** Activities after the watermark ('' = from the start) and the new watermark. */
  since(watermark: number | undefined): ActivitySet {
    const activities = this.log.filter((e) => watermark === undefined || e.seq > watermark).map((e) => e.activity);
    if (this.nextSeq > 0) return { activities, watermark: this.watermark };
    return { activities, watermark: watermark === undefined ? undefined : String(watermark) };
  }

  subscribe(listener: StreamListener): (() => void) | undefined {
    if (this.listeners.size >= this.limits.maxStreamsPerConversation) return undefined;
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** True when limits.maxQueuedTurns turns already wait behind the running one. */
  get queueFull(): boolean {
    return this.pendingTurns > this.limits.maxQueuedTurns;
  }

  /** Runs turns of this conversation one after the other. */
  enqueue<T>(work: () => Promise<T>): Promise<T> {
    this.pendingTurns++;
    const next = this.queue.then(() => work()).finally(() => this.pendingTurns--);
    this.queue = next.catch(() => undefined);
    return next;
  }

  close(reason: string): void {
    for (const listener of this.listeners) {
      try {
        listener.close(reason);
      } catch {
        // already gone
      }
    }
    this.listeners.clear();
  }
}

export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  readonly limits: StoreLimits;
  private readonly now: () => number;

  constructor(limits: Partial<StoreLimits> = {}, now: () => number = Date.now) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.now = now;
  }

  get size(): number {
    return this.conversations.size;
  }

  /** The conversation, or undefined when it never existed or has expired. Marks it active. */
  get(id: string): Conversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    if (this.now() - conversation.lastActive > this.limits.idleMs) {
      this.remove(id, 'idle');
      return undefined;
    }
    conversation.lastActive = this.now();
    return conversation;
  }

  /** Creates a conversation, evicting the least recently active one when the cap is reached. */
  create(id: string, userId: string): Conversation {
    this.sweep();
    while (this.conversations.size >= this.limits.maxConversations) {
      let oldest: Conversation | undefined;
      for (const c of this.conversations.values()) if (!oldest || c.lastActive < oldest.lastActive) oldest = c;
      if (!oldest) break;
      this.remove(oldest.id, 'capacity');
    }
    const conversation = new Conversation(id, userId, this.now(), this.limits);
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Drops conversations idle for longer than limits.idleMs. Returns how many. */
  sweep(): number {
    const cutoff = this.now() - this.limits.idleMs;
    let removed = 0;
    for (const c of [...this.conversations.values()]) {
      if (c.lastActive < cutoff) {
        this.remove(c.id, 'idle');
        removed++;
      }
    }
    return removed;
  }

  remove(id: string, reason: string): void {
    const conversation = this.conversations.get(id);
    if (!conversation) return;
    this.conversations.delete(id);
    conversation.close(reason);
  }

  clear(reason: string): void {
    for (const id of [...this.conversations.keys()]) this.remove(id, reason);
  }
}
