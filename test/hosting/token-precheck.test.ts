import { precheckBotToken } from '../../src/hosting/token-precheck';

const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const token = (header: unknown, payload: unknown = { iss: 'https://api.botframework.com' }, signature = 'c2ln') =>
  `Bearer ${part(header)}.${part(payload)}.${signature}`;

describe('precheckBotToken', () => {
  it.each([
    ['', 'not a bearer token'],
    ['Basic abc', 'not a bearer token'],
    ['Bearer a.b', 'not a JWT'],
    [token({ alg: 'none', kid: 'k' }, undefined, ''), 'algorithm none not allowed'],
    [token({ alg: 'HS256', kid: 'k' }), 'algorithm HS256 not allowed'],
    [token({ alg: 'RS256' }), 'no key id'],
    [token({ alg: 'RS256', kid: 'k' }, undefined, ''), 'no signature'],
    [token({ alg: 'RS256', kid: 'k' }, {}), 'no issuer'],
    [`Bearer ${'a'.repeat(9000)}.b.c`, 'token too long'],
  ])('%j is refused: %s', (header, reason) => {
    expect(precheckBotToken(header)).toEqual({ ok: false, reason });
  });

  it.each(['RS256', 'RS384', 'RS512'])('passes a well-formed %s token on to the SDK', (alg) => {
    expect(precheckBotToken(token({ alg, kid: 'k', typ: 'JWT' }))).toEqual({ ok: true });
  });
});
