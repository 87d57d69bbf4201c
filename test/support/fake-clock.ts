// A clock that only moves when someone sleeps: sleep(ms) moves it forward by ms at once. Streaming code
// run on it waits no real time, and what it sends can be checked against the times it chose.
import type { Clock } from '../../src/replies/stream/clock';

export class FakeClock implements Clock {
  constructor(private time = 1_000_000) {}

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    this.time += Math.max(0, ms);
    return new Promise((resolve) => setImmediate(resolve));
  }
}
