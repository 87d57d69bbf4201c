// `npm start` as a user runs it: a real process, no configuration.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function run(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, ['src/index.ts'], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('start-up', () => {
  it('refuses to start in production without credentials, with a clear message', async () => {
    const { code, stderr } = await run({ NODE_ENV: 'production' });
    expect(code).toBe(1);
    expect(stderr).toContain('MicrosoftAppId');
  });

  it('stops on a bad value, naming the variable', async () => {
    const { code, stderr } = await run({ PORT: 'tre' });
    expect(code).toBe(1);
    expect(stderr).toContain('PORT');
  });
});
