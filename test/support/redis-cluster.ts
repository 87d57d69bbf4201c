// A real three-node Redis Cluster for tests: three `redis-server --cluster-enabled yes` processes
// (test/support/redis-server.ts, each with its own dir, port and cluster bus port), joined with
// `redis-cli --cluster create` into three primaries without replicas, ready once every node reports
// cluster_state:ok.
import { execFile } from 'node:child_process';
import net from 'node:net';
import { promisify } from 'node:util';
import { freePort, startRedisServer, type RedisServer } from './redis-server';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface RedisCluster {
  readonly nodes: RedisServer[];
  /** Seed URLs of all nodes, comma-separated (REDIS_URL with REDIS_CLUSTER=true). */
  readonly url: string;
  /** Stops every node and removes their dirs. */
  stop(): Promise<void>;
}

/** One command to one node over a raw socket (inline protocol); the raw reply text. */
function command(port: number, line: string, timeoutMs = 1000): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = () => {
      socket.destroy();
      resolve(reply);
    };
    socket.setTimeout(timeoutMs, done);
    socket.once('error', done);
    socket.once('connect', () => socket.write(`${line}\r\n`));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      // A bulk string reply: $<len>\r\n<data>\r\n
      const header = /^\$(\d+)\r\n/.exec(reply);
      if (!header || reply.length >= header[0].length + Number(header[1]) + 2) done();
    });
  });
}

export async function startRedisCluster(size = 3): Promise<RedisCluster> {
  const nodes: RedisServer[] = [];
  const stop = async () => {
    await Promise.all(nodes.map((n) => n.stop()));
  };
  try {
    for (let i = 0; i < size; i++) {
      // The cluster bus defaults to port + 10000, which may be taken or past 65535: choose it too.
      const busPort = await freePort();
      nodes.push(
        await startRedisServer({
          extraArgs: ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '2000', '--cluster-port', String(busPort)],
        }),
      );
    }
    const addresses = nodes.map((n) => `127.0.0.1:${n.port}`);
    await run('redis-cli', ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes'], { timeout: 30_000 });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const states = await Promise.all(nodes.map((n) => command(n.port, 'CLUSTER INFO')));
      if (states.every((s) => s.includes('cluster_state:ok'))) break;
      if (Date.now() > deadline) throw new Error(`the cluster did not become ready:\n${states.join('\n')}`);
      await sleep(100);
    }
    return { nodes, url: nodes.map((n) => n.url).join(','), stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
