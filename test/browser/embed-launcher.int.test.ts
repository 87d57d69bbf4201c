// /embed.js on a county page of another origin, in Chromium at a phone's size and a laptop's:
// without a div it adds a «Chat med Veiviser» button that opens the chat over the whole screen on a
// phone and as a side panel on a laptop; Web Chat's bundle is fetched only when the button is first
// pressed; closing hides the chat and gives focus back to the button; opening again shows the same
// conversation. With the documented div, a phone gets the button in the div, a laptop the chat in it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DESKTOP, PHONE, launchBrowser, runAxe, screenshot, type BrowserSession } from '../support/browser';
import { INPUT, activity, ask, box, bubble, smallTouchTargets } from '../support/chat-ui';
import { startWebServer, type WebServer } from '../support/web-fixture';

jest.setTimeout(180_000);

const PARAGRAPHS = Array.from(
  { length: 8 },
  (_, i) => `<p>Avsnitt ${i + 1}: Fylkeskommunen gir karriereveiledning til voksne, og hjelper deg å finne kurs og veier til fagbrev.</p>`,
).join('\n');

/** A county page on another origin (localhost vs 127.0.0.1, another port) with the embed snippet. */
async function countyPage(botUrl: string, withDiv: boolean): Promise<{ url: string; close(): Promise<void> }> {
  const div = withDiv ? '<div id="veiviser-chat" data-veiviser-chat style="height: 640px"></div>' : '';
  const cms: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trøndelag fylkeskommune – Karriere</title></head>
<body><header><p>Trøndelag fylkeskommune</p></header><main><h1>Karriereveiledning</h1>
${PARAGRAPHS}
${div}
<script src="${botUrl}/embed.js" defer></script></main></body></html>`);
  });
  await new Promise<void>((r) => cms.listen(0, 'localhost', () => r()));
  return {
    url: `http://localhost:${(cms.address() as AddressInfo).port}/karriere`,
    close: () => new Promise<void>((r) => cms.close(() => r())),
  };
}

/** Paths the bot's server was asked for, in order. */
function recordRequests(server: WebServer): string[] {
  const seen: string[] = [];
  server.server.server.on('request', (req: { method?: string; url?: string }) => seen.push(`${req.method} ${req.url}`));
  return seen;
}

const bundleRequests = (seen: string[]) => seen.filter((r) => /^GET \/static\/webchat\./.test(r));

