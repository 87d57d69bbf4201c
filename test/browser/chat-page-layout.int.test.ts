// The chat page (/) with the real Veiviser (createApp: real bot, retrieval, feedback file) in Chromium
// at a phone's size (390 × 844, touch) and a laptop's (1280 × 800): after a question is answered the
// transcript has at least half the screen, the suggestions are one row, 👍/👎 sit on the answer and
// the sources are folded under it; controls are big enough to touch, inputs do not make a phone zoom,
// axe finds nothing serious. Screenshots go to test-artifacts/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/app';
import { createLogger } from '../../src/log';
import { DESKTOP, PHONE, eventually, launchBrowser, runAxe, screenshot, type BrowserSession } from '../support/browser';
import { feedbackInFile } from '../support/feedback-file';
import {
  INPUT,
  activity,
  ask,
  box,
  bubble,
  inputFontSizes,
  smallTouchTargets,
  suggestionBoxes,
  toolbar,
  visibleTranscriptHeight,
} from '../support/chat-ui';
import { testConfig } from '../support/web-fixture';

jest.setTimeout(180_000);

const QUESTION = 'Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?';
const ANSWER = /Du må være i et arbeidsforhold/;

describe.each([
  ['phone', PHONE, true],
  ['desktop', DESKTOP, false],
] as const)('the chat page on a %s', (name, viewport, phone) => {
  let app: App;
  let browser: BrowserSession;
  let dir: string;
  let feedbackFile: string;

  const stored = () => feedbackInFile(feedbackFile);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'veiviser-layout-'));
    feedbackFile = path.join(dir, 'feedback.jsonl');
    app = await createApp(testConfig({ feedbackFile }), createLogger('silent'));
    browser = await launchBrowser({ viewport, phone });
    await browser.page.goto(`${app.url}/`);
    await bubble(browser.page, /Hei, jeg er Veiviser/).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('before anything is said: the welcome carries the privacy notice, the header a one-line link to the details', async () => {
    const { page } = browser;
    await expect(bubble(page, /Hei, jeg er Veiviser/).innerText()).resolves.toMatch(/fødselsnummer.*«slett mine data»/s);
    const privacy = page.locator('.veiviser__privacy');
    const summary = privacy.locator('summary');
    await expect(summary.innerText()).resolves.toBe('Personvern');
    const header = await box(page.locator('.veiviser__header'));
    expect(header.height).toBeLessThanOrEqual(56);
    if (phone) {
      // No page intro, site header or frame around it: the chat starts at the top and fills the screen.
      const chat = await box(page.locator('.veiviser'));
      expect(chat).toMatchObject({ top: 0, left: 0, width: viewport.width, height: viewport.height });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    } else {
      await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    }
    await screenshot(page, `layout-${name}-welcome`);
    await summary.click();
    await expect(privacy.locator('.veiviser__privacy-body').innerText()).resolves.toMatch(/i inntil 7 dager.*«slett mine data»/s);
    await screenshot(page, `layout-${name}-privacy-open`);
    await summary.click();
  });

  test('after a question is answered the transcript shows at least half the screen, with one row of suggestions', async () => {
    const { page } = browser;
    await ask(page, QUESTION);
    const answer = activity(page, ANSWER);
    await answer.getByRole('button', { name: 'Nyttig svar', exact: true }).waitFor();
    await toolbar(page).locator('.webchat__suggested-action').first().waitFor();
    await screenshot(page, `layout-${name}-answer`);

    const { visible, viewport: height } = await visibleTranscriptHeight(page);
    expect(visible / height).toBeGreaterThanOrEqual(0.5);

    const buttons = await suggestionBoxes(page);
    expect(buttons.map((b) => b.text)).toEqual(['Finn min vei til fagbrev', 'Finn kurs og tilbud']);
    for (const b of buttons) expect(b.top).toBeCloseTo(buttons[0].top, 0);
    const row = await box(toolbar(page));
    expect(row.height).toBeLessThan(2 * buttons[0].height);
  });

  test('👍/👎 are on the answer, not among the suggestions; the sources are folded under the answer', async () => {
    const { page } = browser;
    const answer = activity(page, ANSWER);
    await expect(answer.getByRole('button', { name: 'Nyttig svar', exact: true }).isVisible()).resolves.toBe(true);
    await expect(answer.getByRole('button', { name: 'Ikke nyttig svar' }).isVisible()).resolves.toBe(true);
    await expect(toolbar(page).getByRole('button', { name: /Nyttig|👍|👎/ }).count()).resolves.toBe(0);

    const sources = answer.locator('details.webchat__link-definitions');
    await expect(sources.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(sources.locator('summary').innerText()).resolves.toMatch(/^Kilder \(\d+\)$/);
    // The answer text comes first, and its [n] markers already link to the cited lines.
    const marker = answer.locator('.webchat__render-markdown a').first();
    expect(await marker.getAttribute('href')).toMatch(new RegExp(`^${app.url.replace('localhost', '(localhost|127\\.0\\.0\\.1)')}/kilder/\\d{3}_[0-9a-f]{16}\\.txt\\?fra=\\d+&til=\\d+#L\\d+$`));
    await sources.locator('summary').click();
    const listed = await sources.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(listed.length).toBeGreaterThan(0);
    // A report opens at its cited lines; a public page is linked as it is.
    for (const href of listed) expect(href).toMatch(/\/kilder\/\d{3}_[0-9a-f]{16}\.txt\?fra=\d+&til=\d+#L\d+$|^https?:\/\/[^/]+\.no\//);
    await screenshot(page, `layout-${name}-sources-open`);
    await sources.locator('summary').click();
  });

  test('👎 on the answer is stored by the feedback handler and offers a comment card', async () => {
    const { page } = browser;
    const answer = activity(page, ANSWER);
    await answer.getByRole('button', { name: 'Ikke nyttig svar' }).click();
    await expect(answer.getByRole('button', { name: 'Ikke nyttig svar' }).getAttribute('aria-pressed')).resolves.toBe('true');
    const records = await eventually('the 👎 in the feedback file', () => (stored().length > 0 ? stored() : undefined));
    expect(records).toEqual([expect.objectContaining({ rating: 'down', question: QUESTION })]);
    expect(records[0].sources[0]).toMatch(/^\d{3}_[0-9a-f]{16}\.txt#\d+-\d+$/);
    await page.getByLabel('Kommentar til svaret').last().waitFor();
    // The card that follows does not take the 👍/👎 (or their state) away from the answer.
    await expect(answer.getByRole('button', { name: 'Ikke nyttig svar' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await screenshot(page, `layout-${name}-comment-card`);
  });

  test('touch targets are at least 44 × 44 px, text inputs 16 px, and axe finds nothing serious', async () => {
    const { page } = browser;
    expect(await smallTouchTargets(page, '.veiviser')).toEqual([]);
    const sizes = await inputFontSizes(page, '.veiviser');
    expect(sizes.length).toBeGreaterThanOrEqual(2); // the send box and the comment card's field
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(16);
    const violations = await runAxe(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  test('landmarks: the chat is a named region inside main; new messages are announced in a live region without the old ones', async () => {
    const { page } = browser;
    await expect(page.locator('main').getByRole('region', { name: 'Samtale med Veiviser' }).count()).resolves.toBe(1);
    const live = page.locator('.webchat__live-region-transcript');
    await expect(live.getAttribute('aria-live')).resolves.toBe('polite');
    // A screen reader announces what is added to the live region (aria-relevant="additions"). What
    // is still there from earlier turns (Web Chat clears it about a second after the last addition,
    // later on a busy machine) is not read again, so the additions are what this test looks at.
    await live.evaluate((region) => {
      const added: string[] = [];
      (window as unknown as { veiviserAnnounced: string[] }).veiviserAnnounced = added;
      new MutationObserver((records) => {
        for (const record of records) for (const node of Array.from(record.addedNodes)) added.push(node.textContent ?? '');
      }).observe(region, { childList: true, subtree: true });
    });
    await ask(page, 'Hva er praksiskandidatordningen?');
    await activity(page, /praksiskandidat/i).getByRole('button', { name: 'Nyttig svar', exact: true }).waitFor();
    const announced = await eventually('the answer announced in the live region', async () => {
      const text = await page.evaluate(() => (window as unknown as { veiviserAnnounced: string[] }).veiviserAnnounced.join('\n'));
      return /praksiskandidat/i.test(text) ? text : undefined;
    });
    expect(announced).toMatch(/praksiskandidat/i);
    expect(announced).not.toMatch(/Hei, jeg er Veiviser/);
    expect(announced).not.toMatch(ANSWER);
    await page.locator(INPUT).focus();
  });
});
