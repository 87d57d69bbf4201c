// The chat's static files over real HTTP: content-hashed URLs cached for a year as immutable,
// precompressed brotli or gzip by what the client accepts, stable URLs (the page, /embed.js, the
// unhashed names) with a short revalidated cache, ETags and 304s, and a redirect for an old hash.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CompressedCopies, acceptedEncodings } from '../../src/web/compression';
import { IMMUTABLE_CACHE, SHORT_CACHE, contentHash, webChatBundlePath } from '../../src/web/static';
import { startWebServer, type WebServer } from '../support/web-fixture';

type Raw = { status: number; body: Buffer; headers: Record<string, string | string[] | undefined> };

/** A raw GET: no automatic decompression, the headers as sent. */
function rawGet(server: WebServer, target: string, headers: Record<string, string> = {}): Promise<Raw> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: target, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('acceptedEncodings', () => {
  test.each([
    ['gzip, deflate, br, zstd', ['br', 'gzip']],
    ['gzip', ['gzip']],
    ['br;q=1.0, gzip;q=0.5', ['br', 'gzip']],
    ['br;q=0, gzip', ['gzip']],
    ['identity', []],
    ['*', ['br', 'gzip']],
    ['', []],
  ])('%j → %j', (header, expected) => {
    expect(acceptedEncodings(header)).toEqual(expected);
  });
});

describe('CompressedCopies', () => {
  const body = Buffer.from(Array.from({ length: 2000 }, (_, i) => `line ${i} of a stylesheet { color: #${(i * 7919) % 999999} }`).join('\n'));
  let cacheDir: string;
  beforeAll(() => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'veiviser-asset-cache-test-'));
  });
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  test('makes brotli and gzip copies once, keeps them in the cache folder under the hash, and serves what a client accepts', async () => {
    const copies = new CompressedCopies(body, 'abcdefghijkl', cacheDir);
    await copies.ready();
    expect(readdirSync(cacheDir).sort()).toEqual(['abcdefghijkl.br', 'abcdefghijkl.gz']);
    const br = await copies.pick(['br', 'gzip']);
    expect(br?.encoding).toBe('br');
    expect(brotliDecompressSync(br?.data ?? Buffer.alloc(0)).equals(body)).toBe(true);
    const gz = await copies.pick(['gzip']);
    expect(gz?.encoding).toBe('gzip');
    expect(gunzipSync(gz?.data ?? Buffer.alloc(0)).equals(body)).toBe(true);
    expect(await copies.pick([])).toBeUndefined();
  });

  test('a cached copy is used only when it decompresses to the same bytes; a damaged one is made again', async () => {
    const file = path.join(cacheDir, 'abcdefghijkl.br');
    writeFileSync(file, Buffer.from('not brotli'));
    const copies = new CompressedCopies(body, 'abcdefghijkl', cacheDir);
    await copies.ready();
    expect(brotliDecompressSync((await copies.pick(['br']))?.data ?? Buffer.alloc(0)).equals(body)).toBe(true);
    expect(brotliDecompressSync(readFileSync(file)).equals(body)).toBe(true);
    // A copy of other content under this hash (another file, a collision) is not sent either.
    const other = new CompressedCopies(Buffer.from(`${body.toString()}!`), 'abcdefghijkl', cacheDir);
    await other.ready();
    expect(brotliDecompressSync((await other.pick(['br']))?.data ?? Buffer.alloc(0)).toString()).toBe(`${body.toString()}!`);
  });
});

describe('static files', () => {
  let server: WebServer;
  let urls: Record<string, string>;
  const bundle = readFileSync(webChatBundlePath());

  // The default cache folder: compressing the bundle with brotli 11 takes a while only the first time on a machine.
  beforeAll(async () => {
    server = await startWebServer();
    await server.handle.assetsReady();
    const embed = (await rawGet(server, '/embed.js')).body.toString('utf8');
    urls = JSON.parse(/var ASSETS = (\{[^;]*\});/.exec(embed)?.[1] ?? '{}');
  }, 180_000);
  afterAll(async () => {
    await server.close();
  });

  test('/embed.js names the hashed files, which carry the hash of their content', () => {
    expect(Object.keys(urls).sort()).toEqual(['logo.svg', 'site.css', 'webchat.js', 'widget.css']);
    expect(urls['webchat.js']).toBe(`/static/webchat.${contentHash(bundle)}.js`);
    for (const url of Object.values(urls)) expect(url).toMatch(/^\/static\/[a-z]+\.[A-Za-z0-9_-]{12}\.(js|css|svg)$/);
  });

  test('the hashed bundle is cached for a year as immutable, brotli when accepted, else gzip, else plain', async () => {
    const br = await rawGet(server, urls['webchat.js'], { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['cache-control']).toBe(IMMUTABLE_CACHE);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['access-control-allow-origin']).toBe('*');
    expect(brotliDecompressSync(br.body).equals(bundle)).toBe(true);

    const gz = await rawGet(server, urls['webchat.js'], { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(bundle)).toBe(true);
    expect(br.body.length).toBeLessThan(gz.body.length);

    const plain = await rawGet(server, urls['webchat.js']);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(bundle)).toBe(true);
  });

  test('an If-None-Match with the content hash (any encoding) gets a 304', async () => {
    const first = await rawGet(server, urls['widget.css'], { 'accept-encoding': 'gzip' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{12}-gzip"$/);
    const again = await rawGet(server, urls['widget.css'], { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  test('stable names still work, with the short revalidated cache', async () => {
    for (const name of ['webchat.js', 'widget.css', 'site.css', 'logo.svg']) {
      const res = await rawGet(server, `/static/${name}`, { 'accept-encoding': 'br' });
      expect({ name, status: res.status, cache: res.headers['cache-control'] }).toEqual({ name, status: 200, cache: SHORT_CACHE });
    }
  });

  test('a hashed name with another hash (a page cached before a deploy) is redirected to the current file', async () => {
    const res = await rawGet(server, '/static/webchat.AAAAAAAAAAAA.js');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(urls['webchat.js']);
    expect(res.headers['cache-control']).toBe('no-store');
    for (const target of ['/static/nothing.AAAAAAAAAAAA.js', '/static/package.json', '/static/..%2Fpackage.json']) {
      expect({ target, status: (await rawGet(server, target)).status }).toEqual({ target, status: 404 });
    }
  });

  test('the page and /embed.js keep their URLs with the short revalidated cache and an ETag', async () => {
    for (const target of ['/', '/embed.js']) {
      const res = await rawGet(server, target, { 'accept-encoding': 'br' });
      expect({ target, cache: res.headers['cache-control'] }).toEqual({ target, cache: SHORT_CACHE });
      const etag = String(res.headers.etag);
      expect((await rawGet(server, target, { 'if-none-match': etag })).status).toBe(304);
    }
    const embed = await rawGet(server, '/embed.js', { 'accept-encoding': 'br' });
    expect(embed.headers['content-encoding']).toBe('br');
  });

  test('the page links the hashed styles and logo, preloads the hashed bundle and defers the widget script', async () => {
    const html = (await rawGet(server, '/')).body.toString('utf8');
    expect(html).toContain(`<link rel="stylesheet" href="${urls['site.css']}">`);
    expect(html).toContain(`<link rel="stylesheet" href="${urls['widget.css']}" data-veiviser-style>`);
    expect(html).toContain(`<link rel="preload" href="${urls['webchat.js']}" as="script">`);
    expect(html).toContain('<script src="/embed.js" defer></script>');
    expect(html).toContain('interactive-widget=resizes-content');
  });
});
