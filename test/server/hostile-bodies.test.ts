// Request bodies that once ended the process or exhausted its memory, sent to a real bot process:
// after each, the process is still alive and answers /healthz.
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { startBotProcess, type BotProcess } from '../support/bot-process';

let bot: BotProcess;
beforeAll(async () => {
  bot = await startBotProcess();
}, 90_000);
afterAll(async () => {
  await bot.stop();
});

async function send(method: string, path: string, body: Buffer, headers: Record<string, string>) {
  const response = await fetch(`${bot.url}${path}`, { method, headers, body: new Uint8Array(body) });
  return { status: response.status, text: await response.text() };
}

async function expectAlive() {
  expect(bot.alive()).toBe(true);
  const health = await fetch(`${bot.url}/healthz`);
  expect(health.status).toBe(200);
}

const json = { 'Content-Type': 'application/json' };
// About 100 kB of gzip that inflates to 100 MB.
const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024, 0x20));

describe('compressed request bodies', () => {
  it.each([
    ['POST', '/api/messages', 'gzip', Buffer.from('{"x":1}')],
    ['POST', '/api/messages', 'gzip', gzipSync(Buffer.from('{"type":"message","text":"hei"}')).subarray(0, 12)],
    ['POST', '/api/messages', 'deflate', Buffer.from('not deflate')],
    ['POST', '/api/ask', 'gzip', Buffer.from('{"question":"hei"}')],
    ['POST', '/api/messages', 'gzip', bomb],
    ['POST', '/api/messages', 'br', Buffer.from('{"x":1}')],
  ])('%s %s with Content-Encoding %s is refused with 415, and the process lives', async (method, path, encoding, body) => {
    const { status, text } = await send(method, path, body, { ...json, 'Content-Encoding': encoding });
    expect(status).toBe(415);
    expect(text).toMatch(/Content-Encoding/);
    await expectAlive();
  });

  it('refuses a GET /healthz that carries a broken gzip body', async () => {
    const response = await new Promise<number>((resolve, reject) => {
      // fetch will not send a body with GET; a raw request does.
      const headers = { ...json, 'Content-Encoding': 'gzip', 'Content-Length': '7' };
      const req = request(`${bot.url}/healthz`, { method: 'GET', headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('{"x":1}');
    });
    expect(response).toBe(415);
    await expectAlive();
  });

  it('still accepts an uncompressed body and "Content-Encoding: identity"', async () => {
    const { status } = await send('POST', '/api/ask', Buffer.from('{"question":"Hva er fagbrev på jobb?"}'), { ...json, 'Content-Encoding': 'identity' });
    expect(status).toBe(200);
    await expectAlive();
  });
});
