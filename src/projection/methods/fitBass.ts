import { BOOTSTRAP_REPLICATES } from "../intervals/bootstrap.js";
import { countBootstrap } from "../intervals/pathBootstrap.js";
import {
  boundsReached,
  type CurveFit,
  bestOfStarts,
  minimiseInBox,
  type SeparableProblem,
  separableProblem,
  standardErrors,
} from "../../numeric/index.js";
import type { FloatPath, Model } from "./model.js";
import { type CurveParameter, poorlyDetermined } from "./poorlyDetermined.js";

/** Bass diffusion share adopted by time t ≥ 0: `F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t})`. @internal */
export function bassF(t: number, p: number, q: number): number {
  if (!(t > 0)) return 0;
  const e = Math.exp(-(p + q) * t);
  return (1 - e) / (1 + (q / p) * e);
}

/** The search box of a fitted Bass curve, per month. @internal */
export const BASS_BOX = { p: [1e-5, 0.5], q: [1e-4, 2] } as const;
/** The solver's box in (ln p, ln q). */
const LOG_BOX = {
  lower: [Math.log(BASS_BOX.p[0]), Math.log(BASS_BOX.q[0])],
  upper: [Math.log(BASS_BOX.p[1]), Math.log(BASS_BOX.q[1])],
} as const;
/** Start grid: this many log-spaced values of p and of q over the box. */
const GRID = 7;
/** Local searches run from the best local minima of the grid. */
const LOCAL_SEARCHES = 2;

/** A Bass fit with what the least-squares search found. @internal */
export type BassModel = Model & { readonly fit: CurveFit };

/**
 * Bass diffusion `y(h) = N0 + M·F(h - h_launch)`: the launch is the first point of the path, N0
 * its value, and M the market potential of new adopters after it (capacity K = N0 + M); p and q
 * are per month.
 *
 * Fitting when `{ p, q, M }` is not given, by least squares on the curve itself: the objective is
 * `Σ (y_i - N0 - M·F(h_i - h_launch))²` over the points after the launch (the launch point is
 * matched exactly by construction). M enters linearly, so for each (p, q) the best M ≥ 0 is linear
 * least squares, `M = Σ F·(y - N0) / Σ F²` (variable projection; see `leastSquares.ts`), and the
 * solver works in (ln p, ln q) over the box p in [1e-5, 0.5], q in [1e-4, 2]. Global start: a 7 × 7
 * log grid over that box; bounded Levenberg–Marquardt from its two best local minima. About
 * 49 + 2·(≤ 100) evaluations of O(n); deterministic. Needs 3 points; null when no M > 0 fits (a
 * flat or falling path) or no time passes after the launch.
 *
 * Interval: the residual bootstrap of `bootstrap.ts` on the points after the launch, refitting
 * p, q and M from this fit's solution; with `{ p, q, M }` given nothing is refitted and only the
 * scatter about the curve is resampled. None (`predictive` null) without residual degrees of
 * freedom: no more points after the launch than estimated parameters (3), or fewer than two.
 * Warnings (fitted only): `poorly_determined` for p, q and M (see `poorlyDetermined.ts`; M is
 * compared with the rise since the launch).
 * @param path - the path on the relative month axis
 * @param given - `{ p, q, M }` to use as they are, or undefined to fit them
 * @param start - a warm start (`fit.solution` of an earlier fit of similar data): skips the grid
 * @param replicates - the bootstrap's B: `BOOTSTRAP_REPLICATES` (300) by default, fewer in a backtest
 * @returns the model with its `fit` (sum of squares, standard errors of p, q and M, bounds reached
 *   among `p` and `q`), its `predictive` and its `warnings` (absent when none), or null
 * @internal
 */
