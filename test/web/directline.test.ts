// The built-in Direct Line 3.0 endpoint over real HTTP and a real WebSocket, with the test bot.
import net from 'node:net';
import WebSocket from 'ws';
import type { TurnContext } from 'botbuilder';
import { startWebServer, type WebServer } from '../support/web-fixture';
import { nb } from '../../src/text/nb';

type Json = Record<string, unknown>;
type ActivitySet = { activities: Json[]; watermark?: string };

async function call(
  server: WebServer,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; contentType?: string } = {},
): Promise<{ status: number; body: Json; headers: Headers }> {
  const headers: Record<string, string> = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined) {
    body = options.rawBody;
    headers['Content-Type'] = options.contentType ?? 'application/json';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(`${server.url}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : {}, headers: res.headers };
}

/** Starts a conversation; with the test bot, waits for its greeting so later activities come after it. */
async function startConversation(
  server: WebServer,
  greeting = true,
): Promise<{ token: string; conversationId: string; streamUrl: string }> {
  const generated = await call(server, 'POST', '/v3/directline/tokens/generate');
  expect(generated.status).toBe(200);
  const token = generated.body.token as string;
  const started = await call(server, 'POST', '/v3/directline/conversations', { token });
  expect(started.status).toBe(201);
  const conv = { token, conversationId: started.body.conversationId as string, streamUrl: started.body.streamUrl as string };
  if (greeting) await pollUntil(server, conv, (a) => a.some((x) => x.text === 'Hei! Jeg er testboten.'));
  return conv;
}

/** Polls GET …/activities (for at most 20 s) until `done` holds for the activities seen so far. */
async function pollUntil(
  server: WebServer,
  conv: { token: string; conversationId: string },
  done: (activities: Json[]) => boolean,
): Promise<Json[]> {
  const seen: Json[] = [];
  let watermark = '';
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    const res = await call(server, 'GET', `/v3/directline/conversations/${conv.conversationId}/activities?watermark=${watermark}`, {
      token: conv.token,
    });
    expect(res.status).toBe(200);
    const set = res.body as unknown as ActivitySet;
    seen.push(...set.activities);
    watermark = set.watermark ?? watermark;
    if (done(seen)) return seen;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`condition not met; saw ${JSON.stringify(seen.map((a) => a.text ?? a.type))}`);
}

const texts = (activities: Json[]) => activities.map((a) => a.text);

describe('local Direct Line endpoint', () => {
  let server: WebServer;
  let clock = Date.now();

  beforeAll(async () => {
    server = await startWebServer({ routes: { directLine: { now: () => clock, limits: { maxConversations: 50 } } } });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    clock = Date.now();
  });

  test('generates a conversation-bound token and starts the conversation (201, then 200)', async () => {
    const generated = await call(server, 'POST', '/v3/directline/tokens/generate', { body: {} });
    expect(generated.status).toBe(200);
    expect(generated.body).toEqual({ conversationId: expect.any(String), token: expect.any(String), expires_in: 1800 });
    // Web Chat reads the user id from the token's `user` claim.
    const claims = JSON.parse(Buffer.from((generated.body.token as string).split('.')[1], 'base64url').toString()) as Json;
    expect(claims.user).toMatch(/^dl_/);
    expect(claims.conv).toBe(generated.body.conversationId);

    const first = await call(server, 'POST', '/v3/directline/conversations', { token: generated.body.token as string });
    expect(first.status).toBe(201);
    expect(first.body.conversationId).toBe(generated.body.conversationId);
    expect(first.body.expires_in).toBeGreaterThan(0);
    expect(first.body.streamUrl).toMatch(
      new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${first.body.conversationId}/stream\\?t=`),
    );
    const again = await call(server, 'POST', '/v3/directline/conversations', { token: generated.body.token as string });
    expect(again.status).toBe(200);
    expect(again.body.conversationId).toBe(first.body.conversationId);
  });

  test('the bot greets on conversationUpdate, and a posted message is echoed and answered with watermarks', async () => {
    const conv = await startConversation(server, false);
    const welcome = await pollUntil(server, conv, (a) => a.some((x) => x.text === 'Hei! Jeg er testboten.'));
    expect(welcome).toHaveLength(1);
    expect(welcome[0]).toMatchObject({ id: `${conv.conversationId}|0000000`, from: { id: 'veiviser', role: 'bot' } });

    const posted = await call(server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
      token: conv.token,
      body: {
        type: 'message',
        text: 'Kan jeg ta fagbrev?',
        from: { id: 'forged-id', name: 'Kari' },
        channelData: { clientActivityID: 'abc123' },
        conversation: { id: 'someone-else' },
      },
    });
    expect(posted.status).toBe(200);
    expect(posted.body).toEqual({ id: `${conv.conversationId}|0000001` });

    // The POST answers once the activity is logged; the reply follows when the bot's turn ends.
    await pollUntil(server, conv, (a) => a.length >= 3);
    const all = await call(server, 'GET', `/v3/directline/conversations/${conv.conversationId}/activities`, { token: conv.token });
    const set = all.body as unknown as ActivitySet;
    expect(texts(set.activities)).toEqual([
      'Hei! Jeg er testboten.',
      'Kan jeg ta fagbrev?',
      expect.stringContaining('Ekko: Kan jeg ta fagbrev?'),
    ]);
    expect(set.watermark).toBe('2');
    const [, echo, reply] = set.activities;
    // The echo keeps Web Chat's clientActivityID; ids, user and conversation are the service's.
    expect(echo).toMatchObject({
      id: `${conv.conversationId}|0000001`,
      channelData: { clientActivityID: 'abc123' },
      conversation: { id: conv.conversationId },
      from: { role: 'user', name: 'Kari' },
    });
    const claims = JSON.parse(Buffer.from(conv.token.split('.')[1], 'base64url').toString()) as Json;
    expect((echo.from as Json).id).toBe(claims.user);
    expect(reply).toMatchObject({ replyToId: echo.id, from: { id: 'veiviser' }, recipient: { id: claims.user } });
    expect(reply.text).toContain('(/kilder/002_373d7c6cf6bd4a35.txt?fra=773&til=797#L773)');

    const newer = await call(server, 'GET', `/v3/directline/conversations/${conv.conversationId}/activities?watermark=1`, {
      token: conv.token,
    });
    expect(texts((newer.body as unknown as ActivitySet).activities)).toEqual([reply.text]);
    const none = await call(server, 'GET', `/v3/directline/conversations/${conv.conversationId}/activities?watermark=2`, {
      token: conv.token,
    });
    expect(none.body).toEqual({ activities: [], watermark: '2' });
  });

  test('cards and suggested actions pass through unchanged; trace activities do not reach the client', async () => {
    const traced = await startWebServer({
      logic: async (context: TurnContext) => {
        if (context.activity.type !== 'message') return;
        await context.sendActivity({ type: 'trace', name: 'debug', value: { secret: 'internal' } });
        await context.sendActivity({
          type: 'message',
          attachments: [
            {
              contentType: 'application/vnd.microsoft.card.adaptive',
              content: { type: 'AdaptiveCard', version: '1.3', body: [{ type: 'TextBlock', text: 'Anbefaling' }] },
            },
          ],
          suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Meny', value: 'meny' }] },
        });
      },
    });
    try {
      const conv = await startConversation(traced, false);
      await call(traced, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
        token: conv.token,
        body: { type: 'message', text: 'hei' },
      });
      const all = await pollUntil(traced, conv, (a) => a.length >= 2);
      expect(all.map((a) => a.type)).toEqual(['message', 'message']);
      expect(all[1].attachments).toEqual([
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: { type: 'AdaptiveCard', version: '1.3', body: [{ type: 'TextBlock', text: 'Anbefaling' }] },
        },
      ]);
      expect(all[1].suggestedActions).toEqual({ to: [], actions: [{ type: 'imBack', title: 'Meny', value: 'meny' }] });
    } finally {
      await traced.close();
    }
  });

  test('the WebSocket stream delivers the backlog, the typing indicator and new activities with watermarks', async () => {
    const conv = await startConversation(server);
    await pollUntil(server, conv, (a) => a.length === 1); // the welcome is in the log before we connect
    const ws = new WebSocket(conv.streamUrl);
    const frames: ActivitySet[] = [];
    const waiters: (() => void)[] = [];
    ws.on('message', (data) => {
      frames.push(JSON.parse(String(data)) as ActivitySet);
      waiters.splice(0).forEach((w) => w());
    });
    const frameWhere = async (pred: (f: ActivitySet) => boolean) => {
      for (let i = 0; i < 50 && !frames.some(pred); i++) await new Promise<void>((r) => waiters.push(r));
      const found = frames.find(pred);
      if (!found) throw new Error('frame not received');
      return found;
    };
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    try {
      const backlog = await frameWhere((f) => f.activities.some((a) => a.text === 'Hei! Jeg er testboten.'));
      expect(backlog.watermark).toBe('0');
      ws.send(''); // Web Chat's keep-alive ping is ignored

      await call(server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
        token: conv.token,
        body: { type: 'message', text: 'kort' },
      });
      const echo = await frameWhere((f) => f.activities.some((a) => a.text === 'kort'));
      expect(echo.watermark).toBe('1');
      const typing = await frameWhere((f) => f.activities.some((a) => a.type === 'typing'));
      expect(typing.watermark).toBeUndefined();
      const hero = await frameWhere((f) =>
        f.activities.some((a) => (a.attachments as Json[] | undefined)?.[0]?.contentType === 'application/vnd.microsoft.card.hero'),
      );
      expect(hero.watermark).toBe('2');
      const adaptive = await frameWhere((f) =>
        f.activities.some((a) => (a.attachments as Json[] | undefined)?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive'),
      );
      expect(adaptive.watermark).toBe('3');
    } finally {
      ws.close();
    }
  });

  test('reconnect (GET /conversations/:id) returns a stream URL that resumes after the watermark', async () => {
    const conv = await startConversation(server);
    await pollUntil(server, conv, (a) => a.length === 1);
    await call(server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
      token: conv.token,
      body: { type: 'message', text: 'to' },
    });
    const reconnect = await call(server, 'GET', `/v3/directline/conversations/${conv.conversationId}?watermark=1`, { token: conv.token });
    expect(reconnect.status).toBe(200);
    expect(reconnect.body.streamUrl).toContain('&watermark=1');
    const ws = new WebSocket(reconnect.body.streamUrl as string);
    const first = await new Promise<ActivitySet>((resolve, reject) => {
      ws.once('message', (d) => resolve(JSON.parse(String(d)) as ActivitySet));
      ws.once('error', reject);
    });
    ws.close();
    expect(texts(first.activities)).toEqual([expect.stringContaining('Ekko: to')]);
  });

  test('refresh issues a new working token; an expired token is rejected everywhere with 403', async () => {
    const conv = await startConversation(server);
    clock += 1000 * 1000; // 1000 s later, still valid
    const refreshed = await call(server, 'POST', '/v3/directline/tokens/refresh', { token: conv.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({ conversationId: conv.conversationId, token: expect.any(String), expires_in: 1800 });
    expect(refreshed.body.token).not.toBe(conv.token);

    clock += 1000 * 1000; // 2000 s after issue: the first token has expired, the refreshed one has not
    const expired = await call(server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
      token: conv.token,
      body: { type: 'message', text: 'hei' },
    });
    expect(expired.status).toBe(403);
    expect(expired.body).toEqual({ error: { code: 'TokenExpired', message: expect.any(String) } });
    expect((await call(server, 'POST', '/v3/directline/tokens/refresh', { token: conv.token })).status).toBe(403);
    expect((await call(server, 'GET', `/v3/directline/conversations/${conv.conversationId}/activities`, { token: conv.token })).status).toBe(403);

    const ws = new WebSocket(conv.streamUrl);
    ws.on('error', () => undefined); // the refused handshake also surfaces as an error event
    const wsStatus = await new Promise<number>((resolve) => {
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('open', () => resolve(101));
    });
    ws.terminate();
    expect(wsStatus).toBe(403);

    const ok = await call(server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
      token: refreshed.body.token as string,
      body: { type: 'message', text: 'hei' },
    });
    expect(ok.status).toBe(200);
  });

  test('missing, forged and foreign tokens are refused', async () => {
    const conv = await startConversation(server);
    const other = await startConversation(server);
    const path = `/v3/directline/conversations/${conv.conversationId}/activities`;

    const missing = await call(server, 'GET', path);
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ error: { code: 'MissingToken', message: expect.any(String) } });

    const [h, p] = conv.token.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Json;
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, exp: (claims.exp as number) + 99999 })).toString('base64url');
    const forged = await call(server, 'GET', path, { token: `${h}.${forgedPayload}.${conv.token.split('.')[2]}` });
    expect(forged.status).toBe(403);
    expect((await call(server, 'GET', path, { token: 'not-a-token' })).status).toBe(403);

    const foreign = await call(server, 'GET', path, { token: other.token });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toEqual({ error: { code: 'BadToken', message: expect.stringContaining('conversation') } });
  });

  test('bad bodies and parameters get 400 with a JSON error', async () => {
    const conv = await startConversation(server);
    const path = `/v3/directline/conversations/${conv.conversationId}/activities`;
    const cases: { body?: unknown; rawBody?: string }[] = [
      { body: ['not', 'an', 'object'] },
      { body: { text: 'no type' } },
      { body: { type: 'invoke', name: 'x' } },
      { body: { type: 'message' } },
      { body: { type: 'message', text: 'x'.repeat(4001) } },
      { body: { type: 'message', text: 'fil', attachments: [{ contentType: 'image/png', contentUrl: 'blob:x' }] } },
      { body: { type: 'message', value: { big: 'x'.repeat(20000) } } },
      { body: { type: 'event' } },
      { rawBody: '{"type": "message", "text": ' },
    ];
    for (const c of cases) {
      const res = await call(server, 'POST', path, { token: conv.token, ...c });
      expect({ case: c.rawBody ?? c.body, status: res.status }).toEqual({ case: c.rawBody ?? c.body, status: 400 });
    }
    const badWatermark = await call(server, 'GET', `${path}?watermark=abc`, { token: conv.token });
    expect(badWatermark.status).toBe(400);
    expect(badWatermark.body).toEqual({ error: { code: 'BadArgument', message: expect.any(String) } });
    expect((await call(server, 'POST', '/v3/directline/tokens/generate', { body: { user: 'not-an-object' } })).status).toBe(400);
    expect((await call(server, 'GET', '/v3/directline/conversations/..%2F..%2Fetc/activities', { token: conv.token })).status).toBe(400);
    // Nothing of that reached the log: only the welcome is there (and a valid message lands after it).
    await call(server, 'POST', path, { token: conv.token, body: { type: 'message', text: 'gyldig' } });
    const log = await pollUntil(server, conv, (a) => a.some((x) => typeof x.text === 'string' && x.text.startsWith('Ekko: gyldig')));
    expect(texts(log)).toEqual(['Hei! Jeg er testboten.', 'gyldig', expect.stringContaining('Ekko: gyldig')]);
  });

  test('an unknown or expired conversation is 404 (Web Chat then ends the conversation)', async () => {
    const generated = await call(server, 'POST', '/v3/directline/tokens/generate');
    const token = generated.body.token as string;
    const id = generated.body.conversationId as string;
    // The token is valid but POST /conversations was never called.
    expect((await call(server, 'GET', `/v3/directline/conversations/${id}/activities`, { token })).status).toBe(404);
    expect((await call(server, 'GET', `/v3/directline/conversations/${id}`, { token })).status).toBe(404);
  });

  test('when the bot fails, the user gets a Norwegian apology instead of silence', async () => {
    const conv = await startConversation(server);
    const res = await call(server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
      token: conv.token,
      body: { type: 'message', text: 'feil' },
    });
    expect(res.status).toBe(200);
    const all = await pollUntil(server, conv, (a) => a.some((x) => x.text === nb.somethingWentWrong));
    expect(texts(all)).toEqual(['Hei! Jeg er testboten.', 'feil', nb.somethingWentWrong]);
  });

  test('event activities reach the bot; user typing does not', async () => {
    const conv = await startConversation(server);
    const typing = await call(server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
      token: conv.token,
      body: { type: 'typing' },
    });
    expect(typing.status).toBe(200);
    await call(server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, {
      token: conv.token,
      body: { type: 'event', name: 'webchat/join', value: {} },
    });
    const all = await pollUntil(server, conv, (a) => a.some((x) => x.text === 'Hendelse: webchat/join'));
    expect(all.map((a) => a.type)).toEqual(['message', 'event', 'message']);
  });

  test('feedback buttons post a rating that is stored without personal data; 👎 offers a comment card', async () => {
    const conv = await startConversation(server);
    const path = `/v3/directline/conversations/${conv.conversationId}/activities`;
    const rating = {
      type: 'feedback',
      rating: 'down',
      question: 'Mitt fødselsnummer er 01017012345, kan jeg ta fagbrev?',
      sources: ['002_373d7c6cf6bd4a35.txt#L773-L797'],
    };
    await call(server, 'POST', path, { token: conv.token, body: { type: 'message', value: rating, channelData: { messageBack: { displayText: '👎' } } } });
    const all = await pollUntil(server, conv, (a) => a.some((x) => Array.isArray(x.attachments)));
    const card = (all.find((x) => Array.isArray(x.attachments))?.attachments as Json[])[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const submit = ((card.content as Json).actions as Json[])[0];
    const data = submit.data as Json;
    expect(data).toMatchObject({ type: 'feedback', action: 'comment', feedbackId: expect.any(String) });

    // What Web Chat sends for Action.Submit: the data merged with the input values.
    await call(server, 'POST', path, { token: conv.token, body: { type: 'message', value: { ...data, comment: 'Svaret gjaldt ikke meg. Ring 99887766?' } } });
    await pollUntil(server, conv, (a) => a.some((x) => typeof x.text === 'string' && x.text.startsWith('Takk! Kommentaren er lagret')));

    const stored = (await server.feedback.list()).filter((r) => r.conversationId === conv.conversationId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ rating: 'down', sources: rating.sources, comment: expect.stringContaining('Svaret gjaldt ikke meg') });
    expect(stored[0].question).not.toContain('01017012345');
  });
});

