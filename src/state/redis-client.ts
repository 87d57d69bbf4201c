// The ioredis client for state: fails fast while Redis is away (no offline queue, one retry per
// command, short timeouts) so a turn answers "prøv igjen" at once instead of hanging, and keeps
// reconnecting in the background with capped backoff. One primary (Redis), or with REDIS_CLUSTER=true
// ioredis' Cluster client (Redis Cluster, Azure Cache for Redis clustered tiers).
import type { EventEmitter } from 'node:events';
import { Cluster, Redis } from 'ioredis';
import type { Logger } from '../log';
import { errorFields } from '../log';

/** A connection the state layer and the feedback store use: one Redis primary or a Redis Cluster. */
export type RedisConnection = Redis | Cluster;

export interface RedisClientOptions {
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  /** Longest pause between reconnect attempts. */
  maxReconnectDelayMs?: number;
}

/** The state client for config.redis: a Cluster client when `cluster` is set, else one connection. */
export function createStateRedis(
  redis: { url: string; cluster?: boolean },
  log: Logger,
  options: RedisClientOptions = {},
): RedisConnection {
  return redis.cluster ? createClusterClient(redis.url.split(',').map((u) => u.trim()), log, options) : createRedisClient(redis.url, log, options);
}

const backoff = (maxDelay: number) => (times: number) => Math.min(50 * 2 ** Math.min(times, 10), maxDelay);

export function createRedisClient(url: string, log: Logger, options: RedisClientOptions = {}): Redis {
  const maxDelay = options.maxReconnectDelayMs ?? 2000;
  const client = new Redis(url, {
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: options.connectTimeoutMs ?? 2000,
    commandTimeout: options.commandTimeoutMs ?? 2000,
    // Never gives up: 100 ms, 200 ms, 400 ms … capped at maxDelay.
    retryStrategy: backoff(maxDelay),
    connectionName: 'veiviser-state',
    enableAutoPipelining: true,
    // disconnect() waits this long for a half-dead socket to close before destroying it.
    disconnectTimeout: 300,
  });

  logOutages(client, log);
  return client;
}

/**
 * A Redis Cluster client from seed node URLs (it discovers the other nodes). Credentials and TLS come
 * from the first URL. With rediss:// every node is verified against the seed's host name: clustered
 * services such as Azure Cache for Redis announce their nodes by IP address, which their certificate
 * does not name.
 */
export function createClusterClient(urls: string[], log: Logger, options: RedisClientOptions = {}): Cluster {
  const parsed = urls.map((u) => new URL(u));
  const first = parsed[0];
  if (!first) throw new Error('createClusterClient: no seed node URL');
  const tls = first.protocol === 'rediss:';
  const cluster = new Cluster(
    parsed.map((u) => ({ host: u.hostname, port: Number(u.port || 6379) })),
    {
      enableOfflineQueue: false,
      enableAutoPipelining: true,
      clusterRetryStrategy: backoff(options.maxReconnectDelayMs ?? 2000),
      slotsRefreshTimeout: options.connectTimeoutMs ?? 2000,
      ...(tls ? { dnsLookup: (address: string, callback: (err: Error | null, address: string) => void) => callback(null, address) } : {}),
      redisOptions: {
        username: first.username ? decodeURIComponent(first.username) : undefined,
        password: first.password ? decodeURIComponent(first.password) : undefined,
        connectTimeout: options.connectTimeoutMs ?? 2000,
        commandTimeout: options.commandTimeoutMs ?? 2000,
        maxRetriesPerRequest: 1,
        connectionName: 'veiviser-state',
        disconnectTimeout: 300,
        ...(tls ? { tls: { servername: first.hostname } } : {}),
      },
    },
  );
  logOutages(cluster, log);
  return cluster;
}

/** Logs an outage once (warn) and its end once (info); the retries in between go to debug. */
function logOutages(client: EventEmitter, log: Logger): void {
  let down = false;
  client.on('error', (err: unknown) => {
    if (!down) {
      down = true;
      log.warn('redis: connection problem; state is unavailable until it reconnects', errorFields(err));
    } else {
      log.debug('redis: still unavailable', errorFields(err));
    }
  });
  client.on('close', () => {
    if (!down) log.debug('redis: connection closed');
  });
  client.on('ready', () => {
    if (down) log.info('redis: reconnected');
    else log.debug('redis: connected');
    down = false;
  });
}

export interface WhenReadyOptions {
  timeoutMs: number;
  /** Reject at the first connection error instead of waiting through the client's reconnects. */
  failOnError?: boolean;
}

/** Resolves once the client is connected and ready; rejects after options.timeoutMs (or a first error). */
export function whenReady(client: RedisConnection, options: WhenReadyOptions): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      clearTimeout(timer);
      client.off('ready', onReady);
      client.off('error', onError);
      if (err) reject(err);
      else resolve();
    };
    const onReady = () => done();
    const onError = (err: unknown) => {
      if (options.failOnError) done(err instanceof Error ? err : new Error(String(err)));
    };
    const timer = setTimeout(
      () => done(new Error(`redis client not ready after ${options.timeoutMs} ms (status ${client.status})`)),
      options.timeoutMs,
    );
    client.once('ready', onReady);
    client.on('error', onError);
  });
}