describe.each([
  ['phone', PHONE, true],
  ['desktop', DESKTOP, false],
] as const)('the launcher on a county page, on a %s', (name, viewport, phone) => {
  let bot: WebServer;
  let cms: { url: string; close(): Promise<void> };
  let browser: BrowserSession;
  let seen: string[];

  beforeAll(async () => {
    bot = await startWebServer({ webChatAnswers: true });
    seen = recordRequests(bot);
    cms = await countyPage(bot.url, false);
    browser = await launchBrowser({ viewport, phone });
    await browser.page.goto(cms.url);
  });
  afterAll(async () => {
    await browser?.close();
    await cms?.close();
    await bot?.close();
  });

  test('the page shows a «Chat med Veiviser» button, and Web Chat is not loaded before it is pressed', async () => {
    const { page } = browser;
    const launcher = page.getByRole('button', { name: 'Chat med Veiviser' });
    await launcher.waitFor();
    const b = await box(launcher);
    expect(b.height).toBeGreaterThanOrEqual(44);
    expect(b.right).toBeLessThanOrEqual(viewport.width);
    expect(b.bottom).toBeLessThanOrEqual(viewport.height);
    await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator('.veiviser-launcher').getAttribute('aria-label')).resolves.toBe('Chat med Veiviser');
    await page.waitForLoadState('networkidle');
    expect(bundleRequests(seen)).toEqual([]);
    expect(await page.evaluate(() => 'WebChat' in window)).toBe(false);
    await screenshot(page, `launcher-${name}-closed`);
    const violations = await runAxe(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  test(`pressing it opens the chat ${phone ? 'over the whole screen' : 'as a side panel'}, ready to type in`, async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Chat med Veiviser' }).click();
    const panel = page.getByRole('dialog', { name: 'Chat med Veiviser' });
    await panel.waitFor();
    await bubble(page, 'Hei! Jeg er testboten.').waitFor();
    await page.waitForFunction((sel) => document.activeElement?.matches(sel) ?? false, INPUT);
    expect(bundleRequests(seen)).toHaveLength(1);
    const b = await box(panel);
    if (phone) {
      expect(b).toMatchObject({ top: 0, left: 0, width: viewport.width, height: viewport.height });
      await expect(panel.getAttribute('aria-modal')).resolves.toBe('true');
    } else {
      expect(b).toMatchObject({ top: 0, right: viewport.width, height: viewport.height });
      expect(b.width).toBeLessThanOrEqual(420);
      await expect(panel.getAttribute('aria-modal')).resolves.toBe('false');
      // The county's page stays readable beside it.
      expect((await box(page.getByRole('heading', { name: 'Karriereveiledning' }))).left).toBeLessThan(b.left);
    }
    await expect(page.getByRole('button', { name: 'Chat med Veiviser' }).getAttribute('aria-expanded')).resolves.toBe('true');
    await ask(page, 'Kan jeg ta fagbrev på jobb?');
    await activity(page, 'Ekko: Kan jeg ta fagbrev på jobb?').getByRole('button', { name: 'Nyttig svar', exact: true }).waitFor();
    await screenshot(page, `launcher-${name}-open`);
    expect(await smallTouchTargets(page, '#veiviser-panel')).toEqual([]);
    const violations = await runAxe(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  test('closing hides the chat and returns focus to the button; opening again shows the same conversation', async () => {
    const { page } = browser;
    const conversationsBefore = seen.filter((r) => r.startsWith('POST /v3/directline/conversations')).length;
    await page.getByRole('button', { name: 'Lukk chatten' }).click();
    await expect(page.locator('#veiviser-panel').isVisible()).resolves.toBe(false);
    await page.waitForFunction(() => document.activeElement?.classList.contains('veiviser-open') ?? false);
    await screenshot(page, `launcher-${name}-closed-again`);

    await page.getByRole('button', { name: 'Chat med Veiviser' }).click();
    await bubble(page, 'Ekko: Kan jeg ta fagbrev på jobb?').waitFor();
    await expect(page.locator('.webchat__bubble__content', { hasText: 'Hei! Jeg er testboten.' }).count()).resolves.toBe(1);
    // Escape closes it as well.
    await page.locator(INPUT).focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('#veiviser-panel').isVisible()).resolves.toBe(false);
    expect(seen.filter((r) => r.startsWith('POST /v3/directline/conversations')).length).toBe(conversationsBefore);
    expect(bundleRequests(seen)).toHaveLength(1);
    expect(browser.errors).toEqual([]);
  });
});

describe('the documented div on a county page', () => {
  test('a phone gets the button in the div and the chat over the whole screen; a laptop gets the chat in the div', async () => {
    const bot = await startWebServer({ webChatAnswers: true });
    const cms = await countyPage(bot.url, true);
    const phone = await launchBrowser({ phone: true });
    const laptop = await launchBrowser({ viewport: DESKTOP });
    try {
      await phone.page.goto(cms.url);
      const button = phone.page.locator('#veiviser-chat').getByRole('button', { name: 'Chat med Veiviser' });
      await button.waitFor();
      expect((await box(phone.page.locator('#veiviser-chat'))).height).toBeLessThan(100);
      await button.click();
      await bubble(phone.page, 'Hei! Jeg er testboten.').waitFor();
      expect(await box(phone.page.getByRole('dialog', { name: 'Chat med Veiviser' }))).toMatchObject({ top: 0, left: 0, width: PHONE.width, height: PHONE.height });
      await screenshot(phone.page, 'embed-div-phone-open');

      await laptop.page.goto(cms.url);
      await bubble(laptop.page, 'Hei! Jeg er testboten.').waitFor();
      const chat = await box(laptop.page.locator('#veiviser-chat .veiviser'));
      expect(chat.height).toBe(640);
      await expect(laptop.page.locator('#veiviser-panel').count()).resolves.toBe(0);
      await expect(laptop.page.getByRole('button', { name: 'Lukk chatten' }).count()).resolves.toBe(0);
      await screenshot(laptop.page, 'embed-div-desktop');
      expect([...phone.errors, ...laptop.errors]).toEqual([]);
    } finally {
      await phone.close();
      await laptop.close();
      await cms.close();
      await bot.close();
    }
  });
});
