// Loads and validates the rules knowledge in knowledge/: the paths (knowledge/paths/*.json), the offers
// catalogue, the fact base (knowledge/facts/), contacts, and the counties and places
// (knowledge/places.json). Every entry is parsed with zod; a bad entry stops loading with an error that
// names the file and the entry. References between files (a path's offers and contacts, a citation
// given as a fact id) are resolved and checked here, so the rules engine
// only ever sees complete data in which every fact carries a full Citation.
//
// Quotes are checked against the report texts by src/catalogue/verify.ts (npm run kb:check), not here.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { OfferSchema, PATH_IDS, type Citation, type Offer } from './schema';
import {
  ContactInputSchema,
  NextStepInputSchema,
  OffersFileSchema,
  PathInputSchema,
} from './input-schemas';
import { FactsError, loadFacts, primaryCitation, type Fact as KnowledgeFact } from './facts';
import { loadTopics } from './topics';
import { loadPlaceIndex, PlacesFileError } from './places';
import { buildRegions } from './regions';
import { TRADES_FILE, TradeTrainingError, loadTradeTraining } from './trade-training';
import type { Contact, NextStep, PathDefinition, PathOption, PathSuitability, PathVariant, RulesKnowledge } from './types';

/** A knowledge file or entry that failed validation. `file` is relative to the knowledge folder. */
export class CatalogueError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string | undefined,
    detail: string,
  ) {
    super(`knowledge/${file}${entry ? `, ${entry}` : ''}: ${detail}`);
    this.name = 'CatalogueError';
  }
}

function readJson(knowledgeDir: string, file: string): unknown {
  const full = path.join(knowledgeDir, file);
  if (!existsSync(full)) throw new CatalogueError(file, undefined, 'file is missing');
  try {
    return JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new CatalogueError(file, undefined, `not valid JSON (${(error as Error).message})`);
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(entry)'}: ${i.message}`).join('; ');
}

function entryName(raw: unknown, index: number): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `entry #${index + 1} (id "${id}")` : `entry #${index + 1}`;
}

/** Parses a JSON array file entry by entry, so an error names the entry. */
function parseArray<S extends z.ZodType>(knowledgeDir: string, file: string, schema: S): z.output<S>[] {
  const raw = readJson(knowledgeDir, file);
  if (!Array.isArray(raw)) throw new CatalogueError(file, undefined, 'expected a JSON array of entries');
  return parseEntries(file, raw, schema);
}

function parseEntries<S extends z.ZodType>(file: string, raw: readonly unknown[], schema: S): z.output<S>[] {
  return raw.map((item, index) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) throw new CatalogueError(file, entryName(item, index), describeIssues(parsed.error));
    return parsed.data as z.output<S>;
  });
}

function assertUniqueIds(file: string, items: readonly { id: string }[], what = 'id'): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) throw new CatalogueError(file, `entry #${index + 1}`, `duplicate ${what} "${item.id}"`);
    seen.add(item.id);
  });
}

/** Reads the fact base, with topics checked against knowledge/lexicon/topics.json; errors as CatalogueErrors. */
export function loadFactBase(knowledgeDir: string): KnowledgeFact[] {
  const topics = loadTopics(knowledgeDir);
  try {
    return loadFacts(knowledgeDir, new Set(topics.map((t) => t.id)));
  } catch (error) {
    if (error instanceof FactsError) throw new CatalogueError(`facts/${error.file}`, undefined, error.message.replace(/^knowledge\/facts\/[^:]*: /u, ''));
    throw error;
  }
}

/**
 * Reads knowledge/offers.json: the offers, and the course finder's categories, each of which must
 * choose at least one offer (a category naming a topic, level or format no offer has is an error).
 * An offer cites a Citation, or a fact of knowledge/facts/ by id ("fact").
 */