export function fitBass(
  path: FloatPath,
  given: { p: number; q: number; M: number } | undefined,
  start?: readonly number[],
  replicates = BOOTSTRAP_REPLICATES,
): BassModel | null {
  const model = bassCurve(path, given, start);
  if (model === null) return null;
  const { x, y } = path;
  const n = x.length;
  // The points after the launch, which the least squares fitted (the launch is matched by construction).
  const fitted = x.slice(1).map((t) => model.value(t));
  const { N0, M, p, q, launch } = model.parameters as Record<"N0" | "M" | "p" | "q" | "launch", number>;
  const warnings =
    given === undefined
      ? poorlyDetermined(model.fit, [P, Q, MARKET], model.parameters, path, {
          parameter: MARKET,
          reached: (y[n - 1] as number) - N0,
          reachedWords: "the rise since the launch",
        })
      : [];
  const predictive = countBootstrap(
    {
      family: bassAt,
      parameters: Float64Array.of(N0, M, p, q, launch),
      fitted,
      residuals: fitted.map((f, i) => (y[i + 1] as number) - f),
      estimated: model.fit.estimated.length,
      refit: given === undefined ? bassRefit(x, y[0] as number, model.fit.solution) : null,
    },
    { x: x.slice(1), anchor: { x: x[0] as number, y: y[0] as number } },
    replicates,
    warnings.length > 0,
  );
  return { ...model, predictive, ...(warnings.length > 0 && { warnings }) };
}

/** The Bass curve `N0 + M·F(h - launch)` with (N0, M, p, q, launch) at `parameters[offset]`, for the bootstrap. */
function bassAt(parameters: Float64Array, offset: number, h: number): number {
  const n0 = parameters[offset] as number;
  const M = parameters[offset + 1] as number;
  return (
    n0 +
    M *
      bassF(h - (parameters[offset + 4] as number), parameters[offset + 2] as number, parameters[offset + 3] as number)
  );
}

/**
 * The bootstrap's refit of a Bass fit to values y at the points after the launch (x[1] …), from its
 * solution `start`: the local search of {@link bassCurve} with a warm start, on the same arithmetic
 * (so the same curve), without the standard errors and records a fit keeps, and on one problem
 * whose values each refit overwrites. It writes (N0, M, p, q, launch) for {@link bassAt}. False
 * when no curve with M > 0 fits.
 */
function bassRefit(
  x: readonly number[],
  n0: number,
  start: readonly number[],
): (y: Float64Array, into: Float64Array, offset: number) => boolean {
  const launch = x[0] as number;
  const m = x.length - 1;
  const ts = new Float64Array(m);
  for (let i = 0; i < m; i++) ts[i] = (x[i + 1] as number) - launch;
  const ys = new Float64Array(m);
  const problem = bassProblem(ts, ys);
  const { lower, upper } = LOG_BOX;
  return (y, into, offset) => {
    for (let i = 0; i < m; i++) ys[i] = (y[i] as number) - n0;
    const found = minimiseInBox(problem, start);
    if (found === null) return false;
    const M = problem.coefficient(found.theta);
    if (!(M > 0)) return false;
    into[offset] = n0;
    into[offset + 1] = M;
    into[offset + 2] = onBox(found.theta[0] as number, lower[0] as number, upper[0] as number, BASS_BOX.p);
    into[offset + 3] = onBox(found.theta[1] as number, lower[1] as number, upper[1] as number, BASS_BOX.q);
    into[offset + 4] = launch;
    return true;
  };
}

/** The fitted parameters of a Bass curve, as `poorly_determined` names them. */
const P: CurveParameter = {
  name: "p",
  words: "the coefficient of innovation p",
  coordinate: "p",
  onBound: { lower: "the data show no adoption independent of earlier adopters to measure" },
};
const Q: CurveParameter = {
  name: "q",
  words: "the coefficient of imitation q",
  coordinate: "q",
  onBound: { lower: "the data show no adoption driven by earlier adopters to measure" },
};
const MARKET: CurveParameter = { name: "M", words: "the market potential M" };

/**
 * The least-squares Bass curve of {@link fitBass}, without its interval and warnings.
 *
 * Long on purpose: the fit is one numerical procedure (grid start, bounded solver, M by linear
 * least squares, standard errors) on shared scratch arrays; its steps are not useful apart.
 */
