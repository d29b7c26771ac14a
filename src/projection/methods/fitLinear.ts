import type { Issue } from "../../errors/core.js";
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
  const rho = lagOneAutocorrelation(x, y, ybar, slope, xbar, sse);
  const warnings = rho !== null && rho > AUTOCORRELATION_Z / Math.sqrt(n) ? [autocorrelated(rho, n)] : undefined;
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
    ...(warnings !== undefined && { warnings }),
  };
}

/**
 * The one-sided 5 % point of the standard normal: residuals whose lag-1 autocorrelation exceeds
 * `1.645/√n` fail the large-sample test of independence (under it, ρ̂₁ is about N(0, 1/n); Box &
 * Jenkins, "Time series analysis", 1970, §6.2). @internal
 */
export const AUTOCORRELATION_Z = 1.6448536269514722;

/** ρ̂₁ = Σ r_i r_{i-1} / Σ r_i² of the residuals about the line, in order of x; null with fewer than 4 points or no residual. */
function lagOneAutocorrelation(
  x: readonly number[],
  y: readonly number[],
  ybar: number,
  slope: number,
  xbar: number,
  sse: number,
): number | null {
  const n = x.length;
  if (n < 4 || !(sse > 0)) return null;
  let sum = 0;
  let previous = (y[0] as number) - (ybar + slope * ((x[0] as number) - xbar));
  for (let i = 1; i < n; i++) {
    const r = (y[i] as number) - (ybar + slope * ((x[i] as number) - xbar));
    sum += r * previous;
    previous = r;
  }
  return sum / sse;
}

/** The `autocorrelated_residuals` warning of a line on cumulative values. */
function autocorrelated(rho: number, n: number): Issue {
  return {
    code: "autocorrelated_residuals",
    path: "options.fitOn",
    message: `The residuals of the line fitted on cumulative values are autocorrelated (lag-1 autocorrelation ${rho.toFixed(2)}, above 1.645/√${n} = ${(AUTOCORRELATION_Z / Math.sqrt(n)).toFixed(2)}): its interval assumes independent errors and is too narrow. fitOn "increments" (the random walk with drift) models the errors of a running total.`,
  };
}
