// Looks up words and phrases of a lexicon in a run of canonical words: the longest phrase that starts
// at a word, its last word with a Norwegian ending or not ("barnehagen", "lageret", "reiselivet"),
// and, for single words, compounds: a known word at the end ("dagligvarebutikk" ends in "butikk") or
// at the start ("batterifabrikken" starts with "batteri").

const ENDINGS = ['', 'en', 'et', 'a', 'er', 'ene', 'ar', 'ane', 'e', 'n', 's', 'ne', 'ere', 'erne', 'ens', 'ets', 'i'];
const ENDING_SET = new Set(ENDINGS);
const LETTERS = /^\p{L}+$/u;
const FIRST_MULTI = 1;
const FIRST_SINGLE = 2;
const FIRST_BEGINNING = 4;
/** Compound parts must be at least this long, so "it" is never found inside "kritisk". */
const MIN_PART = 4;
const MAX_COMPOUND_LETTERS = 30;
/** Compound readings remembered per lexicon (words repeat across messages); the memory is cleared when full. */
const MAX_REMEMBERED_COMPOUNDS = 20_000;

export interface PhraseHit<T> {
  value: T;
  /** Words taken. */
  length: number;
  /** How it matched. */
  via: 'phrase' | 'compound-end' | 'compound-start';
  /** For a compound read from its end: the part before ("barnehage" in "barnehageassistent"). */
  prefix?: string;
}

export class PhraseLexicon<T> {
  private readonly single = new Map<string, T>();
  private readonly multi = new Map<string, Array<{ words: string[]; value: T }>>();
  private readonly starts = new Map<string, T>();
  private maxWords = 1;
  private readonly compounds = new Map<string, PhraseHit<T> | null>();
  /** Beginnings (3 letters or more) of single-word terms: only these can start a compound typed apart. */
  private readonly beginnings = new Set<string>();
  /** For each word, what it can start (FIRST_*), worked out after the last add: one look-up for most words. */
  private firsts: Map<string, number> | undefined;

  /** Adds a term (lower case, words separated by spaces). The first value added for a form wins. */
  add(term: string, value: T, options: { compoundStart?: boolean } = {}): void {
    this.firsts = undefined;
    const words = term.split(' ').filter(Boolean);
    if (words.length === 0) return;
    if (words.length === 1) {
      for (const ending of ENDINGS) if (!this.single.has(words[0] + ending)) this.single.set(words[0] + ending, value);
      for (let k = 3; k < words[0].length; k++) this.beginnings.add(words[0].slice(0, k));
      if (options.compoundStart && words[0].length >= 5 && !this.starts.has(words[0])) this.starts.set(words[0], value);
      return;
    }
    // Typed as one word: "barneogungdomsarbeider".
    const together = words.join('').replace(/-/g, '');
    if (/^\p{L}+$/u.test(together)) for (const ending of ENDINGS) if (!this.single.has(together + ending)) this.single.set(together + ending, value);
    const list = this.multi.get(words[0]) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.multi.set(words[0], list);
    this.maxWords = Math.max(this.maxWords, words.length);
  }

  has(word: string): boolean {
    return this.single.has(word) || this.multi.has(word);
  }

