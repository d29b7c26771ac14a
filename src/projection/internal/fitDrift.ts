import { type FloatPath, type Model, pathEnds, reachLine } from "./model.js";
import { studentTQuantile } from "./studentT.js";

/**
 * Linear projection fitted on increments: the random walk with drift. Each increment between
 * consecutive points is `Δy_i = μ·Δx_i + ε_i` with `Var ε_i = σ²·Δx_i` (independent increments,
 * variance proportional to the time they cover), so weighted least squares gives
 * `μ = ΣΔy / ΣΔx` (the mean monthly increment since the first point) and
 * `σ² = Σ (Δy_i - μΔx_i)² / Δx_i / (m - 1)` for m increments. From the origin value y_o:
 * `ŷ(h) = y_o + μh`, with the prediction interval `± t_{(1+c)/2, m-1} · σ · sqrt(h + h²/ΣΔx)`.
 *
 * This is the interval to trust for a cumulative series, whose residuals around a fitted line are
 * autocorrelated ([random walk with drift](../../../docs/methodology.md#random-walk-with-drift)).
 * Needs two points; the interval needs three. O(n).
 * @internal
 */
export function fitDrift(path: FloatPath, confidence: number): Model | null {
  const ends = pathEnds(path);
  if (ends === null) return null;
  const { first, origin, span } = ends;
  const { x, y } = path;
  const n = x.length;
  const drift = (origin - first) / span;
  const m = n - 1;
  let ss = 0;
  for (let i = 1; i < n; i++) {
    const dx = (x[i] as number) - (x[i - 1] as number);
    const r = (y[i] as number) - (y[i - 1] as number) - drift * dx;
    ss += (r * r) / dx;
  }
  const df = m - 1;
  const sigma = Math.sqrt(ss / df); // read only when df > 0
  const t = df > 0 ? studentTQuantile((1 + confidence) / 2, df) : NaN;
  const value = (h: number) => origin + drift * h;
  return {
    fittedOn: "increments",
    parameters: {
      intercept: origin,
      slope: drift,
      residualStandardError: df > 0 ? sigma : 0,
      degreesOfFreedom: df,
      span,
    },
    value,
    interval:
      df > 0
        ? (h) => {
            const a = Math.abs(h);
            const half = t * sigma * Math.sqrt(a + (a * a) / span);
            const v = value(h);
            return [v - half, v + half];
          }
        : () => null,
    reach: (v) => reachLine(origin, drift, v),
  };
}
