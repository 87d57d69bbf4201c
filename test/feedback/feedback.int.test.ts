// Feedback: the JSON-lines, in-memory and Redis stores, withFeedbackActions, the summary and the CLI.
// One file (and so an integration test as a whole): the three stores run the same cases against one
// redis-server, and the CLI cases read from both the file and Redis.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Redis } from 'ioredis';
import { createFeedbackStore } from '../../src/feedback';
import { withFeedbackActions } from '../../src/feedback/actions';
import { RedisFeedbackStore } from '../../src/feedback/redis-store';
import { summariseFeedback } from '../../src/feedback/report';
import { JsonlFeedbackStore, MemoryFeedbackStore, type FeedbackStore } from '../../src/feedback/store';
import { StateUnavailableError, createRedisClient, createStateStore, isStateUnavailableError } from '../../src/state';
import { freePort, startRedisServer, type RedisServer } from '../support/redis-server';
import { inspector, silentLog, stateClient } from '../support/redis-helpers';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const FNR = '01017012345';

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'veiviser-fb-'));
  tempDirs.push(dir);
  return path.join(dir, 'sub', 'feedback.jsonl');
};

// One redis-server for the file; every Redis store gets a prefix of its own.
let redis: RedisServer;
let client: Redis;
beforeAll(async () => {
  redis = await startRedisServer();
  client = await stateClient(redis.url);
});
afterAll(async () => {
  await client?.quit();
  await redis?.stop();
});
const uniquePrefix = () => `fb-${randomUUID()}:`;

describe.each([
  ['JsonlFeedbackStore', () => new JsonlFeedbackStore(tempFile())],
  ['MemoryFeedbackStore', () => new MemoryFeedbackStore()],
  ['RedisFeedbackStore', () => new RedisFeedbackStore(client, uniquePrefix())],
])('%s', (_name, make: () => FeedbackStore) => {
  test('stores ratings with redacted, trimmed text and merges a later comment', async () => {
    const store = make();
    const up = await store.add({ conversationId: 'c1', rating: 'up', question: `  Jeg har fnr ${FNR},\n kan jeg?  `, sources: ['002_x.txt#L1-L2'] });
    expect(up).toEqual({
      id: expect.any(String),
      at: expect.any(String),
      conversationId: 'c1',
      rating: 'up',
      question: expect.not.stringContaining(FNR),
      sources: ['002_x.txt#L1-L2'],
    });
    expect(up.question).not.toMatch(/\s{2}|\n/);
    const down = await store.add({ conversationId: 'c1', rating: 'down', question: 'x'.repeat(2000), sources: [] });
    expect(down.question.length).toBeLessThanOrEqual(500);

    expect(await store.addComment(down.id, 'c1', `Feil svar. Mitt nummer er ${FNR}`)).toBe(true);
    expect(await store.addComment(down.id, 'another-conversation', 'hijack')).toBe(false);
    expect(await store.addComment('no-such-id', 'c1', 'x')).toBe(false);
    expect(await store.addComment(down.id, 'c1', '   ')).toBe(false);

    const all = await store.list();
    expect(all.map((r) => r.rating)).toEqual(['up', 'down']);
    expect(all[1].comment).toMatch(/^Feil svar\. Mitt nummer er /);
    expect(all[1].comment).not.toContain(FNR);
    expect(JSON.stringify(all)).not.toContain(FNR);
  });

  test('forgets a conversation («slett mine data») and keeps the others', async () => {
    const store = make();
    const mine = await store.add({ conversationId: 'mine', rating: 'down', question: 'q', sources: [] });
    await store.addComment(mine.id, 'mine', 'kommentar');
    await store.add({ conversationId: 'other', rating: 'up', question: 'q', sources: [] });
    expect(await store.forgetConversation('mine')).toBe(1);
    expect((await store.list()).map((r) => r.conversationId)).toEqual(['other']);
    expect(await store.forgetConversation('mine')).toBe(0);
  });
});

