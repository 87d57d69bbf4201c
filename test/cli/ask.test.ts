// `npm run ask` as a real child process: exactly one JSON object on stdout, nothing else.
import { AskResultSchema } from '../../src/catalogue/schema';
import { runCliScript, type CliRun } from '../support/cli';

const runAsk = (args: string[], stdin?: string): Promise<CliRun> => runCliScript('src/cli/ask.ts', args, { stdin });

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
    // Two child processes one after the other, each building the whole answering stack.
  }, 60_000);

  it('--jsonl answers one question per line and skips blank lines', async () => {
    const { code, stdout } = await runAsk(['--jsonl'], 'Hva er Haugalandsmodellen?\n\nHva er oppskriften på pannekaker?\n');
    expect(code).toBe(0);
    const results = stdout.trim().split('\n').map((l) => AskResultSchema.parse(JSON.parse(l)));
    expect(results.map((r) => r.question)).toEqual(['Hva er Haugalandsmodellen?', 'Hva er oppskriften på pannekaker?']);
    expect(results[0].citations.length).toBeGreaterThan(0);
    expect(results[1].citations).toEqual([]);
  });

  it('--jsonl answers the questions of issue 10 with what they ask for', async () => {
    const cases: Array<[string, RegExp, boolean]> = [
      ['Hvor mange års praksis må man ha for å gå opp som praksiskandidat?', /25 % lengre.*5 år|5 år.*25 %/su, false],
      ['Jeg jobber 60 % i Trondheim. Holder det for å ta fagbrev på jobb?', /^Nei[\s\S]*80 %/u, false],
      ['Hvor mange har fått jobb gjennom Trøndelagsmodellen?', /408/u, false],
      ['hvor kan jeg få gratis karriereveiledning?', /karrieresentre/u, false],
      ['Jeg er 58 og vil omskolere meg. Hvem kan jeg snakke med?', /karrieresentre/u, false],
      ['Hva trenger jeg for å komme inn på fagskole?', /fag- eller svennebrev[\s\S]*realkompetanse/u, false],
      ['Hva koster Batterifagskolen?', /^Hva det koster, står ikke i kildene mine/u, true],
    ];
    const { code, stdout } = await runAsk(['--jsonl'], `${cases.map(([q]) => q).join('\n')}\n`);
    expect(code).toBe(0);
    const results = stdout.trim().split('\n').map((l) => AskResultSchema.parse(JSON.parse(l)));
    expect(results.map((r) => r.question)).toEqual(cases.map(([q]) => q));
    results.forEach((r, i) => {
      const [question, expected, gap] = cases[i];
      expect({ question, answer: r.answer, matches: expected.test(r.answer) }).toMatchObject({ question, matches: true });
      expect({ question, gap: r.gap === true }).toEqual({ question, gap });
      expect(r.citations.length).toBeGreaterThan(0);
    });
  });

  it('--lang en answers in English', async () => {
    const { stdout } = await runAsk(['--json', '--lang', 'en', 'Hva er Batterifagskolen?']);
    const result = AskResultSchema.parse(JSON.parse(stdout));
    expect(result.lang).toBe('en');
    expect(result.answer).toMatch(/Batterifagskolen is/u);
  });

  it('prints a readable answer without flags', async () => {
    const { code, stdout } = await runAsk(['Hva', 'er', 'Haugalandsmodellen?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^På Haugalandet i Rogaland .* \[1\]\./u);
    expect(stdout).toMatch(/\[1\] Kilde: BattKOMP 3 \(Norsk Industri, 2022\), linje \d+/u);
    expect(() => JSON.parse(stdout)).toThrow();
  });

  it('prints an English answer\'s report sources with English line numbers, said once to be in Norwegian', async () => {
    const { code, stdout } = await runAsk(['--lang', 'en', 'What is the Haugalandet model?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\[1\] Source \(in Norwegian\): BattKOMP 3 \(Norsk Industri, 2022\), lines? \d+/u);
    expect(stdout).not.toMatch(/linje|– in Norwegian/u);
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
