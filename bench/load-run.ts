// Runs a crowd of scripted users (bench/load-client.ts) for a fixed time and sums up what they saw:
// throughput, latency percentiles, failures by kind, turns the state lost, the bot's RSS and Redis'
// memory. Used by bench/load.ts and bench/load-faults.ts.
import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import { WebSocket } from 'ws';
import { z } from 'zod';
import { percentile } from './evaluate';
import { ScriptedUser, type TurnRecord } from './load-client';
import { storedTurnCount } from '../test/support/redis-helpers';

export interface CrowdOptions {
  users: number;
  seconds: number;
  /** Think time between a user's messages; undefined = none (closed loop). */
  thinkMs?: readonly [number, number];
  /** Where user `index` sends its next request. */
  port: (index: number) => number;
  /** See UserOptions.refused (a load balancer over several instances). */
  refused?: (port: number) => void;
  /** Spread the users' first messages over this many ms (default: the longest think time, else 0). */
  rampUpMs?: number;
  /** Things to do during the run, at a second mark (faults). */
  events?: Array<{ atSeconds: number; name: string; run: () => Promise<void> }>;
  /** Called about every second with the seconds elapsed. */
  tick?: (elapsedSeconds: number) => void;
}

export interface CrowdResult {
  records: TurnRecord[];
  users: ScriptedUser[];
  seconds: number;
  /** When each event ran, seconds after the start. */
  eventTimes: Map<string, number>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runCrowd(o: CrowdOptions): Promise<CrowdResult> {
  const records: TurnRecord[] = [];
  const startedAt = Date.now();
  const stopAt = startedAt + o.seconds * 1000;
  const stopped = () => Date.now() >= stopAt;
  const rampUp = o.rampUpMs ?? o.thinkMs?.[1] ?? 0;
  const users = Array.from(
    { length: o.users },
    (_, index) =>
      new ScriptedUser({ index, port: () => o.port(index), refused: o.refused, thinkMs: o.thinkMs, stopped, record: (r) => records.push(r), startedAt }),
  );
  const eventTimes = new Map<string, number>();
  const events = (o.events ?? []).map(async (e) => {
    await sleep(e.atSeconds * 1000);
    eventTimes.set(e.name, (Date.now() - startedAt) / 1000);
    await e.run();
  });
  const ticker = setInterval(() => o.tick?.((Date.now() - startedAt) / 1000), 1000);
  await Promise.all(
    users.map(async (user) => {
      await sleep(Math.random() * rampUp);
      await user.run();
    }),
  );
  clearInterval(ticker);
  await Promise.all(events);
  return { records, users, seconds: (Date.now() - startedAt) / 1000, eventTimes };
}

export interface Summary {
  turns: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Turns the bot answered as the script expected. */
  ok: number;
  /** Answered, but not what the script expected next (state did not carry over). */
  unexpected: number;
  /** No usable answer: HTTP error, connection error, or the bot's "try again" / error reply. */
  failed: number;
  /** HTTP 5xx among the failed. */
  serverErrors: number;
  rateLimited: number;
  failures: Map<string, number>;
}

/**
 * Sums up the records in [from, to) seconds after the start (all by default), by when the turn was
 * sent – or by when its answer came (`by: 'end'`), which puts a turn cut by a fault after the fault.
 */
export function summarise(records: readonly TurnRecord[], seconds: number, from = 0, to = Infinity, by: 'start' | 'end' = 'start'): Summary {
  const time = (r: TurnRecord) => (by === 'start' ? r.at : r.at + r.ms);
  const inWindow = records.filter((r) => time(r) >= from * 1000 && time(r) < to * 1000);
  const answered = inWindow.filter((r) => r.outcome === 'ok' || r.outcome === 'unexpected');
  const latencies = answered.map((r) => r.ms).sort((a, b) => a - b);
  const failures = new Map<string, number>();
  for (const r of inWindow.filter((x) => x.outcome === 'failed')) failures.set(String(r.status), (failures.get(String(r.status)) ?? 0) + 1);
  const windowSeconds = Math.min(seconds, to) - from;
  return {
    turns: inWindow.length,
    perSecond: answered.length / windowSeconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    ok: inWindow.filter((r) => r.outcome === 'ok').length,
    unexpected: inWindow.filter((r) => r.outcome === 'unexpected').length,
    failed: inWindow.filter((r) => r.outcome === 'failed').length,
    serverErrors: inWindow.filter((r) => r.outcome === 'failed' && typeof r.status === 'number' && r.status >= 500).length,
    rateLimited: inWindow.filter((r) => r.outcome === 'rate-limited').length,
    failures,
  };
}

/**
 * Turns the bot answered that its state in Redis does not count (meta.turnCount): the lost turns.
 * A turn counted but not answered (a reply lost on the way) is not a lost turn.
 */
export async function lostTurns(users: readonly ScriptedUser[], raw: Redis, prefix: string): Promise<number> {
  let lost = 0;
  for (const user of users) {
    for (const c of user.conversations) {
      if (c.answered === 0) continue;
      lost += Math.max(0, c.answered - ((await storedTurnCount(raw, prefix, c.id)) ?? 0));
    }
  }
  return lost;
}

/** Resident set size of a process in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return kb ? Number(kb[1]) / 1024 : NaN;
}

/** Redis' own figure for the memory its data uses, in MB. */
export async function redisMemoryMb(raw: Redis): Promise<number> {
  const info = await raw.info('memory');
  const used = /^used_memory:(\d+)/m.exec(info);
  return used ? Number(used[1]) / (1024 * 1024) : NaN;
}

export function formatFailures(failures: Map<string, number>): string {
  return failures.size === 0 ? 'none' : [...failures].map(([why, n]) => `${n}× ${why}`).join(', ');
}

export const ms = (n: number) => n.toFixed(1);
export const mb = (n: number) => `${n.toFixed(0)} MB`;

/**
 * Heap in use after a full garbage collection, in MB, of a bot started with NODE_OPTIONS=--inspect
 * (its debugger address is read from what it printed): what RSS cannot tell, since V8 keeps the heap
 * it has grown. Undefined when the bot has no debugger listening.
 */
export async function heapAfterGcMb(output: string): Promise<number | undefined> {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1];
  if (!url) return undefined;
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let id = 0;
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const mine = ++id;
      const onMessage = (data: Buffer) => {
        const reply = InspectorReply.safeParse(JSON.parse(data.toString('utf8')));
        if (!reply.success || reply.data.id !== mine) return;
        socket.off('message', onMessage);
        if (reply.data.error) reject(new Error(reply.data.error.message));
        else resolve(reply.data.result);
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id: mine, method, params }));
    });
  try {
    await call('HeapProfiler.collectGarbage');
    const result = EvaluateResult.parse(await call('Runtime.evaluate', { expression: 'process.memoryUsage().heapUsed', returnByValue: true }));
    return result.result.value / (1024 * 1024);
  } finally {
    socket.close();
  }
}

const InspectorReply = z.object({ id: z.number().optional(), result: z.unknown().optional(), error: z.object({ message: z.string() }).optional() });
const EvaluateResult = z.object({ result: z.object({ value: z.number() }) });
