import type { NeverReason } from "../types.js";

/**
 * The projected total of the damped trend from `origin` with steps of `step` months, final states
 * `level` (pace per month) and `trend`, and damping `phi`: its value at h months (piecewise linear
 * between whole steps, each step's pace accruing evenly) and where it reaches a value. @internal
 */
export function dampedCurve(
  origin: number,
  step: number,
  level: number,
  trend: number,
  phi: number,
): { value: (h: number) => number; reach: (v: number) => number | NeverReason } {
  const K = phi / (1 - phi);
  const lnPhi = Math.log(phi);
  /** S_k = φ + … + φ^k = K·(1 - φ^k). */
  const S = (k: number) => -K * Math.expm1(k * lnPhi);
  /** The forecast pace of step k ≥ 1. */
  const pace = (k: number) => level + trend * S(k);
  /** The projected total after j whole steps, less the origin: Δ·(j·l + b·K·(j - S_j)). */
  const after = (j: number) => step * (j * level + trend * K * (j - S(j)));
  const value = (h: number): number => {
    const s = h / step;
    if (!(s > 0)) return origin + h * pace(1);
    const j = Math.floor(s);
    return origin + after(j) + (s - j) * step * pace(j + 1);
  };
  const reach = (v: number): number | NeverReason => {
    if (v === origin) return 0;
    // In the direction of travel: Z(j) = ±(total after j steps - origin) must reach w > 0.
    const sign = v > origin ? 1 : -1;
    const w = sign * (v - origin);
    const Z = (j: number) => sign * after(j);
    const P = (k: number) => sign * pace(k);
    const limit = sign * (level + trend * K);
    let from: number; // a whole step with Z(from) < w from which Z increases
    let to: number | undefined; // a whole step with Z(to) ≥ w
    if (sign * trend <= 0) {
      // The pace (toward v) falls toward its limit: Z rises while it is positive.
      if (!(P(1) > 0)) return "never-at-this-pace";
      from = 0;
      if (!(limit > 0)) {
        const last = firstWhole((k) => !(P(k) > 0), 1) - 1; // the last step with a positive pace
        if (Number.isFinite(last)) {
          if (!(Z(last) >= w)) return "never-at-this-pace";
          to = last;
        }
      }
    } else {
      // The pace rises toward its limit: Z falls while the pace is negative, then rises for good.
      if (!(limit > 0)) return "never-at-this-pace";
      from = firstWhole((k) => P(k) > 0, 1) - 1;
    }
    to ??= firstWhole((j) => Z(j) >= w, Math.max(from, 1));
    // Not within 2^53 steps: past any calendar when the total keeps moving toward v.
    if (!Number.isFinite(to)) return limit > 0 ? MAX_STEPS * step : "never-at-this-pace";
    const j = firstWhole((k) => Z(k) >= w, from + 1, to);
    // Within step j, the pace accrues evenly: Z(j - 1) < w ≤ Z(j).
    const f = (w - Z(j - 1)) / (step * P(j));
    return step * (j - 1 + Math.min(Math.max(f, 0), 1));
  };
  return { value, reach };
}

/** Whole steps searched: 2^53, where consecutive whole numbers stop being doubles. */
const MAX_STEPS = 2 ** 53;

/**
 * The first whole k ≥ lo with `test(k)` (false then true as k grows), searching up to `hi` when
 * given (where test holds), else doubling from lo; Infinity when none is found below 2^53.
 */
function firstWhole(test: (k: number) => boolean, lo: number, hi?: number): number {
  if (test(lo)) return lo;
  let a = lo; // test(a) is false
  let b = hi;
  if (b === undefined) {
    let span = 1;
    for (;;) {
      if (a + span >= MAX_STEPS) return Infinity;
      if (test(a + span)) {
        b = a + span;
        break;
      }
      a += span;
      span *= 2;
    }
  }
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (test(mid)) b = mid;
    else a = mid;
  }
  return b;
}
