import type { FloatPath, Model } from "./model.js";
import { reachLine } from "./model.js";
import { studentPredictive } from "../intervals/predictive.js";

/**
 * Ordinary least squares of the cumulative value on the month axis, `y = b0 + b1·h`, with the
 * prediction interval of a new observation at `h` ([linear trend](../../../docs/methodology.md#linear-trend)):
 * `ŷ ± t_{(1+c)/2, n-2} · s · sqrt(1 + 1/n + (h - x̄)² / Sxx)`, `s² = SSE / (n - 2)`.
 *
 * Centred sums (two passes) keep it well conditioned. Needs two distinct dates; the interval
 * needs three points (n - 2 ≥ 1 degrees of freedom), otherwise it is null. O(n).
 * @internal
 */
export function fitLinear(path: FloatPath): Model | null {
  const { x, y } = path;
  const n = x.length;
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i] as number;
    sy += y[i] as number;
  }
  const xbar = sx / n;
  const ybar = sy / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - xbar;
    sxx += dx * dx;
    sxy += dx * ((y[i] as number) - ybar);
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  const intercept = ybar - slope * xbar; // at h = 0, the origin
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const r = (y[i] as number) - (ybar + slope * ((x[i] as number) - xbar));
    sse += r * r;
  }
  const df = n - 2;
  const s = Math.sqrt(sse / df); // read only when df > 0
  const value = (h: number) => ybar + slope * (h - xbar);
  return {
    fittedOn: "cumulative",
    parameters: { intercept, slope, residualStandardError: df > 0 ? s : 0, degreesOfFreedom: df, meanX: xbar, sxx },
    value,
    predictive:
      df > 0
        ? studentPredictive(
            "ols-prediction",
            value,
            (h) => s * Math.sqrt(1 + 1 / n + ((h - xbar) * (h - xbar)) / sxx),
            df,
          )
        : null,
    reach: (v) => reachLine(intercept, slope, v),
  };
}
