// npm run bench:understand — how well and how fast free text is understood.
// Quality on test/eval/understand/cases.{dev,test}.json, each half on its own: fields right (scored
// over the union of expected and extracted fields, so a field extracted but not stated counts as
// wrong), messages fully right, and precision/recall per field. practiceYears is right within ±0.05,
// interests are compared as sets. Only the dev half may be inspected: `-- --failures` lists the dev
// messages not fully right; the test half only ever prints its totals.
// Speed (after a warm-up pass, every place name loaded): p50/p95 for messages under 300 characters,
// a 4,000-character message (median and fastest of 41 calls after 300 warm-up calls), and adversarial inputs (4,000 digits, "1 og " repeated, one long word, …).
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { PROFILE_FIELDS, ProfileSchema, type Profile, type ProfileField } from '../src/catalogue/schema';
import { loadPlaceIndex } from '../src/catalogue/places';
import { loadUnderstandingLexicon } from '../src/catalogue/lexicon';
import { createUnderstander, type Understander } from '../src/nlu/understand';
import { packageRoot } from '../src/package-root';

const CasesSchema = z.object({
  cases: z.array(z.object({ id: z.string(), text: z.string(), expected: ProfileSchema, style: z.string() })),
});
type Case = z.infer<typeof CasesSchema>['cases'][number];

/**
 * The fields the cases were written for. practiceUntil and practiceAbroad came later and no case says them, so a case
 * that states one ("jobber der fortsatt", "mekaniker i Polen i 10 år") cannot score it either way: each is counted apart
 * (their own tests: test/nlu/read-practice-period.test.ts, test/nlu/adult-writing-5.test.ts).
 */
const UNSCORED_FIELDS = ['practiceUntil', 'practiceAbroad'] as const satisfies readonly ProfileField[];
type UnscoredField = (typeof UNSCORED_FIELDS)[number];
const SCORED_FIELDS = PROFILE_FIELDS.filter((f) => !(UNSCORED_FIELDS as readonly ProfileField[]).includes(f));

interface FieldCounts {
  expected: number;
  extracted: number;
  right: number;
}

export interface Score {
  messages: number;
  fullyRight: number;
  fields: number;
  fieldsRight: number;
  perField: Record<ProfileField, FieldCounts>;
  /** Messages and messages fully right per style (short, dialect, english, counsellor, …). */
  perStyle: Record<string, { messages: number; fullyRight: number }>;
  failures: Array<{ id: string; text: string; expected: Profile; got: Profile; wrong: ProfileField[] }>;
  /** Messages in which each field not in the cases was read (not scored). */
  unscoredRead: Record<UnscoredField, number>;
}

function sameValue(field: ProfileField, a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return false;
  if (field === 'practiceYears') return Math.abs(Number(a) - Number(b)) <= 0.05;
  if (field === 'interests') {
    const x = new Set(a as string[]);
    const y = new Set(b as string[]);
    return x.size === y.size && [...x].every((v) => y.has(v));
  }
  return a === b;
}

export function score(cases: readonly Case[], understand: (text: string) => Profile): Score {
  const perField = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, { expected: 0, extracted: 0, right: 0 }])) as Record<ProfileField, FieldCounts>;
  const result: Score = { messages: 0, fullyRight: 0, fields: 0, fieldsRight: 0, perField, perStyle: {}, failures: [], unscoredRead: { practiceUntil: 0, practiceAbroad: 0 } };
  for (const c of cases) {
    const got = understand(c.text);
    const fields = SCORED_FIELDS.filter((f) => c.expected[f] !== undefined || got[f] !== undefined);
    for (const f of UNSCORED_FIELDS) if (got[f] !== undefined) result.unscoredRead[f]++;
    const wrong = fields.filter((f) => !sameValue(f, c.expected[f], got[f]));
    result.messages++;
    result.fields += fields.length;
    result.fieldsRight += fields.length - wrong.length;
    const style = (result.perStyle[c.style] ??= { messages: 0, fullyRight: 0 });
    style.messages++;
    if (wrong.length === 0) style.fullyRight++;
    if (wrong.length === 0) result.fullyRight++;
    else result.failures.push({ id: c.id, text: c.text, expected: c.expected, got, wrong });
    for (const f of fields) {
      if (c.expected[f] !== undefined) perField[f].expected++;
      if (got[f] !== undefined) perField[f].extracted++;
      if (sameValue(f, c.expected[f], got[f])) perField[f].right++;
    }
  }
  return result;
}

