// Many patterns tried as one: their alternatives side by side. Most of them start at a word boundary
// (\b), and a pattern with hundreds of alternatives checks that boundary once per alternative at every
// position of the text, inside words too. Alternatives that follow one another and start with \b share
// one instead: a position inside a word is then passed over after one check. The order of the
// alternatives is kept, so the union matches where, and what, the patterns side by side would.

import { parse, type CharacterClassBody, type RootNode as AnyNode } from 'regjsparser';

const FEATURES = { lookbehind: true, namedGroups: true, unicodePropertyEscape: true } as const;
type RootNode = AnyNode<typeof FEATURES>;

const WORD_START = String.raw`\b`;

/** The text as a pattern that matches it as written (every character that means something in a pattern escaped). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Where each top-level alternative of the pattern source from `start` to `end` begins (not inside a group or a character class). */
export function alternativeStarts(source: string, start = 0, end = source.length): number[] {
  const starts = [start];
  let depth = 0;
  let inClass = false;
  for (let i = start; i < end; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) starts.push(i + 1);
  }
  return starts;
}

/** A pattern's source split at its top-level "|". */
export function topLevelAlternatives(source: string): string[] {
  const starts = alternativeStarts(source);
  return starts.map((from, k) => source.slice(from, k + 1 < starts.length ? starts[k + 1] - 1 : source.length));
}

/**
 * The source of `sources` as alternatives of one pattern, in order, each run of alternatives that start
 * with \b under one \b. The sources may have no back-references (a group's number changes in a union).
 */
export function unionSource(sources: readonly string[]): string {
  const parts: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 0) parts.push(`${WORD_START}(?:${run.join('|')})`);
    run = [];
  };
  for (const alternative of sources.flatMap(topLevelAlternatives)) {
    if (alternative.startsWith(WORD_START)) {
      run.push(alternative.slice(WORD_START.length));
    } else {
      endRun();
      parts.push(`(?:${alternative})`);
    }
  }
  endRun();
  return parts.join('|');
}

/** Many patterns asked only whether one of them matches a text. */
export interface UnionTest {
  test(text: string): boolean;
}

/** Ways a word must start, by their first KEY characters (as keyOf numbers): those said whole by them, and longer ones. */
interface Need {
  keys: readonly number[];
  whole: ReadonlySet<number>;
  longer: ReadonlyMap<number, readonly string[]>;
}

/** An alternative tried alone, and how words in a text must start for it to match (one way of each need). */
interface Filed {
  pattern: RegExp;
  needs: readonly Need[];
  /** The text it was last looked at for, so that it is looked at once per text. */
  lookedAt: number;
}

/**
 * The patterns as one test (the patterns may have no back-references). An alternative that must match
 * where a word starts in a few known ways ("hvor gammel er du", "… bilen min") is tried, alone, only on a
 * text with words starting so; the others are tried on every text, as one pattern. A single pattern of a
 * few hundred alternatives was tried alternative by alternative at every word start: that took as long as
 * the rest of answering a question, more in the bot than when tried alone, as its machine code was not at
 * hand any more (and its counted repeats, "{0,60}", written out in it).
 */
