// Typo tolerance for questions: a word the knowledge does not contain is read as the known word it
// most likely is — first the same word without æ/ø/å ("trondelag" → "trøndelag", "pa" → "på", "naar" →
// "når"), then a word one edit away (from 4 letters, and then only a very common one, "mnge" → "mange";
// two edits from 9 letters: "prakiskandidat" → "praksiskandidat", "trøndelagsmodelen" →
// "trøndelagsmodellen"), where a letter typed as æ, ø or å counts as meant; of words equally near, the
// caller's question may choose (else the most frequent is taken). Known words, and compounds of known
// words, stay as they are. The lookup is a precomputed deletion index (symmetric delete), so a question
// costs a few map lookups per unknown word.
import { foldText } from '../normalise';
import { ListMap } from '../list-map';

/** Damerau–Levenshtein distance (optimal string alignment), stopping early above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    let best = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
  }
  return d[a.length][b.length];
}

/** A word with æ, ø and å each written as one plain letter (e, o, a). */
function foldSingle(word: string): string {
  return word.toLowerCase().replace(/æ/gu, 'e').replace(/ø/gu, 'o').replace(/å/gu, 'a');
}

function deletions(word: string, depth: number, out: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(shorter)) {
      out.add(shorter);
      deletions(shorter, depth - 1, out);
    }
  }
}

/**
 * How a word sounds, roughly, as people who spell by ear write it: å as o, a silent h or g first ("vordan",
 * "jort"), -ig as -i ("skriftli"), and doubled consonants as one ("jåb" and "jobb" are both "job").
 */
function soundKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/å/gu, 'o')
    .replace(/^(?:hv|gj|hj)/u, (m) => m.slice(1))
    .replace(/ig$/u, 'i')
    .replace(/([b-df-hj-np-tv-z])\1+/gu, '$1');
}

/** How many edits a word of this length may be from the word it is read as. */
export function allowedEdits(length: number): number {
  return length >= 9 ? 2 : length >= 4 ? 1 : 0;
}

/** A spelling without æøå is read as the usual one when that occurs this many times as often. */
const RARE_SPELLING_RATIO = 20;

/** Words shorter than this are read as a known word only when that is very common (SHORT_WORD_TARGET_FREQUENCY). */
const SHORT_WORD = 5;
const SHORT_WORD_TARGET_FREQUENCY = 50;

/** How often a word must occur in the knowledge for a typo to be read as it. */
const MIN_TARGET_FREQUENCY = 2;

export interface SpellingOptions {
  /** Words that may be reached with two edits (the rest only with one): the fact base's own words. */
  preferred?: ReadonlySet<string>;
  /** Real words ("nekte", "maler"): read as typed, not as a known word one edit away ("neste") or with æøå ("måler"). */
  asTyped?: ReadonlySet<string>;
}

export class SpellingCorrector {
  /** Known words by their folded form, most frequent first. */
  private readonly byFold = new Map<string, string>();
  private readonly index = new ListMap<string>();
  private readonly frequency: ReadonlyMap<string, number>;
  private readonly asTyped: ReadonlySet<string>;
  private readonly cache = new Map<string, string>();
  /** Words with several readings equally near, which the question they are in chooses between. */
  private readonly tied = new Map<string, readonly string[]>();
  /** The most frequent known word for each sound key, for words no edit reaches. */
  private readonly bySound = new Map<string, string>();

  /** vocabulary: lower-case words with their frequency. */
  constructor(vocabulary: ReadonlyMap<string, number>, options: SpellingOptions = {}) {
    this.frequency = vocabulary;
    this.asTyped = options.asTyped ?? new Set<string>();
    const preferred = options.preferred ?? new Set<string>();
    const sorted = [...vocabulary.entries()].filter(([w]) => /^\p{L}+$/u.test(w)).sort((a, b) => b[1] - a[1]);
    for (const [word] of sorted) {
      const folded = foldText(word);
      if (folded.length < 2 || folded.includes(' ')) continue;
      if (!this.byFold.has(folded)) this.byFold.set(folded, word);
      if (folded.length >= 3 && (vocabulary.get(word) ?? 0) >= MIN_TARGET_FREQUENCY) {
        const sound = soundKey(word);
        if (!this.bySound.has(sound)) this.bySound.set(sound, word);
      }
      // A word the reports use once (often a name or an English word) is no likely reading of a typo.
      if (folded.length < 5 || (vocabulary.get(word) ?? 0) < MIN_TARGET_FREQUENCY) continue;
      const keys = new Set<string>([folded]);
      const depth = preferred.has(word) && folded.length >= 9 ? 2 : 1;
      deletions(folded, depth, keys);
      // Also under æ, ø and å as one letter each: "opplring" is one letter from "opplæring", though two from "opplaering".
      const single = foldSingle(word);
      if (single !== folded) {
        keys.add(single);
        deletions(single, depth, keys);
      }
      for (const k of keys) this.index.add(k, word, { max: 24 });
    }
  }

  knows(word: string): boolean {
    return this.frequency.has(word);
  }

