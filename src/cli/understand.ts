// What Veiviser understands of a message about a person, from the command line, without a server.
//
//   npm run --silent understand -- --json "Jeg er 34 og jobber 80 % på lager i Namsos"   one JSON object
//   npm run --silent understand -- --jsonl < messages.txt                               one JSON object per line
//   npm run --silent understand -- "Jeg er 34 …"                                         readable summary
//
// Each JSON object is {text, profile, understood}: the Profile and, for each field, the words it was
// read from. Options: --knowledge-dir <dir>. stdout carries only the output; errors go to stderr.
import path from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { ProfileSchema, PROFILE_FIELDS } from '../catalogue/schema';
import { loadPlaceIndex } from '../catalogue/places';
import { loadUnderstandingLexicon } from '../catalogue/lexicon';
import { loadConfig } from '../config';
import { createUnderstander, type Understander } from '../nlu';
import { nb } from '../text/nb';
import { describeProfile } from '../text/profile-summary';
import { createLlmProfileReader, type LlmProfileReader } from '../nlu/llm-profile';
import { HelpRequested, parseOrExit, runCli, writeLine as write } from './run';

type Mode = 'json' | 'jsonl' | 'human';

const USAGE = [
  'Bruk: npm run --silent understand -- [--json | --jsonl] [--knowledge-dir <mappe>] "tekst"',
  '  --json    skriv ett JSON-objekt {text, profile, understood}',
  '  --jsonl   les én melding per linje fra stdin, skriv ett JSON-objekt per linje',
].join('\n');

export const UnderstandOutputSchema = z
  .object({
    text: z.string(),
    profile: ProfileSchema,
    understood: z.array(z.object({ field: z.enum(PROFILE_FIELDS as [string, ...string[]]), phrase: z.string() }).strict()),
  })
  .strict();
export type UnderstandOutput = z.infer<typeof UnderstandOutputSchema>;


function parseArgs(argv: readonly string[]): { mode: Mode; text: string; knowledgeDir?: string } {
  let mode: Mode = 'human';
  let knowledgeDir: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') mode = 'json';
    else if (a === '--jsonl') mode = 'jsonl';
    else if (a === '--knowledge-dir') {
      knowledgeDir = argv[++i];
      if (!knowledgeDir) throw new Error('--knowledge-dir trenger en mappe');
    } else if (a === '--help' || a === '-h') throw new HelpRequested(USAGE);
    else if (a !== '--') words.push(a);
  }
  return { mode, text: words.join(' '), knowledgeDir };
}

export async function understandOne(understander: Understander, text: string, llm?: LlmProfileReader): Promise<UnderstandOutput> {
  const ruleBased = understander.understand(text);
  const { profile, understood } = llm ? await llm(text, ruleBased) : ruleBased;
  return UnderstandOutputSchema.parse({ text, profile, understood });
}


export async function main(argv: readonly string[]): Promise<number> {
  const parsed = await parseOrExit(() => parseArgs(argv));
  if ('code' in parsed) return parsed.code;
  const { args } = parsed;
  const config = loadConfig();
  const knowledgeDir = args.knowledgeDir ?? config.knowledgeDir;
  const lexicon = loadUnderstandingLexicon(knowledgeDir);
  const understander = createUnderstander(loadPlaceIndex(path.join(knowledgeDir, 'places.json')), lexicon);
  // With Azure OpenAI configured, the model fills what the rules leave unknown (as in the bot).
  const llm = config.azureOpenAI
    ? createLlmProfileReader({ ...config.azureOpenAI, trades: lexicon.trades.trades.map((t) => t.name), interests: lexicon.interests.interests.map((i) => i.name) })
    : undefined;
  if (args.mode === 'jsonl') {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) if (line.trim()) await write(JSON.stringify(await understandOne(understander, line, llm)));
    return 0;
  }
  const result = await understandOne(understander, args.text, llm);
  if (args.mode === 'json') await write(JSON.stringify(result));
  else await write([describeProfile(result.profile, nb), ...result.understood.map((u) => `  ${u.field}: «${u.phrase}»`)].join('\n'));
  return 0;
}

if (require.main === module) runCli('understand', main);
