// What the browser tests do and measure in the chat: send a question, find the bot's last answer,
// and read the layout the way a person sees it (what is on screen, how big things are to touch).
// The page's CSP forbids eval, so every page function is a real function, not a string.
import type { Locator, Page } from 'playwright-core';

export const INPUT = '[data-id="webchat-sendbox-input"]';

/** The last transcript bubble containing the text (Web Chat repeats texts in its live regions). */
export const bubble = (page: Page, text: string | RegExp): Locator =>
  page.locator('.webchat__bubble__content').filter({ hasText: text }).last();

/** The suggestions' toolbar under the transcript. */
export const toolbar = (page: Page): Locator => page.getByRole('toolbar', { name: 'Foreslåtte handlinger' });

/** A suggested action by its name (Web Chat also repeats them, inert, in its live region). */
export const suggested = (page: Page, name: string | RegExp): Locator => toolbar(page).getByRole('button', { name });

/** The transcript entry (article) holding the last bubble with the text, with its status row and 👍/👎. */
export const activity = (page: Page, text: string | RegExp): Locator =>
  page.locator('.webchat__basic-transcript__activity').filter({ has: page.locator('.webchat__bubble__content', { hasText: text }) }).last();

export async function ask(page: Page, text: string): Promise<void> {
  await page.locator(INPUT).fill(text);
  await page.keyboard.press('Enter');
}

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

export async function box(locator: Locator): Promise<Box> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
  });
}

/** How many pixels of the transcript's height are on screen (inside the viewport). */
export async function visibleTranscriptHeight(page: Page): Promise<{ visible: number; viewport: number }> {
  return page.evaluate(() => {
    const el = document.querySelector('.webchat__basic-transcript');
    if (!el) return { visible: 0, viewport: window.innerHeight };
    const r = el.getBoundingClientRect();
    return { visible: Math.max(0, Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0)), viewport: window.innerHeight };
  });
}

/** The suggested actions' buttons: their text and where they sit (the flippers of the carousel excluded). */
export async function suggestionBoxes(page: Page): Promise<(Box & { text: string })[]> {
  return toolbar(page)
    .locator('.webchat__suggested-action')
    .evaluateAll((buttons) =>
      buttons.map((b) => {
        const r = b.getBoundingClientRect();
        return { text: (b.textContent ?? '').trim(), top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
      }),
    );
}

export interface SmallTarget {
  what: string;
  width: number;
  height: number;
}

/**
 * Every control a finger can hit inside `root` that is smaller than 44 × 44 px. Links inside running
 * text (the [1] markers in an answer, links in a sentence) are exempt, as in WCAG 2.5.5; hidden and
 * disabled controls do not count.
 */
export async function smallTouchTargets(page: Page, root: string): Promise<SmallTarget[]> {
  return page.evaluate((selector) => {
    const scope = document.querySelector(selector);
    if (!scope) return [{ what: `no ${selector}`, width: 0, height: 0 }];
    const controls = scope.querySelectorAll('button, a[href], summary, input, textarea, select, [role="button"]');
    const small: { what: string; width: number; height: number }[] = [];
    controls.forEach((el) => {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || el.closest('[aria-hidden="true"], [hidden]')) return;
      // Web Chat's screen-reader copies of new messages (visually hidden, never touched).
      if (el.closest('.webchat__live-region-transcript, .webchat__screen-reader-activity')) return;
      if ((el as HTMLButtonElement).disabled) return;
      if (el.tagName === 'A' && el.closest('p, li, .webchat__render-markdown, .ac-textBlock')) return;
      // The "Kilder" list inside a folded <details> is not on screen.
      const details = el.closest('details');
      if (details && !details.open && el.tagName !== 'SUMMARY') return;
      if (r.width < 44 - 0.5 || r.height < 44 - 0.5) {
        const name = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? (el.textContent ?? '').trim().slice(0, 40);
        small.push({ what: `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} «${name}»`, width: Math.round(r.width), height: Math.round(r.height) });
      }
    });
    return small;
  }, root);
}

/** Font sizes (px) of the text inputs inside `root`. */
export async function inputFontSizes(page: Page, root: string): Promise<number[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(`${selector} input, ${selector} textarea`)]
        .filter((el) => el.getBoundingClientRect().width > 0)
        .map((el) => parseFloat(getComputedStyle(el).fontSize)),
    root,
  );
}
