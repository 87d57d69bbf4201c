// Parsers for single answers: years of practice, position percentage, yes/no and age. Each returns
// undefined when the text does not clearly say it; they never guess.
import { parseBareNumber, rewriteNumbers } from './numbers';
import { WORD_END, tokens } from './text';

const R = WORD_END;
// A match starts only where a run of digits starts, so a long run costs linear time, not quadratic.
const NUM = '(?<![\\d.])(\\d+(?:\\.\\d+)?)';
const YEAR_UNIT = `(?:år|års|årene)${R}`;
const MONTH_UNIT = `(?:måned|måneder|måneders|mnd|md)${R}`;

const MAX_YEARS = 60;

function inYearRange(n: number): number | undefined {
  return Number.isFinite(n) && n >= 0 && n <= MAX_YEARS ? Math.round(n * 100) / 100 : undefined;
}

/**
 * Years from a duration: "seks år" → 6, "6,5 år" → 6.5, "3 1/2 år" → 3.5, "et halvt år" → 0.5,
 * "18 måneder" → 1.5, "2 år og 6 måneder" → 2.5, "mellom 5 og 6 år" → 5 (the lower bound), "6" → 6,
 * "ingen" → 0. Works on numbers already rewritten by rewriteNumbers() too.
 */
export function parseYears(text: string): number | undefined {
  const t = rewriteNumbers(text);
  if (/^(?:ingen|null|ingenting|ikke noe)(?: år| praksis| erfaring)?[.!]?$/u.test(t)) return 0;

  const range = new RegExp(`(?:mellom )?${NUM}\\s*(?:-|til|og|eller)\\s*${NUM}\\s*${YEAR_UNIT}`, 'u').exec(t);
  if (range) return inYearRange(Math.min(Number(range[1]), Number(range[2])));

  const yearsAndMonths = new RegExp(`${NUM}\\s*${YEAR_UNIT}(?:\\s*(?:og|,)\\s*${NUM}\\s*${MONTH_UNIT})?`, 'u').exec(t);
  const months = new RegExp(`${NUM}\\s*${MONTH_UNIT}`, 'u').exec(t);
  if (yearsAndMonths && (!months || yearsAndMonths.index <= months.index)) {
    const extraMonths = yearsAndMonths[2] ? Number(yearsAndMonths[2]) : 0;
    return inYearRange(Number(yearsAndMonths[1]) + extraMonths / 12);
  }
  if (months) return inYearRange(Number(months[1]) / 12);

  const bare = parseBareNumber(t);
  return bare === undefined ? undefined : inYearRange(bare);
}

/**
 * Position percentage: "80 %", "80%", "80 prosent", "åtti prosent", "full stilling"/"heltid"/"fulltid" → 100,
 * "halv stilling"/"halvtid" → 50, "0,8 stilling" → 80, "80" → 80. "deltid" alone says no number → undefined.
 */
export function parsePercent(text: string): number | undefined {
  const found = findPercent(text);
  if (found !== undefined) return found;
  const bare = parseBareNumber(text);
  return bare !== undefined && bare >= 0 && bare <= 100 ? bare : undefined;
}

/** Like parsePercent, but only an explicit percentage or phrase; a bare number is not enough. */
export function findPercent(text: string): number | undefined {
  const t = rewriteNumbers(text);
  const explicit = new RegExp(`${NUM}\\s*-?\\s*(?:%|prosent)`, 'u').exec(t);
  if (explicit) {
    const n = Number(explicit[1]);
    return n >= 0 && n <= 100 ? n : undefined;
  }
  const fraction = new RegExp(`(?<![\\d.])(0?\\.\\d+|1)\\s+(?:stilling|årsverk)${R}`, 'u').exec(t);
  if (fraction) return Math.round(Number(fraction[1]) * 100);
  if (/(?<!\p{L})(?:heltid|fulltid|full stilling|full jobb|hel stilling|heltidsstilling|fulltidsstilling)(?!\p{L})/u.test(t)) {
    return 100;
  }
  if (/(?<!\p{L})(?:halv stilling|halvtid|halv jobb|halvtidsstilling)(?!\p{L})/u.test(t)) return 50;
  return undefined;
}

