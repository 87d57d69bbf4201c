// The real Veiviser (createApp from src/app.ts: real bot, dialogs, retrieval, feedback file) in Chromium
// through the page at / and the built-in Direct Line: a cited answer whose source opens at the right
// lines, 👍/👎 on the answer stored in the JSON-lines file, a guided dialog driven by its suggested
// actions to the recommendation card, and no serious axe-core violations.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/app';
import { createLogger } from '../../src/log';
import { eventually, launchBrowser, runAxe, screenshot, type BrowserSession } from '../support/browser';
import { feedbackInFile } from '../support/feedback-file';
import { activity, ask, bubble, suggested, toolbar } from '../support/chat-ui';
import { testConfig } from '../support/web-fixture';

jest.setTimeout(180_000);

const QUESTION = 'Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?';
const ANSWER = /Du må være i et arbeidsforhold/;

describe('Veiviser in Chromium (real app)', () => {
  let app: App;
  let browser: BrowserSession;
  let dir: string;
  let feedbackFile: string;

  const storedFeedback = () => feedbackInFile(feedbackFile);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'veiviser-app-'));
    feedbackFile = path.join(dir, 'feedback.jsonl');
    app = await createApp(testConfig({ feedbackFile }), createLogger('silent'));
    browser = await launchBrowser();
    await browser.page.goto(`${app.url}/`);
    await bubble(browser.page, /Hei, jeg er Veiviser/).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('asking a question gives a cited answer whose source link opens the report at the cited lines', async () => {
    const { page, context } = browser;
    await ask(page, QUESTION);
    const answer = activity(page, ANSWER);
    await answer.getByRole('button', { name: 'Nyttig svar', exact: true }).waitFor();
    await screenshot(page, 'app-cited-answer');

    // The [1] marker in the text links to the cited lines (the list under "Kilder" does too).
    const link = answer.locator('.webchat__render-markdown').getByRole('link').first();
    const href = (await link.getAttribute('href')) ?? '';
    const url = new URL(href);
    expect(url.origin).toBe(new URL(app.url).origin);
    expect(url.pathname).toMatch(/^\/kilder\/\d{3}_[0-9a-f]{16}\.txt$/);
    const from = Number(url.searchParams.get('fra'));
    const to = Number(url.searchParams.get('til'));
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThanOrEqual(from);
    expect(url.hash).toBe(`#L${from}`);

    const [sourcePage] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await sourcePage.waitForLoadState('load');
    const target = await sourcePage.evaluate(`(() => {
      const el = document.querySelector(':target');
      const r = el.getBoundingClientRect();
      const cited = [...document.querySelectorAll('section.cited .line')].map((l) => l.id);
      return { id: el.id, inCited: !!el.closest('section.cited'), visible: r.top >= 0 && r.bottom <= innerHeight, first: cited[0], last: cited[cited.length - 1] };
    })()`);
    expect(target).toEqual({ id: `L${from}`, inCited: true, visible: true, first: `L${from}`, last: `L${to}` });
    await screenshot(sourcePage, 'app-source-page');
    await sourcePage.close();
  });

  test('👍 on the answer is stored in the feedback file, without personal data', async () => {
    const { page } = browser;
    await activity(page, ANSWER).getByRole('button', { name: 'Nyttig svar', exact: true }).click();
    const records = await eventually('the 👍 in the feedback file', () => (storedFeedback().length > 0 ? storedFeedback() : undefined));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ rating: 'up', question: QUESTION });
    expect(records[0].sources.length).toBeGreaterThan(0);
    expect(records[0].sources[0]).toMatch(/^\d{3}_[0-9a-f]{16}\.txt#\d+-\d+$/);
  });

  test('👎 with a comment is stored too', async () => {
    const { page } = browser;
    await ask(page, 'Hva er praksiskandidatordningen?');
    await activity(page, /praksiskandidat/i).getByRole('button', { name: 'Ikke nyttig svar' }).click();
    const comment = page.getByLabel('Kommentar til svaret').last();
    await comment.waitFor();
    await comment.fill('Jeg savnet hva det koster');
    await page.locator('.ac-pushButton', { hasText: 'Send kommentar' }).last().click();
    await bubble(page, /Takk! Kommentaren er lagret/).waitFor();
    const records = storedFeedback();
    expect(records).toHaveLength(2);
    expect(records[1]).toMatchObject({ rating: 'down', question: 'Hva er praksiskandidatordningen?', comment: 'Jeg savnet hva det koster' });
  });

  test('the guided dialog, driven by clicking suggested actions, ends in the recommendation card with source links', async () => {
    const { page } = browser;
    await ask(page, 'meny');
    await suggested(page, 'Finn min vei til fagbrev').click();
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Dine muligheter' }).last();
    const clicked: string[] = [];
    for (let step = 0; step < 15; step++) {
      // Wait for the next question's buttons, or for the recommendation.
      // (Functions, not strings: the page's CSP forbids eval.)
      await page.waitForFunction(
        () =>
          !!document.querySelector('[role="toolbar"] .webchat__suggested-action') ||
          [...document.querySelectorAll('.ac-adaptiveCard')].some((c) => (c.textContent ?? '').includes('Dine muligheter')),
      );
      if (await card.count()) break;
      const names = await toolbar(page).locator('.webchat__suggested-action').allInnerTexts();
      const choice = names.find((n) => !/vet ikke/i.test(n)) ?? names[0];
      clicked.push(choice);
      const before = await page.locator('.webchat__basic-transcript__activity').count();
      await suggested(page, choice).click();
      // The click clears the buttons and sends the answer; wait for it and the bot's reply to show.
      await page.waitForFunction(
        (n) => document.querySelectorAll('.webchat__basic-transcript__activity').length >= n + 2,
        before,
      );
    }
    await card.waitFor();
    expect(clicked.length).toBeGreaterThan(0);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'app-recommendation-card');
    // The paths not recommended are folded under «Andre muligheter»; unfolding shows them.
    const more = card.getByRole('button', { name: /Andre muligheter/ });
    if (await more.count()) await more.first().click();
    // Reasons cite their sources; the widget makes those links absolute so they open.
    const links = await card.locator('a[href*="/kilder/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href.startsWith(`${new URL(app.url).origin}/kilder/`)).toBe(true);
  });

  test('axe-core finds no serious or critical violations with the real conversation on screen', async () => {
    const violations = await runAxe(browser.page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
