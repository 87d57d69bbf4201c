// The fact base: knowledge/facts/*.json. One plain bokmål sentence per fact, with its English
// rendering, what it is about (topic, facet), what kind of statement it is (a rule, a report's
// recommendation, one county's example …), where it applies and the verbatim quote it rests on.
// Parsed with zod here; quotes are checked against the reports and the public rules page by
// src/catalogue/verify.ts (npm run kb:check).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CitationSchema, type Citation } from './schema';

export const FACETS = [
  'what-is',
  'who-qualifies',
  'requirement',
  'duration',
  'cost',
  'pay-support',
  'how-many',
  'where',
  'when',
  'how-to-apply',
  'contact',
  'result',
] as const;
export const FacetSchema = z.enum(FACETS);
export type Facet = z.infer<typeof FacetSchema>;

export const FACT_KINDS = ['fact', 'rule', 'recommendation', 'proposal', 'example'] as const;
export const FactKindSchema = z.enum(FACT_KINDS);
export type FactKind = z.infer<typeof FactKindSchema>;

/** What a report says should be done, not what is. */
export const isAdvice = (kind: FactKind): boolean => kind === 'recommendation' || kind === 'proposal';

/** Where a fact applies: everywhere (null), in one county, in one competence pilot, or at one organisation. */
export const ScopeSchema = z
  .union([
    z.object({ county: z.string().min(1) }).strict(),
    z.object({ pilot: z.string().min(1) }).strict(),
    z.object({ organisation: z.string().min(1) }).strict(),
  ])
  .nullable();
export type Scope = z.infer<typeof ScopeSchema>;

const FactIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'fact ids are kebab-case (a-z, 0-9, "-")');

export const FactSchema = z
  .object({
    id: FactIdSchema,
    topic: z.string().regex(/^[a-z0-9-]+$/),
    facet: FacetSchema,
    kind: FactKindSchema,
    scope: ScopeSchema,
    year: z.number().int().min(1990).max(2100).nullable(),
    /** One plain bokmål sentence, saying no more than the quote. */
    text: z.string().min(10),
    /** The same in English (Norwegian names of schemes stay). */
    en: z.string().min(10),
    citation: CitationSchema,
    /** The same statement in a report, when the citation is a public rule. */
    alsoIn: CitationSchema.optional(),
    /**
     * Questions this fact answers, written the way people ask them (everyday words, not the report's):
     * read when matching a question to facts, never shown and never cited.
     */
    asked: z.array(z.string().min(5).max(300)).max(8).optional(),
    /** The same for questions asked in English. */
    askedEn: z.array(z.string().min(5).max(300)).max(8).optional(),
    /**
     * A rule no longer in force (the old Education Act), or a status a later one in the sources replaces (LEIDA's of
     * November 2021, by October 2022's): told when asked about then, not as today's answer.
     */
    superseded: z.literal(true).optional(),
  })
  .strict();
export type Fact = z.infer<typeof FactSchema>;

export const FactsFileSchema = z.object({ facts: z.array(z.unknown()) }).strict();

export class FactsError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`knowledge/facts/${file}: ${detail}`);
    this.name = 'FactsError';
  }
}

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(entry)'}: ${i.message}`).join('; ');
}

/**
 * Reads every knowledge/facts/*.json (sorted by name), validates each fact, and checks that ids are
 * unique across files and every topic is one of `topics` (when given). Throws a FactsError naming the
 * file and the fact on the first problem.
 */
export function loadFacts(knowledgeDir: string, topics?: ReadonlySet<string>): Fact[] {
  const dir = path.join(knowledgeDir, 'facts');
  if (!existsSync(dir)) throw new FactsError('', 'folder is missing');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const seen = new Map<string, string>();
  const out: Fact[] = [];
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    } catch (error) {
      throw new FactsError(file, `not valid JSON (${(error as Error).message})`);
    }
    const parsedFile = FactsFileSchema.safeParse(raw);
    if (!parsedFile.success) throw new FactsError(file, issues(parsedFile.error));
    parsedFile.data.facts.forEach((item, index) => {
      const id = item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : undefined;
      const where = `fact #${index + 1}${id ? ` (id "${id}")` : ''}`;
      const parsed = FactSchema.safeParse(item);
      if (!parsed.success) throw new FactsError(file, `${where}: ${issues(parsed.error)}`);
      const fact = parsed.data;
      const before = seen.get(fact.id);
      if (before) throw new FactsError(file, `${where}: id "${fact.id}" is also used in ${before}`);
      seen.set(fact.id, file);
      if (topics && !topics.has(fact.topic)) {
        throw new FactsError(file, `${where}: topic "${fact.topic}" is not in knowledge/lexicon/topics.json`);
      }
      out.push(fact);
    });
  }
  return out;
}

/**
 * The citation a fact is cited by first: the report when a public rule is also in one (the reports are
 * the primary knowledge), else its own.
 */
export function primaryCitation(fact: Fact): Citation {
  return fact.alsoIn ?? fact.citation;
}

/** Every citation of a fact, the primary one first. */
export function factCitations(fact: Fact): Citation[] {
  return fact.alsoIn ? [fact.alsoIn, fact.citation] : [fact.citation];
}

/** The county, pilot or organisation a fact is limited to, or undefined for a general fact. */
export function scopeName(scope: Scope): string | undefined {
  if (!scope) return undefined;
  if ('county' in scope) return scope.county;
  if ('pilot' in scope) return scope.pilot;
  return scope.organisation;
}
