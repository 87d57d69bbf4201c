// The small engine every path rule uses. A path's conditions, notes and next steps live in
// knowledge/paths/<id>.json with their citations; a rule file (knowledge/rules/<id>.ts) says, for
// each condition id, how to read the profile: met, failed, unknown (with the fields that would
// settle it), or not relevant for this person. The engine picks the county variant, runs the checks
// and turns the results into a PathAssessment in which every reason carries its citation.
//
// Beside the conditions (does the person qualify?), a path lists its suitability (would a counsellor
// recommend it to this person?) in the same file: reasons for and against, each with its citation;
// the rule file says for each when it applies. assess.ts ranks the paths with them.
//
// Every sentence a rule writes is a Bilingual pair, bokmål and English side by side, so the two are
// read and changed together; the engine picks the conversation's language (`ctx.lang`) at the end.
//
// Unknown is never treated as yes or no: a condition the profile cannot settle makes the path
// "needs-info" (unless another condition already fails), and `missing` lists what to ask.
import type { PathAssessment, PathId, Profile, ProfileField, Reason } from '../../src/catalogue/schema';
import type { Contact, CountyRegion, NextStep, PathCondition, PathDefinition, PathSuitability, PathVariant, RulesKnowledge } from '../../src/catalogue/types';
import type { Verdict } from '../../src/catalogue/input-schemas';
import { fold } from '../../src/normalise';
import type { Lang } from '../../src/text';

/** One sentence in bokmål and in English. */
export interface Bilingual {
  nb: string;
  en: string;
}
export const NOTHING: Bilingual = { nb: '', en: '' };

/** The text in `lang`. */
export function say(lang: Lang, text: Bilingual): string {
  return text[lang];
}

/** A fact from knowledge/paths in `lang`: its `text` (bokmål) or `textEn`. */
export function factText(lang: Lang, fact: { text: string; textEn: string }): string {
  return lang === 'en' ? fact.textEn : fact.text;
}

/** The order a dialog should ask for profile fields; `missing` is always sorted by it. */
export const ASK_ORDER: readonly ProfileField[] = [
  'county',
  'employed',
  'employmentPercent',
  'practiceYears',
  'practicePercent',
  'practiceUntil',
  'completedPrimarySchool',
  'hasTradeCertificate',
  'navJobSeeker',
  'age',
  'trade',
  'completedUpperSecondary',
  'interests',
];

export type Outcome = 'met' | 'failed' | 'unknown';

/** What one condition check found. `detail` is appended to the condition's rule text. */
export interface CheckResult {
  outcome: Outcome;
  detail: Bilingual;
  /** For "unknown": the fields that would settle it, [] when nothing in the profile can. */
  missing: ProfileField[];
  /** For "failed": the smallest change that would meet the condition, when there is one. */
  change?: Bilingual;
}

export const met = (detail: Bilingual = NOTHING): CheckResult => ({ outcome: 'met', detail, missing: [] });
export const failed = (detail: Bilingual, change?: Bilingual): CheckResult => ({
  outcome: 'failed',
  detail,
  missing: [],
  ...(change === undefined ? {} : { change }),
});
export const unknown = (detail: Bilingual, missing: ProfileField[]): CheckResult => ({ outcome: 'unknown', detail, missing });

export interface RuleContext {
  kb: RulesKnowledge;
  /** "Today", for texts like "tidligst rundt mars 2027". */
  now: Date;
  /** The profile's county as a county name; undefined when the profile has none or it is not recognised. */
  county?: string;
  /** The language the reasons are written in. */
  lang: Lang;
}

/** Reads one condition for one person. Return undefined when the condition does not apply to them. */
export type ConditionCheck = (profile: Profile, condition: PathCondition, ctx: RuleContext) => CheckResult | undefined;

/**
 * Whether one reason for or against a path applies to this person: undefined when it does not,
 * otherwise a detail for this person (NOTHING for none) that follows the reason's text.
 */
export type SuitabilityCheck = (profile: Profile, entry: PathSuitability, ctx: RuleContext) => Bilingual | undefined;

export interface PathRule {
  id: PathId;
  /** One check per condition id used in knowledge/paths/<id>.json. */
  checks: Record<string, ConditionCheck>;
  /** One check per suitability id in knowledge/paths/<id>.json. */
  suits: Record<string, SuitabilityCheck>;
  /** Extra cited reasons (e.g. offers that match the person's interests). */
  extraReasons?(profile: Profile, status: Verdict, ctx: RuleContext): BilingualReason[];
}

/** A Reason as a rule writes it, in both languages. */
export interface BilingualReason {
  text: Bilingual;
  citation: Reason['citation'];
}

