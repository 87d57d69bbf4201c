// Turn throughput and latency through POST /api/messages (deliveryMode expectReplies): Veiviser with
// memory state and with Redis state, next to an echo bot on the same stack (bench/echo-bot.ts) as
// the ceiling, at 1, 8 and 32 concurrent conversations. Each conversation sends its turns one after
// the other; a cell runs for a fixed time. The cells are repeated in interleaved rounds (echo,
// memory, redis, echo, …) and turns/s is the median of the rounds, so background load on a shared
// machine hits all three alike. Starts its own redis-server and bot processes on free loopback
// ports and stops them.
//
// The default workload sends "hei", answered in the same turn without starting a dialog. With
// --workload dialog every conversation alternates "Finn kurs og tilbud" (starts the course finder,
// which asks back) and "avbryt" (cancels it): every turn then goes through botbuilder-dialogs. With
// --workload questions every conversation asks the questions of the development evaluation half in
// turn (each from a different starting point), and the Redis bot also runs "hei" in the same rounds,
// for the target: questions at the highest concurrency reach ≥ 35 % of "hei" turns/s with Redis.
// Next to turns/s, each cell reports the bot process's CPU time per turn (Linux: /proc/<pid>/stat,
// all its threads, JIT and GC included; the median of the rounds). On a shared machine turns/s moves
// with whatever else runs (the bench's own client and redis-server take CPU from the same cores); the
// CPU a turn costs the bot moves far less, and says where a change helped.
//
// Run: npm run bench:turns [-- --seconds 2 --rounds 3 --concurrency 1,8,32 --workload hei|dialog|questions]
// (bench:turns:compiled runs the bots compiled, as npm run start:prod does; the default runs them with tsx, as npm start.)
// Exit code 1 when a turn failed or (Redis) a turn was lost; the throughput target is reported.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import path from 'node:path';
import { nb } from '../src/text/nb';
import { packageRoot } from '../src/package-root';
import { kindOf, loadQuestionSet } from './questions';
import { percentile } from './latency';
import { messageActivity, startBotProcesses, waitForReadyz, type BotProcess } from '../test/support/bot-process';
import { startRedisServer, type RedisServer } from '../test/support/redis-server';
import { inspector, storedTurnCount } from '../test/support/redis-helpers';

/** The questions of the development half of the question evaluation (not the off-topic ones). */
function evaluationQuestions(): string[] {
  return loadQuestionSet(path.join(packageRoot(), 'test', 'eval', 'questions', 'cases.dev.json'))
    .filter((c) => kindOf(c) !== 'offTopic')
    .map((c) => c.question);
}

const WORKLOADS = {
  hei: () => ['hei'],
  dialog: () => ['Finn kurs og tilbud', 'avbryt'],
  questions: evaluationQuestions,
} as const;
type Workload = keyof typeof WORKLOADS;
/** --workload questions: its throughput with Redis at the highest concurrency, against "hei". */
const QUESTIONS_TARGET = 0.35;

interface Args {
  seconds: number;
  rounds: number;
  concurrency: number[];
  workload: Workload;
  /** The bots as `npm run start:prod` runs them: compiled JavaScript under node (npm run bench:turns:compiled builds it). */
  compiled: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { seconds: 2, rounds: 3, concurrency: [1, 8, 32], workload: 'hei', compiled: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seconds') args.seconds = Number(argv[++i]);
    else if (argv[i] === '--rounds') args.rounds = Number(argv[++i]);
    else if (argv[i] === '--concurrency') args.concurrency = argv[++i].split(',').map(Number);
    else if (argv[i] === '--compiled') args.compiled = true;
    else if (argv[i] === '--workload') {
      const workload = argv[++i];
      if (workload !== 'hei' && workload !== 'dialog' && workload !== 'questions') throw new Error('--workload is hei, dialog or questions');
      args.workload = workload;
    }
  }
  if (!(args.seconds > 0) || !(args.rounds >= 1) || args.concurrency.some((c) => !(c > 0))) {
    throw new Error('usage: --seconds N --rounds N --concurrency 1,8,32 --workload hei|dialog|questions');
  }
  return args;
}

const WORKLOAD_NAMES: Record<Workload, (count: number) => string> = {
  hei: () => 'text "hei"',
  dialog: () => 'texts "Finn kurs og tilbud" / "avbryt" in turn',
  questions: (count) => `the ${count} questions of the development evaluation half in turn (Redis also "hei", as redis-hei)`,
};