export function loadOffers(knowledgeDir: string, facts: readonly KnowledgeFact[] = loadFactBase(knowledgeDir)): Pick<RulesKnowledge, 'offers' | 'offerCategories'> {
  const file = 'offers.json';
  const parsed = OffersFileSchema.safeParse(readJson(knowledgeDir, file));
  if (!parsed.success) throw new CatalogueError(file, undefined, describeIssues(parsed.error));
  const factsById = new Map(facts.map((f) => [f.id, f]));
  // An offer cites a full Citation, or a fact by id ("fact") when a fact says the same.
  const withCitations = parsed.data.offers.map((raw, index) => {
    if (!raw || typeof raw !== 'object' || !('fact' in raw)) return raw;
    const { fact: id, ...rest } = raw as { fact: unknown };
    const fact = typeof id === 'string' ? factsById.get(id) : undefined;
    if (!fact) throw new CatalogueError(file, entryName(raw, index), `fact "${String(id)}" is not in knowledge/facts/`);
    if ('citation' in rest) throw new CatalogueError(file, entryName(raw, index), 'give either "citation" or "fact", not both');
    return { ...rest, citation: primaryCitation(fact) };
  });
  const offers = parseEntries(file, withCitations, OfferSchema);
  assertUniqueIds(file, offers);
  const categories = parsed.data.categories;
  const chooses = (where: string, label: string, some: (offer: Offer) => boolean) => {
    if (!offers.some(some)) throw new CatalogueError(file, `categories.${where} "${label}"`, 'no offer falls in this category');
  };
  for (const c of categories.topic) chooses('topic', c.label, (o) => o.topics.includes(c.topic));
  for (const c of categories.level) chooses('level', c.label, (o) => c.levels.includes(o.level));
  for (const c of categories.format) chooses('format', c.label, (o) => c.formats.includes(o.format));
  return { offers, offerCategories: categories };
}

/**
 * Loads and validates everything in knowledge/ that the rules engine and the course finder read.
 * Throws a CatalogueError naming the file and entry on the first problem.
 */
export function loadCatalogue(knowledgeDir: string): RulesKnowledge {
  const facts = loadFactBase(knowledgeDir);
  const { offers, offerCategories } = loadOffers(knowledgeDir, facts);
  const factsById = new Map(facts.map((f) => [f.id, f]));
  const offerIds = new Set(offers.map((o) => o.id));

  const places = loadPlaces(knowledgeDir);
  const { counties, formerCounties } = buildRegions(places);

  /** Resolves `{citation}` or `{fact}` to a full Citation, or throws naming file and entry. */
  const resolve = <T extends { citation?: Citation; fact?: string }>(file: string, entry: string, item: T) => {
    if (item.citation) return { citation: item.citation };
    const id = item.fact;
    const fact = id === undefined ? undefined : factsById.get(id);
    if (!fact) throw new CatalogueError(file, entry, `fact "${id}" is not in knowledge/facts/`);
    return { citation: primaryCitation(fact), fact: fact.id };
  };

  const contactsRaw = parseArray(knowledgeDir, 'contacts.json', ContactInputSchema);
  assertUniqueIds('contacts.json', contactsRaw);
  const contacts: Contact[] = contactsRaw.map((c, i) => ({ ...c, ...resolve('contacts.json', entryName(c, i), c) }));
  const contactIds = new Set(contacts.map((c) => c.id));

  const pathsDir = path.join(knowledgeDir, 'paths');
  if (!existsSync(pathsDir)) throw new CatalogueError('paths/', undefined, 'folder is missing');
  const files = readdirSync(pathsDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const paths: PathDefinition[] = files.map((name) => {
    const file = `paths/${name}`;
    const raw = readJson(knowledgeDir, file);
    const parsed = PathInputSchema.safeParse(raw);
    if (!parsed.success) throw new CatalogueError(file, undefined, describeIssues(parsed.error));
    const p = parsed.data;
    if (`${p.id}.json` !== name) throw new CatalogueError(file, undefined, `id "${p.id}" does not match the file name`);
    const checkContacts = (ids: string[], where: string) => {
      for (const id of ids) if (!contactIds.has(id)) throw new CatalogueError(file, where, `contact "${id}" is not in contacts.json`);
    };
    const counties = new Set<string | null>();
    const variants: PathVariant[] = p.variants.map((v, vi) => {
      const where = `variants[${vi}] (${v.county ?? 'national'})`;
      if (counties.has(v.county)) throw new CatalogueError(file, where, 'two variants for the same county');
      counties.add(v.county);
      assertUniqueIds(file, v.conditions, `condition id in ${where}`);
      assertUniqueIds(file, v.notes, `note id in ${where}`);
      checkContacts(v.contacts, where);
      return {
        county: v.county,
        label: v.label,
        conditions: v.conditions.map((c) => ({
          id: c.id,
          text: c.text,
          textEn: c.textEn,
          fields: c.fields,
          params: c.params ?? {},
          values: c.values ?? [],
          ...(c.presume === undefined ? {} : { presume: c.presume }),
          ...(c.presumeEn === undefined ? {} : { presumeEn: c.presumeEn }),
          ...resolve(file, `${where} condition "${c.id}"`, c),
        })),
        notes: v.notes.map((n) => ({ id: n.id, text: n.text, textEn: n.textEn, when: n.when, ...resolve(file, `${where} note "${n.id}"`, n) })),
        nextSteps: v.nextSteps.map(toNextStep),
        contacts: v.contacts,
      };
    });
    checkContacts(p.contacts, 'contacts');
    assertUniqueIds(file, p.options, 'option id');
    const options: PathOption[] = p.options.map((o) => {
      for (const id of o.offers) {
        if (!offerIds.has(id)) throw new CatalogueError(file, `option "${o.id}"`, `offer "${id}" is not in offers.json`);
      }
      return { id: o.id, name: o.name, status: o.status, description: o.description, offers: o.offers, ...resolve(file, `option "${o.id}"`, o) };
    });
    assertUniqueIds(file, p.suitability, 'suitability id');
    const suitability: PathSuitability[] = p.suitability.map((s) => ({
      id: s.id,
      effect: s.effect,
      weight: s.weight,
      text: s.text,
      textEn: s.textEn,
      ...(s.reasoning === undefined ? {} : { reasoning: s.reasoning }),
      fields: s.fields,
      params: s.params ?? {},
      values: s.values ?? [],
      ...resolve(file, `suitability "${s.id}"`, s),
    }));
    return {
      id: p.id,
      title: p.title,
      titleEn: p.titleEn,
      summary: p.summary,
      summaryEn: p.summaryEn,
      status: p.status,
      ...resolve(file, 'summary', p),
      variants,
      options,
      nextSteps: p.nextSteps.map(toNextStep),
      contacts: p.contacts,
      suitability,
    };
  });

  const have = new Set(paths.map((p) => p.id));
  const absent = PATH_IDS.filter((id) => !have.has(id));
  if (absent.length > 0) throw new CatalogueError('paths/', undefined, `no file for path(s): ${absent.join(', ')}`);
  const order = new Map<string, number>(PATH_IDS.map((id, i) => [id, i]));
  paths.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));

  let tradeTraining: RulesKnowledge['tradeTraining'];
  try {
    tradeTraining = loadTradeTraining(knowledgeDir);
  } catch (error) {
    if (error instanceof TradeTrainingError) throw new CatalogueError(TRADES_FILE, undefined, error.message);
    throw error;
  }

  return { paths, offers, offerCategories, facts, counties, formerCounties, contacts, places, tradeTraining };
}

