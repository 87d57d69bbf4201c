// A Bot Framework token is looked at before the SDK sees it. The SDK fetches signing keys for any token
// and checks the algorithm only after verifying, and a token it cannot verify (alg "none", HS256, an
// unknown key) comes out as a generic error. Here a token that cannot be one of Microsoft's is refused
// at once: a bearer JWT whose header names an algorithm the SDK allows and a key id, and whose payload
// names an issuer.
import { z } from 'zod';

/** What botframework-connector accepts (AuthenticationConstants.AllowedSigningAlgorithms). */
export const ALLOWED_TOKEN_ALGORITHMS = ['RS256', 'RS384', 'RS512'] as const;

/** Real tokens are about 1.5 kB; headers in Node are limited to 16 kB anyway. */
const MAX_TOKEN_CHARS = 8192;

const HeaderSchema = z.object({
  alg: z.enum(ALLOWED_TOKEN_ALGORITHMS),
  kid: z.string().min(1).max(256),
});
const PayloadSchema = z.object({ iss: z.string().min(1).max(512) });

export type TokenPrecheck = { ok: true } | { ok: false; reason: string };

function decodePart(part: string): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) return undefined;
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Checks the shape of "Bearer <jwt>" without verifying anything; the SDK verifies what passes. */
export function precheckBotToken(authHeader: string): TokenPrecheck {
  const match = /^Bearer ([^\s]+)$/.exec(authHeader.trim());
  if (!match) return { ok: false, reason: 'not a bearer token' };
  const token = match[1];
  if (token.length > MAX_TOKEN_CHARS) return { ok: false, reason: 'token too long' };
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'not a JWT' };
  const header = HeaderSchema.safeParse(decodePart(parts[0]));
  if (!header.success) {
    const alg = z.object({ alg: z.string().max(32) }).safeParse(decodePart(parts[0]));
    return { ok: false, reason: alg.success && !ALLOWED_TOKEN_ALGORITHMS.some((a) => a === alg.data.alg) ? `algorithm ${alg.data.alg} not allowed` : 'no key id' };
  }
  if (parts[2] === '') return { ok: false, reason: 'no signature' };
  if (!PayloadSchema.safeParse(decodePart(parts[1])).success) return { ok: false, reason: 'no issuer' };
  return { ok: true };
}
