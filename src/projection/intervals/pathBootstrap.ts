/**
 * The interval of the least-squares curves (logistic, Bass) on a running count: a parametric
 * bootstrap that carries each step's noise forward into the total, mixed with the residual
 * bootstrap of independent noise around the curve, each weighted by its likelihood on the data.
 * @internal
 * @module
 */
import {
  BOOTSTRAP_REPLICATES,
  type FittedCurve,
  nextUniform,
  residualPaths,
  sampledPredictive,
  SEED,
} from "./bootstrap.js";
import type { Predictive } from "./predictive.js";

/**
 * The noise of a running count about its curve: `independent`, each value's own error about the
 * curve (the residual bootstrap's model); `relative`, each step (the count added between two
 * points) is the curve's rise times `1 + σε/sqrt(Δx)`; `additive`, each step is the curve's rise
 * plus `σε·sqrt(Δx)`. In the last two the error of a step stays in every later total. @internal
 */
export type NoiseModel = "independent" | "relative" | "additive";

/** A noise model fitted to the steps of a path: its scale σ and its Gaussian log-likelihood. @internal */
export interface NoiseFit {
  readonly model: NoiseModel;
  readonly sigma: number;
  readonly logLikelihood: number;
}

/** The positions of the curve's fitted points, and the point before them that it passes through exactly (Bass's launch), if any. @internal */
export interface CountPath {
  /** x_i of the m fitted points (months from the origin), ascending. */
  readonly x: ArrayLike<number>;
  readonly anchor: { readonly x: number; readonly y: number } | null;
}

/** Months of future steps a replicate path keeps; beyond, it follows its curve without new noise. */
const MAX_STEPS = 1200;
/** Weights below this leave a noise model out of the mixture. */
const NEGLIGIBLE = 1e-9;

/**
 * The three noise models fitted by maximum likelihood to the steps of the path from its first point
 * (the anchor when given): for the steps `d_j = Y_j - Y_{j-1}` and the curve's rises `μ_j`, with
 * r_j = Y_j - f(x_j) the residuals, `independent` has `σ² = Σ r_j²/L`; `relative`
 * `σ² = Σ Δx_j(d_j - μ_j)²/μ_j² / L` (μ_j² kept at least (1e-3·mean |μ|)²); `additive`
 * `σ² = Σ (d_j - μ_j)²/Δx_j / L`. Each log-likelihood is of the same values `Y_1 … Y_L` given
 * `Y_0` (a change from values to steps has Jacobian 1), so they compare directly. O(m).
 * @returns the fits, or null with fewer than two steps
 * @internal
 */
export function fitNoise(fit: FittedCurve, path: CountPath): NoiseFit[] | null {
  const { ys, fs, xs } = pointsOf(fit, path);
  const L = ys.length - 1;
  if (L < 2) return null;
  let meanRise = 0;
  for (let j = 1; j <= L; j++) meanRise += Math.abs((fs[j] as number) - (fs[j - 1] as number));
  meanRise /= L;
  const floor = (1e-3 * meanRise) ** 2;
  let ssIndependent = 0;
  let ssRelative = 0;
  let logRelative = 0;
  let ssAdditive = 0;
  let logAdditive = 0;
  for (let j = 1; j <= L; j++) {
    const r = (ys[j] as number) - (fs[j] as number);
    ssIndependent += r * r;
    const dx = (xs[j] as number) - (xs[j - 1] as number);
    const mu = (fs[j] as number) - (fs[j - 1] as number);
    const e = (ys[j] as number) - (ys[j - 1] as number) - mu;
    const vRelative = Math.max(mu * mu, floor) / dx;
    ssRelative += (e * e) / vRelative;
    logRelative += Math.log(vRelative);
    ssAdditive += (e * e) / dx;
    logAdditive += Math.log(dx);
  }
  const gaussian = (ss: number, logVariances: number) => {
    const s2 = ss / L;
    return -0.5 * (L * (Math.log(2 * Math.PI * s2) + 1) + logVariances);
  };
  return [
    { model: "independent", sigma: Math.sqrt(ssIndependent / L), logLikelihood: gaussian(ssIndependent, 0) },
    { model: "relative", sigma: Math.sqrt(ssRelative / L), logLikelihood: gaussian(ssRelative, logRelative) },
    { model: "additive", sigma: Math.sqrt(ssAdditive / L), logLikelihood: gaussian(ssAdditive, logAdditive) },
  ];
}