/** A reason for or against recommending the path that applies to this person. */
export interface Signal extends Reason {
  id: string;
  effect: 'for' | 'against';
  weight: number;
}

/** One path, assessed: everything but the ranking, which assess.ts adds over all paths. */
export interface RuleOutcome extends Omit<PathAssessment, 'recommended' | 'why' | 'notAdvised'> {
  /** needs-info only for conditions with a `presume`: recommendable on those assumptions. */
  presumptions: string[];
  signals: Signal[];
}

// ---- Small helpers the rule files share --------------------------------------------------------

/**
 * A number from the condition's "params" in knowledge/paths/<id>.json (minimum years, percent …), so
 * that it sits next to its citation. A missing number is an error in the data, never a silent default.
 */
export function param(condition: PathCondition, name: string): number {
  const value = condition.params[name];
  if (value === undefined) throw new Error(`condition "${condition.id}" needs "params": { "${name}": … } in knowledge/paths`);
  return value;
}

/** "2", "2,5" in bokmål; "2", "2.5" in English. */
export function formatNumber(n: number, lang: Lang): string {
  const rounded = Math.round(n * 10) / 10;
  if (Number.isInteger(rounded)) return String(rounded);
  const text = rounded.toFixed(1);
  return lang === 'en' ? text : text.replace('.', ',');
}

/** "2,5 år"; "2.5 years", "1 year". */
export function formatYears(years: number, lang: Lang): string {
  const n = formatNumber(years, lang);
  return lang === 'en' ? `${n} ${n === '1' ? 'year' : 'years'}` : `${n} år`;
}

/** "8 måneder", "1 år", "2 år og 2 måneder"; "8 months", "1 year", "2 years and 2 months" (whole months, rounded up). */
export function formatDuration(months: number, lang: Lang): string {
  const total = Math.ceil(months - 1e-9);
  const years = Math.floor(total / 12);
  const rest = total % 12;
  if (lang === 'en') {
    const m = rest === 1 ? '1 month' : `${rest} months`;
    const y = years === 1 ? '1 year' : `${years} years`;
    if (years === 0) return m;
    return rest === 0 ? y : `${y} and ${m}`;
  }
  const m = rest === 1 ? '1 måned' : `${rest} måneder`;
  if (years === 0) return m;
  return rest === 0 ? `${years} år` : `${years} år og ${m}`;
}

