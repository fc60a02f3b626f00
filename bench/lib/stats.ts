/** Timing helpers for the suites: bounded sampling and order statistics. */

export interface Summary {
  n: number;
  /** The middle value (the mean of the two middle values for an even count). */
  median: number;
  /** Nearest-rank 95th percentile. */
  p95: number;
  mean: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array (`p` in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarize(samples: readonly number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  const mid = s.length >> 1;
  const median = s.length === 0 ? Number.NaN : s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { n: s.length, median, p95: percentile(s, 95), mean, min: s[0] ?? Number.NaN, max: s.at(-1) ?? Number.NaN };
}

export interface SampleBudget {
  /** Untimed calls per case first (JIT warm-up). */
  warmup?: number;
  /** Most timed calls per case. */
  iterations: number;
  /** Stop sampling after this much wall time (every case keeps at least `minIterations`). */
  maxMs: number;
  minIterations?: number;
}

/**
 * Times several cases round-robin (a, b, c, a, b, c, ...) so that garbage collection and JIT
 * warm-up fall on every case alike; returns milliseconds per call for each case.
 */
export async function sampleInterleaved(cases: readonly (() => unknown | Promise<unknown>)[], budget: SampleBudget): Promise<number[][]> {
  for (let i = 0; i < (budget.warmup ?? 0); i++) for (const fn of cases) await fn();
  const out = cases.map(() => [] as number[]);
  const started = performance.now();
  const minIterations = budget.minIterations ?? 5;
  for (let i = 0; i < budget.iterations; i++) {
    if (i >= minIterations && performance.now() - started > budget.maxMs) break;
    for (let c = 0; c < cases.length; c++) {
      const t = performance.now();
      await cases[c]!();
      out[c]!.push(performance.now() - t);
    }
  }
  return out;
}

/** Times one case; `fn` gets the iteration number (for a different id per call). */
export async function sample(fn: (i: number) => unknown | Promise<unknown>, budget: SampleBudget): Promise<number[]> {
  for (let i = 0; i < (budget.warmup ?? 0); i++) await fn(-1 - i);
  const out: number[] = [];
  const started = performance.now();
  const minIterations = budget.minIterations ?? 5;
  for (let i = 0; i < budget.iterations; i++) {
    if (i >= minIterations && performance.now() - started > budget.maxMs) break;
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

/** Rounds to a few significant digits for reports. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  return Number(value.toFixed(Math.min(decimals, 6)));
}

export const MB = 1024 * 1024;
