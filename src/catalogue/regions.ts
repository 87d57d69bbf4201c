// The counties as the rules and the course finder read them: for each of the 15 counties, the names
// that mean the county itself and the places that lie only in it, from knowledge/places.json. Offer
// regions ("Åkrehamn", "Nord-Troms (Troms)", "Viken, Agder") and a county typed into an API are read
// against these lists. Names in several counties and everyday words are left out, so they never
// pick a county on their own.
import { fold } from '../normalise';
import type { County, PlaceIndex } from './places';

export interface CountyRegion {
  name: County;
  /** Lower-case names of the county itself: its name, spellings, former names of that county only. */
  aliases: string[];
  /** Lower-case names of municipalities, towns, districts and sites that lie only in this county. */
  places: string[];
}

export interface FormerCountyRegion {
  name: string;
  now: County[];
}

export interface Regions {
  counties: CountyRegion[];
  /** Former counties split between several of today's (Viken, Vestfold og Telemark, Troms og Finnmark). */
  formerCounties: FormerCountyRegion[];
}

/** Lower case, and the same without æ/ø/å ("trøndelag", "trondelag"). */
function spellings(name: string): string[] {
  const lower = fold(name);
  const ascii = lower.replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a');
  return ascii === lower ? [lower] : [lower, ascii];
}

export function buildRegions(index: PlaceIndex): Regions {
  const countiesOf = new Map<string, Set<County>>();
  for (const n of index.names) {
    for (const s of spellings(n.name)) {
      const set = countiesOf.get(s) ?? new Set<County>();
      n.counties.forEach((c) => set.add(c));
      countiesOf.set(s, set);
    }
  }
  const onlyIn = (name: string, county: County) => {
    const set = countiesOf.get(name);
    return !!set && set.size === 1 && set.has(county);
  };
  const counties: CountyRegion[] = index.counties.map(({ name }) => ({ name, aliases: [], places: [] }));
  const byName = new Map(counties.map((c) => [c.name, c]));
  const addUnique = (list: string[], names: string[]) => names.forEach((n) => list.includes(n) || list.push(n));
  for (const n of index.names) {
    if (n.counties.length !== 1 || n.ordinaryWord) continue;
    const region = byName.get(n.counties[0]);
    if (!region) continue;
    const names = spellings(n.name).filter((s) => onlyIn(s, region.name));
    if (n.kind === 'county' || n.kind === 'former-county') addUnique(region.aliases, names);
    else addUnique(region.places, names);
  }
  const formerCounties = index.formerCounties.filter((f) => f.now.length > 1).map((f) => ({ name: f.name, now: [...f.now] }));
  return { counties, formerCounties };
}
