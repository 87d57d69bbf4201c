// Serves a fixed list of static files: our own from src/web/assets/, and Web Chat's prebuilt browser bundle
// (botframework-webchat/dist/webchat.js, which bundles React and exposes window.WebChat) straight
// from the npm package – no CDN. Nothing is looked up from the URL, so there is no path traversal.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { CORS_HEADERS, type Req, type Res } from './http';

const gzipAsync = promisify(gzip);

export interface StaticFile {
  file: string;
  contentType: string;
  /** URLs are not versioned, so everything revalidates with its ETag (a cheap 304). */
  cacheControl: string;
  /** Scripts and styles the widget loads from another origin when embedded. */
  crossOrigin?: boolean;
  /** Kept in memory even in development (the npm bundle does not change while we run). */
  vendor?: boolean;
}

interface Loaded {
  body: Buffer;
  gzipped?: Buffer;
  etag: string;
}

/** dist/webchat.js of the installed botframework-webchat package. */
export function webChatBundlePath(): string {
  // The package's "exports" hides package.json; its CommonJS entry is lib/index.js beside dist/.
  const entry = require.resolve('botframework-webchat');
  return path.join(path.dirname(entry), '..', 'dist', 'webchat.js');
}

export class StaticFiles {
  private readonly cache = new Map<string, Promise<Loaded>>();

  constructor(
    private readonly files: Record<string, StaticFile>,
    private readonly cacheInMemory = true,
  ) {}

  routes(): string[] {
    return Object.keys(this.files);
  }

  private load(route: string, spec: StaticFile): Promise<Loaded> {
    const cached = this.cache.get(route);
    if (cached && (this.cacheInMemory || spec.vendor)) return cached;
    const loading = (async () => {
      const body = await readFile(spec.file);
      const compressible = /javascript|css|html|json|svg/.test(spec.contentType) && body.length > 1024;
      const gzipped = compressible ? await gzipAsync(body, { level: 6 }) : undefined;
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      return { body, gzipped, etag };
    })();
    this.cache.set(route, loading);
    loading.catch(() => this.cache.delete(route));
    return loading;
  }

  async serve(route: string, req: Req, res: Res): Promise<void> {
    const spec = this.files[route];
    if (!spec) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    let loaded: Loaded;
    try {
      loaded = await this.load(route, spec);
    } catch {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Missing asset ${route}`);
      return;
    }
    const headers: Record<string, string> = {
      'Content-Type': spec.contentType,
      'Cache-Control': spec.cacheControl,
      ETag: loaded.etag,
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
      ...(spec.crossOrigin ? { 'Access-Control-Allow-Origin': CORS_HEADERS['Access-Control-Allow-Origin'], 'Cross-Origin-Resource-Policy': 'cross-origin' } : {}),
    };
    if (req.headers['if-none-match'] === loaded.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = acceptsGzip && loaded.gzipped ? loaded.gzipped : loaded.body;
    if (body === loaded.gzipped) headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}

/** Our own assets from `assetsDir` (config.webAssetsDir) and Web Chat's bundle from the npm package. */
export function defaultStaticFiles(assetsDir: string, cacheInMemory = true): StaticFiles {
  const web = assetsDir;
  const own = 'no-cache';
  return new StaticFiles(
    {
      '/embed.js': { file: path.join(web, 'embed.js'), contentType: 'text/javascript; charset=utf-8', cacheControl: own, crossOrigin: true },
      '/static/site.css': { file: path.join(web, 'site.css'), contentType: 'text/css; charset=utf-8', cacheControl: own },
      '/static/widget.css': { file: path.join(web, 'widget.css'), contentType: 'text/css; charset=utf-8', cacheControl: own, crossOrigin: true },
      '/static/logo.svg': { file: path.join(web, 'logo.svg'), contentType: 'image/svg+xml', cacheControl: own, crossOrigin: true },
      '/static/webchat.js': {
        file: webChatBundlePath(),
        contentType: 'text/javascript; charset=utf-8',
        cacheControl: own,
        crossOrigin: true,
        vendor: true,
      },
    },
    cacheInMemory,
  );
}
