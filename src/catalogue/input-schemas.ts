// How the rules knowledge is written in knowledge/: the zod schemas of the data files (paths, contacts,
// places). A statement in a data file cites either a full Citation or a fact (knowledge/facts/) by id;
// loader.ts resolves those references into the types in types.ts.
import { z } from 'zod';
import { CitationSchema, OfferSchema, PROFILE_FIELDS, PathAssessmentSchema, PathIdSchema, type PathAssessment, type ProfileField } from './schema';

export const IdSchema = z.string().regex(/^[a-z0-9-]+$/, 'ids use a-z, 0-9 and "-"');
export const ProfileFieldSchema = z.enum(PROFILE_FIELDS as [ProfileField, ...ProfileField[]]);
export const VerdictSchema = PathAssessmentSchema.shape.status;
export type Verdict = PathAssessment['status'];
/** A path as a whole: in use, being tried out, or only suggested in a report. */
export const PathStatusSchema = z.enum(['active', 'pilot', 'proposed']);

/** In data files a statement cites either a full Citation or a fact of knowledge/facts/ by id ("fact"). */
const citedFields = {
  citation: CitationSchema.optional(),
  fact: IdSchema.optional(),
};
const exactlyOneCitation = (v: { citation?: unknown; fact?: unknown }) => (v.citation === undefined) !== (v.fact === undefined);
const ONE_CITATION = { message: 'give exactly one of "citation" (a Citation) or "fact" (the id of a fact in knowledge/facts/)' };

export const FactInputSchema = z
  .object({
    id: IdSchema,
    /** The rule or fact in plain Norwegian, as a counsellor would say it. */
    text: z.string().min(1),
    /** The same in English, for a conversation in English. */
    textEn: z.string().min(1),
    /** For which verdicts the fact is worth telling; default: always. */
    when: z.array(VerdictSchema).min(1).optional(),
    ...citedFields,
  })
  .strict()
  .refine(exactlyOneCitation, ONE_CITATION);

export const ConditionInputSchema = z
  .object({
    id: IdSchema,
    text: z.string().min(1),
    textEn: z.string().min(1),
    /** Exactly the profile fields the rule function for this condition reads; kb:check fails when they differ. */
    fields: z.array(ProfileFieldSchema),
    /** Numbers the check uses (minimum years, percent …), so they live next to their source. */
    params: z.record(z.string(), z.number()).optional(),
    /** Words the check uses (e.g. trades with a longer practice requirement). */
    values: z.array(z.string().min(1)).optional(),
    /**
     * When the profile cannot settle this condition, a path may still be recommended on the
     * assumption said here (e.g. that an adult has finished grunnskole), which the person confirms.
     */
    presume: z.string().min(1).optional(),
    presumeEn: z.string().min(1).optional(),
    ...citedFields,
  })
  .strict()
  .refine(exactlyOneCitation, ONE_CITATION)
  .refine((c) => (c.presume === undefined) === (c.presumeEn === undefined), { message: '"presume" and "presumeEn" go together' });

/**
 * Whether a path suits a person, beside whether they qualify: a reason "for" recommending it (with a
 * weight that orders paths that all fit) or "against" it (then it is never recommended, and the card
 * says why). The rule function with the same id in knowledge/rules/<path>.ts says when it applies.
 */
export const SuitabilityInputSchema = z
  .object({
    id: IdSchema,
    effect: z.enum(['for', 'against']),
    weight: z.number().int().min(0).max(100).default(0),
    /** What the person reads, as a counsellor would say it. */
    text: z.string().min(1),
    textEn: z.string().min(1),
    /** The counsellor's reasoning, where the cited source does not say it in so many words. */
    reasoning: z.string().min(1).optional(),
    fields: z.array(ProfileFieldSchema),
    params: z.record(z.string(), z.number()).optional(),
    values: z.array(z.string().min(1)).optional(),
    ...citedFields,
  })
  .strict()
  .refine(exactlyOneCitation, ONE_CITATION);

export const NextStepInputSchema = z
  .object({ text: z.string().min(1), textEn: z.string().min(1), when: z.array(VerdictSchema).min(1).optional() })
  .strict();

export const VariantInputSchema = z
  .object({
    /** null = the national default, used where no county variant exists. */
    county: z.string().min(1).nullable(),
    label: z.string().min(1),
    conditions: z.array(ConditionInputSchema).default([]),
    notes: z.array(FactInputSchema).default([]),
    nextSteps: z.array(NextStepInputSchema).default([]),
    contacts: z.array(IdSchema).default([]),
  })
  .strict();

export const OptionInputSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    status: PathStatusSchema,
    description: z.string().min(1),
    offers: z.array(IdSchema).default([]),
    ...citedFields,
  })
  .strict()
  .refine(exactlyOneCitation, ONE_CITATION);

export const PathInputSchema = z
  .object({
    id: PathIdSchema,
    title: z.string().min(1),
    titleEn: z.string().min(1),
    summary: z.string().min(1),
    summaryEn: z.string().min(1),
    status: PathStatusSchema,
    variants: z.array(VariantInputSchema).min(1),
    options: z.array(OptionInputSchema).default([]),
    nextSteps: z.array(NextStepInputSchema).default([]),
    contacts: z.array(IdSchema).default([]),
    suitability: z.array(SuitabilityInputSchema).default([]),
    ...citedFields,
  })
  .strict()
  .refine(exactlyOneCitation, ONE_CITATION);

export const ContactInputSchema = z
  .object({
    id: IdSchema,
    who: z.enum(['fylkeskommunen', 'karrieresenter', 'nav', 'fagskole', 'studiesenter', 'annet']),
    name: z.string().min(1),
    /** Only where the name is not a proper name ("Fylkeskommunen der du bor"). */
    nameEn: z.string().min(1).optional(),
    county: z.string().min(1).nullable(),
    description: z.string().min(1),
    descriptionEn: z.string().min(1),
    url: z.string().url().optional(),
    ...citedFields,
  })
  .strict()
  .refine(exactlyOneCitation, ONE_CITATION);



const CategoryLabel = z.string().min(1);
/** Other words people type for a choice, lower case, in Norwegian or English ("battery", "på nett"). */
const CategoryWords = z.array(z.string().min(2).regex(/^[^A-ZÆØÅ]+$/u, 'lower case')).default([]);
/**
 * The course finder's top-level choices, in knowledge/offers.json beside the offers they choose from:
 * a topic (matched against offers' topics and names), a group of levels, a group of formats.
 */
export const OfferCategoriesSchema = z
  .object({
    topic: z.array(z.object({ label: CategoryLabel, topic: z.string().min(1), words: CategoryWords }).strict()).min(1),
    level: z.array(z.object({ label: CategoryLabel, levels: z.array(OfferSchema.shape.level).min(1), words: CategoryWords }).strict()).min(1),
    format: z.array(z.object({ label: CategoryLabel, formats: z.array(OfferSchema.shape.format).min(1), words: CategoryWords }).strict()).min(1),
  })
  .strict();
export type OfferCategories = z.infer<typeof OfferCategoriesSchema>;

/** knowledge/offers.json: the categories, and the offers (each parsed with OfferSchema on its own, so an error names it). */
export const OffersFileSchema = z.object({ categories: OfferCategoriesSchema, offers: z.array(z.unknown()) }).strict();
