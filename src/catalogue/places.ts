// knowledge/places.json: the counties of 2024, every municipality with its number, the names people
// use instead (towns, districts, regions, industrial sites), former counties and their successors.
// The schema checks the data against itself (numbers, counties, the published municipality totals);
// buildPlaceIndex turns it into a flat list of names for the matcher in src/nlu/places.ts.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const COUNTIES = [
  'Oslo',
  'Rogaland',
  'Møre og Romsdal',
  'Nordland',
  'Østfold',
  'Akershus',
  'Buskerud',
  'Innlandet',
  'Vestfold',
  'Telemark',
  'Agder',
  'Vestland',
  'Trøndelag',
  'Troms',
  'Finnmark',
] as const;
export const CountySchema = z.enum(COUNTIES);
export type County = z.infer<typeof CountySchema>;

export const PLACE_KINDS = [
  'town',
  'village',
  'district',
  'island',
  'region',
  'industrial-site',
  'former-municipality',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

const NameSchema = z.string().trim().min(1);
const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const MunicipalityNumberSchema = z.string().regex(/^\d{4}$/);

const CountyEntrySchema = z
  .object({
    number: z.string().regex(/^\d{2}$/),
    name: CountySchema,
    /** Published number of municipalities in the county. */
    municipalityCount: z.number().int().positive(),
    aliases: z.array(NameSchema),
  })
  .strict();

const FormerCountySchema = z
  .object({
    number: z.string().regex(/^\d{2}$/),
    name: NameSchema,
    until: IsoDateSchema,
    now: z.array(CountySchema).min(1),
    aliases: z.array(NameSchema),
    ordinaryWord: z.boolean().optional(),
  })
  .strict();

const MunicipalitySchema = z
  .object({
    number: MunicipalityNumberSchema,
    name: NameSchema,
    county: CountySchema,
    /** Official Sami or Kven parallel names. */
    parallelNames: z.array(NameSchema).optional(),
    /** Other names in use (spellings, Sami/Kven names not confirmed as official). */
    aliases: z.array(NameSchema).optional(),
    ordinaryWord: z.boolean().optional(),
  })
  .strict();
export type Municipality = z.infer<typeof MunicipalitySchema>;

const PlaceSchema = z
  .object({
    name: NameSchema,
    kind: z.enum(PLACE_KINDS),
    counties: z.array(CountySchema).min(1),
    municipality: MunicipalityNumberSchema.optional(),
    aliases: z.array(NameSchema).optional(),
    ordinaryWord: z.boolean().optional(),
  })
  .strict();

const ElsewhereSchema = z.object({ name: NameSchema, aliases: z.array(NameSchema) }).strict();

const PlacesFileBaseSchema = z
  .object({
    source: z.string().min(1),
    validFrom: IsoDateSchema,
    totalMunicipalities: z.number().int().positive(),
    notes: z.array(z.string()),
    counties: z.array(CountyEntrySchema),
    formerCounties: z.array(FormerCountySchema),
    municipalities: z.array(MunicipalitySchema),
    places: z.array(PlaceSchema),
    /** Names outside any county (Norway as a whole, Svalbard, other countries). */
    elsewhere: z.array(ElsewhereSchema),
    /** Everyday words that look like a place name (within the misspelling distance) and are never read as one. */
    notPlaces: z.array(NameSchema),
  })
  .strict();
export const PlacesFileSchema = PlacesFileBaseSchema.superRefine((file, ctx) => {
  for (const problem of consistencyProblems(file)) ctx.addIssue({ code: 'custom', message: problem });
});
export type PlacesFile = z.infer<typeof PlacesFileSchema>;

/** Everything in the file that contradicts the file itself, as readable sentences. */
function consistencyProblems(file: z.infer<typeof PlacesFileBaseSchema>): string[] {
  const problems: string[] = [];
  const countyNumber = new Map(file.counties.map((c) => [c.name, c.number]));
  for (const county of COUNTIES) {
    const n = file.counties.filter((c) => c.name === county).length;
    if (n !== 1) problems.push(`county ${county} is listed ${n} times (expected once)`);
  }
  const sumOfCounts = file.counties.reduce((sum, c) => sum + c.municipalityCount, 0);
  if (sumOfCounts !== file.totalMunicipalities) {
    problems.push(`the counties' municipalityCount add up to ${sumOfCounts}, not totalMunicipalities ${file.totalMunicipalities}`);
  }
  if (file.municipalities.length !== file.totalMunicipalities) {
    problems.push(`${file.municipalities.length} municipalities listed, totalMunicipalities says ${file.totalMunicipalities}`);
  }
  const byNumber = new Map<string, Municipality>();
  for (const m of file.municipalities) {
    if (byNumber.has(m.number)) problems.push(`municipality number ${m.number} is used twice`);
    byNumber.set(m.number, m);
    if (m.number.slice(0, 2) !== countyNumber.get(m.county)) {
      problems.push(`${m.number} ${m.name}: the number does not start with ${m.county}'s county number`);
    }
  }
  for (const c of file.counties) {
    const listed = file.municipalities.filter((m) => m.county === c.name).length;
    if (listed !== c.municipalityCount) {
      problems.push(`${c.name}: ${listed} municipalities listed, the published number is ${c.municipalityCount}`);
    }
  }
  for (const p of file.places) {
    if (p.municipality === undefined) continue;
    const m = byNumber.get(p.municipality);
    if (!m) problems.push(`${p.name}: municipality ${p.municipality} is not in the list`);
    else if (!p.counties.includes(m.county)) problems.push(`${p.name}: lies in ${m.name} (${m.county}), not in ${p.counties.join('/')}`);
  }
  return problems;
}

/** Where a name comes from in the file. */
export type NameKind =
  | 'county'
  | 'former-county'
  | 'municipality'
  | 'parallel-name'
  | 'municipality-alias'
  | PlaceKind
  | 'elsewhere';

/** One name a person may write, with the counties it belongs to (none for names outside any county). */
export interface GazetteerName {
  name: string;
  counties: readonly County[];
  kind: NameKind;
  /** Also an everyday word or a common personal name: read only when written as a name. */
  ordinaryWord: boolean;
  /** The municipality it is in or is, when it lies in one. */
  municipality?: string;
}

export interface PlaceIndex {
  validFrom: string;
  counties: ReadonlyArray<{ name: County; number: string; municipalityCount: number }>;
  formerCounties: ReadonlyArray<{ name: string; number: string; now: readonly County[] }>;
  municipalities: readonly Municipality[];
  /** Every name in the file, one entry per (name, source); the same name may appear several times. */
  names: readonly GazetteerName[];
  notPlaces: readonly string[];
}

export class PlacesFileError extends Error {
  constructor(message: string) {
    super(`knowledge/places.json: ${message}`);
    this.name = 'PlacesFileError';
  }
}

/** Parses the JSON of places.json; throws a PlacesFileError listing every problem. */
export function parsePlacesFile(json: unknown): PlacesFile {
  const parsed = PlacesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
    throw new PlacesFileError(issues.slice(0, 20).join('; '));
  }
  return parsed.data;
}

