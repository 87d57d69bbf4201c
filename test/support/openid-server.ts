// A stand-in for login.botframework.com on a loopback port: an OpenID metadata document and its JWKS
// (one RSA signing key), per "scenario" path so that each test gets its own URL (botframework-connector
// caches the metadata per URL for the whole process). It counts what is fetched and can fail on
// purpose. Tokens are signed here like the Bot Connector signs them (RS256 with that key), or forged.
import { createHmac, createPrivateKey, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type MetadataMode = 'ok' | 'fail' | 'hang-up';

export interface OpenIdServer {
  readonly url: string;
  /** The metadata URL of a scenario (ToBotFromChannelOpenIdMetadataUrl). */
  metadataUrl(scenario: string): string;
  setMode(scenario: string, mode: MetadataMode): void;
  /** Requests for a scenario's metadata document and keys so far. */
  fetches(scenario: string): number;
  readonly keyId: string;
  readonly publicKeyPem: string;
  /** A JWT with the server's own key (a real Bot Connector token when the claims are right). */
  signed(claims: Record<string, unknown>, header?: Record<string, unknown>): string;
  close(): Promise<void>;
}

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A JWT over `header` and `claims`, signed with `alg`: RS256 with an RSA key, HS256 with a secret, or none. */
export function jwt(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  signer: { alg: 'RS256'; key: KeyObject } | { alg: 'HS256'; secret: string | Buffer } | { alg: 'none' },
): string {
  const body = `${b64(header)}.${b64(claims)}`;
  switch (signer.alg) {
    case 'RS256':
      return `${body}.${sign('sha256', Buffer.from(body), signer.key).toString('base64url')}`;
    case 'HS256':
      return `${body}.${createHmac('sha256', signer.secret).update(body).digest('base64url')}`;
    case 'none':
      return `${body}.`;
  }
}

export function rsaKey(): { privateKey: KeyObject; publicKeyPem: string; jwk: Record<string, unknown> } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    jwk: publicKey.export({ format: 'jwk' }) as Record<string, unknown>,
  };
}

export async function startOpenIdServer(): Promise<OpenIdServer> {
  const key = rsaKey();
  const keyId = `test-key-${randomUUID().slice(0, 8)}`;
  const modes = new Map<string, MetadataMode>();
  const counts = new Map<string, number>();
  let base = '';

  const server = http.createServer((req, res) => {
    const match = /^\/([^/]+)\/(openid|keys)$/.exec(req.url ?? '');
    if (!match) {
      res.writeHead(404);
      res.end();
      return;
    }
    const [, scenario, what] = match;
    counts.set(scenario, (counts.get(scenario) ?? 0) + 1);
    const mode = modes.get(scenario) ?? 'ok';
    if (mode === 'hang-up') {
      req.socket.destroy();
      return;
    }
    if (mode === 'fail') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('down');
      return;
    }
    const body =
      what === 'openid'
        ? { issuer: 'https://api.botframework.com', jwks_uri: `${base}/${scenario}/keys`, id_token_signing_alg_values_supported: ['RS256'] }
        : { keys: [{ ...key.jwk, kid: keyId, use: 'sig' }] };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    metadataUrl: (scenario) => `${base}/${scenario}/openid`,
    setMode: (scenario, mode) => modes.set(scenario, mode),
    fetches: (scenario) => counts.get(scenario) ?? 0,
    keyId,
    publicKeyPem: key.publicKeyPem,
    signed: (claims, header = {}) => jwt({ alg: 'RS256', typ: 'JWT', kid: keyId, ...header }, claims, { alg: 'RS256', key: key.privateKey }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
