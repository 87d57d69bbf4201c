// Which topics a question names (knowledge/lexicon/topics.json): in inflected forms
// ("praksiskandidaten"), without æ/ø/å ("fagbrev pa jobb"), and inside compounds ("fagbrevpåjobb",
// "kjemiprosessoperatør"). Typos are corrected before (spelling.ts). A question word counts for the
// longest term it matches, so "batterifagskolen" is Batterifagskolen, not the battery industry and fagskole.
import type { Topic } from '../catalogue/topics';
import { memoize } from '../memo';
import { foldText } from '../normalise';
import { editDistance } from './spelling';

export interface TopicHit {
  topic: string;
  /** Indices (in the folded question's tokens) of the words that named it. */
  tokens: number[];
  /** Length of the matched term in letters: longer terms are more specific. */
  strength: number;
}

interface CompiledTerm {
  topic: string;
  tokens: string[];
  joined: string;
}

/** Minimum length of a term that counts inside a compound ("batteri" in "batterifabrikken"). */
const MIN_COMPOUND_TERM = 6;
/** A term may carry an inflection ending of this many letters … */
const MAX_ENDING = 3;
/** … when it is at least this long. */
const MIN_INFLECTED = 5;

/** The shortest last word of a several-word name read though mistyped. */
const MIN_MISTYPED = 4;

/** A one-word term typed as this many words at most ("batteri fag skolen"). */
const MAX_PARTS = 3;

/** A half-remembered name (readToken): a term this long, whose first NAME_START letters and last NAME_END the word has. */
const MIN_NAME = 12;
const NAME_START = 5;
const NAME_END = 7;

/** What a token can start or be, whatever the words around it (see TopicMatcher.readToken). */
interface TokenReading {
  /** The several-word terms that may start with it (with it or a word it inflects first), in the order they are tried. */
  starts: CompiledTerm[];
  /** The one-word terms it is, in the order they are tried. */
  terms: CompiledTerm[];
}

export class TopicMatcher {
  private readonly byFirst = new Map<string, CompiledTerm[]>();
  private readonly byJoined = new Map<string, CompiledTerm[]>();
  /** Long one-word names by their first letters, for names half remembered (see readToken). */
  private readonly namesByStart = new Map<string, CompiledTerm[]>();
  /** Every start of a one-word term ("b", "ba", … "batterifagskole"): a word that is none begins no name typed apart. */
  private readonly termStarts = new Set<string>();
  /** Questions use the same few thousand words: each is read once. */
  private readonly tokenReading = memoize((token: string) => this.readToken(token), 20_000);

  constructor(topics: readonly Topic[], lang: 'nb' | 'en') {
    const terms = topics.flatMap((t) =>
      [...(lang === 'en' ? [...t.termsEn, ...t.terms] : t.terms)].map((term) => {
        const tokens = foldText(term).split(' ').filter(Boolean);
        return { topic: t.id, tokens, joined: tokens.join('') };
      }),
    );
    const add = (map: Map<string, CompiledTerm[]>, key: string, term: CompiledTerm) => map.set(key, [...(map.get(key) ?? []), term]);
    for (const term of terms) {
      if (term.tokens.length > 1) add(this.byFirst, term.tokens[0], term);
      add(this.byJoined, term.joined, term);
      if (term.tokens.length === 1 && term.joined.length >= MIN_NAME) add(this.namesByStart, term.joined.slice(0, NAME_START), term);
      if (term.tokens.length === 1) for (let n = 1; n < term.joined.length; n++) this.termStarts.add(term.joined.slice(0, n));
    }
  }

  /** The folded tokens matching uses (foldText, split on spaces). */
  static tokens(text: string): string[] {
    return TopicMatcher.foldedTokens(foldText(text));
  }

  /** The same for a text already folded (foldText). */
  static foldedTokens(folded: string): string[] {
    return folded.split(' ').filter(Boolean);
  }

