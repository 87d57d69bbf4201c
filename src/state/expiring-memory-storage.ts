// The embedded mode's state store: botbuilder's MemoryStorage with the same privacy rule as Redis –
// an item not read or written for STATE_TTL_SECONDS is gone.
import { MemoryStorage, type StoreItems } from 'botbuilder';
import type { FencedStorage } from './turn-fence';

/** How often a full sweep of idle items runs at most; single items are checked on every read. */
const SWEEP_EVERY_MS = 60_000;

/** One process needs no fencing: the fence FencedBotState passes to write/delete is ignored. */
export class ExpiringMemoryStorage implements FencedStorage {
  private readonly items = new MemoryStorage();
  private readonly lastUsed = new Map<string, number>();
  private lastSweep = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    await this.sweep();
    await this.forget(keys.filter((key) => this.isExpired(key)));
    const found = await this.items.read(keys);
    this.touch(Object.keys(found));
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.sweep();
    const keys = Object.keys(changes);
    await this.forget(keys.filter((key) => this.isExpired(key)));
    await this.items.write(changes);
    this.touch(keys);
  }

  async delete(keys: string[]): Promise<void> {
    await this.forget(keys);
  }

  private isExpired(key: string): boolean {
    const used = this.lastUsed.get(key);
    return used !== undefined && this.now() - used >= this.ttlMs;
  }

  private touch(keys: string[]): void {
    const now = this.now();
    for (const key of keys) this.lastUsed.set(key, now);
  }

  private async forget(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.items.delete(keys);
    for (const key of keys) this.lastUsed.delete(key);
  }

  private async sweep(): Promise<void> {
    const now = this.now();
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    await this.forget([...this.lastUsed.keys()].filter((key) => this.isExpired(key)));
  }
}
