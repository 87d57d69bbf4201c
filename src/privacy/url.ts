// A request target as it may be logged: query values that are credentials masked, percent-escapes
// decoded (twice, for double encoding) so that "/kilder/ola%40example.no" is seen as the e-mail address
// it is, then redacted like any text.
import { redact, REDACTED } from './redact';

/** Query parameters whose values are credentials (the local Direct Line stream's token is `t`). */
const SECRET_PARAM = /^(?:t|token|access_token|refresh_token|code|secret|key|api[-_]?key|sig|signature|password)$/i;
const ESCAPES = /(?:%[0-9A-Fa-f]{2})+/g;
/** Longer targets are cut: the server refuses request lines this long anyway. */
const MAX_LOGGED_CHARS = 2048;

function decodeEscapes(text: string): string {
  return text.replace(ESCAPES, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      // Not UTF-8: read the bytes one by one (Latin-1), which still shows what they spell.
      return Buffer.from(escapes.replace(/%/g, ''), 'hex').toString('latin1');
    }
  });
}

function decodeTwice(text: string): string {
  return decodeEscapes(decodeEscapes(text));
}

function redactQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawKey = eq === -1 ? pair : pair.slice(0, eq);
      const key = decodeTwice(rawKey.replace(/\+/g, ' '));
      if (eq === -1) return redact(key);
      if (SECRET_PARAM.test(key.trim())) return `${redact(key)}=${REDACTED.secret}`;
      return `${redact(key)}=${redact(decodeTwice(pair.slice(eq + 1).replace(/\+/g, ' ')))}`;
    })
    .join('&');
}

/** The path and query of `target` with credentials masked and personal data redacted (decoded). */
export function redactUrl(target: string): string {
  const cut = target.length > MAX_LOGGED_CHARS ? target.slice(0, MAX_LOGGED_CHARS) : target;
  const hash = cut.indexOf('#');
  const withoutHash = hash === -1 ? cut : cut.slice(0, hash);
  const q = withoutHash.indexOf('?');
  const path = q === -1 ? withoutHash : withoutHash.slice(0, q);
  // Segment by segment: "/kilder/13097210181" is a number standing alone, not glued to a '/'.
  const redactedPath = path
    .split('/')
    .map((segment) => redact(decodeTwice(segment)))
    .join('/');
  return q === -1 ? redactedPath : `${redactedPath}?${redactQuery(withoutHash.slice(q + 1))}`;
}
