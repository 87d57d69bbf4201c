// Tokens of the local Direct Line endpoint: HS256 JWTs bound to one conversation and one user, like
// Azure's. Web Chat reads the `user` claim and uses it as the user id, so the user cannot pick one.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const TOKEN_ISSUER = 'veiviser-directline';
export const DEFAULT_TOKEN_TTL_SECONDS = 1800;

const ClaimsSchema = z.object({
  iss: z.literal(TOKEN_ISSUER),
  conv: z.string().min(1).max(128),
  user: z.string().min(1).max(128),
  iat: z.number().int(),
  exp: z.number().int(),
});
export type TokenClaims = z.infer<typeof ClaimsSchema>;

export type VerifyResult =
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' };

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');
const HEADER = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export class TokenService {
  private readonly key: Buffer;
  readonly ttlSeconds: number;
  private readonly now: () => number;

  constructor(options: { secret?: string; ttlSeconds?: number; now?: () => number } = {}) {
    // A per-process random key unless one is configured (several instances must share one).
    this.key = options.secret ? Buffer.from(options.secret, 'utf8') : randomBytes(32);
    this.ttlSeconds = options.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
    this.now = options.now ?? Date.now;
  }

  private sign(data: string): string {
    return createHmac('sha256', this.key).update(data).digest('base64url');
  }

  issue(conv: string, user: string): { token: string; expiresIn: number; claims: TokenClaims } {
    const iat = Math.floor(this.now() / 1000);
    const claims: TokenClaims = { iss: TOKEN_ISSUER, conv, user, iat, exp: iat + this.ttlSeconds };
    const body = `${HEADER}.${b64url(JSON.stringify(claims))}`;
    return { token: `${body}.${this.sign(body)}`, expiresIn: this.ttlSeconds, claims };
  }

  verify(token: string): VerifyResult {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER || token.length > 2048) return { ok: false, reason: 'malformed' };
    const expected = Buffer.from(this.sign(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad-signature' };
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const claims = ClaimsSchema.safeParse(payload);
    if (!claims.success) return { ok: false, reason: 'malformed' };
    if (claims.data.exp * 1000 <= this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, claims: claims.data };
  }

  /** Seconds left before the token expires (0 when it has). */
  remaining(claims: TokenClaims): number {
    return Math.max(0, claims.exp - Math.floor(this.now() / 1000));
  }
}

/** A random id of URL-safe characters. */
export function randomId(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}
