// npm run kb:check — validates everything in knowledge/ before it can reach a user:
//   • the manifest, and that knowledge/sources/* are byte-identical to ../shared/sources/* (when present)
//   • every data file against its zod schema (src/catalogue/input-schemas.ts, loader.ts), ids unique, references resolve
//   • every citation (paths, offers, contacts and every fact in knowledge/facts/): file in the manifest,
//     line range inside the file, quote readable in those lines (src/catalogue/verify.ts), every URL
//     valid, web citations quoting the section of knowledge/public-rules.md that holds their URL
//   • every topic the bot offers (paths, course-finder topics, knowledge/lexicon/topics.json) has facts
//   • offers' sourceYear equals the manifest year of the report they cite
//   • every path condition's "fields" are exactly the profile fields its rule function reads
//   • the rules engine runs over a grid of profiles and every reason it gives cites soundly; in English
//     it gives the same verdicts, reasons and next steps, each written out in English
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
import { PUBLIC_RULES_PAGE, loadPublicRulesPage } from '../catalogue/public-rules-page';
import { TOPICS_FILE, loadTopics, type Topic } from '../catalogue/topics';
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

function checkRulesEngine(kb: RulesKnowledge, knowledgeDir: string, sources: SourceDocument[], report: KbCheckReport): void {
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
  const ctx = { sources: sourceMap(sources), publicPage: loadPublicRulesPage(knowledgeDir) };
  const seen = new Set<string>();
  let reasons = 0;
  let englishReasons = 0;
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
    try {
      englishReasons += checkEnglish(assessment, assess(profile, kb, { now: PROBE_DATE, lang: 'en' }), profile, report);
    } catch (error) {
      report.errors.push(`knowledge/rules: assess(${JSON.stringify(profile)}, English) failed: ${(error as Error).message}`);
    }
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
  report.counts.englishReasonsChecked = englishReasons;
}

/** The sentences of a text long enough to say which language they are in (four words or more). */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.:;?!])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/u).length >= 4);
}

/**
 * The English assessment of a profile is the bokmål one in other words: the same paths, verdicts,
 * reasons (with the same citations) and next steps, every text non-empty and none left in bokmål.
 * Returns the number of English reasons checked.
 */
function checkEnglish(nb: Assessment, en: Assessment, profile: Profile, report: KbCheckReport): number {
  const where = `knowledge/rules (profile ${JSON.stringify(profile)}, English)`;
  let checked = 0;
  const texts = (p: Assessment['paths'][number]) => [
    p.title,
    ...p.reasons.map((r) => r.text),
    ...p.nextSteps,
    ...(p.why === undefined ? [] : [p.why]),
    ...(p.notAdvised === undefined ? [] : [p.notAdvised]),
    ...(p.whatWouldChange === undefined ? [] : [p.whatWouldChange]),
  ];
  nb.paths.forEach((n, i) => {
    const e = en.paths[i];
    if (!e || e.id !== n.id || e.status !== n.status || e.recommended !== n.recommended) {
      report.errors.push(`${where}: path ${n.id} is ranked or judged differently in English`);
      return;
    }
    const [nbTexts, enTexts] = [texts(n), texts(e)];
    const sameCitations = n.reasons.every((r, j) => JSON.stringify(r.citation) === JSON.stringify(e.reasons[j]?.citation));
    if (nbTexts.length !== enTexts.length || n.reasons.length !== e.reasons.length || !sameCitations) {
      report.errors.push(`${where}: ${n.id} has other reasons or next steps in English than in bokmål`);
      return;
    }
    const bokmalSentences = nbTexts.flatMap(sentencesOf);
    enTexts.forEach((text, j) => {
      const bokmal = nbTexts[j] ?? '';
      if (text.trim() === '') {
        report.errors.push(`${where}: ${n.id} has an empty English text (bokmål: "${bokmal.slice(0, 60)}…")`);
        return;
      }
      const left = bokmalSentences.find((sentence) => text.includes(sentence));
      if (left !== undefined) report.errors.push(`${where}: ${n.id} text is still bokmål: "${left.slice(0, 60)}…"`);
    });
    checked += e.reasons.length;
  });
  return checked;
}

/**
 * Every topic the bot offers has facts: each path, each topic of the course finder's choices, and
 * every topic marked "offered" in knowledge/lexicon/topics.json.
 */
function checkTopics(kb: RulesKnowledge, topics: Topic[], report: KbCheckReport): void {
  const count = new Map<string, number>();
  for (const f of kb.facts) count.set(f.topic, (count.get(f.topic) ?? 0) + 1);
  const where = `knowledge/${TOPICS_FILE}`;
  for (const t of topics) {
    if (t.offered && !count.get(t.id)) report.errors.push(`${where}: topic "${t.id}" is offered but no fact in knowledge/facts/ is about it`);
  }
  const byId = new Map(topics.map((t) => [t.id, t]));
  for (const id of PATH_IDS) {
    if (!byId.get(id)?.offered) report.errors.push(`${where}: path "${id}" has no offered topic of that id`);
  }
  for (const c of kb.offerCategories.topic) {
    const covering = topics.filter((t) => t.offerTopics.includes(c.topic) && count.get(t.id));
    if (covering.length === 0) report.errors.push(`${where}: the course finder's topic "${c.topic}" is in no topic's offerTopics with facts`);
  }
  report.counts.topics = topics.length;
  report.counts.offeredTopics = topics.filter((t) => t.offered).length;
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
  report.counts.facts = kb.facts.length;
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

  const publicPage = loadPublicRulesPage(options.knowledgeDir);
  if (!publicPage) report.errors.push(`knowledge/${PUBLIC_RULES_PAGE}: file is missing (the rule facts quote it)`);
  const ctx = { sources: sourceMap(sources), publicPage };
  const citations = allCitations(kb);
  for (const { where, citation } of citations) {
    for (const e of verifyCitation(citation, ctx)) report.errors.push(`knowledge/${where}: ${e}`);
  }
  report.counts.citations = citations.length;

  checkTopics(kb, loadTopics(options.knowledgeDir), report);
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

  checkRulesEngine(kb, options.knowledgeDir, sources, report);
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
