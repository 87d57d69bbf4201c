// bench:load --faults: three runs of simulated users (1–3 s between messages) with Redis state, each
// with one fault 20 s in (when the first visits reach their question), and what the users saw before,
// in the ten seconds after, and later:
//  - Redis restart: redis-server killed (SIGKILL) and started again on its port, data kept (appendonly);
//  - LLM killed: the bot answers through the local Azure OpenAI test server, which is shut down;
//  - SIGTERM: two bot instances share Redis behind a load balancer (here: the users' clients); one is
//    sent SIGTERM, finishes what it has, and the balancer sends its traffic to the other.
// Turns count in the window their answer came in. Failed = no usable answer (HTTP error, connection error, the bot's "try again" reply); lost = a turn
// the bot answered that its state in Redis does not count; unexpected = an answer that shows the
// conversation's state did not carry over.
import { startBotProcess, startBotProcesses, waitForReadyz, type BotProcess } from '../test/support/bot-process';
import { startFakeAzureOpenAI } from '../test/support/fake-azure-openai';
import { startRedisServer } from '../test/support/redis-server';
import { inspector } from '../test/support/redis-helpers';
import { formatFailures, lostTurns, ms, runCrowd, summarise, type CrowdResult } from './load-run';

export interface FaultOptions {
  users: number;
  out: (line?: string) => void;
  progress: (line: string) => void;
}

const PREFIX = 'faults:';
const THINK: readonly [number, number] = [1000, 3000];
const SECONDS = 60;
const FAULT_AT = 20;
const KEY = 'bench-key';
const DEPLOYMENT = 'bench-chat';

function report(o: FaultOptions, name: string, run: CrowdResult, lost: number, extra: string[] = []): void {
  const at = run.eventTimes.get(name) ?? FAULT_AT;
  const windows: Array<[string, number, number]> = [
    ['before', 0, at],
    [`${at.toFixed(0)}–${(at + 10).toFixed(0)} s`, at, at + 10],
    ['after', at + 10, Infinity],
  ];
  o.out(`${name} at ${at.toFixed(1)} s (${o.users} users, ${run.seconds.toFixed(0)} s):`);
  for (const [label, from, to] of windows) {
    const s = summarise(run.records, run.seconds, from, to, 'end');
    o.out(`  ${label.padEnd(10)} turns ${String(s.turns).padStart(5)}, p95 ${ms(s.p95).padStart(7)} ms, failed ${s.failed} (${formatFailures(s.failures)}), unexpected ${s.unexpected}`);
  }
  const all = summarise(run.records, run.seconds);
  o.out(`  in all: failed ${all.failed}, 5xx ${all.serverErrors}, unexpected ${all.unexpected}, lost in Redis ${lost}`);
  for (const line of extra) o.out(`  ${line}`);
}

async function redisRestart(o: FaultOptions): Promise<void> {
  const name = 'Redis restart';
  o.progress(`faults: ${name} …`);
  const redis = await startRedisServer({ appendOnly: true });
  let bot: BotProcess | undefined;
  try {
    bot = await startBotProcess({ logLevel: 'error', redisUrl: redis.url, env: { REDIS_KEY_PREFIX: PREFIX, TRUST_PROXY: '1' } });
    await waitForReadyz(bot, 200);
    const port = bot.port;
    let downMs = 0;
    const run = await runCrowd({
      users: o.users,
      seconds: SECONDS,
      thinkMs: THINK,
      port: () => port,
      events: [
        {
          atSeconds: FAULT_AT,
          name,
          run: async () => {
            const t = Date.now();
            await redis.restart();
            downMs = Date.now() - t;
          },
        },
      ],
    });
    const raw = await inspector(redis.url);
    try {
      report(o, name, run, await lostTurns(run.users, raw, PREFIX), [`Redis was down ${downMs} ms (killed, started again, answering PING)`]);
    } finally {
      raw.disconnect();
    }
  } finally {
    await bot?.stop();
    await redis.stop();
  }
}

