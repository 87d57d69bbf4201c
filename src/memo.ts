// Reading text looks up the same few thousand words (and report sentences) message after message, and
// what is worked out for one depends on it alone: remember it. Bounded: past `max` entries the memory
// starts over, so no input can grow it without end.
export function memoize<V extends {} | null>(compute: (key: string) => V, max: number): (key: string) => V {
  const seen = new Map<string, V>();
  return (key) => {
    const hit = seen.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (seen.size >= max) seen.clear();
    seen.set(key, value);
    return value;
  };
}
