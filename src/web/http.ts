// Small HTTP helpers shared by the web routes (restify request/response).
import type { IncomingHttpHeaders } from 'node:http';
import type restify from 'restify';
import { z } from 'zod';

export type Req = restify.Request;
export type Res = restify.Response;

export function sendJson(res: Res, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** Direct Line's error shape: {"error": {"code": "...", "message": "..."}}. */
export function sendDirectLineError(res: Res, status: number, code: string, message: string): void {
  sendJson(res, status, { error: { code, message } }, CORS_HEADERS);
}

export function sendHtml(res: Res, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    ...headers,
  });
  res.end(html);
}

/**
 * The chat may be embedded on the county's own site, so the endpoints the widget calls answer any
 * origin. They use bearer tokens, never cookies, so this exposes nothing a same-origin page could not.
 */
export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, x-ms-bot-agent, x-requested-with',
  'Access-Control-Max-Age': '600',
};

export function sendPreflight(res: Res): void {
  res.writeHead(204, CORS_HEADERS);
  res.end();
}

/**
 * Answers CORS preflights (OPTIONS) for the matching paths in a pre-handler: before the body parser,
 * which would refuse an OPTIONS request without a content type (415), and before routing.
 */
export function answerPreflights(server: restify.Server, matches: (pathname: string) => boolean): void {
  server.pre((req: Req, res: Res, next: restify.Next) => {
    if (req.method === 'OPTIONS' && matches(requestUrl(req.url).pathname)) {
      sendPreflight(res);
      return next(false);
    }
    return next();
  });
}

/**
 * Answers 400 to a request whose target restify's router cannot read: it parses it with url.parse,
 * which throws on some targets (`GET http://[ HTTP/1.1`), and with handleUncaughtExceptions off that
 * would end the process. Register before any other pre-handler.
 */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : undefined;
}

/**
 * The request target as a URL. The target is client input and `new URL` throws on some of it
 * (`OPTIONS http://[ HTTP/1.1`), which in a pre-handler or an 'upgrade' listener would crash the
 * process; such a target reads as "/".
 */
export function requestUrl(url: string | undefined): URL {
  try {
    return new URL(url ?? '/', 'http://localhost');
  } catch {
    return new URL('/', 'http://localhost');
  }
}

/** Query parameters read from the raw URL (independent of restify's queryParser settings). */
export function queryOf(url: string | undefined): URLSearchParams {
  return requestUrl(url).searchParams;
}

const RouteParams = z.record(z.string(), z.unknown());

/** A route parameter (`:id`) as a string; '' when restify has none. */
export function routeParam(req: Req, name: string): string {
  const parsed = RouteParams.safeParse(req.params);
  const value = parsed.success ? parsed.data[name] : undefined;
  return typeof value === 'string' ? value : '';
}

/** http(s)://host[:port] this request reached us on, or config.publicBaseUrl when set. */
export function publicOrigin(headers: IncomingHttpHeaders, encrypted: boolean, publicBaseUrl?: string): string {
  if (publicBaseUrl) return publicBaseUrl.replace(/\/+$/, '');
  const forwardedProto = typeof headers['x-forwarded-proto'] === 'string' ? headers['x-forwarded-proto'].split(',')[0].trim() : '';
  const proto = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : encrypted ? 'https' : 'http';
  const forwardedHost = typeof headers['x-forwarded-host'] === 'string' ? headers['x-forwarded-host'].split(',')[0].trim() : '';
  const host = forwardedHost || headers.host || 'localhost';
  // A Host header is client input: accept only host[:port] characters.
  const safeHost = /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? host : 'localhost';
  return `${proto}://${safeHost}`;
}

/** publicOrigin() of a request: TLS from the socket, host and proto from the (forwarded) headers. */
export function requestOrigin(req: Req, publicBaseUrl?: string): string {
  return publicOrigin(req.headers, 'encrypted' in req.socket && req.socket.encrypted === true, publicBaseUrl);
}
