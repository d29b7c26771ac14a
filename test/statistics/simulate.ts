// Simulated monthly series from known processes, and the coverage of a projection's interval on
// them: the helpers of the simulation tests in this folder. Every series comes from a seeded
// generator (test/support/random.ts), so each figure the tests assert reproduces exactly.
import { project } from "../../src/index.js";
import type { CalendarDate, ProjectionOptions } from "../../src/index.js";
import type { Random } from "../support/random.js";

/** The end of the k-th month after January 2020 (k = 0: 2020-01-31), by UTC calendar arithmetic. */
export function monthEnd(k: number): CalendarDate {
  return new Date(Date.UTC(2020, k + 1, 0)).toISOString().slice(0, 10) as CalendarDate;
}

/** The day before a `YYYY-MM-DD` date. */
export function dayBefore(date: CalendarDate): CalendarDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10) as CalendarDate;
}

/**
 * A simulated path: its value at the end of month k (k = 0, 1, ...), for as many months as asked.
 * The values are rounded to whole numbers (the library reads counts); the rounding's error, at most
 * 0.5, is tiny beside each process's noise.
 */
export type Process = (random: Random, months: number) => number[];

/**
 * A random walk with drift on the cumulative count: `y_k = y_{k-1} + ε_k`, ε_k iid
 * N(drift, sd²). The process `linear` on increments and `run-rate` assume.
 */
export const randomWalk =
  (start: number, drift: number, sd: number): Process =>
  (random, months) => {
    const y = [start];
    for (let k = 1; k < months; k++) y.push((y[k - 1] as number) + random.normal(drift, sd));
    return y.map(Math.round);
  };

/**
 * Compound growth with log-normal monthly steps: `ln y_k = ln y_{k-1} + ε_k`, ε_k iid
 * N(logDrift, sd²). The process `cagr` assumes.
 */
export const compoundGrowth =
  (start: number, logDrift: number, sd: number): Process =>
  (random, months) => {
    const y = [start];
    for (let k = 1; k < months; k++) y.push((y[k - 1] as number) * Math.exp(random.normal(logDrift, sd)));
    return y.map(Math.round);
  };

/**
 * A running count whose monthly paces follow Holt's damped trend, ETS(A,Ad,N) (Hyndman et al.,
 * "Forecasting with Exponential Smoothing", 2008, §2.3): pace `u_k = l_{k-1} + φ·b_{k-1} + ε_k`,
 * `l_k = l_{k-1} + φ·b_{k-1} + α·ε_k`, `b_k = φ·b_{k-1} + β·ε_k`, ε_k iid N(0, sd²), and
 * `y_k = y_{k-1} + u_k`. The process `damped` assumes.
 */
export const dampedPaces =
  (start: number, level: number, trend: number, alpha: number, beta: number, phi: number, sd: number): Process =>
  (random, months) => {
    const y = [start];
    let l = level;
    let b = trend;
    for (let k = 1; k < months; k++) {
      const e = random.normal(0, sd);
      const forecast = l + phi * b;
      y.push((y[k - 1] as number) + forecast + e);
      l = forecast + alpha * e;
      b = phi * b + beta * e;
    }
    return y.map(Math.round);
  };

/**
 * A logistic curve with independent noise around it: `y_k = K / (1 + e^{-r(k - midpoint)}) + ε_k`,
 * ε_k iid N(0, sd²). The process `logistic` assumes.
 */
export const noisyLogistic =
  (capacity: number, rate: number, midpoint: number, sd: number): Process =>
  (random, months) =>
    Array.from({ length: months }, (_, k) =>
      Math.round(capacity / (1 + Math.exp(-rate * (k - midpoint))) + random.normal(0, sd)),
    );

/**
 * A running count that follows a logistic curve in its monthly increments: `y_k = y_{k-1} +
 * max(0, Δ_k·(1 + ε_k))`, Δ_k the curve's rise over month k, ε_k iid N(0, sd²) (the relative
 * noise of a month's count). Unlike {@link noisyLogistic} the noise accumulates, as it does in a
 * real running count: the curves' intervals, which treat the noise as independent, are meant to
 * be too narrow on it.
 */
