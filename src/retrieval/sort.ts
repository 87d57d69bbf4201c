// A stable sort for the short lists ranking sorts per question (a hundred candidates or so).

/** Items per run sorted by insertion before runs are merged. */
const RUN = 8;

/**
 * Sorts `items` in place, equal items kept in their order: the same result as Array.prototype.sort,
 * which however calls back into JavaScript from the engine for every comparison — most of the time a
 * sort of a hundred candidates took.
 */
export function sortStable<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  const n = items.length;
  if (n < 2) return items;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const item = items[i];
      let j = i - 1;
      for (; j >= lo && compare(items[j], item) > 0; j--) items[j + 1] = items[j];
      items[j + 1] = item;
    }
  }
  let from = items;
  let to: T[] = new Array<T>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      // From the right run only when strictly before: equal items keep their order.
      while (i < mid && j < hi) to[k++] = compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    [from, to] = [to, from];
  }
  if (from !== items) for (let i = 0; i < n; i++) items[i] = from[i];
  return items;
}
