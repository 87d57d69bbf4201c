// The rules knowledge as the rules engine and the dialogs use it: every reference resolved, every fact
// carrying a full Citation (built by loader.ts from the data files described in input-schemas.ts).
import type { z } from 'zod';
import type { Citation, Offer, PathId, ProfileField } from './schema';
import type { ContactInputSchema, OfferCategories, PathStatusSchema, Verdict } from './input-schemas';
import type { Fact as KnowledgeFact } from './facts';
import type { PlaceIndex } from './places';
import type { CountyRegion, FormerCountyRegion } from './regions';

export type { CountyRegion, FormerCountyRegion } from './regions';

export interface Fact {
  id: string;
  text: string;
  /** The same in English. */
  textEn: string;
  when?: Verdict[];
  citation: Citation;
  /** The id of the fact (knowledge/facts/) the citation came from, when it was given by reference. */
  fact?: string;
}
export interface PathCondition extends Fact {
  fields: ProfileField[];
  params: Record<string, number>;
  values: string[];
  /** The assumption under which a path may be recommended while this condition is unsettled. */
  presume?: string;
  presumeEn?: string;
}
/** A reason for or against recommending a path to a person (see SuitabilityInputSchema). */
export interface PathSuitability extends Fact {
  effect: 'for' | 'against';
  weight: number;
  reasoning?: string;
  fields: ProfileField[];
  params: Record<string, number>;
  values: string[];
}
/** A trade's full training time (lærefag), from knowledge/lexicon/trades.json when it gives one. */
export interface TradeTraining {
  trade: string;
  trainingYears: number;
}
export interface NextStep {
  text: string;
  textEn: string;
  when?: Verdict[];
}
export interface PathVariant {
  county: string | null;
  label: string;
  conditions: PathCondition[];
  notes: Fact[];
  nextSteps: NextStep[];
  contacts: string[];
}
export interface PathOption {
  id: string;
  name: string;
  status: z.infer<typeof PathStatusSchema>;
  description: string;
  offers: string[];
  citation: Citation;
  fact?: string;
}
export interface PathDefinition {
  id: PathId;
  title: string;
  titleEn: string;
  summary: string;
  summaryEn: string;
  status: z.infer<typeof PathStatusSchema>;
  citation: Citation;
  variants: PathVariant[];
  options: PathOption[];
  nextSteps: NextStep[];
  contacts: string[];
  suitability: PathSuitability[];
}
export interface Contact {
  id: string;
  who: z.infer<typeof ContactInputSchema>['who'];
  name: string;
  nameEn?: string;
  county: string | null;
  description: string;
  descriptionEn: string;
  url?: string;
  citation: Citation;
  fact?: string;
}

/** Everything the rules engine reads. */
export interface RulesKnowledge {
  paths: PathDefinition[];
  offers: Offer[];
  /** The course finder's top-level choices (knowledge/offers.json). */
  offerCategories: OfferCategories;
  /** The fact base (knowledge/facts/), which the paths and contacts cite by id. */
  facts: KnowledgeFact[];
  counties: CountyRegion[];
  formerCounties: FormerCountyRegion[];
  /** Every county, municipality and place name (knowledge/places.json), for reading free text. */
  places: PlaceIndex;
  contacts: Contact[];
  /** Training time per trade, where the trade lexicon has it ([] without the lexicon). */
  tradeTraining: TradeTraining[];
}