/** knowledge/places.json: every county, municipality and place name, as the place matcher and the regions read them. */
function loadPlaces(knowledgeDir: string) {
  try {
    return loadPlaceIndex({ json: readJson(knowledgeDir, 'places.json') });
  } catch (error) {
    if (error instanceof PlacesFileError) throw new CatalogueError('places.json', undefined, error.message.replace(/^knowledge\/places\.json: /, ''));
    throw error;
  }
}

function toNextStep(step: z.infer<typeof NextStepInputSchema>): NextStep {
  return step;
}

/** Every citation in the knowledge, with a label saying where it sits (for kb:check and the tests). */
export function allCitations(kb: RulesKnowledge): { where: string; citation: Citation }[] {
  const out: { where: string; citation: Citation }[] = [];
  for (const p of kb.paths) {
    const file = `paths/${p.id}.json`;
    out.push({ where: `${file} summary`, citation: p.citation });
    for (const v of p.variants) {
      const at = `${file} ${v.county ?? 'national'}`;
      for (const c of v.conditions) out.push({ where: `${at} condition "${c.id}"`, citation: c.citation });
      for (const n of v.notes) out.push({ where: `${at} note "${n.id}"`, citation: n.citation });
    }
    for (const s of p.suitability) out.push({ where: `${file} suitability "${s.id}"`, citation: s.citation });
    for (const o of p.options) out.push({ where: `${file} option "${o.id}"`, citation: o.citation });
  }
  for (const o of kb.offers) out.push({ where: `offers.json "${o.id}"`, citation: o.citation });
  for (const c of kb.contacts) out.push({ where: `contacts.json "${c.id}"`, citation: c.citation });
  for (const f of kb.facts) {
    out.push({ where: `facts "${f.id}" citation`, citation: f.citation });
    if (f.alsoIn) out.push({ where: `facts "${f.id}" alsoIn`, citation: f.alsoIn });
  }
  return out;
}
