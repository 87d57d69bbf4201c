// The Lua scripts that make storage writes and the turn lock atomic in Redis. Each runs by EVALSHA
// and falls back to EVAL when Redis answers NOSCRIPT (after a restart the script cache is empty).
import { createHash } from 'node:crypto';
import type { RedisConnection } from './redis-client';

export class LuaScript {
  readonly sha: string;

  constructor(readonly name: string, readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(client: RedisConnection, keys: string[], args: Array<string | number | Buffer>): Promise<unknown> {
    try {
      return await client.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (err instanceof Error && err.message.startsWith('NOSCRIPT')) {
        return client.eval(this.source, keys.length, ...keys, ...args);
      }
      throw err;
    }
  }
}

// A turn writing with fence ARGV[n] is refused when the conversation's fence counter has moved past
// it: a newer turn has acquired the lock since. A missing counter reads as 0 (never refuses).
const STALE_CHECK = (fenceArg: string) => `
if ${fenceArg} ~= '' then
  local newest = tonumber(redis.call('GET', KEYS[2]) or '0')
  if newest > tonumber(${fenceArg}) then return {'stale', tostring(newest)} end
end`;

/**
 * KEYS[1] data key, KEYS[2] where an earlier version kept it (optional; never on a cluster: another
 * slot) · ARGV[1] TTL seconds → {v, e} (nil, nil when missing); refreshes the TTL. A missing item
 * found under its earlier name is renamed first (RENAME keeps its TTL).
 */
export const READ = new LuaScript(
  'read',
  `
local r = redis.call('HMGET', KEYS[1], 'v', 'e')
if not r[1] and KEYS[2] and redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('RENAME', KEYS[2], KEYS[1])
  r = redis.call('HMGET', KEYS[1], 'v', 'e')
end
if r[1] then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return r`,
);

/**
 * KEYS[1] data key, KEYS[2] fence counter (when fenced) · ARGV[1] JSON value, ARGV[2] expected eTag
 * ('' = unconditional), ARGV[3] new eTag, ARGV[4] TTL seconds, ARGV[5] fence ('' = unfenced)
 * → {'ok', eTag} | {'conflict', storedETag} | {'stale', newestFence}
 */
export const WRITE = new LuaScript(
  'write',
  `${STALE_CHECK('ARGV[5]')}
if ARGV[2] ~= '' then
  local stored = redis.call('HGET', KEYS[1], 'e')
  if stored and stored ~= ARGV[2] then return {'conflict', stored} end
end
redis.call('HSET', KEYS[1], 'v', ARGV[1], 'e', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[4])
return {'ok', ARGV[3]}`,
);

/** KEYS[1] data key, KEYS[2] fence counter (when fenced) · ARGV[1] fence ('' = unfenced) → {'ok', ''} | {'stale', newestFence} */
export const DELETE = new LuaScript(
  'delete',
  `${STALE_CHECK('ARGV[1]')}
redis.call('DEL', KEYS[1])
return {'ok', ''}`,
);

/**
 * KEYS[1] lock key, KEYS[2] fence counter · ARGV[1] owner token, ARGV[2] lease ms, ARGV[3] counter TTL s
 * → {fence, 0} when acquired | {0, remaining lease ms of the holder}
 */
export const ACQUIRE = new LuaScript(
  'acquire',
  `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  local fence = redis.call('INCR', KEYS[2])
  redis.call('EXPIRE', KEYS[2], ARGV[3])
  return {fence, 0}
end
return {0, redis.call('PTTL', KEYS[1])}`,
);

/** KEYS[1] lock key · ARGV[1] owner token, ARGV[2] lease ms → 1 when still ours and extended, else 0 */
export const EXTEND = new LuaScript(
  'extend',
  `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`,
);

/** KEYS[1] lock key · ARGV[1] owner token → 1 when it was ours and is now deleted, else 0 */
export const RELEASE = new LuaScript(
  'release',
  `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`,
);
