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

/**
 * spawn() arguments that run `command args…` as the very same process (sh execs it, with stdin from
 * /dev/null), next to a watcher that SIGKILLs it – its whole process group when `group` – once its
 * stdin pipe closes. Our end of that pipe closes when the test process ends, however it ends (a
 * forgotten stop(), a beforeAll that timed out, jest killed by CI), so no redis-server or bot outlives
 * the tests; a jest 'exit' hook could not do that (jest gives test files their own `process`).
 * Spawn it with stdin 'pipe', and destroy that pipe once the child has exited (the watcher then ends).
 */
export function diesWithParent(command: string, args: string[], group = false): [string, string[]] {
  const victim = group ? '-$$' : '$$';
  const script = `exec 3<&0 0</dev/null; (cat <&3 >/dev/null; kill -9 ${victim} 2>/dev/null) & exec 3<&- "$0" "$@"`;
  return ['sh', ['-c', script, command, ...args]];
}

/**
 * A child that does not keep the test process alive on its own, so a forgotten one cannot make jest
 * hang after the tests (diesWithParent ends it then). Stopping it refs it again while waiting.
 */
export function unrefChild(child: ChildProcess): void {
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) if (stream instanceof net.Socket) stream.unref();
}

export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-redis-'));
  const binary = options.binary ?? 'redis-server';
  const argsFor = (port: number) => [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--dir', dir,
    '--save', '',
    '--daemonize', 'no',
    '--loglevel', 'warning',
    ...(options.appendOnly ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no']),
    ...(options.extraArgs ?? []),
  ];
  let port = 0;
  let child: ChildProcess | undefined;
  let log = '';
  let stopped = false;

  const launch = async () => {
    const [file, args] = diesWithParent(binary, argsFor(port));
    const proc = spawn(file, args, { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    child = proc;
    unrefChild(proc);
    proc.stdout?.on('data', (c: Buffer) => (log = (log + c.toString('utf8')).slice(-20_000)));
    proc.stderr?.on('data', (c: Buffer) => (log = (log + c.toString('utf8')).slice(-20_000)));
    let spawnError: Error | undefined;
    proc.once('error', (err) => (spawnError = err));
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (spawnError) throw new Error(`could not start ${binary}: ${spawnError.message}`);
      if (proc.exitCode !== null) {
        const hint = proc.exitCode === 127 ? ' (not installed? run scripts/ensure-test-deps.sh)' : '';
        throw new Error(`redis-server exited with ${proc.exitCode}${hint}:\n${log}`);
      }
      if (await ping(port)) return;
      if (Date.now() > deadline) {
        await killNow('SIGKILL');
        throw new Error(`redis-server on port ${port} did not answer PING within 10 s:\n${log}`);
      }
      await sleep(25);
    }
  };

  const killNow = async (signal: NodeJS.Signals) => {
    const proc = child;
    child = undefined;
    if (!proc) return;
    if (proc.pid !== undefined) {
      proc.ref(); // wait for the exit even if nothing else keeps the process alive
      const exited = waitForExit(proc);
      proc.kill(signal);
      await exited;
    }
    proc.stdin?.destroy(); // and let its watcher go
  };

  // The free port may be taken by someone else before redis-server binds it: then try another.
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    log = '';
    try {
      await launch();
      break;
    } catch (err) {
      await killNow('SIGKILL');
      if (attempt < 3 && /Address already in use/i.test(log)) continue;
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
  }

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
