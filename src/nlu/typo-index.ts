// Misspelt words the readers depend on ("arbeidsledi", "regisrert", "fulført", "porsent",
// "helsefagarbeder"), found the way place-names.ts finds misspelt places: every known word of six
// letters or more is stored under each string made by deleting one of its letters after the first
// (two from ten letters), so a misspelling finds its candidates with a few look-ups; they are then
// checked with the bounded Damerau-Levenshtein distance. Letters without æ/ø/å count as the same
// word ("videregaende"). Of two equally near candidates the one listed first wins.
import { foldPhrase } from './place-tokens';
import { deletions, editDistance } from './text';
import { memoize } from '../memo';
import { ListMap } from '../list-map';

const MIN_LETTERS = 6;
/** Longer words are left as written (no reader depends on one, and each costs more to look up). */
const MAX_LETTERS = 24;
/** Corrections remembered; the memory starts over when it is full. */
const SEEN_MAX = 5000;

function toleranceFor(letters: number, min: number): number {
  return letters >= 10 ? 2 : letters >= min ? 1 : 0;
}

/** Endings of Norwegian inflections ("flytter"/"flyttet", "fullføre"/"fullført"). */
const NORWEGIAN_ENDINGS = new Set(['', 'e', 'r', 't', 'n', 'a', 'er', 'et', 'en', 'te', 'de', 'ne', 'ene', 'ere']);
/** Endings of English inflections and derivations ("employer"/"employed", "worker"/"worked"). */
export const ENGLISH_ENDINGS: ReadonlySet<string> = new Set(['', 'e', 'r', 'd', 's', 'y', 'er', 'ed', 'es', 'ly', 'ing', 'ers', 'or', 'ors', 'al', 'ion']);

/**
 * Another form of the same word, not a misspelling: as long as the candidate and differing only in a
 * Norwegian ending ("flytter"/"flyttet"); a letter missing or added is a misspelling ("helsefagarbeidr").
 */
function otherInflection(word: string, candidate: string, endings: ReadonlySet<string>): boolean {
  if (word.length !== candidate.length) return false;
  let common = 0;
  while (common < word.length && common < candidate.length && word[common] === candidate[common]) common++;
  if (common < 4) return false;
  for (let stem = common; stem >= Math.max(4, common - 2); stem--) {
    if (endings.has(word.slice(stem)) && endings.has(candidate.slice(stem))) return true;
  }
  return false;
}

export interface TypoIndex {
  /** The known word `word` was meant to be, or undefined when it is known, too short or unclear. */
  correct(word: string): string | undefined;
}

/**
 * `known`: the words to correct towards (lower case, one word each); `leave`: words never corrected;
 * `minLetters`: the shortest word corrected (and corrected towards).
 */
export function createTypoIndex(known: Iterable<string>, leave: ReadonlySet<string>, endings: ReadonlySet<string> = NORWEGIAN_ENDINGS, minLetters = MIN_LETTERS): TypoIndex {
  const tolerance = (letters: number) => toleranceFor(letters, minLetters);
  const byFold = new Map<string, string>();
  /** Order of the known words: on a tie the earlier wins (the lexicons list the bokmål form first). */
  const rank = new Map<string, number>();
  const byDeletion = new ListMap<string>();
  for (const word of known) {
    if (word.includes(' ')) continue;
    const folded = foldPhrase(word).replace(/ /g, '');
    if (!folded || byFold.has(folded)) continue;
    byFold.set(folded, word);
    rank.set(folded, rank.size);
    const tol = tolerance(folded.length);
    if (tol === 0) continue;
    for (const variant of deletions(folded, tol)) byDeletion.add(variant, folded, { unique: true });
  }
  // Words already looked up: a message repeats words, and so do the messages of a conversation.
  const remembered = memoize((word: string) => lookup(word) ?? null, SEEN_MAX);
  function lookup(word: string): string | undefined {
    const folded = foldPhrase(word).replace(/ /g, '');
    const exact = byFold.get(folded);
    if (exact !== undefined) return exact === word ? undefined : exact;
    if (folded.length < minLetters || /\d/.test(folded)) return undefined;
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const variant of deletions(folded, tolerance(folded.length))) {
      for (const candidate of byDeletion.get(variant)) {
        if (candidate === best) continue;
        const tol = Math.min(tolerance(candidate.length), tolerance(folded.length));
        const d = editDistance(folded, candidate, tol);
        if (d > tol) continue;
        if (d < bestDistance || (d === bestDistance && best !== undefined && (rank.get(candidate) ?? 0) < (rank.get(best) ?? 0))) {
          [best, bestDistance] = [candidate, d];
        }
      }
    }
    if (best === undefined || otherInflection(folded, best, endings)) return undefined;
    return byFold.get(best);
  }
  return {
    correct(word) {
      if (leave.has(word) || word.length > MAX_LETTERS) return undefined;
      return remembered(word) ?? undefined;
    },
  };
}
