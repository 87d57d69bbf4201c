// Which county a question is about, and which county a fact is limited to. A question names a county
// ("i Trøndelag"), an older county ("Vestfold og Telemark"), or a town or municipality in one
// ("Trondheim", "Stjørdal"); a fact is limited to a county, or to a competence pilot that carries its
// county's name ("Kompetansepilot Rogaland"). A former county covers the counties it became, so a
// question about Telemark meets a fact about Vestfold og Telemark.
import type { Fact } from '../catalogue/facts';
import type { PlaceIndex } from '../catalogue/places';
import { foldText } from '../normalise';

export interface RegionMention {
  region: string;
  /** Indices of the folded question tokens that named it. */
  tokens: number[];
  /** Named by a town, municipality or district, not by the county itself. */
  local: boolean;
}

export interface Regions {
  /** Places named in the folded question tokens, longest names first, each token used once. */
  find(tokens: readonly string[]): RegionMention[];
  /** The county (or former county) a fact is limited to, if any. */
  ofFact(fact: Fact): string | undefined;
  /** True when a fact limited to `factRegion` applies to a question about `questionRegion`. */
  compatible(questionRegion: string, factRegion: string): boolean;
  /** True for a county of today (not a former one, such as Vestfold og Telemark). */
  isCounty(region: string): boolean;
}

const MAX_NAME_TOKENS = 4;

export function createRegions(index: PlaceIndex): Regions {
  const names = new Map<string, string>();
  const add = (name: string, region: string) => {
    const key = foldText(name);
    if (key && !names.has(key)) names.set(key, region);
  };
  for (const c of index.counties) add(c.name, c.name);
  for (const f of index.formerCounties) add(f.name, f.name);
  for (const n of index.names) {
    if (n.kind === 'county' || n.kind === 'former-county') add(n.name, n.counties.length === 1 ? n.counties[0] : n.name);
  }
  // The names above name a county or former county itself.
  const counties = new Set(names.keys());
  // Towns, municipalities and districts in exactly one county, unless the name is also an everyday word.
  const seen = new Map<string, Set<string>>();
  for (const n of index.names) {
    if (n.kind === 'county' || n.kind === 'former-county' || n.kind === 'elsewhere' || n.ordinaryWord) continue;
    const key = foldText(n.name);
    const set = seen.get(key) ?? new Set<string>();
    for (const c of n.counties) set.add(c);
    seen.set(key, set);
  }
  for (const [key, counties] of seen) if (counties.size === 1 && !names.has(key) && key.length >= 3) names.set(key, [...counties][0]);
  const notPlaces = new Set(index.notPlaces.map(foldText));

  const today = new Set<string>(index.counties.map((c) => c.name));
  const formerOf = new Map<string, string[]>(index.formerCounties.map((f) => [f.name, [...f.now]]));
  const countyNames = [...index.counties.map((c) => c.name), ...index.formerCounties.map((f) => f.name)].sort((a, b) => b.length - a.length);

  const ofFact = (fact: Fact): string | undefined => {
    const scope = fact.scope;
    if (!scope) return undefined;
    if ('county' in scope) return scope.county;
    if ('pilot' in scope) return countyNames.find((c) => scope.pilot.endsWith(c));
    return undefined;
  };

  // A name of several words can only start at one of these words.
  const firstWords = new Set([...names.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));

  return {
    find(tokens) {
      const used = new Set<number>();
      const out: RegionMention[] = [];
      for (let len = MAX_NAME_TOKENS; len >= 1; len--) {
        for (let i = 0; i + len <= tokens.length; i++) {
          if (len > 1 && !firstWords.has(tokens[i])) continue;
          let free = true;
          for (let k = i; k < i + len && free; k++) free = !used.has(k);
          if (!free) continue;
          const key = len === 1 ? tokens[i] : tokens.slice(i, i + len).join(' ');
          if (notPlaces.has(key)) continue;
          const region = names.get(key);
          if (!region) continue;
          const span = Array.from({ length: len }, (_, k) => i + k);
          for (const k of span) used.add(k);
          out.push({ region, tokens: span, local: !counties.has(key) });
        }
      }
      return out;
    },
    ofFact,
    compatible(questionRegion, factRegion) {
      if (questionRegion === factRegion) return true;
      return (formerOf.get(factRegion) ?? []).includes(questionRegion) || (formerOf.get(questionRegion) ?? []).includes(factRegion);
    },
    isCounty: (region) => today.has(region),
  };
}
