// Turns what was chosen into the answer a person reads: an opening (a verdict, or what the sources do
// not say), the statements with [n] markers that index the citations in order of first use, and the
// closing lines (who can answer, the county disclaimer). A citation used twice keeps its first number.
import type { Citation } from '../catalogue/schema';
import type { Fact } from '../catalogue/facts';
import { factCitations, scopeName } from '../catalogue/facts';
import type { Texts } from '../text/texts';
import type { Lang } from './question';
import type { Regions } from './regions';

export type AnswerTexts = Texts['answer'];

export interface Statement {
  text: string;
  citations: Citation[];
}

export interface Composed {
  answer: string;
  citations: Citation[];
}

/** The same place and quote (the title does not tell citations apart). */
function sameCitation(a: Citation, b: Citation): boolean {
  const [x, y] = [a.lines, b.lines];
  return a.source === b.source && a.quote === b.quote && (a.url ?? null) === (b.url ?? null) && (x && y ? x[0] === y[0] && x[1] === y[1] : !x && !y);
}

/** "Tekst [1][2]." — the markers go before the sentence's closing punctuation. */
function withMarkers(text: string, numbers: number[]): string {
  const markers = numbers.map((n) => `[${n}]`).join('');
  if (!markers) return text;
  const m = /^(.*?)([.!?…]*)$/su.exec(text.trim());
  const body = m?.[1] ?? text.trim();
  const end = m?.[2] || '.';
  return `${body} ${markers}${end}`;
}

/** Statements said as a list, one per line ("- …"), after the others: the offers of a course search. */
export interface Listed {
  intro?: string;
  items: readonly Statement[];
}

export function compose(opening: readonly string[], statements: readonly Statement[], closing: readonly string[], listed?: Listed): Composed {
  const citations: Citation[] = [];
  const said = (s: Statement): string => {
    // An answer has a handful of citations: a linear search is cheaper than building keys for a map.
    const numbers = s.citations.map((c) => {
      const known = citations.findIndex((k) => sameCitation(k, c));
      if (known >= 0) return known + 1;
      citations.push(c);
      return citations.length;
    });
    return withMarkers(s.text, [...new Set(numbers)]);
  };
  const body = statements.map(said).join(' ');
  const list = listed && listed.items.length > 0 ? [listed.intro, ...listed.items.map((s) => `- ${said(s)}`)].filter(Boolean).join('\n') : '';
  const answer = [opening.filter(Boolean).join(' '), body, list, closing.filter(Boolean).join(' ')]
    .filter((p) => p.trim() !== '')
    .join('\n\n');
  return { answer, citations };
}

/** A fact as a statement in the answer's language, labelled when it is a recommendation, a proposal or one place's example. */
export function factStatement(fact: Fact, lang: Lang, texts: AnswerTexts, regions: Regions): Statement {
  const sentence = lang === 'en' ? fact.en : fact.text;
  const labels: string[] = [];
  if (fact.kind === 'recommendation') labels.push(texts.label.recommendation);
  if (fact.kind === 'proposal') labels.push(texts.label.proposal);
  const where = fact.scope ? scopeName(fact.scope) : undefined;
  if (where && (fact.kind === 'example' || fact.scope !== null)) {
    const named = mentions(sentence, where) || (regions.ofFact(fact) !== undefined && mentions(sentence, regions.ofFact(fact) ?? ''));
    if (!named) labels.push(texts.label.scope(where));
  }
  return { text: [...labels, sentence].join(' '), citations: factCitations(fact) };
}

const plain = new Map<string, string>();

/** Lower case, words separated by single spaces (remembered: the same sentences come back). */
function plainText(s: string): string {
  let p = plain.get(s);
  if (p === undefined) {
    p = ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
    if (plain.size > 20_000) plain.clear();
    plain.set(s, p);
  }
  return p;
}

function mentions(sentence: string, name: string): boolean {
  if (!name) return false;
  return plainText(sentence).includes(plainText(name).trim());
}
