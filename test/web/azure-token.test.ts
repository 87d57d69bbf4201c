// Azure mode: the bot exchanges DIRECTLINE_SECRET for a token at Direct Line's /tokens/generate,
// played here by a local HTTP server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startWebServer, type WebServer } from '../support/web-fixture';

const SECRET = 'test-direct-line-secret-XYZ';

interface FakeDirectLine {
  url: string;
  requests: { method?: string; url?: string; authorization?: string; body: string }[];
  respond: (req: IncomingMessage, res: ServerResponse) => void;
  close(): Promise<void>;
}

async function startFakeDirectLine(): Promise<FakeDirectLine> {
  const state: Pick<FakeDirectLine, 'requests' | 'respond'> = {
    requests: [],
    respond: (_req, res) => {
      res.writeHead(500);
      res.end();
    },
  };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      state.requests.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body });
      state.respond(req, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/v3/directline`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  });
}

describe('Azure Direct Line token exchange', () => {
  let fake: FakeDirectLine;
  let server: WebServer;
  const ok = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.headers.authorization !== `Bearer ${SECRET}`) {
      res.writeHead(403);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ conversationId: 'AzureConv123', token: 'azure-token-abc', expires_in: 3600 }));
  };

  beforeAll(async () => {
    fake = await startFakeDirectLine();
    server = await startWebServer({ config: { directLine: { secret: SECRET, endpoint: fake.url } } });
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });
  beforeEach(() => {
    fake.respond = ok;
    fake.requests.length = 0;
  });

  test('the widget is told to use Azure, and the page may connect to the Direct Line origin', async () => {
    const cfg = await fetch(`${server.url}/api/webchat/config`);
    const body = (await cfg.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ mode: 'azure', tokenUrl: `${server.url}/api/directline/token`, domain: fake.url });
    expect(JSON.stringify(body)).not.toContain(SECRET);
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-security-policy')).toContain(new URL(fake.url).origin);
  });

  test('POST and GET /api/directline/token return Direct Line’s token; the secret stays on the server', async () => {
    for (const method of ['POST', 'GET']) {
      const res = await fetch(`${server.url}/api/directline/token`, { method });
      const text = await res.text();
      expect(res.status).toBe(200);
      expect(JSON.parse(text)).toEqual({ conversationId: 'AzureConv123', token: 'azure-token-abc', expires_in: 3600 });
      expect(text).not.toContain(SECRET);
    }
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[0]).toMatchObject({ method: 'POST', url: '/v3/directline/tokens/generate', authorization: `Bearer ${SECRET}` });
    // A user id is bound into the token, so the browser cannot choose one.
    expect(JSON.parse(fake.requests[0].body)).toEqual({ user: { id: expect.stringMatching(/^dl_/) } });
  });

  test('Direct Line refusing the secret → 502 with a clear message', async () => {
    fake.respond = (_req, res) => {
      res.writeHead(403, { 'Content-Type': 'application/json' });
      res.end('{"error":{"code":"BadArgument","message":"bad secret"}}');
    };
    const res = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({
      error: 'Could not get a Direct Line token from Azure Bot Service.',
      detail: 'Direct Line refused the token request with HTTP 403',
      upstreamStatus: 403,
    });
  });

  test('an unexpected token response (zod) → 502', async () => {
    fake.respond = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ token: 42 }));
    };
    const res = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
    expect(res.status).toBe(502);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/not as expected \(conversationId, token, expires_in\)/);

    fake.respond = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html>maintenance</html>');
    };
    const html = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
    expect(html.status).toBe(502);
    expect(((await html.json()) as { detail: string }).detail).toContain('not JSON');
  });

  test('an unreachable Direct Line → 502', async () => {
    const closed = await startFakeDirectLine();
    await closed.close();
    const other = await startWebServer({ config: { directLine: { secret: SECRET, endpoint: closed.url } } });
    try {
      const res = await fetch(`${other.url}/api/directline/token`, { method: 'POST' });
      expect(res.status).toBe(502);
      expect(((await res.json()) as { detail: string }).detail).toContain('could not be reached');
    } finally {
      await other.close();
    }
  });

  test('without a secret the endpoint is 404', async () => {
    const local = await startWebServer();
    try {
      const res = await fetch(`${local.url}/api/directline/token`, { method: 'POST' });
      expect(res.status).toBe(404);
    } finally {
      await local.close();
    }
  });
});
