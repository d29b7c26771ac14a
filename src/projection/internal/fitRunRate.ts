import type { FloatPath, Model } from "./model.js";
import { reachLine } from "./model.js";

/**
 * The run-rate projection: the trailing mean monthly increment over `window` months ending at the
 * origin, `(y(0) - y(-w)) / w`, values between points interpolated linearly on the month axis
 * ([run rate](../../../docs/methodology.md#run-rate)), extended as a straight line from the origin
 * value. When the path is shorter than the window, the whole path is the window. No interval (it is
 * not a statistical fit). O(n).
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
  return {
    fittedOn: "increments",
    parameters: { rate, window: w },
    value: (h) => origin + rate * h,
    interval: () => null,
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
