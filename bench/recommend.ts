// npm run bench:recommend: the recommendations against a counsellor's, on the evaluation people in
// test/eval/recommend/ (people.dev.json to tune on, people.test.json held out). For each half:
//   agreement    the bot's recommended paths are a subset of the counsellor's "recommend", and not
//                empty when theirs is not (an empty "recommend" means: recommend nothing yet)
//   violations   a path the bot recommends that the counsellor ruled out ("notRecommend")
//   wouldChange  every path in the counsellor's "wouldChange" carries a whatWouldChange text
// People given in their own words as well are scored from their profile (the words are for the
// understanding benchmark). Disagreements are listed for the development half only, so the held-out
// half is seen as figures, never case by case. `--list-test` lists them for the test half too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { assess } from '../knowledge/rules/assess';
import { loadCatalogue } from '../src/catalogue/loader';
import { PathIdSchema, ProfileSchema, type Assessment, type PathId } from '../src/catalogue/schema';
import type { RulesKnowledge } from '../src/catalogue/types';
import { packageRoot } from '../src/package-root';

const PersonSchema = z.object({
  id: z.string().min(1),
  profile: ProfileSchema,
  words: z.string().optional(),
  recommend: z.array(PathIdSchema),
  notRecommend: z.array(PathIdSchema),
  wouldChange: z.partialRecord(PathIdSchema, z.string()).optional(),
  why: z.string().optional(),
});
export type EvalPerson = z.infer<typeof PersonSchema>;
const PeopleFileSchema = z.object({ people: z.array(PersonSchema).min(1) }).passthrough();

export function loadPeople(file: string): EvalPerson[] {
  const parsed = PeopleFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.people;
}

export interface PersonScore {
  id: string;
  agrees: boolean;
  violations: PathId[];
  wouldChangeExpected: number;
  wouldChangeMissing: PathId[];
  recommended: PathId[];
  expected: PathId[];
}

export function scorePerson(person: EvalPerson, assessment: Assessment): PersonScore {
  const recommended = assessment.paths.filter((p) => p.recommended).map((p) => p.id);
  const subset = recommended.every((id) => person.recommend.includes(id));
  const agrees = subset && (person.recommend.length === 0 || recommended.length > 0);
  const expectedChanges = Object.keys(person.wouldChange ?? {}) as PathId[];
  const wouldChangeMissing = expectedChanges.filter((id) => !assessment.paths.find((p) => p.id === id)?.whatWouldChange);
  return {
    id: person.id,
    agrees,
    violations: recommended.filter((id) => person.notRecommend.includes(id)),
    wouldChangeExpected: expectedChanges.length,
    wouldChangeMissing,
    recommended,
    expected: person.recommend,
  };
}

export interface HalfScore {
  people: number;
  agreement: number;
  violations: number;
  wouldChangeExpected: number;
  wouldChangePresent: number;
  scores: PersonScore[];
}

export function scoreHalf(people: readonly EvalPerson[], kb: RulesKnowledge, now: Date): HalfScore {
  const scores = people.map((person) => scorePerson(person, assess(person.profile, kb, { now })));
  const expected = scores.reduce((n, s) => n + s.wouldChangeExpected, 0);
  const missing = scores.reduce((n, s) => n + s.wouldChangeMissing.length, 0);
  return {
    people: scores.length,
    agreement: scores.filter((s) => s.agrees).length,
    violations: scores.reduce((n, s) => n + s.violations.length, 0),
    wouldChangeExpected: expected,
    wouldChangePresent: expected - missing,
    scores,
  };
}

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`);

function report(name: string, half: HalfScore, list: boolean): string[] {
  const lines = [
    `${name.padEnd(5)} ${String(half.people).padStart(6)}   ${`${half.agreement}/${half.people} (${pct(half.agreement, half.people)})`.padEnd(18)} ${String(half.violations).padStart(10)}   ${`${half.wouldChangePresent}/${half.wouldChangeExpected}`.padStart(11)}`,
  ];
  if (!list) return lines;
  for (const s of half.scores) {
    const problems: string[] = [];
    if (!s.agrees) problems.push(`recommended [${s.recommended.join(', ')}], counsellor [${s.expected.join(', ')}]`);
    if (s.violations.length > 0) problems.push(`ruled out: ${s.violations.join(', ')}`);
    if (s.wouldChangeMissing.length > 0) problems.push(`no whatWouldChange on ${s.wouldChangeMissing.join(', ')}`);
    if (problems.length > 0) lines.push(`        ${s.id}: ${problems.join('; ')}`);
  }
  return lines;
}

function main(): void {
  const root = packageRoot();
  const dir = path.join(root, 'test', 'eval', 'recommend');
  const kb = loadCatalogue(path.join(root, 'knowledge'));
  const now = new Date();
  const listTest = process.argv.includes('--list-test');
  const dev = scoreHalf(loadPeople(path.join(dir, 'people.dev.json')), kb, now);
  const test = scoreHalf(loadPeople(path.join(dir, 'people.test.json')), kb, now);
  const out = [
    'Recommendations against the counsellor (test/eval/recommend; people with words scored from their profile)',
    'half  people   agreement          violations   wouldChange',
    ...report('dev', dev, true),
    ...report('test', test, listTest),
    '',
    'Targets on the test half: agreement ≥ 90 %, 0 violations, every expected wouldChange present.',
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

if (require.main === module) main();