const PREFIX = 'bench:';

interface TurnOutcome {
  ok: boolean;
  ms: number;
  why?: string;
}

function postTurn(agent: http.Agent, port: number, body: string): Promise<TurnOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/api/messages', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const ms = performance.now() - started;
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) return resolve({ ok: false, ms, why: `HTTP ${res.statusCode}` });
          if (text.includes(nb.stateUnavailable)) return resolve({ ok: false, ms, why: 'state unavailable reply' });
          if (text.includes(nb.somethingWentWrong)) return resolve({ ok: false, ms, why: 'error reply' });
          if (!text.includes('"activities"')) return resolve({ ok: false, ms, why: 'no replies' });
          resolve({ ok: true, ms });
        });
      },
    );
    req.on('error', (err) => resolve({ ok: false, ms: performance.now() - started, why: err.message }));
    req.end(body);
  });
}

/** One timed run of one target at one concurrency. */
interface Run {
  latencies: number[];
  perSecond: number;
  /** The bot's CPU time per turn in this run (undefined where /proc is not there). */
  cpuMsPerTurn: number | undefined;
  lost: number | undefined;
  failures: Map<string, number>;
}

/** The rounds of one target at one concurrency, summed up. */
interface Cell {
  target: string;
  concurrency: number;
  turns: number;
  failed: number;
  lost: number | undefined;
  /** Median over the rounds. */
  perSecond: number;
  /** Median over the rounds of the bot's CPU time per turn. */
  cpuMsPerTurn: number | undefined;
  p50: number;
  p95: number;
  failures: Map<string, number>;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function summarise(target: string, concurrency: number, runs: Run[]): Cell {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const failures = new Map<string, number>();
  for (const r of runs) for (const [why, n] of r.failures) failures.set(why, (failures.get(why) ?? 0) + n);
  const lost = runs.some((r) => r.lost !== undefined) ? runs.reduce((a, r) => a + (r.lost ?? 0), 0) : undefined;
  return {
    target,
    concurrency,
    turns: latencies.length,
    failed: [...failures.values()].reduce((a, b) => a + b, 0),
    lost,
    perSecond: median(runs.map((r) => r.perSecond)),
    cpuMsPerTurn: runs.every((r) => r.cpuMsPerTurn !== undefined) ? median(runs.map((r) => r.cpuMsPerTurn ?? NaN)) : undefined,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    failures,
  };
}

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ: 100 on Linux on every architecture node runs on). */
const USER_HZ = 100;

/** CPU time (user + system, all threads) the process has used so far, in ms; undefined without /proc. */
function cpuMs(pid: number): number | undefined {
  try {
    // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 14th and 15th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
  } catch {
    return undefined;
  }
}

