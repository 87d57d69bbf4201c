// Latency figures for the benches: percentiles and a summary of timed samples.

export interface LatencySummary {
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export function summarizeLatency(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((a, n) => a + n, 0) / sorted.length : 0;
  const r = (n: number): number => Math.round(n * 1000) / 1000;
  return { p50: r(percentile(sorted, 50)), p95: r(percentile(sorted, 95)), max: r(sorted[sorted.length - 1] ?? 0), mean: r(mean) };
}
