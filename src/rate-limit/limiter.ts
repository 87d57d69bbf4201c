// The limiters of src/rate-limit/policy.ts on rate-limiter-flexible: in Redis when the bot has one (so
// a limit holds across instances), in memory otherwise. If Redis fails, each instance counts in memory
// until it is back (the library's insurance limiter), rather than letting everything through or
// refusing everyone.
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../log';
import type { RedisConnection } from '../state/redis-client';
import { errorFields } from '../log';
import { clientAddress, clientKey } from './client-address';
import { RATE_LIMIT_POLICY, type LimitName, type LimitRule, type RateLimitPolicy } from './policy';

export type LimitDecision =
  | { allowed: true }
  /** `first`: the first refusal of this key in its window (log it once, not once per request). */
  | { allowed: false; retryAfterSeconds: number; first: boolean };

export interface Limiter {
  readonly rule: LimitRule;
  /** Counts one request of `key`; refused once the window's points are used up. */
  consume(key: string): Promise<LimitDecision>;
}

export type RateLimits = {
  readonly enabled: boolean;
  readonly policy: RateLimitPolicy;
  /** The key a request's client is counted under (its address as a trusted proxy saw it, hashed). */
  clientOf(req: IncomingMessage): string;
} & { readonly [N in LimitName]: Limiter };

export interface RateLimitOptions {
  enabled: boolean;
  policy?: Partial<RateLimitPolicy>;
  /** Shared counters (one primary or a cluster: every counter is one key); in memory when absent. */
  redis?: RedisConnection;
  keyPrefix?: string;
  /** Proxies whose X-Forwarded-For is believed (config.trustedProxyHops). */
  trustedProxyHops?: number;
  log?: Logger;
}

const ALLOWED: LimitDecision = { allowed: true };

function limiterFor(name: LimitName, rule: LimitRule, options: RateLimitOptions): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix: name, points: rule.points, duration: rule.durationSeconds });
  if (!options.redis) return memory;
  return new RateLimiterRedis({
    storeClient: options.redis,
    keyPrefix: `${options.keyPrefix ?? 'veiviser:'}rl:${name}`,
    points: rule.points,
    duration: rule.durationSeconds,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}

function wrap(name: LimitName, rule: LimitRule, limiter: RateLimiterAbstract, log?: Logger): Limiter {
  let failing = false;
  return {
    rule,
    async consume(key: string): Promise<LimitDecision> {
      try {
        await limiter.consume(key);
        failing = false;
        return ALLOWED;
      } catch (err) {
        if (err instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)), first: err.consumedPoints === rule.points + 1 };
        }
        // Neither store answered: let the request through and say so once.
        if (!failing) log?.warn('rate limit: store failed; not limiting until it answers', { limit: name, ...errorFields(err) });
        failing = true;
        return ALLOWED;
      }
    },
  };
}

const unlimited = (rule: LimitRule): Limiter => ({ rule, consume: async () => ALLOWED });

export function createRateLimits(options: RateLimitOptions): RateLimits {
  const policy: RateLimitPolicy = { ...RATE_LIMIT_POLICY, ...options.policy };
  const names = Object.keys(policy) as LimitName[];
  const limiters = Object.fromEntries(
    names.map((name) => [name, options.enabled ? wrap(name, policy[name], limiterFor(name, policy[name], options), options.log) : unlimited(policy[name])]),
  ) as { [N in LimitName]: Limiter };
  const hops = options.trustedProxyHops ?? 0;
  return { enabled: options.enabled, policy, clientOf: (req) => clientKey(clientAddress(req, hops)), ...limiters };
}