// "Ikke sikker" and "det vet jeg ikke" say the person does not know: checked before the negations.
const UNSURE = new RegExp(
  '(?<!\\p{L})(?:' +
    '(?:vet|veit|aner|husker) (?:(?:jeg|eg|du) )?(?:ikke|ikkje)|ikke (?:helt |så |heilt )?sikker|' +
    '(?:ikke|vanskelig) (?:godt )?å si|usikker|kanskje|tja|delvis|litt' +
    ')(?!\\p{L})',
  'u',
);
const YES_FIRST = new Set([
  'ja', 'jo', 'jepp', 'japp', 'jada', 'jaa', 'jau', 'javisst', 'jaha', 'yes', 'yep', 'yup', 'jupp',
  'stemmer', 'riktig', 'korrekt', 'absolutt', 'selvfølgelig', 'sikkert', 'gjerne', 'jess',
]);
const NO_FIRST = new Set(['nei', 'nope', 'nix', 'niks', 'næ', 'nææ', 'no', 'neppe', 'aldri', 'ingen', 'ikke', 'ikkje']);
const NEGATION = /(?<!\p{L})(?:ikke|ikkje|aldri|ingen|intet|nei|nope)(?!\p{L})/u;
const AFFIRMATIVE = /(?<!\p{L})(?:det har jeg|jeg har det|har det|det er jeg|jeg er det|det gjør jeg|det stemmer|stemmer|riktig|det er riktig)(?!\p{L})/u;

/**
 * Yes/no: "ja", "jepp", "ja, det har jeg" → true; "nei", "ikke", "nope", "har ikke", "nei, det har jeg ikke" → false;
 * "vet ikke", "det vet jeg ikke", "ikke sikker", "kanskje", or "ja, men ikke …" (contradiction) → undefined.
 */
export function parseYesNo(text: string): boolean | undefined {
  const words = tokens(text);
  if (words.length === 0) return undefined;
  const joined = words.join(' ');
  if (UNSURE.test(joined)) return undefined;
  const first = words[0];
  const rest = words.slice(1).join(' ');
  if (YES_FIRST.has(first)) return NEGATION.test(rest) ? undefined : true;
  if (NO_FIRST.has(first)) return false;
  if (NEGATION.test(joined)) return false;
  if (AFFIRMATIVE.test(joined)) return true;
  return undefined;
}

const MIN_AGE = 10;
const MAX_AGE = 110;

function inAgeRange(n: number): number | undefined {
  const age = Math.floor(n);
  return age >= MIN_AGE && age <= MAX_AGE ? age : undefined;
}

/**
 * Age in whole years: "34", "34 år", "jeg er 34 år", "34 år gammel", "trettifire", "alder: 34", "34-åring".
 * A birth year is not converted (the birthday is unknown), so "født i 1990" → undefined.
 */
export function parseAge(text: string): number | undefined {
  const found = findAge(text);
  if (found !== undefined) return found;
  const bare = /^(\d+(?:\.\d+)?)(?:\s*år)?[.!]?$/u.exec(rewriteNumbers(text));
  return bare ? inAgeRange(Number(bare[1])) : undefined;
}

const CLAUSE_END = '(?=\\s*(?:$|[,.;!?]|og |men |,))';
const AGE_PATTERNS = [
  new RegExp(`${NUM}\\s*år gam(?:mel|mal|l)`, 'u'),
  new RegExp(`${NUM}\\s*-?\\s*åring`, 'u'),
  new RegExp(`(?<!\\p{L})(?:alder|alderen)\\s*(?:er|:)?\\s*${NUM}`, 'u'),
  new RegExp(`(?<!\\p{L})(?:jeg er|jeg er nå|jeg fylte|jeg ble|^er|^er nå)\\s+${NUM}(?:\\s*år)?${CLAUSE_END}`, 'u'),
];

/** The text with every stated age ("jeg er 34 år", "34 år gammel") blanked out, so its "år" is not read as a duration. */
export function withoutAgeMentions(text: string): string {
  return AGE_PATTERNS.reduce((t, re) => t.replace(new RegExp(re.source, 'gu'), ' '), rewriteNumbers(text));
}

/** Like parseAge, but only an age stated in words ("jeg er 34 år", "34 år gammel"); a bare number is not enough. */
export function findAge(text: string): number | undefined {
  const t = rewriteNumbers(text);
  for (const re of AGE_PATTERNS) {
    const m = re.exec(t);
    if (m) return inAgeRange(Number(m[1]));
  }
  return undefined;
}
