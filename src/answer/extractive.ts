// The extractive answerer: no language model. It checks the question with the guard, retrieves
// passages, decides whether they are relevant enough (otherwise it abstains), picks the 2–4 sentences
// that best answer the question and returns them verbatim with numbered citations that point at the
// exact lines of the report (or the public page) they come from. The sources are returned as data
// (AskResult.citations); whoever shows the answer renders them.
import type { AskResult, Citation } from '../catalogue/schema';
import type { SourceDocument } from '../catalogue/sources';
import { QUOTE_GAP, quoteInLines } from '../catalogue/verify';
import type { QueryAnalysis } from '../retrieval/analyzer';
import type { AnswerCue } from '../retrieval/lexicon';
import type { IndexedPassageText, LexicalRetriever, ScoredPassage } from '../retrieval/retriever';
import { normalizeForMatching } from '../normalise';
import { truncateText, unicodeWordRegex, wordTokens } from '../retrieval/text';
import { abstain } from './abstain';
import { checkQuestion, declined } from './guard';
import type { Answerer } from './types';
import { QUESTION_READ_CHARS } from '../limits';
import { nb } from '../text/nb';
import { compose, type Statement } from './compose';
import { itemsByTerm } from '../retrieval/inverted';

export interface ExtractiveAnswererOptions {
  retriever: LexicalRetriever;
  /**
   * The report texts. When given, a sentence is only quoted if its text can be read on its lines
   * (src/catalogue/verify.ts): a few sentences of the PDF extracts run across footnotes in a way a
   * quote cannot show, and those are left out.
   */
  documents?: readonly SourceDocument[];
  /** Answer cues from the lexicon (knowledge/lexicon/answer-cues.json). */
  cues?: readonly AnswerCue[];
  /** Passages retrieved per question. */
  retrieve?: number;
  /** Passages sentences are taken from. */
  readPassages?: number;
  /** A passage covering at least this share of the question is relevant on its own … */
  minCoverage?: number;
  /** … and one covering at least this share is relevant when it matches two or more question words. */
  minCoverageSeveralWords?: number;
  maxSentences?: number;
  /** Told about unexpected errors (the answerer then abstains instead of throwing). */
  onError?: (error: unknown) => void;
  /** Receives the scored sentence candidates (for debugging and tests). */
  trace?: (candidates: ReadonlyArray<{ text: string; score: number; coverage: number; source: string }>) => void;
}

/** A report sentence as it is read, whatever the question: worked out once per passage. */
interface SentenceReading {
  text: string;
  lines?: [number, number];
  /** Index among the passage's sentences (headings included). */
  position: number;
  words: number;
  prose: number;
  /** Length, prose and footnote factors of its score. */
  lengthFactor: number;
  stems: ReadonlySet<string>;
  /** Stems of the section heading and the sentence together (absent when no heading is in effect). */
  inContext?: ReadonlySet<string>;
  /** Stems of the heading when this is the first sentence under it (it then usually defines what the heading names). */
  headingStems?: ReadonlySet<string>;
  /** Word tokens, for the near-duplicate test (worked out when first needed). */
  tokens?: ReadonlySet<string>;
  /** The sentences of any passage it is a near-duplicate of, itself included (worked out at start-up). */
  nearDuplicates?: ReadonlySet<SentenceReading>;
  quotable?: boolean;
}

interface PassageReading {
  /** The sentences long enough to quote, in order. */
  sentences: SentenceReading[];
  /** Every stem its sentences are read with: no sentence covers more of a question than these do. */
  stems: ReadonlySet<string>;
}

interface Candidate {
  passage: ScoredPassage;
  passageRank: number;
  reading: SentenceReading;
  position: number;
  text: string;
  lines?: [number, number];
  score: number;
  coverage: number;
}

interface CompiledCue {
  patterns: RegExp[];
  stems: Set<string>;
}

const SENTENCE_MIN_WORDS = 4;
const CUE_BONUS = 0.25;
const TOPIC_SENTENCE_BONUS = 0.2;

