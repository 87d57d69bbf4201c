// Load as people make it: N simulated users (bench/load-client.ts), each its own HTTP client, each
// going through whole visits (guided assessment, a question, the course finder) over the real
// POST /api/messages and waiting 1–3 s between messages, for a fixed time, with memory and with
// Redis state. Prints throughput, p50/p95/p99, failures, turns the state lost, the bot's RSS and
// Redis' memory; then a run without waiting that raises the number of users until p95 passes
// 200 ms. Rate limits stay on (the bot's defaults); every visit is a person with its own client
// address in X-Forwarded-For, and the bot runs with TRUST_PROXY=1 as behind App Service's front end.
//
//   npm run bench:load [-- --users 200 --seconds 60 --state memory,redis --no-ramp]
//   npm run bench:load -- --soak [--minutes 10 --state memory]   RSS after the first minute vs the end
//   npm run bench:load -- --faults                                Redis restart, LLM killed, SIGTERM
//   npm run bench:load -- --flood 170000 [--cap 20000]            that many one-message conversations
//                                                                 (memory state): RSS before and after
//
// Starts its own redis-server and bot processes on free loopback ports (no LLM unless --faults).
// Exit code 1 when a target is missed.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { messageActivity, startBotProcess, waitForReadyz, type BotProcess } from '../test/support/bot-process';
import { startRedisServer, type RedisServer } from '../test/support/redis-server';
import { inspector } from '../test/support/redis-helpers';
import { runFaults } from './load-faults';
import { formatFailures, heapAfterGcMb, lostTurns, mb, ms, redisMemoryMb, rssMb, runCrowd, summarise } from './load-run';

type StateKind = 'memory' | 'redis';

interface Args {
  users: number;
  seconds: number;
  states: StateKind[];
  ramp: boolean;
  soak: boolean;
  minutes: number;
  faults: boolean;
  flood: number;
  /** STATE_MEMORY_MAX_ITEMS for --flood (default: the bot's default). */
  cap?: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { users: 200, seconds: 60, states: ['memory', 'redis'], ramp: true, soak: false, minutes: 10, faults: false, flood: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--users') args.users = Number(argv[++i]);
    else if (a === '--seconds') args.seconds = Number(argv[++i]);
    else if (a === '--minutes') args.minutes = Number(argv[++i]);
    else if (a === '--no-ramp') args.ramp = false;
    else if (a === '--soak') args.soak = true;
    else if (a === '--faults') args.faults = true;
    else if (a === '--flood') args.flood = Number(argv[++i]);
    else if (a === '--cap') args.cap = Number(argv[++i]);
    else if (a === '--state') {
      const states = argv[++i].split(',');
      if (!states.every((s): s is StateKind => s === 'memory' || s === 'redis')) throw new Error('--state is memory, redis or memory,redis');
      args.states = states;
    } else throw new Error(`unknown option ${a}`);
  }
  if (args.soak && !argv.includes('--state')) args.states = ['memory'];
  if (!(args.users >= 1) || !(args.seconds > 0) || !(args.minutes > 0)) throw new Error('--users, --seconds and --minutes must be positive');
  return args;
}

const PREFIX = 'load:';
const THINK: readonly [number, number] = [1000, 3000];
const TARGET_P95: Record<StateKind, number> = { memory: 100, redis: 150 };
const out = (line = '') => process.stdout.write(line + '\n');
const progress = (line: string) => process.stderr.write(line + '\n');

interface Target {
  bot: BotProcess;
  redis?: RedisServer;
  raw?: Redis;
  stop(): Promise<void>;
}

async function startTarget(state: StateKind, env: Record<string, string> = {}): Promise<Target> {
  const redis = state === 'redis' ? await startRedisServer() : undefined;
  const bot = await startBotProcess({
    logLevel: 'error',
    ...(redis ? { redisUrl: redis.url } : {}),
    env: { REDIS_KEY_PREFIX: PREFIX, TRUST_PROXY: '1', ...env },
  }).catch(async (err: unknown) => {
    await redis?.stop();
    throw err;
  });
  if (redis && (await waitForReadyz(bot, 200)) !== 200) throw new Error('the Redis-backed bot never became ready');
  const raw = redis ? await inspector(redis.url) : undefined;
  return {
    bot,
    redis,
    raw,
    async stop() {
      raw?.disconnect();
      await bot.stop();
      await redis?.stop();
    },
  };
}

async function warmUp(target: Target): Promise<void> {
  await runCrowd({ users: 8, seconds: 3, port: () => target.bot.port });
}

/** What rate limiting did, from the 429s seen. */
function rateLimitNote(rateLimited: number): string {
  return rateLimited === 0
    ? 'rate limits on (TRUST_PROXY=1, an X-Forwarded-For address per visit): none hit, HTTP 429: 0'
    : `rate limits on (TRUST_PROXY=1, an X-Forwarded-For address per visit): ${rateLimited} turns got HTTP 429`;
}

