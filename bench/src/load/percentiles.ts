import type { LatencyMs } from './types.ts';

/**
 * Exact percentiles over every response time of a run (nearest-rank). autocannon's own
 * histogram has whole-millisecond buckets and no p95, too coarse when the floor answers in
 * a tenth of a millisecond.
 */
export function latencyPercentiles(samples: Float64Array): LatencyMs {
  if (samples.length === 0) return { p50: Number.NaN, p95: Number.NaN, p99: Number.NaN, max: Number.NaN };
  const sorted = samples.slice().sort();
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? Number.NaN };
}