/** The points P_0 … P_L of the count's path: the anchor (when given), then the fitted points; observed values and the curve's. */
function pointsOf(fit: FittedCurve, path: CountPath): { ys: Float64Array; fs: Float64Array; xs: Float64Array } {
  const m = fit.fitted.length;
  const a = path.anchor === null ? 0 : 1;
  const ys = new Float64Array(m + a);
  const fs = new Float64Array(m + a);
  const xs = new Float64Array(m + a);
  if (path.anchor !== null) {
    ys[0] = fs[0] = path.anchor.y;
    xs[0] = path.anchor.x;
  }
  for (let i = 0; i < m; i++) {
    fs[i + a] = fit.fitted[i] as number;
    ys[i + a] = (fit.fitted[i] as number) + (fit.residuals[i] as number);
    xs[i + a] = path.x[i] as number;
  }
  return { ys, fs, xs };
}

/**
 * The predictive distribution of a least-squares curve fitted to a running count: B replicate
 * paths, each drawn under one of the noise models of {@link fitNoise}, as many under each as its
 * likelihood weight `exp(ℓ_k)/Σ exp(ℓ)` says (equal priors, each model one noise parameter;
 * replicate b takes the model in whose share of [0, 1] `(b + 1/2)/B` lies).
 *
 * - `independent`: the replicate of {@link residualPaths} (the residual bootstrap), unchanged.
 * - `relative` or `additive` (the noise carried forward): a parametric bootstrap. The replicate
 *   simulates the past from its first point, each step the curve's rise plus a drawn error of the
 *   model (σ scaled by `sqrt(L/(L - k))`, k parameters estimated), never against the curve's
 *   direction (a count that rises never falls), refits the curve to the simulated values (the
 *   uncertainty of the parameters), then walks on from the last observed value a month at a time,
 *   each month the refitted curve's rise plus a fresh error (the noise to come). Between month
 *   steps the path is linear; before the last fitted point it follows its curve.
 *
 * With `carriedOnly` (the curve is poorly determined), the independent model gets no weight: a
 * curve the data do not pin down bends to follow a wandering count, so that the residuals about it
 * look independent even when the noise is carried forward, and the likelihoods can no longer tell
 * the two apart.
 *
 * When the independent model holds practically all the weight (within 1e-9), this is exactly the
 * residual bootstrap. Every draw comes from {@link nextUniform} with fixed seeds, each replicate's
 * future from its own stream, so the distribution is the same whatever the order of the questions.
 * Refits run on the first use. O(B·refit) once, then O(B) per value at h (plus the steps not yet
 * walked).
 * @param fit - the fitted curve, its residuals and its refit
 * @param path - the positions of the fitted points and the anchor
 * @param replicates - B ≥ 2
 * @param carriedOnly - leave the independent model out (for a poorly determined curve)
 * @returns the distribution (kind `residual-bootstrap`), or null as {@link residualPaths}
 * @internal
 */
export function countBootstrap(
  fit: FittedCurve,
  path: CountPath,
  replicates = BOOTSTRAP_REPLICATES,
  carriedOnly = false,
): Predictive | null {
  const independent = residualPaths(fit, replicates);
  if (independent === null) return null;
  const noise = fitNoise(fit, path);
  if (noise === null) return sampledPredictive(independent, replicates);
  const best = Math.max(...noise.slice(carriedOnly ? 1 : 0).map((n) => n.logLikelihood));
  const raw = noise.map((n, i) =>
    (carriedOnly && i === 0) || !Number.isFinite(n.logLikelihood) ? 0 : Math.exp(n.logLikelihood - best),
  );
  const total = raw.reduce((s, w) => s + w, 0);
  const weights = raw.map((w) => w / total);
  if (!((weights[0] as number) < 1 - NEGLIGIBLE)) return sampledPredictive(independent, replicates);
  // Each replicate's model, in proportion to the weights (stratified: replicate b at (b + 1/2)/B).
  const choice = new Uint8Array(replicates);
  for (let b = 0; b < replicates; b++) {
    const u = (b + 0.5) / replicates;
    choice[b] = u < (weights[0] as number) ? 0 : u < (weights[0] as number) + (weights[1] as number) ? 1 : 2;
  }
  const carried = carriedPaths(fit, path, noise, choice);
  const out = new Float64Array(replicates);
  const anyIndependent = choice.some((c) => c === 0);
  return sampledPredictive((h) => {
    const a = anyIndependent ? independent(h) : null;
    const c = carried(h);
    for (let b = 0; b < replicates; b++) out[b] = choice[b] === 0 ? (a?.[b] as number) : (c[b] as number);
    return out;
  }, replicates);
}

