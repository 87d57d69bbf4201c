// The names in the place index as the matcher looks them up: merged by folded form (a name in
// several counties is one entry with several counties), longest name first at a word, genitive and
// "-området" forms, and misspellings through a deletion index built once: every name of 5+ letters
// is stored under each string made by deleting one (two from 9 letters) of its letters after the
// first, so a misspelt word finds its candidates with a few map look-ups instead of a scan over all
// names; the candidates are then checked with the bounded Damerau-Levenshtein distance.
import { COUNTIES, type County, type GazetteerName, type PlaceIndex } from '../catalogue/places';
import { SEP, foldPhrase, type Token } from './place-tokens';
import { AREA_SUFFIXES } from './place-words';
import { deletions, editDistance } from './text';
import { memoize } from '../memo';
import { ListMap } from '../list-map';

export type AmbiguityReason = 'former-county' | 'region' | 'shared-name' | 'several-places';

export interface Entry {
  key: string;
  /** Key without spaces: what misspellings are compared with. */
  compact: string;
  display: string;
  counties: County[];
  ordinary: boolean;
  reason: AmbiguityReason | null;
}

export interface NameHit {
  entry: Entry;
  from: number;
  /** Token index after the name (and after an "-området" tail). */
  to: number;
  fuzzy: boolean;
}

export interface NameLookup {
  /** The longest name starting at token i; `ordinaryOk` decides whether an everyday-word name counts. */
  exactAt(tokens: Token[], i: number, ordinaryOk: (from: number, to: number) => boolean): NameHit | null;
  /** A misspelt name at token i (one word, or two written apart or together). */
  fuzzyAt(tokens: Token[], i: number): NameHit | null;
  /** Whether a misspelling may be looked for at token i. */
  mayBeMisspeltAt(tokens: Token[], i: number): boolean;
  isName(key: string): boolean;
}

const MAX_NAME_WORDS = 6;

function tolerance(letters: number): number {
  return letters >= 9 ? 2 : letters >= 5 ? 1 : 0;
}

const countyOrder = new Map<string, number>(COUNTIES.map((c, i) => [c, i]));

function buildEntries(names: readonly GazetteerName[]): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const splitFormer = new Set<string>();
  const wideRegion = new Set<string>();
  const add = (key: string, n: GazetteerName) => {
    const existing = entries.get(key);
    const entry: Entry = existing ?? {
      key,
      compact: key.replace(/ /g, ''),
      display: n.name,
      counties: [],
      ordinary: false,
      reason: null,
    };
    for (const c of n.counties) if (!entry.counties.includes(c)) entry.counties.push(c);
    entry.counties.sort((a, b) => (countyOrder.get(a) ?? 0) - (countyOrder.get(b) ?? 0));
    entry.ordinary ||= n.ordinaryWord;
    if (n.kind === 'former-county' && n.counties.length > 1) splitFormer.add(key);
    if (n.kind === 'region' && n.counties.length > 1) wideRegion.add(key);
    entries.set(key, entry);
  };
  for (const n of names) {
    const key = foldPhrase(n.name);
    if (!key) continue;
    add(key, n);
    if (key.includes(' ')) add(key.replace(/ /g, ''), n); // "Sørvaranger", "Moirana"
  }
  for (const e of entries.values()) {
    if (e.counties.length < 2) continue;
    e.reason = splitFormer.has(e.key) ? 'former-county' : wideRegion.has(e.key) ? 'region' : 'shared-name';
  }
  return entries;
}

