// What every request passes before a route sees it (createGuardedServer in server.ts registers these in
// order): a readable target, an id, HEAD answered as GET, proxy headers only from a trusted proxy, no
// compressed bodies, JSON bodies only, and no JSON nested deeper than any real client sends.
import { randomUUID } from 'node:crypto';
import { parse as parseLegacyUrl } from 'node:url';
import type restify from 'restify';

type Req = restify.Request;
type Res = restify.Response;

/** Deeper JSON is refused with 400. Activities, cards and Teams channelData nest about ten levels. */
export const JSON_MAX_DEPTH = 64;

function sendError(res: Res, status: number, message: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ error: message });
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

/**
 * restify's router runs url.parse on the request target, which throws (and would take the process
 * down) on targets like `OPTIONS http://[ HTTP/1.1`; this refuses those before it sees them.
 * Register it before any other pre-handler.
 */
export function refuseUnparseableTargets(server: restify.Server): void {
  server.pre((req: Req, res: Res, next: restify.Next) => {
    try {
      parseLegacyUrl(req.url ?? '/');
    } catch {
      sendError(res, 400, 'The request target is not a valid URL.');
      return next(false);
    }
    return next();
  });
}

const requestIds = new WeakMap<object, string>();
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The request's id (X-Request-Id of the response, `reqId` in its log records). */
export function requestId(req: Req): string {
  return requestIds.get(req) ?? 'unknown';
}

/**
 * Gives every request an id, taking the trusted proxy's X-Request-Id when there is one, and sets the
 * headers every response carries (nosniff also on restify's own 404/405 bodies).
 */
export function identifyRequests(server: restify.Server, trustedProxyHops: number): void {
  server.pre((req: Req, res: Res, next: restify.Next) => {
    const given = req.headers['x-request-id'];
    const id = trustedProxyHops > 0 && typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    requestIds.set(req, id);
    res.setHeader('X-Request-Id', id);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return next();
  });
}

/**
 * HEAD is answered as GET without a body (RFC 9110), instead of restify's 405: the routes are
 * registered for GET, and Node's response already leaves out the body of a HEAD request.
 */
export function answerHeadAsGet(server: restify.Server): void {
  server.pre((req: Req, _res: Res, next: restify.Next) => {
    if (req.method === 'HEAD') req.method = 'GET';
    return next();
  });
}

/**
 * X-Forwarded-Host/-Proto/-For say where the page is served from and who the client is. Only a proxy we
 * were told about (TRUST_PROXY) may say so; otherwise they are dropped before anything reads them, so
 * a client cannot choose the origin written into the page's configuration and CSP.
 */
export function dropUntrustedForwardedHeaders(server: restify.Server, trustedProxyHops: number): void {
  if (trustedProxyHops > 0) return;
  server.pre((req: Req, _res: Res, next: restify.Next) => {
    for (const name of ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-for', 'x-forwarded-port', 'forwarded']) delete req.headers[name];
    return next();
  });
}

/**
 * Refuses request bodies with a Content-Encoding (gzip, deflate, …) with 415. restify's body reader
 * would inflate them: a body that is not what its header says ends the process through the gunzip
 * stream's unhandled error, and a small gzip bomb inflates past every limit, which counts compressed
 * bytes. No client of ours compresses requests (Bot Framework connectors, Direct Line, Web Chat).
 * Register before the body parser.
 */
export function refuseCompressedBodies(server: restify.Server): void {
  server.pre((req: Req, res: Res, next: restify.Next) => {
    const encoding = (req.headers['content-encoding'] ?? '').trim().toLowerCase();
    // restify's body reader refuses "identity" itself, though it means "not encoded".
    if (encoding === 'identity') delete req.headers['content-encoding'];
    else if (encoding !== '') {
      sendError(res, 415, 'Compressed request bodies are not accepted: send the body without Content-Encoding.', { Connection: 'close' });
      return next(false);
    }
    return next();
  });
}

const JSON_TYPE = /^application\/(?:[\w.+-]*\+)?json\s*(?:;|$)/i;

function hasBody(req: Req): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return length.trim() !== '0';
  return req.headers['transfer-encoding'] !== undefined;
}

/**
 * Every API here takes JSON. restify's body parser would also read form-encoded and multipart bodies
 * (writing multipart files to disk); those, and anything else that is not JSON, get 415.
 */
export function refuseNonJsonBodies(server: restify.Server): void {
  server.pre((req: Req, res: Res, next: restify.Next) => {
    if (!hasBody(req) || JSON_TYPE.test(req.headers['content-type'] ?? '')) return next();
    sendError(res, 415, 'Send the body as JSON (Content-Type: application/json).', { Connection: 'close' });
    return next(false);
  });
}

/** True when `value` nests objects or arrays more than `max` levels deep. Iterative: a deep value cannot overflow the stack here. */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || item.value === null || typeof item.value !== 'object') continue;
    const depth = item.depth + 1;
    if (depth > max) return true;
    for (const child of Object.values(item.value)) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth });
    }
  }
  return false;
}

/**
 * A parsed JSON body nested deeper than JSON_MAX_DEPTH is refused with 400: the recursion in
 * JSON.stringify, the SDK and the state store would otherwise throw (a 500 carrying the internal error
 * text) or stall. Register after the body parser.
 */
export function refuseDeepBodies(server: restify.Server): void {
  server.use((req: Req, res: Res, next: restify.Next) => {
    if (!nestedDeeperThan(req.body, JSON_MAX_DEPTH)) return next();
    sendError(res, 400, `The JSON body is nested more than ${JSON_MAX_DEPTH} levels deep.`);
    return next(false);
  });
}
