import type { FloatPath, Model } from "./model.js";
import { reachLine } from "./model.js";
import { randomWalkFit, randomWalkPredictive } from "./randomWalk.js";

/**
 * The run-rate projection: the trailing mean monthly increment over `window` months ending at the
 * origin, `(y(0) - y(-w)) / w`, values between points interpolated linearly on the month axis
 * ([run rate](../../../docs/methodology.md#run-rate)), extended as a straight line from the origin
 * value. When the path is shorter than the window, the whole path is the window.
 *
 * Interval: the random walk with drift around that rate. The spread σ of the monthly steps comes
 * from the whole path (see `randomWalkFit`, m - 1 degrees of freedom), and the rate's own error
 * from the window: `± t · σ · sqrt(h + h²/w)`. A path whose rate changed has a larger σ, so the
 * interval errs wide. Needs three points. O(n).
 * @internal
 */
export function fitRunRate(path: FloatPath, window: number): Model | null {
  const { x, y } = path;
  const n = x.length;
  if (n < 2) return null;
  const first = x[0] as number;
  const w = Math.min(window, 0 - first);
  if (!(w > 0)) return null;
  const origin = y[n - 1] as number;
  const rate = (origin - interpolate(path, -w)) / w;
  const value = (h: number) => origin + rate * h;
  const walk = randomWalkFit(x, y);
  const df = walk?.df ?? 0;
  const sigma = walk?.sigma ?? 0;
  return {
    fittedOn: "increments",
    parameters: { rate, window: w, residualStandardError: sigma, degreesOfFreedom: df },
    value,
    predictive: df > 0 ? randomWalkPredictive(value, sigma, w, df) : null,
    reach: (v) => reachLine(origin, rate, v),
  };
}

/** Linear interpolation of the path at `h` (inside its range). */
export function interpolate(path: FloatPath, h: number): number {
  const { x, y } = path;
  let lo = 0;
  let hi = x.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((x[mid] as number) <= h) lo = mid;
    else hi = mid - 1;
  }
  const x0 = x[lo] as number;
  const y0 = y[lo] as number;
  // At the last point (or beyond it). At an inner point h === x0, and the formula below gives y0 exactly.
  if (lo === x.length - 1) return y0;
  const x1 = x[lo + 1] as number;
  const y1 = y[lo + 1] as number;
  return y0 + ((y1 - y0) * (h - x0)) / (x1 - x0);
}
