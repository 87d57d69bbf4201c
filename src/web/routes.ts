// Everything the county website chat needs, registered on the bot's restify server:
//   GET /, /chat                  the chat page (Web Chat, Norwegian, county branding)
//   GET /embed.js, /static/*      the widget script, styles, logo and Web Chat's bundle from npm
//                                 (content-hashed names cached for a year, precompressed; see static.ts)
//   GET /api/webchat/config       which Direct Line to use (local or Azure) and the branding
//   GET|POST /api/directline/token  Azure mode: exchanges DIRECTLINE_SECRET for a token
//   /v3/directline/*              local mode (no MicrosoftAppId): built-in Direct Line 3.0 endpoint
//   GET /kilder, /kilder/:file    the cited reports with line numbers and the cited range
import { tmpdir } from 'node:os';
import path from 'node:path';
import type restify from 'restify';
import { z } from 'zod';
import type { Config } from '../config';
import type { FeedbackStore } from '../feedback/store';
import type { BotHost, TurnLogic } from '../hosting/adapter';
import { errorFields, type Logger } from '../log';
import { TokenExchangeError, exchangeDirectLineSecret } from './azure-token';
import { registerDirectLine, type DirectLineHandle, type DirectLineOptions } from './directline/endpoint';
import { randomId } from './directline/token-service';
import {
  CORS_HEADERS,
  answerPreflights,
  queryOf,
  requestOrigin,
  routeParam,
  sendHtml,
  sendJson,
  type Req,
  type Res,
} from './http';
import { chatMode, contentSecurityPolicy, renderChatPage, webChatClientConfig } from './page';
import { SourceLibrary, parseRange, renderNotFound, renderSourceIndex, renderSourcePage } from './sources-page';
import { EmbedScript, SHORT_CACHE, StaticAssets, defaultAssetSpecs, sendCached } from './static';

export interface WebDeps {
  config: Config;
  host: BotHost;
  logic: TurnLogic;
  feedback: FeedbackStore;
  log: Logger;
}

export interface WebRoutesOptions {
  directLine?: DirectLineOptions;
  /** Sources already loaded (the app's, or a test's); otherwise loaded from config.knowledgeDir. */
  sources?: SourceLibrary;
  /** fetch used for the Azure token exchange (tests may pass their own). */
  fetchImpl?: typeof fetch;
  /**
   * Where compressed copies of the static files are kept between starts (default: a folder in the
   * system's temporary directory); false keeps them in memory only.
   */
  assetCacheDir?: string | false;
}

export interface WebRoutesHandle {
  /** The built-in Direct Line (local mode only). */
  directLine?: DirectLineHandle;
  /** Resolves when every static file's brotli and gzip copies are made. */
  assetsReady(): Promise<void>;
  /** Stops timers and closes chat streams. Also runs when server.close() is called. */
  close(): void;
}

/** The default folder for compressed copies of the static files. */
export function defaultAssetCacheDir(): string {
  return path.join(tmpdir(), 'veiviser-asset-cache');
}

const TokenRequestSchema = z.union([z.undefined(), z.object({}).passthrough()]);

