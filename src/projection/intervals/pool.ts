/**
 * Combining the predictive distributions of several methods (`auto`): the linear pool, widened
 * about its median; its weights come from `crpsStacking`.
 * @internal
 * @module
 */
import type { Predictive } from "./predictive.js";

/**
 * The interval score of a central interval [l, u] of level 1 - α for the outcome y (Gneiting &
 * Raftery 2007, §6.2): `(u - l) + (2/α)·(l - y)⁺ + (2/α)·(y - u)⁺`, lower is better; a proper
 * score, so an honest interval scores best on average: narrow, and missing rarely. @internal
 */
export function intervalScore(lower: number, upper: number, actual: number, alpha: number): number {
  return upper - lower + (2 / alpha) * Math.max(lower - actual, 0) + (2 / alpha) * Math.max(actual - upper, 0);
}

/**
 * The linear pool `Σ w_k F_k` of predictive distributions (weights summing to 1): probabilities are
 * the weighted sums; the p-quantile lies between the smallest and largest of the parts'
 * p-quantiles, where bisection on the pooled distribution function finds it (to 1e-10 of that
 * bracket, at most 60 halvings). With one part, that part. O(parts) per probability, O(60·parts)
 * per quantile. @internal
 */
export function linearPool(parts: readonly { readonly predictive: Predictive; readonly weight: number }[]): Predictive {
  if (parts.length === 1) return (parts[0] as (typeof parts)[number]).predictive;
  const cdf = (h: number, x: number) => {
    let total = 0;
    for (const { predictive, weight } of parts) total += weight * predictive.probabilityBeyond(h, x, false);
    return total;
  };
  return {
    kind: "stacked",
    probabilityBeyond: (h, v, up) => {
      let total = 0;
      for (const { predictive, weight } of parts) total += weight * predictive.probabilityBeyond(h, v, up);
      return Math.min(Math.max(total, 0), 1);
    },
    quantile: (h, p) => {
      let lo = Infinity;
      let hi = -Infinity;
      for (const { predictive } of parts) {
        const q = predictive.quantile(h, p);
        lo = Math.min(lo, q);
        hi = Math.max(hi, q);
      }
      if (!(hi > lo)) return lo;
      const tolerance = 1e-10 * (hi - lo);
      for (let i = 0; i < 60 && hi - lo > tolerance; i++) {
        const mid = (lo + hi) / 2;
        if (cdf(h, mid) >= p) hi = mid;
        else lo = mid;
      }
      return (lo + hi) / 2;
    },
  };
}

/**
 * `predictive` widened by λ ≥ 1 about its median m: the p-quantile `m + λ·(q(p) - m)`, and the
 * probability beyond v that of `m + (v - m)/λ`. λ = 1 leaves it as it is. @internal
 */
export function widened(predictive: Predictive, lambda: number): Predictive {
  if (!(lambda > 1)) return predictive;
  return {
    kind: predictive.kind,
    ...(predictive.replicates !== undefined && { replicates: predictive.replicates }),
    probabilityBeyond: (h, v, up) => {
      const m = predictive.quantile(h, 0.5);
      return predictive.probabilityBeyond(h, m + (v - m) / lambda, up);
    },
    quantile: (h, p) => {
      const m = predictive.quantile(h, 0.5);
      return m + lambda * (predictive.quantile(h, p) - m);
    },
  };
}
