// Norwegian counties (fylker) as of 1 January 2024, recognised from free text: the county name, old
// county names (Sør-Trøndelag, Hordaland, …), well-known places (Trondheim, Mo i Rana, …) and
// misspellings (Trondelag, Tröndelag, Rogland). Old regions that were split (Viken, Vestfold og Telemark,
// Troms og Finnmark) give an "ambiguous" match so the dialog can ask which one.
// The places and aliases in knowledge/counties.json (which the rules and the course finder read) are
// recognised too, so a place the offers name ("Fosen", "Sør-Varanger") is never read as another county.
import { z } from 'zod';
import bundledCounties from '../../knowledge/counties.json';
import { CountiesFileSchema } from '../catalogue/input-schemas';
import { editDistance, foldText, joinNorwegian } from './text';

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

type AliasKind = 'name' | 'old-name' | 'place' | 'region';

/** Old county names and regions that cover more than one of today's counties. */
const SPLIT: Record<string, { counties: County[]; kind: AliasKind }> = {
  viken: { counties: ['Østfold', 'Akershus', 'Buskerud'], kind: 'old-name' },
  'vestfold og telemark': { counties: ['Vestfold', 'Telemark'], kind: 'old-name' },
  'troms og finnmark': { counties: ['Troms', 'Finnmark'], kind: 'old-name' },
  vestlandet: { counties: ['Vestland', 'Rogaland', 'Møre og Romsdal'], kind: 'region' },
  'nord-norge': { counties: ['Nordland', 'Troms', 'Finnmark'], kind: 'region' },
  'midt-norge': { counties: ['Trøndelag', 'Møre og Romsdal'], kind: 'region' },
};

/** Old county names, short forms and regions that belong to exactly one county today. */
const OLD_NAMES: Record<County, string[]> = {
  Oslo: [],
  Rogaland: [],
  'Møre og Romsdal': ['møre & romsdal', 'møre', 'romsdal', 'sunnmøre', 'nordmøre'],
  Nordland: ['helgeland', 'lofoten', 'vesterålen'],
  Østfold: [],
  Akershus: ['romerike', 'follo'],
  Buskerud: ['hallingdal', 'ringerike'],
  Innlandet: ['hedmark', 'oppland', 'gudbrandsdalen', 'valdres'],
  Vestfold: [],
  Telemark: [],
  Agder: ['aust-agder', 'vest-agder', 'sørlandet'],
  Vestland: ['hordaland', 'sogn og fjordane', 'sogn', 'sunnfjord', 'nordfjord', 'hardanger'],
  Trøndelag: ['sør-trøndelag', 'nord-trøndelag', 'trøndelag fylke'],
  Troms: [],
  Finnmark: [],
};

/** Towns and industrial places. Only names that are not also ordinary Norwegian words. */
const PLACES: Record<County, string[]> = {
  Oslo: ['christiania', 'kristiania'],
  Rogaland: ['stavanger', 'sandnes', 'haugesund', 'karmøy', 'sauda', 'egersund', 'bryne', 'jæren', 'kopervik'],
  'Møre og Romsdal': ['ålesund', 'molde', 'kristiansund', 'sunndalsøra', 'sunndal', 'ulsteinvik', 'volda', 'ørsta', 'aukra'],
  Nordland: ['bodø', 'mo i rana', 'rana', 'narvik', 'mosjøen', 'sandnessjøen', 'svolvær', 'glomfjord', 'fauske', 'brønnøysund', 'sortland'],
  Østfold: ['fredrikstad', 'sarpsborg', 'halden', 'moss', 'askim', 'mysen'],
  Akershus: ['lillestrøm', 'jessheim', 'asker', 'bærum', 'sandvika', 'lørenskog', 'eidsvoll', 'kjeller'],
  Buskerud: ['drammen', 'kongsberg', 'hønefoss', 'hokksund'],
  Innlandet: ['hamar', 'lillehammer', 'gjøvik', 'elverum', 'kongsvinger', 'raufoss', 'otta', 'brumunddal'],
  Vestfold: ['tønsberg', 'sandefjord', 'larvik', 'horten', 'holmestrand'],
  Telemark: ['skien', 'porsgrunn', 'herøya', 'notodden', 'rjukan', 'bamble', 'kragerø'],
  Agder: ['kristiansand', 'arendal', 'grimstad', 'mandal', 'farsund', 'lyngdal', 'flekkefjord', 'lillesand', 'vennesla', 'eydehavn'],
  Vestland: ['bergen', 'førde', 'florø', 'årdal', 'høyanger', 'odda', 'husnes', 'stord', 'voss', 'sogndal', 'mongstad', 'knarvik', 'leirvik'],
  Trøndelag: ['trondheim', 'trondhjem', 'steinkjer', 'levanger', 'stjørdal', 'verdal', 'namsos', 'orkanger', 'orkland', 'thamshavn', 'røros', 'oppdal', 'malvik', 'melhus', 'frøya', 'hitra'],
  Troms: ['tromsø', 'harstad', 'finnsnes', 'senja', 'bardufoss'],
  Finnmark: ['alta', 'hammerfest', 'kirkenes', 'vadsø', 'vardø', 'honningsvåg', 'varanger'],
};

