// A real redis-server for tests and benchmarks: its own temp dir, a free loopback port, no
// persistence unless asked (appendOnly for the restart test). kill() simulates a crash (SIGKILL);
// restart() brings it back on the same port and dir.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RedisServerOptions {
  /** Keep data across kill()/restart(): appendonly yes, appendfsync always. */
  appendOnly?: boolean;
  /** Path of the redis-server binary (default: redis-server on PATH). */
  binary?: string;
  /** More command-line options, e.g. ['--maxmemory', '1mb']. */
  extraArgs?: string[];
}

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  readonly dir: string;
  /** True between start/restart and kill/stop. */
  readonly running: boolean;
  /** SIGKILL, as if the machine died. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** Starts again on the same port and dir (after kill()). Resolves when PING answers. */
  restart(): Promise<void>;
  /** Stops the server and removes its dir. Idempotent. */
  stop(): Promise<void>;
  /** What the server printed (for failure messages). */
  output(): string;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => (port > 0 ? resolve(port) : reject(new Error('could not find a free port'))));
    });
  });
}

/** One PING over a raw socket; true when "+PONG" comes back. */
function ping(port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-redis-'));
  const port = await freePort();
  const binary = options.binary ?? 'redis-server';
  const args = [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--dir', dir,
    '--save', '',
    '--daemonize', 'no',
    '--loglevel', 'warning',
    ...(options.appendOnly ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no']),
    ...(options.extraArgs ?? []),
  ];
  let child: ChildProcess | undefined;
  let log = '';
  let stopped = false;

  const launch = async () => {
    const proc = spawn(binary, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    proc.stdout?.on('data', (c: Buffer) => (log = (log + c.toString('utf8')).slice(-20_000)));
    proc.stderr?.on('data', (c: Buffer) => (log = (log + c.toString('utf8')).slice(-20_000)));
    let spawnError: Error | undefined;
    proc.once('error', (err) => (spawnError = err));
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (spawnError) throw new Error(`could not start ${binary}: ${spawnError.message} (run scripts/ensure-test-deps.sh)`);
      if (proc.exitCode !== null) throw new Error(`redis-server exited with ${proc.exitCode}:\n${log}`);
      if (await ping(port)) return;
      if (Date.now() > deadline) {
        proc.kill('SIGKILL');
        throw new Error(`redis-server on port ${port} did not answer PING within 10 s:\n${log}`);
      }
      await sleep(25);
    }
  };

  const killNow = async (signal: NodeJS.Signals) => {
    const proc = child;
    child = undefined;
    if (!proc) return;
    const exited = waitForExit(proc);
    proc.kill(signal);
    await exited;
  };

  await launch();

  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    get running() {
      return child !== undefined;
    },
    kill: () => killNow('SIGKILL'),
    async restart() {
      if (stopped) throw new Error('restart() after stop()');
      await killNow('SIGKILL');
      await launch();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await killNow('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
    output: () => log,
  };
}
