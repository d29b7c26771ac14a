import type { NeverReason } from "../types.js";
import { bestOfStarts, type BoxProblem, boundsReached } from "./leastSquares.js";
import type { FloatPath, Model } from "./model.js";
import { normalMixturePredictive, type Predictive, studentPredictive } from "./predictive.js";

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
 * Interval, at fixed α, β, φ (class 1 of Hyndman et al. 2008, ch. 6, for a sum of forecasts): the
 * error of û_k is `ε_k + Σ_{t=1}^{k-1} c_t·ε_{k-t}` with `c_t = α + β·S_t` and ε independent
 * N(0, σ²), so the error of the projected total is `Δ·Σ_i w_i·ε_i` with
 * `w_i = 1 + C_{j-i} + f·c_{j+1-i}` (i ≤ j), `w_{j+1} = f`, `C_r = c_1 + … + c_r`, and
 * `V(s) = f² + Σ_{r=0}^{j-1} (1 + C_r + f·c_{r+1})²` in units of (Δσ)² (`cumulativeVariance`, the
 * textbook variance, checked against statsmodels). The initial states come from least squares,
 * and at fixed α, β, φ the paces are a linear regression on them, so their error adds
 * `gᵀ(EᵀE)⁻¹g` (see `nodeScale`): the prediction variance is `Δ²σ²·(V(s) + gᵀ(EᵀE)⁻¹g)`,
 * σ² = SSE/(m - 2), with Student's t on m - 2 degrees of freedom, exact for Gaussian errors. That
 * is the interval with `given` (with `initial` too: V alone, σ² = SSE/m, t(m)).
 *
 * Estimated α, β, φ: on a short series the least-squares α often lands on its lower bound (on 23
 * paces from a model with α = 0.3, in four series of five), and the interval at the estimates then
 * leaves out the pace's own wandering (it held the truth 12 months ahead in 32 % of such series
 * instead of 90 %). So the interval averages over them: the posterior predictive distribution
 * under a uniform prior on the search box (α, β/α in (0, 1), φ in [0.8, 0.98]) and flat priors on
 * (l_0, b_0) and on ln σ. At each of the {@link DAMPED_INTERVAL_NODES} the projected total is
 * normal about that node's own forecast (from its least-squares states) with the variance above
 * (normal, not t: with m ≥ 10 paces σ varies little beside α, β, φ); the nodes weigh their prior
 * mass times `|EᵀE|^{-1/2}·SSE^{-(m-2)/2}`, the likelihood of (α, β, φ) with the states and σ
 * integrated out. The point projection stays the least-squares one, so the interval's median is
 * near it, not on it. Computed when first read: 40 fits of the states (O(m) each), then O(40) per
 * probability and a few times that per quantile (`normalMixturePredictive`).
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
  const origin = path.y[m] as number;
  const curve = dampedCurve(origin, step, end.level, end.trend, phi);
  let predictive: Predictive | null = null;
  if (initial !== undefined) {
    // Everything given but the spread: the class-1 variance, σ² = SSE/m, t with m degrees of freedom.
    const variance = cumulativeVariance(alpha, beta, phi);
    predictive = studentPredictive(
      "state-space",
      curve.value,
      (h) => step * sigma * Math.sqrt(variance(Math.abs(h) / step)),
      df,
    );
  } else {
    // With α, β, φ given, and as the fallback of the average: the estimates' own interval.
    const node = problem.node(theta);
    if (node !== null) {
      const plugIn = studentPredictive("state-space", curve.value, nodeScale(node, m, step), m - 2);
      predictive = given === undefined ? averagedPredictive(problem, origin, step, plugIn) : plugIn;
    }
  }
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

/**
 * The fit of the initial states at one (α, β, φ): the least-squares (l_0, b_0), the sum of squares,
 * the final states, and what the states' uncertainty needs: `propagation` = (l, b) at the end of
 * the data from a unit level and from a unit trend with no data (ll, lb, bl, bb), and `r` = the
 * triangle R of E = Q·R, E = (e^l, e^b) the errors of those unit states (so EᵀE = RᵀR). @internal
 */
export interface SmoothingNode {
  readonly alpha: number;
  readonly beta: number;
  readonly phi: number;
  readonly sse: number;
  readonly level: number;
  readonly trend: number;
  readonly propagation: readonly [number, number, number, number];
  readonly r: readonly [number, number, number];
}

