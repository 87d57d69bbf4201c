// Nothing a person writes is kept verbatim in the state: after a guided assessment full of personal
// data (fødselsnummer, phone number, e-mail, health details, a name) through the real /api/messages,
// every value in the real Redis is read and none of it is there. What is kept is the profile
// understood from it (issue 12, item 4).
import type { App } from '../../src/app';
import { startApp } from '../support/app';
import { Conversation, allText } from '../support/conversation';
import { eventually, inspector } from '../support/redis-helpers';
import { startRedisServer, type RedisServer } from '../support/redis-server';

const PREFIX = 'it-privacy:';
const MESSAGES = [
  'Hei, jeg heter Kari Nordmann, fnr 13097210181, tlf 912 34 567, kari.nordmann@example.no. Jeg er 45, bor i Trondheim og jobber som renholder, men sliter med depresjon og ryggplager.',
  'Ja, fast 100 %, men ryggen er ikke hva den var og jeg går til psykolog hver uke',
  'Jeg har jobbet der i 6 år. Ring meg gjerne på +47 98765432 eller skriv til kari@example.com',
  'Har fullført grunnskolen, fødselsnummeret mitt er 130972 10181 hvis dere trenger det',
  // A question after the card: the conversation keeps of it only the words the knowledge uses, for a follow-up.
  'Kari Nordmann her igjen, psykologen sier jeg sliter. Hvor mange prosent stilling må man ha under kontrakten for fagbrev på jobb i Nordland?',
];
const SECRETS = [
  '13097210181', '130972 10181', '130972', '912 34 567', '91234567', '98765432', 'kari.nordmann@example.no', 'kari@example.com', 'example',
  'Nordmann', 'Kari', 'depresjon', 'ryggplager', 'ryggen', 'psykolog', 'sliter', 'Ring meg', 'fnr', 'tlf',
];

describe('personal data in the dialog state (Redis)', () => {
  let redis: RedisServer;
  let app: App;

  beforeAll(async () => {
    redis = await startRedisServer();
    // Without the hand-off transcript (HANDOFF_MODE=event keeps the last messages, redacted, for a
    // person taking over: test/handoff). Everything else the bot stores is read here.
    app = await startApp({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: PREFIX, HANDOFF_MODE: 'off' });
    // The state client connects in the background: start talking once the bot says it is ready.
    const ready = await eventually(async () => (await fetch(`${app.url}/readyz`)).ok);
    expect(ready).toBe(true);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await redis?.stop();
  });

  it('keeps the understood profile and none of the words of the messages', async () => {
    const conversation = new Conversation(app.url);
    const first = await conversation.say(MESSAGES[0]);
    expect(allText(first)).toContain('jeg har forstått');
    for (const message of MESSAGES.slice(1)) await conversation.say(message);

    const client = await inspector(redis.url);
    try {
      const keys = await client.keys('*');
      expect(keys.length).toBeGreaterThan(0);
      const values: string[] = [];
      for (const key of keys) {
        const type = await client.type(key);
        if (type === 'string') values.push((await client.get(key)) ?? '');
        else if (type === 'hash') values.push(JSON.stringify(await client.hgetall(key)));
        else if (type === 'list') values.push(JSON.stringify(await client.lrange(key, 0, -1)));
        else if (type === 'set') values.push(JSON.stringify(await client.smembers(key)));
        else if (type === 'zset') values.push(JSON.stringify(await client.zrange(key, 0, -1)));
        else values.push(`<${type}>`);
      }
      const everything = [...keys, ...values].join('\n');
      for (const secret of SECRETS) expect([secret, everything.toLowerCase().includes(secret.toLowerCase())]).toEqual([secret, false]);
      // What is kept: the profile understood from the messages, in the user's state.
      const userKey = keys.find((k) => k.includes('/users/'))!;
      const stored = JSON.parse((await client.hget(userKey, 'v')) ?? '{}') as { profile?: unknown };
      expect(stored.profile).toMatchObject({ age: 45, county: 'Trøndelag', employed: true, employmentPercent: 100, completedPrimarySchool: true });
    } finally {
      client.disconnect();
    }
  });
});
