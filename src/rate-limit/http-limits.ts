// Per-client limits on the endpoints anyone on the internet can call, checked before routing (and so
// before a body is parsed, a token issued or the Azure Direct Line secret exchanged). A refused request
// gets 429 with Retry-After, in the Direct Line error shape on Direct Line paths. WebSocket upgrades do
// not pass restify's handlers: the Direct Line stream counts its own (src/web/directline/stream.ts).
import type restify from 'restify';
import type { Logger } from '../log';
import { warnSampled } from '../log-sampling';
import type { LimitDecision, RateLimits } from './limiter';
import type { LimitName } from './policy';

type Req = restify.Request;
type Res = restify.Response;

interface LimitedRoute {
  methods: readonly string[];
  path: RegExp;
  /** Counted per client address, in this order; the first refusal answers. */
  perClient: readonly LimitName[];
  /** Counted once for everybody, after the per-client limits let the request through. */
  overall?: LimitName;
  /** Only when the bot runs without Bot Framework authentication. */
  anonymousModeOnly?: boolean;
}

const ROUTES: readonly LimitedRoute[] = [
  { methods: ['POST'], path: /^\/api\/messages\/?$/, perClient: ['clientMessages'], anonymousModeOnly: true },
  { methods: ['GET', 'POST'], path: /^\/api\/directline\/token\/?$/, perClient: ['sessionStarts'], overall: 'upstreamTokenExchanges' },
  { methods: ['POST'], path: /^\/v3\/directline\/tokens\/(?:generate|refresh)\/?$/, perClient: ['sessionStarts'] },
  { methods: ['POST'], path: /^\/v3\/directline\/conversations\/?$/, perClient: ['conversationStarts'] },
  { methods: ['POST'], path: /^\/v3\/directline\/conversations\/[^/]+\/activities\/?$/, perClient: ['clientMessages'] },
  { methods: ['GET'], path: /^\/v3\/directline\/conversations\/[^/]+(?:\/activities)?\/?$/, perClient: ['clientReads'] },
  { methods: ['POST'], path: /^\/api\/(?:ask|recommend|assess)\/?$/, perClient: ['counsellorRequests'] },
];

/** The headers a browser on another origin needs to read the 429 of the chat widget's endpoints. */
const CORS: Record<string, string> = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After' };

export const TOO_MANY_REQUESTS = 'Too many requests from this address; try again later.';

export function sendTooManyRequests(res: Res, pathname: string, retryAfterSeconds: number): void {
  const directLine = pathname.startsWith('/v3/directline/');
  const widget = directLine || pathname.startsWith('/api/directline/');
  const body = JSON.stringify(directLine ? { error: { code: 'TooManyRequests', message: TOO_MANY_REQUESTS } } : { error: TOO_MANY_REQUESTS });
  res.writeHead(429, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'Retry-After': String(retryAfterSeconds),
    ...(widget ? CORS : {}),
  });
  res.end(body);
}

export interface ClientLimitDeps {
  limits: RateLimits;
  authEnabled: boolean;
  log: Logger;
}

function pathnameOf(url: string | undefined): string {
  const target = url ?? '/';
  const q = target.indexOf('?');
  return q === -1 ? target : target.slice(0, q);
}

/** Registers the per-client limits as a pre-handler (before routing and the body parser). */
export function registerClientLimits(server: restify.Server, deps: ClientLimitDeps): void {
  if (!deps.limits.enabled) return;
  const routes = ROUTES.filter((r) => !(r.anonymousModeOnly && deps.authEnabled));
  server.pre((req: Req, res: Res, next: restify.Next) => {
    const pathname = pathnameOf(req.url);
    const route = routes.find((r) => r.methods.includes(req.method ?? '') && r.path.test(pathname));
    if (!route) return next();
    const client = deps.limits.clientOf(req);
    void (async () => {
      let refused: { name: LimitName; decision: Extract<LimitDecision, { allowed: false }> } | undefined;
      for (const name of route.perClient) {
        const decision = await deps.limits[name].consume(client);
        if (!decision.allowed) {
          refused = { name, decision };
          break;
        }
      }
      if (!refused && route.overall) {
        const decision = await deps.limits[route.overall].consume('all');
        if (!decision.allowed) refused = { name: route.overall, decision };
      }
      if (!refused) return next();
      if (refused.decision.first) warnSampled(deps.log, `rate limit reached: ${refused.name}`, 'rate limit reached', { limit: refused.name, client, path: pathname, retryAfterSeconds: refused.decision.retryAfterSeconds });
      sendTooManyRequests(res, pathname, refused.decision.retryAfterSeconds);
      return next(false);
    })().catch((err: unknown) => next(err instanceof Error ? err : new Error(String(err))));
  });
}
