// Runs a real bot (src/index.ts, or another entry such as bench/echo-bot.ts) as a child process on a
// free loopback port and talks to it over real HTTP, the way a channel does.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { diesWithParent, freePort, startRedisServer, unrefChild, type RedisServer } from './redis-server';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface BotProcessOptions {
  /** State in Redis when set; in memory otherwise. */
  redisUrl?: string;
  /** Entry file, relative to `cwd` or absolute (default src/index.ts). */
  entry?: string;
  /** Working directory of the process (default: this repository). */
  cwd?: string;
  /** Run the entry with tsx (default, TypeScript) or with plain node (compiled JavaScript). */
  runner?: 'tsx' | 'node';
  /** Extra environment (PORT, REDIS_URL and LOG_LEVEL are set from the other options). */
  env?: Record<string, string>;
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** How long to wait for GET /healthz (default 60 s: tsx compiles on the fly). */
  startTimeoutMs?: number;
}

const ReplyActivity = z
  .object({
    type: z.string(),
    text: z.string().optional(),
    suggestedActions: z.object({ actions: z.array(z.object({ title: z.string().optional() }).passthrough()) }).passthrough().optional(),
    attachments: z.array(z.unknown()).optional(),
  })
  .passthrough();
export type ReplyActivity = z.infer<typeof ReplyActivity>;

const ExpectRepliesBody = z.object({ activities: z.array(ReplyActivity) });

export interface TurnResult {
  status: number;
  /** The bot's reply activities (expectReplies), typing indicators included. */
  activities: ReplyActivity[];
  /** The text of the message replies, in order. */
  texts: string[];
  /** The raw body when it was not an expectReplies body. */
  body?: unknown;
}

export interface MessageOptions {
  conversationId: string;
  userId?: string;
  text: string;
  channelId?: string;
}

/** A message activity as a channel posts it, asking for the replies in the HTTP response. */
export function messageActivity(options: MessageOptions): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: options.channelId ?? 'test',
    serviceUrl: 'http://localhost',
    deliveryMode: 'expectReplies',
    from: { id: options.userId ?? `user-${options.conversationId}`, name: 'Test' },
    recipient: { id: 'veiviser-bot', name: 'Veiviser' },
    conversation: { id: options.conversationId },
    locale: 'nb-NO',
    text: options.text,
  };
}

