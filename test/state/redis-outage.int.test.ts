// Redis dies in the middle of a conversation and comes back: the bot keeps running, says "prøv igjen"
// while Redis is away, /readyz reports not ready, and afterwards the dialog continues where it was.
// Redis runs with appendonly + appendfsync always here, so its data survives the crash.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { nb } from '../../src/text/nb';
import { converse, startBotProcess, waitForReadyz, type BotProcess } from '../support/bot-process';
import { startRedisServer, type RedisServer } from '../support/redis-server';
import { lockKey } from '../../src/state/keys';
import { eventually, inspector } from '../support/redis-helpers';

const PREFIX = 'it-outage:';
const START = 'Jeg vil ha veiledning';
const ANSWER = 'Vet ikke';

describe('the bot when Redis goes down and comes back', () => {
  let redis: RedisServer;
  let bot: BotProcess;
  let raw: Redis;

  beforeAll(async () => {
    redis = await startRedisServer({ appendOnly: true });
    bot = await startBotProcess({ redisUrl: redis.url, env: { REDIS_KEY_PREFIX: PREFIX } });
    raw = await inspector(redis.url);
    expect(await waitForReadyz(bot, 200)).toBe(200);
  }, 90_000);

  afterAll(async () => {
    raw?.disconnect();
    await bot?.stop();
    await redis?.stop();
  });

  test('answers "prøv igjen" during the outage, is not ready, and resumes the dialog afterwards', async () => {
    // What an uninterrupted conversation looks like.
    const reference = await converse([bot], `reference-${randomUUID()}`, [START, ANSWER, ANSWER]);
    expect(reference.map((r) => r.status)).toEqual([200, 200, 200]);

    const conversationId = `outage-${randomUUID()}`;
    const [started] = await converse([bot], conversationId, [START]);
    expect(started.texts).toEqual(reference[0].texts);
    // The reply does not wait for Redis to confirm the turn lock's release. Crash Redis only once it
    // has: a lease that survives the crash (appendonly) would hold the conversation up to leaseMs.
    expect(await eventually(async () => (await raw.exists(lockKey(PREFIX, `test/${conversationId}`))) === 0)).toBe(true);
    raw.disconnect();

    await redis.kill();
    const during = await bot.say({ conversationId, text: ANSWER });
    expect(during.status).toBe(200);
    expect(during.texts).toContain(nb.stateUnavailable);
    const readyz = await bot.get('/readyz');
    expect(readyz.status).toBe(503);
    expect(bot.alive()).toBe(true);

    await redis.restart();
    expect(await waitForReadyz(bot, 200)).toBe(200);
    const after = await converse([bot], conversationId, [ANSWER, ANSWER]);
    expect(after.map((r) => r.texts)).toEqual([reference[1].texts, reference[2].texts]);
    expect(bot.alive()).toBe(true);
  });
});