async function llmKilled(o: FaultOptions): Promise<void> {
  const name = 'LLM test server killed';
  o.progress(`faults: ${name} …`);
  const redis = await startRedisServer();
  const azure = await startFakeAzureOpenAI({ apiKey: KEY, deployment: DEPLOYMENT });
  let bot: BotProcess | undefined;
  let closed = false;
  try {
    bot = await startBotProcess({
      logLevel: 'error',
      redisUrl: redis.url,
      env: {
        REDIS_KEY_PREFIX: PREFIX,
        TRUST_PROXY: '1',
        AZURE_OPENAI_ENDPOINT: azure.endpoint,
        AZURE_OPENAI_API_KEY: KEY,
        AZURE_OPENAI_CHAT_DEPLOYMENT: DEPLOYMENT,
      },
    });
    await waitForReadyz(bot, 200);
    const port = bot.port;
    // The first model call loads langchain's client: not part of the fault.
    await bot.say({ conversationId: 'warm-up', text: 'Hva er Batterifagskolen?' });
    const warmUpCalls = azure.requests.length;
    let calledBefore = 0;
    const run = await runCrowd({
      users: o.users,
      seconds: SECONDS,
      thinkMs: THINK,
      port: () => port,
      events: [
        {
          atSeconds: FAULT_AT,
          name,
          run: async () => {
            calledBefore = azure.requests.length - warmUpCalls;
            closed = true;
            await azure.close();
          },
        },
      ],
    });
    const raw = await inspector(redis.url);
    try {
      report(o, name, run, await lostTurns(run.users, raw, PREFIX), [
        `the model answered ${calledBefore} questions before; afterwards answers are extractive (circuit breaker: AZURE_OPENAI_BREAKER_FAILURES=3, open 30 s)`,
      ]);
    } finally {
      raw.disconnect();
    }
  } finally {
    await bot?.stop();
    if (!closed) await azure.close();
    await redis.stop();
  }
}

async function sigterm(o: FaultOptions): Promise<void> {
  const name = 'SIGTERM to one of two instances';
  o.progress(`faults: ${name} …`);
  const redis = await startRedisServer();
  const bots: BotProcess[] = [];
  try {
    const options = { logLevel: 'error' as const, redisUrl: redis.url, env: { REDIS_KEY_PREFIX: PREFIX, TRUST_PROXY: '1' } };
    bots.push(...(await startBotProcesses([options, options])));
    for (const bot of bots) await waitForReadyz(bot, 200);
    const [stopped, other] = bots;
    const healthy = new Set(bots.map((b) => b.port));
    let turn = 0;
    let refused = 0;
    let exit: { code: number | null; afterMs: number } | undefined;
    const run = await runCrowd({
      users: o.users,
      seconds: SECONDS,
      thinkMs: THINK,
      // Round robin over the instances the balancer still believes in.
      port: () => {
        const ports = [...healthy];
        return ports[turn++ % ports.length];
      },
      refused: (port) => {
        refused++;
        healthy.delete(port);
      },
      events: [
        {
          atSeconds: FAULT_AT,
          name,
          run: async () => {
            const t = Date.now();
            stopped.signal('SIGTERM');
            const { code } = await stopped.exited();
            exit = { code, afterMs: Date.now() - t };
          },
        },
      ],
    });
    const raw = await inspector(redis.url);
    try {
      report(o, name, run, await lostTurns(run.users, raw, PREFIX), [
        `the stopped instance exited with code ${exit?.code ?? '?'} ${exit?.afterMs ?? '?'} ms after SIGTERM; ${refused} requests found it closed and were sent to the other instance (port ${other.port}) by the balancer`,
      ]);
    } finally {
      raw.disconnect();
    }
  } finally {
    await Promise.all(bots.map((b) => b.stop()));
    await redis.stop();
  }
}

export async function runFaults(o: FaultOptions): Promise<boolean> {
  await redisRestart(o);
  o.out();
  await llmKilled(o);
  o.out();
  await sigterm(o);
  return true;
}