  /** The longest term starting at words[i]; `compounds` also reads a single word as a compound. */
  at(words: readonly string[], i: number, compounds = false): PhraseHit<T> | undefined {
    const first = words[i];
    if (first === undefined) return undefined;
    const flags = (this.firsts ??= this.firstWords()).get(first) ?? 0;
    const entries = flags & FIRST_MULTI ? this.multi.get(first) : undefined;
    if (entries !== undefined) {
      for (const entry of entries) {
        const n = entry.words.length;
        let ok = i + n <= words.length;
        for (let k = 1; ok && k < n - 1; k++) ok = words[i + k] === entry.words[k];
        if (!ok) continue;
        const last = entry.words[n - 1];
        const w = words[i + n - 1];
        if (w === last || (w.startsWith(last) && ENDING_SET.has(w.slice(last.length)))) return { value: entry.value, length: n, via: 'phrase' };
        // Its last word typed apart: "barne og ungdoms arbeider".
        const rest = words[i + n];
        if (compounds && rest !== undefined && last.startsWith(w) && w.length >= 3 && (w + rest === last || (rest.length >= 4 && (w + rest).startsWith(last) && ENDING_SET.has((w + rest).slice(last.length))))) {
          return { value: entry.value, length: n + 1, via: 'phrase' };
        }
      }
    }
    const exact = flags & FIRST_SINGLE ? this.single.get(first) : undefined;
    if (exact !== undefined) return { value: exact, length: 1, via: 'phrase' };
    // A compound typed apart: "helse fagarbeider", "lager medarbeider".
    const second = words[i + 1];
    if (compounds && second !== undefined && second.length >= 4 && flags & FIRST_BEGINNING) {
      const both = first + second;
      if (LETTERS.test(both)) {
        const joined = this.single.get(both) ?? this.single.get(`${first}s${second}`);
        if (joined !== undefined) return { value: joined, length: 2, via: 'phrase' };
      }
    }
    if (!compounds || first.length > MAX_COMPOUND_LETTERS) return undefined;
    // Shorter than two parts can be ("lageret" is no compound), unless hyphenated.
    if (first.length < 3 + MIN_PART && !first.includes('-')) return undefined;
    const remembered = this.compounds.get(first);
    if (remembered !== undefined) return remembered ?? undefined;
    const hit = this.compound(first);
    if (this.compounds.size >= MAX_REMEMBERED_COMPOUNDS) this.compounds.clear();
    this.compounds.set(first, hit ?? null);
    return hit;
  }

  private firstWords(): Map<string, number> {
    const firsts = new Map<string, number>();
    const mark = (word: string, flag: number) => firsts.set(word, (firsts.get(word) ?? 0) | flag);
    for (const word of this.multi.keys()) mark(word, FIRST_MULTI);
    for (const word of this.single.keys()) mark(word, FIRST_SINGLE);
    for (const word of this.beginnings) mark(word, FIRST_BEGINNING);
    return firsts;
  }

  private compound(word: string): PhraseHit<T> | undefined {
    // Hyphenated: any part ("hjelpepleier-assistent").
    if (word.includes('-')) {
      const parts = word.split('-');
      for (let p = 0; p < parts.length; p++) {
        const part = parts[p];
        if (part.length < MIN_PART) continue;
        const whole = this.single.get(part);
        if (whole !== undefined) return { value: whole, length: 1, via: 'compound-end', prefix: parts.slice(0, p).join('-') || undefined };
        const end = this.compoundEnd(part);
        if (end !== undefined) return compoundEndHit(end);
      }
      return undefined;
    }
    const end = this.compoundEnd(word);
    if (end !== undefined) return compoundEndHit(end);
    for (let k = word.length - MIN_PART; k >= 5; k--) {
      const start = this.starts.get(word.slice(0, k));
      if (start !== undefined) return { value: start, length: 1, via: 'compound-start' };
    }
    return undefined;
  }

  private compoundEnd(word: string): { value: T; prefix: string } | undefined {
    for (let k = 3; k <= word.length - MIN_PART; k++) {
      const hit = this.single.get(word.slice(k));
      if (hit !== undefined) return { value: hit, prefix: word.slice(0, k) };
    }
    return undefined;
  }

  /** The value of a whole single word as written, without compounds. */
  get(word: string): T | undefined {
    return this.single.get(word);
  }
}

/**
 * A compound read from its end as a hit. (Written out, not spread from `end`: an object spread from another got a
 * hidden class of its own each time in V8, and reading the hits went megamorphic.)
 */
function compoundEndHit<T>(end: { value: T; prefix: string }): PhraseHit<T> {
  return { value: end.value, prefix: end.prefix, length: 1, via: 'compound-end' };
}
