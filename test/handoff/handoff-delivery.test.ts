// A channel with no contact centre behind it may refuse the hand-off event: the person has already
// got the contacts, and is told that no counsellor could be reached. A small HTTP server plays a
// channel that refuses event activities.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../src/app';
import { nb } from '../../src/text/nb';
import { startApp } from '../support/app';

interface Received {
  type?: string;
  name?: string;
  text?: string;
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
      const activity = JSON.parse(raw || '{}') as Received;
      received.push(activity);
      const refused = activity.type === 'event';
      res.writeHead(refused ? 400 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(refused ? { error: { code: 'BadArgument', message: 'Unsupported activity type' } } : { id: `sent-${received.length}` }));
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

test('a refused hand-off event: the contacts, then "no counsellor could be reached", and no error', async () => {
  const response = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: 'msg-1',
      text: 'jeg vil snakke med en veileder',
      channelId: 'emulator',
      serviceUrl: channelUrl,
      conversation: { id: 'refusing-channel' },
      from: { id: 'user' },
      recipient: { id: 'veiviser' },
    }),
  });
  expect(response.status).toBe(200);
  const messages = received.filter((a) => a.type === 'message').map((a) => a.text ?? '');
  expect(received.filter((a) => a.type === 'event').map((a) => a.name)).toEqual(['handoff.initiate']);
  expect(messages).toEqual([expect.stringContaining(nb.handoff.connecting), nb.handoff.status.failed]);
  expect(messages).not.toContain(nb.somethingWentWrong);
});
