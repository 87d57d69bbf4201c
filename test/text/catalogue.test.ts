// Every language's catalogue: the same keys as the bokmål one (a missing or extra key fails here as
// well as in the type check), every text says something, and the texts really are in their language.
import { en } from '../../src/text/en';
import { ALL_TEXTS, LANGS, texts } from '../../src/text';
import { detectLanguage } from '../../src/text/detect-language';
import { nb } from '../../src/text/nb';
import type { Texts } from '../../src/text/texts';

const typed: Texts = nb;

function leaves(value: unknown, at: string): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  }
  return [[at, value]];
}

/** Calls a text function with ['X'] (a text, a word list) first and numbers after: every parameter kind the texts take. */
function sample(fn: (...args: unknown[]) => unknown): unknown {
  return fn(...Array.from({ length: fn.length }, (_, i) => (i === 0 ? ['X'] : 2)));
}

const kind = (value: unknown) => (typeof value === 'function' ? 'function' : Array.isArray(value) ? 'words' : typeof value);

describe.each(LANGS.map((lang) => [lang, texts(lang)] as const))('the %s catalogue', (_lang, catalogue) => {
  test('has exactly the keys of the bokmål catalogue, each of the same kind', () => {
    const keys = (c: Texts) => leaves(c, '').map(([key, value]) => `${key}: ${kind(value)}`);
    expect(keys(catalogue)).toEqual(keys(typed));
  });

  test.each(leaves(catalogue, ''))('%s is a non-empty text, list of words or text function', (_key, value) => {
    if (typeof value === 'function') {
      const text = sample(value as (...args: unknown[]) => unknown);
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
});

test('a catalogue with a key missing is caught', () => {
  const { help: _help, ...withoutHelp } = en;
  const keys = (c: object) => leaves(c, '').map(([key]) => key);
  expect(keys(withoutHelp)).not.toEqual(keys(nb));
});

test('the longer English texts read as English and the bokmål ones as Norwegian', () => {
  const longTexts = (c: Texts) => leaves(c, '').flatMap(([, v]) => (typeof v === 'string' && v.split(' ').length >= 8 ? [v] : []));
  const english = longTexts(en);
  const norwegian = longTexts(nb);
  expect(english.length).toBeGreaterThan(20);
  expect(english.filter((text) => detectLanguage(text) !== 'en')).toEqual([]);
  expect(norwegian.filter((text) => detectLanguage(text) !== 'nb')).toEqual([]);
});

test('ALL_TEXTS holds one catalogue per language', () => {
  expect(ALL_TEXTS).toEqual([nb, en]);
});

test('the catalogues claim nothing about price the sources do not say: no career centre is said to be free', () => {
  // The sources say that realkompetansevurdering was free under the old Act, and nothing of what career guidance costs.
  const priced = (c: Texts) =>
    leaves(c, '').flatMap(([key, v]) => {
      const text = typeof v === 'function' ? String(sample(v as (...args: unknown[]) => unknown)) : typeof v === 'string' ? v : '';
      return /\b(?:gratis|free|kostnadsfri)\b/iu.test(text) ? [key] : [];
    });
  expect(priced(nb)).toEqual([]);
  expect(priced(en)).toEqual([]);
});