export function unionTest(sources: readonly string[], patternFlags: string): UnionTest {
  // (Tested anew on each text: no flag that makes a pattern remember where it stopped.)
  const flags = patternFlags.replace(/[gy]/gu, '');
  const filedUnder = new Map<number, Filed[]>();
  const always: string[] = [];
  for (const alternative of sources.flatMap(topLevelAlternatives)) {
    // (With the i flag \w and \b know more letters than the index does. A way of starting beyond the index's
    // characters says nothing the index can use.)
    const needs = flags.includes('i') ? [] : wordBeginnings(alternative, flags).map(needOf).filter((n) => n.keys.length > 0);
    if (needs.length === 0) {
      always.push(alternative);
      continue;
    }
    const filed: Filed = { pattern: new RegExp(alternative, flags), needs, lookedAt: -1 };
    for (const key of needs[0].keys) filedUnder.set(key, [...(filedUnder.get(key) ?? []), filed]);
  }
  const rest = always.length > 0 ? new RegExp(testedUnionSource(always), flags) : undefined;
  let texts = 0;
  return {
    test(text: string): boolean {
      if (rest?.test(text)) return true;
      const now = texts++;
      // How the text's words start, in one to KEY characters.
      const starts = new Set<number>();
      for (let i = 0; i < text.length; i++) {
        if (!isWordCharacter(text, i) || (i > 0 && isWordCharacter(text, i - 1))) continue;
        for (let k = 1; k <= KEY && i + k <= text.length; k++) starts.add(keyOf(text, i, k));
      }
      // (What a way says after its key is looked for anywhere in the text: where a word starts is left to the pattern.)
      const met = (need: Need) =>
        need.keys.some((key) => starts.has(key) && (need.whole.has(key) || (need.longer.get(key) ?? []).some((b) => text.includes(b))));
      for (const key of starts) {
        for (const filed of filedUnder.get(key) ?? []) {
          if (filed.lookedAt === now) continue;
          filed.lookedAt = now;
          if (filed.needs.every(met) && filed.pattern.test(text)) return true;
        }
      }
      return false;
    },
  };
}

/** Beginnings are filed under their first KEY characters. */
const KEY = 3;

/**
 * The first KEY characters from `from` (at most `length`) as one small integer: ten bits a character, so
 * only characters below U+03FF have one (0 for any other; such beginnings are left unfiled).
 */
function keyOf(text: string, from: number, length: number): number {
  let key = 0;
  for (let k = 0; k < Math.min(length, KEY); k++) {
    const c = text.charCodeAt(from + k) + 1;
    if (c >= 1024) return 0;
    key = (key << 10) | c;
  }
  return key;
}

function needOf(beginnings: ReadonlySet<string>): Need {
  const whole = new Set<number>();
  const longer = new Map<number, string[]>();
  for (const b of beginnings) {
    const key = keyOf(b, 0, b.length);
    if (key === 0) return { keys: [], whole, longer };
    if (b.length <= KEY) whole.add(key);
    else longer.set(key, [...(longer.get(key) ?? []), b]);
  }
  return { keys: [...new Set([...whole, ...longer.keys()])], whole, longer };
}

/**
 * The same for a union only ever tested (RegExp.test: whether it matches, not where): the alternatives
 * that start with \b all go under one, the others after them.
 */
export function testedUnionSource(sources: readonly string[]): string {
  const alternatives = sources.flatMap(topLevelAlternatives);
  const atWordStart = alternatives.filter((a) => a.startsWith(WORD_START)).map((a) => a.slice(WORD_START.length));
  const elsewhere = alternatives.filter((a) => !a.startsWith(WORD_START)).map((a) => `(?:${a})`);
  return [...(atWordStart.length > 0 ? [`${WORD_START}(?:${atWordStart.join('|')})`] : []), ...elsewhere].join('|');
}

/** Whether the character at `i` is one \w and \b know as a word character (without the i flag: A–Z, a–z, 0–9, _). */
function isWordCharacter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** How many characters of a beginning are followed. */
const BEGINNING = 24;
/** An alternative with more beginnings than this is tried on every text. */
const MOST_BEGINNINGS = 64;

/** A beginning read so far, whether the characters after it are still known, and whether it is at a word start. */
interface Read {
  text: string;
  open: boolean;
  atWordStart: boolean;
}

/**
 * What word beginnings (up to BEGINNING characters, each starting with a word character) every match of the
 * pattern source has at word starts (after \b or ^): for the match's own start and for each part after it
 * that starts at a word start ("… innen 60 tegn … hunden min"), the beginnings it can have ("hun", "min" …),
 * one of which a text must have. Parts that can start in too many ways are left out, so an empty list means
 * nothing is known.
 */
