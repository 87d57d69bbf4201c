// The circuit breaker on its own, with a clock the test moves: when it opens, that it does not call
// while open, that exactly one trial goes through after the interval, and what closes it again.
import { CircuitBreaker, CircuitOpenError, isUpstreamFailure } from '../src/circuit-breaker';

function setup(failureThreshold = 3, openMs = 10_000) {
  let now = 1_000;
  const log: string[] = [];
  const breaker = new CircuitBreaker({
    name: 'dep',
    failureThreshold,
    openMs,
    isFailure: isUpstreamFailure,
    now: () => now,
    log: { warn: (m) => log.push(`warn ${m}`), info: (m) => log.push(`info ${m}`) },
  });
  let calls = 0;
  const ok = () => breaker.run(async () => (calls++, 'ok'));
  const fail = (status?: number) =>
    breaker.run(async () => {
      calls++;
      throw Object.assign(new Error('down'), status === undefined ? {} : { status });
    });
  return { breaker, ok, fail, log, calls: () => calls, advance: (ms: number) => (now += ms) };
}

test('opens after the threshold of failures in a row and then fails fast without calling', async () => {
  const t = setup(3);
  await expect(t.fail()).rejects.toThrow('down');
  await expect(t.fail(503)).rejects.toThrow('down');
  expect(t.breaker.state).toBe('closed');
  await expect(t.fail(429)).rejects.toThrow('down');
  expect(t.breaker.state).toBe('open');
  expect(t.log).toEqual(['warn circuit open: calls fail fast until a trial call succeeds']);
  const before = t.calls();
  for (let i = 0; i < 10; i++) await expect(t.ok()).rejects.toBeInstanceOf(CircuitOpenError);
  expect(t.calls()).toBe(before);
});

test('a success resets the count; failures that are about the request do not count', async () => {
  const t = setup(2);
  await expect(t.fail()).rejects.toThrow();
  await t.ok();
  await expect(t.fail()).rejects.toThrow();
  await expect(t.fail(400)).rejects.toThrow();
  await expect(t.fail(404)).rejects.toThrow();
  expect(t.breaker.state).toBe('closed');
  await expect(t.fail(500)).rejects.toThrow();
  expect(t.breaker.state).toBe('open');
});

test('after the interval one trial goes through while the others still fail fast; its success closes', async () => {
  const t = setup(1, 10_000);
  await expect(t.fail()).rejects.toThrow();
  t.advance(9_999);
  await expect(t.ok()).rejects.toBeInstanceOf(CircuitOpenError);
  t.advance(1);
  let finishTrial: (v: string) => void = () => undefined;
  const trial = t.breaker.run(() => new Promise<string>((resolve) => (finishTrial = resolve)));
  expect(t.breaker.state).toBe('half-open');
  await expect(t.ok()).rejects.toBeInstanceOf(CircuitOpenError);
  finishTrial('back');
  await expect(trial).resolves.toBe('back');
  expect(t.breaker.state).toBe('closed');
  await expect(t.ok()).resolves.toBe('ok');
  expect(t.log.at(-1)).toBe('info circuit closed: the trial call succeeded');
});

test('a failed trial opens it for another interval: one call per interval while the dependency is down', async () => {
  const t = setup(1, 10_000);
  await expect(t.fail()).rejects.toThrow();
  for (let interval = 0; interval < 5; interval++) {
    t.advance(10_000);
    await expect(t.fail()).rejects.toThrow('down');
    for (let i = 0; i < 20; i++) await expect(t.fail()).rejects.toBeInstanceOf(CircuitOpenError);
  }
  expect(t.calls()).toBe(6);
});

test('a trial answered with a request error shows the dependency is back', async () => {
  const t = setup(1, 1000);
  await expect(t.fail()).rejects.toThrow();
  t.advance(1000);
  await expect(t.fail(400)).rejects.toThrow('down');
  expect(t.breaker.state).toBe('closed');
});

test('late results of calls started before it opened do not close or reopen it', async () => {
  const t = setup(1, 10_000);
  let finishEarly: (v: string) => void = () => undefined;
  const early = t.breaker.run(() => new Promise<string>((resolve) => (finishEarly = resolve)));
  await expect(t.fail()).rejects.toThrow();
  expect(t.breaker.state).toBe('open');
  finishEarly('late');
  await expect(early).resolves.toBe('late');
  expect(t.breaker.state).toBe('open');
});

test('isUpstreamFailure: no reply, 408, 429 and 5xx count; other 4xx do not', () => {
  expect(isUpstreamFailure(new Error('ECONNREFUSED'))).toBe(true);
  expect(isUpstreamFailure(Object.assign(new Error('x'), { status: 503 }))).toBe(true);
  expect(isUpstreamFailure(Object.assign(new Error('x'), { status: 429 }))).toBe(true);
  expect(isUpstreamFailure(Object.assign(new Error('x'), { status: 408 }))).toBe(true);
  expect(isUpstreamFailure(Object.assign(new Error('x'), { status: 400 }))).toBe(false);
  expect(isUpstreamFailure(Object.assign(new Error('x'), { status: 401 }))).toBe(false);
});
