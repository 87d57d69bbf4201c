// A yes or no typed as a whole message ("ja", "nei takk", "det har jeg ikke"), for the router: a lone
// yes/no with nothing asked is not searched in the reports. Answers inside the guided assessment are
// read by answers.ts, which also scopes negation to what it negates.
import { tokens } from './text';

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
