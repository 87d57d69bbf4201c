// An assessment of a profile given as data, from the command line, without a server.
//
//   npm run --silent recommend -- --json '<profile JSON>'   the Assessment as JSON (stdout: only JSON)
//   npm run --silent recommend -- '<profile JSON>'          the case-note text a counsellor pastes (as in Teams)
//
// The profile can also come on stdin. Options: --lang nb|en (the language of the reasons and the
// text; default bokmål), --now YYYY-MM-DD (fixes "today" for the texts).
// Exit codes: 0 ok, 2 bad input (not JSON, or not a valid Profile), 1 the knowledge could not be loaded.
import { readFileSync } from 'node:fs';
import { loadCatalogue } from '../catalogue/loader';
import { ProfileSchema, type Profile } from '../catalogue/schema';
import { loadManifest } from '../catalogue/sources';
import { loadConfig } from '../config';
import { assessProfile } from '../counsellor/assess-candidate';
import { assessmentServices } from '../counsellor/services';
import { createCitationFormatter } from '../replies/citations';
import { DEFAULT_LANG, LangSchema, texts, type Lang } from '../text';
import { counsellorText } from '../../dialogs/counsellor-card';
import { HelpRequested, parseOrExit, runCli, writeLine } from './run';

const USAGE = [
  "Bruk: npm run --silent recommend -- [--json] [--lang nb|en] [--now ÅÅÅÅ-MM-DD] '<profil som JSON>'",
  '  --json    skriv vurderingen som JSON (ellers teksten til saksnotater)',
  '  --lang    språket i begrunnelsene og teksten (nb eller en; standard nb)',
  '  --now     dagens dato for tekstene som avhenger av den',
  'Profilen kan også komme på stdin.',
].join('\n');

interface Args {
  json: boolean;
  lang: Lang;
  now?: Date;
  text: string;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, lang: DEFAULT_LANG, text: '' };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--lang') {
      const lang = LangSchema.safeParse(argv[++i]);
      if (!lang.success) throw new Error(`recommend: --lang must be one of ${LangSchema.options.join(', ')}`);
      args.lang = lang.data;
    } else if (a === '--now') {
      const value = argv[++i];
      const now = new Date(`${value}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value ?? '') || Number.isNaN(now.getTime())) throw new Error(`recommend: --now must be a date like 2025-01-31, not "${value ?? ''}"`);
      args.now = now;
    } else if (a === '--help' || a === '-h') throw new HelpRequested(USAGE);
    else if (a !== '--') words.push(a);
  }
  args.text = words.join(' ');
  return args;
}

export function parseProfile(text: string): Profile {
  if (text.trim() === '') throw new Error('recommend: give the profile as JSON, e.g. --json \'{"county":"Trøndelag","employed":true}\'');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`recommend: the profile is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(profile)'}: ${i.message}`).join('; ');
    throw new Error(`recommend: the profile is not valid: ${issues}`);
  }
  return parsed.data;
}

async function main(argv: string[]): Promise<number> {
  const parsed = await parseOrExit(() => {
    const args = parseArgs(argv);
    const text = args.text !== '' || process.stdin.isTTY ? args.text : readFileSync(0, 'utf8');
    return { ...args, profile: parseProfile(text) };
  });
  if ('code' in parsed) return parsed.code;
  const { json, lang, now, profile } = parsed.args;

  const { knowledgeDir } = loadConfig();
  const catalogue = loadCatalogue(knowledgeDir);
  const result = assessProfile(profile, assessmentServices(catalogue, now ? { now } : {}), lang);
  if (json) {
    await writeLine(JSON.stringify(result.assessment));
    return 0;
  }
  await writeLine(counsellorText(result, createCitationFormatter(loadManifest(knowledgeDir)), texts(lang)));
  return 0;
}

if (require.main === module) runCli('recommend', main);
