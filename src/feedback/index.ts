// Picks the feedback store: Redis when the bot runs with REDIS_URL (several instances share it),
// else the JSON-lines file.
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import { RedisFeedbackStore } from './redis-store';
import { DEFAULT_FEEDBACK_FILE, JsonlFeedbackStore, type FeedbackStore } from './store';

/**
 * With `redis` (the state store's connected client): RedisFeedbackStore under config.redis.keyPrefix.
 * Without: the JSON-lines store at config.feedbackFile (default .data/feedback.jsonl).
 */
export function createFeedbackStore(config: Pick<Config, 'feedbackFile' | 'redis'>, redis?: Redis): FeedbackStore {
  if (redis) {
    if (!config.redis) throw new Error('createFeedbackStore: a Redis client was given but config.redis is not set');
    return new RedisFeedbackStore(redis, config.redis.keyPrefix);
  }
  return new JsonlFeedbackStore(config.feedbackFile ?? DEFAULT_FEEDBACK_FILE);
}
