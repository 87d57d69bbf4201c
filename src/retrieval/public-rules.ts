// Reads knowledge/public-rules.json (written by another part of the team from
// ../shared/facts/public-rules.md) when it exists, and turns every rule into a "web" passage whose
// citation is the rule's first URL.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PublicRuleSchema, type PublicRule } from '../knowledge/schema';

export const PUBLIC_RULES_FILE = 'public-rules.json';

const PublicRulesFileSchema = z.union([
  z.array(PublicRuleSchema),
  z.object({ rules: z.array(PublicRuleSchema) }).passthrough(),
]);

/** [] when the file does not exist; throws when it exists but is invalid. */
export function loadPublicRules(knowledgeDir: string): PublicRule[] {
  const file = path.join(knowledgeDir, PUBLIC_RULES_FILE);
  if (!existsSync(file)) return [];
  const parsed = PublicRulesFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is invalid: ${parsed.error.message}`);
  return Array.isArray(parsed.data) ? parsed.data : parsed.data.rules;
}

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
