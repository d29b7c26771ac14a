/**
 * Combining the predictive distributions of several methods (`auto`): the linear pool, its weights
 * chosen by the interval score of a backtest.
 * @internal
 * @module
 */
import { normalCdf, normalQuantile } from "../../numeric/index.js";
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

/** One backtest forecast of a candidate: its point, its central interval of the level asked, and the actual. @internal */
export interface ScoredForecast {
  readonly value: number;
  readonly lower: number;
  readonly upper: number;
  readonly actual: number;
}

/** The steps of the weight grid: weights in multiples of 1/10. @internal */
export const WEIGHT_STEPS = 10;

/**
 * Stacking weights for the linear pool of K candidates (Yao, Vehtari, Simpson & Gelman 2018, with
 * the interval score as the scoring rule): the weights, in multiples of 1/{@link WEIGHT_STEPS},
 * whose pool has the lowest mean interval score over the backtest's origins. Each candidate's
 * forecast at an origin is read as a split normal through its point and interval ends (its
 * median at the point, its (1 ± c)/2 quantiles at the ends); the pool's interval is found by
 * bisection. Ties keep the earlier weights in the order of enumeration, which starts with all the
 * weight on the first candidate: order the candidates best first. `forecasts[k][i]` is candidate
 * k's forecast at origin i. O(grid·origins·K·60), grid = C(10 + K - 1, K - 1) (66 for K = 3).
 * @internal
 */
// eslint-disable-next-line max-lines-per-function -- numerical kernel: the weight grid, each pool's interval by bisection and its score share one loop
export function stackingWeights(
  forecasts: readonly (readonly ScoredForecast[])[],
  confidence: number,
): { weights: number[]; widening: number } {
  const K = forecasts.length;
  const n = forecasts[0]?.length ?? 0;
  const z = normalQuantile((1 + confidence) / 2);
  const alpha = 1 - confidence;
  const quantileOf = (f: ScoredForecast, p: number) => {
    const q = normalQuantile(p);
    return f.value + (q < 0 ? (f.value - f.lower) / z : (f.upper - f.value) / z) * q;
  };
  const cdfOf = (f: ScoredForecast, x: number) => {
    const s = x < f.value ? (f.value - f.lower) / z : (f.upper - f.value) / z;
    return s > 0 ? normalCdf((x - f.value) / s) : x >= f.value ? 1 : 0;
  };
  const pooledQuantile = (i: number, w: readonly number[], p: number) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let k = 0; k < K; k++) {
      if (!((w[k] as number) > 0)) continue;
      const q = quantileOf((forecasts[k] as readonly ScoredForecast[])[i] as ScoredForecast, p);
      lo = Math.min(lo, q);
      hi = Math.max(hi, q);
    }
    for (let it = 0; it < 60 && hi - lo > 1e-10 * Math.abs(hi); it++) {
      const mid = (lo + hi) / 2;
      let F = 0;
      for (let k = 0; k < K; k++)
        if ((w[k] as number) > 0)
          F += (w[k] as number) * cdfOf((forecasts[k] as readonly ScoredForecast[])[i] as ScoredForecast, mid);
      if (F >= p) hi = mid;
      else lo = mid;
    }
    return (lo + hi) / 2;
  };
  let best: number[] = Array.from({ length: K }, (_, k) => (k === 0 ? 1 : 0));
  let bestScore = Infinity;
  const visit = (w: number[]) => {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const actual = ((forecasts[0] as readonly ScoredForecast[])[i] as ScoredForecast).actual;
      total += intervalScore(pooledQuantile(i, w, alpha / 2), pooledQuantile(i, w, 1 - alpha / 2), actual, alpha);
    }
    if (total < bestScore) {
      bestScore = total;
      best = w;
    }
  };
  // Every composition of WEIGHT_STEPS into K parts, the first part largest first.
  const compose = (k: number, left: number, prefix: number[]) => {
    if (k === K - 1) {
      visit([...prefix, left].map((c) => c / WEIGHT_STEPS));
      return;
    }
    for (let c = left; c >= 0; c--) compose(k + 1, left - c, [...prefix, c]);
  };
  if (K > 0) compose(0, WEIGHT_STEPS, []);
  // How far the pool's errors reached past its interval: r_i = |y - median| over the half-width on
  // y's side, whose z²r² averages 1 when the pool is calibrated (normal errors).
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const actual = ((forecasts[0] as readonly ScoredForecast[])[i] as ScoredForecast).actual;
    const median = pooledQuantile(i, best, 0.5);
    const end = pooledQuantile(i, best, actual > median ? 1 - alpha / 2 : alpha / 2);
    const half = Math.abs(end - median);
    const r = half > 0 ? Math.abs(actual - median) / half : actual === median ? 0 : Infinity;
    sum += Math.min(z * z * r * r, WIDENING_CAP * WIDENING_CAP * z * z);
  }
  const widening = Math.max(1, Math.sqrt((WIDENING_PRIOR + sum) / (WIDENING_PRIOR + n)));
  return { weights: best, widening };
}

/** Origins' worth of prior belief that the pool is calibrated, in {@link stackingWeights}'s widening. @internal */
export const WIDENING_PRIOR = 2;
/** No origin's error counts for more than this many half-widths in the widening. @internal */
export const WIDENING_CAP = 10;

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
