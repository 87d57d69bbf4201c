// npm run --silent recommend -- --json '<profile JSON>'   → the Assessment as JSON (stdout: only JSON)
// npm run --silent recommend -- '<profile JSON>'          → a readable Norwegian summary for a counsellor's notes
// The profile can also come on stdin. Options: --now YYYY-MM-DD (fixes "today" for the texts).
// Exit codes: 0 ok, 2 bad input (not JSON, or not a valid Profile), 1 the knowledge could not be loaded.
import { readFileSync } from 'node:fs';
import { loadCatalogue } from '../catalogue/loader';
import { type RulesKnowledge } from '../catalogue/types';
import { ProfileSchema, type Assessment, type Profile, type ProfileField, type SourceEntry } from '../catalogue/schema';
import { loadManifest } from '../catalogue/sources';
import { loadConfig } from '../config';
import { assess } from '../../knowledge/rules/assess';
import { plainCitationLabel } from '../replies/citations';

const VERDICT: Record<Assessment['paths'][number]['status'], string> = {
  eligible: 'PASSER',
  'needs-info': 'KAN PASSE – trenger mer informasjon',
  'not-eligible': 'PASSER IKKE NÅ',
};

export const FIELD_LABEL: Record<ProfileField, string> = {
  age: 'alder',
  county: 'fylke',
  completedPrimarySchool: 'fullført grunnskole',
  completedUpperSecondary: 'fullført videregående',
  hasTradeCertificate: 'fag- eller svennebrev',
  employed: 'i jobb',
  employmentPercent: 'stillingsprosent',
  practiceYears: 'år med praksis i faget (regnet som full stilling)',
  practicePercent: 'stillingsprosent i praksistiden',
  certificateTrade: 'fag for fag- eller svennebrevet',
  trade: 'fag',
  navJobSeeker: 'registrert arbeidssøker i NAV',
  interests: 'interesser',
};

const STATUS_LABEL = { active: 'tilbys', pilot: 'pilot', proposed: 'bare foreslått', ended: 'avsluttet' } as const;

class InputError extends Error {}

export function parseProfile(text: string): Profile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`the profile is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(profile)'}: ${i.message}`).join('; ');
    throw new InputError(`the profile is not valid: ${issues}`);
  }
  return parsed.data;
}

function describeValue(field: ProfileField, value: Profile[ProfileField]): string {
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  if (Array.isArray(value)) return value.join(', ');
  if (field === 'employmentPercent') return `${value} %`;
  if (field === 'practiceYears' || field === 'age') return `${value} år`;
  if (field === 'practicePercent') return `${value} %`;
  return String(value);
}

/** "Fylke: Trøndelag · I jobb: ja · …" */
export function describeProfileLine(profile: Profile): string {
  const parts = (Object.keys(FIELD_LABEL) as ProfileField[])
    .filter((f) => profile[f] !== undefined)
    .map((f) => `${FIELD_LABEL[f]}: ${describeValue(f, profile[f])}`);
  return parts.length > 0 ? parts.join(' · ') : '(ingen opplysninger ennå)';
}

/** The plain-text summary a counsellor can paste into their notes. */
export function formatAssessment(assessment: Assessment, profile: Profile, entries: readonly SourceEntry[]): string {
  const lines: string[] = ['VURDERING AV MULIGE VEIER (Veiviser)', `Opplysninger: ${describeProfileLine(profile)}`, ''];
  if (!assessment.paths.some((p) => p.recommended)) lines.push('Ingen vei anbefales ennå: det trengs flere opplysninger, eller ingen vei passer nå.', '');
  assessment.paths.forEach((p, i) => {
    lines.push(`${i + 1}. ${p.title}: ${p.recommended ? 'ANBEFALT – ' : ''}${VERDICT[p.status]}`);
    if (p.why) lines.push(`   Anbefalt fordi: ${p.why}`);
    if (p.notAdvised) lines.push(`   Ikke anbefalt: ${p.notAdvised}`);
    if (p.whatWouldChange) lines.push(`   Dette kan endre vurderingen: ${p.whatWouldChange}`);
    if (p.reasons.length > 0) lines.push('   Hvorfor:');
    for (const r of p.reasons) {
      lines.push(`   - ${r.text}`);
      lines.push(`     Kilde: ${plainCitationLabel(r.citation, entries)}`);
    }
    if (p.missing.length > 0) lines.push(`   Mangler opplysninger om: ${p.missing.map((f) => FIELD_LABEL[f]).join(', ')}`);
    if (p.nextSteps.length > 0) lines.push('   Neste steg:');
    for (const s of p.nextSteps) lines.push(`   - ${s}`);
    lines.push('');
  });
  if (assessment.offers.length > 0) {
    lines.push('TILBUD SOM PASSER INTERESSENE');
    for (const o of assessment.offers) {
      lines.push(`- ${o.name} (${o.provider}; ${o.region}; ${STATUS_LABEL[o.status]})`);
      lines.push(`  Kilde: ${plainCitationLabel(o.citation, entries)}`);
    }
    lines.push('');
  }
  lines.push('Reglene varierer mellom fylkene og kan endres. Bekreft alltid med fylkeskommunen eller karrieresenteret før du gjør noe.');
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const nowIndex = args.indexOf('--now');
  const nowText = nowIndex >= 0 ? args[nowIndex + 1] : undefined;
  const rest = args.filter((a, i) => a !== '--json' && a !== '--now' && !(nowIndex >= 0 && i === nowIndex + 1));

  let profile: Profile;
  let now: Date | undefined;
  try {
    if (nowText !== undefined) {
      now = new Date(`${nowText}T00:00:00Z`);
      if (Number.isNaN(now.getTime())) throw new InputError(`--now must be a date like 2025-01-31, not "${nowText}"`);
    }
    const text = rest.length > 0 ? rest.join(' ') : process.stdin.isTTY ? '' : readFileSync(0, 'utf8');
    if (text.trim() === '') throw new InputError('give the profile as JSON, e.g. --json \'{"county":"Trøndelag","employed":true}\'');
    profile = parseProfile(text);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`recommend: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }

  let kb: RulesKnowledge;
  let knowledgeDir: string;
  try {
    knowledgeDir = loadConfig().knowledgeDir;
    kb = loadCatalogue(knowledgeDir);
  } catch (error) {
    process.stderr.write(`recommend: could not load the knowledge: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  const assessment = assess(profile, kb, now ? { now } : {});
  if (json) {
    process.stdout.write(`${JSON.stringify(assessment)}\n`);
    return;
  }
  process.stdout.write(`${formatAssessment(assessment, profile, loadManifest(knowledgeDir))}\n`);
}

if (require.main === module) main();
