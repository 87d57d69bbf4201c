// npm run kb:check — validates everything in knowledge/ before it can reach a user:
//   • the manifest, and that knowledge/sources/* are byte-identical to ../shared/sources/* (when present)
//   • every data file against its zod schema (src/catalogue/input-schemas.ts, loader.ts), ids unique, references resolve
//   • every citation: file in the manifest, line range inside the file, quote readable in those lines
//     (src/catalogue/verify.ts), every URL valid, web citations quoting their public rule
//   • offers' sourceYear equals the manifest year of the report they cite
//   • every path condition's "fields" are exactly the profile fields its rule function reads
//   • the rules engine runs over a grid of profiles and every reason it gives cites soundly
//   • knowledge/places.json (municipalities per county against the published totals, in the loader)
//     and the understanding lexicon (knowledge/lexicon/*.json) against their schemas
// Prints a summary on stdout; on any problem prints each one (file and entry) on stderr and exits 1.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { allCitations, loadCatalogue } from '../catalogue/loader';
import { loadUnderstandingLexicon } from '../catalogue/lexicon';
import { type RulesKnowledge } from '../catalogue/types';
import { PATH_IDS, type Assessment, type Profile } from '../catalogue/schema';
import { loadSources, type SourceDocument } from '../catalogue/sources';
import { isValidUrl, sourceMap, verifyCitation } from '../catalogue/verify';
import { RULES, assess, ruleContext } from '../../knowledge/rules/assess';
import { fieldsProblems, fieldsRead } from '../../knowledge/rules/fields-read';
import { loadConfig } from '../config';
import { packageRoot } from '../package-root';

export interface KbCheckOptions {
  knowledgeDir: string;
  /** ../shared/sources next to the repository; skipped (with a note) when it does not exist. */
  sharedSourcesDir: string;
}

export interface KbCheckReport {
  errors: string[];
  notes: string[];
  counts: Record<string, number>;
}

/** knowledge/ from the configuration (KNOWLEDGE_DIR), and ../shared/sources beside the package. */
export function defaultKbCheckOptions(): KbCheckOptions {
  return {
    knowledgeDir: loadConfig().knowledgeDir,
    sharedSourcesDir: path.resolve(packageRoot(), '../shared/sources'),
  };
}

function compareWithShared(knowledgeDir: string, sharedDir: string, report: KbCheckReport): void {
  if (!existsSync(sharedDir)) {
    report.notes.push(`${sharedDir} does not exist: skipped the byte-for-byte comparison of knowledge/sources.`);
    return;
  }
  const ours = path.join(knowledgeDir, 'sources');
  const list = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const mine = list(ours);
  const theirs = list(sharedDir);
  for (const f of theirs) if (!mine.includes(f)) report.errors.push(`knowledge/sources/${f}: missing (it is in ${sharedDir})`);
  for (const f of mine) {
    if (!theirs.includes(f)) {
      report.errors.push(`knowledge/sources/${f}: not in ${sharedDir}`);
      continue;
    }
    if (!readFileSync(path.join(ours, f)).equals(readFileSync(path.join(sharedDir, f)))) {
      report.errors.push(`knowledge/sources/${f}: differs from ${path.join(sharedDir, f)} (the copies must be byte-identical)`);
    }
  }
  report.counts.sharedSourcesCompared = theirs.length;
}

/** A spread of consistent profiles that reaches every condition and variant of every path. */
export function probeProfiles(): Profile[] {
  const out: Profile[] = [{}];
  for (const county of [undefined, 'Trøndelag', 'Nordland', 'Oslo']) {
    for (const employed of [undefined, true, false]) {
      for (const yes of [undefined, true, false]) {
        // A position percentage only where it agrees with `employed` (alone, it implies being in work).
        const percent = employed === true ? (yes === false ? 50 : 100) : employed === undefined && yes === true ? 100 : undefined;
        out.push({
          ...(county ? { county } : {}),
          ...(employed === undefined ? {} : { employed }),
          ...(percent === undefined ? {} : { employmentPercent: percent }),
          ...(yes === undefined
            ? {}
            : {
                completedPrimarySchool: yes,
                completedUpperSecondary: yes,
                hasTradeCertificate: yes,
                navJobSeeker: yes,
                practiceYears: yes ? 6 : 0.5,
                age: yes ? 40 : 20,
                trade: yes ? 'kjemiprosessfaget' : 'elektrikerfaget',
                interests: yes ? ['batteri', 'prosessindustri'] : ['kjemiprosess'],
              }),
        });
      }
    }
  }
  return out;
}

/** "Today" for the texts the rules write while they are checked. */
const PROBE_DATE = new Date(Date.UTC(2025, 0, 1));