/**
 * The nodes over which the estimated model's interval averages its forecast: α = v² and β/α = w²,
 * with v and w at the midpoints of `alpha` and `share` equal cells of [0, 1], and φ at the
 * midpoints of `phi` equal cells of [0.8, 0.98]: α ∈ {0.01, 0.09, 0.25, 0.49, 0.81}, β/α ∈
 * {0.016, 0.14, 0.39, 0.77}, φ ∈ {0.845, 0.935}. The squares put more nodes near α = 0 and β = 0,
 * where a steady pace puts the weight. Each node carries its cell's share of the uniform prior on
 * the box: (2i + 1)/A² · (2j + 1)/S² · 1/P for the i-th v and the j-th w (from 0), the midpoint
 * rule in (v, w, φ). Against 3 840 nodes (24 × 16 × 10), on 120 simulated series of 12 to 180
 * months, the 90 % interval's width was off by 1.4 % on average at 6 months and 2 % at 12 (at
 * most 10 % and 12 %); with 72 nodes (6 × 4 × 3), 0.9 % and 1.3 %, at nearly twice the time.
 * @internal
 */
export const DAMPED_INTERVAL_NODES = { alpha: 5, share: 4, phi: 2 } as const;

/**
 * The scale of the projected total at h months with the smoothing parameters and the fit of one
 * node (steps of Δ months, m paces): `Δ·σ·sqrt(V(s) + ‖R⁻ᵀg‖²)`, s = |h|/Δ, σ² = SSE/(m - 2),
 * V the class-1 variance ({@link cumulativeVariance}) and `‖R⁻ᵀg‖² = gᵀ(EᵀE)⁻¹g` the error of the
 * least-squares initial states carried to the forecast: g = Gᵀa, a = (s, K·(j - S_j) + f·S_{j+1})
 * the forecast's derivatives in the final (level, trend) per Δ, G the final states of a unit
 * initial level and trend. Given α, β, φ, the paces are a linear regression on (l_0, b_0) with
 * independent errors, so this is the exact prediction error of the regression (as OLS's
 * `1 + 1/n + (h - x̄)²/Sxx` term). @internal
 */
export function nodeScale(node: SmoothingNode, m: number, step: number): (h: number) => number {
  const { alpha, beta, phi } = node;
  const variance = cumulativeVariance(alpha, beta, phi);
  const sigma = Math.sqrt(node.sse / (m - 2));
  const K = phi / (1 - phi);
  const lnPhi = Math.log(phi);
  const [ll, lb, bl, bb] = node.propagation;
  const [r11, r12, r22] = node.r;
  return (h: number) => {
    const s = Math.abs(h) / step;
    const j = Math.floor(s);
    const Sj = -K * Math.expm1(j * lnPhi);
    const aTrend = K * (j - Sj) + (s - j) * phi * (1 + Sj); // S_{j+1} = φ(1 + S_j)
    const g1 = s * ll + aTrend * lb;
    const g2 = s * bl + aTrend * bb;
    const w1 = g1 / r11;
    const w2 = (g2 - r12 * w1) / r22;
    return step * sigma * Math.sqrt(variance(s) + w1 * w1 + w2 * w2);
  };
}

/** Per node: α, β, φ, SSE, l_m, b_m, ll, lb, bl, bb, r11, r12, r22 (see {@link SmoothingNode}). */
const NODE_FIELDS = 13;
/** ln of the smallest weight kept, relative to the heaviest node's. */
const LEFT_OUT = Math.log(1e-12);

/**
 * The estimated model's predictive distribution: the posterior predictive under a uniform prior on
 * the box of α, β/α, φ, flat priors on the initial states and on ln σ. At fixed (α, β, φ) the
 * total is normal about that node's forecast with the scale of {@link nodeScale}; the nodes of
 * {@link DAMPED_INTERVAL_NODES} weigh `prior mass · |EᵀE|^{-1/2} · SSE^{-(m-2)/2}`, the likelihood
 * of (α, β, φ) with the states and σ integrated out (the diffuse likelihood). Built when first
 * read (a backtest with `intervals: false` never reads it); `plugIn` (the estimates' own interval)
 * when no node can be fitted. O(nodes·m) to build, O(nodes) per probability.
 */
function averagedPredictive(
  problem: ReturnType<typeof smoothingProblem>,
  origin: number,
  step: number,
  plugIn: Predictive,
): Predictive {
  let built: Predictive | undefined;
  const mixture = () => (built ??= nodeMixture(problem, origin, step) ?? plugIn);
  return {
    kind: "state-space",
    probabilityBeyond: (h, v, up) => mixture().probabilityBeyond(h, v, up),
    quantile: (h, p) => mixture().quantile(h, p),
  };
}

