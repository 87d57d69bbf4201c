// The ioredis client for state: fails fast while Redis is away (no offline queue, one retry per
// command, short timeouts) so a turn answers "prøv igjen" at once instead of hanging, and keeps
// reconnecting in the background with capped backoff.
import { Redis } from 'ioredis';
import type { Logger } from '../log';
import { errorFields } from '../log';

export interface RedisClientOptions {
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  /** Longest pause between reconnect attempts. */
  maxReconnectDelayMs?: number;
}

export function createRedisClient(url: string, log: Logger, options: RedisClientOptions = {}): Redis {
  const maxDelay = options.maxReconnectDelayMs ?? 2000;
  const client = new Redis(url, {
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: options.connectTimeoutMs ?? 2000,
    commandTimeout: options.commandTimeoutMs ?? 2000,
    // Never gives up: 100 ms, 200 ms, 400 ms … capped at maxDelay.
    retryStrategy: (times: number) => Math.min(50 * 2 ** Math.min(times, 10), maxDelay),
    connectionName: 'veiviser-state',
    enableAutoPipelining: true,
    // disconnect() waits this long for a half-dead socket to close before destroying it.
    disconnectTimeout: 300,
  });

  // Log an outage once (warn) and its end once (info); the retries in between go to debug.
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
  return client;
}

export interface WhenReadyOptions {
  timeoutMs: number;
  /** Reject at the first connection error instead of waiting through the client's reconnects. */
  failOnError?: boolean;
}

/** Resolves once the client is connected and ready; rejects after options.timeoutMs (or a first error). */
export function whenReady(client: Redis, options: WhenReadyOptions): Promise<void> {
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
