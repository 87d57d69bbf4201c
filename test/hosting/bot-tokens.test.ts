// Forged Bot Framework tokens against the real bot with authentication on, its signing keys served by
// a loopback OpenID server: every forgery is 401 and logged as a warning (never 500 or an error), a
// token with a disallowed algorithm is refused without fetching keys, a real token passes, and when
// the keys cannot be fetched the answer is 503 without a fetch per request.
import { randomUUID } from 'node:crypto';
import type { App } from '../../src/app';
import { recordingLogger, startAppWith } from '../support/app';
import { http } from '../support/http-request';
import { jwt, rsaKey, startOpenIdServer, type OpenIdServer } from '../support/openid-server';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

let openid: OpenIdServer;
beforeAll(async () => {
  openid = await startOpenIdServer();
});
afterAll(async () => {
  await openid.close();
});

function activity(text = 'hei'): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    deliveryMode: 'expectReplies',
    from: { id: 'user-1' },
    recipient: { id: `28:${APP_ID}` },
    conversation: { id: `conv-${randomUUID()}` },
    text,
  };
}

const now = () => Math.floor(Date.now() / 1000);
const claims = (extra: Record<string, unknown> = {}) => ({
  iss: 'https://api.botframework.com',
  aud: APP_ID,
  serviceurl: SERVICE_URL,
  nbf: now() - 60,
  exp: now() + 3600,
  ...extra,
});

async function startBot(scenario: string) {
  const { log, lines } = recordingLogger('debug');
  const app = await startAppWith({
    log,
    env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-offline', ToBotFromChannelOpenIdMetadataUrl: openid.metadataUrl(scenario) },
  });
  const post = (token: string | undefined, body = activity()) =>
    http(app.url, 'POST', '/api/messages', { body, headers: token === undefined ? {} : { Authorization: `Bearer ${token}` } });
  const records = () => lines.map((l) => JSON.parse(l) as { level: string; msg: string; reason?: string });
  return { app, post, records };
}

describe('forged tokens', () => {
  const scenario = 'forged';
  let bot: Awaited<ReturnType<typeof startBot>>;
  let app: App;
  beforeAll(async () => {
    bot = await startBot(scenario);
    app = bot.app;
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses alg "none" and HS256 signed with the public key with 401, without fetching signing keys', async () => {
    const forgeries = [
      jwt({ alg: 'none', typ: 'JWT', kid: openid.keyId }, claims(), { alg: 'none' }),
      jwt({ alg: 'HS256', typ: 'JWT', kid: openid.keyId }, claims(), { alg: 'HS256', secret: openid.publicKeyPem }),
      jwt({ alg: 'HS512', typ: 'JWT' }, claims(), { alg: 'HS256', secret: 'x' }),
      'not.a.jwt',
      'eyJhbGciOiJSUzI1NiJ9.e30.c2ln', // RS256 header without a key id, empty claims
    ];
    for (const token of forgeries) {
      const res = await bot.post(token);
      expect({ token, status: res.status }).toEqual({ token, status: 401 });
    }
    expect(openid.fetches(scenario)).toBe(0);
  });

  it('refuses RS256 tokens signed with another key, with an unknown or with the real key id, with 401', async () => {
    const own = rsaKey();
    const forgeries = [
      jwt({ alg: 'RS256', typ: 'JWT', kid: 'attacker-key' }, claims(), { alg: 'RS256', key: own.privateKey }),
      jwt({ alg: 'RS256', typ: 'JWT', kid: openid.keyId }, claims(), { alg: 'RS256', key: own.privateKey }),
    ];
    for (const token of forgeries) expect((await bot.post(token)).status).toBe(401);
    // The keys were fetched once (metadata and JWKS), not once per token.
    expect(openid.fetches(scenario)).toBe(2);
  });

  it('refuses real signatures over the wrong claims: expired, another audience, another serviceUrl', async () => {
    for (const token of [
      openid.signed(claims({ exp: now() - 3600, nbf: now() - 7200 })),
      openid.signed(claims({ aud: '99999999-2222-3333-4444-555555555555' })),
      openid.signed(claims({ serviceurl: 'https://evil.example/' })),
      openid.signed(claims({ iss: 'https://evil.example' })),
    ]) {
      expect((await bot.post(token)).status).toBe(401);
    }
  });

  it('accepts a token signed with the published key, so the refusals above are the check at work', async () => {
    const res = await bot.post(openid.signed(claims()));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json)).toContain('"type":"message"');
  });

  it('logs each refusal with its reason, the first of each reason as a warning (repeats within 10 s at debug), and nothing as an error', () => {
    const records = bot.records();
    const refusals = records.filter((r) => r.msg === 'bot token refused');
    expect(refusals.length).toBeGreaterThanOrEqual(11);
    expect(refusals.every((r) => r.level === 'warn' || r.level === 'debug')).toBe(true);
    const warned = refusals.filter((r) => r.level === 'warn').map((r) => r.reason);
    expect(new Set(warned).size).toBe(warned.length);
    expect(new Set(warned)).toEqual(new Set(refusals.map((r) => r.reason)));
    expect(warned).toEqual(expect.arrayContaining(['algorithm none not allowed', 'algorithm HS256 not allowed', 'invalid signature']));
    expect(records.filter((r) => r.level === 'error')).toEqual([]);
  });
});

describe.each([
  ['fail', 'the metadata endpoint answers 500'],
  ['hang-up', 'the metadata endpoint drops the connection'],
] as const)('signing keys unavailable (%s)', (mode, what) => {
  const scenario = `down-${mode}`;
  let bot: Awaited<ReturnType<typeof startBot>>;
  beforeAll(async () => {
    openid.setMode(scenario, mode);
    bot = await startBot(scenario);
  });
  afterAll(async () => {
    await bot.app.close();
  });

  it(`answers 503 with Retry-After when ${what}, and does not fetch again on every request`, async () => {
    const first = await bot.post(openid.signed(claims()));
    expect(first.status).toBe(503);
    expect(Number(first.headers.get('retry-after'))).toBeGreaterThan(0);
    const fetched = openid.fetches(scenario);
    expect(fetched).toBe(1);
    for (let i = 0; i < 5; i++) {
      const again = await bot.post(openid.signed(claims()));
      expect(again.status).toBe(503);
    }
    expect(openid.fetches(scenario)).toBe(fetched);
    // A token with a forbidden algorithm is still plainly refused.
    expect((await bot.post(jwt({ alg: 'none' }, claims(), { alg: 'none' }))).status).toBe(401);
    // One error when the keys became unavailable, not one per request.
    expect(bot.records().filter((r) => r.level === 'error')).toHaveLength(1);
  });
});
