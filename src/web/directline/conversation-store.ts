// In-memory conversations of the local Direct Line endpoint: each has an activity log with watermarks,
// listeners (WebSocket streams) and a bounded queue so that its turns run one at a time. Conversations
// are capped in number, per client address and in bytes, and expire when idle. At the cap, a new
// conversation replaces one nobody has written in, or one idle for a while, never a live chat: when
// every conversation is live, new ones are refused (ConversationStoreFullError) until one expires.
// This lives in one process: with several instances behind a load balancer the conversations (and the
// token key) would have to move to Redis.

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
  /** A conversation's log in bytes (JSON); the oldest activities go first, the newest always stays. */
  maxBytesPerConversation: number;
  /** All logs together; beyond it the largest conversation's oldest activities go first. */
  maxTotalBytes: number;
  /** Conversations one client address holds at once; its least recently active one makes room. */
  maxConversationsPerClient: number;
  /** At the cap, a conversation someone wrote in is replaced only after this long without activity. */
  minIdleBeforeEvictionMs: number;
}

/** Every conversation is live and the store is full. */
export class ConversationStoreFullError extends Error {
  constructor() {
    super('the local Direct Line has no room for another conversation');
    this.name = 'ConversationStoreFullError';
  }
}

export const DEFAULT_LIMITS: StoreLimits = {
  maxConversations: 2000,
  idleMs: 60 * 60 * 1000,
  maxActivitiesPerConversation: 1000,
  maxStreamsPerConversation: 4,
  maxQueuedTurns: 10,
  maxBytesPerConversation: 256 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxConversationsPerClient: 50,
  minIdleBeforeEvictionMs: 10 * 60 * 1000,
};

export class Conversation {
  private readonly log: { seq: number; activity: DirectLineActivity; bytes: number }[] = [];
  private logBytes = 0;
  /** Someone posted a message here (a live chat, not an abandoned or scripted page load). */
  hasUserMessages = false;
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
    /** The client address key it was created from ('' when unknown). */
    readonly client = '',
    /** Told of every change in the log's size, for the store's total. */
    private readonly onBytes: (delta: number) => void = () => undefined,
  ) {
    this.lastActive = createdAt;
  }

  /** The log's size in bytes (JSON). */
  get bytes(): number {
    return this.logBytes;
  }

  /** Drops the oldest activity (never the newest). Returns false when only one is left. */
  dropOldest(): boolean {
    if (this.log.length <= 1) return false;
    const dropped = this.log.shift();
    if (dropped) {
      this.logBytes -= dropped.bytes;
      this.onBytes(-dropped.bytes);
    }
    return true;
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
    const bytes = Buffer.byteLength(JSON.stringify(stored));
    this.log.push({ seq, activity: stored, bytes });
    this.logBytes += bytes;
    this.onBytes(bytes);
    while (this.log.length > this.limits.maxActivitiesPerConversation || this.logBytes > this.limits.maxBytesPerConversation) {
      if (!this.dropOldest()) break;
    }
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
  private totalBytes = 0;

  constructor(limits: Partial<StoreLimits> = {}, now: () => number = Date.now) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.now = now;
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Bytes in all conversation logs. */
  get bytes(): number {
    return this.totalBytes;
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

  /** The least recently active conversation matching `which`, if any. */
  private leastRecent(which: (c: Conversation) => boolean): Conversation | undefined {
    let oldest: Conversation | undefined;
    for (const c of this.conversations.values()) if (which(c) && (!oldest || c.lastActive < oldest.lastActive)) oldest = c;
    return oldest;
  }

  /**
   * Creates a conversation for `client` (a client address key). The client's own least recently
   * active conversation makes room when it holds its share; at the store's cap, one nobody wrote in
   * or one idle for minIdleBeforeEvictionMs does. Throws ConversationStoreFullError otherwise.
   */
  create(id: string, userId: string, client = ''): Conversation {
    this.sweep();
    if (client !== '') {
      let mine = 0;
      for (const c of this.conversations.values()) if (c.client === client) mine++;
      if (mine >= this.limits.maxConversationsPerClient) {
        const own = this.leastRecent((c) => c.client === client);
        if (own) this.remove(own.id, 'client capacity');
      }
    }
    if (this.conversations.size >= this.limits.maxConversations) {
      const idleSince = this.now() - this.limits.minIdleBeforeEvictionMs;
      const victim = this.leastRecent((c) => !c.hasUserMessages) ?? this.leastRecent((c) => c.lastActive < idleSince);
      if (!victim) throw new ConversationStoreFullError();
      this.remove(victim.id, 'capacity');
    }
    const conversation = new Conversation(id, userId, this.now(), this.limits, client, (delta) => this.onBytes(conversation, delta));
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Keeps the total under maxTotalBytes by trimming the largest logs (a flood's, not a person's). */
  private onBytes(grown: Conversation, delta: number): void {
    // A conversation already removed (a turn finishing after it expired) no longer counts.
    if (this.conversations.get(grown.id) !== grown) return;
    this.totalBytes += delta;
    if (delta <= 0 || this.totalBytes <= this.limits.maxTotalBytes) return;
    while (this.totalBytes > this.limits.maxTotalBytes) {
      let largest: Conversation | undefined;
      for (const c of this.conversations.values()) if (!largest || c.bytes > largest.bytes) largest = c;
      if (!largest || !largest.dropOldest()) break;
    }
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
    this.totalBytes -= conversation.bytes;
    conversation.close(reason);
  }

  clear(reason: string): void {
    for (const id of [...this.conversations.keys()]) this.remove(id, reason);
  }
}