/** `skip`: words never read as a misspelt name (the words around a place, like "bor" or "fylke"). */
export function createNameLookup(index: PlaceIndex, skip: (t: Token) => boolean): NameLookup {
  const entries = buildEntries(index.names);
  const notPlaces = new Set(index.notPlaces.map(foldPhrase));
  const areaSuffixes = AREA_SUFFIXES.map(foldPhrase);

  // Deletion index: every deletion variant of every name that may be misspelt → the names.
  const byDeletion = new ListMap<Entry>();
  for (const e of entries.values()) {
    const tol = tolerance(e.compact.length);
    if (tol === 0 || e.ordinary || notPlaces.has(e.key)) continue;
    for (const variant of deletions(e.compact, tol)) byDeletion.add(variant, e, { unique: true });
  }

  const firstWords = new Set([...entries.keys()].map((k) => k.split(' ')[0]));
  // A word much longer than every name cannot be a misspelt one (and its deletions would cost quadratic time).
  const longest = Math.max(...[...entries.values()].map((e) => e.compact.length)) + 2;
  const maxWords = Math.min(MAX_NAME_WORDS, Math.max(...[...entries.keys()].map((k) => k.split(' ').length)));

  function mayBeMisspelt(t: Token): boolean {
    return t.key.length >= 5 && t.key.length <= longest && !notPlaces.has(t.key) && !skip(t);
  }

  function mayBeMisspeltPair(tokens: Token[], i: number): boolean {
    const next = tokens[i + 1];
    return !!next && next.sep <= SEP.hyphen && firstWords.has(tokens[i].key) && tokens[i].key.length + next.key.length <= longest && !notPlaces.has(tokens[i].key + next.key);
  }

  const fuzzyLookup = memoize(fuzzyLookupUncached, 20_000);

  function fuzzyLookupUncached(word: string): Entry | null {
    let best: Entry | null = null;
    let bestDistance = Infinity;
    let tie = false;
    for (const variant of deletions(word, word.length >= 7 ? 2 : 1)) {
      for (const e of byDeletion.get(variant)) {
        if (e === best) continue;
        const tol = tolerance(e.compact.length);
        const d = editDistance(word, e.compact, tol);
        if (d > tol) continue;
        if (d < bestDistance) [best, bestDistance, tie] = [e, d, false];
        else if (d === bestDistance && best && best.counties.join() !== e.counties.join()) tie = true;
      }
    }
    return tie ? null : best;
  }

  /** The longest name starting at token i; `ordinaryOk` decides whether an everyday-word name counts. */
  function exactAt(tokens: Token[], i: number, ordinaryOk: (from: number, to: number) => boolean): NameHit | null {
    const word = tokens[i].key;
    if (firstWords.has(word)) {
      const keys: string[] = [];
      let joined = '';
      for (let n = 0; n < maxWords && i + n < tokens.length; n++) {
        if (n > 0 && tokens[i + n].sep > SEP.hyphen) break;
        joined = n === 0 ? word : `${joined} ${tokens[i + n].key}`;
        keys.push(joined);
      }
      for (let n = keys.length; n >= 1; n--) {
        const entry = entries.get(keys[n - 1]);
        if (entry && (!entry.ordinary || ordinaryOk(i, i + n))) return withTail(tokens, { entry, from: i, to: i + n, fuzzy: false });
      }
    }
    for (const base of variantsOf(word)) {
      const entry = entries.get(base);
      if (entry && !entry.ordinary) return { entry, from: i, to: i + 1, fuzzy: false };
    }
    return null;
  }

  /** Genitive and "the area around" forms of one word: "trøndelags", "trondheimsregionen", "bodøområdet". */
  function variantsOf(word: string): string[] {
    const out: string[] = [];
    if (word.length < 4) return out;
    if (word.length > 3 && word.endsWith('s')) out.push(word.slice(0, -1));
    for (const suffix of areaSuffixes) {
      if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
        const base = word.slice(0, -suffix.length);
        out.push(base);
        if (base.endsWith('s')) out.push(base.slice(0, -1));
      }
    }
    return out;
  }

  /** Takes in a hyphenated "-området" after the name. */
  function withTail(tokens: Token[], hit: NameHit): NameHit {
    const next = tokens[hit.to];
    if (next && next.sep === SEP.hyphen && areaSuffixes.includes(next.key)) return { ...hit, to: hit.to + 1 };
    return hit;
  }

  function fuzzyAt(tokens: Token[], i: number): NameHit | null {
    const single = mayBeMisspelt(tokens[i]) ? fuzzyLookup(tokens[i].key) : null;
    if (single) return { entry: single, from: i, to: i + 1, fuzzy: true };
    if (mayBeMisspeltPair(tokens, i)) {
      const next = tokens[i + 1];
      const pair = fuzzyLookup(tokens[i].key + next.key);
      if (pair) return { entry: pair, from: i, to: i + 2, fuzzy: true };
    }
    return null;
  }

  return {
    exactAt,
    fuzzyAt,
    mayBeMisspeltAt: (tokens, i) => mayBeMisspelt(tokens[i]) || mayBeMisspeltPair(tokens, i),
    isName: (key) => entries.has(key),
  };
}