/**
 * Sends a raw HTTP/1.1 request (fetch and ws would refuse or normalise the target) and resolves with
 * the status line of the answer ('' when the server closes without one).
 */
function rawRequest(server: WebServer, head: string): Promise<string> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(`${head}\r\nHost: 127.0.0.1\r\n\r\n`));
    let reply = '';
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('utf8');
      if (reply.includes('\r\n')) socket.destroy();
    });
    socket.on('close', () => resolve(reply.split('\r\n')[0]));
    socket.on('error', reject);
  });
}

describe('hostile requests', () => {
  let server: WebServer;
  beforeAll(async () => {
    server = await startWebServer();
  });
  afterAll(async () => {
    await server.close();
  });

  test('a stream URL with a malformed escape is refused, and the server keeps running', async () => {
    const { token, conversationId } = await startConversation(server, false);
    const upgrade = (id: string) =>
      rawRequest(
        server,
        `GET /v3/directline/conversations/${id}/stream?t=${token} HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==`,
      );
    expect(await upgrade('%E0%A4%A')).toBe('HTTP/1.1 404 Not Found');
    // The same request with the real id is accepted: the refusal above was about the id.
    expect(await upgrade(conversationId)).toBe('HTTP/1.1 101 Switching Protocols');
    expect((await fetch(`${server.url}/api/webchat/config`)).status).toBe(200);
  });

  test('request targets that are not URLs (OPTIONS http://[) get an answer, and the server keeps running', async () => {
    for (const head of ['OPTIONS http://[ HTTP/1.1', 'GET http://[ HTTP/1.1', 'GET /v3/directline/conversations/%zz/activities HTTP/1.1']) {
      expect(await rawRequest(server, head)).toMatch(/^HTTP\/1\.1 [45]\d\d /);
    }
    expect((await fetch(`${server.url}/api/webchat/config`)).status).toBe(200);
  });
});

