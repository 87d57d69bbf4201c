// The real bot on a real Redis: 50 turns of one conversation posted at once must each be counted
// exactly once in the conversation state (the turn lock serialises them; without it BotState's
// last-write-wins saves lose turns).
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { nb } from '../../src/text/nb';
import { startBotProcess, waitForReadyz, type BotProcess } from '../support/bot-process';
import { startRedisServer, type RedisServer } from '../support/redis-server';
import { fenceKey, lockKey } from '../../src/state/keys';
import { eventually, inspector, storedTurnCount } from '../support/redis-helpers';

const PREFIX = 'it-concurrency:';

describe('the bot with Redis state under concurrent turns', () => {
  let redis: RedisServer;
  let bot: BotProcess;
  let raw: Redis;

  beforeAll(async () => {
    redis = await startRedisServer();
    bot = await startBotProcess({ redisUrl: redis.url, env: { REDIS_KEY_PREFIX: PREFIX } });
    raw = await inspector(redis.url);
    expect(await waitForReadyz(bot, 200)).toBe(200);
  }, 90_000);

  afterAll(async () => {
    raw?.disconnect();
    await bot?.stop();
    await redis?.stop();
  });

  test('50 concurrent turns on one conversation: every turn answered and counted exactly once', async () => {
    const conversationId = `conc-${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 50 }, () => bot.say({ conversationId, text: 'hei' })));

    expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));
    for (const r of results) {
      expect(r.texts.length).toBeGreaterThan(0);
      expect(r.texts).not.toContain(nb.stateUnavailable);
      expect(r.texts).not.toContain(nb.somethingWentWrong);
    }

    expect(await storedTurnCount(raw, PREFIX, conversationId)).toBe(50);
    // The lock is released (the reply does not wait for Redis to confirm that, so allow a moment).
    expect(await eventually(async () => (await raw.exists(lockKey(PREFIX, `test/${conversationId}`))) === 0, 5000)).toBe(true);
    expect(Number(await raw.get(fenceKey(PREFIX, `test/${conversationId}`)))).toBe(50);
    expect(bot.alive()).toBe(true);
  });
});
