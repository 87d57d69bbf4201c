// Drives a turn lock hard: many critical sections on one resource, spread over several lock instances.
import type { TurnLock } from '../../src/state';
import { sleep } from './redis-helpers';

/** Runs `count` critical sections on `resource` spread over `locks`; reports overlap and order. */
export async function hammer(locks: TurnLock[], resource: string, count: number) {
  let inside = 0;
  let maxInside = 0;
  let completed = 0;
  const fences: number[] = [];
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      locks[i % locks.length].run(resource, async (lease) => {
        inside++;
        maxInside = Math.max(maxInside, inside);
        fences.push(lease.fence);
        await sleep(Math.floor(Math.random() * 3));
        inside--;
        completed++;
      }),
    ),
  );
  return { maxInside, completed, fences };
}

export function strictlyIncreasing(xs: number[]): boolean {
  return xs.every((x, i) => i === 0 || x > xs[i - 1]);
}
