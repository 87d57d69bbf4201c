// Which topics a question names (knowledge/lexicon/topics.json): in inflected forms
// ("praksiskandidaten"), without æ/ø/å ("fagbrev pa jobb"), and inside compounds ("fagbrevpåjobb",
// "kjemiprosessoperatør"). Typos are corrected before (spelling.ts). A question word counts for the
// longest term it matches, so "batterifagskolen" is Batterifagskolen, not the battery industry and fagskole.
import type { Topic } from '../catalogue/topics';
import { foldText } from '../normalise';

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

export class TopicMatcher {
  private readonly terms: CompiledTerm[];

  constructor(topics: readonly Topic[], lang: 'nb' | 'en') {
    this.terms = topics.flatMap((t) =>
      [...(lang === 'en' ? [...t.termsEn, ...t.terms] : t.terms)].map((term) => {
        const tokens = foldText(term).split(' ').filter(Boolean);
        return { topic: t.id, tokens, joined: tokens.join('') };
      }),
    );
  }

  /** The folded tokens matching uses (foldText, split on spaces). */
  static tokens(text: string): string[] {
    return foldText(text).split(' ').filter(Boolean);
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
    for (const term of this.terms) {
      const k = term.tokens.length;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (k > 1 && i + k <= tokens.length && term.tokens.every((t, j) => sameWord(tokens[i + j], t))) {
          consider(term, i, k);
          continue;
        }
        if ((k === 1 && sameWord(token, term.joined)) || (k > 1 && token === term.joined)) {
          consider(term, i, 1);
          continue;
        }
        // A compound written as one word: the whole term inside it, at its start or its end.
        if (term.joined.length >= MIN_COMPOUND_TERM && token.length > term.joined.length && (token.startsWith(term.joined) || token.endsWith(term.joined))) {
          consider(term, i, 1);
          continue;
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
}

/** The same word, or the word with a short inflection ending ("praksiskandidaten", "studiesentrene"). */
function sameWord(token: string, term: string): boolean {
  if (token === term) return true;
  return term.length >= 5 && token.length > term.length && token.length - term.length <= 3 && token.startsWith(term);
}
