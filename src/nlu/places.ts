// Where a person lives or works, read from what they write. Built once from the place index
// (src/catalogue/places.ts); matching is pure and linear in the length of the message.
//
// A name counts only where it stands after a place word ("bor i", "jobber på", "fra", "hos … i",
// "I live in", "Bosted:") and nothing in its clause says it is someone else's place or something
// else happening there (a course, a trip, a relative, a plan, a negation). Names that are also
// everyday words count only when written with a capital letter. Misspellings are found through a
// precomputed deletion index (Damerau-Levenshtein ≤ 1 from 5 letters, ≤ 2 from 9), only where a
// place word makes a name likely. Several mentions are combined: the strongest kind of statement
// wins (lives/works over "fra" or a bare "i …"), a correction ("forresten …") replaces what came
// before, and mentions that agree narrow each other ("Herøy i Nordland").
import { COUNTIES, type County, type GazetteerName, type PlaceIndex } from '../catalogue/places';
import { SEP, foldPhrase, tokenize, type Token } from './place-tokens';
import * as W from './place-words';
import { editDistance } from './text';

export type AmbiguityReason = 'former-county' | 'region' | 'shared-name' | 'several-places';

export type PlaceMatch =
  | {
      kind: 'county';
      county: County;
      /** The words in the message the county was taken from, as written. */
      phrase: string;
      /** The name(s) they matched, as the data writes them. */
      place: string;
      via: 'name' | 'misspelling';
    }
  | { kind: 'ambiguous'; candidates: County[]; phrase: string; place: string; reason: AmbiguityReason }
  | { kind: 'none' };

export interface PlaceMatcher {
  /** Where the person lives or works, from free text. */
  matchPlace(text: string): PlaceMatch;
  /** A whole short answer to "Hvilket fylke bor du i?" ("Namsos", "trøndelag", "i bodø", "Viken"). */
  matchCountyAnswer(text: string): PlaceMatch;
}

interface Entry {
  key: string;
  /** Key without spaces: what misspellings are compared with. */
  compact: string;
  display: string;
  counties: County[];
  ordinary: boolean;
  reason: AmbiguityReason | null;
}

interface NameHit {
  entry: Entry;
  from: number;
  /** Token index after the name (and after an "-området" tail). */
  to: number;
  fuzzy: boolean;
}

interface Context {
  cue: W.Cue | null;
  blocked: boolean;
  correction: boolean;
}

/** 0: lives/works/moved there; 1: comes from there, or a bare "i …". */
type Strength = 0 | 1;

interface Mention {
  counties: County[];
  entries: Entry[];
  strength: Strength;
  correction: boolean;
  fuzzy: boolean;
  start: number;
  end: number;
}

const MAX_NAME_WORDS = 6;
const LOOKBACK = 14;
const LONG_ANSWER_TOKENS = 25;

function tolerance(letters: number): number {
  return letters >= 9 ? 2 : letters >= 5 ? 1 : 0;
}

/**
 * `word` and every string made from it by deleting up to `depth` characters after the first (a
 * misspelling is only looked for among names with the same first letter, so the first is kept).
 */
