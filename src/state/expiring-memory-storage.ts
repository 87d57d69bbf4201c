// The embedded mode's state store, with the same privacy rule as Redis (an item not read or written
// for STATE_TTL_SECONDS is gone) and a cap on how many items it holds (STATE_MEMORY_MAX_ITEMS): past
// the cap the least recently used item is forgotten, so a flood of new conversations cannot grow the
// process without bound. Semantics otherwise as botbuilder's MemoryStorage (JSON copies, eTags).
import type { StoreItems } from 'botbuilder';
import { ETagConflictError } from './errors';
import type { FencedStorage, StoredJson } from './turn-fence';

/** How often a sweep of idle items runs at most; single items are checked on every read. */
const SWEEP_EVERY_MS = 60_000;

export interface ExpiringMemoryStorageOptions {
  /** Lifetime of an item since its last read or write. */
  ttlMs: number;
  /** Most items kept; the least recently used goes first. Default: no cap. */
  maxItems?: number;
  now?: () => number;
  /** Called when the cap forgets an item for the first time, and then at most once an hour. */
  onEvict?: (evictedSoFar: number) => void;
}

interface Entry {
  json: string;
  eTag: string;
  usedAt: number;
}

/** One process needs no fencing: the fence FencedBotState passes to write/delete is ignored. */
export class ExpiringMemoryStorage implements FencedStorage {
  // A Map iterates in insertion order; every use re-inserts its key, so the first key is always the
  // least recently used one, and both the TTL sweep and the cap take from the front.
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxItems: number;
  private readonly now: () => number;
  private readonly onEvict?: (evictedSoFar: number) => void;
  private nextETag = 1;
  private lastSweep = 0;
  private evictedCount = 0;
  private lastEvictReport = -Infinity;

  constructor(options: ExpiringMemoryStorageOptions) {
    if (!(options.ttlMs > 0)) throw new RangeError(`ttlMs must be positive (got ${options.ttlMs}).`);
    const maxItems = options.maxItems ?? Infinity;
    if (!(maxItems >= 1)) throw new RangeError(`maxItems must be at least 1 (got ${maxItems}).`);
    this.ttlMs = options.ttlMs;
    this.maxItems = maxItems;
    this.now = options.now ?? Date.now;
    this.onEvict = options.onEvict;
  }

  /** Items held now. */
  get size(): number {
    return this.entries.size;
  }

  /** Items forgotten because of the cap (not the TTL) since start. */
  get evicted(): number {
    return this.evictedCount;
  }

  get capacity(): number {
    return this.maxItems;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const now = this.now();
    this.sweep(now);
    const found: StoreItems = {};
    for (const key of keys) {
      const entry = this.live(key, now);
      if (!entry) continue;
      this.use(key, entry, now);
      found[key] = { ...(JSON.parse(entry.json) as object), eTag: entry.eTag };
    }
    return found;
  }

  /** One item with the JSON text it is held as. */
  async readJson(key: string): Promise<StoredJson | undefined> {
    const now = this.now();
    this.sweep(now);
    const entry = this.live(key, now);
    if (!entry) return undefined;
    this.use(key, entry, now);
    return { item: { ...(JSON.parse(entry.json) as object), eTag: entry.eTag }, json: entry.json };
  }

  /** Holds an item given as JSON text (an object's, without eTag), as write() does with eTag "*". */
  async writeJson(key: string, json: string): Promise<void> {
    const now = this.now();
    this.sweep(now);
    this.use(key, { json, eTag: String(this.nextETag++), usedAt: now }, now);
    this.enforceCap();
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const now = this.now();
    this.sweep(now);
    const keys = Object.keys(changes);
    // Check every eTag before writing anything, so a conflict leaves all items as they were.
    for (const key of keys) {
      const expected: unknown = changes[key]?.eTag;
      const stored = this.live(key, now);
      if (stored && typeof expected === 'string' && expected !== '*' && expected !== '' && expected !== stored.eTag) {
        throw new ETagConflictError(key);
      }
    }
    for (const key of keys) {
      const { eTag: _ignored, ...value } = changes[key] as Record<string, unknown>;
      this.use(key, { json: JSON.stringify(value), eTag: String(this.nextETag++), usedAt: now }, now);
    }
    this.enforceCap();
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    for (const key of keys) this.entries.delete(key);
  }

  /** The entry of key unless it has expired (then it is removed). */
  private live(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && now - entry.usedAt >= this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Moves key to the most recently used end. */
  private use(key: string, entry: Entry, now: number): void {
    this.entries.delete(key);
    entry.usedAt = now;
    this.entries.set(key, entry);
  }

  private enforceCap(): void {
    if (this.entries.size <= this.maxItems) return;
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxItems) break;
      this.entries.delete(key);
      this.evictedCount++;
    }
    const now = this.now();
    if (this.onEvict && now - this.lastEvictReport >= 3600_000) {
      this.lastEvictReport = now;
      this.onEvict(this.evictedCount);
    }
  }

  /** Drops idle items from the front (least recently used first) until the first live one. */
  private sweep(now: number): void {
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    for (const [key, entry] of this.entries) {
      if (now - entry.usedAt < this.ttlMs) break;
      this.entries.delete(key);
    }
  }
}
