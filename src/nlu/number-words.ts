// Numbers as people write them, read from a run of words: "34", "1,5", "3 1/2", "3½", "seks",
// "tjuefem", "tjue fem", "fem og tyve", "tre og et halvt", "halvannet", "et halvt år", "ett år",
// "forty-one", "four and a half" (after language-words turned "and a half" into "og en halv").
// Each call looks at a few words from one position, so reading a message is linear.
import { memoize } from '../memo';

const UNITS: Readonly<Record<string, number>> = {
  null: 0, en: 1, én: 1, ett: 1, ei: 1, eit: 1, ein: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, tri: 3, fira: 4, sjau: 7, åtta: 8, nie: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  ti: 10, elleve: 11, tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  tjue: 20, tyve: 20, tretti: 30, tredve: 30, førti: 40, femti: 50, seksti: 60, sytti: 70, åtti: 80, nitti: 90,
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, tjuge: 20,
};
/** Words that are also articles or other words: a number only before a unit ("et år", "en måned"). */
const ARTICLES = new Set(['en', 'et', 'ett', 'ei', 'eit', 'ein', 'one']);
const HALF = new Set(['halv', 'halvt', 'halve', 'halvannen', 'half']);
const ONE_AND_A_HALF = new Set(['halvannet', 'halvannen', 'halvanna', 'halvannan', 'halvtannet', 'halvtanna', 'halvanent', 'halvannent']);
const UNIT_WORDS = new Set(['år', 'års', 'årene', 'måned', 'måneder', 'måneders', 'uke', 'uker', 'prosent', '%', 'stilling']);
const TENS_KEYS = Object.keys(TENS).sort((a, b) => b.length - a.length);
const AND = new Set(['og', 'and']);

/** The value of one number word ("seks", "tjuefem", "hundre", "forty-one"), or undefined. */
/** Number words already looked up (words repeat); cleared when full. */
const rememberedNumberWord = memoize((word: string) => lookUpNumberWord(word) ?? null, 20_000);

export function numberWordValue(word: string): number | undefined {
  return rememberedNumberWord(word) ?? undefined;
}

function lookUpNumberWord(word: string): number | undefined {
  if (Object.hasOwn(UNITS, word)) return UNITS[word];
  if (Object.hasOwn(TEENS, word)) return TEENS[word];
  if (Object.hasOwn(TENS, word)) return TENS[word];
  if (word === 'hundre' || word === 'hundred' || word === 'ethundre' || word === 'etthundre' || word === 'hundrede') return 100;
  for (const tens of TENS_KEYS) {
    if (!word.startsWith(tens)) continue;
    const rest = word.slice(tens.length).replace(/^-/, '');
    const unit = rest === 'en' || rest === 'et' || rest === 'ett' || rest === 'én' || rest === 'ein' ? 1 : Object.hasOwn(UNITS, rest) ? UNITS[rest] : undefined;
    if (unit !== undefined && unit > 0) return TENS[tens] + unit;
  }
  // "seksogførti", "femogtyve": the unit first, in one word (the older way of counting).
  const and = word.indexOf('og');
  if (and > 0) {
    const unit = Object.hasOwn(UNITS, word.slice(0, and)) ? UNITS[word.slice(0, and)] : word.slice(0, and) === 'en' ? 1 : undefined;
    const tens = word.slice(and + 2);
    if (unit !== undefined && unit > 0 && Object.hasOwn(TENS, tens)) return TENS[tens] + unit;
  }
  return undefined;
}

/** A digit token's value: "34", "1,5", "1.5", "1/2". */
export function digitValue(token: string): number | undefined {
  if (token.length > 12) return undefined; // a run of digits this long is no age, year count or percentage
  const first = token.charCodeAt(0);
  if (first < 48 || first > 57) return undefined;
  if (/^\d+$/.test(token)) return Number(token);
  const decimal = /^(\d+)[.,](\d+)$/.exec(token);
  if (decimal) return Number(`${decimal[1]}.${decimal[2]}`);
  const fraction = /^(\d+)\/(\d+)$/.exec(token);
  if (fraction && Number(fraction[2]) > 0) return Number(fraction[1]) / Number(fraction[2]);
  return undefined;
}

export interface NumberRead {
  value: number;
  /** Words used. */
  length: number;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** "og en halv" / "og et halvt" / "½" / "1/2" after a number: the words it takes. */
function halfAfter(words: readonly string[], i: number): number {
  if (words[i] === '½') return 1;
  if (words[i] === '1/2') return 1;
  if (AND.has(words[i]) && ARTICLES.has(words[i + 1] ?? '') && HALF.has(words[i + 2] ?? '')) return 3;
  if (AND.has(words[i]) && HALF.has(words[i + 1] ?? '')) return 2;
  return 0;
}

/**
 * The number starting at words[i] (words already in lower case), with how many words it takes, or
 * undefined. Articles count as one only before a unit word ("et år", not "et lager").
 */
export function readNumber(words: readonly string[], i: number): NumberRead | undefined {
  const w = words[i];
  if (w === undefined) return undefined;
  if (ONE_AND_A_HALF.has(w)) return { value: 1.5, length: 1 };
  if (w === '½') return { value: 0.5, length: 1 };
  if (ARTICLES.has(w)) {
    if (HALF.has(words[i + 1] ?? '') && UNIT_WORDS.has(words[i + 2] ?? '')) return { value: 0.5, length: 2 };
    if (UNIT_WORDS.has(words[i + 1] ?? '')) return { value: 1, length: 1 };
    const half = halfAfter(words, i + 1);
    if (half > 0 && w !== 'en' && w !== 'ei' && w !== 'ein') return { value: 1.5, length: 1 + half };
    return undefined;
  }
  let value = digitValue(w);
  let length = 1;
  if (value === undefined) {
    value = numberWordValue(w);
    if (value === undefined) return undefined;
    const next = words[i + 1] ?? '';
    // "fem og tyve", "tjue fem", "ett hundre"
    if (value < 10 && AND.has(next) && Object.hasOwn(TENS, words[i + 2] ?? '')) {
      value += TENS[words[i + 2]];
      length = 3;
    } else if (value % 10 === 0 && value >= 20 && value < 100 && Object.hasOwn(UNITS, next) && !ARTICLES.has(next)) {
      value += UNITS[next];
      length = 2;
    } else if (value === 1 && (next === 'hundre' || next === 'hundred')) {
      value = 100;
      length = 2;
    }
  }
  const half = halfAfter(words, i + length);
  if (half > 0) return { value: round(value + 0.5), length: length + half };
  return { value: round(value), length };
}