function deletions(word: string, depth: number): string[] {
  const out = [word];
  for (let i = 1; i < word.length; i++) {
    const once = word.slice(0, i) + word.slice(i + 1);
    out.push(once);
    if (depth < 2) continue;
    for (let j = i; j < once.length; j++) out.push(once.slice(0, j) + once.slice(j + 1));
  }
  return out;
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

export function createPlaceMatcher(index: PlaceIndex): PlaceMatcher {
  const entries = buildEntries(index.names);
  const notPlaces = new Set(index.notPlaces.map(foldPhrase));
  const words = wordSets();
  const prepositions = words.set(W.PREPOSITIONS);
  const directional = words.set(W.DIRECTIONAL);
  const afterCueOnly = words.set(W.AFTER_CUE_ONLY);
  const labels = words.set(W.LABELS);
  const colonLabels = words.set(W.COLON_LABELS);
  const connectors = words.set(W.CONNECTORS);
  const areaSuffixes = W.AREA_SUFFIXES.map(foldPhrase);
  const events = words.set(W.EVENTS);
  const eventEndings = W.EVENT_ENDINGS.map(foldPhrase);
  const modals = words.set(W.MODALS);
  const questionModals = words.set(W.QUESTION_MODALS);
  const negations = words.set(W.NEGATIONS);
  const closers = words.set(W.CLOSERS);
  const others = words.set(W.OTHERS);
  const self = words.set(W.SELF);
  const corrections = words.set(W.CORRECTIONS);
  const fillers = words.set(W.ANSWER_FILLERS);
  const relativeStarts = words.set(['som', 'der', 'who', 'which']);
  const fromWords = words.set(['fra', 'ifra', 'frå', 'from']);
  const perfect = words.set(['ve', 'have', 'has']);
  const companySkip = words.set(['på', 'hos', 'at', 'ved', 'i']);
  const hos = words.set(['hos']);
  const lived = words.set(['lived']);
  const cues = (Object.keys(W.CUES) as W.Cue[]).map((cue) => [cue, words.set(W.CUES[cue])] as const);
  const cueOf = (t: Token): W.Cue | null => cues.find(([, set]) => set.has(t))?.[0] ?? null;
  words.seal();

  // Deletion index: every deletion variant of every name that may be misspelt → the names.
  const byDeletion = new Map<string, Entry[]>();
  for (const e of entries.values()) {
    const tol = tolerance(e.compact.length);
    if (tol === 0 || e.ordinary || notPlaces.has(e.key)) continue;
    for (const variant of deletions(e.compact, tol)) {
      const list = byDeletion.get(variant);
      if (!list) byDeletion.set(variant, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  }

  const firstWords = new Set([...entries.keys()].map((k) => k.split(' ')[0]));
  const maxWords = Math.min(MAX_NAME_WORDS, Math.max(...[...entries.keys()].map((k) => k.split(' ').length)));

  const isEvent = (t: Token) => events.has(t) || eventEndings.some((end) => t.key.length > end.length + 2 && t.key.endsWith(end));

  function fuzzyLookup(word: string): Entry | null {
    let best: Entry | null = null;
    let bestDistance = Infinity;
    let tie = false;
    for (const variant of deletions(word, word.length >= 7 ? 2 : 1)) {
      for (const e of byDeletion.get(variant) ?? []) {
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

  /** Reads the clause before token `from`: the cue word, and whatever rules the place out. */
  function classify(tokens: Token[], from: number, question: boolean): Context {
    let cue: W.Cue | null = null;
    let cueAt = -1;
    let hosAt = -1;
    let otherAt = -1;
    let closed = false;
    let subjectOpen = true;
    let subjectFound = false;
    let blocked = false;
    let correction = false;
    for (let k = from - 1, steps = 0; k >= 0 && steps < LOOKBACK; k--, steps++) {
      const after = tokens[k + 1];
      if (after.sep === SEP.hard) break;
      if (after.sep === SEP.soft) {
        closed = true;
        if (!relativeStarts.has(after)) subjectOpen = false;
      }
      const w = tokens[k];
      if (corrections.has(w)) correction = true;
      if (!closed) {
        if (closers.has(w)) {
          closed = true;
          subjectOpen = false;
          continue;
        }
        if (negations.has(w) || modals.has(w) || (question && questionModals.has(w))) blocked = true;
        if (cue === null) {
          // "I've lived in …", "have lived": the present perfect is where they live now.
          const c = lived.has(w) && k > 0 && perfect.has(tokens[k - 1]) ? 'residence' : cueOf(w);
          if (c) [cue, cueAt] = [c, k];
          else if (isEvent(w)) blocked = true;
        }
        if (hos.has(w)) hosAt = k;
      }
      if (subjectOpen && !subjectFound) {
        if (self.has(w)) subjectFound = true;
        else if (others.has(w)) [subjectFound, otherAt] = [true, k];
      }
    }
    // "bor hos mora mi i Bergen": the relative is where the person lives, not the subject.
    const other = otherAt >= 0 && !(cueAt >= 0 && hosAt > cueAt && otherAt > hosAt);
    return { cue, blocked: blocked || other, correction };
  }

  function strengthOf(anchor: Token | undefined, kind: AnchorKind, ctx: Context, question: boolean): Strength | null {
    if (ctx.blocked) return null;
    const { cue } = ctx;
    switch (kind) {
      case 'label':
        return 0;
      case 'directional':
        return cue === 'moved' || cue === 'commute' ? 0 : null;
      case 'after-cue':
        return cue === 'work' || cue === 'residence' ? 0 : null;
      case 'none':
      case 'preposition':
        if (anchor && fromWords.has(anchor)) return cue === 'moved' ? null : cue && cue !== 'origin' ? 0 : 1;
        if (cue === 'origin') return 1;
        if (cue) return 0;
        return question && kind === 'preposition' ? null : 1;
    }
  }

  type AnchorKind = 'preposition' | 'directional' | 'after-cue' | 'label' | 'none';

  function anchorKind(tokens: Token[], a: number): AnchorKind | null {
    const t = tokens[a];
    if (prepositions.has(t)) return 'preposition';
    if (directional.has(t)) return 'directional';
    if (afterCueOnly.has(t)) return 'after-cue';
    if (labels.has(t)) return 'label';
    if (colonLabels.has(t) && tokens[a + 1]?.sep === SEP.soft) return 'label';
    return null;
  }

  function mentionOf(tokens: Token[], hit: NameHit, strength: Strength, correction: boolean): Mention {
    let { counties } = hit.entry;
    const entries = [hit.entry];
    let end = tokens[hit.to - 1].end;
    // "Herøy, Nordland" / "Bø (Vesterålen)": a qualifier right after an ambiguous name narrows it.
    const next = tokens[hit.to];
    if (counties.length > 1 && next && next.sep === SEP.soft) {
      const q = exactAt(tokens, hit.to, () => true);
      const narrowed = q ? counties.filter((c) => q.entry.counties.includes(c)) : [];
      if (q && narrowed.length > 0) {
        counties = narrowed;
        entries.push(q.entry);
        end = tokens[q.to - 1].end;
      }
    }
    return { counties, entries, strength, correction, fuzzy: hit.fuzzy, start: tokens[hit.from].start, end };
  }

  function findMentions(text: string): Mention[] {
    const { tokens, questions } = tokenize(text);
    const capital = (from: number) => tokens[from].upper;
    const mentions: Mention[] = [];
    for (let a = 0; a < tokens.length - 1; a++) {
      const kind = anchorKind(tokens, a);
      if (!kind) continue;
      const s = a + 1;
      if (tokens[s].sep === SEP.hard) continue;
      let hit = exactAt(tokens, s, capital);
      if (!hit) {
        let k = s;
        while (k < s + 3 && k < tokens.length && tokens[k].sep < SEP.hard && connectors.has(tokens[k])) k++;
        if (k > s && k < tokens.length && tokens[k].sep < SEP.hard) hit = exactAt(tokens, k, capital);
      }
      if (!hit && companySkip.has(tokens[a]) && tokens[s].upper && s + 1 < tokens.length && tokens[s + 1].sep <= SEP.hyphen) {
        hit = exactAt(tokens, s + 1, capital);
      }
      let ctx: Context | null = null;
      if (!hit && (mayBeMisspelt(tokens[s]) || mayBeMisspeltPair(tokens, s))) {
        ctx = classify(tokens, a, questions.has(tokens[a].sentence));
        if ((ctx.cue !== null || kind === 'label' || tokens[s].upper) && !ctx.blocked) hit = fuzzyAt(tokens, s);
      }
      if (!hit) continue;
      a = hit.to - 1;
      if (isEventTail(tokens, hit)) continue;
      ctx ??= classify(tokens, s - 1, questions.has(tokens[s - 1].sentence));
      const strength = strengthOf(tokens[s - 1], kind, ctx, questions.has(tokens[s - 1].sentence));
      if (strength !== null) mentions.push(mentionOf(tokens, hit, strength, ctx.correction));
    }
    return mentions;
  }

  function mayBeMisspelt(t: Token): boolean {
    return t.key.length >= 5 && !notPlaces.has(t.key) && !fillers.has(t);
  }

  function mayBeMisspeltPair(tokens: Token[], i: number): boolean {
    const next = tokens[i + 1];
    return !!next && next.sep <= SEP.hyphen && firstWords.has(tokens[i].key) && !notPlaces.has(tokens[i].key + next.key);
  }

  /** "Oslo-kurset": the name is part of a word about something else. */
  function isEventTail(tokens: Token[], hit: NameHit): boolean {
    const next = tokens[hit.to];
    return !!next && next.sep === SEP.hyphen && isEvent(next);
  }

  function matchPlace(text: string): PlaceMatch {
    return decide(text, findMentions(text));
  }

  function matchCountyAnswer(text: string): PlaceMatch {
    const { tokens, questions } = tokenize(text);
    if (tokens.length > LONG_ANSWER_TOKENS) return matchPlace(text);
    const content = tokens.map((t, i) => (fillers.has(t) ? -1 : i)).filter((i) => i >= 0);
    const wholeAnswer = (from: number, to: number) => content.every((i) => i >= from && i < to);
    const mentions: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (fillers.has(tokens[i]) && !entries.has(tokens[i].key)) continue;
      const prev = i > 0 ? tokens[i - 1] : undefined;
      const afterPreposition = !!prev && prev.sep !== SEP.hard && tokens[i].sep !== SEP.hard && (prepositions.has(prev) || labels.has(prev));
      let hit = exactAt(tokens, i, (from, to) => afterPreposition || wholeAnswer(from, to));
      if (!hit && !fillers.has(tokens[i])) hit = fuzzyAt(tokens, i);
      if (!hit) continue;
      const anchorAt = afterPreposition ? i - 1 : i;
      const ctx = classify(tokens, anchorAt, questions.has(tokens[anchorAt].sentence));
      // The question supplies "bor du i": a name without a cue word answers it as fully as "bor i …".
      const anchor = afterPreposition ? tokens[i - 1] : undefined;
      const answersQuestion = ctx.cue === null && !ctx.blocked && !(anchor && fromWords.has(anchor));
      const strength = answersQuestion ? 0 : strengthOf(anchor, afterPreposition ? 'preposition' : 'none', ctx, false);
      if (strength !== null) mentions.push(mentionOf(tokens, hit, strength, ctx.correction));
      i = hit.to - 1;
    }
    return decide(text, mentions);
  }

  return { matchPlace, matchCountyAnswer };
}

interface WordSet {
  has(t: Token): boolean;
}

/**
 * Sets of context words, matched on the word as written in lower case, or else on its folded form
 * ("pa" for "på") unless two listed words fold alike ("bør" and "bor", "får" and "far"): such a fold
 * is matched only as written.
 */
function wordSets(): { set(words: readonly string[]): WordSet; seal(): void } {
  const lowersByFold = new Map<string, Set<string>>();
  const folded: Array<Set<string>> = [];
  return {
    set(words) {
      const lowers = new Set(words.map((w) => w.normalize('NFC').toLowerCase()));
      const folds = new Set<string>();
      for (const w of lowers) {
        const f = foldPhrase(w);
        folds.add(f);
        lowersByFold.set(f, (lowersByFold.get(f) ?? new Set()).add(w));
      }
      folded.push(folds);
      return { has: (t: Token) => lowers.has(t.lower) || folds.has(t.key) };
    },
    seal() {
      for (const [f, lowers] of lowersByFold) if (lowers.size > 1) for (const folds of folded) folds.delete(f);
    },
  };
}

/** Combines the mentions in a message into one answer. */
function decide(text: string, mentions: Mention[]): PlaceMatch {
  if (mentions.length === 0) return { kind: 'none' };
  const strongest = Math.min(...mentions.map((m) => m.strength));
  let pool = mentions.filter((m) => m.strength === strongest);
  const corrected = pool.filter((m) => m.correction);
  if (corrected.length > 0) pool = [corrected[corrected.length - 1]];
  pool = pool.filter((m) => m.counties.length > 0); // abroad, "Norge": no county
  if (pool.length === 0) return { kind: 'none' };

  let counties = pool[0].counties;
  for (const m of pool.slice(1)) counties = counties.filter((c) => m.counties.includes(c));
  if (counties.length === 0) {
    const union = new Set(pool.flatMap((m) => m.counties));
    counties = COUNTIES.filter((c) => union.has(c));
  }
  const phrase = unique(pool.map((m) => text.slice(m.start, m.end))).join(', ');
  const entries = unique(pool.flatMap((m) => m.entries));
  const place = unique(entries.map((e) => e.display)).join(', ');
  if (counties.length === 1) {
    return { kind: 'county', county: counties[0], phrase, place, via: pool.some((m) => m.fuzzy) ? 'misspelling' : 'name' };
  }
  const reason = entries.length === 1 && entries[0].reason ? entries[0].reason : 'several-places';
  return { kind: 'ambiguous', candidates: [...counties], phrase, place, reason };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
