// Loads the language data the retriever and the extractive answerer use: stop words, domain synonyms,
// extra decompounding words and answer cues. All of it lives as JSON under knowledge/ and is validated
// with zod here, so a broken edit fails loudly at start-up instead of silently degrading search.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const lowerTerm = z
  .string()
  .min(1)
  .refine((s) => s === s.toLowerCase() && s.trim() === s, 'terms must be lowercase and trimmed');

export const StopwordsFileSchema = z.object({
  description: z.string().optional(),
  stopwords: z.array(lowerTerm).min(1),
});

const SynonymGroupSchema = z.object({
  terms: z.array(lowerTerm).min(2),
  weight: z.number().positive().max(1).optional(),
  note: z.string().optional(),
});
export type SynonymGroup = z.infer<typeof SynonymGroupSchema>;

export const SynonymsFileSchema = z.object({
  description: z.string().optional(),
  groups: z.array(SynonymGroupSchema),
  related: z.array(SynonymGroupSchema).default([]),
});

export const CompoundWordsFileSchema = z.object({
  description: z.string().optional(),
  words: z.array(lowerTerm),
  keepAlphanumeric: z.array(lowerTerm).default([]),
});

const AnswerCueSchema = z.object({
  name: z.string().min(1),
  questionPatterns: z
    .array(z.string().min(1))
    .min(1)
    .refine((ps) => ps.every(isValidRegex), 'questionPatterns must be valid regular expressions'),
  cueWords: z.array(lowerTerm).min(1),
});
export type AnswerCue = z.infer<typeof AnswerCueSchema>;

export const AnswerCuesFileSchema = z.object({
  description: z.string().optional(),
  cues: z.array(AnswerCueSchema),
});

function isValidRegex(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}

/** Everything language-specific the retrieval and answer code needs, already validated. */
export interface Lexicon {
  stopwords: ReadonlySet<string>;
  /** Synonym groups (weight defaults to 0.6). */
  synonyms: SynonymGroup[];
  /** Weaker associations (weight defaults to 0.3). */
  related: SynonymGroup[];
  /** Extra words for the decompounder (lowercase surface forms). */
  compoundWords: string[];
  /** Tokens of letters+digits that are words, not a word with a glued footnote number ("vg3", "co2"). */
  keepAlphanumeric: ReadonlySet<string>;
  answerCues: AnswerCue[];
}

export const DEFAULT_SYNONYM_WEIGHT = 0.6;
export const DEFAULT_RELATED_WEIGHT = 0.3;

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot read JSON (${(err as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} is invalid: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * Reads knowledge/stopwords.json, knowledge/synonyms.json and (when present)
 * knowledge/lexicon/compound-words.json and knowledge/lexicon/answer-cues.json.
 */
export function loadLexicon(knowledgeDir: string): Lexicon {
  const stop = readJson(path.join(knowledgeDir, 'stopwords.json'), StopwordsFileSchema);
  const syn = readJson(path.join(knowledgeDir, 'synonyms.json'), SynonymsFileSchema);
  const compoundFile = path.join(knowledgeDir, 'lexicon', 'compound-words.json');
  const compounds = existsSync(compoundFile)
    ? readJson(compoundFile, CompoundWordsFileSchema)
    : { words: [], keepAlphanumeric: [] };
  const cuesFile = path.join(knowledgeDir, 'lexicon', 'answer-cues.json');
  const cues = existsSync(cuesFile) ? readJson(cuesFile, AnswerCuesFileSchema) : { cues: [] };
  return {
    stopwords: new Set(stop.stopwords),
    synonyms: syn.groups,
    related: syn.related,
    compoundWords: compounds.words,
    keepAlphanumeric: new Set(compounds.keepAlphanumeric),
    answerCues: cues.cues,
  };
}
