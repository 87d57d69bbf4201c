// How a public rule (knowledge/public-rules.json, loaded and validated by src/catalogue/loader.ts) is
// titled when it is indexed as a "web" passage whose citation is the rule's first URL.
import type { PublicRule } from '../catalogue/schema';

const TOPIC_LABELS: Record<string, string> = {
  'fagbrev-paa-jobb': 'Fagbrev på jobb',
  praksiskandidat: 'Praksiskandidat',
  rettigheter: 'Rett til videregående opplæring',
  trondelagsmodellen: 'Trøndelagsmodellen',
  batterifagskolen: 'Batterifagskolen',
  laerling: 'Lærling',
  voksenopplaering: 'Voksenopplæring',
  kompetanseprove: 'Kompetanseprøve',
  fagskole: 'Fagskole',
};

/** Human title for a rule, e.g. "Offentlig informasjon: Fagbrev på jobb (Trøndelag)". */
export function publicRuleTitle(rule: PublicRule): string {
  const label =
    TOPIC_LABELS[rule.topic] ?? rule.topic.replace(/-/g, ' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return `Offentlig informasjon: ${label}${rule.county ? ` (${rule.county})` : ''}`;
}
