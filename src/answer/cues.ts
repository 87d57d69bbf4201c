// The data that says how a question is read: knowledge/lexicon/question-cues.json (facets, yes/no
// openings, language words, generic and domain words). Validated with zod and compiled once at start-up.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { FacetSchema, type Facet } from '../catalogue/facts';
import { ContactKindSchema, type ContactKind } from '../catalogue/topics';
import { foldText } from '../normalise';
import { unionSource, unionTest, type UnionTest } from '../regex-union';

function isRegex(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}
const Pattern = z.string().min(1).refine(isRegex, 'not a valid regular expression');
const Word = z.string().min(1).refine((s) => s === s.toLowerCase() && s.trim() === s, 'words are lower case and trimmed');

/**
 * Classes whose members a fact may list by name: trades ("kjemiprosessfaget"), counties ("Nordland"), firms and schools
 * ("Elkem", "Fagskolen i Agder"), routes to a certificate ("praksiskandidat", "fagbrev på jobb").
 */
export const LIST_CLASSES = ['trade', 'county', 'organisation', 'route'] as const;
export type ListClass = (typeof LIST_CLASSES)[number];

export const VALUE_KINDS = ['count', 'amount', 'cost', 'payer', 'duration', 'date', 'detail', 'future', 'benefit'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];
/**
 * What a fact's sentence must look like to answer some questions best: two years (a span of time), a percentage (a
 * share), a cause or purpose (a reason, for "hvorfor"/"why").
 */
export const ANSWER_SHAPES = ['span', 'share', 'reason'] as const;
export type AnswerShape = (typeof ANSWER_SHAPES)[number];

const FacetCueSchema = z
  .object({
    facet: FacetSchema,
    value: z.enum(VALUE_KINDS).optional(),
    /** The words the patterns match only say what kind of answer is wanted: they weigh like generic words. */
    weakCues: z.boolean().default(false),
    /**
     * The shape of the answer the cue asks for: 'span', when something began and ended (a fact naming two years);
     * 'share', how big a part (a fact writing a percentage).
     */
    shape: z.enum(ANSWER_SHAPES).optional(),
    /** The topic the cue names when the question names none. */
    impliesTopic: z.string().optional(),
    nb: z.array(Pattern),
    en: z.array(Pattern),
  })
  .strict();

export const QuestionCuesFileSchema = z
  .object({
    description: z.string().optional(),
    facets: z.array(FacetCueSchema).min(1),
    yesNo: z.object({ nb: z.array(Pattern), en: z.array(Pattern) }).strict(),
    english: z.array(Word),
    norwegian: z.array(Word),
    generic: z.array(Word),
    domain: z.array(Word),
    everyday: z.array(Word),
    countable: z.array(Word),
    subgroups: z.array(Word),
    placeholders: z.array(Word),
    listClasses: z.record(z.enum(LIST_CLASSES), z.array(Word)),
    recommendationCues: z.array(Pattern),
    referralWords: z.record(ContactKindSchema, z.array(Word)),
    idioms: z.array(z.object({ pattern: Pattern, as: z.string(), note: z.string().optional() }).strict()),
    swedish: z.record(Word, Word),
  })
  .strict();

export interface FacetCue {
  facet: Facet;
  value?: ValueKind;
  weakCues: boolean;
  shape?: AnswerShape;
  impliesTopic?: string;
  nb: RegExp[];
  en: RegExp[];
  /** All patterns of a language in one global expression (its first match is the leftmost of any). */
  nbAll?: RegExp;
  enAll?: RegExp;
}

