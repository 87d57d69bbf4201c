// Normal delivery, as the Bot Framework Emulator and Azure channels use it: the bot answers 200 at
// once and POSTs its replies to the channel's serviceUrl. A small HTTP server plays the channel.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../src/app';
import { startApp } from '../support/app';

interface Received {
  path: string;
  body: { type?: string; text?: string; replyToId?: string };
}

let app: App;
let channel: http.Server;
let channelUrl: string;
const received: Received[] = [];

beforeAll(async () => {
  channel = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(raw || '{}') as Received['body'] });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
  channelUrl = `http://127.0.0.1:${(channel.address() as AddressInfo).port}`;
  app = await startApp();
});
afterAll(async () => {
  await app.close();
  await new Promise<void>((resolve) => channel.close(() => resolve()));
});

async function post(activity: Record<string, unknown>): Promise<number> {
  const response = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      channelId: 'emulator',
      serviceUrl: channelUrl,
      conversation: { id: 'emulator-conversation' },
      from: { id: 'emulator-user' },
      recipient: { id: 'veiviser' },
      ...activity,
    }),
  });
  return response.status;
}

it('posts the welcome and answers back to the serviceUrl, unauthenticated in local mode', async () => {
  expect(await post({ type: 'conversationUpdate', id: 'join-1', membersAdded: [{ id: 'emulator-user' }] })).toBe(200);
  const welcome = received.find((r) => r.body.type === 'message');
  expect(welcome?.path).toBe('/v3/conversations/emulator-conversation/activities/join-1');
  expect(welcome?.body.text).toContain('Veiviser');

  received.length = 0;
  expect(await post({ type: 'message', id: 'msg-1', text: 'Hva er Batterifagskolen?' })).toBe(200);
  expect(received.some((r) => r.body.type === 'typing')).toBe(true);
  const answer = received.find((r) => r.body.type === 'message');
  expect(answer?.path).toBe('/v3/conversations/emulator-conversation/activities/msg-1');
  expect(answer?.body.text).toMatch(/Kilde: /);
});
