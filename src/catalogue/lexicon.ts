// The vocabulary understanding reads a person's work and goals with: knowledge/lexicon/trades.json
// (the canonical lærefag, the words for the work, and each trade's standard training length) and
// knowledge/lexicon/interests.json (the fixed vocabulary of interests and their words) and
// knowledge/lexicon/abroad.json (countries and nationalities, for school taken abroad).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadSources } from './sources';

const Term = z.string().trim().min(1).refine((s) => s === s.toLowerCase(), 'terms are written in lower case');
const Terms = z.array(Term);

export const TradeEntrySchema = z
  .object({
    /** Canonical name, lower case, as Udir writes it ("logistikkfaget"). */
    name: z.string().regex(/^[a-zæøå][a-zæøå ,-]*faget$/u, 'a canonical trade name ends in "-faget"'),
    programme: z.string().min(1),
    /** The training model: years in school + years as an apprentice ("2+2", "2+2.5"). */
    model: z.string().regex(/^\d\+\d(?:\.5)?$/),
    /** Standard length of the training in years (school and apprenticeship together). */
    trainingYears: z.number().positive().max(6),
    /** How the trade itself is named ("logistikk", "kjemiprosessfag"): read after "fagbrev i/som". */
    aliases: Terms,
    /** What a person doing the work is called ("lagermedarbeider", "truckfører"). */
    titles: Terms,
    /** Where the work is done ("lager", "barnehage"). */
    workplaces: Terms,
    /** Vehicles or machines whose driving is the work ("kjører lastebil"). */
    drives: Terms.optional(),
    /** English words, read only in a message written in English; aliases name the trade itself ('fagbrev in logistics'). */
    english: z.object({ titles: Terms, workplaces: Terms, aliases: Terms.optional() }).strict().optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((t) => t.model.split('+').reduce((sum, years) => sum + Number(years), 0) === t.trainingYears, 'trainingYears must equal the model (school + apprenticeship)');
export type TradeEntry = z.infer<typeof TradeEntrySchema>;

export const TradesFileSchema = z
  .object({
    description: z.string(),
    source: z.string().min(1),
    trainingModels: z.record(z.string(), z.string()),
    /** Roles that say nothing about the trade on their own ("assistent"): the workplace decides. */
    genericRoles: Terms,
    genericRolesEnglish: Terms,
    /** Job titles that name no lærefag ("operatør", "lærer"): never read as one. */
    notTrades: Terms,
    /** Workplaces of work in none of these trades ("fiskebruk", "forsvaret"): practice there counts for no goal trade. */
    otherFieldWorkplaces: Terms.optional(),
    trades: z.array(TradeEntrySchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const names = new Set<string>();
    for (const t of file.trades) {
      if (names.has(t.name)) ctx.addIssue({ code: 'custom', message: `trade ${t.name} is listed twice` });
      names.add(t.name);
    }
  });
export type TradesFile = z.infer<typeof TradesFileSchema>;

export const InterestsFileSchema = z
  .object({
    description: z.string(),
    interests: z.array(z.object({ name: Term, terms: Terms, english: Terms }).strict()).min(1),
    /** Terms that count only when written in capitals ("IT"). */
    writtenInCapitals: Terms,
  })
  .strict();
export type InterestsFile = z.infer<typeof InterestsFileSchema>;

export const AbroadFileSchema = z
  .object({
    description: z.string(),
    countries: Terms,
    /** Nationality adjectives, in both forms ("polsk", "polske"). */
    adjectives: Terms,
    /** Other words for abroad ("utlandet", "hjemlandet"). */
    words: Terms,
  })
  .strict();
export type AbroadFile = z.infer<typeof AbroadFileSchema>;

/** Every word of the abroad file: countries, nationality adjectives and other words for abroad (lower case). */
export function abroadWords(abroad: AbroadFile): string[] {
  return [...abroad.countries, ...abroad.adjectives, ...abroad.words];
}

export interface UnderstandingLexicon {
  trades: TradesFile;
  interests: InterestsFile;
  abroad: AbroadFile;
  /**
   * Words of six letters or more that occur in the reports (knowledge/sources/): real words, which a
   * misspelling correction must never change ("fullføre" is not a misspelt "fullført").
   */
  knownWords: string[];
}

const WORD = /\p{L}{6,}/gu;

function wordsOfReports(knowledgeDir: string): string[] {
  const words = new Set<string>();
  for (const source of loadSources(knowledgeDir)) {
    for (const line of source.lines) for (const w of line.toLowerCase().match(WORD) ?? []) words.add(w);
  }
  return [...words];
}

function readLexiconFile<S extends z.ZodType>(knowledgeDir: string, file: string, schema: S): z.output<S> {
  const full = path.join(knowledgeDir, 'lexicon', file);
  const parsed = schema.safeParse(JSON.parse(readFileSync(full, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).slice(0, 10);
    throw new Error(`knowledge/lexicon/${file}: ${issues.join('; ')}`);
  }
  return parsed.data as z.output<S>;
}

/** Reads and validates the understanding lexicon from knowledge/lexicon/. */
export function loadUnderstandingLexicon(knowledgeDir: string): UnderstandingLexicon {
  return {
    trades: readLexiconFile(knowledgeDir, 'trades.json', TradesFileSchema),
    interests: readLexiconFile(knowledgeDir, 'interests.json', InterestsFileSchema),
    abroad: readLexiconFile(knowledgeDir, 'abroad.json', AbroadFileSchema),
    knownWords: wordsOfReports(knowledgeDir),
  };
}
