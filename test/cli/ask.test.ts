// `npm run ask` as a real child process: exactly one JSON object on stdout, nothing else.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { AskResultSchema } from '../../src/catalogue/schema';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function runAsk(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['src/cli/ask.ts', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

describe('ask CLI', () => {
  it('--json prints exactly one AskResult citing BattKOMP 3 lines 773–797', async () => {
    const q = 'Kan jeg ta fagbrev på jobb hvis jeg er arbeidsledig?';
    const { code, stdout } = await runAsk(['--json', q]);
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(1);
    const result = AskResultSchema.parse(JSON.parse(lines[0]));
    expect(result.question).toBe(q);
    expect(
      result.citations.some(
        (c) => c.source === '002_373d7c6cf6bd4a35.txt' && c.lines !== undefined && c.lines[0] <= 797 && c.lines[1] >= 773,
      ),
    ).toBe(true);
  });

  it('--json refuses questions outside the knowledge base with empty citations', async () => {
    for (const q of ['Hva er oppskriften på pannekaker?', 'Hvem vant fotball-VM i 2018?']) {
      const { code, stdout } = await runAsk(['--json', q]);
      expect(code).toBe(0);
      const result = AskResultSchema.parse(JSON.parse(stdout));
      expect(result.citations).toEqual([]);
      expect(result.answer).toMatch(/^Det finner jeg ikke i kunnskapsgrunnlaget mitt/u);
    }
  });

  it('--jsonl answers one question per line and skips blank lines', async () => {
    const { code, stdout } = await runAsk(['--jsonl'], 'Hva er Haugalandsmodellen?\n\nHva er oppskriften på pannekaker?\n');
    expect(code).toBe(0);
    const results = stdout.trim().split('\n').map((l) => AskResultSchema.parse(JSON.parse(l)));
    expect(results.map((r) => r.question)).toEqual(['Hva er Haugalandsmodellen?', 'Hva er oppskriften på pannekaker?']);
    expect(results[0].citations.length).toBeGreaterThan(0);
    expect(results[1].citations).toEqual([]);
  });

  it('prints a readable answer without flags', async () => {
    const { code, stdout } = await runAsk(['Hva', 'er', 'Haugalandsmodellen?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Dette står i kildene mine:/u);
    expect(stdout).toMatch(/\[1\] Kilde: BattKOMP 3/u);
    expect(() => JSON.parse(stdout)).toThrow();
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const { code, stdout, stderr } = await runAsk(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Bruk: npm run --silent ask/u);
    expect(stderr).toBe('');
  });

  it('exits with 2 and usage on stderr for a bad option', async () => {
    const { code, stdout, stderr } = await runAsk(['--knowledge-dir']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/knowledge-dir/u);
  });
});
