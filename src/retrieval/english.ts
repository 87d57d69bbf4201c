// A small analyzer for English questions and the facts' English sentences: lower case, stop words
// out, a light suffix stemmer (plural -s/-es/-ies, -ing, -ed), and synonym groups from
// knowledge/lexicon/english.json. Norwegian names inside English text ("fagbrev på jobb") go through
// the same steps, so they meet themselves. A question's word the English knowledge does not have is read
// as the known word one or two edits away ("aprenticeship", "praksiskandiat"), unless it is a real English
// word (knowledge/lexicon/english-words.json: "waiting" is not "writing").
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { QueryAnalysis, QueryWord } from './analyzer';
import { normalizeForMatching } from '../normalise';
import { SpellingCorrector } from './spelling';
import { namesWithPlus, wordTokens } from './text';
import type { Fact } from '../catalogue/facts';
import type { Topic } from '../catalogue/topics';

const Word = z.string().min(1).refine((s) => s === s.toLowerCase() && s.trim() === s, 'words are lower case and trimmed');

export const EnglishFileSchema = z
  .object({
    description: z.string().optional(),
    stopwords: z.array(Word),
    /** Words a question leans on that name nothing asked about ("normal", "vs"): left out of questions, kept in facts. */
    vague: z.array(Word).default([]),
    synonyms: z.array(z.object({ terms: z.array(Word).min(2), weight: z.number().positive().max(1) }).strict()),
  })
  .strict();
export const EnglishWordsFileSchema = z.object({ description: z.string(), words: z.array(Word) }).strict();

export type EnglishLexicon = z.infer<typeof EnglishFileSchema> & {
  /** Real English words near a word of the facts: read as typed, not as that word. */
  asTyped: readonly string[];
};

export const ENGLISH_WORDS_FILE = path.join('lexicon', 'english-words.json');

function parseFile<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Reads and validates knowledge/lexicon/english.json (and english-words.json when there is one). */
export function loadEnglishLexicon(knowledgeDir: string): EnglishLexicon {
  const lexicon = parseFile(path.join(knowledgeDir, 'lexicon', 'english.json'), EnglishFileSchema);
  const wordsFile = path.join(knowledgeDir, ENGLISH_WORDS_FILE);
  const asTyped = existsSync(wordsFile) ? parseFile(wordsFile, EnglishWordsFileSchema).words : [];
  return { ...lexicon, asTyped };
}

/**
 * The English texts a question's words may be corrected to: the facts' English sentences and asked
 * questions, the topics' English names, and place names (read as typed: "Horten" is not "shorten").
 */
export function englishKnowledgeTexts(facts: readonly Fact[], topics: readonly Topic[], placeNames: readonly string[]): string[] {
  return [...facts.flatMap((f) => [f.en, ...(f.askedEn ?? [])]), ...topics.flatMap((t) => [t.nameEn, ...t.termsEn]), ...placeNames];
}

