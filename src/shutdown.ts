// Graceful shutdown of the HTTP server (SIGTERM/SIGINT, see src/index.ts):
//  1. stop accepting connections (the listening socket closes: new clients get "connection refused");
//  2. close idle keep-alive connections now, and every other one as soon as its response is sent
//     (responses go out with "Connection: close");
//  3. let requests and bot turns already running finish – Direct Line turns run after their POST
//     was answered, so turns are counted on their own (TurnTracker) – then close long-lived streams
//     (Direct Line WebSockets), which would otherwise hold their connections open;
//  4. when the grace period is over, cut whatever is left (a request still being sent, a hanging
//     turn) so the process can exit on time.
import type http from 'node:http';
import type { Logger } from './log';

/** Counts bot turns in flight, so shutdown can wait for the ones no HTTP request is waiting for. */
export class TurnTracker {
  private running = 0;
  private waiters: Array<() => void> = [];

  get inFlight(): number {
    return this.running;
  }

  /** Runs one turn, counted while it runs. */
  async track<T>(turn: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await turn();
    } finally {
      this.running--;
      if (this.running === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /** Resolves when no turn is running. */
  idle(): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

export interface DrainReport {
  /** True when the grace period ran out and connections were cut. */
  forced: boolean;
  /** How long draining took. */
  ms: number;
  /** At the deadline (when forced): connections still open and turns still running. */
  openConnections?: number;
  runningTurns?: number;
}

/** How often idle connections are looked for while draining. */
const IDLE_CHECK_MS = 50;

/**
 * Watches an HTTP server from its start, so that drain() knows the requests in progress. Create it
 * right after the server and before it listens.
 */
export class HttpDrainer {
  private draining = false;
  private drainPromise: Promise<DrainReport> | undefined;
  private readonly inProgress = new Set<http.ServerResponse>();

  constructor(
    private readonly server: http.Server,
    private readonly turns: TurnTracker,
    private readonly log: Pick<Logger, 'info' | 'warn'>,
    /** Ends long-lived streams (WebSockets); called once the turns are done, or at the deadline. */
    private readonly closeStreams: () => void = () => undefined,
  ) {
    server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
      if (this.draining) res.setHeader('Connection', 'close');
      this.inProgress.add(res);
      res.once('close', () => this.inProgress.delete(res));
    });
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /**
   * Stops accepting, lets running requests and turns finish for at most graceMs, then cuts the rest.
   * Resolves when no connection is left open (or they were cut). Call once; later calls wait for the first.
   */
  drain(graceMs: number): Promise<DrainReport> {
    this.drainPromise ??= this.run(graceMs);
    return this.drainPromise;
  }

  private async run(graceMs: number): Promise<DrainReport> {
    const started = Date.now();
    this.draining = true;
    for (const res of this.inProgress) if (!res.headersSent) res.setHeader('Connection', 'close');

    const allClosed = new Promise<void>((resolve) => {
      if (!this.server.listening) return resolve();
      this.server.close(() => resolve());
    });
    this.server.closeIdleConnections();
    // A keep-alive connection becomes idle when its last response is sent: close it then.
    const sweeper = setInterval(() => this.server.closeIdleConnections(), IDLE_CHECK_MS);

    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => (timer = setTimeout(() => resolve('deadline'), graceMs)));
    const drained = this.turns
      .idle()
      .then(() => this.closeStreams())
      .then(() => allClosed)
      .then(() => 'drained' as const);
    const outcome = await Promise.race([drained, deadline]);
    clearTimeout(timer);
    clearInterval(sweeper);

    if (outcome === 'drained') {
      const report = { forced: false, ms: Date.now() - started };
      this.log.info('shutdown: every request and turn finished', report);
      return report;
    }
    const openConnections = await new Promise<number>((resolve) => this.server.getConnections((_err, n) => resolve(n ?? 0)));
    const report = { forced: true, ms: Date.now() - started, openConnections, runningTurns: this.turns.inFlight };
    this.log.warn('shutdown: grace period over; cutting the connections still open', { graceMs, ...report });
    this.closeStreams();
    this.server.closeAllConnections();
    return report;
  }
}