export function registerWebRoutes(server: restify.Server, deps: WebDeps, options: WebRoutesOptions = {}): WebRoutesHandle {
  const { config, log } = deps;
  const sources = options.sources ?? SourceLibrary.load(config.knowledgeDir);
  const cacheDir = options.assetCacheDir === false ? undefined : (options.assetCacheDir ?? defaultAssetCacheDir());
  const statics = new StaticAssets(defaultAssetSpecs(config.webAssetsDir), { cacheDir });
  const assets = statics.urls();
  const embed = new EmbedScript(path.join(config.webAssetsDir, 'embed.js'), assets, { cacheDir });
  const origin = (req: Req) => requestOrigin(req, config.publicBaseUrl);
  const mode = chatMode(config);

  const pageHeaders = (req: Req) => ({
    'Content-Security-Policy': contentSecurityPolicy(config, origin(req)),
    'Cache-Control': 'no-cache',
  });

  // The page is the same for everyone (no personal data), so it may be cached briefly like /embed.js.
  const chatPage = async (req: Req, res: Res) =>
    sendCached(req, res, Buffer.from(renderChatPage(config, origin(req), assets)), {
      contentType: 'text/html; charset=utf-8',
      cacheControl: SHORT_CACHE,
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(config, origin(req)),
        'Referrer-Policy': 'same-origin',
        Vary: 'Accept-Encoding, Host, X-Forwarded-Host, X-Forwarded-Proto',
      },
    });
  server.get('/', chatPage);
  server.get('/chat', chatPage);

  server.get('/embed.js', async (req: Req, res: Res) => embed.serve(req, res));
  server.get('/static/:file', async (req: Req, res: Res) => statics.serve(routeParam(req, 'file'), req, res));

  answerPreflights(server, (pathname) => pathname === '/api/webchat/config' || pathname === '/api/directline/token');
  server.get('/api/webchat/config', async (req: Req, res: Res) => {
    const body = webChatClientConfig(config, origin(req), assets);
    sendJson(res, body.mode === 'unavailable' ? 503 : 200, body, CORS_HEADERS);
  });

  // Azure Bot Service: the secret stays here; the browser gets a token for one conversation.
  const azureToken = async (req: Req, res: Res) => {
    const secret = config.directLine.secret;
    if (!secret) {
      return sendJson(res, 404, { error: 'Azure Direct Line is not configured (set DIRECTLINE_SECRET).' }, CORS_HEADERS);
    }
    if (!TokenRequestSchema.safeParse(req.body ?? undefined).success) {
      return sendJson(res, 400, { error: 'The body, if any, must be a JSON object.' }, CORS_HEADERS);
    }
    try {
      const token = await exchangeDirectLineSecret({
        endpoint: config.directLine.endpoint,
        secret,
        userId: `dl_${randomId(12)}`,
        fetchImpl: options.fetchImpl,
      });
      sendJson(res, 200, token, CORS_HEADERS);
    } catch (err) {
      const status = err instanceof TokenExchangeError ? err.upstreamStatus : undefined;
      log.error('direct line token exchange failed', { upstreamStatus: status, ...errorFields(err) });
      sendJson(
        res,
        502,
        {
          error: 'Could not get a Direct Line token from Azure Bot Service.',
          detail: err instanceof Error ? err.message : String(err),
          ...(status !== undefined ? { upstreamStatus: status } : {}),
        },
        CORS_HEADERS,
      );
    }
  };
  server.get('/api/directline/token', azureToken);
  server.post('/api/directline/token', azureToken);

  // The reports behind the citations.
  server.get('/kilder', async (req: Req, res: Res) => sendHtml(res, 200, renderSourceIndex(sources.entries(), config.brand), pageHeaders(req)));
  server.get('/kilder/:file', async (req: Req, res: Res) => {
    const doc = sources.get(routeParam(req, 'file'));
    if (!doc) {
      return sendHtml(res, 404, renderNotFound(config.brand, 'Denne kilden finnes ikke. Se listen over kilder.'), pageHeaders(req));
    }
    const range = parseRange(queryOf(req.url), doc.lines.length);
    if (!range.ok) return sendHtml(res, 400, renderNotFound(config.brand, range.message), pageHeaders(req));
    sendHtml(res, 200, renderSourcePage(doc, range.range, config.brand), pageHeaders(req));
  });

  let directLine: DirectLineHandle | undefined;
  if (!config.auth) {
    // Without MicrosoftAppId the bot accepts unauthenticated turns, so the built-in endpoint can run
    // them; with a Direct Line secret configured the page still uses Azure (see /api/webchat/config).
    directLine = registerDirectLine(
      server,
      {
        host: deps.host,
        logic: deps.logic,
        log,
        botId: 'veiviser',
        botName: config.brand.name,
        publicBaseUrl: config.publicBaseUrl,
      },
      options.directLine,
    );
  } else if (mode.mode === 'unavailable') {
    log.warn('web chat unavailable', { reason: mode.reason });
  }

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    directLine?.close();
  };
  // Open WebSocket streams would keep server.close() waiting forever: end them first.
  const originalClose = server.close.bind(server);
  server.close = ((callback?: () => unknown) => {
    close();
    return originalClose(callback);
  }) as typeof server.close;

  return { directLine, close, assetsReady: () => Promise.all([statics.ready(), embed.compressed.ready()]).then(() => undefined) };
}
