// The course finder: filters knowledge/offers.json by topic, level, format and region, and picks the
// offers that match a person's interests. Pure functions over the validated catalogue.
import type { Offer, Profile } from '../../src/catalogue/schema';
import type { CountyRegion, FormerCountyRegion } from '../../src/catalogue/types';
import { fold } from '../../src/normalise';
import { normaliseCounty } from './engine';

/** The counties and former counties used to read offer regions ("Åkrehamn", "Viken", "Hele landet"), from knowledge/places.json. */
export interface RegionData {
  counties: readonly CountyRegion[];
  formerCounties: readonly FormerCountyRegion[];
}

export interface OfferFilter {
  /** A topic or interest, e.g. "batteri", "prosessindustri", "kjemiprosess". */
  topic?: string;
  level?: Offer['level'] | readonly Offer['level'][];
  format?: Offer['format'] | readonly Offer['format'][];
  /** A county (or place); offers for "Hele landet" always match. */
  region?: string;
  /** Default: everything except "ended". */
  status?: readonly Offer['status'][];
}

const STATUS_RANK: Record<Offer['status'], number> = { active: 0, pilot: 1, proposed: 2, ended: 3 };

/**
 * True when a search word and a topic mean the same thing: equal, one a prefix of the other
 * ("batterier" ~ "batteri", "kjemi" ~ "kjemiprosess"), or the word inside a compound
 * ("industri" ~ "prosessindustri"). Short words (< 4 letters) must match exactly.
 */
export function topicMatches(word: string, topic: string): boolean {
  const q = fold(word);
  const t = fold(topic);
  if (q === '' || t === '') return false;
  if (q === t) return true;
  if (q.length < 4 || t.length < 4) return false;
  return t.startsWith(q) || q.startsWith(t) || (q.length >= 5 && t.includes(q));
}

/** True when an interest matches one of the offer's topics or a word of its name. */
export function interestMatches(interest: string, offer: Offer): boolean {
  if (offer.topics.some((t) => topicMatches(interest, t))) return true;
  return fold(offer.name)
    .split(/[^\p{L}0-9+]+/u)
    .some((w) => w.length >= 5 && topicMatches(interest, w));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the text names one of the terms as a whole word. */
function mentionsPattern(terms: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}-])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
}

function mentions(text: string, term: string): boolean {
  return mentionsPattern([term]).test(text);
}

/**
 * Each county's name, aliases and places as one pattern, per region data: compiling a pattern costs
 * far more than testing a region's few words with it, and a county lists hundreds of places.
 */
const countyPatterns = new WeakMap<RegionData, ReadonlyArray<{ name: string; pattern: RegExp }>>();

function countyPatternsOf(data: RegionData): ReadonlyArray<{ name: string; pattern: RegExp }> {
  let patterns = countyPatterns.get(data);
  if (!patterns) {
    patterns = data.counties.map((c) => ({ name: c.name, pattern: mentionsPattern([fold(c.name), ...c.aliases, ...c.places]) }));
    countyPatterns.set(data, patterns);
  }
  return patterns;
}

/** Regions already read, per region data: every county lists hundreds of place names. */
const regionsRead = new WeakMap<RegionData, Map<string, 'national' | Set<string>>>();

/** The counties an offer's region covers, or "national" for "Hele landet …". */
export function regionCounties(region: string, data: RegionData): 'national' | Set<string> {
  let read = regionsRead.get(data);
  if (!read) regionsRead.set(data, (read = new Map()));
  const known = read.get(region);
  if (known) return known;
  const result = readRegion(region, data);
  read.set(region, result);
  return result;
}

function readRegion(region: string, data: RegionData): 'national' | Set<string> {
  const text = fold(region);
  if (text.startsWith('hele landet')) return 'national';
  const out = new Set<string>();
  for (const { name, pattern } of countyPatternsOf(data)) {
    if (pattern.test(text)) out.add(name);
  }
  for (const former of data.formerCounties) {
    if (mentions(text, fold(former.name))) former.now.forEach((c) => out.add(c));
  }
  return out;
}

function asList<T>(value: T | readonly T[] | undefined): readonly T[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

/**
 * Offers matching every given filter, active first, then pilots, then proposals; offers for the
 * asked region before nationwide ones. "ended" offers only when asked for by `status`.
 */
export function findOffers(filter: OfferFilter, offers: readonly Offer[], data: RegionData): Offer[] {
  const levels = asList(filter.level);
  const formats = asList(filter.format);
  const statuses = filter.status ?? ['active', 'pilot', 'proposed'];
  const county = filter.region === undefined ? undefined : (normaliseCounty(filter.region, data.counties) ?? filter.region.trim());

  const local = new Set<string>();
  const hits = offers.filter((offer) => {
    if (!statuses.includes(offer.status)) return false;
    if (levels && !levels.includes(offer.level)) return false;
    if (formats && !formats.includes(offer.format)) return false;
    if (filter.topic !== undefined && filter.topic.trim() !== '' && !interestMatches(filter.topic, offer)) return false;
    if (county !== undefined) {
      const covered = regionCounties(offer.region, data);
      if (covered !== 'national') {
        if (![...covered].some((c) => fold(c) === fold(county))) return false;
        local.add(offer.id);
      }
    }
    return true;
  });
  return hits
    .map((offer, index) => ({ offer, index }))
    .sort(
      (a, b) =>
        STATUS_RANK[a.offer.status] - STATUS_RANK[b.offer.status] ||
        Number(local.has(b.offer.id)) - Number(local.has(a.offer.id)) ||
        a.index - b.index,
    )
    .map(({ offer }) => offer);
}

/** The topic a target trade stands for in the offers: "kjemiprosessfaget" → "kjemiprosess". */
export function tradeTopic(trade: string): string {
  return fold(trade).replace(/-?faget$/u, '').trim();
}

/**
 * Offers for a person: those matching any of their interests or their target trade, nationwide or in
 * their county (all counties when the county is unknown). With a trade certificate, fagskole (and
 * other adult) offers come before upper-secondary ones; then offers matching more of them first.
 * [] without interests or a target trade.
 */
export function offersForProfile(profile: Profile, offers: readonly Offer[], data: RegionData): Offer[] {
  const target = profile.trade === undefined ? [] : [tradeTopic(profile.trade)];
  const interests = [...(profile.interests ?? []), ...target].filter((i) => i.trim() !== '');
  if (interests.length === 0) return [];
  const score = new Map<string, number>();
  const order: Offer[] = [];
  for (const interest of interests) {
    for (const offer of findOffers({ topic: interest, region: profile.county }, offers, data)) {
      if (!score.has(offer.id)) order.push(offer);
      score.set(offer.id, (score.get(offer.id) ?? 0) + 1);
    }
  }
  const levelRank = (offer: Offer): number => {
    if (profile.hasTradeCertificate !== true) return 0;
    return offer.level === 'fagskole' || offer.level === 'hoyere' || offer.level === 'kurs' ? 0 : 1;
  };
  return order
    .map((offer, index) => ({ offer, index }))
    .sort(
      (a, b) =>
        levelRank(a.offer) - levelRank(b.offer) ||
        (score.get(b.offer.id) ?? 0) - (score.get(a.offer.id) ?? 0) ||
        STATUS_RANK[a.offer.status] - STATUS_RANK[b.offer.status] ||
        a.index - b.index,
    )
    .map(({ offer }) => offer);
}
