// The chat's static files: our own from src/web/assets/ and Web Chat's prebuilt browser bundle
// (botframework-webchat/dist/webchat.js, which bundles React and exposes window.WebChat) straight
// from the npm package – no CDN. Nothing is looked up from the URL beyond this fixed list, so there is
// no path traversal.
//
// Each file is served twice:
//   /static/<name>.<hash>.<ext>  content-hashed, cached for a year as immutable: the page and the widget
//                                script use these, so a returning visitor asks for none of them again;
//   /static/<name>.<ext>         the stable name, for pages and scripts that still point at it, with
//                                the same short, revalidated cache as the HTML and /embed.js.
// A hashed name with another hash (a page cached from before a deploy) is redirected to the current
// one instead of a 404. Everything compressible is sent precompressed (see compression.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CompressedCopies, acceptedEncodings, isCompressible } from './compression';
import { CORS_HEADERS, type Req, type Res } from './http';

/** Content-hashed URLs: never change, so cache them for a year without asking again. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Stable URLs (the HTML, /embed.js, the unhashed names): reused for five minutes, then revalidated by ETag. */
export const SHORT_CACHE = 'public, max-age=300, must-revalidate';

export interface AssetSpec {
  /** The stable file name under /static/ ("webchat.js"). */
  name: string;
  file: string;
  contentType: string;
  /** Scripts and styles the widget loads from another origin when embedded. */
  crossOrigin?: boolean;
}

export interface Asset {
  spec: AssetSpec;
  body: Buffer;
  /** 12 base64url characters of the content's SHA-256. */
  hash: string;
  /** /static/<name>.<hash>.<ext> */
  hashedPath: string;
  /** /static/<name> */
  stablePath: string;
  compressed?: CompressedCopies;
}

export interface StaticOptions {
  /** Where compressed copies are kept between starts; undefined = in memory only. */
  cacheDir?: string;
}

/** The URL paths of the hashed assets, by stable name ("webchat.js" → "/static/webchat.Ab3….js"). */
export type AssetUrls = Readonly<Record<string, string>>;

/** dist/webchat.js of the installed botframework-webchat package. */
export function webChatBundlePath(): string {
  // The package's "exports" hides package.json; its CommonJS entry is lib/index.js beside dist/.
  const entry = require.resolve('botframework-webchat');
  return path.join(path.dirname(entry), '..', 'dist', 'webchat.js');
}

export function contentHash(body: Buffer | string): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, 12);
}

