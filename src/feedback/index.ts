// Picks the feedback store: Redis when the bot runs with REDIS_URL (several instances share it),
// else the JSON-lines file.
import type { Config } from '../config';
import { feedbackKeyPrefix } from '../state/keys';
import type { RedisConnection } from '../state/redis-client';
import { RedisFeedbackStore } from './redis-store';
import { DEFAULT_FEEDBACK_FILE, JsonlFeedbackStore, type FeedbackStore } from './store';

/**
 * With `redis` (the state store's connected client): RedisFeedbackStore under config.redis.keyPrefix.
 * Without: the JSON-lines store at config.feedbackFile (default .data/feedback.jsonl).
 */
export function createFeedbackStore(config: Pick<Config, 'feedbackFile' | 'redis'>, redis?: RedisConnection): FeedbackStore {
  if (redis) {
    if (!config.redis) throw new Error('createFeedbackStore: a Redis client was given but config.redis is not set');
    return new RedisFeedbackStore(redis, feedbackKeyPrefix(config.redis.keyPrefix, config.redis.cluster ?? false));
  }
  return new JsonlFeedbackStore(config.feedbackFile ?? DEFAULT_FEEDBACK_FILE);
}
