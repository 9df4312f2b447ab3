/** Timing helpers for the benchmark: every figure comes from these measured samples. */

/** Summary of one measured operation, in milliseconds. */
export interface Timing {
  median: number;
  p90: number;
  min: number;
  max: number;
  runs: number;
}

/** The value at quantile `q` (0..1) of sorted samples, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] as number;
}

/** Median, p90, min and max of raw samples. */
export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    runs: sorted.length,
  };
}

/**
 * Runs `fn(i)` `warmup` times unmeasured (so the JIT has compiled it, as in a studio that has
 * been open a while), then `runs` times measured. `fn` may be async.
 */
export async function measure(runs: number, warmup: number, fn: (i: number) => unknown): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

/** "12.3" style: 3 significant digits for small figures, whole milliseconds above 100. */
export function ms(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
