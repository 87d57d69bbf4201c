// Norwegian numbers in free text: "seks", "tjuefem", "tre og et halvt", "6,5", "3 1/2", "halvannet".
// rewriteNumbers() turns them into plain digits ("6", "25", "3.5") so the parsers only deal with digits.
import { normalizeText } from '../normalise';
import { WORD_END, WORD_START } from './text';

const UNITS: Record<string, number> = {
  null: 0,
  én: 1,
  ett: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  sju: 7,
  syv: 7,
  åtte: 8,
  ni: 9,
};
const TEENS: Record<string, number> = {
  ti: 10,
  elleve: 11,
  tolv: 12,
  tretten: 13,
  fjorten: 14,
  femten: 15,
  seksten: 16,
  sytten: 17,
  atten: 18,
  nitten: 19,
};
const TENS: Record<string, number> = {
  tjue: 20,
  tyve: 20,
  tretti: 30,
  tredve: 30,
  førti: 40,
  femti: 50,
  seksti: 60,
  sytti: 70,
  åtti: 80,
  nitti: 90,
};
/** "en/et/ei" are also articles; they count as 1 only right before a unit ("et år", "en måned"). */
const ARTICLE_ONE = 'en|et|ett|ei|én';
const UNIT_WORDS = 'år|års|måned|måneder|mnd|uke|uker';

const L = WORD_START;
const R = WORD_END;

function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

const TENS_ALT = alternation(Object.keys(TENS));
const SMALL_UNIT_ALT = alternation(Object.keys(UNITS).filter((w) => UNITS[w] > 0).concat('en', 'et', 'ei'));

/** Value of one number word ("seks", "tjuefem", "tjueen", "hundre"), or undefined. */
export function numberWordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w in UNITS) return UNITS[w];
  if (w in TEENS) return TEENS[w];
  if (w in TENS) return TENS[w];
  if (w === 'hundre' || w === 'ethundre' || w === 'etthundre') return 100;
  for (const [tens, value] of Object.entries(TENS)) {
    if (w.startsWith(tens)) {
      const rest = w.slice(tens.length);
      const unit = rest === 'en' || rest === 'et' || rest === 'ett' || rest === 'én' ? 1 : UNITS[rest];
      if (unit !== undefined && unit > 0) return value + unit;
    }
  }
  return undefined;
}

function fmt(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/**
 * Normalizes the text (lower case) and rewrites numbers as digits with "." as decimal point:
 * "tre og et halvt år" → "3.5 år", "6,5 år" → "6.5 år", "3 1/2 år" → "3.5 år", "et halvt år" → "0.5 år",
 * "halvannet år" → "1.5 år", "åtti prosent" → "80 prosent", "fem og tyve" → "25", "tjue fem" → "25".
 */
export function rewriteNumbers(text: string): string {
  let t = normalizeText(text);
  // Decimal comma and fractions written with digits.
  t = t.replace(/(?<!\d)(\d+),(\d+)/g, '$1.$2');
  t = t.replace(/(?<!\d)(\d+)\s*½/g, (_, n: string) => fmt(Number(n) + 0.5));
  t = t.replace(/½/g, '0.5');
  t = t.replace(/(?<!\d)(\d+)\s+1\/2(?!\d)/g, (_, n: string) => fmt(Number(n) + 0.5));
  // Halves: "halvannet", "et halvt" (the "N og 0.5" sums are made once N is a digit).
  t = t.replace(new RegExp(`${L}halvann[eta]+${R}`, 'gu'), '1.5');
  t = t.replace(new RegExp(`${L}(?:${ARTICLE_ONE}) halv[te]?${R}`, 'gu'), '0.5');
  // Compound words written apart: "fem og tyve" (old style), "tjue fem".
  t = t.replace(new RegExp(`${L}(${SMALL_UNIT_ALT}) og (${TENS_ALT})${R}`, 'gu'), (_, u: string, tens: string) =>
    fmt((u === 'en' || u === 'et' || u === 'ei' ? 1 : UNITS[u]) + TENS[tens]),
  );
  t = t.replace(new RegExp(`${L}(${TENS_ALT}) (${SMALL_UNIT_ALT})${R}`, 'gu'), (m, tens: string, u: string) =>
    u === 'en' || u === 'et' || u === 'ei' ? m : fmt(TENS[tens] + UNITS[u]),
  );
  // Single number words, including written-together compounds ("tjuefem").
  t = t.replace(/\p{L}+/gu, (w) => {
    const v = numberWordValue(w);
    return v === undefined ? w : fmt(v);
  });
  t = t.replace(/(?<![\d.])(\d+(?:\.\d+)?) og 0\.5(?![\d])/g, (_, n: string) => fmt(Number(n) + 0.5));
  // "et år", "en måned" → 1.
  t = t.replace(new RegExp(`${L}(?:${ARTICLE_ONE}) (?=(?:${UNIT_WORDS})${R})`, 'gu'), '1 ');
  return t;
}

/** The text is nothing but a number ("6", "seks", "6,5", "tre og et halvt"): its value. */
export function parseBareNumber(text: string): number | undefined {
  const t = rewriteNumbers(text).replace(/[.!?]+$/, '').trim();
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : undefined;
}
