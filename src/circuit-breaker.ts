// A circuit breaker for a remote dependency (Azure OpenAI): after `failureThreshold` failures in a
// row it opens, and calls fail at once with CircuitOpenError (the caller answers without the
// dependency) for `openMs`. Then exactly one trial call goes through while every other call still
// fails fast: success closes the circuit, failure opens it for another `openMs`. So a dead or hanging
// endpoint costs one timeout per interval instead of one per turn.
import type { Logger } from './log';

export class CircuitOpenError extends Error {
  constructor(readonly circuit: string, readonly retryInMs: number) {
    super(`${circuit}: circuit open, not calling it for another ${retryInMs} ms`);
    this.name = 'CircuitOpenError';
  }
}

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Names the dependency in logs and errors. */
  name: string;
  /** Failures in a row that open the circuit. */
  failureThreshold: number;
  /** How long it stays open before a trial call. */
  openMs: number;
  /** Which errors count against the dependency (default: all). A 400 for one bad request should not. */
  isFailure?: (err: unknown) => boolean;
  now?: () => number;
  log?: Pick<Logger, 'warn' | 'info'>;
}

export class CircuitBreaker {
  private consecutiveFailures = 0;
  private openUntil = 0;
  private current: CircuitState = 'closed';
  private trialRunning = false;
  private readonly now: () => number;
  private readonly isFailure: (err: unknown) => boolean;

  constructor(private readonly options: CircuitBreakerOptions) {
    if (!(options.failureThreshold >= 1)) throw new RangeError('failureThreshold must be at least 1.');
    if (!(options.openMs > 0)) throw new RangeError('openMs must be positive.');
    this.now = options.now ?? Date.now;
    this.isFailure = options.isFailure ?? (() => true);
  }

  get state(): CircuitState {
    return this.current;
  }

  /** Runs call unless the circuit is open; rejects with CircuitOpenError without calling it then. */
  async run<T>(call: () => Promise<T>): Promise<T> {
    const trial = this.admit();
    try {
      const result = await call();
      this.succeeded(trial);
      return result;
    } catch (err) {
      this.failed(trial, err);
      throw err;
    }
  }

  /** Lets a call through (true when it is the half-open trial) or throws CircuitOpenError. */
  private admit(): boolean {
    if (this.current === 'closed') return false;
    const now = this.now();
    if (this.current === 'open' && now >= this.openUntil) this.current = 'half-open';
    if (this.current === 'half-open' && !this.trialRunning) {
      this.trialRunning = true;
      return true;
    }
    throw new CircuitOpenError(this.options.name, Math.max(0, this.openUntil - now));
  }

  private succeeded(trial: boolean): void {
    if (trial) {
      this.trialRunning = false;
      this.current = 'closed';
      this.consecutiveFailures = 0;
      this.options.log?.info('circuit closed: the trial call succeeded', { circuit: this.options.name });
      return;
    }
    // A call that started before the circuit opened says nothing about now: only the trial decides.
    if (this.current === 'closed') this.consecutiveFailures = 0;
  }

  private failed(trial: boolean, err: unknown): void {
    if (trial) {
      // An error that is not the dependency's fault (a 400 for this request) shows it is back.
      if (!this.isFailure(err)) return this.succeeded(true);
      this.trialRunning = false;
      this.open('the trial call failed');
      return;
    }
    if (this.current !== 'closed' || !this.isFailure(err)) return;
    this.consecutiveFailures++;
    if (this.consecutiveFailures >= this.options.failureThreshold) this.open(`${this.consecutiveFailures} failures in a row`);
  }

  private open(why: string): void {
    this.current = 'open';
    this.openUntil = this.now() + this.options.openMs;
    this.options.log?.warn('circuit open: calls fail fast until a trial call succeeds', {
      circuit: this.options.name,
      why,
      openMs: this.options.openMs,
    });
  }
}

/**
 * For HTTP dependencies: what says the dependency is down or overloaded – no answer at all (timeout,
 * connection refused or reset), 408, 429 or a 5xx. Other 4xx replies are about the request.
 */
export function isUpstreamFailure(err: unknown): boolean {
  const status = typeof err === 'object' && err !== null && 'status' in err ? err.status : undefined;
  if (typeof status !== 'number') return true;
  return status === 408 || status === 429 || status >= 500;
}
