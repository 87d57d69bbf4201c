// npm run feedback:report [-- --file PATH] [--recent N] [--json]
// Summarises 👍/👎 feedback: totals, per source report, most recent comments (already redacted).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../config';
import { DEFAULT_FEEDBACK_FILE, parseFeedbackLines } from '../feedback/store';
import { formatSummary, summariseFeedback } from '../feedback/report';
import { ManifestSchema } from '../knowledge/schema';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/sources';

const ArgsSchema = z.object({
  file: z.string().min(1).optional(),
  recent: z.coerce.number().int().min(0).max(1000).default(10),
  json: z.boolean().default(false),
});

function parseArgs(argv: string[]): z.infer<typeof ArgsSchema> {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') raw.json = true;
    else if (arg === '--file' || arg === '--recent') raw[arg.slice(2)] = argv[++i];
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('Bruk: npm run feedback:report -- [--file FIL] [--recent N] [--json]\n');
      process.exit(0);
    } else throw new Error(`Ukjent argument: ${arg}`);
  }
  const parsed = ArgsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

function reportTitles(knowledgeDir: string): Map<string, string> {
  try {
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(knowledgeDir, 'manifest.json'), 'utf8')));
    return new Map(manifest.sources.map((s) => [s.file, s.shortTitle]));
  } catch {
    return new Map();
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const file = args.file ?? config.feedbackFile ?? DEFAULT_FEEDBACK_FILE;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const { records, skipped } = parseFeedbackLines(text);
  const summary = summariseFeedback(records, {
    recent: args.recent,
    titles: reportTitles(config.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR),
  });
  if (args.json) process.stdout.write(JSON.stringify({ file, skipped, ...summary }, null, 2) + '\n');
  else process.stdout.write(formatSummary(summary, file, skipped));
}

try {
  main();
} catch (err) {
  process.stderr.write(`feedback:report: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
