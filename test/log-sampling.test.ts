// Warnings sampled per kind: the first in an interval at warn, the rest at debug, and the next warn says
// how many went to debug. The clock is moved by hand.
import { createLogger } from '../src/log';
import { sampledWarnings } from '../src/log-sampling';

function setUp(options: { maxKinds?: number } = {}) {
  const lines: string[] = [];
  const log = createLogger('debug', (line) => lines.push(line));
  const clock = { now: 1_000_000 };
  const warn = sampledWarnings(log, { intervalMs: 10_000, now: () => clock.now, ...options });
  const records = () => lines.map((l) => JSON.parse(l) as { level: string; msg: string; suppressed?: number; status?: number });
  return { warn, clock, records };
}

test('a flood of one kind is one warning per interval; the next says how many went to debug', () => {
  const { warn, clock, records } = setUp();
  for (let i = 0; i < 100; i++) warn('404', 'request rejected', { status: 404 });
  expect(records().filter((r) => r.level === 'warn')).toHaveLength(1);
  expect(records().filter((r) => r.level === 'debug')).toHaveLength(99);
  expect(records()[0].suppressed).toBeUndefined();

  clock.now += 9_999;
  warn('404', 'request rejected', { status: 404 });
  expect(records().filter((r) => r.level === 'warn')).toHaveLength(1);

  clock.now += 1;
  warn('404', 'request rejected', { status: 404 });
  const warnings = records().filter((r) => r.level === 'warn');
  expect(warnings).toHaveLength(2);
  expect(warnings[1]).toMatchObject({ msg: 'request rejected', status: 404, suppressed: 100 });

  // A quiet interval: the next warning has nothing suppressed to report.
  clock.now += 20_000;
  warn('404', 'request rejected', { status: 404 });
  expect(records().filter((r) => r.level === 'warn')[2].suppressed).toBeUndefined();
});

test('kinds are sampled separately', () => {
  const { warn, records } = setUp();
  for (let i = 0; i < 5; i++) {
    warn('404', 'request rejected');
    warn('400', 'request rejected');
    warn('token', 'bot token refused');
  }
  expect(records().filter((r) => r.level === 'warn').map((r) => r.msg)).toEqual(['request rejected', 'request rejected', 'bot token refused']);
});

test('past maxKinds the kinds are forgotten, so memory stays bounded and a known kind warns again', () => {
  const { warn, records } = setUp({ maxKinds: 3 });
  for (const kind of ['a', 'b', 'c']) warn(kind, 'x');
  warn('a', 'x');
  expect(records().filter((r) => r.level === 'warn')).toHaveLength(3);
  warn('d', 'x'); // the fourth kind: all forgotten
  warn('a', 'x');
  expect(records().filter((r) => r.level === 'warn')).toHaveLength(5);
});
