// Dictionary-driven decompounding for Norwegian compounds ("batterifagskolen" -> "batteri" +
// "fagskolen", "fylkeskommunen" -> "fylke" + s + "kommunen"). The dictionary is the corpus vocabulary
// plus the extra words in knowledge/lexicon/compound-words.json. Non-final parts must be known surface
// forms; the final part may be inflected (its stem must be known). Linking -s- and -e- are allowed.
// Among valid splits the one with the fewest parts wins, then the one with the most frequent parts.
import { stemNorwegian } from './stemmer';

export interface DecompounderOptions {
  /** Minimum length of every part. */
  minPartLength?: number;
  /** Words shorter than this are never split. */
  minWordLength?: number;
  /** A corpus word must occur this often to be a part (lexicon words always qualify). */
  minPartFrequency?: number;
  maxParts?: number;
}

interface Segmentation {
  parts: string[];
  score: number;
}

const LINKS = ['', 's', 'e'];

/** Endings that make adverbs, not the last word of a compound: "delvis", "gradvis", "trinnvis". */
const ADVERB_ENDINGS: ReadonlySet<string> = new Set(['vis']);

export class Decompounder {
  private readonly surface = new Map<string, number>();
  private readonly stems = new Map<string, number>();
  private readonly cache = new Map<string, string[] | null>();
  private readonly minPart: number;
  private readonly minWord: number;
  private readonly maxParts: number;

  constructor(
    vocabulary: ReadonlyMap<string, number>,
    extraWords: readonly string[],
    private readonly stopwords: ReadonlySet<string>,
    options: DecompounderOptions = {},
  ) {
    this.minPart = options.minPartLength ?? 3;
    this.minWord = options.minWordLength ?? 6;
    this.maxParts = options.maxParts ?? 3;
    const minFreq = options.minPartFrequency ?? 2;
    for (const [word, count] of vocabulary) {
      if (count < minFreq || word.length < this.minPart || /\d/.test(word) || stopwords.has(word)) continue;
      this.add(word, count);
    }
    for (const word of extraWords) {
      if (word.length >= this.minPart && !stopwords.has(word)) this.add(word, 5);
    }
  }

  private add(word: string, count: number): void {
    this.surface.set(word, (this.surface.get(word) ?? 0) + count);
    const stem = stemNorwegian(word);
    if (stem.length >= this.minPart) this.stems.set(stem, (this.stems.get(stem) ?? 0) + count);
  }

  /** True when the word (or its stem) is in the dictionary. */
  knows(word: string): boolean {
    return this.surface.has(word) || this.stems.has(stemNorwegian(word));
  }

  /** Surface parts of a compound, or null when the word is not a (known) compound. */
  split(word: string): string[] | null {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    let result: string[] | null = null;
    if (word.length >= this.minWord && /^\p{L}+$/u.test(word)) {
      const memo = new Map<number, Segmentation | null>();
      const seg = this.segment(word, 0, memo);
      if (seg && seg.parts.length >= 2) result = seg.parts;
    }
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  private finalFrequency(part: string): number {
    return this.surface.get(part) ?? this.stems.get(stemNorwegian(part)) ?? 0;
  }

  private segment(word: string, start: number, memo: Map<number, Segmentation | null>): Segmentation | null {
    if (memo.has(start)) return memo.get(start) ?? null;
    let best: Segmentation | null = null;
    const consider = (cand: Segmentation): void => {
      if (cand.parts.length > this.maxParts) return;
      if (
        !best ||
        cand.parts.length < best.parts.length ||
        (cand.parts.length === best.parts.length && cand.score > best.score)
      ) {
        best = cand;
      }
    };
    const rest = word.slice(start);
    if (start > 0 && rest.length >= this.minPart && !this.stopwords.has(rest) && !ADVERB_ENDINGS.has(rest)) {
      const f = this.finalFrequency(rest);
      if (f > 0) consider({ parts: [rest], score: Math.log(1 + f) });
    }
    for (let end = start + this.minPart; end <= word.length - this.minPart; end++) {
      const head = word.slice(start, end);
      const f = this.surface.get(head);
      if (!f) continue;
      for (const link of LINKS) {
        if (link && word.slice(end, end + link.length) !== link) continue;
        const next = end + link.length;
        if (word.length - next < this.minPart) continue;
        const tail = this.segment(word, next, memo);
        if (tail) consider({ parts: [head, ...tail.parts], score: Math.log(1 + f) + tail.score });
      }
    }
    memo.set(start, best);
    return best;
  }
}
