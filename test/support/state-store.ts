// Shared by the state-store tests with and without Redis.

/** The part of Config createStateStore reads: Redis at `url` when given, in memory otherwise. */
export const stateStoreConfig = (url?: string) => ({
  redis: url ? { url, keyPrefix: 'store-test:' } : undefined,
  stateTtlSeconds: 3600,
});

/** What a promise rejects with (undefined when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => undefined,
    (e: unknown) => e,
  );
}