describe('a client posting faster than the bot answers', () => {
  test('is refused with 429 beyond maxQueuedTurns; nothing refused reaches the log, and it may post again once the bot caught up', async () => {
    let releaseBot: () => void = () => undefined;
    const botMayAnswer = new Promise<void>((resolve) => (releaseBot = resolve));
    const server = await startWebServer({
      hooks: { beforeReply: (text) => (text === 'vent' ? botMayAnswer : Promise.resolve()) },
      routes: { directLine: { limits: { maxQueuedTurns: 1 } } },
    });
    try {
      const conv = await startConversation(server);
      const post = (text: string) =>
        call(server, 'POST', `/v3/directline/conversations/${conv.conversationId}/activities`, { token: conv.token, body: { type: 'message', text } });
      expect((await post('vent')).status).toBe(200); // the bot is busy with this one …
      expect((await post('i kø')).status).toBe(200); // … this one waits behind it …
      const refused = await post('én for mye'); // … and this one is one too many.
      expect(refused.status).toBe(429);
      expect(refused.body).toEqual({ error: { code: 'TooManyRequests', message: expect.any(String) } });

      releaseBot();
      await pollUntil(server, conv, (a) => a.some((x) => typeof x.text === 'string' && x.text.startsWith('Ekko: i kø')));
      expect((await post('igjen')).status).toBe(200);
      const all = await pollUntil(server, conv, (a) => a.some((x) => typeof x.text === 'string' && x.text.startsWith('Ekko: igjen')));
      expect(texts(all).map((t) => String(t).split('\n')[0])).toEqual([
        'Hei! Jeg er testboten.',
        'vent',
        'i kø',
        'Ekko: vent',
        'Ekko: i kø',
        'igjen',
        'Ekko: igjen',
      ]);
    } finally {
      releaseBot();
      await server.close();
    }
  });
});

describe('shutting down', () => {
  test('server.close() completes while a chat stream is open, and the stream is closed', async () => {
    const server = await startWebServer();
    const conv = await startConversation(server, false);
    const ws = new WebSocket(conv.streamUrl);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const closedByServer = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    await server.close();
    expect(await closedByServer).toBe(1000);
  });
});