export interface BotProcess {
  readonly port: number;
  readonly url: string;
  readonly pid: number;
  alive(): boolean;
  /** POSTs an activity to /api/messages. */
  post(activity: Record<string, unknown>): Promise<TurnResult>;
  /** Sends a text message with deliveryMode expectReplies. */
  say(options: MessageOptions): Promise<TurnResult>;
  get(pathname: string): Promise<{ status: number; body: unknown }>;
  /** SIGTERM (then SIGKILL after 10 s) to the process group. Idempotent. */
  stop(): Promise<void>;
  /** Sends a signal to the process group (as Ctrl+C or a container stop does), nothing more. */
  signal(signal: NodeJS.Signals): void;
  /** Resolves with the exit code (or signal) once the process has exited. */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the process wrote on stdout/stderr (the last 50 kB). */
  output(): string;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

export async function startBotProcess(options: BotProcessOptions = {}): Promise<BotProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: options.logLevel ?? 'warn',
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...options.env,
  };
  const entry = options.entry ?? 'src/index.ts';
  // detached: its own process group, so stop() (and the watcher, if we die first) ends everything it
  // started. TypeScript runs in one node process with tsx's loader (node --import tsx) rather than
  // under the tsx CLI, which relays signals to a second process and SIGKILLs it when it does not
  // confirm a signal within 30 ms (a busy bot under load), so shutdown could not be tested through it.
  const runnerArgs = options.runner === 'node' ? [entry] : ['--no-deprecation', '--import', 'tsx', entry];
  const [file, args] = diesWithParent(process.execPath, runnerArgs, true);
  const child = spawn(file, args, { cwd: options.cwd ?? REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-50_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${entry}`);

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  unrefChild(child);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (exited(child)) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, sig) => resolve({ code, signal: sig }));
  });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (!exited(child)) {
        child.ref(); // wait for the exit even if nothing else keeps the process alive
        const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        signalGroup('SIGTERM');
        const timer = setTimeout(() => signalGroup('SIGKILL'), 10_000);
        await gone;
        clearTimeout(timer);
      }
      signalGroup('SIGKILL'); // anything left in the group, the watcher included
      child.stdin?.destroy();
    })();
    return stopping;
  };

  const get = async (pathname: string) => {
    const res = await fetch(`${url}${pathname}`);
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, body };
  };

  const post = async (activity: Record<string, unknown>): Promise<TurnResult> => {
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await res.text();
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const parsed = ExpectRepliesBody.safeParse(body);
    const activities = parsed.success ? parsed.data.activities : [];
    return {
      status: res.status,
      activities,
      texts: activities.filter((a) => a.type === 'message' && a.text).map((a) => a.text ?? ''),
      body: parsed.success ? undefined : body,
    };
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  for (;;) {
    if (exited(child)) {
      await stop();
      throw new Error(`${entry} exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${log}`);
    }
    try {
      if ((await get('/healthz')).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${entry} did not answer GET /healthz within ${options.startTimeoutMs ?? 60_000} ms:\n${log}`);
    }
    await sleep(100);
  }

  return {
    port,
    url,
    pid,
    alive: () => !exited(child),
    post,
    say: (o) => post(messageActivity(o)),
    get,
    stop,
    signal: signalGroup,
    exited: () => {
      child.ref(); // keep the test process alive while waiting for it
      return exit;
    },
    output: () => log,
  };
}

/**
 * Starts several bots at once. If one fails to start, the others are stopped before the error is
 * thrown (nothing is left running that the caller has no handle on).
 */
export async function startBotProcesses(options: BotProcessOptions[]): Promise<BotProcess[]> {
  const started = await Promise.allSettled(options.map((o) => startBotProcess(o)));
  const bots = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failure = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) {
    await Promise.all(bots.map((b) => b.stop()));
    throw failure.reason;
  }
  return bots;
}

/** Polls GET /readyz until it answers `status` (bounded); returns the last status seen. */
export async function waitForReadyz(bot: BotProcess, status: number, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = 0;
  for (;;) {
    try {
      last = (await bot.get('/readyz')).status;
    } catch {
      last = 0;
    }
    if (last === status || Date.now() > deadline) return last;
    await sleep(100);
  }
}

/** Sends `texts` one after the other on one conversation, turn i to bots[i % bots.length]. */
export async function converse(bots: BotProcess[], conversationId: string, texts: string[]): Promise<TurnResult[]> {
  const results: TurnResult[] = [];
  for (const [i, text] of texts.entries()) {
    results.push(await bots[i % bots.length].say({ conversationId, text }));
  }
  return results;
}

export interface InstancesSharingRedis {
  redis: RedisServer;
  a: BotProcess;
  b: BotProcess;
  /** Stops both bots, then the redis-server. */
  stop(): Promise<void>;
}

/** A fresh redis-server and two bot processes keeping their state in it under keyPrefix, both ready. */
export async function startInstancesSharingRedis(keyPrefix: string): Promise<InstancesSharingRedis> {
  const redis = await startRedisServer();
  const options = { redisUrl: redis.url, env: { REDIS_KEY_PREFIX: keyPrefix } };
  const [a, b] = await startBotProcesses([options, options]).catch(async (err: unknown) => {
    await redis.stop();
    throw err;
  });
  const stop = async () => {
    await Promise.all([a.stop(), b.stop()]);
    await redis.stop();
  };
  for (const bot of [a, b]) {
    const status = await waitForReadyz(bot, 200);
    if (status !== 200) {
      await stop();
      throw new Error(`instance on port ${bot.port} not ready: /readyz answered ${status}`);
    }
  }
  return { redis, a, b, stop };
}
