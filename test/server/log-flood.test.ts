// Floods of client errors through the real server: 404s, broken JSON and rate limits reached from many
// addresses each cost one warning per kind, the rest are logged at debug (src/log-sampling.ts).
import type { App } from '../../src/app';
import { recordingLogger, startAppWith } from '../support/app';
import { Conversation } from '../support/conversation';
import { http as request } from '../support/http-request';

let app: App;
const { log, lines } = recordingLogger('debug');

beforeAll(async () => {
  app = await startAppWith({ env: { TRUST_PROXY: '1' }, log, adjust: (config) => (config.rateLimits.policy = { clientMessages: { points: 1, durationSeconds: 60 } }) });
});
afterAll(async () => {
  await app.close();
});

type LogRecord = { level: string; msg: string; status?: number; limit?: string; suppressed?: number };
const records = () => lines.map((l) => JSON.parse(l) as LogRecord);

it('one warning per kind of client error, however many come; the others at debug', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 150; i++) statuses.push((await request(app.url, 'GET', `/finnes-ikke/${i}`)).status);
  for (let i = 0; i < 60; i++) statuses.push((await request(app.url, 'POST', '/api/ask', { rawBody: '{"question": "hei' })).status);
  for (let i = 0; i < 40; i++) {
    const headers = { 'X-Forwarded-For': `198.51.100.${i}` };
    const post = () => request(app.url, 'POST', '/api/messages', { body: new Conversation(app.url).activity({ type: 'message', text: 'hei' }), headers });
    expect((await post()).status).toBe(200);
    statuses.push((await post()).status);
  }
  expect(statuses.filter((s) => s === 404)).toHaveLength(150);
  expect(statuses.filter((s) => s === 400)).toHaveLength(60);
  expect(statuses.filter((s) => s === 429)).toHaveLength(40);

  const all = records();
  const rejected = all.filter((r) => r.msg === 'request rejected');
  expect(rejected.filter((r) => r.status === 404)).toHaveLength(150);
  expect(rejected.filter((r) => r.status === 400)).toHaveLength(60);
  const limited = all.filter((r) => r.msg === 'rate limit reached');
  expect(limited).toHaveLength(40);

  const warnings = all.filter((r) => r.level === 'warn');
  expect(warnings.map((r) => [r.msg, r.status ?? r.limit])).toEqual([
    ['request rejected', 404],
    ['request rejected', 400],
    ['rate limit reached', 'clientMessages'],
  ]);
  expect([...rejected, ...limited].filter((r) => r.level !== 'warn').every((r) => r.level === 'debug')).toBe(true);
});
