// Turns Norwegian text into index terms and questions into weighted query terms:
// lowercase -> word tokens -> footnote digits dropped -> stop words removed -> stem -> compound parts,
// plus bigrams of neighbouring content words, plus synonym expansion for questions.
import { DEFAULT_RELATED_WEIGHT, DEFAULT_SYNONYM_WEIGHT, type Lexicon, type SynonymGroup } from './lexicon';
import { Decompounder } from './decompounder';
import { stemNorwegian } from './stemmer';
import { normalizeForMatching } from '../normalise';
import { namesWithPlus, stripUrls, wordTokens } from './text';
import { memoize } from '../memo';

/** Numbers written as words count as numbers in a question ("de tre funksjonene" is three, not wood). */
const NUMBER_WORDS = new Set(['to', 'tre', 'fire', 'fem', 'seks', 'sju', 'syv', 'åtte', 'ni', 'ti', 'elleve', 'tolv', 'tjue', 'tretti', 'førti', 'femti', 'hundre', 'tusen']);

/** One content word of a text. */
export interface AnalyzedWord {
  surface: string;
  stem: string;
  /** Stems of the compound parts (empty when the word is not a compound). */
  parts: string[];
}

/** One content word of a question with everything that counts as a match for it. */
export interface QueryWord extends AnalyzedWord {
  /** Stems of synonyms of this word (or of a phrase it belongs to), with their weight. */
  synonyms: Array<{ stems: string[]; weight: number }>;
  /** True for numbers: weak evidence for relevance. */
  numeric: boolean;
  /** In an English question, a Norwegian word only the Norwegian facts have ("læreplan", "fordypning"), as Norwegian reads it. */
  norwegian?: QueryWord;
  /** In a Norwegian question, an English word only the English facts have ("unemployed", "jobs"), as English reads it. */
  english?: QueryWord;
}

export interface QueryAnalysis {
  words: QueryWord[];
  /** Term -> weight, ready for the index ("a b" keys are bigrams). */
  terms: Map<string, number>;
  /**
   * What the analysis was read from: the analyzer, the text's tokens and every word found in them (a
   * caller may drop words from `words`). Another index's reading of the same tokens reuses the words.
   */
  readFrom?: { analyzer: Analyzer; tokens: readonly string[]; words: readonly QueryWord[] };
}

export const BIGRAM_SEPARATOR = ' ';
// The patterns words are read with, made once (a pattern written in a function is a new object each call).
/** "T-modellen": a one-letter prefix joined to its word. */
// (Not a letter with an ending: "de tre M-ene", nynorsk "dei tre M-ane", are the letters, not a word "mene".)
const ONE_LETTER_PREFIX = /(?<![\p{L}\p{N}])(\p{L})-(?!(?:a|en|ene|er|et|ens|ets|ane|ar)(?![\p{L}\p{N}]))(?=\p{L}{2})/gu;
/** "norway2": a footnote number glued to a word. */
const FOOTNOTE_DIGITS = /^(\p{L}{3,})(\d{1,2})$/u;
const DIGIT = /\d/;
const NUMBER = /^\d+$/;
const PART_WEIGHT = 0.5;
const BIGRAM_WEIGHT = 0.6;

interface CompiledGroup {
  /** Each member as a sequence of normalised surface tokens. */
  members: string[][];
  /** Each member as stems of its content words. */
  memberStems: string[][];
  /** How each member is found in a question: a phrase (" a b ") in its tokens, or a one-word member's stem. */
  found: Array<{ phrase?: string; stem?: string }>;
  /** The first one-word member (-1 if none): what a member made only of stop words ("fra før") means. */
  head: number;
  weight: number;
}

export class Analyzer {
  private readonly groups: CompiledGroup[];
  /** Synonym members made only of stop words (" fra før "), with the one-word member that says them ("allerede"). */
  private readonly stopPhrases: Array<{ phrase: string; head: string }>;
  /** The groups a question may name, by a one-word member's stem or by the first token of a phrase member. */
  private readonly groupsByStem = new Map<string, number[]>();
  private readonly groupsByFirstToken = new Map<string, number[]>();