export function wordBeginnings(source: string, flags: string): ReadonlyArray<ReadonlySet<string>> {
  const node = parse(source, flags, FEATURES);
  const parts = node.type === 'alternative' ? node.body : [node];
  const needs: Array<ReadonlySet<string>> = [];
  for (let from = 0; from < parts.length; from++) {
    const read = afterSequence(parts.slice(from), [{ text: '', open: true, atWordStart: false }], flags.includes('m'));
    if (read.some((r) => !r.atWordStart || r.text === '' || !isWordCharacter(r.text, 0))) continue;
    // ("hvor mye " says all "hvor mye igjen" does for a text to have.)
    const texts = read.map((r) => r.text);
    const beginnings = new Set(texts.filter((t) => !texts.some((shorter) => shorter.length < t.length && t.startsWith(shorter))));
    if (!needs.some((n) => n.size === beginnings.size && [...n].every((b) => beginnings.has(b)))) needs.push(beginnings);
  }
  // The fewest first: the alternative is filed under those.
  return needs.sort((a, b) => a.size - b.size);
}

const closed = (reads: readonly Read[]): Read[] => reads.map((r) => ({ ...r, open: false }));

/** The reads without repeats; if there are too many, those before are followed no further. */
function atMost(reads: readonly Read[], before: readonly Read[]): Read[] {
  const seen = new Map(reads.map((r) => [`${r.open ? '+' : '.'}${r.atWordStart ? '^' : '.'}${r.text}`, r]));
  return seen.size > MOST_BEGINNINGS ? closed(before) : [...seen.values()];
}

function extended(reads: readonly Read[], characters: readonly string[]): Read[] {
  return reads.flatMap((r) =>
    r.open ? characters.map((c) => ({ ...r, text: r.text + c, open: r.text.length + 1 < BEGINNING })) : [r],
  );
}

/** The beginnings after the node, from those before it. */
function after(node: RootNode, reads: readonly Read[], multiline: boolean): Read[] {
  if (!reads.some((r) => r.open)) return [...reads];
  switch (node.type) {
    case 'value':
      return atMost(extended(reads, [String.fromCodePoint(node.codePoint)]), reads);
    case 'anchor':
      // (^ without the m flag is the text's start: a word start when a word character follows.)
      return node.kind === 'boundary' || (node.kind === 'start' && !multiline)
        ? reads.map((r) => (r.text === '' ? { ...r, atWordStart: true } : r))
        : [...reads];
    case 'alternative':
      return afterSequence(node.body, reads, multiline);
    case 'disjunction':
      return atMost(
        node.body.flatMap((alternative) => after(alternative, reads, multiline)),
        reads,
      );
    case 'group':
      // A look-around reads nothing: what follows it begins the match.
      return node.behavior === 'ignore' || node.behavior === 'normal' ? afterSequence(node.body, reads, multiline) : [...reads];
    case 'quantifier': {
      const once = after(node.body[0], reads, multiline);
      // After more than one time round, what comes next is not followed further.
      const repeated = node.max === undefined || node.max > 1 ? closed(once) : once;
      return atMost(node.min === 0 ? [...reads, ...repeated] : node.min > 1 ? closed(once) : repeated, reads);
    }
    case 'characterClass': {
      const characters = node.negative ? undefined : classCharacters(node.body);
      return characters ? atMost(extended(reads, characters), reads) : closed(reads);
    }
    default:
      // \w, \s, ".", \p{…}, a back-reference: too many characters to follow.
      return closed(reads);
  }
}

function afterSequence(nodes: readonly RootNode[], reads: readonly Read[], multiline: boolean): Read[] {
  return nodes.reduce((now, node) => after(node, now, multiline), [...reads]);
}

/** The characters of a class of a few, or undefined. */
function classCharacters(body: readonly CharacterClassBody[]): string[] | undefined {
  const characters: string[] = [];
  for (const part of body) {
    if (part.type === 'value') characters.push(String.fromCodePoint(part.codePoint));
    else if (part.type === 'characterClassRange' && part.max.codePoint - part.min.codePoint < 8) {
      for (let c = part.min.codePoint; c <= part.max.codePoint; c++) characters.push(String.fromCodePoint(c));
    } else return undefined;
  }
  return characters;
}
