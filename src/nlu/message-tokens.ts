// Splits a message into words, numbers and "%" for understanding, keeping where each came from.
// One pass over the characters, so the cost grows linearly with the message. Words keep their inner
// hyphens and apostrophes ("it-support", "don't"), numbers their decimal comma or fraction ("1,5",
// "3 1/2" stays two tokens), and a hyphen before "og"/"eller" stays on its word ("barne- og
// ungdomsarbeider"). What separates two tokens is kept as a strength: a space, a soft break (comma,
// colon, brackets, a dash) or a hard one (a sentence end).

export const BREAK = { space: 0, soft: 1, hard: 2 } as const;
export type Break = (typeof BREAK)[keyof typeof BREAK];

export interface MessageToken {
  /** Lower case (NFC), as written. */
  lower: string;
  start: number;
  end: number;
  /** Written with a capital first letter. */
  upper: boolean;
  /** Written all in capitals, two letters or more ("IT", "NAV"). */
  capitals: boolean;
  /** The break before this token (the first token of a message: hard). */
  before: Break;
  /** Index of the sentence; sentences end at ". ! ? ;" and line breaks. */
  sentence: number;
}

export interface TokenizedMessage {
  tokens: MessageToken[];
  /** Sentences that end with a question mark. */
  questions: Set<number>;
}

/** Short words after which "." is an abbreviation, not a sentence end ("ca. 60 %", "f.eks."). */
const ABBREVIATIONS = new Set([
  'ca', 'bl', 'f', 'eks', 'feks', 'nr', 'kl', 'm', 'mht', 'pga', 'dvs', 'osv', 'etc', 'evt', 'ev', 'st', 'mr', 'mrs', 'dr', 'vs', 'approx', 'jf', 'ift', 'mtp', 'inkl', 'bla', 'ifm', 'tlf', 'avd',
  // case notes: "Reg. hos NAV", "10 års erf.", "Grunnskole fullf.", "arb.ledig", "Kand. 41 år"
  'reg', 'erf', 'fullf', 'arb', 'kand',
]);

const LETTER = /[\p{L}\p{M}]/u;
/** Whether each code below this is a letter, worked out once: æ, ø, å and their neighbours are in every message. */
const TABLE_END = 0x800;
const LETTER_TABLE = Uint8Array.from({ length: TABLE_END }, (_, code) => (LETTER.test(String.fromCharCode(code)) ? 1 : 0));

function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code < TABLE_END) return LETTER_TABLE[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER.test(String.fromCharCode(code));
}
const isDigit = (code: number) => code >= 48 && code <= 57;
const isWordChar = (code: number) => isLetter(code) || isDigit(code);

function breakOf(code: number): Break | null {
  switch (code) {
    case 10: case 13: case 33: case 63: case 59: // \n \r ! ? ;
      return BREAK.hard;
    case 44: case 58: case 40: case 41: case 47: case 34: case 0xab: case 0xbb: case 91: case 93:
    case 0x2013: case 0x2014: case 0x201c: case 0x201d: case 0x2026: case 45: case 0x2010: case 0x2011: case 42: case 43: case 38:
    case 0x2022: case 0xb7: case 124: case 0x25cf: case 0x25aa: case 0x2192: case 61: case 62: case 60: case 123: case 125:
      return BREAK.soft; // , : ( ) / " « » [ ] – — “ ” … - * + & • · | ● ▪ → = > < { }
    default:
      return null;
  }
}

export function tokenizeMessage(text: string): TokenizedMessage {
  const tokens: MessageToken[] = [];
  const questions = new Set<number>();
  let sentence = 0;
  let pending: Break = BREAK.hard;
  const n = text.length;
  let i = 0;
  const push = (start: number, end: number, ascii: boolean) => {
    const raw = text.slice(start, end);
    const lower = ascii ? raw.toLowerCase() : raw.normalize('NFC').toLowerCase();
    if (pending === BREAK.hard && tokens.length > 0) sentence++;
    const first = text.charCodeAt(start);
    const upper = first < 128 ? first >= 65 && first <= 90 : raw.charAt(0) !== raw.charAt(0).toLowerCase();
    const capitals = upper && raw.length >= 2 && raw !== lower && raw === raw.toUpperCase();
    tokens.push({ lower, start, end, upper, capitals, before: pending, sentence });
    pending = BREAK.space;
  };
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      const start = i;
      const digits = isDigit(code);
      let ascii = code < 128;
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isWordChar(c)) {
          // "30år", "100prosent": a number written together with its unit is two words.
          if (digits && !isDigit(c) && isDigit(text.charCodeAt(i - 1))) break;
          if (c >= 128) ascii = false;
          i++;
          continue;
        }
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        const prev = text.charCodeAt(i - 1);
        // Inner hyphen or apostrophe between letters; decimal comma/point or slash between digits.
        if ((c === 45 || c === 0x2010 || c === 0x2011) && isWordChar(next) && isWordChar(prev)) i++;
        else if ((c === 39 || c === 0x2019) && isLetter(next) && isLetter(prev)) i++;
        else if ((c === 44 || c === 46 || c === 47) && digits && isDigit(prev) && isDigit(next)) i++;
        else break;
      }
      // "barne- og ungdomsarbeider": a hyphen that ends a word before a space stays on it.
      if (i < n && text.charCodeAt(i) === 45 && (i + 1 >= n || text.charCodeAt(i + 1) === 32) && !digits) i++;
      push(start, i, ascii);
      continue;
    }
    if (code === 37 || code === 0xbd) {
      // "%" and "½" are tokens of their own.
      push(i, i + 1, false);
      i++;
      continue;
    }
    if (code === 46) {
      // "." ends a sentence unless it ends an abbreviation or sits inside "f.eks.".
      const last = tokens[tokens.length - 1];
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
      const abbreviation = last !== undefined && last.end === i && ABBREVIATIONS.has(last.lower);
      // "10. klasse", "8. trinn": an ordinal, when a lower-case word follows.
      const after = i + 2 < n ? text.charCodeAt(i + 2) : 32;
      const ordinal = last !== undefined && last.end === i && /^\d{1,2}$/.test(last.lower) && next === 32 && after >= 97 && after <= 122;
      if (!abbreviation && !ordinal && !isLetter(next) && tokens.length > 0) pending = BREAK.hard;
      i++;
      continue;
    }
    // "u/fagbrev", "m/fagbrev" (uten, med): the slash after the letter does not separate.
    const last = tokens[tokens.length - 1];
    if (code === 47 && last !== undefined && last.end === i && (last.lower === 'u' || last.lower === 'm') && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    // "80%-stilling": the hyphen joins, it does not separate.
    if (code === 45 && i > 0 && text.charCodeAt(i - 1) === 37) {
      i++;
      continue;
    }
    const brk = breakOf(code);
    if (brk !== null && tokens.length > 0 && brk > pending) pending = brk;
    if (code === 63) questions.add(sentence);
    i++;
  }
  return { tokens, questions };
}
