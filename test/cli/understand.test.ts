// `npm run understand` as a real child process: only JSON on stdout, one object per message.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { UnderstandOutputSchema } from '../../src/cli/understand';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function runUnderstand(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Without Azure OpenAI in the environment: the rule-based reading only.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AZURE_OPENAI')));
    const child = spawn(TSX, ['src/cli/understand.ts', ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

describe('understand CLI', () => {
  it('--json prints one {text, profile, understood} object', async () => {
    const text = 'har jobba på lager i Namsos i fire år, 80 % stilling';
    const { code, stdout } = await runUnderstand(['--json', text]);
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const out = UnderstandOutputSchema.parse(JSON.parse(lines[0]));
    expect(out.text).toBe(text);
    expect(out.profile).toMatchObject({ county: 'Trøndelag', practiceYears: 4, employmentPercent: 80 });
    expect(out.understood).toContainEqual({ field: 'county', phrase: 'Namsos' });
  });

  it('--jsonl reads one message per line and writes one object per line', async () => {
    const { code, stdout } = await runUnderstand(['--jsonl'], 'for tiden mellom to jobber\n\nI live in Bodø\n');
    expect(code).toBe(0);
    const outs = stdout.split('\n').filter(Boolean).map((l) => UnderstandOutputSchema.parse(JSON.parse(l)));
    expect(outs.map((o) => o.profile)).toEqual([{ employed: false }, { county: 'Nordland' }]);
  });
});
