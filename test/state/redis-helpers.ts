// Helpers for the state tests: clients of a real redis-server (see test/support/redis-server.ts).
import { Redis } from 'ioredis';
import { createLogger } from '../../src/log';
import { createRedisClient, type RedisClientOptions } from '../../src/state';

export const silentLog = createLogger('silent');

/** Resolves once the client is connected (state clients refuse commands before that). */
export function whenReady(client: Redis, timeoutMs = 10_000): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('ready', onReady);
      reject(new Error(`redis client not ready after ${timeoutMs} ms (status ${client.status})`));
    }, timeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    client.once('ready', onReady);
  });
}

/** A state client (the production options) that is connected. */
export async function stateClient(url: string, options?: RedisClientOptions): Promise<Redis> {
  const client = createRedisClient(url, silentLog, options);
  await whenReady(client);
  return client;
}

/** A plain client for looking at keys from the outside. */
export async function inspector(url: string): Promise<Redis> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  return client;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` every intervalMs until it returns true or timeoutMs passes; returns the last result. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000, intervalMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await sleep(intervalMs);
  }
}

export async function closeAll(...clients: Array<Redis | undefined>): Promise<void> {
  for (const c of clients) c?.disconnect();
}