/** A light English stemmer: consistent, not linguistic. */
export function stemEnglish(word: string): string {
  let w = word.replace(/'s$/u, '');
  if (w.length <= 3 || /\d/u.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ment') && w.length > 7) w = w.slice(0, -4);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

interface Group {
  members: string[][];
  /** Each member as a phrase of stems (" a b "), as a question's joined stems are searched for it ("" for none). */
  phrases: string[];
  weight: number;
}

export class EnglishAnalyzer {
  private readonly stop: ReadonlySet<string>;
  private readonly vague: ReadonlySet<string>;
  private readonly groups: Group[];
  /** The groups a member of which begins with the stem: only they can expand a question that has it. */
  private readonly groupsByFirstStem = new Map<string, number[]>();
  /** Synonym members made only of stop words (" get into "), with the one-word member that says them ("admission"). */
  private readonly stopPhrases: Array<{ phrase: string; head: string }>;

  private readonly spelling?: SpellingCorrector;

  /** texts: the English knowledge (englishKnowledgeTexts); without it, questions are read as typed. */
  constructor(lexicon: EnglishLexicon, texts: readonly string[] = []) {
    this.stop = new Set(lexicon.stopwords);
    this.vague = new Set(lexicon.vague);
    this.groups = lexicon.synonyms.map((g) => {
      const members = g.terms.map((t) => this.contentTokens(this.tokens(t)).map(stemEnglish));
      return { members, phrases: members.map((m) => (m.length === 0 ? '' : ` ${m.join(' ')} `)), weight: g.weight };
    });
    this.groups.forEach((group, g) => {
      for (const m of group.members) {
        if (m.length === 0) continue;
        const list = this.groupsByFirstStem.get(m[0]) ?? [];
        if (list[list.length - 1] !== g) list.push(g);
        this.groupsByFirstStem.set(m[0], list);
      }
    });
    this.stopPhrases = lexicon.synonyms.flatMap((g, i) => {
      const group = this.groups[i];
      const head = group.members.findIndex((m) => m.length === 1);
      if (head < 0) return [];
      return g.terms
        .map((t) => this.tokens(t))
        .filter((toks, m) => toks.length > 1 && group.members[m].length === 0)
        .map((toks) => ({ phrase: ` ${toks.join(' ')} `, head: group.members[head][0] }));
    });
    if (texts.length > 0) {
      const vocabulary = new Map<string, number>();
      const count = (text: string, weight: number) => {
        for (const t of this.tokens(text)) if (/^\p{L}+$/u.test(t)) vocabulary.set(t, (vocabulary.get(t) ?? 0) + weight);
      };
      for (const text of texts) count(text, 1);
      for (const w of [...lexicon.stopwords, ...lexicon.vague, ...lexicon.synonyms.flatMap((g) => g.terms)]) count(w, 2);
      this.spelling = new SpellingCorrector(vocabulary, { preferred: new Set(vocabulary.keys()), asTyped: new Set(lexicon.asTyped) });
    }
  }

  /** A text with each word read as the known word it most likely is (for reading topics and facets from it). */
  correctText(text: string): string {
    if (!this.spelling) return text;
    // Whole words only: "Prosess21" is a name, not "process" and 21.
    return text.replace(/[\p{L}\p{N}]+/gu, (w) => {
      const lower = w.toLowerCase();
      const read = this.correct(lower);
      return read === lower ? w : read;
    });
  }

  /** A question's word as the known word it most likely is ("aprenticeship" → "apprenticeship"). */
  correct(token: string): string {
    return this.spelling && !this.stop.has(token) ? this.spelling.correct(token) : token;
  }

  /** The heads of the stop-word phrases a text's tokens have ("get into" → "admission"). */
  private phraseHeads(tokens: readonly string[], have: readonly string[]): string[] {
    if (this.stopPhrases.length === 0) return [];
    const joined = ` ${tokens.join(' ')} `;
    const out: string[] = [];
    for (const { phrase, head } of this.stopPhrases) if (joined.includes(phrase) && !have.includes(head) && !out.includes(head)) out.push(head);
    return out;
  }

  private tokens(text: string): string[] {
    return wordTokens(normalizeForMatching(namesWithPlus(text)).replace(/[\u2019']/gu, "'"));
  }

  private contentTokens(tokens: readonly string[]): string[] {
    return tokens.filter((t) => !this.stop.has(t) && (t.length > 1 || /\d/u.test(t)));
  }

  /** Stems of a text's content words; a phrase of stop words that means a word ("get into") adds that word. */
  stems(text: string): string[] {
    const tokens = this.tokens(text);
    const stems = this.contentTokens(tokens).map(stemEnglish);
    return [...stems, ...this.phraseHeads(tokens, stems)];
  }

  stemSet(text: string): Set<string> {
    return new Set(this.stems(text));
  }

  /** Index terms with frequencies (stems and bigrams), as the Norwegian analyzer gives them. */
  documentTerms(text: string): Map<string, number> {
    const tf = new Map<string, number>();
    const stems = this.stems(text);
    stems.forEach((s, i) => {
      tf.set(s, (tf.get(s) ?? 0) + 1);
      if (i > 0) {
        const bigram = `${stems[i - 1]} ${s}`;
        tf.set(bigram, (tf.get(bigram) ?? 0) + 1);
      }
    });
    return tf;
  }

  /** The groups a question with these stems could have a member of, in the order of the lexicon. */
  private candidateGroups(stems: readonly string[]): Group[] {
    const found = new Set<number>();
    for (const s of stems) for (const g of this.groupsByFirstStem.get(s) ?? []) found.add(g);
    return [...found].sort((a, b) => a - b).map((g) => this.groups[g]);
  }

  /** A question as weighted query words, with synonyms, in the shape of the Norwegian analysis. */
  query(text: string): QueryAnalysis {
    const tokens = this.tokens(text).map((t) => this.correct(t));
    // A fact says "normally" or "vs" in passing; a question that has no fact with them is not about them.
    const surfaces = this.contentTokens(tokens).filter((t) => !this.vague.has(t));
    const words: QueryWord[] = surfaces.map((surface) => ({
      surface,
      stem: stemEnglish(surface),
      parts: [],
      synonyms: [],
      numeric: /^\d+$/u.test(surface),
    }));
    for (const head of this.phraseHeads(tokens, words.map((w) => w.stem))) {
      words.push({ surface: head, stem: head, parts: [], synonyms: [], numeric: false });
    }
    const stems = words.map((w) => w.stem);
    const joined = ` ${stems.join(' ')} `;
    // Every member a question has expands ("grant money": "money" as well as "grant" meets "funding").
    for (const group of this.candidateGroups(stems)) {
      group.members.forEach((member, hit) => {
        if (member.length === 0 || !joined.includes(group.phrases[hit])) return;
        for (const w of words) {
          if (!member.includes(w.stem)) continue;
          group.members.forEach((m, i) => {
            if (i === hit || m.length === 0 || (m.length === 1 && m[0] === w.stem) || w.synonyms.some((s) => sameStems(s.stems, m))) return;
            w.synonyms.push({ stems: m, weight: group.weight });
          });
        }
      });
    }
    const terms = new Map<string, number>();
    const add = (t: string, weight: number) => terms.set(t, Math.max(terms.get(t) ?? 0, weight));
    words.forEach((w, i) => {
      add(w.stem, 1);
      for (const s of w.synonyms) for (const st of s.stems) add(st, s.weight / Math.max(1, s.stems.length - 1) ** 0.5);
      if (i > 0) add(`${words[i - 1].stem} ${w.stem}`, 0.6);
    });
    return { words, terms };
  }
}

/** The same stems in the same order (what joining both with spaces would compare). */
function sameStems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