describe('JsonlFeedbackStore on disk', () => {
  test('persists across instances, one JSON object per line, and skips damaged lines', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'veiviser-fb-'));
    const file = path.join(dir, 'feedback.jsonl');
    try {
      const a = createFeedbackStore({ feedbackFile: file });
      const r = await a.add({ conversationId: 'c', rating: 'down', question: 'hva med fagbrev?', sources: ['s'] });
      await a.addComment(r.id, 'c', 'mangler fylke');
      appendFileSync(file, 'not json\n{"kind":"rating","id":1}\n');
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      expect(JSON.parse(lines[0])).toMatchObject({ kind: 'rating', id: r.id, rating: 'down' });
      expect(JSON.parse(lines[1])).toMatchObject({ kind: 'comment', id: r.id, comment: 'mangler fylke' });

      const b = new JsonlFeedbackStore(file);
      expect(await b.list()).toEqual([{ ...r, comment: 'mangler fylke' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('forgetting a conversation removes its lines, valid or not, and keeps lines it cannot read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'veiviser-fb-'));
    const file = path.join(dir, 'feedback.jsonl');
    try {
      const store = new JsonlFeedbackStore(file);
      const mine = await store.add({ conversationId: 'mine', rating: 'down', question: 'q', sources: [] });
      const other = await store.add({ conversationId: 'other', rating: 'up', question: 'q', sources: [] });
      const foreign = ['null', '42', '"tekst"', '[1,2]', 'not json', '{"conversationId":7}'];
      appendFileSync(file, [...foreign, '{"conversationId":"mine","kind":"damaged"}'].join('\n') + '\n');
      expect(await store.forgetConversation('mine')).toBe(1);
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      expect(lines).toEqual([JSON.stringify({ kind: 'rating', ...other }), ...foreign]);
      expect(lines.join('\n')).not.toContain(mine.id);
      expect(await store.list()).toEqual([other]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('concurrent writes all land', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'veiviser-fb-'));
    try {
      const store = new JsonlFeedbackStore(path.join(dir, 'f.jsonl'));
      await Promise.all(
        Array.from({ length: 40 }, (_, i) => store.add({ conversationId: `c${i % 4}`, rating: i % 2 ? 'up' : 'down', question: `q${i}`, sources: [] })),
      );
      await Promise.all([store.forgetConversation('c0'), store.add({ conversationId: 'c9', rating: 'up', question: 'last', sources: [] })]);
      const all = await store.list();
      expect(all).toHaveLength(31);
      expect(all.some((r) => r.conversationId === 'c0')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('RedisFeedbackStore in Redis', () => {
  test('keeps records under the prefix without expiry, and another instance on the same prefix sees them', async () => {
    const prefix = uniquePrefix();
    const a = new RedisFeedbackStore(client, prefix);
    const r = await a.add({ conversationId: 'c', rating: 'down', question: 'hva med fagbrev?', sources: ['s#L1-L2'] });
    expect(await a.addComment(r.id, 'c', 'mangler fylke')).toBe(true);
    const raw = await inspector(redis.url);
    try {
      expect((await raw.keys(`${prefix}*`)).sort()).toEqual(
        [`${prefix}feedback:conversation:c`, `${prefix}feedback:index`, `${prefix}feedback:record:${r.id}`, `${prefix}feedback:seq`].sort(),
      );
      expect(await raw.hgetall(`${prefix}feedback:record:${r.id}`)).toEqual({
        id: r.id,
        at: r.at,
        conversationId: 'c',
        rating: 'down',
        question: 'hva med fagbrev?',
        sources: '["s#L1-L2"]',
        comment: 'mangler fylke',
      });
      expect(await raw.ttl(`${prefix}feedback:record:${r.id}`)).toBe(-1);
    } finally {
      raw.disconnect();
    }
    const otherInstance = await stateClient(redis.url);
    try {
      expect(await new RedisFeedbackStore(otherInstance, prefix).list()).toEqual([{ ...r, comment: 'mangler fylke' }]);
      expect(await new RedisFeedbackStore(otherInstance, uniquePrefix()).list()).toEqual([]);
    } finally {
      await otherInstance.quit();
    }
  });

  test('concurrent adds all land, in the order Redis stored them', async () => {
    const store = new RedisFeedbackStore(client, uniquePrefix());
    const otherInstance = await stateClient(redis.url);
    const other = new RedisFeedbackStore(otherInstance, store.keyPrefix);
    try {
      const added = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? store : other).add({ conversationId: `c${i % 4}`, rating: i % 2 ? 'up' : 'down', question: `q${i}`, sources: [] }),
        ),
      );
      const [removed] = await Promise.all([
        store.forgetConversation('c0'),
        other.add({ conversationId: 'c9', rating: 'up', question: 'last', sources: [] }),
      ]);
      expect(removed).toBe(10);
      const all = await store.list();
      expect(all).toHaveLength(31);
      expect(all.some((r) => r.conversationId === 'c0')).toBe(false);
      expect(new Set(all.map((r) => r.id)).size).toBe(31);
      expect(all.filter((r) => r.conversationId !== 'c9').map((r) => r.id).sort()).toEqual(
        added.filter((r) => r.conversationId !== 'c0').map((r) => r.id).sort(),
      );
      // Sequential adds keep their order even within one millisecond.
      const seq = new RedisFeedbackStore(client, uniquePrefix(), () => new Date('2025-01-01T00:00:00.000Z'));
      for (const q of ['1', '2', '3', '4', '5']) await seq.add({ conversationId: 'c', rating: 'up', question: q, sources: [] });
      expect((await seq.list()).map((r) => r.question)).toEqual(['1', '2', '3', '4', '5']);
    } finally {
      await otherInstance.quit();
    }
  });

  test('a comment for another conversation’s rating returns false and changes nothing', async () => {
    const prefix = uniquePrefix();
    const store = new RedisFeedbackStore(client, prefix);
    const r = await store.add({ conversationId: 'owner', rating: 'down', question: 'q', sources: [] });
    const before = await client.hgetall(`${prefix}feedback:record:${r.id}`);
    expect(await store.addComment(r.id, 'intruder', 'overta')).toBe(false);
    expect(await store.addComment('no-such-id', 'owner', 'x')).toBe(false);
    expect(await client.hgetall(`${prefix}feedback:record:${r.id}`)).toEqual(before);
    expect(await client.exists(`${prefix}feedback:record:no-such-id`)).toBe(0);
    expect(await store.list()).toEqual([r]);
  });

  test('forgetting a conversation removes its records, index entries and set, and keeps the others', async () => {
    const prefix = uniquePrefix();
    const store = new RedisFeedbackStore(client, prefix);
    const mine = [
      await store.add({ conversationId: 'mine', rating: 'down', question: 'q1', sources: [] }),
      await store.add({ conversationId: 'mine', rating: 'up', question: 'q2', sources: [] }),
    ];
    const other = await store.add({ conversationId: 'other', rating: 'up', question: 'q3', sources: [] });
    await store.addComment(other.id, 'other', 'bra');
    expect(await store.forgetConversation('mine')).toBe(2);
    expect(await client.exists(`${prefix}feedback:conversation:mine`, ...mine.map((r) => `${prefix}feedback:record:${r.id}`))).toBe(0);
    expect(await client.zrange(`${prefix}feedback:index`, 0, -1)).toEqual([other.id]);
    expect(await store.list()).toEqual([{ ...other, comment: 'bra' }]);
    expect(await store.forgetConversation('mine')).toBe(0);
  });

  test('skips records damaged in Redis and counts them', async () => {
    const prefix = uniquePrefix();
    const store = new RedisFeedbackStore(client, prefix);
    const bad = await store.add({ conversationId: 'c', rating: 'up', question: 'q1', sources: [] });
    const badSources = await store.add({ conversationId: 'c', rating: 'up', question: 'q2', sources: [] });
    const good = await store.add({ conversationId: 'c', rating: 'down', question: 'q3', sources: ['s'] });
    await client.hset(`${prefix}feedback:record:${bad.id}`, 'rating', 'maybe');
    await client.hset(`${prefix}feedback:record:${badSources.id}`, 'sources', 'not json');
    await client.zadd(`${prefix}feedback:index`, 999, 'vanished'); // an index entry without its record
    expect(await store.read()).toEqual({ records: [good], skipped: 2 });
    expect(await store.list()).toEqual([good]);
    // «slett mine data» removes damaged records of the conversation as well.
    expect(await store.forgetConversation('c')).toBe(3);
  });

  test('Redis that cannot be reached surfaces as StateUnavailableError (the bot then says «prøv igjen om litt»)', async () => {
    const down = await freePort();
    const gone = createRedisClient(`redis://127.0.0.1:${down}`, silentLog, { connectTimeoutMs: 200 });
    try {
      const store = new RedisFeedbackStore(gone, uniquePrefix());
      for (const attempt of [
        store.add({ conversationId: 'c', rating: 'up', question: 'q', sources: [] }),
        store.addComment('id', 'c', 'kommentar'),
        store.list(),
        store.forgetConversation('c'),
      ]) {
        const err = await attempt.then(() => undefined, (e: unknown) => e);
        expect(err).toBeInstanceOf(StateUnavailableError);
        expect(isStateUnavailableError(err)).toBe(true);
      }
    } finally {
      gone.disconnect();
    }
  });
});

describe('createFeedbackStore', () => {
  test('uses Redis when the state store has a Redis client, else the JSON-lines file', async () => {
    const prefix = uniquePrefix();
    const withRedis = createStateStore({ redis: { url: redis.url, keyPrefix: prefix }, stateTtlSeconds: 3600 }, silentLog);
    const inMemory = createStateStore({ stateTtlSeconds: 3600 }, silentLog);
    try {
      expect(inMemory.redis).toBeUndefined();
      expect(createFeedbackStore({ feedbackFile: tempFile() }, inMemory.redis)).toBeInstanceOf(JsonlFeedbackStore);
      const store = createFeedbackStore({ feedbackFile: tempFile(), redis: { url: redis.url, keyPrefix: prefix } }, withRedis.redis);
      expect(store).toBeInstanceOf(RedisFeedbackStore);
      expect((store as RedisFeedbackStore).keyPrefix).toBe(prefix);
    } finally {
      await withRedis.close();
      await inMemory.close();
    }
  });
});

describe('withFeedbackActions', () => {
  test('appends 👍/👎 messageBack actions after the bot’s own suggested actions, without touching the input', () => {
    const activity = {
      type: 'message',
      text: 'Svar',
      suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Meny', value: 'meny' }] },
    };
    const copy = JSON.parse(JSON.stringify(activity)) as typeof activity;
    const out = withFeedbackActions(activity, { question: `Fnr ${FNR}: kan jeg?`, sources: ['002_x.txt#L1-L2'] });
    expect(activity).toEqual(copy);
    expect(out.text).toBe('Svar');
    expect(out.suggestedActions?.actions.map((a) => a.title)).toEqual(['Meny', '👍 Nyttig', '👎 Ikke nyttig']);
    const up = out.suggestedActions?.actions[1];
    expect(up).toMatchObject({ type: 'messageBack', displayText: '👍', value: { type: 'feedback', rating: 'up', sources: ['002_x.txt#L1-L2'] } });
    expect(JSON.stringify(out)).not.toContain(FNR);
  });
});

describe('feedback report', () => {
  const records = [
    { id: '1', at: '2025-01-01T10:00:00.000Z', conversationId: 'a', rating: 'up' as const, question: 'q1', sources: ['002_a.txt#L1-L2', '002_a.txt#L5-L9'] },
    { id: '2', at: '2025-01-02T10:00:00.000Z', conversationId: 'b', rating: 'down' as const, question: 'q2', sources: ['002_a.txt#L1-L2', '000_b.txt#L3-L4'], comment: 'feil fylke' },
    { id: '3', at: '2025-01-03T10:00:00.000Z', conversationId: 'c', rating: 'down' as const, question: 'q3', sources: [], comment: 'for langt' },
  ];

  test('counts up/down, per report file and lists the newest comments first', () => {
    const summary = summariseFeedback(records, { recent: 1, titles: new Map([['002_a.txt', 'BattKOMP 3']]) });
    expect(summary).toMatchObject({ total: 3, up: 1, down: 2, from: records[0].at, to: records[2].at });
    expect(summary.upShare).toBeCloseTo(1 / 3);
    expect(summary.perSource).toEqual([
      { source: '002_a.txt', title: 'BattKOMP 3', up: 1, down: 1 },
      { source: '000_b.txt', title: undefined, up: 0, down: 1 },
    ]);
    expect(summary.recentComments).toEqual([{ at: records[2].at, rating: 'down', comment: 'for langt', question: 'q3', sources: [] }]);
  });

  test('npm run feedback:report prints the summary (text and --json)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'veiviser-fb-'));
    const file = path.join(dir, 'feedback.jsonl');
    try {
      const store = new JsonlFeedbackStore(file);
      const r = await store.add({ conversationId: 'a', rating: 'down', question: 'kan jeg ta fagbrev?', sources: ['002_373d7c6cf6bd4a35.txt#L773-L797'] });
      await store.addComment(r.id, 'a', 'gjaldt ikke Trøndelag');
      await store.add({ conversationId: 'b', rating: 'up', question: 'praksiskandidat?', sources: ['002_373d7c6cf6bd4a35.txt#L800-L810'] });
      const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
      // Only what tsx needs from this environment: the report must not pick up the developer's settings.
      const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', FEEDBACK_FILE: file, NODE_ENV: 'test' };
      const text = await run(tsx, ['src/cli/feedback-report.ts'], { cwd: ROOT, env });
      expect(text.stdout).toContain('Totalt: 2   👍 1   👎 1   (50 % nyttige)');
      expect(text.stdout).toMatch(/👍\s+1\s+👎\s+1\s+BattKOMP 3 \(002_373d7c6cf6bd4a35\.txt\)/);
      expect(text.stdout).toContain('«gjaldt ikke Trøndelag»');

      const json = await run(tsx, ['src/cli/feedback-report.ts', '--json', '--recent', '5'], { cwd: ROOT, env });
      const parsed = JSON.parse(json.stdout) as { total: number; up: number; down: number; file: string; recentComments: unknown[] };
      expect(parsed).toMatchObject({ file, total: 2, up: 1, down: 1 });
      expect(parsed.recentComments).toHaveLength(1);

      await expect(run(tsx, ['src/cli/feedback-report.ts', '--bogus'], { cwd: ROOT, env })).rejects.toMatchObject({ code: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test('with REDIS_URL it reads Redis (unless --file is given), and an unreachable Redis is a one-line error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'veiviser-fb-'));
    const file = path.join(dir, 'feedback.jsonl');
    try {
      await new JsonlFeedbackStore(file).add({ conversationId: 'f', rating: 'up', question: 'fra fila', sources: [] });
      const prefix = uniquePrefix();
      const store = new RedisFeedbackStore(client, prefix);
      for (const rating of ['down', 'down', 'up'] as const) await store.add({ conversationId: 'r', rating, question: 'fra redis', sources: [] });
      const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
      const base = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'test', FEEDBACK_FILE: file };
      const env = { ...base, REDIS_URL: redis.url, REDIS_KEY_PREFIX: prefix };

      const text = await run(tsx, ['src/cli/feedback-report.ts'], { cwd: ROOT, env });
      expect(text.stdout.split('\n')[0]).toBe(`Tilbakemeldinger fra redis ${redis.url} (prefix ${prefix})`);
      expect(text.stdout).toContain('Totalt: 3   👍 1   👎 2');
      const json = JSON.parse((await run(tsx, ['src/cli/feedback-report.ts', '--json'], { cwd: ROOT, env })).stdout) as unknown;
      expect(json).toMatchObject({ redis: { url: redis.url, keyPrefix: prefix }, skipped: 0, total: 3, up: 1, down: 2 });
      const fromFile = JSON.parse((await run(tsx, ['src/cli/feedback-report.ts', '--json', '--file', file], { cwd: ROOT, env })).stdout) as unknown;
      expect(fromFile).toMatchObject({ file, total: 1, up: 1 });

      const unreachable = { ...env, REDIS_URL: `redis://:hemmelig@127.0.0.1:${await freePort()}` };
      const failed = await run(tsx, ['src/cli/feedback-report.ts'], { cwd: ROOT, env: unreachable }).then(
        () => undefined,
        (e: unknown) => e as { code: number; stdout: string; stderr: string },
      );
      expect(failed).toMatchObject({ code: 1, stdout: '' });
      expect(failed?.stderr).toMatch(/^feedback:report: kunne ikke lese tilbakemeldinger fra Redis redis:\/\/127\.0\.0\.1:\d+: .+\n$/);
      expect(failed?.stderr).not.toContain('hemmelig');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
