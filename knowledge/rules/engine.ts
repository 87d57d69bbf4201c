// The small engine every path rule uses. A path's conditions, notes and next steps live in
// knowledge/paths/<id>.json with their citations; a rule file (knowledge/rules/<id>.ts) says, for
// each condition id, how to read the profile: met, failed, unknown (with the fields that would
// settle it), or not relevant for this person. The engine picks the county variant, runs the checks
// and turns the results into a PathAssessment in which every reason carries its citation.
//
// Unknown is never treated as yes or no: a condition the profile cannot settle makes the path
// "needs-info" (unless another condition already fails), and `missing` lists what to ask.
import type { PathAssessment, PathId, Profile, ProfileField, Reason } from '../../src/catalogue/schema';
import type { Contact, CountyRegion, NextStep, PathCondition, PathDefinition, PathVariant, RulesKnowledge } from '../../src/catalogue/types';
import type { Verdict } from '../../src/catalogue/input-schemas';
import { fold } from '../../src/normalise';

/** The order a dialog should ask for profile fields; `missing` is always sorted by it. */
export const ASK_ORDER: readonly ProfileField[] = [
  'county',
  'employed',
  'employmentPercent',
  'practiceYears',
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
  detail: string;
  /** For "unknown": the fields that would settle it, [] when nothing in the profile can. */
  missing: ProfileField[];
}

export const met = (detail = ''): CheckResult => ({ outcome: 'met', detail, missing: [] });
export const failed = (detail: string): CheckResult => ({ outcome: 'failed', detail, missing: [] });
export const unknown = (detail: string, missing: ProfileField[]): CheckResult => ({ outcome: 'unknown', detail, missing });

export interface RuleContext {
  kb: RulesKnowledge;
  /** "Today", for texts like "tidligst rundt mars 2027". */
  now: Date;
  /** The profile's county as a county name; undefined when the profile has none or it is not recognised. */
  county?: string;
}

/** Reads one condition for one person. Return undefined when the condition does not apply to them. */
export type ConditionCheck = (profile: Profile, condition: PathCondition, ctx: RuleContext) => CheckResult | undefined;

export interface PathRule {
  id: PathId;
  /** One check per condition id used in knowledge/paths/<id>.json. */
  checks: Record<string, ConditionCheck>;
  /** How well the path fits this person (0–100); only used to order paths with the same verdict. */
  fit(profile: Profile, status: Verdict, ctx: RuleContext): number;
  /** Extra cited reasons (e.g. offers that match the person's interests). */
  extraReasons?(profile: Profile, status: Verdict, ctx: RuleContext): Reason[];
}

export interface RuleOutcome extends PathAssessment {
  fit: number;
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

/** "2", "2,5" */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1).replace('.', ',');
}

export function formatYears(years: number): string {
  return `${formatNumber(years)} år`;
}

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** "mars 2027": the month `months` months after `now`. */
export function monthYearAfter(now: Date, months: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + Math.ceil(months), 1));
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
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
export function unrecognisedCounty(county: string): string {
  return `Vi kjenner ikke igjen «${county.trim()}» som et fylke.`;
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
  const status: Verdict = results.some((r) => r.result.outcome === 'failed')
    ? 'not-eligible'
    : results.some((r) => r.result.outcome === 'unknown')
      ? 'needs-info'
      : 'eligible';
  const rank: Record<Outcome, number> = { failed: 0, unknown: 1, met: 2 };
  // Failed first (the reason it does not fit), then what is still unknown, then what is met.
  // Once a condition fails, the unknown ones no longer matter and are left out.
  const reasons: Reason[] = [...results]
    .filter((r) => !(status === 'not-eligible' && r.result.outcome === 'unknown'))
    .sort((a, b) => rank[a.result.outcome] - rank[b.result.outcome])
    .map(({ condition, result }) => ({ text: joinText(condition.text, result.detail), citation: condition.citation }));
  const notes: Reason[] = variant.notes
    .filter((note) => applies(note.when, status))
    .map((note) => ({ text: note.text, citation: note.citation }));
  const missing =
    status === 'needs-info' ? sortFields(results.filter((r) => r.result.outcome === 'unknown').flatMap((r) => r.result.missing)) : [];
  return { variant, status, reasons, notes, missing };
}

function joinText(rule: string, detail: string): string {
  return detail ? `${rule} ${detail}` : rule;
}

/** A county-specific contact of the same kind replaces a national one ("karrieresenteret" → "Karriere Nordland"). */
export function contactsFor(ids: readonly string[], county: string | undefined, kb: RulesKnowledge): Contact[] {
  const out: Contact[] = [];
  for (const id of ids) {
    const contact = kb.contacts.find((c) => c.id === id);
    if (!contact) continue;
    const local =
      contact.county === null && county
        ? kb.contacts.find((c) => c.who === contact.who && c.county !== null && fold(c.county) === fold(county))
        : undefined;
    const chosen = local ?? contact;
    if (!out.some((c) => c.id === chosen.id)) out.push(chosen);
  }
  return out;
}

export function contactStep(contact: Contact): string {
  return `Kontakt: ${contact.name} – ${contact.description}${contact.url ? ` (${contact.url})` : ''}`;
}

function steps(list: readonly NextStep[], status: Verdict): string[] {
  return list.filter((s) => applies(s.when, status)).map((s) => s.text);
}

/**
 * Assesses one path: picks the variant for the person's county (or, when the county is unknown or not
 * recognised and the rules differ between counties, settles what it can without it), and adds next
 * steps and contacts.
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
      const notRecognised = profile.county === undefined ? '' : `${unrecognisedCounty(profile.county)} `;
      const countyReason: Reason = {
        text: `${notRecognised}Reglene for ${path.title.toLowerCase()} er ulike fra fylke til fylke (egne regler i ${countiesWithOwnRules.join(' og ')}), så vi må vite hvilket fylke du bor i.`,
        citation: differ?.citation ?? path.citation,
      };
      result = {
        variant: national.variant,
        status: 'needs-info',
        reasons: [countyReason, ...national.reasons],
        notes: national.notes.filter((r) => r.citation !== differ?.citation),
        missing: sortFields(['county', ...open.flatMap((r) => r.missing)]),
      };
    }
  }

  const status = result.status;
  const reasons = [...result.reasons, ...(rule.extraReasons?.(profile, status, ctx) ?? []), ...result.notes];
  const nextSteps = [...steps(result.variant.nextSteps, status), ...steps(path.nextSteps, status)];
  const contactIds = status === 'not-eligible' ? ['karrieresenter'] : [...result.variant.contacts, ...path.contacts];
  for (const contact of contactsFor(contactIds, ctx.county, ctx.kb)) nextSteps.push(contactStep(contact));

  return {
    id: path.id,
    title: path.title,
    status,
    reasons,
    missing: result.missing,
    nextSteps,
    fit: rule.fit(profile, status, ctx),
  };
}
