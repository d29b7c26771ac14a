/**
 * The residual bootstrap behind the intervals of the least-squares curves (logistic, Bass), and the
 * seeded generator that makes it deterministic.
 * @internal
 * @module
 */
import type { Predictive } from "./predictive.js";

/**
 * Replicates of the residual bootstrap of `project`. With 300, the 5 % and 95 % quantiles of a 90 %
 * interval fall between the 15th and 16th, and the 285th and 286th, sorted replicate values (the
 * time it takes is measured in bench/). Their Monte Carlo standard error, `sqrt(p(1 - p)/B)/density`, is about
 * 0.12σ for a normal spread σ: some 7 % of the interval's half-width. The seed is fixed, so that
 * error is the same on every run, not a jitter.
 * @internal
 */
export const BOOTSTRAP_REPLICATES = 300;

/**
 * Replicates of the residual bootstrap in a backtest, which refits the logistic and Bass curves at
 * every origin (28 origins on 36 monthly points: 8 400 refits per method with 300 replicates, some
 * 0.5 s). With 40, the backtest's intervals are read at {@link matchedLevel}s, so that each end
 * holds on average as much of the distribution as `project`'s end from 300 replicates: on
 * simulated series (4 800 intervals, 2026-12-03) the share of actuals inside moved by +0.35 ± 0.33
 * points against `project`'s intervals (−3.7 points without the matching), the mean width by
 * +3 %, and each end lay a median 0.20 (9th decile 0.41) of `project`'s half-width from
 * `project`'s. The ends' Monte Carlo error is about sqrt(300/40) = 2.7 times `project`'s.
 * @internal
 */
export const BACKTEST_REPLICATES = 40;

/** The bootstrap's fixed seed: 2^32/φ rounded, the golden ratio's constant (any fixed seed would do). */
export const SEED = 0x9e3779b9;

/**
 * The next number of mulberry32 from its state `state[0]`, which it advances. @see {@link mulberry32}
 */
