// Conversation/user state for the bot: Redis when REDIS_URL is set, else in memory (botbuilder's
// MemoryStorage with the same expiry as Redis keys).
// Either way comes with a turn lock (see turn-lock.ts), itself a Middleware: adapter.use(turnLock) first.
import { ExpiringMemoryStorage } from './expiring-memory-storage';
import type { Logger } from '../log';
import { errorFields } from '../log';
import { InProcessTurnLock } from './in-process-turn-lock';
import { createStateRedis, type RedisClientOptions, type RedisConnection } from './redis-client';
import { RedisStorage } from './redis-storage';
import { RedisTurnLock, type RedisTurnLockOptions } from './redis-turn-lock';
import type { TurnLock } from './turn-lock';
import type { FencedStorage } from './turn-fence';

export {
  ETagConflictError,
  StaleFenceError,
  StateStoreError,
  StateUnavailableError,
  TurnLockTimeoutError,
  isStateUnavailableError,
} from './errors';
export { InProcessTurnLock, type InProcessTurnLockOptions } from './in-process-turn-lock';
export { createClusterClient, createRedisClient, createStateRedis, type RedisClientOptions, type RedisConnection } from './redis-client';
export { RedisStorage, type RedisStorageOptions } from './redis-storage';
export { RedisTurnLock, type RedisTurnLockOptions } from './redis-turn-lock';
export { TurnLock, turnLockResource, type TurnLease } from './turn-lock';
export { setTurnFence, turnFence, type FenceToken, type FencedStorage, type StoredJson } from './turn-fence';
export { FencedBotState, createConversationState, createUserState } from './turn-state';

export interface StateHealth {
  ok: boolean;
  backend: 'memory' | 'redis';
  detail?: string;
  /** Memory mode: items held, the cap, and how many the cap has forgotten since start. */
  items?: number;
  maxItems?: number;
  evicted?: number;
}

/** The part of Config the state store reads. */
export interface StateConfig {
  redis?: { url: string; keyPrefix: string; cluster?: boolean };
  stateTtlSeconds: number;
  /** Cap of the in-memory store (default DEFAULT_MEMORY_MAX_ITEMS). */
  stateMemoryMaxItems?: number;
}

export const DEFAULT_MEMORY_MAX_ITEMS = 20_000;

export interface StateStore {
  /** Use it through createConversationState / createUserState, whose saves carry the turn's fence. */
  storage: FencedStorage;
  /** Also a botbuilder Middleware: `adapter.use(turnLock)` as the FIRST middleware. */
  turnLock: TurnLock;
  health(): Promise<StateHealth>;
  /** The Redis client state uses (undefined in memory mode), for other shared data such as feedback. Closed by close(). */
  redis?: RedisConnection;
  /** Releases held locks and closes the Redis connection. Idempotent. */
  close(): Promise<void>;
}

export interface StateStoreOptions {
  lock?: Omit<RedisTurnLockOptions, 'keyPrefix' | 'stateTtlSeconds'>;
  client?: RedisClientOptions;
}

export function createStateStore(config: StateConfig, log: Logger, options: StateStoreOptions = {}): StateStore {
  if (!config.redis) {
    const turnLock = new InProcessTurnLock({ maxWaitMs: options.lock?.maxWaitMs });
    const maxItems = config.stateMemoryMaxItems ?? DEFAULT_MEMORY_MAX_ITEMS;
    const storage = new ExpiringMemoryStorage({
      ttlMs: config.stateTtlSeconds * 1000,
      maxItems,
      onEvict: (evicted) =>
        log.warn('state: the in-memory store is full; the least recently used conversations are forgotten (set REDIS_URL, or raise STATE_MEMORY_MAX_ITEMS)', {
          maxItems,
          evicted,
        }),
    });
    log.info('state: in memory (set REDIS_URL to keep conversations across restarts and instances)', { maxItems });
    return {
      storage,
      turnLock,
      health: async () => ({ ok: true, backend: 'memory', items: storage.size, maxItems, evicted: storage.evicted }),
      close: () => turnLock.close(),
    };
  }

  const { keyPrefix } = config.redis;
  const cluster = config.redis.cluster ?? false;
  const client = createStateRedis(config.redis, log, options.client);
  const storage = new RedisStorage(client, { keyPrefix, ttlSeconds: config.stateTtlSeconds, cluster });
  const turnLock = new RedisTurnLock(client, log, { ...options.lock, keyPrefix, stateTtlSeconds: config.stateTtlSeconds });
  log.info(cluster ? 'state: redis cluster' : 'state: redis', { keyPrefix, ttlSeconds: config.stateTtlSeconds });

  let closed: Promise<void> | undefined;
  return {
    storage,
    turnLock,
    redis: client,
    async health() {
      if (client.status !== 'ready') return { ok: false, backend: 'redis', detail: `Redis connection is ${client.status}` };
      try {
        const pong = await client.ping();
        return pong === 'PONG' ? { ok: true, backend: 'redis' } : { ok: false, backend: 'redis', detail: `unexpected PING reply ${pong}` };
      } catch (err) {
        return { ok: false, backend: 'redis', detail: `Redis PING failed: ${String(errorFields(err).error)}` };
      }
    },
    close() {
      closed ??= (async () => {
        await turnLock.close();
        try {
          await client.quit();
        } catch {
          client.disconnect();
        }
      })();
      return closed;
    },
  };
}