const MONTHS: Record<Lang, readonly string[]> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "mars 2027" / "March 2027": the month `months` months after `now`. */
export function monthYearAfter(now: Date, months: number, lang: Lang): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + Math.ceil(months), 1));
  return `${MONTHS[lang][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * Whether the person is in work: `employed` when given; otherwise a known position percentage
 * settles it (above 0 % = in work, 0 % = not). Undefined when neither is known.
 */
export function isEmployed(profile: Profile): boolean | undefined {
  if (profile.employed !== undefined) return profile.employed;
  if (profile.employmentPercent !== undefined) return profile.employmentPercent > 0;
  return undefined;
}

/**
 * The county name for free text ("trondelag", "Trondheim", "Nord-Trøndelag" → "Trøndelag"),
 * or undefined when it is not recognised.
 */
export function normaliseCounty(input: string | undefined, counties: readonly CountyRegion[]): string | undefined {
  if (input === undefined) return undefined;
  const text = fold(input)
    .replace(/\s+(fylkeskommune|fylke)$/u, '')
    .trim();
  if (text === '') return undefined;
  for (const c of counties) {
    if (fold(c.name) === text || c.aliases.includes(text)) return c.name;
  }
  for (const c of counties) if (c.places.includes(text)) return c.name;
  return undefined;
}

/** What the rules say about a county they do not recognise ("Sverige", a misspelling, a small place). */
export function unrecognisedCounty(county: string): Bilingual {
  return {
    nb: `Vi kjenner ikke igjen «${county.trim()}» som et fylke.`,
    en: `We do not recognise «${county.trim()}» as a Norwegian county.`,
  };
}

/** The variant for a known county: its own, else the national default, else the only one there is. */
export function variantForCounty(path: PathDefinition, county: string): PathVariant {
  return (
    path.variants.find((v) => v.county !== null && fold(v.county) === fold(county)) ??
    path.variants.find((v) => v.county === null) ??
    (path.variants[0] as PathVariant)
  );
}

function sortFields(fields: Iterable<ProfileField>): ProfileField[] {
  const set = new Set(fields);
  return ASK_ORDER.filter((f) => set.has(f));
}

function applies(when: Verdict[] | undefined, status: Verdict): boolean {
  return when === undefined || when.includes(status);
}

interface VariantResult {
  variant: PathVariant;
  status: Verdict;
  /** One per condition that applies. */
  reasons: Reason[];
  /** The variant's notes that are worth telling for this verdict. */
  notes: Reason[];
  missing: ProfileField[];
  /** not-eligible: the changes that would meet every failed condition, when each has one. */
  whatWouldChange?: string;
  /** needs-info: the assumptions under which it would fit, when every open condition has one. */
  presumptions: string[];
}

/** Runs every condition check of one variant. */
export function evaluateVariant(rule: PathRule, path: PathDefinition, variant: PathVariant, profile: Profile, ctx: RuleContext): VariantResult {
  const results: { condition: PathCondition; result: CheckResult }[] = [];
  for (const condition of variant.conditions) {
    const check = rule.checks[condition.id];
    if (!check) throw new Error(`knowledge/rules/${path.id}.ts has no check for condition "${condition.id}" (${variant.label})`);
    const result = check(profile, condition, ctx);
    if (result) results.push({ condition, result });
  }
  const failures = results.filter((r) => r.result.outcome === 'failed');
  const open = results.filter((r) => r.result.outcome === 'unknown');
  const status: Verdict = failures.length > 0 ? 'not-eligible' : open.length > 0 ? 'needs-info' : 'eligible';
  const presume = (c: PathCondition) => (ctx.lang === 'en' ? c.presumeEn : c.presume);
  const presumptions =
    status === 'needs-info' && open.every((r) => presume(r.condition) !== undefined) ? open.map((r) => presume(r.condition) as string) : [];
  // Failed first (the reason it does not fit), then what is still unknown, then what is met; where
  // the open conditions are only presumed, what is met comes before them.
  // Once a condition fails, the unknown ones no longer matter and are left out.
  const rank: Record<Outcome, number> = presumptions.length > 0 ? { failed: 0, met: 1, unknown: 2 } : { failed: 0, unknown: 1, met: 2 };
  const reasons: Reason[] = [...results]
    .filter((r) => !(status === 'not-eligible' && r.result.outcome === 'unknown'))
    .sort((a, b) => rank[a.result.outcome] - rank[b.result.outcome])
    .map(({ condition, result }) => ({ text: joinText(factText(ctx.lang, condition), say(ctx.lang, result.detail)), citation: condition.citation }));
  const notes: Reason[] = variant.notes
    .filter((note) => applies(note.when, status))
    .map((note) => ({ text: factText(ctx.lang, note), citation: note.citation }));
  const missing = status === 'needs-info' ? sortFields(open.flatMap((r) => r.result.missing)) : [];
  const changes = failures.map((r) => (r.result.change === undefined ? undefined : say(ctx.lang, r.result.change)));
  const whatWouldChange = failures.length > 0 && changes.every((c) => c !== undefined) ? [...new Set(changes)].join(' ') : undefined;
  return { variant, status, reasons, notes, missing, ...(whatWouldChange ? { whatWouldChange } : {}), presumptions };
}

function joinText(rule: string, detail: string): string {
  return detail ? `${rule} ${detail}` : rule;
}

const sameCounty = (a: string | null, b: string | undefined) => a !== null && b !== undefined && fold(a) === fold(b);

/**
 * The contacts for a person: a county-specific contact of the same kind replaces a national one
 * ("karrieresenteret" → "Karriere Nordland"), and another county's office is never given: it is
 * replaced by the national contact of the same kind, or left out.
 */
export function contactsFor(ids: readonly string[], county: string | undefined, kb: RulesKnowledge): Contact[] {
  const out: Contact[] = [];
  const national = (who: Contact['who']) => kb.contacts.find((c) => c.who === who && c.county === null);
  for (const id of ids) {
    const contact = kb.contacts.find((c) => c.id === id);
    if (!contact) continue;
    const usable = contact.county === null || sameCounty(contact.county, county) ? contact : national(contact.who);
    if (!usable) continue;
    const local = usable.county === null && county ? kb.contacts.find((c) => c.who === usable.who && sameCounty(c.county, county)) : undefined;
    const chosen = local ?? usable;
    if (!out.some((c) => c.id === chosen.id)) out.push(chosen);
  }
  return out;
}

/** "Kontakt: …": a national contact "der du bor" names the person's county when it is known. */
export function contactStep(contact: Contact, lang: Lang, county?: string): string {
  const where = contact.county === null && county !== undefined && /der du bor$/u.test(contact.name) ? ` (${county})` : '';
  const url = contact.url ? ` (${contact.url})` : '';
  return say(lang, {
    nb: `Kontakt: ${contact.name}${where} – ${contact.description}${url}`,
    en: `Contact: ${contact.nameEn ?? contact.name}${where} – ${contact.descriptionEn}${url}`,
  });
}

function steps(list: readonly NextStep[], status: Verdict, lang: Lang): string[] {
  return list.filter((s) => applies(s.when, status)).map((s) => factText(lang, s));
}

/** The reasons for and against the path that apply to this person, in the order of the data. */
export function suitabilitySignals(rule: PathRule, path: PathDefinition, profile: Profile, ctx: RuleContext): Signal[] {
  const out: Signal[] = [];
  for (const entry of path.suitability) {
    const check = rule.suits[entry.id];
    if (!check) throw new Error(`knowledge/rules/${path.id}.ts has no suitability check for "${entry.id}"`);
    const detail = check(profile, entry, ctx);
    if (detail === undefined) continue;
    out.push({ id: entry.id, effect: entry.effect, weight: entry.weight, text: joinText(factText(ctx.lang, entry), say(ctx.lang, detail)), citation: entry.citation });
  }
  return out;
}

/**
 * Assesses one path: picks the variant for the person's county (or, when the county is unknown or not
 * recognised and the rules differ between counties, settles what it can without it), adds next
 * steps and contacts, and the reasons for and against recommending it.
 *
 * A county variant's next steps and contacts are given only to people in that county: someone outside
 * Trøndelag is never sent to Trøndelag's offices, even about Trøndelagsmodellen.
 */
export function evaluatePath(rule: PathRule, profile: Profile, ctx: RuleContext): RuleOutcome {
  const path = ctx.kb.paths.find((p) => p.id === rule.id);
  if (!path) throw new Error(`knowledge/paths/${rule.id}.json is not loaded`);

  let result: VariantResult;
  if (ctx.county !== undefined || path.variants.length === 1) {
    const variant = ctx.county !== undefined ? variantForCounty(path, ctx.county) : (path.variants[0] as PathVariant);
    result = evaluateVariant(rule, path, variant, profile, ctx);
  } else {
    // County unknown (or not one we recognise) and the rules differ by county: a "no" only if every
    // variant says no.
    const all = path.variants.map((v) => evaluateVariant(rule, path, v, profile, ctx));
    const national = all.find((r) => r.variant.county === null) ?? (all[0] as VariantResult);
    if (all.every((r) => r.status === 'not-eligible')) {
      result = national;
    } else {
      const open = all.filter((r) => r.status !== 'not-eligible');
      const differ = national.variant.notes.find((n) => n.id === 'praktiseres-ulikt');
      const countiesWithOwnRules = path.variants.flatMap((v) => (v.county === null ? [] : [v.county]));
      const notRecognised = profile.county === undefined ? NOTHING : unrecognisedCounty(profile.county);
      const countyReason: Reason = {
        text: joinText(
          say(ctx.lang, notRecognised),
          say(ctx.lang, {
            nb: `Reglene for ${path.title.toLowerCase()} er ulike fra fylke til fylke (egne regler i ${countiesWithOwnRules.join(' og ')}), så vi må vite hvilket fylke du bor i.`,
            en: `The rules for ${path.titleEn} differ from county to county (own rules in ${countiesWithOwnRules.join(' and ')}), so we need to know which county you live in.`,
          }),
        ),
        citation: differ?.citation ?? path.citation,
      };
      result = {
        variant: national.variant,
        status: 'needs-info',
        reasons: [countyReason, ...national.reasons],
        notes: national.notes.filter((r) => r.citation !== differ?.citation),
        missing: sortFields(['county', ...open.flatMap((r) => r.missing)]),
        presumptions: [],
      };
    }
  }

  const status = result.status;
  const extra = (rule.extraReasons?.(profile, status, ctx) ?? []).map((r) => ({ text: say(ctx.lang, r.text), citation: r.citation }));
  const reasons = [...result.reasons, ...extra, ...result.notes];
  const variantApplies = result.variant.county === null || sameCounty(result.variant.county, ctx.county);
  const nextSteps = [...(variantApplies ? steps(result.variant.nextSteps, status, ctx.lang) : []), ...steps(path.nextSteps, status, ctx.lang)];
  const contactIds =
    status === 'not-eligible' ? ['karrieresenter'] : [...(variantApplies ? result.variant.contacts : []), ...path.contacts, 'karrieresenter'];
  for (const contact of contactsFor(contactIds, ctx.county, ctx.kb)) nextSteps.push(contactStep(contact, ctx.lang, ctx.county));

  return {
    id: path.id,
    title: ctx.lang === 'en' ? path.titleEn : path.title,
    status,
    reasons,
    missing: result.missing,
    nextSteps,
    ...(result.whatWouldChange ? { whatWouldChange: result.whatWouldChange } : {}),
    presumptions: result.presumptions,
    signals: suitabilitySignals(rule, path, profile, ctx),
  };
}
