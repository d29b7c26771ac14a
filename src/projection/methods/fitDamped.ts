import { bestOfStarts, type BoxProblem, boundsReached } from "../../numeric/index.js";
import type { FloatPath, Model } from "./model.js";
import {
  averagedPredictive,
  cumulativeVariance,
  NODE_FIELDS,
  nodeScale,
  type SmoothingNode,
} from "../intervals/dampedInterval.js";
import { type Predictive, studentPredictive } from "../intervals/predictive.js";
import { dampedCurve } from "./dampedCurve.js";

/** The smoothing parameters of the damped trend, given by the caller (`options.damped`). @internal */
export interface DampedParameters {
  /** Smoothing of the level (the pace), 0 < α ≤ 1. */
  readonly alpha: number;
  /** Smoothing of the trend (the pace's change per step), 0 ≤ β ≤ α. */
  readonly beta: number;
  /** Damping of the trend per step, 0 < φ < 1. */
  readonly phi: number;
}

/** The states before the first step: the pace and its change per step. @internal */
export interface DampedStates {
  readonly level: number;
  readonly trend: number;
}

/** What the estimation found, for checks against other implementations. @internal */
export interface DampedFit {
  /** Sum of the squared one-step errors of the paces (the objective). */
  readonly sse: number;
  /** Number of one-step errors (steps between observations). */
  readonly steps: number;
  /** Parameters estimated (α, β, φ and the initial states; fewer when given). */
  readonly estimated: number;
  /** The initial level and trend used (estimated by least squares unless given). */
  readonly initial: DampedStates;
  /** Solver coordinates that ended on their bound (`alpha`, `betaShare` = β/α, `phi`). */
  readonly onBound: Readonly<Record<string, "lower" | "upper">>;
  /** Steps of the local solver, summed over its starts (0 when α, β, φ were given). */
  readonly iterations: number;
  /** Whether the search stopped on a convergence test (true when nothing was searched). */
  readonly converged: boolean;
}

/** A damped-trend model with its fit record. @internal */
export type DampedModel = Model & { readonly damped: DampedFit };

/**
 * The search box, as statsmodels' `ETSModel` and R's `forecast::ets` bound it by default: α in
 * [1e-4, 1 - 1e-4], β/α in [1e-4, 1 - 1e-4] (so 0 < β < α), φ in [0.8, 0.98]. @internal
 */
export const DAMPED_BOX = {
  names: ["alpha", "betaShare", "phi"],
  lower: [1e-4, 1e-4, 0.8],
  upper: [1 - 1e-4, 1 - 1e-4, 0.98],
} as const;

/**
 * Steps (intervals between points) needed: 10 to estimate α, β, φ and the two initial states (five
 * parameters; R's `forecast::ets` fits no model with five parameters on fewer than ten values), 3
 * when α, β, φ are given (two initial states, and one step left to measure the spread). @internal
 */
export const DAMPED_MIN_STEPS = { estimated: 10, given: 3 } as const;

const ALPHA_STARTS = [0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99];
const SHARE_STARTS = [0.001, 0.01, 0.1, 0.3, 0.6, 0.9];
const PHI_STARTS = [0.8, 0.9, 0.98];
/** Local searches run from the best grid points. */
const LOCAL_SEARCHES = 3;

/**
 * Holt's linear trend with a damped trend, ETS(A,Ad,N) (Hyndman, Koehler, Ord & Snyder,
 * "Forecasting with Exponential Smoothing", Springer 2008), fitted on the paces of the path's
 * intervals, each interval one step. α, β, φ and the initial states minimise the sum of squared
 * one-step errors (the states by linear least squares at each α, β, φ; α, β, φ by the best 3 of a
 * 7 × 6 × 3 grid, then the bounded solver), or α, β, φ are given. The projection starts at the last
 * value; the interval averages over α, β, φ (`intervals/dampedInterval.ts`), or is Student's t at
 * the given ones. Model, estimation, spacing, projection and interval: "Damped trend" in
 * `docs/methodology.md`. Deterministic; O(n) per evaluation, about 126 + 3·(≤ 100) of them.
 *
 * @param path - the path on the relative month axis (sorted, distinct x)
 * @param given - α, β, φ when not estimated
 * @param initial - the initial states when not estimated (for checks against other
 *   implementations); only with `given`
 * @returns the model (`fittedOn: "increments"`), or null with fewer than
 *   {@link DAMPED_MIN_STEPS} steps or when the fit fails
 * @internal
 */
