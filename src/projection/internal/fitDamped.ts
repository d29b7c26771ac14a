import type { NeverReason } from "../types.js";
import { bestOfStarts, type BoxProblem, boundsReached } from "./leastSquares.js";
import type { FloatPath, Model } from "./model.js";
import { normalPredictive } from "./predictive.js";

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
 * Holt's linear trend with a damped trend, the state-space model ETS(A,Ad,N) (Hyndman, Koehler,
 * Ord & Snyder, "Forecasting with Exponential Smoothing", Springer 2008, §2.3 and ch. 6), fitted
 * on the increments of the path: the pace of each interval between two points, per month,
 * `u_i = (y_i - y_{i-1}) / (x_i - x_{i-1})`. One interval is one step of the model.
 *
 * Why increments: on a running total, ETS(A,Ad,N) is an ARIMA(1,1,2) without drift, whose
 * increments revert to zero: it forecasts every pace dying out geometrically (at φ ≤ 0.98 a
 * steady programme is projected 22 % short two years ahead: 18.8 months of pace instead of 24),
 * so the bound on φ, not the data, decides the projection. On the increments the level is the
 * current pace, the trend its change per step, and the damping makes that change fade: the pace
 * settles at `level + trend·φ/(1 - φ)`, and with little trend the method is the random walk with
 * drift (`linear` on increments) with a smoothed pace. The projection starts at the last observed
 * value. The price: a falling pace may be projected below zero, and then the projected total
 * turns down (a running count never does).
 *
 * Model, per step i = 1…m: forecast `û_i = l_{i-1} + φ·b_{i-1}`, error `e_i = u_i - û_i`,
 * `l_i = û_i + α·e_i`, `b_i = φ·b_{i-1} + β·e_i`. Estimation as statsmodels' `ETSModel(error="add",
 * trend="add", damped_trend=True)`: α, β, φ and the initial states (l_0, b_0) minimise the sum of
 * squared one-step errors `Σ e_i²` (the Gaussian likelihood), with α in [1e-4, 1 - 1e-4], β/α in
 * [1e-4, 1 - 1e-4], φ in [0.8, 0.98]. The errors are linear in (l_0, b_0), so for each (α, β, φ)
 * those two come from linear least squares (variable projection); the solver searches the other
 * three: the best 3 of a 7 × 6 × 3 grid, then bounded Levenberg–Marquardt (`leastSquares.ts`) with
 * the exact gradient. Deterministic; O(n) per evaluation, about 126 + 3·(≤ 100) of them. Given
 * `{ alpha, beta, phi }`, only (l_0, b_0) are estimated.
 *
 * Spacing: the model needs equal steps. Month ends are exactly one month apart on the month axis,
 * weeks and days nearly so (a day is 1/28 to 1/31 month). With uneven spacing each interval still
 * counts as one step, of the mean length `Δ = span/m`: the paces are per month, so an interval of
 * two months counts at its mean pace, but α, β, φ act per observation rather than per month, and
 * the spread of a long interval's pace (smaller) is not told apart from a short one's.
 *
 * Projection from the origin value y_o, s = h/Δ steps ahead: step k's pace is forecast as
 * `û_k = l_m + S_k·b_m`, `S_k = φ + … + φ^k = φ(1 - φ^k)/(1 - φ)`, and accrues evenly over its
 * step, so for s = j + f (j whole, 0 ≤ f < 1)
 * `ŷ(h) = y_o + Δ·(Σ_{k≤j} û_k + f·û_{j+1}) = y_o + Δ·(j·l_m + b_m·K·(j - S_j) + f·û_{j+1})`, K = φ/(1 - φ).
 * Before the origin (h < 0), the first step's pace continues backward.
 *
 * Interval (class 1 of Hyndman et al. 2008, ch. 6, for a sum of forecasts): the error of û_k is
 * `ε_k + Σ_{t=1}^{k-1} c_t·ε_{k-t}` with `c_t = α + β·S_t` and ε independent N(0, σ²), so the
 * error of the projected total is `Δ·Σ_i w_i·ε_i` with `w_i = 1 + C_{j-i} + f·c_{j+1-i}` (i ≤ j),
 * `w_{j+1} = f`, `C_r = c_1 + … + c_r`, and
 * `Var ŷ(h) = Δ²σ²·(f² + Σ_{r=0}^{j-1} (1 + C_r + f·c_{r+1})²)`; normal quantiles. σ² = SSE/(m - k)
 * for k estimated parameters (statsmodels divides by m). Conditional on the estimates: the
 * uncertainty of α, β, φ and of the states is not included. See `cumulativeVariance`.
 *
 * @param path - the path on the relative month axis (sorted, distinct x)
 * @param given - α, β, φ when not estimated
 * @param initial - the initial states when not estimated (for checks against other
 *   implementations); only with `given`
 * @returns the model (`fittedOn: "increments"`), or null with fewer than
 *   {@link DAMPED_MIN_STEPS} steps or when the fit fails
 * @internal
 *
 * Long on purpose: the steps of one estimation (paces, grid, solver, final states, interval) share
 * the paces and the scratch arrays of the problem.
 */
export function fitDamped(path: FloatPath, given?: DampedParameters, initial?: DampedStates): DampedModel | null {
  const { x, y } = path;
  const n = x.length;
  const m = n - 1;
  const minimum = given === undefined ? DAMPED_MIN_STEPS.estimated : initial === undefined ? DAMPED_MIN_STEPS.given : 1;
  if (!(m >= minimum)) return null;
  const span = (x[m] as number) - (x[0] as number);
  if (!(span > 0)) return null;
  const u = new Float64Array(m);
  for (let i = 0; i < m; i++)
    u[i] = ((y[i + 1] as number) - (y[i] as number)) / ((x[i + 1] as number) - (x[i] as number));
  const step = span / m;
  const problem = smoothingProblem(u);

  let theta: Float64Array;
  let iterations = 0;
  let converged = true;
  let onBound: Record<string, "lower" | "upper"> = {};
  if (given === undefined) {
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
    theta = run.best.theta;
    iterations = run.iterations;
    converged = run.converged;
    onBound = boundsReached(DAMPED_BOX.names, theta, DAMPED_BOX.lower, DAMPED_BOX.upper);
  } else {
    theta = Float64Array.from([given.alpha, given.alpha > 0 ? given.beta / given.alpha : 0, given.phi]);
  }
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
  const curve = dampedCurve(path.y[m] as number, step, end.level, end.trend, phi);
  const variance = cumulativeVariance(alpha, beta, phi);
  const predictive =
    df > 0
      ? normalPredictive("state-space", curve.value, (h) => step * sigma * Math.sqrt(variance(Math.abs(h) / step)))
      : null;
  const K = phi / (1 - phi);
  return {
    fittedOn: "increments",
    parameters: {
      alpha,
      beta,
      phi,
      level: end.level,
      trend: end.trend,
      longRunRate: end.level + end.trend * K,
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

/**
 * The least-squares problem in θ = (α, β/α, φ) with (l_0, b_0) eliminated: the one-step errors are
 * `e = e⁰ + l_0·e^l + b_0·e^b` (the recursion is linear in its states), e⁰ the errors from zero
 * states, e^l and e^b those of a unit level or trend with no data. For each θ, (l_0, b_0) are the
 * linear least squares solution (Gram–Schmidt on e^l, e^b); the Jacobian is Kaufman's,
 * `P⊥·∂e/∂θ` at fixed states (P⊥ the projection off e^l, e^b), whose Jᵀe is the exact gradient of
 * the reduced sum of squares. O(m) per evaluation, no allocation.
 */
function smoothingProblem(u: Float64Array): BoxProblem & { initialStates(theta: Float64Array): DampedStates | null } {
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
    lower: DAMPED_BOX.lower,
    upper: DAMPED_BOX.upper,
    initialStates(theta) {
      return Number.isFinite(reduce(theta)) ? solved : null;
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

/**
 * The variance of the projected total s steps ahead, in units of (Δσ)², for the damped trend with
 * α, β, φ (see `fitDamped`): for s = j + f, `f² + Σ_{r=0}^{j-1} (a_r + f·b_r)²` with
 * `a_r = 1 + C_r`, `b_r = c_{r+1}`, `c_t = α + β·S_t`, `C_r = c_1 + … + c_r`.
 *
 * The sums are accumulated term by term (all terms positive) up to J steps, J the first where
 * φ^J ≤ e^{-40} (at most 2^16, reached for φ > 0.9994), and kept; beyond, the tail has the closed
 * form of `(G + B·t - D·(1 - φ^t))²` summed over t (G = a_J + f·b_J, B = α + βK,
 * D = βK(K - fφ)φ^J, K = φ/(1 - φ)), where D is below 1e-17 of G and nothing cancels. O(1) per
 * call once the sums up to the step asked are kept (O(J) at most, J ≈ 2 000 at φ = 0.98).
 * @param tailFrom - the J to use (for tests of the closed form); default as above
 * @internal
 */
export function cumulativeVariance(alpha: number, beta: number, phi: number, tailFrom?: number): (s: number) => number {
  const K = phi / (1 - phi);
  const J = tailFrom ?? Math.min(Math.max(64, Math.ceil(40 / -Math.log(phi))), 2 ** 16);
  let A = new Float64Array(65); // A[j] = Σ_{r<j} a_r²
  let AB = new Float64Array(65); // Σ_{r<j} a_r·b_r
  let BB = new Float64Array(65); // Σ_{r<j} b_r²
  let filled = 0; // the sums are known for j ≤ filled
  let S = 0; // S_r for r = filled
  let C = 0; // C_r for r = filled
  const fill = (upTo: number) => {
    if (upTo >= A.length) {
      const size = Math.min(Math.max(2 * A.length, upTo + 1), J + 1);
      const grow = (a: Float64Array) => {
        const b = new Float64Array(size);
        b.set(a);
        return b;
      };
      A = grow(A);
      AB = grow(AB);
      BB = grow(BB);
    }
    for (let r = filled; r < upTo; r++) {
      const a = 1 + C;
      S = phi * (1 + S); // S_{r+1}
      const b = alpha + beta * S; // c_{r+1}
      A[r + 1] = (A[r] as number) + a * a;
      AB[r + 1] = (AB[r] as number) + a * b;
      BB[r + 1] = (BB[r] as number) + b * b;
      C += b;
    }
    filled = upTo;
  };
  const head = (j: number, f: number) => {
    if (j > filled) fill(j);
    return (A[j] as number) + 2 * f * (AB[j] as number) + f * f * ((BB[j] as number) + 1);
  };
  return (s: number) => {
    const j = Math.floor(s);
    const f = s - j;
    if (j <= J) return head(j, f);
    const prefix = head(J, f); // also leaves S = S_J, C = C_J
    const n = j - J;
    const G = 1 + C + f * (alpha + beta * phi * (1 + S));
    const B = alpha + beta * K;
    const D = beta * K * (K - f * phi) * Math.pow(phi, J);
    const st = (n * (n - 1)) / 2;
    const st2 = ((n - 1) * n * (2 * n - 1)) / 6;
    const pn = Math.pow(phi, n);
    const sp = (1 - pn) / (1 - phi); // Σ φ^t
    const stp = (phi * (1 - n * Math.pow(phi, n - 1) + (n - 1) * pn)) / ((1 - phi) * (1 - phi)); // Σ t·φ^t
    const sE = n - sp;
    const stE = st - stp;
    const sE2 = n - 2 * sp + (1 - pn * pn) / (1 - phi * phi);
    return prefix + G * G * n + 2 * G * B * st + B * B * st2 - 2 * G * D * sE - 2 * B * D * stE + D * D * sE2;
  };
}