async function steadyRun(state: StateKind, args: Args): Promise<boolean> {
  const target = await startTarget(state);
  try {
    await warmUp(target);
    const rssStart = rssMb(target.bot.pid);
    let rssPeak = rssStart;
    progress(`${state}: ${args.users} users, 1–3 s between messages, ${args.seconds} s …`);
    const run = await runCrowd({
      users: args.users,
      seconds: args.seconds,
      thinkMs: THINK,
      port: () => target.bot.port,
      tick: () => (rssPeak = Math.max(rssPeak, rssMb(target.bot.pid))),
    });
    const s = summarise(run.records, run.seconds);
    const lost = target.raw ? await lostTurns(run.users, target.raw, PREFIX) : undefined;
    const rssEnd = rssMb(target.bot.pid);
    const redisMb = target.raw ? await redisMemoryMb(target.raw) : undefined;
    const conversations = run.users.reduce((n, u) => n + u.conversations.length, 0);
    const visits = run.users.reduce((n, u) => n + u.completedVisits, 0);
    const lostOrUnexpected = (lost ?? 0) + s.unexpected;
    const met = s.p95 < TARGET_P95[state] && lostOrUnexpected === 0 && s.serverErrors === 0 && s.failed === 0;
    out(`${state} state – ${args.users} users, 1–3 s between messages, ${run.seconds.toFixed(0)} s, ${conversations} conversations (${visits} through the whole script):`);
    out(`  turns ${s.turns}, ${s.perSecond.toFixed(1)}/s; latency p50 ${ms(s.p50)} ms, p95 ${ms(s.p95)} ms, p99 ${ms(s.p99)} ms`);
    out(`  failed ${s.failed} (${formatFailures(s.failures)}), of which 5xx ${s.serverErrors}; not what the script expected ${s.unexpected}` + (lost === undefined ? '' : `; lost in Redis ${lost}`));
    out(`  bot RSS ${mb(rssStart)} at start, ${mb(rssPeak)} peak, ${mb(rssEnd)} at the end` + (redisMb === undefined ? '' : `; Redis memory ${redisMb.toFixed(1)} MB`));
    out(`  ${rateLimitNote(s.rateLimited)}`);
    out(`  target p95 < ${TARGET_P95[state]} ms, 0 lost, 0 5xx: ${met ? 'met' : 'NOT met'}`);
    if (!args.ramp) return met;

    // Without waiting: more and more users that send their next message as soon as the reply is in.
    progress(`${state}: without waiting, doubling the users every 5 s until p95 passes 200 ms …`);
    out(`  without waiting (5 s per step, users double):`);
    let previous: { users: number; perSecond: number; p95: number } | undefined;
    for (let users = 1; users <= 512; users *= 2) {
      const step = await runCrowd({ users, seconds: 5, port: () => target.bot.port, rampUpMs: 200 });
      const t = summarise(step.records, step.seconds, 0.5);
      out(`    ${String(users).padStart(4)} users: ${t.perSecond.toFixed(0).padStart(5)} turns/s, p95 ${ms(t.p95).padStart(7)} ms, failed ${t.failed}, 429 ${t.rateLimited}`);
      if (t.p95 > 200) {
        out(
          previous
            ? `  p95 passes 200 ms between ${previous.perSecond.toFixed(0)} turns/s (${previous.users} users, p95 ${ms(previous.p95)} ms) and ${t.perSecond.toFixed(0)} turns/s (${users} users)`
            : `  p95 is above 200 ms already with one user`,
        );
        break;
      }
      previous = { users, perSecond: t.perSecond, p95: t.p95 };
    }
    return met;
  } finally {
    await target.stop();
  }
}