/** The cues, compiled. Patterns of facets and yes/no openings read the question folded to a–z. */
export interface QuestionCues {
  facets: FacetCue[];
  /** Every facet's patterns of a language in one expression: whether a text asks for any facet at all. */
  anyFacet: { nb?: UnionTest; en?: UnionTest };
  yesNo: { nb: RegExp[]; en: RegExp[] };
  english: ReadonlySet<string>;
  norwegian: ReadonlySet<string>;
  generic: ReadonlySet<string>;
  domain: ReadonlySet<string>;
  /** Ordinary words the reports do not use, read as typed (never corrected to a word of the reports). */
  everyday: ReadonlySet<string>;
  countable: ReadonlySet<string>;
  /** Words naming part of a group ("jenter", "women"). */
  subgroups: ReadonlySet<string>;
  /** Words that stand for "something" after "finnes det …" / "is there …" ("opplegg", "tilbud"): what follows is the point. */
  placeholders: ReadonlySet<string>;
  /** The words naming each class (folded), for "hvilke lærefag …" answered by a fact listing trades by name. */
  listClasses: ReadonlyMap<string, ListClass>;
  /** Ways of saying a thing in other words, each as what it is read as ("papir på det jeg kan" is a certificate). */
  idioms: ReadonlyArray<{ pattern: RegExp; as: string }>;
  /** Any of the idioms, tried on the question lower-cased (so a question with none is not rewritten once per idiom). */
  anyIdiom: UnionTest;
  /** Swedish and Danish words a Norwegian question may be written with, and their bokmål ("hur många" is "hvor mange", "gælder" "gjelder"). */
  swedish: ReadonlyMap<string, string>;
  /** Any of those words, as written (any case). */
  swedishWord: RegExp;
  /** Any of the recommendation cues as a whole word, in one pattern; read the question lower-cased with æøå kept. */
  recommendation: RegExp;
  /** A single word that asks for a recommendation or a proposal ("foreslått", "recommends"). */
  recommendationWord: RegExp;
  /** How each kind of contact is named in a sentence. */
  referralWords: Partial<Record<ContactKind, readonly string[]>>;
}

export function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function loadQuestionCues(knowledgeDir: string): QuestionCues {
  const raw = readJson(path.join(knowledgeDir, 'lexicon', 'question-cues.json'), QuestionCuesFileSchema);
  const compile = (ps: readonly string[]) => ps.map((p) => new RegExp(p, 'u'));
  const anyOf = (ps: readonly string[]) => (ps.length > 0 ? unionTest(ps, 'u') : undefined);
  return {
    facets: raw.facets.map((f) => ({
      facet: f.facet,
      value: f.value,
      weakCues: f.weakCues,
      shape: f.shape,
      impliesTopic: f.impliesTopic,
      nb: compile(f.nb),
      en: compile(f.en),
      nbAll: f.nb.length > 0 ? new RegExp(unionSource(f.nb), 'gu') : undefined,
      enAll: f.en.length > 0 ? new RegExp(unionSource(f.en), 'gu') : undefined,
    })),
    anyFacet: { nb: anyOf(raw.facets.flatMap((f) => f.nb)), en: anyOf(raw.facets.flatMap((f) => f.en)) },
    yesNo: { nb: compile(raw.yesNo.nb), en: compile(raw.yesNo.en) },
    english: new Set(raw.english),
    norwegian: new Set(raw.norwegian),
    generic: new Set(raw.generic),
    domain: new Set(raw.domain),
    everyday: new Set(raw.everyday),
    countable: new Set(raw.countable),
    subgroups: new Set(raw.subgroups),
    placeholders: new Set(raw.placeholders),
    listClasses: new Map(LIST_CLASSES.flatMap((kind) => (raw.listClasses[kind] ?? []).map((w) => [foldText(w), kind] as const))),
    referralWords: raw.referralWords,
    recommendation: new RegExp(`(?<![\\p{L}])(?:${raw.recommendationCues.map((p) => `(?:${p})`).join('|')})(?![\\p{L}])`, 'u'),
    recommendationWord: new RegExp(`^(?:${raw.recommendationCues.join('|')})$`, 'u'),
    idioms: raw.idioms.map((i) => ({ pattern: new RegExp(i.pattern, 'giu'), as: i.as })),
    anyIdiom: unionTest(raw.idioms.map((i) => i.pattern), 'u'),
    swedish: new Map(Object.entries(raw.swedish)),
    swedishWord: new RegExp(`(?<!\\p{L})(?:${Object.keys(raw.swedish).join('|')})(?!\\p{L})`, 'giu'),
  };
}
