import { logStudentPredictive, type Predictive, studentPredictive } from "../intervals/predictive.js";

/**
 * A random walk with drift fitted to values `v` on the month axis `x` (sorted, distinct): each step
 * `Δv_i = μ·Δx_i + ε_i` with `Var ε_i = σ²·Δx_i` (independent steps, variance proportional to the
 * time they cover). Weighted least squares gives `μ = (v_last - v_first) / span` and
 * `σ² = Σ (Δv_i - μΔx_i)² / Δx_i / (m - 1)` over the m steps, with m - 1 degrees of freedom
 * ([random walk with drift](../../../docs/methodology.md#random-walk-with-drift)). Null with fewer
 * than two points or no time between the ends; `sigma` is 0 and `df` 0 with one step. O(n).
 * @internal
 */
export function randomWalkFit(
  x: ArrayLike<number>,
  v: ArrayLike<number>,
): { first: number; last: number; drift: number; span: number; sigma: number; df: number } | null {
  const n = x.length;
  // Fewer than two points give a span of 0 (one point) or NaN (none): both fail the test.
  const span = (x[n - 1] as number) - (x[0] as number);
  if (!(span > 0)) return null;
  const first = v[0] as number;
  const last = v[n - 1] as number;
  const drift = (last - first) / span;
  let ss = 0;
  for (let i = 1; i < n; i++) {
    const dx = (x[i] as number) - (x[i - 1] as number);
    const r = (v[i] as number) - (v[i - 1] as number) - drift * dx;
    ss += (r * r) / dx;
  }
  const df = n - 2;
  return { first, last, drift, span, sigma: df > 0 ? Math.sqrt(ss / df) : 0, df: Math.max(df, 0) };
}

/**
 * The predictive distribution of a random walk with drift from the origin (h = 0): `mean(h)` plus
 * Student's t with `df` degrees of freedom scaled by `σ·sqrt(h + h²/span)`: the walk's own spread
 * over h months, and the error of a drift estimated over `span` months, carried h months on. With
 * `log-random-walk-with-drift` the walk is of the logarithm: `mean(h)` is the log of the median.
 * @internal
 */
export function randomWalkPredictive(
  mean: (h: number) => number,
  sigma: number,
  span: number,
  df: number,
  kind: "random-walk-with-drift" | "log-random-walk-with-drift" = "random-walk-with-drift",
): Predictive {
  const scale = (h: number) => {
    const a = Math.abs(h); // before the origin (valueAt of an earlier date): mirrored
    return sigma * Math.sqrt(a + (a * a) / span);
  };
  return kind === "log-random-walk-with-drift"
    ? logStudentPredictive(kind, mean, scale, df)
    : studentPredictive(kind, mean, scale, df);
}
