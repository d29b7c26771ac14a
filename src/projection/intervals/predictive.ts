import type { IntervalKind } from "../types.js";
import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from "../../numeric/index.js";

/**
 * A method's predictive distribution of the cumulative value at `h` months after the origin (the
 * uncertainty of the fitted parameters and of the data to come). The projection's interval, the
 * probability of reaching a value and the quantile dates all read it, so they agree. @internal
 */
export interface Predictive {
  /** How it was derived (reported as `Projection.interval.kind`). */
  readonly kind: IntervalKind;
  /** For a bootstrap: the number of replicates. */
  readonly replicates?: number;
  /**
   * P(value at h ≥ v) when `up`, P(value at h ≤ v) otherwise, in [0, 1]; for h ≥ 0. Non-decreasing
   * in h for a path moving toward v for every method but the damped trend, whose spread can outgrow
   * its projection far ahead (see `dateWithProbability`).
   */
  probabilityBeyond(h: number, v: number, up: boolean): number;
  /** The p-quantile of the value at h, 0 < p < 1, non-decreasing in p. */
  quantile(h: number, p: number): number;
}

/**
 * Location–scale Student's t: the value at h is `mean(h) + scale(h)·T` with T ~ t(df). The
 * intervals of the linear trend and of the random walk with drift. A scale of 0 (at the origin of a
 * random walk) is a point mass at the mean. @internal
 */
export function studentPredictive(
  kind: IntervalKind,
  mean: (h: number) => number,
  scale: (h: number) => number,
  df: number,
): Predictive {
  return {
    kind,
    probabilityBeyond: (h, v, up) => {
      const m = mean(h);
      const s = scale(h);
      if (!(s > 0)) return (up ? m >= v : m <= v) ? 1 : 0;
      const t = (v - m) / s;
      return up ? studentTCdf(-t, df) : studentTCdf(t, df);
    },
    quantile: (h, p) => {
      const s = scale(h);
      return s > 0 ? mean(h) + s * studentTQuantile(p, df) : mean(h);
    },
  };
}

/** Terms of the Taylor series of Φ about each node of {@link mixturePhi}. */
const PHI_TERMS = 10;
/** Nodes of {@link mixturePhi}: t_i = i/32 for |t_i| ≤ 6. */
const PHI_STEP = 32;
const PHI_REACH = 6 * PHI_STEP;
/**
 * Per node t_i: Φ(t_i), then the Taylor coefficients of Φ about it, Φ^(n)(t_i)/n! for n = 1…10:
 * φ(t_i)·(-1)^{n-1}·He_{n-1}(t_i)/n!, He the probabilists' Hermite polynomials
 * (He_{k+1} = t·He_k - k·He_{k-1}), since φ^(k) = (-1)^k·He_k·φ.
 */
const PHI_TAYLOR = (() => {
  const table = new Float64Array((2 * PHI_REACH + 1) * (PHI_TERMS + 1));
  for (let i = -PHI_REACH; i <= PHI_REACH; i++) {
    const t = i / PHI_STEP;
    const o = (i + PHI_REACH) * (PHI_TERMS + 1);
    table[o] = normalCdf(t);
    let coefficient = Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI); // φ(t)·(-1)^{n-1}/n!·He_{n-1}/He_{n-1}
    let heLast = 0;
    let he = 1;
    for (let n = 1; n <= PHI_TERMS; n++) {
      coefficient /= n;
      table[o + n] = coefficient * he;
      coefficient = -coefficient;
      const next = t * he - (n - 1) * heLast;
      heLast = he;
      he = next;
    }
  }
  return table;
})();

/**
 * Φ(t), with the density φ(t) left in `density.value`, for the sums of a normal mixture: within
 * |t| ≤ 6 the Taylor series of Φ to δ¹⁰ about the nearest t_i = i/32 (|δ| ≤ 1/64), whose terms
 * left out are below 1e-16 of φ(t) (the tests compare it with `normalCdf`); beyond, `normalCdf`
 * itself, and 0 or 1 beyond |t| = 40. A third of `normalCdf`'s time. @internal
 */
export function mixturePhi(t: number, density: { value: number }): number {
  const i = Math.round(t * PHI_STEP);
  if (!(Math.abs(i) <= PHI_REACH)) {
    density.value = Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
    // Beyond |t| = 40, Φ is 0 or 1 in doubles (and t² may overflow); a node with next to no
    // spread (a perfectly steady pace) puts t there.
    if (Math.abs(t) > 40) return t > 0 ? 1 : 0;
    return normalCdf(t);
  }
  const delta = t - i / PHI_STEP;
  const o = (i + PHI_REACH) * (PHI_TERMS + 1);
  // Horner on Σ c_n δ^n and its derivative Σ n·c_n δ^{n-1}.
  let value = 0;
  let slope = 0;
  for (let n = PHI_TERMS; n >= 1; n--) {
    const c = PHI_TAYLOR[o + n] as number;
    slope = slope * delta + n * c;
    value = (value + c) * delta;
  }
  density.value = slope;
  return (PHI_TAYLOR[o] as number) + value;
}

