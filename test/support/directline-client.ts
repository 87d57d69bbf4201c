// A client of the local Direct Line endpoint for the tests: plain HTTP calls, starting a conversation,
// polling for activities, and raw requests fetch would refuse to send.
import net from 'node:net';
import { startWebServer, type WebServer } from './web-fixture';

export type Json = Record<string, unknown>;
export type ActivitySet = { activities: Json[]; watermark?: string };

export async function call(
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
export async function startConversation(
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
export async function pollUntil(
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

export const texts = (activities: Json[]) => activities.map((a) => a.text);

/**
 * Sends a raw HTTP/1.1 request (fetch and ws would refuse or normalise the target) and resolves with
 * the status line of the answer ('' when the server closes without one).
 */
export function rawRequest(server: WebServer, head: string): Promise<string> {
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

/**
 * For one describe block: a web server with the local Direct Line (at most 50 conversations) and a
 * clock the tests may move forward; the clock is back at the real time before each test.
 */
export function directLineServer(): { readonly server: WebServer; clock: number } {
  let server: WebServer | undefined;
  const env = {
    clock: Date.now(),
    get server(): WebServer {
      if (!server) throw new Error('the Direct Line server is not started (use directLineServer() inside describe)');
      return server;
    },
  };
  beforeAll(async () => {
    server = await startWebServer({ routes: { directLine: { now: () => env.clock, limits: { maxConversations: 50 } } } });
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(() => {
    env.clock = Date.now();
  });
  return env;
}
