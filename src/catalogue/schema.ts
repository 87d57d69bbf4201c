// The shapes every part of Veiviser agrees on. Everything read from knowledge/, from HTTP bodies or
// from an LLM is parsed with these schemas before it is used.
import { z } from 'zod';

/** A pointer to where a fact comes from: a line range in knowledge/sources/<file>, or a web page. */
export const CitationSchema = z
  .object({
    source: z.string().min(1), // file name in knowledge/sources/, or "web"
    title: z.string().min(1),
    lines: z
      .tuple([z.number().int().positive(), z.number().int().positive()])
      .refine(([a, b]) => a <= b, 'lines: start must be <= end')
      .optional(),
    url: z.string().url().optional(),
    quote: z.string(),
  })
  .refine((c) => (c.source === 'web' ? !!c.url : !!c.lines), {
    message: 'a "web" citation needs a url; a source-file citation needs lines',
  });
export type Citation = z.infer<typeof CitationSchema>;

/** One report in knowledge/sources/, described in knowledge/manifest.json. */
export const SourceEntrySchema = z.object({
  file: z.string().regex(/^[0-9]{3}_[0-9a-f]{16}\.txt$/),
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int().min(1990).max(2100).nullable(),
  covers: z.string().min(1),
});
export type SourceEntry = z.infer<typeof SourceEntrySchema>;
export const ManifestSchema = z.object({ sources: z.array(SourceEntrySchema).min(1) });
export type Manifest = z.infer<typeof ManifestSchema>;

/** What the guided dialog collects and the rules read. Every field is optional: unknown is unknown. */
export const ProfileSchema = z
  .object({
    age: z.number().int().min(10).max(110),
    county: z.string().min(1),
    completedPrimarySchool: z.boolean(),
    completedUpperSecondary: z.boolean(),
    hasTradeCertificate: z.boolean(),
    /** The trade (lærefag) of the certificate the person holds. */
    certificateTrade: z.string().min(1),
    employed: z.boolean(),
    employmentPercent: z.number().min(0).max(100),
    /** Full-time equivalent: years at a stilling under 80 % count in proportion ("6 år i 70 %" → 4.2). */
    practiceYears: z.number().min(0).max(60),
    /** The stilling the practice was done in, when the person ties it to the practice. */
    practicePercent: z.number().min(0).max(100),
    /**
     * When the practice ended: the calendar year, "now" when it goes on, "past" when it ended in a
     * year not said. With practiceYears it settles praksiskandidat's rule that half of the practice
     * be from the last ten years (the practice is taken as one stretch ending then).
     */
    practiceUntil: z.union([z.number().int().min(1940).max(2100), z.enum(['now', 'past'])]),
    /** Some of the practice told was done abroad ("mekaniker i Polen i 10 år"): how it counts is not in the sources. */
    practiceAbroad: z.boolean(),
    trade: z.string().min(1),
    navJobSeeker: z.boolean(),
    interests: z.array(z.string().min(1)),
  })
  .partial()
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileField = keyof Profile;
export const PROFILE_FIELDS = Object.keys(ProfileSchema.shape) as ProfileField[];

export const PATH_IDS = [
  'fagbrev-paa-jobb',
  'praksiskandidat',
  'laerling',
  'voksenopplaering',
  'trondelagsmodellen',
  'kompetanseprove',
  'fagskole',
] as const;
export const PathIdSchema = z.enum(PATH_IDS);
export type PathId = z.infer<typeof PathIdSchema>;

export const ReasonSchema = z.object({ text: z.string().min(1), citation: CitationSchema });
export type Reason = z.infer<typeof ReasonSchema>;

export const PathAssessmentSchema = z.object({
  id: PathIdSchema,
  title: z.string(),
  status: z.enum(['eligible', 'not-eligible', 'needs-info']),
  reasons: z.array(ReasonSchema),
  missing: z.array(z.enum(PROFILE_FIELDS as [ProfileField, ...ProfileField[]])),
  nextSteps: z.array(z.string()),
  /** One of the (at most two) paths recommended for this person; they come first. */
  recommended: z.boolean(),
  /** For a recommended path: one sentence on why it suits this person. */
  why: z.string().optional(),
  /** For a path that is possible but not advised for this person: why not. */
  notAdvised: z.string().optional(),
  /** For a path that does not fit yet: the smallest change that would make it fit, when there is one. */
  whatWouldChange: z.string().optional(),
});
export type PathAssessment = z.infer<typeof PathAssessmentSchema>;

export const OfferStatusSchema = z.enum(['active', 'pilot', 'proposed', 'ended']);
export const OfferSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  provider: z.string().min(1),
  kind: z.enum(['course', 'module', 'programme', 'pilot', 'study-centre', 'scheme']),
  level: z.enum(['grunnskole', 'vgs', 'fagbrev', 'fagskole', 'hoyere', 'kurs']),
  format: z.enum(['online', 'samlingsbasert', 'nett-og-samling', 'stedlig', 'arbeidsplass', 'ukjent']),
  region: z.string().min(1), // county name, a place, or "Hele landet"
  targetGroup: z.string().min(1),
  targetGroupEn: z.string().min(1),
  topics: z.array(z.string().min(1)).min(1), // e.g. "batteri", "prosessindustri", "kjemiprosess"
  status: OfferStatusSchema,
  sourceYear: z.number().int().nullable(),
  description: z.string().min(1),
  descriptionEn: z.string().min(1),
  citation: CitationSchema,
});
export type Offer = z.infer<typeof OfferSchema>;

export const AssessmentSchema = z.object({
  paths: z.array(PathAssessmentSchema),
  offers: z.array(OfferSchema),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/**
 * What `ask` prints and POST /api/ask returns. `answer` is the text a person reads, with [n] markers
 * indexing `citations` (1-based, in order of first use). Empty citations = no grounded answer (or the
 * question is off-topic); `gap` = the sources cover the topic but not the point asked (the answer says
 * so, and the citations are what is known about the topic). `generatedByLlm` is true only when a
 * language model wrote the text (channels then label it as AI-generated).
 */
export const AskResultSchema = z.object({
  question: z.string(),
  answer: z.string(),
  citations: z.array(CitationSchema),
  gap: z.boolean().optional(),
  generatedByLlm: z.boolean().optional(),
  lang: z.enum(['nb', 'en']).optional(),
  /** The topic the answer is about (an id of knowledge/lexicon/topics.json): a follow-up in the same conversation is read about it. */
  topic: z.string().optional(),
  /** The county or region the question asked about, when it named one: a follow-up asking "der?" ("there?") is about it. */
  place: z.string().optional(),
});
export type AskResult = z.infer<typeof AskResultSchema>;
