// Feedback with two real bot processes sharing one Redis: a rating given on one instance and a
// comment on the other land in the same place, `npm run feedback:report` counts them, and
// «slett mine data» on either instance removes them.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { nb } from '../../src/text/nb';
import {
  REPO_ROOT,
  messageActivity,
  startInstancesSharingRedis,
  type BotProcess,
  type InstancesSharingRedis,
  type ReplyActivity,
} from '../support/bot-process';
import type { RedisServer } from '../support/redis-server';
import { inspector } from '../support/redis-helpers';

const run = promisify(execFile);
const PREFIX = 'it-feedback:';
const QUESTION = 'Hva er Batterifagskolen?';

const Button = z.object({ title: z.string(), value: z.unknown() }).passthrough();
const CommentCard = z.object({
  content: z.object({ actions: z.array(z.object({ data: z.object({ feedbackId: z.string() }) })) }),
});
const Report = z.object({
  redis: z.object({ url: z.string(), keyPrefix: z.string() }),
  skipped: z.number(),
  total: z.number(),
  up: z.number(),
  down: z.number(),
  recentComments: z.array(z.object({ comment: z.string(), question: z.string() })),
});

/** The value of the 👎 button under the bot's answer. */
function downButtonValue(activities: ReplyActivity[]): unknown {
  const buttons = activities.flatMap((a) => a.suggestedActions?.actions ?? []).map((b) => Button.parse(b));
  const down = buttons.find((b) => b.title === nb.feedback.downTitle);
  if (!down) throw new Error(`no 👎 button in the reply: ${JSON.stringify(activities)}`);
  return down.value;
}

describe('feedback with two bot instances sharing one Redis', () => {
  let instances: InstancesSharingRedis;
  let redis: RedisServer;
  let raw: Redis;
  let a: BotProcess;
  let b: BotProcess;

  beforeAll(async () => {
    instances = await startInstancesSharingRedis(PREFIX);
    ({ redis, a, b } = instances);
    raw = await inspector(redis.url);
  }, 120_000);

  afterAll(async () => {
    raw?.disconnect();
    await instances?.stop();
  });

  const report = async () => {
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'test',
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: PREFIX,
    };
    const { stdout } = await run('npm', ['run', '--silent', 'feedback:report', '--', '--json'], { cwd: REPO_ROOT, env });
    return Report.parse(JSON.parse(stdout));
  };

  test('👎 on B for an answer from A, a comment on A, the report, and «slett mine data» on A', async () => {
    const conversationId = `feedback-${randomUUID()}`;
    const answer = await a.say({ conversationId, text: QUESTION });
    expect(answer.status).toBe(200);
    const value = downButtonValue(answer.activities);

    // Web Chat sends a messageBack as a message with the emoji as text and the button's value.
    const down = await b.post({ ...messageActivity({ conversationId, text: '👎' }), value });
    expect(down.status).toBe(200);
    const card = down.activities.flatMap((x) => x.attachments ?? []).map((x) => CommentCard.parse(x))[0];
    expect(card).toBeDefined();
    const feedbackId = card.content.actions[0].data.feedbackId;

    const comment = await a.post({
      ...messageActivity({ conversationId, text: '' }),
      value: { type: 'feedback', action: 'comment', feedbackId, comment: 'Svaret gjaldt ikke mitt fylke' },
    });
    expect(comment.texts).toEqual([nb.feedback.thanksComment]);

    expect(await raw.hget(`${PREFIX}feedback:record:${feedbackId}`, 'conversationId')).toBe(conversationId);
    const before = await report();
    expect(before).toMatchObject({ redis: { keyPrefix: PREFIX }, skipped: 0, total: 1, up: 0, down: 1 });
    expect(before.recentComments).toEqual([{ comment: 'Svaret gjaldt ikke mitt fylke', question: QUESTION }]);

    const ask = await a.say({ conversationId, text: 'slett mine data' });
    expect(ask.texts.join(' ')).toMatch(/sletter alt/);
    const confirm = await a.say({ conversationId, text: 'Ja, slett alt' });
    expect(confirm.texts.join(' ')).toMatch(/^Ferdig/);

    expect(await raw.keys(`${PREFIX}feedback:record:*`)).toEqual([]);
    expect(await raw.keys(`${PREFIX}feedback:conversation:*`)).toEqual([]);
    expect(await raw.zcard(`${PREFIX}feedback:index`)).toBe(0);
    expect(await report()).toMatchObject({ total: 0, up: 0, down: 0 });

    for (const r of [answer, down, comment, ask, confirm]) {
      expect(r.texts).not.toContain(nb.stateUnavailable);
      expect(r.texts).not.toContain(nb.somethingWentWrong);
    }
  }, 60_000);
});