async function soak(state: StateKind, args: Args): Promise<boolean> {
  // The debugger lets the bench ask for a full GC and the heap in use (bench/load-run.ts, heapAfterGcMb).
  const target = await startTarget(state, { NODE_OPTIONS: '--inspect=127.0.0.1:0' });
  const seconds = args.minutes * 60;
  try {
    await warmUp(target);
    progress(`soak (${state}): ${args.users} users for ${args.minutes} min …`);
    interface Sample {
      minute: number;
      rss: number;
      heap?: number;
      items?: number;
    }
    const samples: Sample[] = [];
    // RSS as it is; the forced GC for the heap figure only after the first minute and at the end.
    const sample = async (minute: number) => {
      const rss = rssMb(target.bot.pid);
      const heap = minute === 1 || minute === args.minutes ? await heapAfterGcMb(target.bot.output()).catch(() => undefined) : undefined;
      const ready = await target.bot.get('/readyz').catch(() => undefined);
      const body = ready?.body as { state?: { items?: number } } | undefined;
      samples.push({ minute, rss, heap, items: body?.state?.items });
    };
    let nextMinute = 1;
    const pending: Array<Promise<void>> = [];
    const run = await runCrowd({
      users: args.users,
      seconds,
      thinkMs: THINK,
      port: () => target.bot.port,
      tick: (elapsed) => {
        if (elapsed >= nextMinute * 60 && nextMinute < args.minutes) pending.push(sample(nextMinute++));
      },
    });
    await Promise.all(pending);
    await sample(args.minutes);
    const lost = target.raw ? await lostTurns(run.users, target.raw, PREFIX) : undefined;
    out(`soak, ${state} state – ${args.users} users, 1–3 s between messages, ${(run.seconds / 60).toFixed(1)} min:`);
    out(`  minute  turns/s   p95 ms  failed  unexpected      RSS   heap after GC  state items`);
    for (const x of samples) {
      const s = summarise(run.records, run.seconds, (x.minute - 1) * 60, x.minute * 60);
      out(
        `  ${String(x.minute).padStart(6)} ${s.perSecond.toFixed(1).padStart(8)} ${ms(s.p95).padStart(8)} ${String(s.failed).padStart(7)} ${String(s.unexpected).padStart(11)}  ${mb(x.rss).padStart(7)}  ${(x.heap === undefined ? '–' : mb(x.heap)).padStart(14)}  ${x.items ?? '–'}`,
      );
    }
    const all = summarise(run.records, run.seconds);
    const first = samples[0];
    const last = samples[samples.length - 1];
    const growth = (100 * (last.rss - first.rss)) / first.rss;
    out(`  all: turns ${all.turns}, p95 ${ms(all.p95)} ms, failed ${all.failed} (${formatFailures(all.failures)}), unexpected ${all.unexpected}` + (lost === undefined ? '' : `, lost in Redis ${lost}`));
    out(`  RSS after the first minute ${mb(first.rss)}, at the end ${mb(last.rss)}: ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} % (target < 10 %: ${growth < 10 ? 'met' : 'NOT met'})`);
    if (first.heap !== undefined && last.heap !== undefined) {
      out(`  heap in use after a full GC (forced after the first minute and at the end): ${mb(first.heap)}, then ${mb(last.heap)}`);
    }
    if (state === 'memory') out(`  (state items: conversations' and users' state, kept until STATE_TTL_SECONDS or the STATE_MEMORY_MAX_ITEMS cap)`);
    return growth < 10;
  } finally {
    await target.stop();
  }
}

/** Many conversations of one message each, 32 at a time, as fast as the bot answers (memory state). */
async function flood(conversations: number, cap?: number): Promise<boolean> {
  const target = await startTarget('memory', cap === undefined ? {} : { STATE_MEMORY_MAX_ITEMS: String(cap) });
  try {
    await warmUp(target);
    const rssStart = rssMb(target.bot.pid);
    let rssPeak = rssStart;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
    let next = 0;
    let failed = 0;
    const checkpoints: string[] = [];
    const every = Math.max(1, Math.floor(conversations / 10));
    const started = Date.now();
    // Each conversation is another person, with its own address (the bot trusts one proxy hop).
    const post = (body: string, i: number) =>
      new Promise<number>((resolve) => {
        const address = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
        const headers = { 'content-type': 'application/json', 'x-forwarded-for': address };
        const req = http.request(
          { host: '127.0.0.1', port: target.bot.port, path: '/api/messages', method: 'POST', agent, headers },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', () => resolve(0));
        req.end(body);
      });
    progress(`flood: ${conversations} conversations of one message …`);
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < conversations) {
          const i = next++;
          if ((await post(JSON.stringify(messageActivity({ conversationId: `flood-${i}-${randomUUID()}`, text: 'hei' })), i)) !== 200) failed++;
          if (i > 0 && i % every === 0) {
            const rss = rssMb(target.bot.pid);
            rssPeak = Math.max(rssPeak, rss);
            checkpoints.push(`${i}: ${rss.toFixed(0)}`);
          }
        }
      }),
    );
    agent.destroy();
    const seconds = (Date.now() - started) / 1000;
    const rssEnd = rssMb(target.bot.pid);
    const ready = (await target.bot.get('/readyz')).body as { state?: { items?: number; maxItems?: number; evicted?: number } };
    out(`flood, memory state – ${conversations} conversations of one message in ${seconds.toFixed(0)} s (${(conversations / seconds).toFixed(0)}/s), failed ${failed}:`);
    out(`  bot RSS ${mb(rssStart)} before, ${mb(Math.max(rssPeak, rssEnd))} peak, ${mb(rssEnd)} after`);
    out(`  RSS (MB) after so many conversations – ${checkpoints.join(', ')}`);
    out(`  state items ${ready.state?.items ?? '?'} (cap ${ready.state?.maxItems ?? '?'}), forgotten by the cap ${ready.state?.evicted ?? '?'}`);
    return failed === 0;
  } finally {
    await target.stop();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let ok = true;
  if (args.flood > 0) ok = await flood(args.flood, args.cap);
  else if (args.faults) ok = await runFaults({ users: Math.min(args.users, 100), out, progress });
  else if (args.soak) for (const state of args.states) ok = (await soak(state, args)) && ok;
  else for (const state of args.states) ok = (await steadyRun(state, args)) && ok;
  process.exitCode = ok ? 0 : 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:load failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
});
