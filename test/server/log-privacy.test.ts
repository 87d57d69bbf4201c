// Everything the bot logs at debug level during a conversation full of personal data — through
// /api/messages, the local Direct Line and URLs that carry an address or a number — is scanned: no
// fødselsnummer, phone number, e-mail address or health detail appears in any record, in any form.
import type { App } from '../../src/app';
import { Conversation } from '../support/conversation';
import { recordingLogger, startAppWith } from '../support/app';
import { field, http } from '../support/http-request';

const FNR = '13097210181';
const PHONE = '91234567';
const EMAIL_LOCAL = 'ola.nordmann';

/** What the person says, in the forms people write these things. */
const MESSAGES = [
  `Hei, jeg heter Ola. Fødselsnummeret mitt er ${FNR} og du når meg på ${EMAIL_LOCAL}@example.no`,
  'Jeg har jobbet 6 år som operatør, bor i Trøndelag, og er sykemeldt for depresjon',
  'nummeret er 1309 7210 181, eller 13.09.72 10181',
  'ring 912-34-567 eller 912 345 67 eller +47 912 34 567',
  `skriv til ${EMAIL_LOCAL} [at] example.no`,
  '１３０９７２１０１８１ og ９１２３４５６７',
  'Kan jeg ta fagbrev på jobb?',
];

/** Every form of every secret: none of these may appear in a log line. */
const FORBIDDEN = [
  FNR,
  '1309 7210 181',
  '13.09.72 10181',
  '130972',
  PHONE,
  '912-34-567',
  '912 345 67',
  '912 34 567',
  '１３０９',
  '９１２３',
  EMAIL_LOCAL,
  'ola.nordmann%40',
  'sykemeldt',
  'depresjon',
];

let app: App;
const { log, lines } = recordingLogger('debug');

beforeAll(async () => {
  app = await startAppWith({
    log,
    // A small conversation limit, so that the rate-limit path logs too.
    adjust: (config) => {
      config.rateLimits.policy = { conversationTurns: { points: MESSAGES.length + 1, durationSeconds: 60 } };
    },
  });
});
afterAll(async () => {
  await app.close();
});

async function directLineConversation(): Promise<void> {
  const generated = await http(app.url, 'POST', '/v3/directline/tokens/generate');
  const token = String(field(generated.json, 'token'));
  const started = await http(app.url, 'POST', '/v3/directline/conversations', { token });
  const id = String(field(started.json, 'conversationId'));
  for (const text of MESSAGES) {
    const posted = await http(app.url, 'POST', `/v3/directline/conversations/${id}/activities`, {
      token,
      body: { type: 'message', text, from: { id: 'ignored', name: `Ola ${PHONE}` } },
    });
    expect(posted.status).toBe(200);
  }
  // The stream URL carries the token in its query; polling with it logs the target.
  await http(app.url, 'GET', `/v3/directline/conversations/${id}/activities?watermark=0&t=${encodeURIComponent(token)}`, { token });
}

it('logs requests and activities, and no personal data in any form', async () => {
  const conversation = new Conversation(app.url);
  for (const text of MESSAGES) await conversation.post({ type: 'message', text });
  // Over the conversation's limit: logged as a warning, refused with 429.
  for (let i = 0; i < 3; i++) await conversation.post({ type: 'message', text: `igjen ${FNR}` });

  await directLineConversation();
  await http(app.url, 'GET', `/kilder/${encodeURIComponent(`${EMAIL_LOCAL}@example.no`)}`);
  await http(app.url, 'GET', `/kilder/${FNR}?tlf=${PHONE}&e=${encodeURIComponent(`${EMAIL_LOCAL}@example.no`)}`);
  await http(app.url, 'GET', `/finnes-ikke/${encodeURIComponent(encodeURIComponent(`${EMAIL_LOCAL}@example.no`))}`);
  // Broken JSON: the parser's message quotes the body, and the rejection is logged.
  await http(app.url, 'POST', '/api/ask', { rawBody: `{"question": "mitt nummer er ${FNR}, ${EMAIL_LOCAL}@example.no` });

  const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  // What was logged is worth scanning: requests with ids, the activities with their length and never their words.
  expect(records.filter((r) => r.msg === 'request' && typeof r.reqId === 'string').length).toBeGreaterThan(20);
  const activities = records.filter((r) => typeof field(r, 'activity', 'textChars') === 'number');
  expect(activities.length).toBeGreaterThan(0);
  expect(records.filter((r) => field(r, 'activity', 'text') !== undefined)).toEqual([]);
  expect(records.some((r) => r.msg === 'rate limit reached' && r.level === 'warn')).toBe(true);
  expect(records.some((r) => r.msg === 'request rejected' && r.level === 'warn')).toBe(true);
  expect(lines.join('\n')).toContain('/kilder/[e-post]');

  for (const line of lines) {
    for (const secret of FORBIDDEN) expect({ line, contains: line.includes(secret) }).toEqual({ line, contains: false });
    // The Direct Line token in the polled URL is masked too.
    expect(line).not.toMatch(/[?&]t=eyJ/);
  }
});
