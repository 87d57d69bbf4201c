// npm run recommend: JSON out for machines, the case-note text for counsellors (bokmål or English), exit 2 on bad input.
import { spawnSync } from 'node:child_process';
import { AssessmentSchema } from '../../src/catalogue/schema';
import { ROOT, TSX } from '../support/cli';

const run = (args: string[], input?: string) =>
  spawnSync(TSX, ['src/cli/recommend.ts', ...args], { cwd: ROOT, encoding: 'utf8', input });

test('--json prints only the Assessment JSON', () => {
  const out = run(['--json', '{"county":"Trøndelag","employed":false,"navJobSeeker":true}']);
  expect(out.status).toBe(0);
  const assessment = AssessmentSchema.parse(JSON.parse(out.stdout));
  expect(assessment.paths[0]).toMatchObject({ id: 'trondelagsmodellen', status: 'eligible', recommended: true, why: expect.stringMatching(/jobbsøker i NAV i Trøndelag/) });
  expect(assessment.paths.find((p) => p.id === 'fagbrev-paa-jobb')?.whatWouldChange).toMatch(/Med minst 80 % stilling i en godkjent lærebedrift/);
});

test('the profile can come on stdin', () => {
  const out = run(['--json'], '{"hasTradeCertificate":true,"interests":["batteri"]}');
  expect(out.status).toBe(0);
  expect(JSON.parse(out.stdout).offers[0].id).toBe('batterifagskolen');
});

test.each([
  ['not JSON', ['--json', '{county: Trøndelag}'], /not valid JSON/],
  ['a wrong type', ['--json', '{"county":5}'], /county: Invalid input/],
  ['an unknown field', ['--json', '{"fylke":"Trøndelag"}'], /not valid/],
  ['no profile at all', ['--json'], /give the profile as JSON/],
])('exit 2 and a clear message for %s', (_name, args, message) => {
  const out = run(args, '');
  expect(out.status).toBe(2);
  expect(out.stdout).toBe('');
  expect(out.stderr).toMatch(message);
});

test('without --json: the case-note text, with verdicts, why, sources and next steps', () => {
  const out = run(['--now', '2025-01-15', '{"county":"Trøndelag","employed":true,"employmentPercent":100,"practiceYears":3,"completedPrimarySchool":true}']);
  expect(out.status).toBe(0);
  expect(out.stdout).toMatch(/^KANDIDATVURDERING \(Veiviser\)\nOpplysninger: 3 års praksis, 100 % stilling, bor i Trøndelag/);
  expect(out.stdout).toMatch(/\nFagbrev på jobb: Passer \(anbefalt\)\n- Hvorfor anbefalt: Du er i jobb og har praksis/);
  expect(out.stdout).toMatch(/\[Trøndelag fylkeskommune: Fagbrev på jobb \(www\.trondelagfylke\.no\), https:\/\/www\.trondelagfylke\.no\//);
  expect(out.stdout).toMatch(/\nPraksiskandidat: Passer ikke nå\n[\s\S]*?- Dette kan endre vurderingen: Om lag 2 år til i full stilling/);
  expect(out.stdout).toMatch(/\[BattKOMP 3 \(Norsk Industri, 2022\), linje \d+(?:–\d+)?\]/);
  expect(out.stdout).toMatch(/- Neste steg:/);
  expect(out.stdout).toMatch(/Kontakt:\n- /);
  expect(out.stdout).toMatch(/fylkeskommunen eller karrieresenteret/);
});

test('--lang en: the reasons and the text in English, for JSON and for the case notes', () => {
  const profile = '{"county":"Nordland","employed":true,"employmentPercent":70,"practiceYears":6,"practicePercent":70}';
  const json = run(['--json', '--lang', 'en', profile]);
  expect(json.status).toBe(0);
  const assessment = AssessmentSchema.parse(JSON.parse(json.stdout));
  const praksis = assessment.paths.find((p) => p.id === 'praksiskandidat');
  expect(praksis?.reasons.map((r) => r.text).join(' ')).toMatch(/counts as about 6 years at full time/);
  const text = run(['--lang', 'en', profile]);
  expect(text.status).toBe(0);
  expect(text.stdout).toMatch(/^CANDIDATE ASSESSMENT \(Veiviser\)/);
  expect(text.stdout).not.toMatch(/Passer|Hvorfor|Neste steg/);
  expect(run(['--lang', 'se', profile]).status).toBe(2);
});