/**
 * A finite mixture of normal distributions: with probability `weights[k]` (the weights sum to 1)
 * the value at h is normal with mean `mean_k(h)` and standard deviation `scale_k(h)`.
 * `fill(h, mean, scale)` writes every component's mean and scale at h into the arrays (of the
 * weights' length); it runs once per horizon, and the result is kept for the last horizon asked
 * (a quantile reads it several times). The interval of the damped trend: its state-space forecast
 * averaged over the smoothing parameters. A scale of 0 is a point mass at the mean.
 *
 * Probabilities are the weighted sums of the components' (the tail on the asked side, so a small
 * probability keeps its precision). The p-quantile solves F(v) = p, F the mixture's CDF, inside
 * the bracket of the smallest and the largest of the components' own p-quantiles (F ≤ p at the
 * one, ≥ p at the other): Halley steps (F, F' and F'' are sums over the components) from the
 * normal with the mixture's mean and variance, replaced by halving whenever a step would leave the
 * bracket, until a step is below 1e-12 of the bracket's first width (3 to 4 steps). O(components)
 * per probability and per step. @internal
 */
// eslint-disable-next-line max-lines-per-function -- numerical kernel: the mixture's CDF, its inversion and their per-horizon cache share state
export function normalMixturePredictive(
  kind: IntervalKind,
  weights: Float64Array,
  fill: (h: number, mean: Float64Array, scale: Float64Array) => void,
): Predictive {
  const count = weights.length;
  const mu = new Float64Array(count);
  const sd = new Float64Array(count);
  const density = { value: 0 };
  let at = NaN;
  const atHorizon = (h: number) => {
    if (h === at) return;
    fill(h, mu, sd);
    at = h;
  };
  return {
    kind,
    probabilityBeyond: (h, v, up) => {
      atHorizon(h);
      let total = 0;
      for (let k = 0; k < count; k++) {
        const m = mu[k] as number;
        const s = sd[k] as number;
        const tail = s > 0 ? mixturePhi(up ? (m - v) / s : (v - m) / s, density) : (up ? m >= v : m <= v) ? 1 : 0;
        total += (weights[k] as number) * tail;
      }
      return Math.min(Math.max(total, 0), 1);
    },
    quantile: (h, p) => {
      atHorizon(h);
      const z = normalQuantile(p);
      let lo = Infinity;
      let hi = -Infinity;
      let mean = 0;
      let second = 0;
      for (let k = 0; k < count; k++) {
        const w = weights[k] as number;
        const m = mu[k] as number;
        const s = sd[k] as number;
        lo = Math.min(lo, m + s * z);
        hi = Math.max(hi, m + s * z);
        mean += w * m;
        second += w * (s * s + m * m);
      }
      if (!(hi - lo > 0)) return lo;
      const tolerance = 1e-12 * (hi - lo);
      let x = Math.min(Math.max(mean + z * Math.sqrt(Math.max(second - mean * mean, 0)), lo), hi);
      for (let i = 0; i < 200 && hi - lo > tolerance; i++) {
        let F = 0;
        let f = 0; // F'
        let slope = 0; // F''
        for (let k = 0; k < count; k++) {
          const w = weights[k] as number;
          const m = mu[k] as number;
          const s = sd[k] as number;
          if (s > 0) {
            const t = (x - m) / s;
            F += w * mixturePhi(t, density);
            const d = (w * density.value) / s;
            f += d;
            slope -= (t / s) * d;
          } else if (m <= x) F += w;
        }
        if (F === p) return x;
        if (F < p) lo = x;
        else hi = x;
        const g = F - p;
        const step = (2 * g * f) / (2 * f * f - g * slope);
        // Converged: the step is below the tolerance (kept inside the bracket).
        if (Math.abs(step) <= tolerance) return Math.min(Math.max(x - step, lo), hi);
        const next = x - step;
        x = next > lo && next < hi ? next : (lo + hi) / 2;
      }
      return (lo + hi) / 2;
    },
  };
}

/**
 * Log-location–scale Student's t: the logarithm of the value at h is `logMean(h) + scale(h)·T`,
 * T ~ t(df), so the value stays positive and its median is `exp(logMean(h))`. The interval of
 * compound growth. @internal
 */
export function logStudentPredictive(
  kind: IntervalKind,
  logMean: (h: number) => number,
  scale: (h: number) => number,
  df: number,
): Predictive {
  const inner = studentPredictive(kind, logMean, scale, df);
  return {
    kind,
    // ln is increasing, so P(Y ≥ v) = P(ln Y ≥ ln v); no positive Y lies at or below v ≤ 0.
    probabilityBeyond: (h, v, up) => (v > 0 ? inner.probabilityBeyond(h, Math.log(v), up) : up ? 1 : 0),
    quantile: (h, p) => Math.exp(inner.quantile(h, p)),
  };
}

/**
 * The central interval of `predictive` at h with the given two-sided confidence: its
 * `(1 - c)/2` and `(1 + c)/2` quantiles, or null without a predictive distribution. @internal
 */
export function centralInterval(
  predictive: Predictive | null,
  h: number,
  confidence: number,
): readonly [number, number] | null {
  if (predictive === null) return null;
  return [predictive.quantile(h, (1 - confidence) / 2), predictive.quantile(h, (1 + confidence) / 2)];
}
