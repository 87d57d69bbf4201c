// "Hvorfor spør du om det?": the rule conditions that read the field being asked, for the person's
// county (or the national rules when it is unknown), each with its source. The county is needed
// where a path has rules of its own per county.
import type { Profile, ProfileField, Reason } from '../src/catalogue/schema';
import type { PathDefinition } from '../src/catalogue/types';
import { texts, type Lang } from '../src/text';
import { factText, variantForCounty } from '../knowledge/rules/engine';

const MAX_REASONS = 3;

export function reasonsForField(paths: readonly PathDefinition[], field: ProfileField, profile: Profile, lang: Lang): Reason[] {
  const t = texts(lang);
  const title = (path: PathDefinition) => (lang === 'en' ? path.titleEn : path.title);
  const out: Reason[] = [];
  const seen = new Set<string>();
  if (field === 'county') {
    for (const path of paths) {
      const counties = path.variants.flatMap((v) => (v.county ? [v.county] : []));
      if (counties.length > 0 && path.variants.length > 1) out.push({ text: t.guidance.whyCounty(title(path), t.guidance.list(counties)), citation: path.citation });
      if (out.length === MAX_REASONS) return out;
    }
  }
  for (const path of paths) {
    const variant = profile.county ? variantForCounty(path, profile.county) : (path.variants.find((v) => v.county === null) ?? path.variants[0]);
    for (const condition of variant?.conditions ?? []) {
      if (!condition.fields.includes(field) || seen.has(condition.text)) continue;
      seen.add(condition.text);
      out.push({ text: `${title(path)}: ${factText(lang, condition)}`, citation: condition.citation });
      if (out.length === MAX_REASONS) return out;
    }
  }
  return out;
}