export function fitDamped(path: FloatPath, given?: DampedParameters, initial?: DampedStates): DampedModel | null {
  const { x, y } = path;
  const m = x.length - 1;
  const minimum = given === undefined ? DAMPED_MIN_STEPS.estimated : initial === undefined ? DAMPED_MIN_STEPS.given : 1;
  if (!(m >= minimum)) return null;
  const span = (x[m] as number) - (x[0] as number);
  if (!(span > 0)) return null;
  const u = new Float64Array(m);
  for (let i = 0; i < m; i++)
    u[i] = ((y[i + 1] as number) - (y[i] as number)) / ((x[i + 1] as number) - (x[i] as number));
  const step = span / m;
  const problem = smoothingProblem(u);
  const search = given === undefined ? searchSmoothing(problem) : givenSmoothing(given);
  if (search === null) return null;
  const { theta } = search;
  const alpha = theta[0] as number;
  const beta = alpha * (theta[1] as number);
  const phi = theta[2] as number;
  const start = initial ?? problem.initialStates(theta);
  if (start === null) return null;
  const end = smooth(u, alpha, beta, phi, start.level, start.trend);
  if (!Number.isFinite(end.sse) || !Number.isFinite(end.level) || !Number.isFinite(end.trend)) return null;

  const estimated = (given === undefined ? 3 : 0) + (initial === undefined ? 2 : 0);
  const df = m - estimated;
  const sigma = df > 0 ? Math.sqrt(end.sse / df) : 0;
  const origin = path.y[m] as number;
  const curve = dampedCurve(origin, step, end.level, end.trend, phi);
  const spread = { problem, theta, origin, step, sigma, df, estimatedSmoothing: given === undefined };
  const predictive =
    initial === undefined ? estimatedStatesPredictive(curve.value, spread) : givenStatesPredictive(curve.value, spread);
  const { iterations, converged, onBound } = search;
  return {
    fittedOn: "increments",
    parameters: {
      alpha,
      beta,
      phi,
      level: end.level,
      trend: end.trend,
      longRunRate: end.level + end.trend * (phi / (1 - phi)),
      initialLevel: start.level,
      initialTrend: start.trend,
      step,
      residualStandardError: sigma,
      degreesOfFreedom: Math.max(df, 0),
    },
    value: curve.value,
    predictive,
    reach: curve.reach,
    damped: { sse: end.sse, steps: m, estimated, initial: start, onBound, iterations, converged },
  };
}

/** Where α, β/α, φ come from, and what the search did. */
interface SmoothingSearch {
  readonly theta: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  readonly onBound: Readonly<Record<string, "lower" | "upper">>;
}

/** α, β/α, φ by least squares: the best 3 of the start grid, then the bounded solver; null when it fails. */
function searchSmoothing(problem: SmoothingProblem): SmoothingSearch | null {
  const grid: { theta: number[]; sse: number }[] = [];
  for (const a of ALPHA_STARTS)
    for (const s of SHARE_STARTS)
      for (const p of PHI_STARTS)
        grid.push({ theta: [a, s, p], sse: problem.evaluate(Float64Array.from([a, s, p]), null, null) });
  grid.sort((g, h) => g.sse - h.sse);
  const run = bestOfStarts(
    problem,
    grid.slice(0, LOCAL_SEARCHES).map((g) => g.theta),
  );
  if (run === null) return null;
  const theta = run.best.theta;
  const onBound = boundsReached(DAMPED_BOX.names, theta, DAMPED_BOX.lower, DAMPED_BOX.upper);
  return { theta, iterations: run.iterations, converged: run.converged, onBound };
}

/** α, β, φ as given: nothing searched. */
function givenSmoothing(given: DampedParameters): SmoothingSearch {
  const theta = Float64Array.from([given.alpha, given.alpha > 0 ? given.beta / given.alpha : 0, given.phi]);
  return { theta, iterations: 0, converged: true, onBound: {} };
}

