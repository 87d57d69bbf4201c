// The bokmål catalogue: every text is there and says something. Its shape is the key set (Texts) a
// catalogue in another language must match; the assignment below fails to compile if nb drifts from it.
import { nb } from '../../src/text/nb';
import type { Texts } from '../../src/text/texts';

const typed: Texts = nb;

function leaves(value: unknown, at: string): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  }
  return [[at, value]];
}

test.each(leaves(typed, ''))('%s is a non-empty text, list of words or text function', (_key, value) => {
  if (typeof value === 'function') {
    // ['X'] reads as a text, a word list and (compared) a number: every parameter kind the texts take.
    const text: unknown = value(...Array.from({ length: value.length }, (_, i) => (i === 0 ? ['X'] : 2)));
    expect(typeof text).toBe('string');
    expect((text as string).trim()).not.toBe('');
  } else if (Array.isArray(value)) {
    expect(value.length).toBeGreaterThan(0);
    for (const word of value) expect(typeof word === 'string' && word.trim() !== '').toBe(true);
  } else {
    expect(typeof value).toBe('string');
    expect((value as string).trim()).not.toBe('');
  }
});