const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)} %`);

function printScore(name: string, s: Score): void {
  console.log(`\n${name}: ${s.messages} messages`);
  // Two decimals: against a target of 97 %, 576 of 594 (96.97 %) must not read as 97.0 %.
  const exact = (a: number, b: number) => (b === 0 ? '   –   ' : `${((100 * a) / b).toFixed(2).padStart(6)} %`);
  console.log(`  fields right          ${exact(s.fieldsRight, s.fields)}  (${s.fieldsRight}/${s.fields})`);
  console.log(`  messages fully right  ${exact(s.fullyRight, s.messages)}  (${s.fullyRight}/${s.messages})`);
  console.log('  field                   expected extracted  precision  recall');
  for (const f of PROFILE_FIELDS) {
    const c = s.perField[f];
    if (c.expected === 0 && c.extracted === 0) continue;
    console.log(`  ${f.padEnd(24)}${String(c.expected).padStart(6)}${String(c.extracted).padStart(10)}  ${pct(c.right, c.extracted)}  ${pct(c.right, c.expected)}`);
  }
  const styles = Object.entries(s.perStyle).sort(([a], [b]) => a.localeCompare(b));
  console.log(`  fully right by style: ${styles.map(([name, v]) => `${name} ${v.fullyRight}/${v.messages}`).join(', ')}`);
  for (const f of UNSCORED_FIELDS) console.log(`  ${f} (not in the cases, not scored): read in ${s.unscoredRead[f]} messages`);
}

function loadCases(file: string): Case[] {
  return CasesSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).cases;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Each text's median time over `rounds` calls (a median per message keeps other load on the machine out of the figure). */
function medians(u: Understander, texts: readonly string[], rounds: number): number[] {
  const out: number[] = [];
  for (const t of texts) {
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      u.understand(t);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    out.push(quantile(times, 0.5));
  }
  return out.sort((a, b) => a - b);
}

/** Calls before the long message is timed. */
const WARM_UP_LONG = 300;

/** The fastest of `rounds` calls: the cost with the least interference from other load on the machine. */
function fastestOf(u: Understander, text: string, rounds: number): [number] {
  let fastest = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    u.understand(text);
    fastest = Math.min(fastest, performance.now() - start);
  }
  return [fastest];
}

function speed(u: Understander, dev: readonly Case[]): void {
  const short = dev.map((c) => c.text).filter((t) => t.length < 300);
  let long = '';
  for (let i = 0; long.length < 4000; i++) long += `${dev[i % dev.length].text} `;
  long = long.slice(0, 4000);
  const adversarial: Array<[string, string]> = [
    ['4,000 digits', '7'.repeat(4000)],
    ['"1 og " repeated', '1 og '.repeat(800)],
    ['"et halvt " repeated', 'et halvt '.repeat(444)],
    ['one 4,000-letter word', 'a'.repeat(4000)],
    ['"jobber ikke " repeated', 'jobber ikke '.repeat(333)],
    ['"bor i " repeated', 'bor i '.repeat(666)],
    ['"1,1," repeated', '1,1,'.repeat(1000)],
    ['"fagbrev som " repeated', 'fagbrev som '.repeat(333)],
    ['"Herøy på " repeated', 'Herøy på '.repeat(444)],
  ];
  // Warm-up: a running server has read thousands of messages, so the code is compiled and optimised
  // by then; a few calls leave the long message's readers interpreted (ten times slower).
  medians(u, [...short, long, ...adversarial.map(([, t]) => t)], 3);
  medians(u, [long], WARM_UP_LONG);
  const s = medians(u, short, 21);
  const load = os.loadavg()[0];
  console.log(`\nspeed (warm, every place name loaded; each figure a median over repeated calls; load average ${load.toFixed(1)} on ${os.cpus().length} cores)`);
  console.log(`  ${short.length} dev messages < 300 chars: p50 ${quantile(s, 0.5).toFixed(3)} ms, p95 ${quantile(s, 0.95).toFixed(3)} ms, max ${s[s.length - 1].toFixed(3)} ms  (target p95 ≤ 0.3 ms)`);
  const cpuBefore = process.cpuUsage();
  const [l] = medians(u, [long], 41);
  const cpu = process.cpuUsage(cpuBefore);
  const [fastest] = fastestOf(u, long, 41);
  console.log(
    `  a 4,000-char message:           ${l.toFixed(2)} ms median, ${fastest.toFixed(2)} ms fastest  (target ≤ 5 ms; CPU time ${((cpu.user + cpu.system) / 1000 / 41).toFixed(2)} ms per call)`,
  );
  for (const [name, text] of adversarial) {
    const [a] = medians(u, [text], 21);
    console.log(`  ${name.padEnd(31)} ${a.toFixed(2)} ms`);
  }
}

function main(): void {
  const root = packageRoot();
  const knowledge = path.join(root, 'knowledge');
  const started = performance.now();
  const u = createUnderstander(loadPlaceIndex(path.join(knowledge, 'places.json')), loadUnderstandingLexicon(knowledge));
  console.log(`understander built in ${(performance.now() - started).toFixed(0)} ms`);
  const dir = path.join(root, 'test', 'eval', 'understand');
  const dev = loadCases(path.join(dir, 'cases.dev.json'));
  const test = loadCases(path.join(dir, 'cases.test.json'));
  const devScore = score(dev, (t) => u.understand(t).profile);
  printScore('dev half', devScore);
  printScore('test half', score(test, (t) => u.understand(t).profile));
  if (process.argv.includes('--failures')) {
    console.log('\ndev messages not fully right:');
    for (const f of devScore.failures) {
      const show = (p: Profile) => JSON.stringify(Object.fromEntries(f.wrong.map((k) => [k, p[k]])));
      console.log(`  ${f.id} [${f.wrong.join(', ')}] ${f.text}\n      expected ${show(f.expected)}\n      got      ${show(f.got)}`);
    }
  }
  if (!process.argv.includes('--no-speed')) speed(u, dev);
}

main();
