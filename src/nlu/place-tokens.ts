// One pass over a message: words folded the way foldText() folds them (lower case, ø→o, æ→ae, å→a,
// accents dropped; in addition the Sami letters đ, ŧ, ŋ become d, t, n), with where each word stands
// in the original text, whether it was written with a capital letter, and what separates it from the
// word before (space, hyphen, a comma-like mark, or a sentence end). A character loop with a lookup
// table: no regular expression runs on user text, so the cost is linear in its length.

/** What separates a token from the one before it. Ordered: a larger value is a stronger break. */
export const SEP = { start: 0, space: 1, hyphen: 2, soft: 3, hard: 4 } as const;
export type Sep = (typeof SEP)[keyof typeof SEP];

export interface Token {
  /** Folded word: a–z and 0–9 only. */
  key: string;
  /** The word in lower case as written (keeps æ, ø, å: "bør" is not "bor"). */
  lower: string;
  start: number;
  end: number;
  /** Written with a capital first letter. */
  upper: boolean;
  sep: Sep;
  /** Index of the sentence the token is in. */
  sentence: number;
  /** Which context word sets (place-words.ts) the token is in, worked out on first use: the owner's id (-1: not yet) and 64 bits. */
  setsOwner: number;
  sets0: number;
  sets1: number;
}

export interface TokenizedText {
  tokens: Token[];
  /** Sentences that end with a question mark. */
  questions: Set<number>;
}

const TABLE_SIZE = 0x250; // Basic Latin to the end of Latin Extended-B
const SPECIAL: Record<string, string> = {
  ø: 'o',
  ö: 'o',
  æ: 'ae',
  ä: 'ae',
  å: 'a',
  đ: 'd',
  ŧ: 't',
  ŋ: 'n',
  ß: 'ss',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  œ: 'oe',
};

function foldChar(code: number): string | null {
  if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) return String.fromCharCode(code);
  if (code >= 0x300 && code <= 0x36f) return ''; // a combining accent belongs to the letter before it
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  if (code < 0xc0) return null;
  const lower = String.fromCharCode(code).toLowerCase();
  if (SPECIAL[lower]) return SPECIAL[lower];
  const base = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return /^[a-z]+$/.test(base) ? base : null;
}

const FOLD: Array<string | null> = Array.from({ length: TABLE_SIZE }, (_, code) => foldChar(code));
const UPPER: Uint8Array = Uint8Array.from({ length: TABLE_SIZE }, (_, code) => {
  const ch = String.fromCharCode(code);
  return FOLD[code] !== null && ch !== ch.toLowerCase() ? 1 : 0;
});
/** Folds of characters past the table (Latin Extended Additional, …), filled as they are met. */
const FOLD_BEYOND = new Map<number, string | null>();

function foldOf(code: number): string | null {
  if (code < TABLE_SIZE) return FOLD[code];
  let folded = FOLD_BEYOND.get(code);
  if (folded === undefined) {
    folded = code >= 0xd800 && code <= 0xdfff ? null : foldChar(code);
    FOLD_BEYOND.set(code, folded);
  }
  return folded;
}

function isUpper(code: number): boolean {
  if (code < TABLE_SIZE) return UPPER[code] === 1;
  const ch = String.fromCharCode(code);
  return foldOf(code) !== null && ch !== ch.toLowerCase();
}

/** Short words after which a full stop is an abbreviation, not a sentence end ("St. Hanshaugen"). */
const ABBREVIATIONS = new Set(['st', 'sr', 'ca', 'nr', 'kl', 'bl', 'pr', 'mr', 'dr', 'ev', 'evt']);

function isWordChar(code: number): boolean {
  return foldOf(code) !== null;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || (code >= 0x2000 && code <= 0x200b);
}

/** How a separator character breaks the text, given the characters around it. */
function separatorAt(text: string, i: number, lastKey: string | undefined): Sep {
  const code = text.charCodeAt(i);
  switch (code) {
    case 10: // \n
    case 13:
    case 33: // !
    case 63: // ?
    case 59: // ;
      return SEP.hard;
    case 46: {
      // .
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
      if (isWordChar(next)) return SEP.space; // "1.5", "St.Olav"
      return lastKey !== undefined && ABBREVIATIONS.has(lastKey) ? SEP.space : SEP.hard;
    }
    case 45: // -
    case 0x2010:
    case 0x2011: {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
      return isWordChar(prev) && isWordChar(next) ? SEP.hyphen : SEP.soft;
    }
    case 44: // ,
    case 58: // :
    case 40: // (
    case 41: // )
    case 47: // /
    case 34: // "
    case 0xab: // «
    case 0xbb: // »
    case 91: // [
    case 93: // ]
    case 0x2013: // –
    case 0x2014: // —
    case 0x201c:
    case 0x201d:
    case 0x2026: // …
      return SEP.soft;
    default:
      return SEP.space;
  }
}

function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += foldOf(word.charCodeAt(i)) ?? '';
  return out;
}

export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  const questions = new Set<number>();
  let sentence = 0;
  let pending: Sep = SEP.start;
  let start = -1;
  let ascii = true;
  let combining = false;

  const finish = (end: number) => {
    const from = start;
    const lower = text.slice(start, end).toLowerCase();
    // A decomposed letter ("a" + U+0308) is composed first, so that it folds like "ä".
    const key = ascii ? lower : foldWord(combining ? lower.normalize('NFC') : lower);
    start = -1;
    if (key === '') return; // only combining marks
    if (pending === SEP.hard && tokens.length > 0) sentence++;
    tokens.push({ key, lower, start: from, end, upper: isUpper(text.charCodeAt(from)), sep: pending, sentence, setsOwner: -1, sets0: 0, sets1: 0 });
    pending = SEP.space;
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (foldOf(code) !== null) {
      if (start < 0) {
        start = i;
        ascii = true;
        combining = false;
      }
      if (code > 122) {
        ascii = false;
        if (code >= 0x300 && code <= 0x36f) combining = true;
      }
      continue;
    }
    if (start >= 0) finish(i);
    if (isSpace(code)) continue;
    const sep = separatorAt(text, i, tokens.length ? tokens[tokens.length - 1].key : undefined);
    if (sep > pending && tokens.length > 0) pending = sep;
    if (code === 63) questions.add(sentence);
  }
  if (start >= 0) finish(text.length);
  return { tokens, questions };
}

/** A name or phrase as the matcher keys it: its folded words joined by single spaces. */
export function foldPhrase(text: string): string {
  return tokenize(text)
    .tokens.map((t) => t.key)
    .join(' ');
}
