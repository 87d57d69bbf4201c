// Who a request comes from, for per-client limits. Behind a proxy (App Service's front end, Front Door)
// the socket is the proxy; the client is then the entry the outermost trusted proxy appended to
// X-Forwarded-For, counted from the right. Entries further left are whatever the client sent and are
// never believed. Without a trusted proxy (TRUST_PROXY=0) the header is ignored.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** "1.2.3.4", "1.2.3.4:5678", "[2001:db8::1]:443", "::ffff:1.2.3.4" → the bare address, or undefined. */
export function bareAddress(entry: string): string | undefined {
  let a = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  if (a.toLowerCase().startsWith('::ffff:') && isIP(a.slice(7)) === 4) a = a.slice(7);
  return isIP(a) ? a.toLowerCase() : undefined;
}

function forwardedFor(req: IncomingMessage): string[] {
  const header = req.headers['x-forwarded-for'];
  const joined = Array.isArray(header) ? header.join(',') : (header ?? '');
  return joined.split(',').map((e) => e.trim()).filter((e) => e !== '');
}

/** The client's address: the socket's, or with `trustedProxyHops` > 0 the one the outermost trusted proxy saw. */
export function clientAddress(req: IncomingMessage, trustedProxyHops: number): string {
  const socket = bareAddress(req.socket.remoteAddress ?? '') ?? 'unknown';
  if (trustedProxyHops <= 0) return socket;
  const entries = forwardedFor(req);
  if (entries.length === 0) return socket;
  const entry = entries[Math.max(0, entries.length - trustedProxyHops)];
  return bareAddress(entry) ?? socket;
}

/**
 * The limiter key of an address: IPv6 by its /64 (one subscriber gets a whole /64), hashed so that
 * limiter keys (in Redis, with a TTL of minutes) do not hold addresses as they are.
 */
export function clientKey(address: string): string {
  let network = address;
  if (isIP(address) === 6) {
    const [head, tail = ''] = address.split('::');
    const headParts = head ? head.split(':') : [];
    const tailParts = tail ? tail.split(':') : [];
    const full = address.includes('::') ? [...headParts, ...Array(8 - headParts.length - tailParts.length).fill('0'), ...tailParts] : headParts;
    network = full.slice(0, 4).map((p) => p.replace(/^0+(?=.)/, '')).join(':') + '::/64';
  }
  return createHash('sha256').update(`veiviser-client:${network}`).digest('base64url').slice(0, 22);
}
