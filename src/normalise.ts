// Text normalising and folding, in one place. Each form is for one kind of comparison; they differ on
// purpose (retrieval keeps spacing for offsets, understanding drops quotes, fuzzy matching folds æøå),
// so a caller picks the form by what it compares.

/** Dashes and minus signs that mean "-". */
const DASHES = /[\u2010-\u2015\u2212]/gu;
/** Zero-width characters that could hide a word from a pattern. */
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff]/gu;

/** Lower-case, trimmed, single spaces: for names in the knowledge files (counties, topics, trades). */
export function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Retrieval: lower case + Unicode NFC, typographic apostrophes and dashes made plain. Spacing is kept,
 * so the text can be tokenised in place.
 */
export function normalizeForMatching(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(/[\u2018\u2019\u02bc]/gu, "'");
}

/** Understanding a message: lower case, quotes dropped, dashes and spaces unified, whitespace collapsed. Keeps æ, ø, å. */
export function normalizeText(text: string): string {
  // A run of spaces, quotes, tabs and line breaks (\s has the no-break spaces too) is one space.
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\s\u2018\u2019\u201c\u201d«»"]+/g, ' ')
    .trim();
}

/** Fuzzy comparison: normalizeText folded to a–z (ø/ö→o, æ/ä→ae, å→a, é→e); only letters, digits and spaces remain. */
export function foldText(text: string): string {
  // (normalizeText's case and NFC: the dashes, quotes and spaces it unifies are all made one space below anyway.)
  let folded = text.normalize('NFC').toLowerCase();
  // (Each pass only where it has something to do: most text is plain a–z but for æ, ø and å.)
  if (!ASCII.test(folded)) folded = folded.replace(/[øöæäå]/g, (c) => NORDIC[c] ?? c);
  if (!ASCII.test(folded)) folded = folded.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  // Anything but a–z and digits separates words, by one space.
  return folded.replace(/[^a-z0-9]+/g, ' ').trim();
}

const ASCII = /^[\x00-\x7f]*$/;
const NORDIC: Record<string, string> = { ø: 'o', ö: 'o', æ: 'ae', ä: 'ae', å: 'a' };

/** What the question guard's patterns read: compatibility forms (NFKC) and no zero-width characters, so look-alikes cannot slip past. */
export function normalizeForGuard(text: string): string {
  return fold(text.normalize('NFKC').replace(INVISIBLE, ''));
}

/** Punctuation dictated as a word, and the mark it stands for. */
const SPOKEN_MARKS: Readonly<Record<string, string>> = {
  spørsmålstegn: '?',
  spørsmålsteikn: '?',
  'question mark': '?',
  utropstegn: '!',
  'exclamation mark': '!',
  punktum: '.',
  'full stop': '.',
  komma: ',',
  comma: ',',
};
/**
 * A mark dictated as a word ("… for hele fylket nå spørsmålstegn", "ti år komma kan jeg …"), not the word used as a noun
 * ("setter spørsmålstegn ved", "et komma") nor a decimal comma ("to komma fem").
 */
const SPOKEN_MARK = new RegExp(
  `(?<!(?:\\bsett\\p{L}*|\\bsatt\\p{L}*|\\bset|\\bet|\\bett|\\beit|\\ba|\\ban|\\bthe|\\bmed|\\buten|\\bmange|\\bno)\\s+)(?<![\\p{L}\\p{N}])\\s*(${Object.keys(SPOKEN_MARKS).join('|')})(?![\\p{L}\\p{N}])(?!\\s+(?:\\d|null|en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|one|two|three|four|five|six|seven|eight|nine)\\b)`,
  'giu',
);

/** Any of the words at all: most messages have none, and the pattern above is not run on them. */
const SPOKEN_MARK_WORD = /spørsmålste|punktum|utropstegn|komma|comma|question mark|exclamation mark|full stop/iu;

/** Dictated punctuation as the marks themselves, so a voice-typed "… kan jeg ta fagbrev spørsmålstegn" is a question. */
export function withSpokenMarks(text: string): string {
  if (!SPOKEN_MARK_WORD.test(text)) return text;
  const marked = text.replace(SPOKEN_MARK, (_, word: string) => `\u0000${SPOKEN_MARKS[word.toLowerCase()] ?? word}`);
  // (The space before a dictated mark goes with it: "fagbrev ?" is "fagbrev?".)
  return marked === text ? text : marked.replace(/\s*\u0000/gu, '');
}