  constructor(
    private readonly lexicon: Lexicon,
    readonly decompounder: Decompounder,
  ) {
    const compile = (g: SynonymGroup, fallback: number): CompiledGroup => {
      const members = g.terms.map((t) => wordTokens(normalizeForMatching(t)));
      const memberStems = members.map((toks) => this.contentTokens(toks).map((t) => stemNorwegian(t)));
      const found = members.map((toks, i) =>
        toks.length > 1 ? { phrase: ` ${toks.join(' ')} ` } : memberStems[i].length === 1 ? { stem: memberStems[i][0] } : {},
      );
      return { members, memberStems, found, head: memberStems.findIndex((m) => m.length === 1), weight: g.weight ?? fallback };
    };
    this.groups = [
      ...lexicon.synonyms.map((g) => compile(g, DEFAULT_SYNONYM_WEIGHT)),
      ...lexicon.related.map((g) => compile(g, DEFAULT_RELATED_WEIGHT)),
    ];
    this.stopPhrases = this.groups.flatMap((g) =>
      g.head < 0 ? [] : g.members.flatMap((toks, i) => (toks.length > 1 && g.memberStems[i].length === 0 ? [{ phrase: ` ${toks.join(' ')} `, head: g.members[g.head][0] }] : [])),
    );
    const file = (map: Map<string, number[]>, key: string, group: number): void => {
      const list = map.get(key) ?? [];
      if (list[list.length - 1] !== group) list.push(group);
      map.set(key, list);
    };
    this.groups.forEach((g, i) =>
      g.found.forEach((f, m) => {
        if (f.phrase !== undefined) file(this.groupsByFirstToken, g.members[m][0], i);
        else if (f.stem !== undefined) file(this.groupsByStem, f.stem, i);
      }),
    );
  }

  /** The synonym groups a question's tokens or stems could match, in the order of the lexicon. */
  private candidateGroups(tokens: readonly string[], stems: ReadonlySet<string>): CompiledGroup[] {
    const found = new Set<number>();
    for (const s of stems) for (const g of this.groupsByStem.get(s) ?? []) found.add(g);
    for (const t of tokens) for (const g of this.groupsByFirstToken.get(t) ?? []) found.add(g);
    return [...found].sort((a, b) => a - b).map((g) => this.groups[g]);
  }

  /** Lowercased tokens with glued footnote digits removed ("norway2" -> "norway", "vg3" stays). */
  tokens(text: string): string[] {
    const out: string[] = [];
    // "T-modellen" -> "tmodellen": a one-letter prefix would otherwise be lost.
    const normalized = normalizeForMatching(namesWithPlus(stripUrls(text)));
    // (Most texts have no hyphen and most words end in no digit: the patterns are tried only where they can match.)
    const joined = normalized.includes('-') ? normalized.replace(ONE_LETTER_PREFIX, '$1') : normalized;
    for (const tok of wordTokens(joined)) {
      const last = tok.charCodeAt(tok.length - 1);
      const m = last >= 48 && last <= 57 ? FOOTNOTE_DIGITS.exec(tok) : null;
      out.push(m && !this.lexicon.keepAlphanumeric.has(tok) ? m[1] : tok);
    }
    return out;
  }

  private contentTokens(tokens: string[]): string[] {
    return tokens.filter((t) => !this.lexicon.stopwords.has(t) && !(t.length === 1 && !DIGIT.test(t)));
  }

  /** A word's stem and parts depend on the word alone, and questions use the same few thousand words. */
  private readonly analyzeToken = memoize((surface: string) => this.analyzeTokenUncached(surface), 50_000);

  private analyzeTokenUncached(surface: string): AnalyzedWord {
    const stem = stemNorwegian(surface);
    const split = this.decompounder.split(surface);
    const parts = split ? [...new Set(split.map((p) => stemNorwegian(p)))].filter((p) => p !== stem) : [];
    return { surface, stem, parts };
  }

  /** Content words of a text, in order; a phrase of stop words only that means a word ("fra før") adds that word. */
  words(text: string): AnalyzedWord[] {
    const tokens = this.tokens(text);
    const words = this.contentTokens(tokens).map((t) => this.analyzeToken(t));
    if (this.stopPhrases.length === 0) return words;
    const joined = ` ${tokens.join(' ')} `;
    for (const { phrase, head } of this.stopPhrases) {
      if (joined.includes(phrase) && !words.some((w) => w.surface === head)) words.push(this.analyzeToken(head));
    }
    return words;
  }