/** What the interval needs of a fit. */
interface Spread {
  readonly problem: SmoothingProblem;
  readonly theta: Float64Array;
  readonly origin: number;
  readonly step: number;
  readonly sigma: number;
  readonly df: number;
  readonly estimatedSmoothing: boolean;
}

/** Everything given but the spread: the class-1 variance, σ² = SSE/m, t with m degrees of freedom. */
function givenStatesPredictive(value: (h: number) => number, s: Spread): Predictive {
  const variance = cumulativeVariance(
    s.theta[0] as number,
    (s.theta[0] as number) * (s.theta[1] as number),
    s.theta[2] as number,
  );
  return studentPredictive(
    "state-space",
    value,
    (h) => s.step * s.sigma * Math.sqrt(variance(Math.abs(h) / s.step)),
    s.df,
  );
}

/**
 * Estimated initial states: the estimates' own interval (with α, β, φ given, and as the fallback of
 * the average), averaged over α, β, φ when they were estimated; null when no node can be fitted.
 */
function estimatedStatesPredictive(value: (h: number) => number, s: Spread): Predictive | null {
  const node = s.problem.node(s.theta);
  if (node === null) return null;
  const m = s.problem.steps;
  const plugIn = studentPredictive("state-space", value, nodeScale(node, m, s.step), m - 2);
  return s.estimatedSmoothing ? averagedPredictive(s.problem, s.origin, s.step, plugIn) : plugIn;
}

/** Runs the recursion from (l_0, b_0) over the paces: the sum of squared one-step errors and the final states. @internal */
export function smooth(
  u: ArrayLike<number>,
  alpha: number,
  beta: number,
  phi: number,
  level: number,
  trend: number,
): { sse: number; level: number; trend: number } {
  let l = level;
  let b = trend;
  let sse = 0;
  for (let i = 0; i < u.length; i++) {
    const forecast = l + phi * b;
    const e = (u[i] as number) - forecast;
    sse += e * e;
    l = forecast + alpha * e;
    b = phi * b + beta * e;
  }
  return { sse, level: l, trend: b };
}

/** {@link smoothingProblem}'s problem: the solver's, and the fits of the states at one θ. */
interface SmoothingProblem extends BoxProblem {
  readonly steps: number;
  initialStates(theta: Float64Array): DampedStates | null;
  node(theta: Float64Array): SmoothingNode | null;
  nodeInto(theta: Float64Array, out: Float64Array, offset: number): boolean;
}

/**
 * The least-squares problem in θ = (α, β/α, φ) with (l_0, b_0) eliminated: the one-step errors are
 * `e = e⁰ + l_0·e^l + b_0·e^b` (the recursion is linear in its states), e⁰ the errors from zero
 * states, e^l and e^b those of a unit level or trend with no data. For each θ, (l_0, b_0) are the
 * linear least squares solution (Gram–Schmidt on e^l, e^b); the Jacobian is Kaufman's,
 * `P⊥·∂e/∂θ` at fixed states (P⊥ the projection off e^l, e^b), whose Jᵀe is the exact gradient of
 * the reduced sum of squares. O(m) per evaluation, no allocation.
 */