function hashedName(name: string, hash: string): string {
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)}.${hash}${ext}`;
}

/** "webchat.Ab3dE_f-9XyZ.js" → "webchat.js" when it has the shape of a hashed name. */
function stableNameOf(file: string): string | undefined {
  const m = /^(.+)\.[A-Za-z0-9_-]{12}(\.[a-z]+)$/.exec(file);
  return m ? `${m[1]}${m[2]}` : undefined;
}

export class StaticAssets {
  private readonly byName = new Map<string, Asset>();

  /** Reads and hashes the files now (a missing file fails start-up); compression starts in the background. */
  constructor(specs: AssetSpec[], options: StaticOptions = {}) {
    for (const spec of specs) {
      const body = readFileSync(spec.file);
      const hash = contentHash(body);
      this.byName.set(spec.name, {
        spec,
        body,
        hash,
        hashedPath: `/static/${hashedName(spec.name, hash)}`,
        stablePath: `/static/${spec.name}`,
        compressed: isCompressible(spec.contentType, body.length) ? new CompressedCopies(body, hash, options.cacheDir) : undefined,
      });
    }
  }

  urls(): AssetUrls {
    return Object.fromEntries([...this.byName].map(([name, asset]) => [name, asset.hashedPath]));
  }

  /** Every compressed copy made (tests and benches wait for brotli with this). */
  async ready(): Promise<void> {
    await Promise.all([...this.byName.values()].map((a) => a.compressed?.ready()));
  }

  /** GET /static/:file */
  async serve(file: string, req: Req, res: Res): Promise<void> {
    const stable = this.byName.get(file);
    if (stable) return sendAsset(req, res, stable, SHORT_CACHE);
    const name = stableNameOf(file);
    const asset = name ? this.byName.get(name) : undefined;
    if (!asset) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Not found');
      return;
    }
    if (`/static/${file}` === asset.hashedPath) return sendAsset(req, res, asset, IMMUTABLE_CACHE);
    res.writeHead(302, { Location: asset.hashedPath, 'Cache-Control': 'no-store', ...corsHeaders(asset.spec.crossOrigin) });
    res.end();
  }
}

function corsHeaders(crossOrigin: boolean | undefined): Record<string, string> {
  return crossOrigin
    ? { 'Access-Control-Allow-Origin': CORS_HEADERS['Access-Control-Allow-Origin'], 'Cross-Origin-Resource-Policy': 'cross-origin' }
    : {};
}

/** Sends a body with its cache policy, an ETag per encoding, 304 on a matching If-None-Match, compressed when it can be. */
export async function sendCached(
  req: Req,
  res: Res,
  body: Buffer,
  options: { contentType: string; cacheControl: string; hash?: string; compressed?: CompressedCopies; headers?: Record<string, string> },
): Promise<void> {
  const hash = options.hash ?? contentHash(body);
  const picked = options.compressed ? await options.compressed.pick(acceptedEncodings(req.headers['accept-encoding'])) : undefined;
  const etag = `"${hash}${picked ? `-${picked.encoding}` : ''}"`;
  const headers: Record<string, string> = {
    'Content-Type': options.contentType,
    'Cache-Control': options.cacheControl,
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
    ...(options.compressed ? { Vary: 'Accept-Encoding' } : {}),
    ...options.headers,
  };
  // Any encoding of the same content is still good: the client keeps the copy it has.
  const match = String(req.headers['if-none-match'] ?? '')
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .find((t) => t === '*' || t === `"${hash}"` || t.startsWith(`"${hash}-`));
  if (match) {
    if (match !== '*') headers.ETag = match;
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const out = picked ? picked.data : body;
  if (picked) headers['Content-Encoding'] = picked.encoding;
  headers['Content-Length'] = String(out.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : out);
}

function sendAsset(req: Req, res: Res, asset: Asset, cacheControl: string): Promise<void> {
  return sendCached(req, res, asset.body, {
    contentType: asset.spec.contentType,
    cacheControl,
    hash: asset.hash,
    compressed: asset.compressed,
    headers: corsHeaders(asset.spec.crossOrigin),
  });
}

/** Our own assets from `assetsDir` (config.webAssetsDir) and Web Chat's bundle from the npm package. */
export function defaultAssetSpecs(assetsDir: string): AssetSpec[] {
  return [
    { name: 'webchat.js', file: webChatBundlePath(), contentType: 'text/javascript; charset=utf-8', crossOrigin: true },
    { name: 'widget.css', file: path.join(assetsDir, 'widget.css'), contentType: 'text/css; charset=utf-8', crossOrigin: true },
    { name: 'site.css', file: path.join(assetsDir, 'site.css'), contentType: 'text/css; charset=utf-8' },
    { name: 'logo.svg', file: path.join(assetsDir, 'logo.svg'), contentType: 'image/svg+xml', crossOrigin: true },
  ];
}

/** Where embed.js expects the hashed asset URLs; the file itself keeps `null` there and falls back to the stable names. */
export const EMBED_ASSETS_MARKER = '/*veiviser:assets*/ null';

/**
 * /embed.js: the widget script with the hashed URLs written in, so that it loads the bundle and styles
 * at once (no round trip to ask for their names) and from URLs a browser keeps for a year.
 */
export class EmbedScript {
  readonly body: Buffer;
  readonly hash: string;
  readonly compressed: CompressedCopies;

  constructor(file: string, urls: AssetUrls, options: StaticOptions = {}) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes(EMBED_ASSETS_MARKER)) throw new Error(`${file} lacks the marker ${EMBED_ASSETS_MARKER}`);
    this.body = Buffer.from(source.replace(EMBED_ASSETS_MARKER, () => JSON.stringify(urls)));
    this.hash = contentHash(this.body);
    this.compressed = new CompressedCopies(this.body, this.hash, options.cacheDir);
  }

  serve(req: Req, res: Res): Promise<void> {
    return sendCached(req, res, this.body, {
      contentType: 'text/javascript; charset=utf-8',
      cacheControl: SHORT_CACHE,
      hash: this.hash,
      compressed: this.compressed,
      headers: corsHeaders(true),
    });
  }
}