function checkRulesEngine(kb: RulesKnowledge, sources: SourceDocument[], report: KbCheckReport): void {
  let conditionsRun = 0;
  for (const p of kb.paths) {
    for (const v of p.variants) {
      for (const c of v.conditions) {
        const where = `knowledge/paths/${p.id}.json ${v.county ?? 'national'} condition "${c.id}"`;
        const check = RULES[p.id].checks[c.id];
        if (!check) {
          report.errors.push(`${where}: knowledge/rules/${p.id}.ts has no check for it`);
          continue;
        }
        try {
          const found = fieldsRead(check, c, (profile) => ruleContext(profile, kb, { now: PROBE_DATE }));
          for (const problem of fieldsProblems(c.fields, found)) report.errors.push(`${where}: ${problem} (knowledge/rules/${p.id}.ts)`);
          conditionsRun += 1;
        } catch (error) {
          report.errors.push(`${where}: knowledge/rules/${p.id}.ts failed while its fields were checked: ${(error as Error).message}`);
        }
      }
    }
  }
  report.counts.conditionFieldsChecked = conditionsRun;
  let suitabilityRun = 0;
  for (const p of kb.paths) {
    for (const entry of p.suitability) {
      const where = `knowledge/paths/${p.id}.json suitability "${entry.id}"`;
      const check = RULES[p.id].suits[entry.id];
      if (!check) {
        report.errors.push(`${where}: knowledge/rules/${p.id}.ts has no suitability check for it`);
        continue;
      }
      try {
        const found = fieldsRead(check, entry, (profile) => ruleContext(profile, kb, { now: PROBE_DATE }));
        for (const problem of fieldsProblems(entry.fields, found)) report.errors.push(`${where}: ${problem} (knowledge/rules/${p.id}.ts)`);
        suitabilityRun += 1;
      } catch (error) {
        report.errors.push(`${where}: knowledge/rules/${p.id}.ts failed while its fields were checked: ${(error as Error).message}`);
      }
    }
  }
  report.counts.suitabilityFieldsChecked = suitabilityRun;
  const ctx = { sources: sourceMap(sources), publicRules: kb.publicRules };
  const seen = new Set<string>();
  let reasons = 0;
  const profiles = probeProfiles();
  for (const profile of profiles) {
    let assessment: Assessment;
    try {
      assessment = assess(profile, kb, { now: PROBE_DATE });
    } catch (error) {
      report.errors.push(`knowledge/rules: assess(${JSON.stringify(profile)}) failed: ${(error as Error).message}`);
      continue;
    }
    if (assessment.paths.length !== PATH_IDS.length) report.errors.push(`knowledge/rules: assess returned ${assessment.paths.length} paths`);
    for (const p of assessment.paths) {
      if (p.status === 'needs-info' && p.reasons.length === 0) report.errors.push(`knowledge/rules/${p.id}.ts: needs-info without a reason`);
      for (const r of p.reasons) {
        reasons += 1;
        const key = JSON.stringify(r.citation);
        if (seen.has(key)) continue;
        seen.add(key);
        for (const e of verifyCitation(r.citation, ctx)) report.errors.push(`knowledge/rules/${p.id}.ts reason "${r.text.slice(0, 60)}…": ${e}`);
      }
    }
  }
  report.counts.probeProfiles = profiles.length;
  report.counts.reasonsChecked = reasons;
}

/** Runs every check; never throws for bad data (problems are returned as errors). */
export function checkKnowledge(options: KbCheckOptions): KbCheckReport {
  const report: KbCheckReport = { errors: [], notes: [], counts: {} };

  let sources: SourceDocument[];
  try {
    sources = loadSources(options.knowledgeDir);
  } catch (error) {
    report.errors.push(`knowledge/manifest.json: ${(error as Error).message}`);
    return report;
  }
  report.counts.sources = sources.length;
  compareWithShared(options.knowledgeDir, options.sharedSourcesDir, report);

  let kb: RulesKnowledge;
  try {
    kb = loadCatalogue(options.knowledgeDir);
  } catch (error) {
    report.errors.push((error as Error).message);
    return report;
  }
  report.counts.paths = kb.paths.length;
  report.counts.offers = kb.offers.length;
  report.counts.publicRules = kb.publicRules.length;
  report.counts.contacts = kb.contacts.length;
  report.counts.municipalities = kb.places.municipalities.length;
  report.counts.placeNames = kb.places.names.length;
  try {
    const lexicon = loadUnderstandingLexicon(options.knowledgeDir);
    report.counts.trades = lexicon.trades.trades.length;
    report.counts.interests = lexicon.interests.interests.length;
  } catch (error) {
    report.errors.push((error as Error).message);
  }

  const ctx = { sources: sourceMap(sources), publicRules: kb.publicRules };
  const citations = allCitations(kb);
  for (const { where, citation } of citations) {
    for (const e of verifyCitation(citation, ctx)) report.errors.push(`knowledge/${where}: ${e}`);
  }
  report.counts.citations = citations.length;

  for (const rule of kb.publicRules) {
    for (const url of rule.urls) if (!isValidUrl(url)) report.errors.push(`knowledge/public-rules.json "${rule.id}": invalid url ${url}`);
  }
  for (const contact of kb.contacts) {
    if (contact.url && !isValidUrl(contact.url)) report.errors.push(`knowledge/contacts.json "${contact.id}": invalid url ${contact.url}`);
  }
  const years = new Map(sources.map((s) => [s.entry.file, s.entry.year]));
  for (const offer of kb.offers) {
    if (offer.citation.source === 'web') continue;
    const year = years.get(offer.citation.source);
    if (year !== undefined && offer.sourceYear !== year) {
      report.errors.push(`knowledge/offers.json "${offer.id}": sourceYear ${offer.sourceYear} but the manifest year of ${offer.citation.source} is ${year}`);
    }
  }

  checkRulesEngine(kb, sources, report);
  return report;
}

function main(): void {
  const options = defaultKbCheckOptions();
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const knowledgeDir = value('--knowledge');
  const shared = value('--shared');
  if (knowledgeDir) options.knowledgeDir = path.resolve(knowledgeDir);
  if (shared) options.sharedSourcesDir = path.resolve(shared);

  const report = checkKnowledge(options);
  for (const note of report.notes) process.stdout.write(`note: ${note}\n`);
  const counts = Object.entries(report.counts)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  if (report.errors.length > 0) {
    process.stderr.write(`\n✖ kb:check FAILED – ${report.errors.length} problem(s) in ${options.knowledgeDir}:\n`);
    for (const e of report.errors) process.stderr.write(`  ✖ ${e}\n`);
    process.stderr.write(`(${counts})\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`✔ kb:check OK (${counts})\n`);
}

if (require.main === module) main();
