// "Hvorfor spør du om det?": the rule conditions that read the field being asked, for the person's
// county (or the national rules when it is unknown), each with its source. The county is needed
// where a path has rules of its own per county.
import type { Profile, ProfileField, Reason } from '../src/catalogue/schema';
import type { PathDefinition } from '../src/catalogue/types';
import type { Texts } from '../src/text/texts';
import { variantForCounty } from '../knowledge/rules/engine';

const MAX_REASONS = 3;

export function reasonsForField(paths: readonly PathDefinition[], field: ProfileField, profile: Profile, t: Texts): Reason[] {
  const out: Reason[] = [];
  const seen = new Set<string>();
  if (field === 'county') {
    for (const path of paths) {
      const counties = path.variants.flatMap((v) => (v.county ? [v.county] : []));
      if (counties.length > 0 && path.variants.length > 1) out.push({ text: t.guidance.whyCounty(t.knowledge.pathTitle(path.id, path.title), t.guidance.list(counties)), citation: path.citation });
      if (out.length === MAX_REASONS) return out;
    }
  }
  for (const path of paths) {
    const variant = profile.county ? variantForCounty(path, profile.county) : (path.variants.find((v) => v.county === null) ?? path.variants[0]);
    for (const condition of variant?.conditions ?? []) {
      if (!condition.fields.includes(field) || seen.has(condition.text)) continue;
      seen.add(condition.text);
      out.push({ text: `${t.knowledge.pathTitle(path.id, path.title)}: ${t.knowledge.sourceText(condition.text)}`, citation: condition.citation });
      if (out.length === MAX_REASONS) return out;
    }
  }
  return out;
}
