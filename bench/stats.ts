/** Latency percentiles in milliseconds. */
export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

/** The p50, p95 and p99 of a set of durations (nearest rank on the sorted values). */
export function percentiles(durations: ArrayLike<number>): Percentiles {
  const sorted = Float64Array.from(durations).sort();
  const at = (p: number) =>
    sorted.length === 0
      ? Number.NaN
      : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Milliseconds since a `process.hrtime.bigint()` reading. */
export const msSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
