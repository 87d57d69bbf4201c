// npm run feedback:report [-- --file PATH] [--recent N] [--json]
// Summarises 👍/👎 feedback: totals, per source report, most recent comments (already redacted).
// Reads Redis when REDIS_URL is set (where the bot then keeps feedback), unless --file is given.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { loadConfig } from '../config';
import { createLogger } from '../log';
import { RedisFeedbackStore } from '../feedback/redis-store';
import { DEFAULT_FEEDBACK_FILE, parseFeedbackLines, type ReadResult } from '../feedback/store';
import { createStateRedis, whenReady } from '../state/redis-client';
import { feedbackKeyPrefix } from '../state/keys';
import { formatSummary, summariseFeedback } from '../feedback/report';
import { loadManifest } from '../catalogue/sources';

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
    return new Map(loadManifest(knowledgeDir).map((s) => [s.file, s.shortTitle]));
  } catch {
    return new Map();
  }
}

const CONNECT_TIMEOUT_MS = 10_000;

/** The URL without its password, for the header and error messages. */
function redisLabel(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'redis';
  }
}

async function readRedis(redis: { url: string; keyPrefix: string; cluster?: boolean }): Promise<ReadResult> {
  const { url, keyPrefix, cluster = false } = redis;
  // Silent: a connection problem becomes the one-line error below, not log lines.
  const client = createStateRedis(redis, createLogger('silent'), { commandTimeoutMs: 10_000 });
  try {
    await whenReady(client, { timeoutMs: CONNECT_TIMEOUT_MS, failOnError: true });
    return await new RedisFeedbackStore(client, feedbackKeyPrefix(keyPrefix, cluster)).read();
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new Error(`kunne ikke lese tilbakemeldinger fra Redis ${redisLabel(url)}: ${detail}`);
  } finally {
    await client.quit().catch(() => client.disconnect());
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  let source: string;
  let where: Record<string, unknown>;
  let read: ReadResult;
  if (config.redis && args.file === undefined) {
    const { url, keyPrefix } = config.redis;
    source = `redis ${redisLabel(url)} (prefix ${keyPrefix})`;
    where = { redis: { url: redisLabel(url), keyPrefix } };
    read = await readRedis(config.redis);
  } else {
    const file = args.file ?? config.feedbackFile ?? DEFAULT_FEEDBACK_FILE;
    source = file;
    where = { file };
    read = parseFeedbackLines(existsSync(file) ? readFileSync(file, 'utf8') : '');
  }
  const { records, skipped } = read;
  const summary = summariseFeedback(records, {
    recent: args.recent,
    titles: reportTitles(config.knowledgeDir),
  });
  if (args.json) process.stdout.write(JSON.stringify({ ...where, skipped, ...summary }, null, 2) + '\n');
  else process.stdout.write(formatSummary(summary, source, skipped));
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`feedback:report: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(1);
});