  /** Index terms with (fractional) frequencies: stems, compound parts (half weight) and bigrams. */
  documentTerms(text: string, weight = 1): Map<string, number> {
    const tf = new Map<string, number>();
    const add = (term: string, w: number): void => {
      tf.set(term, (tf.get(term) ?? 0) + w);
    };
    const words = this.words(text);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      add(w.stem, weight);
      for (const p of w.parts) add(p, weight * PART_WEIGHT);
      if (i > 0) add(words[i - 1].stem + BIGRAM_SEPARATOR + w.stem, weight);
    }
    return tf;
  }

  /** Stems (and compound-part stems) present in a text, for quick overlap tests. */
  stemSet(text: string): Set<string> {
    const s = new Set<string>();
    for (const w of this.words(text)) {
      s.add(w.stem);
      for (const p of w.parts) s.add(p);
    }
    return s;
  }

  query(text: string, knownTerm: (term: string) => boolean = () => true, read?: QueryAnalysis): QueryAnalysis {
    const tokens = this.tokens(text);
    // The words depend on the tokens alone: another reading of the same tokens has them already.
    const from = read?.readFrom;
    if (from && from.analyzer === this && sameTokens(from.tokens, tokens)) {
      const words = [...from.words];
      return { words, terms: this.queryTerms(words, knownTerm), readFrom: { analyzer: this, tokens, words } };
    }
    const content = this.contentTokens(tokens);
    const words: QueryWord[] = content.map((t) => {
      const { surface, stem, parts } = this.analyzeToken(t);
      return { surface, stem, parts, synonyms: [], numeric: NUMBER.test(t) || NUMBER_WORDS.has(t) };
    });

    // Synonyms: multi-word members must appear as a phrase in the raw tokens; single words match on stem.
    const joined = ` ${tokens.join(' ')} `;
    const stems = new Set(words.map((w) => w.stem));
    for (const group of this.candidateGroups(tokens, stems)) {
      // Every member the question has ("videregående" and "vgs" in one question) gets the others as synonyms.
      const hits = membersFound(group, joined, stems);
      if (hits.length === 0) continue;
      const hit = hits[0];
      // A phrase of stop words only ("komme inn på") carries its meaning through the group's first
      // one-word member ("opptak"), asked for as a word of its own.
      const { head } = group;
      if (group.memberStems[hit].length === 0 && head >= 0 && !stems.has(group.memberStems[head][0])) {
        // (Written out, not spread: an object spread from another gets a hidden class of its own each time in V8,
        // and every word of every question then reads slower.)
        const { surface, stem, parts } = this.analyzeToken(group.members[head][0]);
        words.push({ surface, stem, parts, synonyms: [], numeric: false });
        stems.add(group.memberStems[head][0]);
        group.memberStems.forEach((m, i) => {
          if (i !== head && m.length > 0) words[words.length - 1].synonyms.push({ stems: m, weight: group.weight });
        });
        continue;
      }
      for (const member of hits) {
        const hitStems = new Set(group.memberStems[member]);
        const others = group.memberStems.filter((s, i) => i !== member && s.length > 0);
        for (const w of words) {
          if (!hitStems.has(w.stem)) continue;
          for (const stems of others) {
            if (stems.length === 1 && stems[0] === w.stem) continue;
            if (!w.synonyms.some((syn) => sameTokens(syn.stems, stems))) w.synonyms.push({ stems, weight: group.weight });
          }
        }
      }
    }

    return { words, terms: this.queryTerms(words, knownTerm), readFrom: { analyzer: this, tokens, words: [...words] } };
  }

  /** A question's words as index terms with weights (the parts of a word the index does not know weigh in full). */
  private queryTerms(words: readonly QueryWord[], knownTerm: (term: string) => boolean): Map<string, number> {
    const terms = new Map<string, number>();
    const add = (term: string, weight: number): void => {
      terms.set(term, Math.max(terms.get(term) ?? 0, weight));
    };
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const known = knownTerm(w.stem);
      add(w.stem, 1);
      // When the whole word is unknown to the corpus, its parts carry the meaning.
      for (const p of w.parts) add(p, known ? PART_WEIGHT : 1);
      for (const syn of w.synonyms) {
        for (const s of syn.stems) add(s, syn.weight / Math.max(1, syn.stems.length - 1) ** 0.5);
        if (syn.stems.length > 1) {
          for (let j = 1; j < syn.stems.length; j++) {
            add(syn.stems[j - 1] + BIGRAM_SEPARATOR + syn.stems[j], syn.weight * BIGRAM_WEIGHT);
          }
        }
      }
      if (i > 0) add(words[i - 1].stem + BIGRAM_SEPARATOR + w.stem, BIGRAM_WEIGHT);
    }
    return terms;
  }
}

/** The members of a group a question has: a phrase in its tokens (`joined`, spaced at both ends), a one-word member by its stem. */
function membersFound(group: CompiledGroup, joined: string, stems: ReadonlySet<string>): number[] {
  const hits: number[] = [];
  for (let i = 0; i < group.found.length; i++) {
    const { phrase, stem } = group.found[i];
    if (phrase !== undefined ? joined.includes(phrase) : stem !== undefined && stems.has(stem)) hits.push(i);
  }
  return hits;
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