/** The mixture of {@link averagedPredictive}, or null when no node can be fitted. */
function nodeMixture(problem: ReturnType<typeof smoothingProblem>, origin: number, step: number): Predictive | null {
  const { alpha: A, share: S, phi: P } = DAMPED_INTERVAL_NODES;
  const m = problem.steps;
  const all = new Float64Array(NODE_FIELDS * A * S * P);
  const logWeights: number[] = [];
  const theta = new Float64Array(3);
  for (let i = 0; i < A; i++)
    for (let j = 0; j < S; j++)
      for (let k = 0; k < P; k++) {
        theta[0] = ((i + 0.5) / A) ** 2;
        theta[1] = ((j + 0.5) / S) ** 2;
        theta[2] = 0.8 + (0.18 * (k + 0.5)) / P;
        const o = NODE_FIELDS * logWeights.length;
        if (!problem.nodeInto(theta, all, o)) continue;
        // A sum of squares of exactly 0 (a perfectly steady pace) weighs most, and finitely.
        const sse = Math.max(all[o + 3] as number, Number.MIN_VALUE);
        const det = (all[o + 10] as number) * (all[o + 12] as number); // |EᵀE|^{1/2} = r11·r22
        logWeights.push(Math.log((2 * i + 1) * (2 * j + 1)) - Math.log(det) - ((m - 2) / 2) * Math.log(sse));
        all[o + 3] = Math.sqrt(sse / (m - 2)); // σ from here on
      }
  if (logWeights.length === 0) return null;
  // Nodes below 1e-12 of the heaviest are left out (they cannot move a probability by 1e-10).
  const top = Math.max(...logWeights);
  const kept: number[] = [];
  logWeights.forEach((l, k) => {
    if (l - top > LEFT_OUT) kept.push(k);
  });
  const count = kept.length;
  const data = new Float64Array(NODE_FIELDS * count);
  kept.forEach((k, n) => data.set(all.subarray(NODE_FIELDS * k, NODE_FIELDS * (k + 1)), NODE_FIELDS * n));
  const weights = Float64Array.from(kept, (k) => Math.exp((logWeights[k] as number) - top));
  const total = weights.reduce((a, b) => a + b, 0);
  for (let k = 0; k < count; k++) weights[k] = (weights[k] as number) / total;
  const variances = Array.from({ length: count }, (_, k) =>
    cumulativeVariance(
      data[NODE_FIELDS * k] as number,
      data[NODE_FIELDS * k + 1] as number,
      data[NODE_FIELDS * k + 2] as number,
    ),
  );
  const lnPhi = Float64Array.from({ length: count }, (_, k) => Math.log(data[NODE_FIELDS * k + 2] as number));
  return normalMixturePredictive("state-space", weights, (h, mean, scale) => {
    const s = Math.abs(h) / step;
    const j = Math.floor(s);
    const f = s - j;
    for (let k = 0; k < count; k++) {
      const o = NODE_FIELDS * k;
      const phi = data[o + 2] as number;
      const level = data[o + 4] as number;
      const trend = data[o + 5] as number;
      const K = phi / (1 - phi);
      const Sj = -K * Math.expm1(j * (lnPhi[k] as number));
      const aTrend = K * (j - Sj) + f * phi * (1 + Sj); // as in nodeScale
      // The node's projected total (dampedCurve's), and before the origin its first pace backward.
      mean[k] = h > 0 ? origin + step * (s * level + aTrend * trend) : origin + h * (level + phi * trend);
      const g1 = s * (data[o + 6] as number) + aTrend * (data[o + 7] as number);
      const g2 = s * (data[o + 8] as number) + aTrend * (data[o + 9] as number);
      const w1 = g1 / (data[o + 10] as number);
      const w2 = (g2 - (data[o + 11] as number) * w1) / (data[o + 12] as number);
      const v = (variances[k] as (s: number) => number)(s);
      scale[k] = step * (data[o + 3] as number) * Math.sqrt(v + w1 * w1 + w2 * w2);
    }
  });
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
function smoothingProblem(u: Float64Array): BoxProblem & {
  readonly steps: number;
  initialStates(theta: Float64Array): DampedStates | null;
  node(theta: Float64Array): SmoothingNode | null;
  nodeInto(theta: Float64Array, out: Float64Array, offset: number): boolean;
} {
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
  // Plain arrays, grown by push: an average over many (α, β, φ) makes one of these per node, and
  // small arrays cost less to make than typed ones.
  const A = [0]; // A[j] = Σ_{r<j} a_r²
  const AB = [0]; // Σ_{r<j} a_r·b_r
  const BB = [0]; // Σ_{r<j} b_r²
  let filled = 0; // the sums are known for j ≤ filled
  let S = 0; // S_r for r = filled
  let C = 0; // C_r for r = filled
  const fill = (upTo: number) => {
    for (let r = filled; r < upTo; r++) {
      const a = 1 + C;
      S = phi * (1 + S); // S_{r+1}
      const b = alpha + beta * S; // c_{r+1}
      A.push((A[r] as number) + a * a);
      AB.push((AB[r] as number) + a * b);
      BB.push((BB[r] as number) + b * b);
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
