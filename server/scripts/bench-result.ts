/**
 * What every bench script reports to `npm run bench` (scripts/bench.ts), which runs each one as a
 * child process and prints their rows as one table (issue 15, "Performance budget"). A script run
 * alone (`npm run bench:x`) prints its own figures as before; with BENCH_JSON=1 it also prints its
 * rows as one line `BENCH_RESULT <json>` at the end.
 */
export interface BenchRow {
  benchmark: string;
  /** What was measured, with its unit (e.g. `812 req/s, p99 14.2 ms`). */
  measured: string;
  /** The raw baseline measured in the same run, or `—`. */
  baseline: string;
  /** measured / baseline in the goal's direction, or null when there is no baseline. */
  ratio: number | null;
  goal: string;
  /** Whether the goal is met; null when the row is informative only. */
  met: boolean | null;
}

export const benchResultPrefix = 'BENCH_RESULT ';

/** `--quick` (or BENCH_QUICK=1): smaller sizes, for a run of a few minutes. */
export const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';

export function reportRows(rows: BenchRow[]): void {
  if (process.env.BENCH_JSON === '1') console.log(benchResultPrefix + JSON.stringify(rows));
}

/** Milliseconds, one decimal. */
export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The value at quantile q of sorted values. */
export const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Throughput and latency of a closed-loop run. */
export interface LoadRun {
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * `workers` callers repeating `once` for `seconds` after 20 warm-up calls (plans, caches, JIT):
 * throughput and latency percentiles. One definition for every bench script that loads a path.
 */
export async function closedLoop(
  once: () => Promise<unknown>,
  { workers, seconds }: { workers: number; seconds: number },
): Promise<LoadRun> {
  for (let i = 0; i < 20; i++) await once();
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        await once();
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / seconds,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
  };
}
