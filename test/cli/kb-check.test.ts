// npm run kb:check: passes on the real knowledge, fails loudly on a corrupted copy.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkKnowledge, defaultKbCheckOptions } from '../../src/cli/kb-check';
import { ROOT, TSX } from '../support/cli';


function corruptedCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'veiviser-kbcheck-'));
  cpSync(path.join(ROOT, 'knowledge'), dir, { recursive: true });
  return dir;
}

function editJson(file: string, change: (data: Record<string, unknown>[]) => void): void {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
  change(data);
  writeFileSync(file, JSON.stringify(data));
}

/** Changes the offers in knowledge/offers.json of a copy. */
function editOffers(dir: string, change: (offers: Record<string, unknown>[]) => void): void {
  const file = path.join(dir, 'offers.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { offers: Record<string, unknown>[] };
  change(data.offers);
  writeFileSync(file, JSON.stringify(data));
}

test('the real knowledge passes every check', () => {
  const report = checkKnowledge(defaultKbCheckOptions());
  expect(report.errors).toEqual([]);
  expect(report.counts.citations).toBeGreaterThan(100);
  expect(report.counts.reasonsChecked).toBeGreaterThan(100);
  // Every probe profile is assessed in English too, reason for reason.
  expect(report.counts.englishReasonsChecked).toBe(report.counts.reasonsChecked);
});

/** Changes knowledge/paths/<id>.json of a copy. */
function editPath(dir: string, id: string, change: (data: { variants: { conditions: Record<string, unknown>[] }[] }) => void): void {
  const file = path.join(dir, 'paths', `${id}.json`);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { variants: { conditions: Record<string, unknown>[] }[] };
  change(data);
  writeFileSync(file, JSON.stringify(data));
}

describe('a corrupted copy', () => {
  let dir: string;
  beforeEach(() => {
    dir = corruptedCopy();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a condition without its English text is refused by the schema, naming the file', () => {
    editPath(dir, 'praksiskandidat', (data) => {
      delete data.variants[0]?.conditions[0]?.textEn;
    });
    const report = checkKnowledge({ ...defaultKbCheckOptions(), knowledgeDir: dir });
    expect(report.errors.join('\n')).toMatch(/paths\/praksiskandidat\.json.*textEn/su);
  });

  test('an English text left in bokmål is reported for the probe profiles that get it', () => {
    editPath(dir, 'praksiskandidat', (data) => {
      const condition = data.variants[0]?.conditions[0];
      if (!condition) throw new Error('no praksistid condition');
      condition.textEn = condition.text;
    });
    const report = checkKnowledge({ ...defaultKbCheckOptions(), knowledgeDir: dir });
    expect(report.errors.length).toBeGreaterThan(0);
    expect(report.errors.every((e) => /English\): praksiskandidat text is still bokmål: "Praksisen må være 25 %/u.test(e))).toBe(true);
  });

  test('a changed quote is reported with its file and entry', () => {
    editOffers(dir, (offers) => {
      const eyde = offers.find((o) => o.id === 'eyde-leder');
      if (!eyde) throw new Error('no eyde-leder offer');
      eyde.citation = { ...(eyde.citation as object), quote: 'Eyde-klyngen har lagt ned alle lederprogrammene sine.' };
    });
    const report = checkKnowledge({ ...defaultKbCheckOptions(), knowledgeDir: dir });
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatch(/^knowledge\/offers\.json "eyde-leder": quote not found in 000_def992d1852a3a44\.txt lines \d+–\d+/);
  });

  test('an offered topic without facts is reported', () => {
    const file = path.join(dir, 'facts', 'trondelag-strategi.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { facts: Array<Record<string, unknown>> };
    writeFileSync(file, JSON.stringify({ facts: data.facts.filter((f) => f.topic !== 'kompetanseprove') }));
    const report = checkKnowledge({ ...defaultKbCheckOptions(), knowledgeDir: dir });
    expect(report.errors).toEqual(['knowledge/lexicon/topics.json: topic "kompetanseprove" is offered but no fact in knowledge/facts/ is about it']);
  });

  test('a line range moved off its quote is reported', () => {
    editJson(path.join(dir, 'contacts.json'), (contacts) => {
      const c = contacts.find((x) => x.id === 'karriere-agder');
      if (!c) throw new Error('no karriere-agder contact');
      c.citation = { ...(c.citation as object), lines: [1, 5] };
    });
    const report = checkKnowledge({ ...defaultKbCheckOptions(), knowledgeDir: dir });
    expect(report.errors.join('\n')).toMatch(/contacts\.json "karriere-agder": quote not found .* lines 1–5 \(it is at lines 1323–1323\)/);
  });

  test('a source that is no longer byte-identical to ../shared/sources is reported', () => {
    // A pristine copy stands in for ../shared/sources, which a clone without shared/ beside it lacks.
    const shared = mkdtempSync(path.join(tmpdir(), 'veiviser-shared-'));
    cpSync(path.join(ROOT, 'knowledge', 'sources'), shared, { recursive: true });
    const file = path.join(dir, 'sources', '003_b556760ee86fd2b4.txt');
    chmodSync(file, 0o644);
    writeFileSync(file, `${readFileSync(file, 'utf8')} `);
    const report = checkKnowledge({ knowledgeDir: dir, sharedSourcesDir: shared });
    expect(report.errors.join('\n')).toMatch(/knowledge\/sources\/003_b556760ee86fd2b4\.txt: differs from/);
    rmSync(shared, { recursive: true, force: true });
  });

  test('without ../shared/sources the comparison is skipped with a note', () => {
    const report = checkKnowledge({ knowledgeDir: dir, sharedSourcesDir: path.join(dir, 'does-not-exist') });
    expect(report.errors).toEqual([]);
    expect(report.notes.join()).toMatch(/skipped the byte-for-byte comparison/);
  });

  test('an offer whose sourceYear disagrees with the manifest is reported', () => {
    editOffers(dir, (offers) => {
      const o = offers.find((x) => x.id === 'namdal-studiesenter');
      if (o) o.sourceYear = 2019;
    });
    const report = checkKnowledge({ ...defaultKbCheckOptions(), knowledgeDir: dir });
    expect(report.errors.join('\n')).toMatch(/offers\.json "namdal-studiesenter": sourceYear 2019 but the manifest year .* is 2023/);
  });

  test('the CLI exits 1 and names the bad entry on stderr', () => {
    const file = path.join(dir, 'facts', 'public-rules.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { facts: Array<Record<string, unknown>> };
    const f = data.facts.find((x) => x.id === 'fpj-nasjonal-malgruppe');
    if (f) f.alsoIn = { ...(f.alsoIn as object), quote: 'Målgruppen er alle voksne uansett bakgrunn.' };
    writeFileSync(file, JSON.stringify(data));
    const run = spawnSync(TSX, ['src/cli/kb-check.ts', '--knowledge', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/kb:check FAILED/);
    expect(run.stderr).toMatch(/facts "fpj-nasjonal-malgruppe" alsoIn: quote not found/);
  });
});

test('the CLI passes on the real knowledge', () => {
  const run = spawnSync(TSX, ['src/cli/kb-check.ts'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/✔ kb:check OK/);
});

test('a condition without a check in its rule file is reported', () => {
  const dir = corruptedCopy();
  try {
    const file = path.join(dir, 'paths', 'kompetanseprove.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { variants: { conditions: Record<string, unknown>[] }[] };
    const first = data.variants[0]?.conditions[0];
    if (!first) throw new Error('no condition');
    data.variants[0]?.conditions.push({ ...first, id: 'ny-regel' });
    writeFileSync(file, JSON.stringify(data));
    const report = checkKnowledge({ ...defaultKbCheckOptions(), knowledgeDir: dir });
    expect(report.errors.join('\n')).toMatch(/paths\/kompetanseprove\.json national condition "ny-regel": knowledge\/rules\/kompetanseprove\.ts has no check for it/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a condition whose number is missing from its params is reported, not replaced by a default', () => {
  const dir = corruptedCopy();
  try {
    const file = path.join(dir, 'paths', 'fagbrev-paa-jobb.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { variants: { county: string | null; conditions: { id: string; params?: Record<string, number> }[] }[] };
    const stilling = data.variants.find((v) => v.county === 'Trøndelag')?.conditions.find((c) => c.id === 'stilling');
    if (!stilling) throw new Error('no Trøndelag "stilling" condition');
    delete stilling.params;
    writeFileSync(file, JSON.stringify(data));
    const report = checkKnowledge({ ...defaultKbCheckOptions(), knowledgeDir: dir });
    expect(report.errors.join('\n')).toMatch(/assess\(.*"county":"Trøndelag".*\) failed: condition "stilling" needs "params": \{ "minPercent": … \}/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
