// State written by an older version of the bot must not strand a conversation: a dialog stack that
// names a dialog this version no longer has (e.g. the former "main" ComponentDialog) is dropped and
// the message is routed afresh, and state under the key name used before the Redis Cluster hash tags
// still loads.
import type { Redis } from 'ioredis';
import type { App } from '../../src/app';
import { nb } from '../../src/text/nb';
import { startApp } from '../support/app';
import { Conversation, allText, suggestions } from '../support/conversation';
import { startRedisServer, type RedisServer } from '../support/redis-server';
import { inspector, storedTurnCount } from '../support/redis-helpers';

const PREFIX = 'it-upgrade:';

let redis: RedisServer;
let app: App;
let raw: Redis;

beforeAll(async () => {
  redis = await startRedisServer();
  app = await startApp({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: PREFIX });
  raw = await inspector(redis.url);
}, 60_000);

afterAll(async () => {
  raw?.disconnect();
  await app?.close();
  await redis?.stop();
});

/** Stores conversation state as an older version left it: inside the former main dialog's router. */
async function storeOldStack(conversation: Conversation): Promise<void> {
  const state = {
    meta: { turnCount: 4 },
    dialogState: { dialogStack: [{ id: 'main', state: { dialogs: { dialogStack: [{ id: 'main-router', state: {} }] } } }] },
  };
  await raw.hset(`${PREFIX}test/conversations/${conversation.id}/`, 'v', JSON.stringify(state), 'e', 'old');
}

test('a stack naming a dialog that no longer exists is dropped and the message answered as new', async () => {
  const conversation = new Conversation(app.url);
  await storeOldStack(conversation);

  const replies = await conversation.say('hei');
  expect(replies.map((r) => r.text)).not.toContain(nb.somethingWentWrong);
  expect(replies.map((r) => r.text)).not.toContain(nb.stateUnavailable);
  expect(suggestions(replies)).toContain('Finn min vei til fagbrev');
  expect(await storedTurnCount(raw, PREFIX, conversation.id)).toBe(5);
  // The state moved to its hash-tagged key (src/state/keys.ts); nothing is left under the old one.
  expect(await raw.exists(`${PREFIX}test/conversations/${conversation.id}/`)).toBe(0);

  // The conversation goes on normally: a guided dialog starts and asks back.
  const started = await conversation.say('Finn kurs og tilbud');
  expect(allText(started)).toMatch(/\?/);
  const next = await conversation.say('avbryt');
  expect(allText(next)).toContain('avbrøt');
});