/** A standard normal draw from two uniforms of `state` (Box–Muller). */
function normal(state: Uint32Array): number {
  const u = 1 - nextUniform(state); // (0, 1]
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * nextUniform(state));
}

/**
 * The carried-forward replicates of {@link countBootstrap} (those with `choice` 1 or 2; the others'
 * values are left 0): their values at h, drawn on first use.
 */
// eslint-disable-next-line max-lines-per-function -- numerical kernel: the past simulated, refitted and walked on, per replicate, in one pass over shared scratch arrays
function carriedPaths(
  fit: FittedCurve,
  path: CountPath,
  noise: readonly NoiseFit[],
  choice: Uint8Array,
): (h: number) => Float64Array {
  const { family, parameters, refit, estimated } = fit;
  const B = choice.length;
  const k = parameters.length;
  const { ys, fs, xs } = pointsOf(fit, path);
  const L = ys.length - 1;
  const a = path.anchor === null ? 0 : 1;
  const inflate = Math.sqrt(L / Math.max(L - estimated, 1));
  const sigmas = noise.map((n) => n.sigma * inflate);
  const direction = (fs[L] as number) >= (fs[0] as number) ? 1 : -1;
  let meanRise = 0;
  for (let j = 1; j <= L; j++) meanRise += Math.abs((fs[j] as number) - (fs[j - 1] as number));
  const floor = (1e-3 * (meanRise / L)) ** 2;
  /** One step of the model: the rise mu over dx months plus its error, never against the direction. */
  const step = (model: number, mu: number, dx: number, z: number): number => {
    const sd = model === 1 ? Math.sqrt(Math.max(mu * mu, floor) / dx) : Math.sqrt(dx);
    const d = mu + (sigmas[model] as number) * sd * z;
    return direction > 0 ? Math.max(d, 0) : Math.min(d, 0);
  };
  const rows = new Float64Array(B * k);
  const walks: number[][] = [];
  const streams = new Uint32Array(B);
  const start = xs[L] as number;
  const last = ys[L] as number;
  const values = new Float64Array(B);
  let drawn = false;
  const draw = () => {
    const state = Uint32Array.of(SEED ^ 0x27d4eb2f);
    const y = new Float64Array(fit.fitted.length);
    for (let b = 0; b < B; b++) {
      streams[b] = (SEED + Math.imul(b + 1, 0x85ebca6b)) >>> 0;
      walks.push([last]);
      const model = choice[b] as number;
      if (model === 0) continue;
      let v = ys[0] as number;
      if (a === 0) y[0] = v;
      for (let j = 1; j <= L; j++) {
        const dx = (xs[j] as number) - (xs[j - 1] as number);
        v += step(model, (fs[j] as number) - (fs[j - 1] as number), dx, normal(state));
        y[j - a] = v;
      }
      if (refit === null || !refit(y, rows, b * k)) rows.set(parameters, b * k);
    }
  };
  /** The curve of replicate b at h, or the fitted curve's where that is not finite. */
  const curve = (b: number, h: number): number => {
    const v = family(rows, b * k, h);
    return Number.isFinite(v) ? v : family(parameters, 0, h);
  };
  const walkTo = (b: number, steps: number): number[] => {
    const walk = walks[b] as number[];
    const state = streams.subarray(b, b + 1);
    for (let s = walk.length; s <= steps; s++) {
      const mu = curve(b, start + s) - curve(b, start + s - 1);
      walk.push((walk[s - 1] as number) + step(choice[b] as number, mu, 1, normal(state)));
    }
    return walk;
  };
  return (h) => {
    if (!drawn) {
      draw();
      drawn = true;
    }
    for (let b = 0; b < B; b++) {
      if (choice[b] === 0) {
        values[b] = 0;
        continue;
      }
      const t = h - start;
      if (!(t > 0)) {
        values[b] = last + curve(b, h) - curve(b, start);
        continue;
      }
      const whole = Math.min(Math.floor(t), MAX_STEPS);
      const walk = walkTo(b, Math.min(whole + 1, MAX_STEPS));
      const at = walk[whole] as number;
      values[b] =
        whole === MAX_STEPS
          ? at + curve(b, h) - curve(b, start + MAX_STEPS)
          : at + (t - whole) * ((walk[whole + 1] as number) - at);
    }
    return values;
  };
}
