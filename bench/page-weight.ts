// npm run bench:page-weight — what the chat costs a visitor in bytes over the network, measured in
// Chromium (the DevTools protocol's encodedDataLength: bytes received, headers included) against the
// real app: the chat page's first visit and a repeat visit in the same browser (same HTTP cache), at
// phone size, until the chat is ready; and what /embed.js adds to a county page before anyone opens
// the chat. WebSocket frames (the conversation itself) are not counted. Figures are printed;
// `-- --list` also lists every response.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/log';
import { PHONE, launchBrowser, type BrowserSession } from '../test/support/browser';

interface Transfer {
  url: string;
  bytes: number;
  cached: boolean;
}

/** Records every response of the page's next navigation: bytes received, or served from the browser's cache. */
async function recordTransfers(session: BrowserSession): Promise<{ stop(): Transfer[] }> {
  const cdp = await session.context.newCDPSession(session.page);
  const byId = new Map<string, Transfer>();
  const onResponse = (e: { requestId: string; response: { url: string; fromDiskCache?: boolean; fromPrefetchCache?: boolean } }) => {
    byId.set(e.requestId, { url: e.response.url, bytes: 0, cached: !!(e.response.fromDiskCache || e.response.fromPrefetchCache) });
  };
  const onCached = (e: { requestId: string }) => {
    const t = byId.get(e.requestId);
    if (t) t.cached = true;
    else byId.set(e.requestId, { url: '', bytes: 0, cached: true });
  };
  const onFinished = (e: { requestId: string; encodedDataLength: number }) => {
    const t = byId.get(e.requestId);
    if (t) t.bytes = e.encodedDataLength;
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.requestServedFromCache', onCached);
  cdp.on('Network.loadingFinished', onFinished);
  await cdp.send('Network.enable');
  return {
    stop: () => {
      cdp.off('Network.responseReceived', onResponse);
      cdp.off('Network.requestServedFromCache', onCached);
      cdp.off('Network.loadingFinished', onFinished);
      // A response from the memory or disk cache arrives with 0 bytes received.
      return [...byId.values()].filter((t) => t.url.startsWith('http')).map((t) => ({ ...t, cached: t.cached || t.bytes === 0 }));
    },
  };
}

function get(url: string, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; size: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers }, (res) => {
      let size = 0;
      res.on('data', (chunk: Buffer) => (size += chunk.length));
      res.on('end', () => resolve({ headers: res.headers, size }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The server compresses with brotli in the background at start-up; measure once it is done. Returns the bundle's URL. */
async function waitForBrotli(base: string): Promise<string> {
  const embed = await (await fetch(`${base}/embed.js`)).text();
  const bundle = /"webchat\.js":"([^"]+)"/.exec(embed)?.[1];
  if (!bundle) throw new Error('/embed.js names no hashed bundle');
  for (let i = 0; i < 240; i++) {
    if ((await get(`${base}${bundle}`, { 'accept-encoding': 'br' })).headers['content-encoding'] === 'br') return `${base}${bundle}`;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the bundle was never served as brotli');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const LIST = process.argv.includes('--list');

function summarise(name: string, transfers: Transfer[]): string {
  const network = transfers.filter((t) => !t.cached);
  if (LIST) for (const t of transfers) console.error(`  ${name.slice(0, 20)}  ${t.cached ? 'cache' : kb(t.bytes).padStart(9)}  ${t.url.replace(/^https?:\/\/[^/]+/, '')}`);
  const total = network.reduce((sum, t) => sum + t.bytes, 0);
  const bundle = network.filter((t) => /\/static\/webchat\./.test(t.url)).reduce((sum, t) => sum + t.bytes, 0);
  const cached = transfers.filter((t) => t.cached).length;
  return `${name.padEnd(50)} ${String(network.length).padStart(8)} ${kb(total).padStart(10)} ${kb(bundle).padStart(10)} ${String(cached).padStart(7)}`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'veiviser-page-weight-'));
  const config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1' }),
    feedbackFile: path.join(dir, 'feedback.jsonl'),
  };
  const app = await createApp(config, createLogger('silent'));
  const base = app.url.replace('localhost', '127.0.0.1');
  const cms = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Fylkeskommunen</title></head>
<body><main><h1>Karriereveiledning</h1><p>Innhold.</p><script src="${base}/embed.js" defer></script></main></body></html>`);
  });
  await new Promise<void>((r) => cms.listen(0, 'localhost', () => r()));
  const cmsUrl = `http://localhost:${(cms.address() as AddressInfo).port}/`;
  const lines: string[] = [];
  try {
    const bundleUrl = await waitForBrotli(base);
    for (const [what, accept] of [['plain', 'identity'], ['gzip', 'gzip'], ['brotli', 'br, gzip']]) {
      lines.push(`${`Web Chat bundle, ${what}`.padEnd(50)} ${''.padStart(8)} ${kb((await get(bundleUrl, { 'accept-encoding': accept })).size).padStart(10)}`);
    }
    const session = await launchBrowser({ phone: true, viewport: PHONE });
    try {
      const visit = async (name: string, url: string, ready: string) => {
        await session.page.goto('about:blank');
        const recorder = await recordTransfers(session);
        await session.page.goto(url);
        await session.page.locator(ready).first().waitFor({ timeout: 120_000 });
        await session.page.waitForLoadState('networkidle');
        lines.push(summarise(name, recorder.stop()));
      };
      await visit('chat page, first visit (until the chat is ready)', `${base}/`, '[data-veiviser-ready="true"] [data-id="webchat-sendbox-input"]');
      await visit('chat page, repeat visit (same browser)', `${base}/`, '[data-veiviser-ready="true"] [data-id="webchat-sendbox-input"]');
    } finally {
      await session.close();
    }
    const county = await launchBrowser({ phone: true, viewport: PHONE });
    try {
      await county.page.goto('about:blank');
      const recorder = await recordTransfers(county);
      await county.page.goto(cmsUrl);
      await county.page.getByRole('button', { name: 'Chat med Veiviser' }).waitFor();
      await county.page.waitForLoadState('networkidle');
      lines.push(summarise('county page with /embed.js, chat not opened', recorder.stop().filter((t) => t.url.startsWith(base))));
    } finally {
      await county.close();
    }
  } finally {
    await new Promise<void>((r) => cms.close(() => r()));
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${'visit (390 × 844, Chromium)'.padEnd(50)} ${'requests'.padStart(8)} ${'received'.padStart(10)} ${'bundle'.padStart(10)} ${'cached'.padStart(7)}`);
  for (const line of lines) console.log(line);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
