// The botbuilder Storage contract against the in-memory storages (test/support/storage-contract.ts).
import { MemoryStorage } from 'botbuilder';
import { ExpiringMemoryStorage } from '../../src/state/expiring-memory-storage';
import { storageContract } from '../support/storage-contract';

describe('MemoryStorage (reference)', () => {
  storageContract(() => new MemoryStorage());
});

describe('ExpiringMemoryStorage (embedded mode)', () => {
  storageContract(() => new ExpiringMemoryStorage({ ttlMs: 3600_000 }));

  test('an item idle for the TTL is gone; reading or writing keeps it alive', async () => {
    let now = 1_000_000;
    const storage = new ExpiringMemoryStorage({ ttlMs: 10_000, now: () => now });
    await storage.write({ idle: { v: 1 }, busy: { v: 2 } });
    now += 6_000;
    expect(Object.keys(await storage.read(['busy']))).toEqual(['busy']);
    now += 6_000; // idle: 12 s unused; busy: read 6 s ago
    expect(Object.keys(await storage.read(['idle', 'busy']))).toEqual(['busy']);
    now += 10_000;
    expect(await storage.read(['busy'])).toEqual({});
  });

  test('the periodic sweep removes idle items nobody asks for again', async () => {
    let now = 0;
    const storage = new ExpiringMemoryStorage({ ttlMs: 10_000, now: () => now });
    await storage.write({ forgotten: { v: 1 } });
    now += 120_000;
    await storage.write({ other: { v: 2 } }); // triggers the sweep
    now -= 120_000; // even if the clock went back, the swept item is gone for good
    expect(await storage.read(['forgotten'])).toEqual({});
  });
});


describe('ExpiringMemoryStorage cap (STATE_MEMORY_MAX_ITEMS)', () => {
  storageContract(() => new ExpiringMemoryStorage({ ttlMs: 3600_000, maxItems: 1000 }));

  test('past the cap the least recently used item goes, where a read counts as use', async () => {
    const evictions: number[] = [];
    const storage = new ExpiringMemoryStorage({ ttlMs: 3600_000, maxItems: 3, onEvict: (n) => evictions.push(n) });
    await storage.write({ a: { v: 'a' } });
    await storage.write({ b: { v: 'b' } });
    await storage.write({ c: { v: 'c' } });
    await storage.read(['a']); // a is now used more recently than b and c
    await storage.write({ d: { v: 'd' } });
    expect(Object.keys(await storage.read(['a', 'b', 'c', 'd'])).sort()).toEqual(['a', 'c', 'd']);
    await storage.write({ c: { v: 'c2' } }); // so is a rewritten c
    await storage.write({ e: { v: 'e' } });
    expect(Object.keys(await storage.read(['a', 'b', 'c', 'd', 'e'])).sort()).toEqual(['c', 'd', 'e']);
    expect(storage.size).toBe(3);
    expect(storage.evicted).toBe(2);
    expect(evictions).toEqual([1]); // reported once, not per eviction
  });

  test('a flood of new keys never holds more than the cap, and the newest survive', async () => {
    const storage = new ExpiringMemoryStorage({ ttlMs: 3600_000, maxItems: 100 });
    for (let i = 0; i < 5000; i++) {
      await storage.write({ [`test/conversations/c${i}/`]: { turn: i } });
      expect(storage.size).toBeLessThanOrEqual(100);
    }
    const newest = Array.from({ length: 100 }, (_, i) => `test/conversations/c${4900 + i}/`);
    expect(Object.keys(await storage.read(newest))).toHaveLength(100);
    expect(await storage.read(['test/conversations/c4899/'])).toEqual({});
  });

  test('an eTag conflict in a write of several items writes none of them', async () => {
    const storage = new ExpiringMemoryStorage({ ttlMs: 3600_000 });
    await storage.write({ x: { v: 1 } });
    await expect(storage.write({ y: { v: 2 }, x: { v: 3, eTag: 'stale' } })).rejects.toThrow('eTag conflict');
    expect(await storage.read(['x', 'y'])).toEqual({ x: expect.objectContaining({ v: 1 }) });
  });

  test('refuses a cap below one', () => {
    expect(() => new ExpiringMemoryStorage({ ttlMs: 1000, maxItems: 0 })).toThrow(RangeError);
  });
});