  /**
   * The known word a shortened one stands for ("realkomp." → "realkompetanse", "realkomp.vurdering" →
   * "realkompetansevurdering"): the most frequent that begins with `start`, ends with `end` and is longer by at
   * least two letters. Undefined when the shortening is a word itself or none is.
   */
  expand(start: string, end = ''): string | undefined {
    const from = start.toLowerCase();
    const to = end.toLowerCase();
    if (this.frequency.has(from + to)) return undefined;
    this.byStart ??= [...this.frequency.keys()].filter((w) => /^\p{L}+$/u.test(w)).sort();
    const words = this.byStart;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    let best: string | undefined;
    for (let i = lo; i < words.length && words[i].startsWith(from); i++) {
      const w = words[i];
      if (w.length < from.length + to.length + 2 || !w.endsWith(to)) continue;
      if (best === undefined || (this.frequency.get(w) ?? 0) > (this.frequency.get(best) ?? 0)) best = w;
    }
    return best;
  }
  /** The known words in order, for expand (built when first needed). */
  private byStart: string[] | undefined;

  /** The known word spelt as it sounds ("jåb" → "jobb"), when it is common enough to be meant. */
  private soundsLike(word: string): string | undefined {
    const found = this.bySound.get(soundKey(word));
    if (found === undefined || found === word) return undefined;
    const frequency = this.frequency.get(found) ?? 0;
    return word.length < SHORT_WORD && frequency < SHORT_WORD_TARGET_FREQUENCY ? undefined : found;
  }

  /**
   * The known word `word` most likely means, or `word` itself when it is known, unknown without a
   * close match, or accepted by `keep` (e.g. a compound of known words).
   */
  correct(word: string, keep?: (word: string) => boolean, prefer?: (reading: string) => number): string {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const tied = this.tied.get(word);
    if (tied !== undefined) return this.pick(tied, prefer);
    if (!/^\p{L}+$/u.test(word)) return word;
    const folded = foldText(word);
    if (this.frequency.has(word)) {
      // Typed without æøå ("videregaende", seen only in a web address): the usual spelling, when that is far
      // more frequent. A word typed with æøå ("før", "vår") or common in its own right ("bor") is meant as typed.
      const usual = folded === word ? this.byFold.get(folded) : undefined;
      const rare = usual !== undefined && !this.asTyped.has(word) && (this.frequency.get(word) ?? 0) * RARE_SPELLING_RATIO < (this.frequency.get(usual) ?? 0);
      return this.remember(word, rare ? usual : word);
    }
    // "aa" and "oe" are how å and ø are written without them ("naar", "paa", "oevre"): the word with å or ø, when that is known.
    let result = this.byFold.get(folded) ?? withoutDigraphs(folded).map((f) => this.byFold.get(f)).find((w) => w !== undefined);
    if (result === undefined && !this.asTyped.has(word) && !keep?.(word)) {
      const limit = allowedEdits(folded.length);
      // (A capital, "Fgbrev" first in a sentence, is no letter typed.)
      const lower = word.toLowerCase();
      const typedAeoa = folded !== lower;
      if (limit > 0) {
        const keys = new Set<string>([folded]);
        deletions(folded, limit, keys);
        let best: { word: string; distance: number; frequency: number } | undefined;
        // The readings as near as the best: which of them the rest of the question speaks of decides ("ledge" with "nav" is "ledige", not "legge").
        let ties: string[] = [];
        for (const key of keys) {
          for (const candidate of this.index.get(key)) {
            // A letter typed as æ, ø or å is meant: "trådte" is no typo of "trade".
            const distance = typedAeoa
              ? editDistance(lower, candidate, limit)
              : Math.min(editDistance(folded, foldText(candidate), limit), editDistance(folded, foldSingle(candidate), limit));
            if (distance > limit) continue;
            const frequency = this.frequency.get(candidate) ?? 0;
            // A word of four letters is one edit from too many: it is read only as one of the commonest ("mnge" as "mange").
            if (folded.length < SHORT_WORD && frequency < SHORT_WORD_TARGET_FREQUENCY) continue;
            if (!best || distance < best.distance) ties = [candidate];
            else if (distance === best.distance && !ties.includes(candidate)) ties.push(candidate);
            if (!best || distance < best.distance || (distance === best.distance && frequency > best.frequency)) {
              best = { word: candidate, distance, frequency };
            }
          }
        }
        result = best?.word;
        if (ties.length > 1) {
          this.tied.set(word, ties);
          return this.pick(ties, prefer);
        }
      }
      result ??= word.length >= 3 ? this.soundsLike(word) : undefined;
    }
    return this.remember(word, result ?? word);
  }

  /** Of readings equally near, the one `prefer` scores highest (by the question it is in), else the most frequent. */
  private pick(readings: readonly string[], prefer?: (reading: string) => number): string {
    let best = readings[0];
    let bestScore = prefer?.(best) ?? 0;
    for (const r of readings.slice(1)) {
      const score = prefer?.(r) ?? 0;
      if (score > bestScore || (score === bestScore && (this.frequency.get(r) ?? 0) > (this.frequency.get(best) ?? 0))) {
        best = r;
        bestScore = score;
      }
    }
    return best;
  }

  private remember(word: string, reading: string): string {
    if (this.cache.size > 20_000) this.cache.clear();
    if (this.tied.size > 20_000) this.tied.clear();
    this.cache.set(word, reading);
    return reading;
  }
}

/** The folded readings of a word typed with "aa" for å and "oe" for ø: both, then each alone. */
function withoutDigraphs(folded: string): string[] {
  const aa = folded.includes('aa');
  const oe = folded.includes('oe');
  if (!aa && !oe) return [];
  const both = folded.replace(/aa/gu, 'a').replace(/oe/gu, 'o');
  return aa && oe ? [both, folded.replace(/aa/gu, 'a'), folded.replace(/oe/gu, 'o')] : [both];
}