async function runOnce(target: string, bot: BotProcess, concurrency: number, seconds: number, texts: readonly string[], raw?: Redis): Promise<Run> {
  const port = bot.port;
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  const conversations = Array.from({ length: concurrency }, (_, i) => ({ id: `bench-${target}-${concurrency}-${i}-${randomUUID()}`, ok: 0 }));
  // A fresh keep-alive pool per cell: a connection idle since the previous cell may be closed by the
  // server just as it is reused ("socket hang up"), which would count as a failed turn.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const cpuBefore = cpuMs(bot.pid);
  const started = performance.now();
  const endAt = started + seconds * 1000;
  await Promise.all(
    conversations.map(async (conversation, index) => {
      // Conversations start at different places in the list, so they do not ask the same at once.
      const offset = Math.floor((index * texts.length) / conversations.length);
      for (let turn = 0; performance.now() < endAt; turn++) {
        const body = JSON.stringify(messageActivity({ conversationId: conversation.id, text: texts[(offset + turn) % texts.length] }));
        const outcome = await postTurn(agent, port, body);
        latencies.push(outcome.ms);
        if (outcome.ok) conversation.ok++;
        else failures.set(outcome.why ?? 'unknown', (failures.get(outcome.why ?? 'unknown') ?? 0) + 1);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpuAfter = cpuMs(bot.pid);
  agent.destroy();

  // Lost turns: every answered turn must be counted in the conversation state in Redis.
  let lost: number | undefined;
  if (raw) {
    lost = 0;
    for (const conversation of conversations) {
      const counted = (await storedTurnCount(raw, PREFIX, conversation.id)) ?? 0;
      lost += Math.max(0, conversation.ok - counted);
    }
  }
  const cpuMsPerTurn = cpuBefore !== undefined && cpuAfter !== undefined && latencies.length > 0 ? (cpuAfter - cpuBefore) / latencies.length : undefined;
  return { latencies, perSecond: latencies.length / elapsed, cpuMsPerTurn, lost, failures };
}

/**
 * Sends a target's own texts before it is measured (each at least twice, 200 turns at least; a
 * conversation says them in the order the measured ones do), so that every cell measures code the JIT
 * has compiled: warmed with "hei" only, the first round of the questions ran the answering stack
 * (question reader, ranking, rules) while it was still being compiled, and counted that against them.
 */
async function warmUp(port: number, texts: readonly string[]): Promise<void> {
  const agent = new http.Agent({ keepAlive: true });
  const turns = Math.max(200, 2 * texts.length);
  for (let i = 0; i < turns; i++) {
    const conversationId = `warmup-${Math.floor(i / texts.length) % 8}`;
    await postTurn(agent, port, JSON.stringify(messageActivity({ conversationId, text: texts[i % texts.length] })));
  }
  agent.destroy();
}

function pad(s: string, n: number, right = false): string {
  return right ? s.padEnd(n) : s.padStart(n);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let redis: RedisServer | undefined;
  const bots: BotProcess[] = [];
  let raw: Redis | undefined;
  try {
    redis = await startRedisServer();
    // This measures the turn pipeline: a few conversations send as fast as they can, which the rate
    // limits (rightly) stop, so they are off here. bench:load runs with them on.
    const limitsOff = { RATE_LIMITS: 'off' };
    const run = args.compiled
      ? { echo: { entry: 'dist/bench/echo-bot.js', runner: 'node' as const }, bot: { entry: 'dist/src/index.js', runner: 'node' as const } }
      : { echo: { entry: 'bench/echo-bot.ts' }, bot: {} };
    const [echo, memory, onRedis] = await startBotProcesses([
      { ...run.echo, logLevel: 'error', env: limitsOff },
      { ...run.bot, logLevel: 'error', env: limitsOff },
      { ...run.bot, logLevel: 'error', redisUrl: redis.url, env: { ...limitsOff, REDIS_KEY_PREFIX: PREFIX } },
    ]);
    bots.push(echo, memory, onRedis);
    if ((await waitForReadyz(onRedis, 200)) !== 200) throw new Error('the Redis-backed bot never became ready');
    raw = await inspector(redis.url);

    const texts = WORKLOADS[args.workload]();
    const targets: Array<{ name: string; bot: BotProcess; redis?: Redis; texts: readonly string[] }> = [
      { name: 'echo', bot: echo, texts },
      { name: 'memory', bot: memory, texts },
      { name: 'redis', bot: onRedis, redis: raw, texts },
      ...(args.workload === 'questions' ? [{ name: 'redis-hei', bot: onRedis, redis: raw, texts: WORKLOADS.hei() }] : []),
    ];
    for (const t of targets) {
      await warmUp(t.bot.port, t.texts);
      if (!t.bot.alive()) throw new Error(`the ${t.name} bot died while warming up:\n${t.bot.output().slice(-5000)}`);
    }

    const cells: Cell[] = [];
    for (const concurrency of args.concurrency) {
      const runs = new Map<string, Run[]>(targets.map((t) => [t.name, []]));
      for (let round = 1; round <= args.rounds; round++) {
        for (const t of targets) {
          const run = await runOnce(t.name, t.bot, concurrency, args.seconds, t.texts, t.redis);
          runs.get(t.name)?.push(run);
          if (!t.bot.alive()) throw new Error(`the ${t.name} bot died during a ${concurrency}-conversation run:\n${t.bot.output().slice(-5000)}`);
          const cpu = run.cpuMsPerTurn === undefined ? '' : `, ${run.cpuMsPerTurn.toFixed(2)} ms CPU/turn`;
          process.stderr.write(`  round ${round} ${t.name} @${concurrency}: ${run.perSecond.toFixed(0)} turns/s${cpu}\n`);
        }
      }
      for (const t of targets) cells.push(summarise(t.name, concurrency, runs.get(t.name) ?? []));
    }

    const echoRate = new Map(cells.filter((c) => c.target === 'echo').map((c) => [c.concurrency, c.perSecond]));
    const memoryRate = new Map(cells.filter((c) => c.target === 'memory').map((c) => [c.concurrency, c.perSecond]));
    const header = `${pad('state', 9, true)} ${pad('conc', 5)} ${pad('turns', 7)} ${pad('turns/s', 9)} ${pad('p50 ms', 8)} ${pad('p95 ms', 8)} ${pad('failed', 7)} ${pad('lost', 5)} ${pad('vs echo', 8)} ${pad('vs memory', 10)} ${pad('CPU ms/turn', 12)}`;
    const lines = [
      `Turns through POST /api/messages (expectReplies), ${WORKLOAD_NAMES[args.workload](texts.length)}, one conversation per concurrent client; ` +
        `${args.rounds} interleaved rounds of ${args.seconds} s per cell, turns/s = median of the rounds; rate limits off (RATE_LIMITS=off); ` +
        `bots ${args.compiled ? 'compiled, under node (as npm run start:prod)' : 'under tsx (as npm start)'}.`,
      header,
      '-'.repeat(header.length),
      ...cells.map((c) =>
        [
          pad(c.target, 9, true),
          pad(String(c.concurrency), 5),
          pad(String(c.turns), 7),
          pad(c.perSecond.toFixed(0), 9),
          pad(c.p50.toFixed(1), 8),
          pad(c.p95.toFixed(1), 8),
          pad(String(c.failed), 7),
          pad(c.lost === undefined ? '–' : String(c.lost), 5),
          pad(c.target === 'echo' ? '100 %' : `${((100 * c.perSecond) / (echoRate.get(c.concurrency) ?? NaN)).toFixed(0)} %`, 8),
          pad(c.target === 'redis' ? `${((100 * c.perSecond) / (memoryRate.get(c.concurrency) ?? NaN)).toFixed(0)} %` : '', 10),
          pad(c.cpuMsPerTurn === undefined ? '–' : c.cpuMsPerTurn.toFixed(2), 12),
        ].join(' '),
      ),
    ];
    process.stdout.write(lines.join('\n') + '\n');

    for (const c of cells.filter((x) => x.failures.size > 0)) {
      process.stdout.write(`failures ${c.target} @${c.concurrency}: ${[...c.failures].map(([why, n]) => `${n}× ${why}`).join(', ')}\n`);
    }
    const maxConcurrency = Math.max(...args.concurrency);
    const redisTop = cells.find((c) => c.target === 'redis' && c.concurrency === maxConcurrency);
    const ratio = redisTop ? redisTop.perSecond / (echoRate.get(maxConcurrency) ?? NaN) : NaN;
    const broken = cells.some((c) => c.failed > 0 || (c.lost ?? 0) > 0);
    if (args.workload === 'questions') {
      const hei = cells.find((c) => c.target === 'redis-hei' && c.concurrency === maxConcurrency);
      const share = redisTop && hei ? redisTop.perSecond / hei.perSecond : NaN;
      // The same comparison in the bot's CPU per turn: what turns/s would show were the bot alone on its cores.
      const cpuShare = redisTop?.cpuMsPerTurn !== undefined && hei?.cpuMsPerTurn !== undefined ? hei.cpuMsPerTurn / redisTop.cpuMsPerTurn : undefined;
      process.stdout.write(
        `target: questions with Redis at ${maxConcurrency} conversations ≥ ${QUESTIONS_TARGET * 100} % of "hei" with Redis – ` +
          `${(100 * share).toFixed(0)} % (${share >= QUESTIONS_TARGET ? 'met' : 'NOT met'}); failed or lost turns: ${broken ? 'SOME (see above)' : 'none'}\n` +
          (cpuShare === undefined ? '' : `  by the bot's CPU per turn ("hei" / question): ${(100 * cpuShare).toFixed(0)} %\n`),
      );
    } else {
      process.stdout.write(
        `target${args.workload === 'hei' ? '' : ' (set for the default "hei" workload; shown here for comparison)'}: ` +
          `Redis at ${maxConcurrency} conversations ≥ 50 % of echo – ${(100 * ratio).toFixed(0)} % (${ratio >= 0.5 ? 'met' : 'NOT met'}); ` +
          `failed or lost turns: ${broken ? 'SOME (see above)' : 'none'}\n`,
      );
    }
    process.exitCode = broken ? 1 : 0;
  } finally {
    raw?.disconnect();
    await Promise.all(bots.map((b) => b.stop()));
    await redis?.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:turns failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
});