export const logisticRunningCount =
  (capacity: number, rate: number, midpoint: number, sd: number): Process =>
  (random, months) => {
    const curve = (k: number) => capacity / (1 + Math.exp(-rate * (k - midpoint)));
    const y = [curve(0)];
    for (let k = 1; k < months; k++)
      y.push((y[k - 1] as number) + Math.max(0, (curve(k) - curve(k - 1)) * (1 + random.normal(0, sd))));
    return y.map(Math.round);
  };

/**
 * A Bass diffusion curve with independent noise around it: `y_k = N0 + M·F(k) + ε_k` with
 * `F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p)e^{-(p+q)t})` (Bass, 1969), ε_k iid N(0, sd²), the
 * launch at month 0. The process `bass` assumes.
 */
export const noisyBass =
  (start: number, p: number, q: number, market: number, sd: number): Process =>
  (random, months) =>
    Array.from({ length: months }, (_, k) => {
      const e = Math.exp(-(p + q) * k);
      return Math.round(start + (market * (1 - e)) / (1 + (q / p) * e) + random.normal(0, sd));
    });

/** The first `n` values of a path as month-end observations from 2020-01-31. */
export function observationsOf(path: readonly number[], n: number): { date: CalendarDate; value: number }[] {
  return path.slice(0, n).map((value, k) => ({ date: monthEnd(k), value }));
}

/** How often the interval held the truth at one horizon, and on which side it missed. */
export interface Coverage {
  /** Months after the origin (the n-th point). */
  readonly horizon: number;
  /** Number of simulated series. */
  readonly cases: number;
  /** Share of the series whose value at the horizon lay within [lower, upper]. */
  readonly covered: number;
  /** Share below `lower`. */
  readonly below: number;
  /** Share above `upper`. */
  readonly above: number;
}

/**
 * The coverage of `options`' interval (default 90 %) at each horizon: `cases` series of `process`,
 * each fitted on its first `n` months and compared with its own value `h` months after the n-th.
 * Throws when a projection has no interval (every method here should have one).
 */
export function coverageOf(
  random: Random,
  process: Process,
  n: number,
  horizons: readonly number[],
  cases: number,
  options: Omit<ProjectionOptions, "until">,
): Coverage[] {
  const longest = Math.max(...horizons);
  const inside = horizons.map(() => 0);
  const below = horizons.map(() => 0);
  for (let c = 0; c < cases; c++) {
    const path = process(random, n + longest);
    const p = project(observationsOf(path, n), { ...options, until: monthEnd(n - 1 + longest) });
    horizons.forEach((h, i) => {
      const point = p.points[h - 1];
      if (point === undefined || point.date !== monthEnd(n - 1 + h)) throw new Error(`no point at h = ${h}`);
      if (point.lower === null || point.upper === null)
        throw new Error(`${options.method}: no interval (${JSON.stringify(p.interval)})`);
      const truth = path[n - 1 + h] as number;
      if (truth < point.lower) below[i]++;
      else if (truth <= point.upper) inside[i]++;
    });
  }
  return horizons.map((horizon, i) => ({
    horizon,
    cases,
    covered: (inside[i] as number) / cases,
    below: (below[i] as number) / cases,
    above: (cases - (inside[i] as number) - (below[i] as number)) / cases,
  }));
}

/** When STATISTICS_REPORT is set, prints a titled table of rows (the figures the tests assert), plain text. */
export function report(title: string, rows: readonly object[]): void {
  if (process.env.STATISTICS_REPORT === undefined) return;
  const columns = Object.keys(rows[0] ?? {});
  const cell = (v: unknown) => (typeof v === "number" && !Number.isInteger(v) ? v.toFixed(3) : String(v ?? ""));
  const table = [columns, ...rows.map((r) => columns.map((c) => cell((r as Record<string, unknown>)[c])))];
  const widths = columns.map((_, i) => Math.max(...table.map((line) => (line[i] as string).length)));
  const lines = table.map((line) => line.map((v, i) => v.padStart(widths[i] as number)).join("  "));
  console.log([`${title}`, ...lines].join("\n"));
}
