// Small helpers shared by the benchmark parts: medians, percentiles, timing, formatting.
import { performance } from 'node:perf_hooks';

export const MB = 1024 * 1024;

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100) of the values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

const gc = (globalThis as { gc?: () => void }).gc;

export interface Runs {
  warmup: number;
  /** At least this many timed runs… */
  min: number;
  /** …and more, up to `max`, while the timed runs so far took less than `budgetMs`. */
  max: number;
  budgetMs: number;
}

/**
 * Runs each function untimed `warmup` times, then timed, interleaved (a, b, a, b…) so that a burst
 * of load on the machine weighs on all of them alike. One full GC before the timed runs (when node
 * runs with --expose-gc) clears the warm-up's garbage, and none between runs: forcing one before
 * every run made analysis of a 100 KB document 4× slower here, which is not what an editor sees.
 * Returns the times in ms, per function.
 */
export function timeInterleaved(fns: (() => unknown)[], runs: Runs): number[][] {
  for (let i = 0; i < runs.warmup; i++) for (const fn of fns) fn();
  const times: number[][] = fns.map(() => []);
  let spent = 0;
  gc?.();
  for (let n = 0; n < runs.min || (n < runs.max && spent < runs.budgetMs); n++) {
    fns.forEach((fn, i) => {
      const start = performance.now();
      fn();
      const took = performance.now() - start;
      times[i].push(took);
      spent += took;
    });
  }
  return times;
}

export const timeRuns = (fn: () => unknown, runs: Runs): number[] => timeInterleaved([fn], runs)[0];

/** Rounds for the table and the JSON: 3 significant digits below 100, whole numbers above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  if (Math.abs(value) >= 100) return Math.round(value);
  return Number(value.toPrecision(3));
}

export const ms = (value: number | null | undefined): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : `${round(value)} ms`;

export const ratio = (value: number | null | undefined): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : `${round(value)}×`;

export const mbps = (bytes: number, millis: number): number => bytes / MB / (millis / 1000);

export function sizeLabel(bytes: number): string {
  if (bytes >= MB) return `${round(bytes / MB)} MB`;
  return `${round(bytes / 1024)} KB`;
}

/** A plain-text table with columns padded to their widest cell; numbers-like cells right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const right = (cell: string) => /^[-—\d.,<>≤≥×%+ ]+(ms|MB|KB|MB\/s|×)?$/.test(cell);
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (right(cell) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
