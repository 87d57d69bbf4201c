// `npm run understand` as a real child process: only JSON on stdout, one object per message.
import { UnderstandOutputSchema } from '../../src/cli/understand';
import { runCliScript, type CliRun } from '../support/cli';

// Without Azure OpenAI in the environment: the rule-based reading only.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AZURE_OPENAI')));
const runUnderstand = (args: string[], stdin?: string): Promise<CliRun> => runCliScript('src/cli/understand.ts', args, { stdin, env });

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