  /** Topics named in `tokens` (from TopicMatcher.tokens), strongest first. */
  match(tokens: readonly string[]): TopicHit[] {
    // For every token, the longest term that covers it.
    const best: Array<{ term: CompiledTerm; start: number; length: number } | undefined> = tokens.map(() => undefined);
    const consider = (term: CompiledTerm, start: number, count: number) => {
      const length = term.joined.length;
      for (let i = start; i < start + count; i++) {
        const current = best[i];
        if (!current || current.length < length) best[i] = { term, start, length };
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      const { starts, terms } = this.tokenReading(tokens[i]);
      // Several-word terms starting here ("fagbrev på jobb"), their words inflected too ("fagbrevet gjennom jobben").
      for (const term of starts) {
        const k = term.tokens.length;
        if (i + k <= tokens.length && term.tokens.every((t, j) => inflects(tokens[i + j], t) || (j === k - 1 && mistyped(tokens[i + j], term)))) consider(term, i, k);
      }
      for (const term of terms) consider(term, i, 1);
      // A one-word name typed apart, as phones and hurried hands split it ("batteri fag skolen").
      let start = tokens[i];
      for (let k = 2; k <= MAX_PARTS && i + k <= tokens.length && this.termStarts.has(start); k++) {
        const joined = start + tokens[i + k - 1];
        start = joined;
        // (An inflection ending is the last word's: "batterifordypning vg3" is no "batterifordypning" inflected.)
        const lastStarts = joined.length - tokens[i + k - 1].length;
        for (const base of inflectionBases(joined).filter((b) => b.length > lastStarts + 1)) {
          for (const term of this.byJoined.get(base) ?? []) if (term.tokens.length === 1) consider(term, i, k);
        }
      }
    }
    const byTopic = new Map<string, TopicHit>();
    best.forEach((b, i) => {
      if (!b) return;
      const hit = byTopic.get(b.term.topic) ?? { topic: b.term.topic, tokens: [], strength: 0 };
      hit.tokens.push(i);
      hit.strength = Math.max(hit.strength, b.length);
      byTopic.set(b.term.topic, hit);
    });
    return [...byTopic.values()].sort((a, b) => b.strength - a.strength);
  }

  private readToken(token: string): TokenReading {
    const bases = inflectionBases(token);
    const starts = bases.flatMap((first) => this.byFirst.get(first) ?? []);
    // The whole term as one word ("nav", "fagbrevpåjobb"), or with a short inflection ending ("praksiskandidaten").
    const terms = [...(this.byJoined.get(token) ?? [])];
    for (const base of bases.slice(1)) {
      for (const term of this.byJoined.get(base) ?? []) if (term.tokens.length === 1) terms.push(term);
    }
    // A compound written as one word: a term at its start or its end ("kjemiprosessoperatør").
    for (let cut = MIN_COMPOUND_TERM; cut <= token.length - 2; cut++) {
      terms.push(...(this.byJoined.get(token.slice(0, cut)) ?? []), ...(this.byJoined.get(token.slice(token.length - cut)) ?? []));
    }
    // A long name half remembered: its start and its last word, with something else between ("trøndermodellen" is
    // Trøndelagsmodellen). Only when the word is no term itself.
    if (terms.length === 0 && token.length >= MIN_NAME - 2) {
      for (const term of this.namesByStart.get(token.slice(0, NAME_START)) ?? []) {
        if (sharedEnd(token, term.joined) >= NAME_END) terms.push(term);
      }
    }
    return { starts, terms };
  }
}

/**
 * The last word of a several-word name typed one letter wrong, after the rest typed right ("fagbrev på jbob"): the
 * words before it say which name is meant, where the word alone is too short to be read as a typo of one.
 */
function mistyped(token: string, term: CompiledTerm): boolean {
  const last = term.tokens[term.tokens.length - 1];
  return last.length >= MIN_MISTYPED && token.length >= MIN_MISTYPED && term.joined.length - last.length >= MIN_COMPOUND_TERM && editDistance(token, last, 1) <= 1;
}

/** How many letters two words end with in common. */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** The word itself and, for a long word, the words it may be an inflection of ("fagbrevet" → "fagbrev"). */
function inflectionBases(token: string): string[] {
  const out = [token];
  for (let cut = token.length - 1; cut >= Math.max(MIN_INFLECTED, token.length - MAX_ENDING); cut--) out.push(token.slice(0, cut));
  return out;
}

/** `token` is `word`, or `word` with a short inflection ending when `word` is long enough to tell. */
function inflects(token: string, word: string): boolean {
  return token === word || (word.length >= MIN_INFLECTED && token.startsWith(word) && token.length - word.length <= MAX_ENDING);
}