// eslint-disable-next-line max-lines-per-function -- numerical kernel: the curve, its derivatives and their scratch arrays share one closure
function bassCurve(
  path: FloatPath,
  given: { p: number; q: number; M: number } | undefined,
  start: readonly number[] | undefined,
): BassModel | null {
  const { x, y } = path;
  const n = x.length;
  if (n < (given === undefined ? 3 : 1)) return null;
  const launch = x[0] as number;
  const n0 = y[0] as number;
  const m = n - 1; // residuals: the points after the launch
  const ts = new Float64Array(m);
  const ys = new Float64Array(m);
  for (let i = 1; i < n; i++) {
    ts[i - 1] = (x[i] as number) - launch;
    ys[i - 1] = (y[i] as number) - n0;
  }
  let p: number;
  let q: number;
  let M: number;
  let fit: CurveFit;
  if (given !== undefined) {
    ({ p, q, M } = given);
    let sse = 0;
    for (let i = 0; i < m; i++) {
      const e = M * bassF(ts[i] as number, p, q) - (ys[i] as number);
      sse += e * e;
    }
    fit = {
      sse,
      residuals: m,
      estimated: [],
      standardErrors: null,
      bounds: {},
      onBound: {},
      solution: [],
      iterations: 0,
      converged: true,
    };
  } else {
    const { lower, upper } = LOG_BOX;
    const problem = bassProblem(ts, ys);
    const starts = start !== undefined ? [[...start]] : gridStarts(problem, lower, upper);
    const run = bestOfStarts(problem, starts, (found) => problem.coefficient(found.theta) > 0);
    if (run === null) return null;
    const { best, iterations, converged } = run;
    // exp(ln 1e-5) is 9.999999999999999e-6: a coordinate on its bound gives the bound itself.
    p = onBox(best.theta[0] as number, lower[0] as number, upper[0] as number, BASS_BOX.p);
    q = onBox(best.theta[1] as number, lower[1] as number, upper[1] as number, BASS_BOX.q);
    M = problem.coefficient(best.theta);
    // Standard errors in (p, q, M): ∂y/∂p = M·∂F/∂p, ∂y/∂q = M·∂F/∂q, ∂y/∂M = F.
    let spp = 0;
    let spq = 0;
    let spM = 0;
    let sqq = 0;
    let sqM = 0;
    let sMM = 0;
    const ratio = q / p;
    for (let i = 0; i < m; i++) {
      const t = ts[i] as number;
      if (!(t > 0)) continue;
      const e = Math.exp(-(p + q) * t);
      const d = 1 + ratio * e;
      const k = (M * e) / (d * d);
      const dp = k * (t * d + (1 - e) * (q / (p * p) + ratio * t));
      const dq = k * (t * d - (1 - e) * (1 / p - ratio * t));
      const dM = (1 - e) / d;
      spp += dp * dp;
      spq += dp * dq;
      spM += dp * dM;
      sqq += dq * dq;
      sqM += dq * dM;
      sMM += dM * dM;
    }
    const jtj = [spp, spq, spM, spq, sqq, sqM, spM, sqM, sMM];
    fit = {
      sse: best.sse,
      residuals: m,
      estimated: ["p", "q", "M"],
      standardErrors: standardErrors(["p", "q", "M"], jtj, best.sse, m),
      bounds: { p: BASS_BOX.p, q: BASS_BOX.q },
      onBound: boundsReached(["p", "q"], best.theta, lower, upper),
      solution: [best.theta[0] as number, best.theta[1] as number],
      iterations,
      converged,
    };
  }
  const K = n0 + M;
  const value = (h: number) => n0 + M * bassF(h - launch, p, q);
  return {
    fittedOn: "cumulative",
    parameters: { p, q, M, N0: n0, capacity: K, launch },
    value,
    predictive: null,
    reach: (v) => {
      const c0 = value(0);
      if (v === c0) return 0;
      if (v < c0) return "never-at-this-pace";
      if (v >= K) return "beyond-capacity";
      const f = (v - n0) / M;
      const e = (1 - f) / (1 + (f * q) / p);
      const h = launch - Math.log(e) / (p + q);
      return Math.max(h, 0); // finite (c0 < v < K); rounding can put a value a hair past c0 at h ≤ 0
    },
    fit,
  };
}