const BULLET = /^[•▪►➢✓\u2022\uf0b7\uf0a7\uf0d8-]\s*/u;

/** How much a sentence reads like an answer: report questions, list intros and table rows read badly. */
function proseFactor(text: string): number {
  const t = text.trim();
  if (/\?[»”")]*$/u.test(t)) return 0.5;
  if (/:$/u.test(t)) return 0.6;
  const words = t.replace(BULLET, '').split(/\s+/u);
  const capitalised = words.slice(1).filter((w) => /^[\p{Lu}\d(~<>%]/u.test(w)).length / Math.max(1, words.length - 1);
  if (capitalised > 0.5) return 0.4;
  if (!/[.!»”")]$/u.test(t) && !BULLET.test(t)) return 0.7;
  return 1;
}

/** The sentence as shown to the user: without the report's own bullet sign. */
function displayText(text: string): string {
  return text.replace(BULLET, '').trim();
}

function tokensOf(sentence: SentenceReading): ReadonlySet<string> {
  sentence.tokens ??= new Set(wordTokens(normalizeForMatching(sentence.text)));
  return sentence.tokens;
}

/** Two sentences sharing most of their words (of the shorter one's). */
export function nearDuplicate(ta: ReadonlySet<string>, tb: ReadonlySet<string>): boolean {
  if (ta.size === 0 || tb.size === 0) return false;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / Math.min(ta.size, tb.size) >= 0.8;
}

/**
 * Per item, the items it is a near-duplicate of (itself included, unless it has no words), so a
 * question's sentences are told apart without comparing each with each. Only likely pairs are compared:
 * a near-duplicate at least as long as an item lacks at most a fifth of its words, so it has one of the
 * item's rarest fifth-plus-two words.
 */
export function nearDuplicatesOf<T>(items: readonly T[], tokensOf: (item: T) => ReadonlySet<string>): Array<Set<T>> {
  const tokens = items.map(tokensOf);
  const having = itemsByTerm(tokens);
  const near = items.map((item, i) => new Set<T>(tokens[i].size > 0 ? [item] : []));
  const rarity = (t: string) => having.get(t)?.length ?? 0;
  tokens.forEach((set, i) => {
    const probes = [...set].sort((a, b) => rarity(a) - rarity(b) || (a < b ? -1 : a > b ? 1 : 0)).slice(0, Math.floor(set.size / 5) + 2);
    const compared = new Set<number>([i]);
    for (const t of probes) {
      for (const j of having.get(t) ?? []) {
        if (compared.has(j)) continue;
        compared.add(j);
        if (nearDuplicate(set, tokens[j])) {
          near[i].add(items[j]);
          near[j].add(items[i]);
        }
      }
    }
  });
  return near;
}

/** Whether a sentence is a near-duplicate of one kept already (`linked`: every kept sentence was linked at start-up). */
function duplicatesKept(reading: SentenceReading, kept: ReadonlySet<SentenceReading>, linked: boolean): boolean {
  const near = reading.nearDuplicates;
  if (near && linked) {
    for (const d of near) if (kept.has(d)) return true;
    return false;
  }
  for (const k of kept) if (nearDuplicate(tokensOf(k), tokensOf(reading))) return true;
  return false;
}

export class ExtractiveAnswerer implements Answerer {
  private readonly cues: CompiledCue[];
  private readonly opts: Required<Omit<ExtractiveAnswererOptions, 'retriever' | 'documents' | 'cues' | 'trace' | 'onError'>>;
  private readonly documentLines: Map<string, readonly string[]>;
  /** Whether a quote can be read on its lines, by "file:start-end:quote". */
  private readonly quotableCache = new Map<string, boolean>();
  /** What is read of each passage, by passage id. */
  private readonly readings = new Map<string, PassageReading>();
  /** Every stem any sentence of any passage is read with. */
  private readonly allStems = new Set<string>();

  constructor(private readonly options: ExtractiveAnswererOptions) {
    this.documentLines = new Map((options.documents ?? []).map((d) => [d.entry.file, d.lines]));
    this.cues = (options.cues ?? []).map((c) => ({
      patterns: c.questionPatterns.map((p) => unicodeWordRegex(p, 'iu')),
      stems: new Set([...c.cueWords].flatMap((w) => [...options.retriever.stems(w)])),
    }));
    this.opts = {
      retrieve: options.retrieve ?? 8,
      readPassages: options.readPassages ?? 4,
      minCoverage: options.minCoverage ?? 0.6,
      minCoverageSeveralWords: options.minCoverageSeveralWords ?? 0.38,
      maxSentences: options.maxSentences ?? 4,
    };
    for (const passage of options.retriever.passages) for (const t of this.reading(passage).stems) this.allStems.add(t);
    const sentences = [...this.readings.values()].flatMap((r) => r.sentences);
    nearDuplicatesOf(sentences, tokensOf).forEach((near, i) => {
      sentences[i].nearDuplicates = near;
    });
  }

  async answer(question: string): Promise<AskResult> {
    return this.answerSync(question);
  }

  /** Same as answer(), synchronously (the extractive answerer never waits for anything). */
  answerSync(question: unknown): AskResult {
    const raw = typeof question === 'string' ? question : '';
    const echoed = truncateText(raw.trim(), QUESTION_READ_CHARS);
    try {
      const verdict = checkQuestion(raw);
      if (!verdict.ok) return declined(echoed, verdict);
      const selection = this.select(verdict.asked ?? raw);
      if (!selection) return abstain(echoed);
      const { answer, citations } = compose([nb.answer.intro], selection.statements, [nb.answer.advice]);
      return { question: echoed, answer, citations };
    } catch (error) {
      // An answerer must never take the bot down; saying "I don't know" is always safe.
      this.options.onError?.(error);
      return abstain(echoed);
    }
  }

  /**
   * The report sentences that best answer a question, each with the citation of its passage, or
   * undefined when no passage is relevant enough. `coverage` is the best sentence's share of the question.
   * With `minCoverage`, also undefined as soon as it is clear that no sentence covers that much.
   * `asRead`: the question as read already for the facts (its words are reused when read from the same tokens).
   */
  select(question: string, minCoverage = 0, asRead?: QueryAnalysis): PassageSelection | undefined {
    const retriever = this.options.retriever;
    const analysis = retriever.analyze(question.trim(), asRead);
    if (analysis.words.length === 0) return undefined;
    // No sentence covers more of a question than all the stems sentences are read with, those of the
    // passages read (below) or of all (here); the margin absorbs rounding in the 0.6/0.4 blend of a
    // sentence's own and in-context coverage.
    const reaches = (stems: ReadonlySet<string>): boolean => retriever.coverageIn(analysis, stems).coverage >= minCoverage - 1e-9;
    if (minCoverage > 0 && !reaches(this.allStems)) return undefined;
    const passages = retriever.searchAnalyzed(analysis, this.opts.retrieve).filter((p) => this.isRelevant(p));
    if (passages.length === 0) return undefined;
    const read = passages.slice(0, this.opts.readPassages);
    if (minCoverage > 0 && !read.some((p) => reaches(this.reading(p).stems))) return undefined;
    const chosen = this.chooseSentences(question, analysis, read);
    if (chosen.length === 0) return undefined;
    // Only quotes a reader can find on the cited lines (the same check kb:check makes).
    const statements = this.statements(chosen).filter((st) => st.citations.every((c) => this.readable(c)));
    if (statements.length === 0) return undefined;
    return { statements, coverage: Math.max(...chosen.map((c) => c.coverage)), passageCoverage: passages[0].coverage };
  }

  private isRelevant(p: ScoredPassage): boolean {
    return (
      p.coverage >= this.opts.minCoverage || (p.coverage >= this.opts.minCoverageSeveralWords && p.matchedWords >= 2)
    );
  }

  /** Cue words of the cues whose question patterns match (e.g. eligibility cues for "Kan jeg …"). */
  private activeCueStems(question: string): Set<string>[] {
    const q = truncateText(question, QUESTION_READ_CHARS);
    return this.cues.filter((c) => c.patterns.some((re) => re.test(q))).map((c) => c.stems);
  }

  /** The sentences of a passage as they are read, whatever the question (all passages are read at start-up). */
  private reading(passage: IndexedPassageText): PassageReading {
    let reading = this.readings.get(passage.id);
    if (reading) return reading;
    const retriever = this.options.retriever;
    const sentences: SentenceReading[] = [];
    const stems = new Set<string>();
    let heading = passage.heading ?? '';
    let afterHeading = false;
    (passage.sentences ?? [{ text: passage.text, lines: passage.lines }]).forEach((s, position) => {
      if (s.isHeading) {
        heading = s.text;
        afterHeading = true;
        return;
      }
      const topicSentence = afterHeading;
      afterHeading = false;
      const words = s.text.split(/\s+/u).length;
      if (words < SENTENCE_MIN_WORDS || !/\p{L}{3,}/u.test(s.text)) return;
      const prose = proseFactor(s.text);
      const own = retriever.stems(s.text);
      // A sentence is read together with its section heading: "Et vilkår for å ta i bruk denne
      // ordningen …" under "Fagbrev på jobb" is about fagbrev på jobb.
      const sentence: SentenceReading = {
        text: s.text,
        lines: s.lines,
        position,
        words,
        prose,
        lengthFactor: (words > 45 ? 0.8 : 1) * prose * (s.isNote ? 0.8 : 1),
        stems: own,
        // The stems of "heading sentence" are those of the two: words are found between spaces.
        inContext: heading ? new Set([...retriever.stems(heading), ...own]) : undefined,
        headingStems: topicSentence && heading ? retriever.stems(heading) : undefined,
      };
      for (const t of sentence.stems) stems.add(t);
      for (const t of sentence.inContext ?? []) stems.add(t);
      sentences.push(sentence);
    });
    reading = { sentences, stems };
    this.readings.set(passage.id, reading);
    return reading;
  }

  private chooseSentences(question: string, analysis: QueryAnalysis, passages: ScoredPassage[]): Candidate[] {
    const retriever = this.options.retriever;
    const cueStems = this.activeCueStems(question);
    const cueBonus = (stems: ReadonlySet<string>): number =>
      cueStems.some((c) => [...c].some((s) => stems.has(s))) ? CUE_BONUS : 0;
    const all: Candidate[] = [];
    passages.forEach((passage, passageRank) => {
      for (const s of this.reading(passage).sentences) {
        const own = retriever.coverageIn(analysis, s.stems).coverage;
        const inContext = s.inContext ? retriever.coverageIn(analysis, s.inContext).coverage : own;
        const cov = 0.6 * own + 0.4 * inContext;
        // The first sentence under a heading that names what was asked about usually defines it.
        const topicBonus = s.headingStems && retriever.coverageIn(analysis, s.headingStems).coverage >= 0.5 ? TOPIC_SENTENCE_BONUS : 0;
        const score = cov > 0 ? (cov + cueBonus(s.stems) + topicBonus) * s.lengthFactor + 0.08 / (1 + passageRank) : 0;
        all.push({ passage, passageRank, reading: s, position: s.position, text: s.text, lines: s.lines, score, coverage: cov });
      }
    });
    // The same sentence can come from overlapping chunks, and a public rule can repeat a report
    // sentence: keep one, preferring the report (exact lines) and then the better-ranked passage.
    const preference = (c: Candidate): number => (c.passage.source === 'web' ? 1 : 0);
    const candidates: Candidate[] = [];
    const kept = new Set<SentenceReading>();
    let linked = true;
    for (const c of [...all].sort((a, b) => preference(a) - preference(b) || a.passageRank - b.passageRank)) {
      if (!duplicatesKept(c.reading, kept, linked)) {
        candidates.push(c);
        kept.add(c.reading);
        linked &&= c.reading.nearDuplicates !== undefined;
      }
    }

    const ranked = candidates.filter((c) => c.coverage > 0 && this.isQuotable(c)).sort((a, b) => b.score - a.score);
    this.options.trace?.(ranked.map((c) => ({ text: c.text, score: c.score, coverage: c.coverage, source: c.passage.id })));
    if (ranked.length === 0) return [];
    const best = ranked[0];
    const floor = Math.max(0.2, best.score * 0.55);
    const chosen: Candidate[] = [best];
    for (const c of ranked.slice(1)) {
      if (chosen.length >= this.opts.maxSentences) break;
      if (c.score < floor) break;
      if (chosen.filter((x) => x.passage.id === c.passage.id).length >= 3) continue;
      chosen.push(c);
    }
    // A single short hit reads better with the sentence that follows it in the report.
    if (chosen.length === 1) {
      const next = candidates.find((c) => c.passage.id === best.passage.id && c.position === best.position + 1);
      if (next && next.reading.words <= 45 && next.reading.prose === 1 && this.isQuotable(next)) chosen.push(next);
    }
    return chosen.sort((a, b) => a.passageRank - b.passageRank || a.position - b.position);
  }

  private readable(c: Citation): boolean {
    const lines = c.lines ? this.documentLines.get(c.source) : undefined;
    if (!lines || !c.lines) return true;
    const key = `${c.source}:${c.lines[0]}-${c.lines[1]}:${c.quote}`;
    let ok = this.quotableCache.get(key);
    if (ok === undefined) {
      ok = quoteInLines(c.quote, lines, c.lines);
      if (this.quotableCache.size > 50_000) this.quotableCache.clear();
      this.quotableCache.set(key, ok);
    }
    return ok;
  }

  /** True unless the report text is known and the sentence cannot be read on its lines (web passages: always). */
  private isQuotable(c: Candidate): boolean {
    const lines = this.documentLines.get(c.passage.source);
    if (!lines || !c.lines) return true;
    c.reading.quotable ??= quoteInLines(c.text, lines, c.lines);
    return c.reading.quotable;
  }

  /** One statement per chosen sentence, cited by its passage's lines (sentences of one passage share one citation). */
  private statements(chosen: Candidate[]): Statement[] {
    const groups: Array<{ passage: ScoredPassage; items: Candidate[] }> = [];
    for (const c of chosen) {
      const g = groups.find((x) => x.passage.id === c.passage.id);
      if (g) g.items.push(c);
      else groups.push({ passage: c.passage, items: [c] });
    }
    const out: Statement[] = [];
    for (const g of groups) {
      const lineRanges = g.items.map((c) => c.lines).filter((l): l is [number, number] => !!l);
      const lines: [number, number] | undefined =
        lineRanges.length > 0
          ? [Math.min(...lineRanges.map((l) => l[0])), Math.max(...lineRanges.map((l) => l[1]))]
          : undefined;
      const quote = g.items
        .map((c, j) => (j > 0 && c.position !== g.items[j - 1].position + 1 ? `${QUOTE_GAP} ${c.text}` : c.text))
        .join(' ');
      const citation: Citation =
        g.passage.source === 'web'
          ? { source: 'web', title: g.passage.title, url: g.passage.url, quote }
          : { source: g.passage.source, title: g.passage.title, lines, quote };
      for (const c of g.items) out.push({ text: displayText(c.text), citations: [citation] });
    }
    return out;
  }
}

export interface PassageSelection {
  statements: Statement[];
  /** The best chosen sentence's coverage of the question. */
  coverage: number;
  /** The best passage's coverage of the question. */
  passageCoverage: number;
}

export function createExtractiveAnswerer(options: ExtractiveAnswererOptions): ExtractiveAnswerer {
  return new ExtractiveAnswerer(options);
}
