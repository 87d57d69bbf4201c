// Loads once: the page shows its content while Web Chat's bundle is still on its way; a first visit
// fetches the bundle (brotli) and the styles under content-hashed URLs; a second visit in the same
// browser (same profile, same HTTP cache) starts the chat without asking the server for any of them.
// The server's own log of requests is the witness.
import { PHONE, launchBrowser, screenshot, type BrowserSession } from '../support/browser';
import { bubble } from '../support/chat-ui';
import { startWebServer, type WebServer } from '../support/web-fixture';

jest.setTimeout(180_000);

describe('before the bundle has arrived', () => {
  test('the page already shows the chat header and says it is connecting, on a phone and a laptop', async () => {
    const server = await startWebServer({ webChatAnswers: true });
    for (const phone of [true, false]) {
      const session = await launchBrowser(phone ? { phone: true, viewport: PHONE } : {});
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      try {
        const { page } = session;
        await page.route(/\/static\/webchat\./, async (route) => {
          await held;
          await route.continue();
        });
        // Not until "load": the held, preloaded bundle keeps the load event back.
        await page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' });
        await page.getByRole('heading', { name: 'Chat med Veiviser' }).waitFor();
        await page.getByRole('status').filter({ hasText: 'Kobler til chatten …' }).waitFor();
        expect(await page.evaluate(() => 'WebChat' in window)).toBe(false);
        if (!phone) expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
        await screenshot(page, `before-bundle-${phone ? 'phone' : 'desktop'}`);
        release();
        await bubble(page, 'Hei! Jeg er testboten.').waitFor();
      } finally {
        release();
        await session.close();
      }
    }
    await server.close();
  });
});

describe('a returning visitor', () => {
  let server: WebServer;
  let browser: BrowserSession;
  const seen: { path: string; encoding?: string }[] = [];

  beforeAll(async () => {
    server = await startWebServer({ webChatAnswers: true });
    await server.handle.assetsReady();
    server.server.server.on('request', (req: { url?: string }, res: { getHeader(name: string): unknown; on(e: 'finish', f: () => void): void }) => {
      const entry: { path: string; encoding?: string } = { path: req.url ?? '' };
      seen.push(entry);
      res.on('finish', () => {
        const encoding = res.getHeader('content-encoding');
        if (typeof encoding === 'string') entry.encoding = encoding;
      });
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const statics = () => seen.filter((r) => r.path.startsWith('/static/'));

  test('the first visit fetches the bundle and styles once, by their hashed names, the bundle as brotli', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    await bubble(page, 'Hei! Jeg er testboten.').waitFor();
    const bundle = statics().filter((r) => /^\/static\/webchat\.[A-Za-z0-9_-]{12}\.js$/.test(r.path));
    expect(bundle).toEqual([{ path: expect.any(String), encoding: 'br' }]);
    for (const r of statics()) expect(r.path).toMatch(/^\/static\/[a-z]+\.[A-Za-z0-9_-]{12}\.(js|css|svg)$/);
  });

  test('the second visit in the same browser asks for none of them, and the chat starts', async () => {
    const { page } = browser;
    await page.goto('about:blank');
    const before = seen.length;
    await page.goto(`${server.url}/`);
    await bubble(page, 'Hei! Jeg er testboten.').waitFor();
    await page.locator('[data-veiviser-ready="true"]').waitFor();
    const second = seen.slice(before).map((r) => r.path);
    expect(second.filter((p) => p.startsWith('/static/'))).toEqual([]);
    // What it does ask for: the conversation (config, token, Direct Line), nothing that does not change.
    for (const p of second) expect(p).toMatch(/^\/(api\/webchat\/config|v3\/directline\/)/);
    await screenshot(page, 'repeat-visit');
    expect(browser.errors).toEqual([]);
  });
});
