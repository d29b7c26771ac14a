import type { IntervalKind } from "../types.js";
import { normalCdf, normalQuantile } from "./normal.js";
import { studentTCdf, studentTQuantile } from "./studentT.js";

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
   * P(value at h ≥ v) when `up`, P(value at h ≤ v) otherwise, in [0, 1]; for h ≥ 0, and
   * non-decreasing in h for a path moving toward v (every method's distribution is).
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

/**
 * Normal: the value at h is `mean(h) + scale(h)·Z` with Z standard normal. The interval of the
 * damped trend (a state-space model whose forecast variance is known given its parameters). A
 * scale of 0 (at the origin) is a point mass at the mean. @internal
 */
export function normalPredictive(
  kind: IntervalKind,
  mean: (h: number) => number,
  scale: (h: number) => number,
): Predictive {
  return {
    kind,
    probabilityBeyond: (h, v, up) => {
      const m = mean(h);
      const s = scale(h);
      if (!(s > 0)) return (up ? m >= v : m <= v) ? 1 : 0;
      const z = (v - m) / s;
      return up ? normalCdf(-z) : normalCdf(z);
    },
    quantile: (h, p) => {
      const s = scale(h);
      return s > 0 ? mean(h) + s * normalQuantile(p) : mean(h);
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
 * An ensemble of `replicates` monotone paths (a bootstrap): `path(b, h)` is replicate b's value at
 * h. Probabilities are shares of replicates; quantiles interpolate the sorted replicate values
 * linearly (the default, "type 7", definition of R and NumPy). Deterministic when the paths are.
 * @internal
 */
export function ensemblePredictive(
  kind: IntervalKind,
  replicates: number,
  path: (b: number, h: number) => number,
): Predictive {
  const values = new Float64Array(replicates);
  const fill = (h: number) => {
    for (let b = 0; b < replicates; b++) values[b] = path(b, h);
  };
  return {
    kind,
    replicates,
    probabilityBeyond: (h, v, up) => {
      fill(h);
      let count = 0;
      for (let b = 0; b < replicates; b++) if (up ? (values[b] as number) >= v : (values[b] as number) <= v) count++;
      return count / replicates;
    },
    quantile: (h, p) => {
      fill(h);
      values.sort();
      const at = p * (replicates - 1);
      const lo = Math.floor(at);
      const hi = Math.min(lo + 1, replicates - 1);
      const a = values[lo] as number;
      return a + (at - lo) * ((values[hi] as number) - a);
    },
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
