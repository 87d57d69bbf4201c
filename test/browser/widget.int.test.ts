// The chat widget in a real Chromium against a real server (built-in Direct Line + the test bot):
// cited answers open the source at the right lines, cards render, 👍/👎 on the answer are stored, the
// page works with the keyboard only, and axe-core finds no serious or critical problems.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventually, launchBrowser, runAxe, screenshot, type BrowserSession } from '../support/browser';
import { INPUT, activity, bubble } from '../support/chat-ui';
import { CITED_FILE, startWebServer, type WebServer } from '../support/web-fixture';

jest.setTimeout(120_000);

/** The link to the cited source in the folded «Kilder» list under the last answer with the text. */
async function sourceLink(page: BrowserSession['page'], answerText: string | RegExp) {
  const sources = activity(page, answerText).locator('details.webchat__link-definitions');
  if (!(await sources.evaluate((d) => (d as HTMLDetailsElement).open))) await sources.locator('summary').click();
  return sources.getByRole('link', { name: /BattKOMP 3 \(Norsk Industri, 2022\)/ });
}

describe('chat widget in Chromium (test bot)', () => {
  let server: WebServer;
  let browser: BrowserSession;
  let releaseSlowAnswer: () => void = () => undefined;
  const slowAnswer = new Promise<void>((resolve) => (releaseSlowAnswer = resolve));

  beforeAll(async () => {
    server = await startWebServer({ webChatAnswers: true, hooks: { beforeReply: (text) => (text === 'vent litt' ? slowAnswer : Promise.resolve()) } });
    browser = await launchBrowser();
    await browser.page.goto(`${server.url}/`);
    await bubble(browser.page, 'Hei! Jeg er testboten.').waitFor();
  });
  afterAll(async () => {
    releaseSlowAnswer();
    await browser?.close();
    await server?.close();
  });

  test('keyboard only: Tab reaches the skip link (visibly focused), Enter jumps to the send box, typing + Enter sends', async () => {
    const { page } = browser;
    // Freshly loaded page: the first Tab lands on the skip link.
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(`(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { text: el.textContent, focusVisible: el.matches(':focus-visible'), outline: style.outlineStyle + ' ' + style.outlineWidth, top: el.getBoundingClientRect().top };
    })()`);
    expect(skip).toMatchObject({ text: 'Hopp til chatten', focusVisible: true, outline: 'solid 3px' });
    expect((skip as { top: number }).top).toBeGreaterThanOrEqual(0);
    await screenshot(page, 'widget-skip-link-focus');

    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.getAttribute("data-id")')).toBe('webchat-sendbox-input');
    await page.keyboard.type('Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?');
    await page.keyboard.press('Enter');
    await bubble(page, 'Ekko: Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?').waitFor();
    // Focus stays in the send box, ready for the next question.
    expect(await page.evaluate('document.activeElement.getAttribute("data-id")')).toBe('webchat-sendbox-input');
  });

  test('the page is Norwegian, branded, with the privacy notice and Web Chat in nb-NO', async () => {
    const { page } = browser;
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await expect(page.title()).resolves.toContain('Veiviser');
    await page.getByRole('heading', { name: 'Chat med Veiviser' }).waitFor();
    // Folded to one line in the header; the details open on demand.
    const privacy = page.locator('details.veiviser__privacy');
    await expect(privacy.locator('summary').innerText()).resolves.toBe('Personvern');
    await privacy.locator('summary').click();
    await expect(privacy.innerText()).resolves.toMatch(/fødselsnummer.*helseopplysninger.*i inntil 7 dager.*«slett mine data»/s);
    await page.keyboard.press('Escape');
    await expect(privacy.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    expect(await page.getAttribute(INPUT, 'placeholder')).toBe('Skriv spørsmålet ditt her');
    expect(browser.errors).toEqual([]);
    await screenshot(page, 'widget-start');
  });

  test('a cited answer links to the source page, which opens at the cited lines, highlighted', async () => {
    const { page, context } = browser;
    const link = await sourceLink(page, 'Ekko: Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?');
    const href = await link.getAttribute('href');
    expect(href).toBe(`${server.url}/kilder/${CITED_FILE}?fra=773&til=797#L773`);
    expect(await link.getAttribute('target')).toBe('_blank');
    await screenshot(page, 'widget-cited-answer');

    const [sourcePage] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await sourcePage.waitForLoadState('load');
    expect(sourcePage.url()).toBe(href);
    const target = await sourcePage.evaluate(`(() => {
      const el = document.querySelector(':target');
      const r = el.getBoundingClientRect();
      return { id: el.id, inCited: !!el.closest('section.cited'), visible: r.top >= 0 && r.bottom <= innerHeight };
    })()`);
    expect(target).toEqual({ id: 'L773', inCited: true, visible: true });
    const cited = await sourcePage.$$eval('section.cited .line', (lines) => lines.map((l) => l.id));
    expect(cited[0]).toBe('L773');
    expect(cited[cited.length - 1]).toBe('L797');
    await screenshot(sourcePage, 'source-page-cited');
    const violations = await runAxe(sourcePage);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await sourcePage.close();
  });

  test('👍 on the answer is stored; 👎 offers a comment card whose comment is stored too', async () => {
    const { page } = browser;
    const first = activity(page, 'Ekko: Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?');
    await first.getByRole('button', { name: 'Nyttig svar', exact: true }).click();
    await expect(first.getByRole('button', { name: 'Nyttig svar', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    const afterUp = await eventually('the 👍 stored', async () => ((await server.feedback.list()).length > 0 ? server.feedback.list() : undefined));
    expect(afterUp).toEqual([
      expect.objectContaining({
        rating: 'up',
        question: 'Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?',
        sources: [`${CITED_FILE}#773-797`],
      }),
    ]);

    await page.fill(INPUT, 'Hva med praksiskandidat?');
    await page.keyboard.press('Enter');
    await activity(page, 'Ekko: Hva med praksiskandidat?').getByRole('button', { name: 'Ikke nyttig svar' }).click();
    const comment = page.getByLabel('Kommentar til svaret');
    await comment.waitFor();
    await screenshot(page, 'widget-feedback-comment-card');
    await comment.fill('Svaret gjaldt ikke fylket mitt');
    await page.locator('.ac-pushButton', { hasText: 'Send kommentar' }).last().click();
    await bubble(page, /Takk! Kommentaren er lagret/).waitFor();
    const all = await server.feedback.list();
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ rating: 'down', question: 'Hva med praksiskandidat?', comment: 'Svaret gjaldt ikke fylket mitt' });
  });

  test('a typing indicator shows while the bot works', async () => {
    const { page } = browser;
    await page.fill(INPUT, 'vent litt');
    await page.keyboard.press('Enter');
    await page.locator('.webchat__typing-indicator').first().waitFor();
    await screenshot(page, 'widget-typing');
    releaseSlowAnswer();
    await bubble(page, 'Ekko: vent litt').waitFor();
    await page.locator('.webchat__typing-indicator').first().waitFor({ state: 'detached' });
  });

  test('hero cards and Adaptive Cards render', async () => {
    const { page } = browser;
    await page.fill(INPUT, 'kort');
    await page.keyboard.press('Enter');
    await bubble(page, 'Anbefaling: praksiskandidat').waitFor();
    await page.locator('.ac-pushButton', { hasText: 'Les mer' }).last().waitFor();
    expect(await page.locator('.ac-adaptiveCard').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'widget-cards');
  });

  test('axe-core finds no serious or critical violations on the chat page', async () => {
    const violations = await runAxe(browser.page);
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});

describe('embedded on the county’s own site (another origin)', () => {
  test('the snippet from docs/web-embed.md loads the chat cross-origin, and source links point at the bot', async () => {
    const bot = await startWebServer({ webChatAnswers: true });
    // The "CMS" page: another origin (localhost vs 127.0.0.1, another port) with only the snippet.
    const cms = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Trøndelag fylkeskommune – Karriere</title></head>
<body><main><h1>Karriereveiledning</h1>
<div id="veiviser-chat" data-veiviser-chat style="height: 640px"></div>
<script src="${bot.url}/embed.js" defer></script></main></body></html>`);
    });
    await new Promise<void>((r) => cms.listen(0, 'localhost', () => r()));
    const cmsUrl = `http://localhost:${(cms.address() as AddressInfo).port}/karriere`;
    const session = await launchBrowser();
    try {
      const { page } = session;
      await page.goto(cmsUrl);
      await bubble(page, 'Hei! Jeg er testboten.').waitFor();
      await page.fill(INPUT, 'fagbrev');
      await page.keyboard.press('Enter');
      await bubble(page, 'Ekko: fagbrev').waitFor();
      const href = await (await sourceLink(page, 'Ekko: fagbrev')).getAttribute('href');
      expect(href).toBe(`${bot.url}/kilder/${CITED_FILE}?fra=773&til=797#L773`);
      expect(new URL(page.url()).origin).not.toBe(new URL(bot.url).origin);
      await screenshot(page, 'embed-on-cms-page');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
      await new Promise<void>((r) => cms.close(() => r()));
      await bot.close();
    }
  });
});