/** The flat list of names the matcher is built from. Pure: the same file gives the same index. */
export function buildPlaceIndex(file: PlacesFile): PlaceIndex {
  const names: GazetteerName[] = [];
  const add = (name: string, counties: readonly County[], kind: NameKind, ordinaryWord = false, municipality?: string) =>
    names.push({ name, counties, kind, ordinaryWord, ...(municipality ? { municipality } : {}) });

  for (const c of file.counties) {
    add(c.name, [c.name], 'county');
    for (const alias of c.aliases) add(alias, [c.name], 'county');
  }
  for (const f of file.formerCounties) {
    add(f.name, f.now, 'former-county', f.ordinaryWord ?? false);
    for (const alias of f.aliases) add(alias, f.now, 'former-county');
  }
  for (const m of file.municipalities) {
    add(m.name, [m.county], 'municipality', m.ordinaryWord ?? false, m.number);
    for (const p of m.parallelNames ?? []) add(p, [m.county], 'parallel-name', false, m.number);
    for (const a of m.aliases ?? []) add(a, [m.county], 'municipality-alias', false, m.number);
  }
  for (const p of file.places) {
    add(p.name, p.counties, p.kind, p.ordinaryWord ?? false, p.municipality);
    for (const a of p.aliases ?? []) add(a, p.counties, p.kind, false, p.municipality);
  }
  for (const e of file.elsewhere) {
    add(e.name, [], 'elsewhere');
    for (const a of e.aliases) add(a, [], 'elsewhere');
  }
  return {
    validFrom: file.validFrom,
    counties: file.counties.map(({ name, number, municipalityCount }) => ({ name, number, municipalityCount })),
    formerCounties: file.formerCounties.map(({ name, number, now }) => ({ name, number, now })),
    municipalities: file.municipalities,
    names,
    notPlaces: file.notPlaces,
  };
}

/** Reads places.json from a path, or takes JSON the caller already parsed, and builds the index. */
export function loadPlaceIndex(source: string | { json: unknown }): PlaceIndex {
  const json: unknown = typeof source === 'string' ? JSON.parse(readFileSync(source, 'utf8')) : source.json;
  return buildPlaceIndex(parsePlacesFile(json));
}