export function nextUniform(state: Uint32Array): number {
  const a = (state[0] = ((state[0] as number) + 0x6d2b79f5) >>> 0);
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/**
 * mulberry32, Tommy Ettinger's 32-bit generator (public domain): a state advanced by the odd
 * constant 0x6d2b79f5 and mixed by two multiply-xorshift rounds. Numbers `k/2^32` in [0, 1),
 * period 2^32: small, fast, and ample for the B·(m + 1) draws of one bootstrap (about 11 000 for
 * 36 points). Not for cryptography. The benchmarks' `bench/prng.mjs` uses the same generator.
 * @param seed - a 32-bit seed (reduced modulo 2^32)
 * @returns the generator: each call gives the next number
 * @internal
 */
export function mulberry32(seed: number): () => number {
  const state = Uint32Array.of(seed >>> 0);
  return () => nextUniform(state);
}

/**
 * A family of curves: the value at h of the curve whose parameters start at `parameters[offset]`.
 * Declare it once, at module level, not as a closure made per fit: the bootstrap evaluates every
 * replicate through it, and V8 keeps the compiled code of such loops across garbage collections
 * only while the functions they call outlive them. @internal
 */
export type CurveFamily = (parameters: Float64Array, offset: number, h: number) => number;

/** A fitted least-squares curve, as the bootstrap resamples it. @internal */
export interface FittedCurve {
  /** The family of the fitted curve (see {@link CurveFamily}). */
  readonly family: CurveFamily;
  /** The fitted curve's parameters, as `family` reads them from offset 0; their count is the stride of the replicates. */
  readonly parameters: Float64Array;
  /** The curve's values `f(x_i)` at the m points that the least squares fitted. */
  readonly fitted: ArrayLike<number>;
  /** The residuals `y_i - f(x_i)` at those points, in the same order. */
  readonly residuals: ArrayLike<number>;
  /** The number k of parameters estimated (0 when every parameter was given). */
  readonly estimated: number;
  /**
   * Refits the curve to values `y*` at the same m points (warm-started from the fit's solution),
   * writing the refitted curve's parameters into `into` from `offset`; false, with `into` left as
   * it may be, when no acceptable curve fits them. The array `y` is reused from one call to the
   * next. Null when nothing is estimated: the curve is then fixed and only the scatter about it is
   * resampled.
   */
  readonly refit: ((y: Float64Array, into: Float64Array, offset: number) => boolean) | null;
}

/**
 * The predictive distribution of a least-squares curve by a residual bootstrap: model-based
 * resampling of residuals with a prediction error added, as Davison & Hinkley ("Bootstrap methods
 * and their application", 1997, chapter 6) describe it for regression, here on a non-linear curve.
 *
 * The pool: the m residuals, centred on their mean and scaled by `sqrt(m/(m - k))` (the simpler of
 * Davison & Hinkley's two corrections, without leverages) so that their variance is the unbiased
 * `SSE/(m - k)` (k parameters estimated). Replicate b (b = 0 … B - 1) draws
 * m residuals from the pool with replacement, refits the curve to `y*_i = f(x_i) + r*_i` from the
 * fit's solution, and draws one more residual `e_b`; its path is `f_b(h) + e_b`. The refitted curve
 * carries the uncertainty of the parameters, `e_b` the scatter of a value about the curve, held
 * constant along the path, so that each path is monotone like the curve and the probability of
 * having reached a value grows with the horizon. The draws come from {@link mulberry32} with a fixed
 * seed, in the order above, so the same input always gives the same distribution.
 *
 * A replicate whose refit fails (no acceptable curve fits its values, for example a resampled value
 * at or above a given capacity) or is not finite keeps the fitted curve, `f(h) + e_b`: the
 * distribution stays defined, never NaN, and a little narrower than it would be. The refits run on
 * the first use of the distribution, not before: O(B·refit) once, then O(B) per value at h (O(B log
 * B) for a quantile). Like the OLS interval on cumulative values, it treats the residuals as
 * independent, which a running total's are not, so it tends to be too narrow.
 *
 * Probabilities are shares of the B paths; quantiles interpolate their sorted values linearly (the
 * default, "type 7", rule of R and NumPy). With B other than {@link BOOTSTRAP_REPLICATES} (a
 * backtest's {@link BACKTEST_REPLICATES}) the quantile at p is read at {@link matchedLevel}(p, B),
 * so that an interval from fewer replicates covers on average as much as `project`'s; the
 * probabilities are then plain shares. Each replicate is a row of parameters of `fit.family`, not a
 * closure.
 * @param fit - the fitted curve, its residuals and its refit
 * @param replicates - B ≥ 2, default {@link BOOTSTRAP_REPLICATES}
 * @returns the `residual-bootstrap` distribution, or null when no residual is left to resample
 *   (m ≤ k), or a single one (centred, it is 0: no spread to measure)
 * @internal
 */
export function residualBootstrap(fit: FittedCurve, replicates = BOOTSTRAP_REPLICATES): Predictive | null {
  const valuesAt = residualPaths(fit, replicates);
  return valuesAt === null ? null : sampledPredictive(valuesAt, replicates);
}

/**
 * The replicate paths of {@link residualBootstrap}: a function giving their B values at h (one
 * array, overwritten by the next call), drawn on first use; null as there. @internal
 */
export function residualPaths(fit: FittedCurve, replicates: number): ((h: number) => Float64Array) | null {
  const { family, parameters, fitted, residuals, estimated, refit } = fit;
  const m = residuals.length;
  if (!(m > estimated) || m < 2) return null;
  let mean = 0;
  for (let i = 0; i < m; i++) mean += residuals[i] as number;
  mean /= m;
  const scale = Math.sqrt(m / (m - estimated));
  const pool = new Float64Array(m);
  for (let i = 0; i < m; i++) pool[i] = ((residuals[i] as number) - mean) * scale;

  const rows = new Float64Array(replicates * parameters.length);
  const noise = new Float64Array(replicates);
  const values = new Float64Array(replicates);
  let drawn = false;
  return (h: number): Float64Array => {
    if (!drawn) {
      drawReplicates(pool, fitted, parameters, refit, rows, noise);
      drawn = true;
    }
    fillValues(family, parameters, rows, noise, h, values);
    return values;
  };
}

/**
 * The `residual-bootstrap` distribution of B replicate paths whose values at h `valuesAt` gives:
 * probabilities are shares, quantiles type 7 at {@link matchedLevel}. @internal
 */
export function sampledPredictive(valuesAt: (h: number) => Float64Array, replicates: number): Predictive {
  const levelOf = replicates === BOOTSTRAP_REPLICATES ? (p: number) => p : (p: number) => matchedLevel(p, replicates);
  // The sorted values at the last h asked: a backtest reads many levels at one horizon.
  let sortedAt = Number.NaN;
  let sorted = new Float64Array(0);
  const sortedValues = (h: number) => {
    if (h !== sortedAt) {
      sorted = valuesAt(h).slice().sort();
      sortedAt = h;
    }
    return sorted;
  };
  return {
    kind: "residual-bootstrap",
    replicates,
    probabilityBeyond: (h, v, up) => shareBeyond(sortedValues(h), v, up),
    quantile: (h, p) => sortedQuantile(sortedValues(h), levelOf(p)),
  };
}

/**
 * Draws the B replicates in order (m residuals, the refit, one more residual): each row of `rows`
 * gets its refitted parameters, or the fit's own when the refit fails; `noise` gets the e_b.
 */
function drawReplicates(
  pool: Float64Array,
  fitted: ArrayLike<number>,
  parameters: Float64Array,
  refit: FittedCurve["refit"],
  rows: Float64Array,
  noise: Float64Array,
): void {
  const m = pool.length;
  const k = parameters.length;
  const state = Uint32Array.of(SEED);
  const y = new Float64Array(m);
  for (let b = 0; b < noise.length; b++) {
    for (let i = 0; i < m; i++) y[i] = (fitted[i] as number) + (pool[Math.floor(nextUniform(state) * m)] as number);
    if (refit === null || !refit(y, rows, b * k)) rows.set(parameters, b * k);
    noise[b] = pool[Math.floor(nextUniform(state) * m)] as number;
  }
}

/** The B paths' values at h into `out`: row b's curve plus e_b, or the fitted curve's when that is not finite. */
function fillValues(
  family: CurveFamily,
  parameters: Float64Array,
  rows: Float64Array,
  noise: Float64Array,
  h: number,
  out: Float64Array,
): void {
  const k = parameters.length;
  for (let b = 0; b < out.length; b++) {
    const e = noise[b] as number;
    const v = family(rows, b * k, h) + e;
    out[b] = Number.isFinite(v) ? v : family(parameters, 0, h) + e;
  }
}

/** The share of the ascending `sorted` at or beyond v (≥ v when `up`, ≤ v otherwise), by bisection: O(log B). */
function shareBeyond(sorted: Float64Array, v: number, up: boolean): number {
  // The first index whose value is ≥ v (up) or > v (down).
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (up ? (sorted[mid] as number) < v : (sorted[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return (up ? sorted.length - lo : lo) / sorted.length;
}

/** The type-7 p-quantile of sorted values: position p·(B - 1), interpolated linearly. */
function sortedQuantile(sorted: Float64Array, p: number): number {
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const a = sorted[lo] as number;
  return a + (at - lo) * ((sorted[hi] as number) - a);
}

/**
 * The level p' at which the type-7 quantile of B replicates has the same expected probability
 * content as the type-7 p-quantile of {@link BOOTSTRAP_REPLICATES} (B₀) replicates, so that an
 * interval read from fewer replicates covers as much of the distribution, on average, as the one
 * `project` reads. The k-th smallest of B draws from a continuous distribution G has
 * `E[G(X_(k))] = k/(B + 1)` (G(X_(k)) is Beta(k, B + 1 - k)); type 7 reads position
 * `1 + (B - 1)p`, so its expected content is `(1 + (B - 1)p)/(B + 1)`, to first order in the
 * spacing between order statistics. Solving `(1 + (B - 1)p')/(B + 1) = (1 + (B₀ - 1)p)/(B₀ + 1)`
 * gives p', clamped to [0, 1] (it reaches 0 for p below about 1/(B + 1), where B replicates cannot
 * reach that far out). With B = B₀ it is p. O(1).
 * @param p - the level asked, 0 < p < 1
 * @param replicates - B ≥ 2
 * @returns p'
 * @internal
 */
export function matchedLevel(p: number, replicates: number): number {
  const b0 = BOOTSTRAP_REPLICATES;
  const content = (1 + (b0 - 1) * p) / (b0 + 1);
  const level = (content * (replicates + 1) - 1) / (replicates - 1);
  return level < 0 ? 0 : level > 1 ? 1 : level;
}
