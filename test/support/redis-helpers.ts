// Helpers for the state tests: clients of a real redis-server (see test/support/redis-server.ts).
import { Redis, type Cluster } from 'ioredis';
import { z } from 'zod';
import { createLogger } from '../../src/log';
import { createRedisClient, type RedisClientOptions } from '../../src/state';
import { whenReady } from '../../src/state/redis-client';
import { dataKey } from '../../src/state/keys';

export const silentLog = createLogger('silent');

/** A state client (the production options) that is connected. */
export async function stateClient(url: string, options?: RedisClientOptions): Promise<Redis> {
  const client = createRedisClient(url, silentLog, options);
  await whenReady(client, { timeoutMs: 10_000 });
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

const CountedState = z.object({ meta: z.object({ turnCount: z.number().int() }) });

/**
 * The turn counter (meta.turnCount) the bot keeps in a conversation's state in Redis, read from the
 * outside; undefined when the conversation has no state. ConversationState's storage key is
 * "<channel>/conversations/<id>/"; src/state/keys.ts says where that lives in Redis.
 */
export async function storedTurnCount(raw: Redis | Cluster, prefix: string, conversationId: string, channelId = 'test'): Promise<number | undefined> {
  const json = await raw.hget(dataKey(prefix, `${channelId}/conversations/${conversationId}/`), 'v');
  return json === null ? undefined : CountedState.parse(JSON.parse(json)).meta.turnCount;
}