/**
 * The least-squares problem of a Bass curve in (ln p, ln q) with M eliminated: `ys ≈ M·F(ts)` (ys
 * the rise since the launch, ts the months since it), M ≥ 0 solved exactly at each (p, q). The
 * problem reads ys at each evaluation, so a refit can put new values in the same array. Its basis
 * is a thin closure over {@link bassShape}, whose loop is module-level code (see
 * `separableProblem` on why).
 */
function bassProblem(ts: Float64Array, ys: Float64Array): SeparableProblem {
  return separableProblem(
    ys,
    (theta, g, da, db) => bassShape(ts, theta[0] as number, theta[1] as number, g, da, db),
    { lower: 0, upper: Infinity },
    LOG_BOX,
  );
}

/** F(t) at each t into `g` for p = e^lp, q = e^lq, and when asked ∂F/∂ln p, ∂F/∂ln q into `da`, `db`. */
function bassShape(
  ts: Float64Array,
  lp: number,
  lq: number,
  g: Float64Array,
  da: Float64Array | null,
  db: Float64Array | null,
): void {
  const m = ts.length;
  const pp = Math.exp(lp);
  const qq = Math.exp(lq);
  const ratio = qq / pp;
  for (let i = 0; i < m; i++) {
    const t = ts[i] as number;
    if (!(t > 0)) {
      g[i] = 0;
      if (da !== null && db !== null) da[i] = db[i] = 0;
      continue;
    }
    const e = Math.exp(-(pp + qq) * t);
    const d = 1 + ratio * e;
    g[i] = (1 - e) / d;
    if (da !== null && db !== null) {
      // ∂F/∂ln p = p·∂F/∂p and ∂F/∂ln q = q·∂F/∂q, F = (1 - e)/d, e = e^{-(p+q)t}, d = 1 + (q/p)e.
      const k = e / (d * d);
      da[i] = k * (pp * t * d + (1 - e) * (ratio + qq * t));
      db[i] = k * (qq * t * d - (1 - e) * ratio * (1 - qq * t));
    }
  }
}

/**
 * Starts for the local search: the cells of a GRID × GRID log grid over the box that are local
 * minima of the sum of squares among their neighbours (M > 0), best first, at most LOCAL_SEARCHES.
 */
function gridStarts(
  problem: ReturnType<typeof separableProblem>,
  lower: readonly number[],
  upper: readonly number[],
): number[][] {
  const sse = new Float64Array(GRID * GRID).fill(Infinity);
  const theta = new Float64Array(2);
  const at = (i: number, lo: number, hi: number) => lo + ((hi - lo) * i) / (GRID - 1);
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j < GRID; j++) {
      theta[0] = at(i, lower[0] as number, upper[0] as number);
      theta[1] = at(j, lower[1] as number, upper[1] as number);
      const value = problem.evaluate(theta, null, null);
      if (problem.lastCoefficient() > 0) sse[i * GRID + j] = value;
    }
  }
  const minima: { i: number; j: number; sse: number }[] = [];
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j < GRID; j++) {
      const s = sse[i * GRID + j] as number;
      if (!Number.isFinite(s)) continue;
      let lowest = true;
      for (let di = -1; di <= 1 && lowest; di++) {
        for (let dj = -1; dj <= 1; dj++) {
          const a = i + di;
          const b = j + dj;
          if ((di === 0 && dj === 0) || a < 0 || b < 0 || a >= GRID || b >= GRID) continue;
          if ((sse[a * GRID + b] as number) < s) {
            lowest = false;
            break;
          }
        }
      }
      if (lowest) minima.push({ i, j, sse: s });
    }
  }
  minima.sort((a, b) => a.sse - b.sse);
  return minima
    .slice(0, LOCAL_SEARCHES)
    .map(({ i, j }) => [at(i, lower[0] as number, upper[0] as number), at(j, lower[1] as number, upper[1] as number)]);
}

/** e^t for t in [lo, hi] = [ln box[0], ln box[1]], exactly the box's end at either end. */
function onBox(t: number, lo: number, hi: number, box: readonly [number, number]): number {
  return t <= lo ? box[0] : t >= hi ? box[1] : Math.min(Math.max(Math.exp(t), box[0]), box[1]);
}
