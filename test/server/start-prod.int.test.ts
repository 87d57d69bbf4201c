// The compiled production start, from what a clean clone holds: only the files git tracks (no dist/,
// no .data/), `npm run build`, then `npm run start:prod`'s command with plain node (no tsx), started
// from another working directory. It must find knowledge/ and the web assets, serve /healthz and
// answer a question with its sources. Slow (a full tsc build), hence an integration test.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AskResultSchema } from '../../src/catalogue/schema';
import { REPO_ROOT, startBotProcess, type BotProcess } from '../support/bot-process';

const PackageScripts = z.object({ scripts: z.record(z.string(), z.string()) });

let clone: string;
let bot: BotProcess | undefined;

beforeAll(() => {
  clone = mkdtempSync(path.join(tmpdir(), 'veiviser-clone-'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) {
    mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
    cpSync(path.join(REPO_ROOT, file), path.join(clone, file));
  }
  // Stands in for `npm ci` (the packages are the same).
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(clone, 'node_modules'));
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: clone, stdio: 'pipe' });
}, 180_000);

afterAll(async () => {
  await bot?.stop();
  rmSync(clone, { recursive: true, force: true });
});

test('start:prod runs the compiled server with plain node', () => {
  const { scripts } = PackageScripts.parse(JSON.parse(readFileSync(path.join(clone, 'package.json'), 'utf8')));
  expect(scripts['start:prod']).toMatch(/^node( --\S+)* dist\/src\/index\.js$/);
});

test('the compiled server serves /healthz, the chat page and answers a question with sources', async () => {
  bot = await startBotProcess({ cwd: tmpdir(), entry: path.join(clone, 'dist/src/index.js'), runner: 'node' });
  expect(await bot.get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
  expect((await bot.get('/')).status).toBe(200);
  expect((await bot.get('/embed.js')).status).toBe(200);

  const res = await fetch(`${bot.url}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question: 'Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?' }),
  });
  expect(res.status).toBe(200);
  const answer = AskResultSchema.parse(await res.json());
  expect(answer.citations.length).toBeGreaterThan(0);
  expect(answer.citations.some((c) => c.source === '002_373d7c6cf6bd4a35.txt')).toBe(true);

  const turn = await bot.say({ conversationId: 'prod-1', text: 'Hva er Batterifagskolen?' });
  expect(turn.texts.join('\n')).toMatch(/\[1\] Kilde: /);
}, 120_000);
