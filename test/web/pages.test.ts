// The chat page, the widget's assets and config, and /kilder (rendering and path validation).
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { loadSources } from '../../src/catalogue/sources';
import { sourceLink, sourceMarkdownLink } from '../../src/web/source-link';
import { startWebServer, type WebServer } from '../support/web-fixture';
import { KNOWLEDGE_DIR } from '../support/knowledge';

/** A raw GET (fetch would normalise ../ and %2e%2e before sending). */
function rawGet(server: WebServer, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Buffer; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const FILE = '002_373d7c6cf6bd4a35.txt';

describe('sourceLink', () => {
  test('builds the /kilder link with the range and the anchor of the first line', () => {
    expect(sourceLink(FILE, [773, 797])).toBe(`/kilder/${FILE}?fra=773&til=797#L773`);
    expect(sourceLink(FILE, [797, 773], 'https://veiviser.example.no/')).toBe(`https://veiviser.example.no/kilder/${FILE}?fra=773&til=797#L773`);
    expect(sourceMarkdownLink('BattKOMP 3 [utdrag]', FILE, [1, 2])).toBe(`[BattKOMP 3 \\[utdrag\\]](/kilder/${FILE}?fra=1&til=2#L1)`);
  });
});

describe('web pages', () => {
  let server: WebServer;
  beforeAll(async () => {
    server = await startWebServer({
      config: { brand: { name: 'Veiviser <Trøndelag>', county: 'Trøndelag fylkeskommune', primaryColor: '#f5d000', logoUrl: 'javascript:alert(1)' } },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  test('GET / and /chat serve the Norwegian chat page with landmarks, skip link, CSP and escaped branding', async () => {
    for (const path of ['/', '/chat']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      const html = await res.text();
      expect(html).toContain('<html lang="nb">');
      expect(html).toMatch(/<a class="skip-link" href="#veiviser-chat"[^>]*>Hopp til chatten<\/a>/);
      expect(html).toContain('<header');
      expect(html).toContain('<main id="main"');
      expect(html).toContain('<footer');
      expect(html).toContain('<script src="/embed.js" defer></script>');
      expect(html).toContain('Veiviser &lt;Trøndelag&gt;');
      expect(html).not.toContain('Veiviser <Trøndelag>');
      expect(html).not.toContain('javascript:');
      // Light brand colour: text on it turns dark for contrast.
      expect(html).toContain('--brand: #f5d000; --on-brand: #1a1a1a;');
    }
  });

  test('/api/webchat/config tells the widget to use the local Direct Line, with branding and privacy facts', async () => {
    const res = await fetch(`${server.url}/api/webchat/config`);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.json()).toEqual({
      mode: 'local',
      tokenUrl: `${server.url}/v3/directline/tokens/generate`,
      domain: `${server.url}/v3/directline`,
      locale: 'nb-NO',
      brand: {
        name: 'Veiviser <Trøndelag>',
        county: 'Trøndelag fylkeskommune',
        primaryColor: '#f5d000',
        onPrimaryColor: '#1a1a1a',
        logoUrl: expect.stringMatching(new RegExp(`^${server.url}/static/logo\\.[A-Za-z0-9_-]{12}\\.svg$`)),
      },
      privacy: { retentionDays: 7, deleteCommand: 'slett mine data' },
      sourcesUrl: `${server.url}/kilder`,
    });
  });

  test('answers CORS preflights for the endpoints the embedded widget calls (before the body parser)', async () => {
    for (const path of ['/api/webchat/config', '/api/directline/token', '/v3/directline/tokens/generate', '/v3/directline/conversations/abcdefgh/activities']) {
      const res = await fetch(`${server.url}${path}`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://www.trondelagfylke.no', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' },
      });
      expect({ path, status: res.status }).toEqual({ path, status: 204 });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    }
  });

  test('serves the widget script, styles and Web Chat’s own bundle from the npm package (gzip, ETag, 304)', async () => {
    const embed = await rawGet(server, '/embed.js');
    expect(embed.status).toBe(200);
    expect(embed.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(embed.body.toString()).toContain('createDirectLine');

    const bundle = await rawGet(server, '/static/webchat.js', { 'accept-encoding': 'gzip' });
    expect(bundle.status).toBe(200);
    expect(bundle.headers['content-encoding']).toBe('gzip');
    const js = gunzipSync(bundle.body).toString('utf8');
    expect(js).toContain('window.WebChat=');
    expect(js.length).toBeGreaterThan(1_000_000);
    const again = await rawGet(server, '/static/webchat.js', { 'if-none-match': String(bundle.headers.etag) });
    expect(again.status).toBe(304);

    for (const path of ['/static/site.css', '/static/widget.css', '/static/logo.svg']) {
      expect((await rawGet(server, path)).status).toBe(200);
    }
    expect((await rawGet(server, '/static/../package.json')).status).toBe(404);
  });

  test('/kilder lists the reports from the manifest', async () => {
    const res = await fetch(`${server.url}/kilder`);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const doc of loadSources(KNOWLEDGE_DIR)) expect(html).toContain(`href="/kilder/${doc.entry.file}"`);
  });

  test('/kilder/:file renders every line with an anchor and highlights ?fra=&til=', async () => {
    const doc = loadSources(KNOWLEDGE_DIR).find((d) => d.entry.file === FILE);
    if (!doc) throw new Error('fixture report missing');
    const res = await fetch(`${server.url}/kilder/${FILE}?fra=773&til=797`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain(`<h1>${doc.entry.title}</h1>`);
    expect(html).toContain('<a class="skip-link" href="#L773">Hopp til utdraget (linje 773–797)</a>');
    const cited = /<section class="cited"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    const citedIds = [...cited.matchAll(/id="L(\d+)"/g)].map((m) => Number(m[1]));
    expect(citedIds).toEqual(Array.from({ length: 25 }, (_, i) => 773 + i));
    // Line 773 is the file's line 773, escaped.
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    expect(cited).toContain(`<span class="tx">${escape(doc.lines[772]) || ' '}</span>`);
    const allIds = [...html.matchAll(/class="line" id="L(\d+)"/g)].map((m) => Number(m[1]));
    const lineCount = doc.lines[doc.lines.length - 1] === '' ? doc.lines.length - 1 : doc.lines.length;
    expect(allIds).toEqual(Array.from({ length: lineCount }, (_, i) => i + 1));
  });

  test('/kilder/:file without a range has no highlight; a reversed or too large range is swapped and clamped', async () => {
    const plain = await (await fetch(`${server.url}/kilder/${FILE}`)).text();
    expect(plain).not.toContain('class="cited"');
    const clamped = await (await fetch(`${server.url}/kilder/${FILE}?fra=999999&til=5`)).text();
    expect(clamped).toMatch(/Sitert utdrag, linje 5–\d+/);
  });

  test('/kilder/:file refuses anything that is not a manifest file, and bad ranges', async () => {
    const bad = [
      '/kilder/..%2F..%2Fpackage.json',
      '/kilder/..%2fmanifest.json',
      '/kilder/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/kilder/../package.json',
      '/kilder/999_0000000000000000.txt',
      '/kilder/002_373D7C6CF6BD4A35.txt',
      '/kilder/002_373d7c6cf6bd4a35.txt%00.html',
      '/kilder/manifest.json',
    ];
    for (const path of bad) {
      const res = await rawGet(server, path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.body.toString()).not.toContain('"sources"');
    }
    const range = await rawGet(server, `/kilder/${FILE}?fra=abc&til=797`);
    expect(range.status).toBe(400);
    expect(range.body.toString()).toContain('fra og til må være linjenumre');
  });
});

describe('when the bot requires Bot Framework auth and has no Direct Line secret', () => {
  test('the config endpoint says the chat is unavailable and the local Direct Line is not mounted', async () => {
    const server = await startWebServer({
      config: { auth: { appId: '00000000-0000-0000-0000-000000000000', appPassword: 'x', appType: 'MultiTenant' } },
    });
    try {
      const cfg = await fetch(`${server.url}/api/webchat/config`);
      expect(cfg.status).toBe(503);
      expect(await cfg.json()).toEqual({ mode: 'unavailable', reason: expect.stringContaining('DIRECTLINE_SECRET') });
      const gen = await fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'POST' });
      expect(gen.status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