// eslint-disable-next-line max-lines-per-function -- numerical kernel: the recursion, its Gram–Schmidt and Kaufman's Jacobian share the scratch arrays
function smoothingProblem(u: Float64Array): SmoothingProblem {
  const m = u.length;
  const e0 = new Float64Array(m);
  const q1 = new Float64Array(m);
  const q2 = new Float64Array(m);
  const d = [new Float64Array(m), new Float64Array(m), new Float64Array(m)] as const;
  let solved: DampedStates | null = null;

  /** Fills e⁰ and the orthonormal basis q1, q2 of span(e^l, e^b); the states and the reduced SSE. */
  const reduce = (theta: Float64Array): number => {
    const alpha = theta[0] as number;
    const beta = alpha * (theta[1] as number);
    const phi = theta[2] as number;
    let l0 = 0;
    let b0 = 0;
    let ll = 1; // the unit level's states
    let lb = 0;
    let bl = 0; // the unit trend's states
    let bb = 1;
    for (let i = 0; i < m; i++) {
      const f0 = l0 + phi * b0;
      const e = (u[i] as number) - f0;
      e0[i] = e;
      l0 = f0 + alpha * e;
      b0 = phi * b0 + beta * e;
      const fl = ll + phi * lb;
      q1[i] = -fl; // e^l
      ll = fl - alpha * fl;
      lb = phi * lb - beta * fl;
      const fb = bl + phi * bb;
      q2[i] = -fb; // e^b
      bl = fb - alpha * fb;
      bb = phi * bb - beta * fb;
    }
    // Gram–Schmidt: e^l = r11·q1, e^b = r12·q1 + r22·q2.
    let r11 = 0;
    for (let i = 0; i < m; i++) r11 += (q1[i] as number) * (q1[i] as number);
    r11 = Math.sqrt(r11);
    if (!(r11 > 0 && r11 < Infinity)) return Infinity;
    let r12 = 0;
    for (let i = 0; i < m; i++) {
      q1[i] = (q1[i] as number) / r11;
      r12 += (q1[i] as number) * (q2[i] as number);
    }
    let r22 = 0;
    for (let i = 0; i < m; i++) {
      q2[i] = (q2[i] as number) - r12 * (q1[i] as number);
      r22 += (q2[i] as number) * (q2[i] as number);
    }
    r22 = Math.sqrt(r22);
    if (!(r22 > 1e-12 * r11 && r22 < Infinity)) return Infinity; // e^l and e^b (nearly) parallel
    let z1 = 0;
    let z2 = 0;
    for (let i = 0; i < m; i++) {
      q2[i] = (q2[i] as number) / r22;
      z1 += (q1[i] as number) * (e0[i] as number);
      z2 += (q2[i] as number) * (e0[i] as number);
    }
    // Minimise ‖e⁰ + R·(l_0, b_0)‖: R·(l_0, b_0) = -(z1, z2) in the q basis.
    const trend = -z2 / r22;
    const level = (-z1 - r12 * trend) / r11;
    solved = { level, trend };
    let sse = 0;
    for (let i = 0; i < m; i++) {
      const r = (e0[i] as number) - z1 * (q1[i] as number) - z2 * (q2[i] as number);
      sse += r * r;
    }
    return Number.isFinite(sse) && Number.isFinite(level) && Number.isFinite(trend) ? sse : Infinity;
  };

  return {
    size: 3,
    steps: m,
    lower: DAMPED_BOX.lower,
    upper: DAMPED_BOX.upper,
    initialStates(theta) {
      return Number.isFinite(reduce(theta)) ? solved : null;
    },
    node(theta) {
      const out = new Float64Array(NODE_FIELDS);
      if (!this.nodeInto(theta, out, 0)) return null;
      return {
        alpha: out[0] as number,
        beta: out[1] as number,
        phi: out[2] as number,
        sse: out[3] as number,
        level: out[4] as number,
        trend: out[5] as number,
        propagation: [out[6] as number, out[7] as number, out[8] as number, out[9] as number],
        r: [out[10] as number, out[11] as number, out[12] as number],
      };
    },
    // eslint-disable-next-line max-lines-per-function -- numerical kernel: one pass of the recursion with its unit-state propagations
    nodeInto(theta, out, offset) {
      // reduce's quantities in two passes instead of six (the average fits dozens of nodes): the
      // errors from zero states and from unit states, with their Gram matrix; Cholesky of the 2 × 2
      // EᵀE gives R; then the residuals' sum of squares from the solved states, in a second pass
      // so that it does not come from a difference of large sums.
      const alpha = theta[0] as number;
      const beta = alpha * (theta[1] as number);
      const phi = theta[2] as number;
      let l0 = 0;
      let b0 = 0;
      let ll = 1;
      let lb = 0;
      let bl = 0;
      let bb = 1;
      let sll = 0;
      let slb = 0;
      let sbb = 0;
      let cl = 0;
      let cb = 0;
      for (let i = 0; i < m; i++) {
        const f0 = l0 + phi * b0;
        const e = (u[i] as number) - f0;
        l0 = f0 + alpha * e;
        b0 = phi * b0 + beta * e;
        const fl = ll + phi * lb;
        ll = fl - alpha * fl;
        lb = phi * lb - beta * fl;
        const fb = bl + phi * bb;
        bl = fb - alpha * fb;
        bb = phi * bb - beta * fb;
        e0[i] = e;
        q1[i] = -fl;
        q2[i] = -fb;
        sll += fl * fl;
        slb += fl * fb;
        sbb += fb * fb;
        cl -= fl * e;
        cb -= fb * e;
      }
      const r11 = Math.sqrt(sll);
      if (!(r11 > 0 && r11 < Infinity)) return false;
      const r12 = slb / r11;
      const r22 = Math.sqrt(Math.max(sbb - r12 * r12, 0));
      if (!(r22 > 1e-12 * r11 && r22 < Infinity)) return false;
      const z1 = cl / r11;
      const z2 = (cb - r12 * z1) / r22;
      const trend = -z2 / r22;
      const level = (-z1 - r12 * trend) / r11;
      let sse = 0;
      for (let i = 0; i < m; i++) {
        const r = (e0[i] as number) + level * (q1[i] as number) + trend * (q2[i] as number);
        sse += r * r;
      }
      if (!Number.isFinite(sse) || !Number.isFinite(level) || !Number.isFinite(trend)) return false;
      out[offset] = alpha;
      out[offset + 1] = beta;
      out[offset + 2] = phi;
      out[offset + 3] = sse;
      // The recursion is linear in its starting states: data from (l_0, b_0) end at the data's own
      // end plus l_0 times the unit level's and b_0 times the unit trend's.
      out[offset + 4] = l0 + ll * level + bl * trend;
      out[offset + 5] = b0 + lb * level + bb * trend;
      out[offset + 6] = ll;
      out[offset + 7] = lb;
      out[offset + 8] = bl;
      out[offset + 9] = bb;
      out[offset + 10] = r11;
      out[offset + 11] = r12;
      out[offset + 12] = r22;
      return true;
    },
    evaluate(theta, jtj, jtr) {
      const sse = reduce(theta);
      if (jtj === null || jtr === null || !Number.isFinite(sse) || solved === null) return sse;
      const alpha = theta[0] as number;
      const share = theta[1] as number;
      const phi = theta[2] as number;
      const beta = alpha * share;
      // The errors from the solved states and their derivatives in (α, β/α, φ) at fixed states.
      let l = solved.level;
      let b = solved.trend;
      const dl = [0, 0, 0];
      const db = [0, 0, 0];
      const dBeta = [share, alpha, 0];
      for (let i = 0; i < m; i++) {
        const f = l + phi * b;
        const e = (u[i] as number) - f;
        for (let k = 0; k < 3; k++) {
          const df = (dl[k] as number) + phi * (db[k] as number) + (k === 2 ? b : 0);
          (d[k] as Float64Array)[i] = -df;
          dl[k] = df - alpha * df + (k === 0 ? e : 0);
          db[k] = phi * (db[k] as number) + (k === 2 ? b : 0) - beta * df + (dBeta[k] as number) * e;
        }
        l = f + alpha * e;
        b = phi * b + beta * e;
      }
      // Kaufman: project each column off span(q1, q2); the residual is already orthogonal to it.
      for (let k = 0; k < 3; k++) {
        const col = d[k] as Float64Array;
        let p1 = 0;
        let p2 = 0;
        for (let i = 0; i < m; i++) {
          p1 += (q1[i] as number) * (col[i] as number);
          p2 += (q2[i] as number) * (col[i] as number);
        }
        for (let i = 0; i < m; i++) col[i] = (col[i] as number) - p1 * (q1[i] as number) - p2 * (q2[i] as number);
      }
      for (let a = 0; a < 3; a++) {
        const ca = d[a] as Float64Array;
        // Jᵀe = (P⊥∂e)ᵀ·P⊥e⁰ = (P⊥∂e)ᵀ·e⁰: the projected column is already orthogonal to q1, q2.
        let g = 0;
        for (let i = 0; i < m; i++) g += (ca[i] as number) * (e0[i] as number);
        jtr[a] = g;
        for (let c = 0; c < 3; c++) {
          const cc = d[c] as Float64Array;
          let s = 0;
          for (let i = 0; i < m; i++) s += (ca[i] as number) * (cc[i] as number);
          jtj[a * 3 + c] = s;
        }
      }
      return sse;
    },
  };
}