/** Words that are one edit away from a county name but mean something else. */
const NOT_COUNTIES = new Set(['alder', 'agent', 'agenda', 'ordland', 'troll', 'trams']);

/** Places in knowledge/counties.json that are also ordinary words ("strand", "lister"): not read from free text. */
const ORDINARY_WORDS = new Set(['strand', 'lister', 'salten', 'dalane', 'lyngen']);

interface Alias {
  folded: string;
  counties: County[];
  kind: AliasKind;
}

const ALIASES: Alias[] = (() => {
  const list: Alias[] = [];
  const add = (name: string, counties: County[], kind: AliasKind): void => {
    const folded = foldText(name);
    if (!list.some((a) => a.folded === folded)) list.push({ folded, counties, kind });
  };
  for (const county of COUNTIES) {
    add(county, [county], 'name');
    for (const old of OLD_NAMES[county]) add(old, [county], 'old-name');
    for (const place of PLACES[county]) add(place, [county], 'place');
  }
  for (const [name, { counties, kind }] of Object.entries(SPLIT)) add(name, counties, kind);
  for (const { name, aliases, places } of CountiesFileSchema.parse(bundledCounties).counties) {
    const county = CountySchema.parse(name);
    for (const alias of aliases) add(alias, [county], 'old-name');
    for (const place of places) if (!ORDINARY_WORDS.has(place)) add(place, [county], 'place');
  }
  return list;
})();
/** Folded split name → how it is written ("vestfold og telemark" → "Vestfold og Telemark") and its kind. */
const SPLIT_DISPLAY = new Map(
  Object.entries(SPLIT).map(([name, v]) => [
    foldText(name),
    {
      kind: v.kind,
      name: name.replace(/(^|og |-)(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase()),
    },
  ]),
);
const BY_FOLDED = new Map(ALIASES.map((a) => [a.folded, a]));

export const CountyMatchSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('county'),
    county: CountySchema,
    /** What in the text matched (folded), and how. */
    matched: z.string(),
    via: z.enum(['name', 'old-name', 'place', 'region', 'misspelling']),
  }),
  z.object({ kind: z.literal('ambiguous'), candidates: z.array(CountySchema).min(2), matched: z.string() }),
  z.object({ kind: z.literal('none') }),
]);
export type CountyMatch = z.infer<typeof CountyMatchSchema>;

interface Hit {
  start: number; // word index
  length: number; // words
  alias: Alias;
  distance: number;
}

/** Largest edit distance accepted for a misspelling of this alias (0 = exact only). */
function tolerance(alias: Alias): number {
  const n = alias.folded.replace(/ /g, '').length;
  if (alias.kind === 'place') return n >= 7 ? 1 : 0;
  if (n >= 8) return 2;
  if (n >= 4) return 1;
  return 0;
}

/** The largest tolerance() gives. */
const MAX_TOLERANCE = 2;
const shapeKey = (words: number, chars: number) => `${words}:${chars}`;
/**
 * The aliases a misspelling may match, by word count and length: a word group is only compared with
 * aliases it could be within tolerance of (comparing every group of a long message with every alias
 * took over 100 ms for 4000 characters).
 */
