// The botbuilder Storage contract against the in-memory storages (test/support/storage-contract.ts).
import { MemoryStorage } from 'botbuilder';
import { ExpiringMemoryStorage } from '../../src/state/expiring-memory-storage';
import { storageContract } from '../support/storage-contract';

describe('MemoryStorage (reference)', () => {
  storageContract(() => new MemoryStorage());
});

describe('ExpiringMemoryStorage (embedded mode)', () => {
  storageContract(() => new ExpiringMemoryStorage(3600_000));

  test('an item idle for the TTL is gone; reading or writing keeps it alive', async () => {
    let now = 1_000_000;
    const storage = new ExpiringMemoryStorage(10_000, () => now);
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
    const storage = new ExpiringMemoryStorage(10_000, () => now);
    await storage.write({ forgotten: { v: 1 } });
    now += 120_000;
    await storage.write({ other: { v: 2 } }); // triggers the sweep
    now -= 120_000; // even if the clock went back, the swept item is gone for good
    expect(await storage.read(['forgotten'])).toEqual({});
  });
});