const FUZZY_BY_SHAPE = (() => {
  const byShape = new Map<string, Array<{ alias: Alias; max: number }>>();
  for (const alias of ALIASES) {
    const max = tolerance(alias);
    if (max === 0) continue;
    const key = shapeKey(alias.folded.split(' ').length, alias.folded.length);
    byShape.set(key, [...(byShape.get(key) ?? []), { alias, max }]);
  }
  return byShape;
})();

function findHits(words: string[], fuzzy: boolean): Hit[] {
  const hits: Hit[] = [];
  for (let start = 0; start < words.length; start++) {
    for (let length = 1; length <= 4 && start + length <= words.length; length++) {
      const gram = words.slice(start, start + length).join(' ');
      const exact = BY_FOLDED.get(gram);
      if (exact) {
        hits.push({ start, length, alias: exact, distance: 0 });
        continue;
      }
      if (!fuzzy || NOT_COUNTIES.has(gram) || BY_FOLDED.has(gram)) continue;
      for (let delta = -MAX_TOLERANCE; delta <= MAX_TOLERANCE; delta++) {
        for (const { alias, max } of FUZZY_BY_SHAPE.get(shapeKey(length, gram.length + delta)) ?? []) {
          if (Math.abs(delta) > max) continue;
          const distance = editDistance(gram, alias.folded, max);
          if (distance <= max) hits.push({ start, length, alias, distance });
        }
      }
    }
  }
  return hits;
}

/** Keeps the best hits: longer before shorter, exact before misspelt; drops hits inside a kept one. */
function bestHits(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => b.length - a.length || a.distance - b.distance || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of sorted) {
    const overlaps = kept.some((k) => h.start < k.start + k.length && k.start < h.start + h.length);
    if (!overlaps) kept.push(h);
  }
  const bestDistance = Math.min(...kept.map((h) => h.distance));
  return kept.filter((h) => h.distance === bestDistance);
}

/**
 * Finds a county in free text. `fuzzy: false` accepts exact (case- and accent-insensitive) names only;
 * use it for long free text, where a misspelling match is more likely to be a false positive.
 */
export function matchCounty(text: string, options: { fuzzy?: boolean } = {}): CountyMatch {
  const words = foldText(text).split(' ').filter(Boolean);
  const hits = bestHits(findHits(words, options.fuzzy ?? true));
  if (hits.length === 0) return { kind: 'none' };
  const counties = [...new Set(hits.flatMap((h) => h.alias.counties))];
  const matched = hits.map((h) => words.slice(h.start, h.start + h.length).join(' ')).join(', ');
  if (counties.length === 1) {
    const [hit] = hits;
    return { kind: 'county', county: counties[0], matched, via: hit.distance > 0 ? 'misspelling' : hit.alias.kind };
  }
  return { kind: 'ambiguous', candidates: counties, matched };
}

/** The canonical county name ("Trøndelag") when the text names exactly one county; otherwise undefined. */
export function parseCounty(text: string): County | undefined {
  const match = matchCounty(text);
  return match.kind === 'county' ? match.county : undefined;
}

/** A bokmål follow-up question for an ambiguous match: "Viken er nå delt i Østfold, Akershus og Buskerud. …" */
export function countyClarification(match: Extract<CountyMatch, { kind: 'ambiguous' }>): string {
  const list = joinNorwegian(match.candidates);
  const split = SPLIT_DISPLAY.get(match.matched);
  const count = NUMBER_WORDS[match.candidates.length] ?? String(match.candidates.length);
  const lead = !split
    ? `Du nevnte flere fylker: ${list}.`
    : split.kind === 'old-name'
      ? `${split.name} er nå delt i ${count} fylker: ${list}.`
      : `${split.name} omfatter ${count} fylker: ${list}.`;
  return `${lead} Hvilket fylke bor du i?`;
}

const NUMBER_WORDS: Record<number, string> = { 2: 'to', 3: 'tre', 4: 'fire' };
