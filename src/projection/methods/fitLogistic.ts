import { BOOTSTRAP_REPLICATES } from "../intervals/bootstrap.js";
import { countBootstrap } from "../intervals/pathBootstrap.js";
import {
  type Basis,
  boundsReached,
  type CurveFit,
  bestOfStarts,
  minimiseInBox,
  separableProblem,
  standardErrors,
} from "../../numeric/index.js";
import type { FloatPath, Model } from "./model.js";
import { type CurveParameter, poorlyDetermined } from "./poorlyDetermined.js";

/** The capacity's search range, as multiples of the largest value: K from max(y)·(1 + 1e-3) to max(y)·(1 + 1e3). */
const CAPACITY_RANGE = [1 + 1e-3, 1 + 1e3] as const;
/** |r| ≤ 20 per month: a rise from 10 % to 90 % of K in no less than ln(81)/20 = 0.22 months. */
const RATE_MAX = 20;
/** |c| ≤ 50 for the logit at the origin: a share of K from e^-50 (≈ 2e-22) to 1 - e^-50, all a double tells apart. */
const LOGIT_MAX = 50;
/** The solver's box in (r, c). */
const BOX = { lower: [-RATE_MAX, -LOGIT_MAX], upper: [RATE_MAX, LOGIT_MAX] } as const;
/** Capacities tried as starts: max(y)·(1 + u), u = 10^-3, 10^-2.5, …, 10^3. */
const START_CAPACITIES = 13;
/** Local searches run from the best of those starts. */
const LOCAL_SEARCHES = 2;

/** A logistic fit with what the least-squares search found. @internal */
export type LogisticModel = Model & { readonly fit: CurveFit };

/**
 * Logistic growth `y = K / (1 + e^{-r(h - h0)})`, saturating at the capacity K, fitted by least
 * squares on the curve itself.
 *
 * Objective: the sum of squared errors `Σ (y_i - K/(1 + e^{-r(h_i - h0)}))²` over the points with
 * `y > 0` (where the logit of a value is defined). The solver's coordinates are (r, c), with
 * `c = -r·h0` the logit of the curve at the origin (h = 0), and K eliminated: for each (r, c) the best
 * K is linear least squares, clamped into its range (variable projection; see `leastSquares.ts`).
 * Search box: K in `max(y)·[1 + 1e-3, 1 + 1e3]` (or the given `capacity`, then fixed), r in
 * [-20, 20] per month, c in [-50, 50]. Global start: the straight line through the logits
 * `ln(y/(K - y))` for 13 capacities `max(y)·(1 + 10^{-3 + k/2})` (or the given one); bounded
 * Levenberg–Marquardt from the best two. About 15 + 2·(≤ 100) evaluations of O(n); deterministic.
 *
 * Needs 2 positive points on distinct dates with K given, 3 when fitted; null for a curve that does
 * not move across the data (|r|·span ≤ 1e-9: a flat path).
 *
 * Interval: the residual bootstrap of `bootstrap.ts` on the positive points, refitting r and c (and
 * K unless given) from this fit's solution; a refit whose rate changes sign keeps the fitted curve,
 * so that every replicate path moves the same way. None (`predictive` null) without residual degrees
 * of freedom: as many positive points as estimated parameters. Warnings: `poorly_determined` for
 * the capacity, the rate and the midpoint (see `poorlyDetermined.ts`; the capacity's lower bound is
 * no warning, and the slowing test applies to a fitted capacity of a rising curve).
 * @param path - the path on the relative month axis
 * @param capacity - the given K, or undefined to fit it
 * @param start - a warm start (`fit.solution` of an earlier fit of similar data): skips the global
 *   search
 * @param replicates - the bootstrap's B: `BOOTSTRAP_REPLICATES` (300) by default, fewer in a backtest
 * @returns the model with its `fit` (sum of squares, standard errors of capacity, rate and
 *   midpoint, bounds reached among `capacity`, `rate`, `logitAtOrigin`), its `predictive` and its
 *   `warnings` (absent when none), or null
 * @internal
 */
export function fitLogistic(
  path: FloatPath,
  capacity: number | undefined,
  start?: readonly number[],
  replicates = BOOTSTRAP_REPLICATES,
): LogisticModel | null {
  const found = logisticCurve(path, capacity, start);
  if (found === null) return null;
  const { model, xs, ys } = found;
  const rate = model.parameters.rate as number;
  const fitted = xs.map((t) => model.value(t));
  const estimated = capacity === undefined ? [CAPACITY, RATE, MIDPOINT] : [RATE, MIDPOINT];
  const level =
    capacity === undefined && rate > 0
      ? { parameter: CAPACITY, reached: ys[ys.length - 1] as number, reachedWords: "the last value" }
      : undefined;
  const positive = { x: Array.from(xs), y: Array.from(ys) };
  const warnings = poorlyDetermined(model.fit, estimated, model.parameters, positive, level);
  const predictive = countBootstrap(
    {
      family: logisticAt,
      parameters: Float64Array.of(model.parameters.capacity as number, rate, model.parameters.midpoint as number),
      fitted,
      residuals: ys.map((y, i) => y - (fitted[i] as number)),
      estimated: model.fit.estimated.length,
      refit: logisticRefit(xs, capacity, model.fit.solution, rate),
    },
    { x: xs, anchor: null },
    replicates,
    warnings.length > 0,
  );
  return { ...model, predictive, ...(warnings.length > 0 && { warnings }) };
}

/** The logistic curve `K / (1 + e^{-r(h - h0)})` with (K, r, h0) at `parameters[offset]`, for the bootstrap. */
function logisticAt(parameters: Float64Array, offset: number, h: number): number {
  const K = parameters[offset] as number;
  const r = parameters[offset + 1] as number;
  const h0 = parameters[offset + 2] as number;
  return K / (1 + Math.exp(-r * (h - h0)));
}

/**
 * The bootstrap's refit of a logistic fit to values y at its points xs, from its solution `start`:
 * the local search of {@link logisticCurve} with a warm start, on the same arithmetic (so the same
 * curve), without the standard errors and records a fit keeps, and on one shared basis. It writes
 * (K, r, h0) for {@link logisticAt}. A value y ≤ 0 drops its point, as in a fit: such a rare
 * replicate goes through `logisticCurve` itself. False when no curve fits, or when the refit's rate
 * has not the sign of the fit's `rate`: a curve turned around would break the paths' common
 * direction.
 */
function logisticRefit(
  xs: Float64Array,
  capacity: number | undefined,
  start: readonly number[],
  rate: number,
): (y: Float64Array, into: Float64Array, offset: number) => boolean {
  const n = xs.length;
  const basis = logisticBasis(xs);
  const span = (xs[n - 1] as number) - (xs[0] as number);
  return (y, into, offset) => {
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = y[i] as number;
      if (!(v > 0)) {
        const again = logisticCurve({ x: xs, y }, capacity, start)?.model.parameters;
        if (again === undefined || !((again.rate as number) * rate > 0)) return false;
        into.set([again.capacity as number, again.rate as number, again.midpoint as number], offset);
        return true;
      }
      if (v > maxY) maxY = v;
    }
    if (capacity !== undefined && !(capacity > maxY)) return false;
    const bounds =
      capacity === undefined
        ? { lower: maxY * CAPACITY_RANGE[0], upper: maxY * CAPACITY_RANGE[1] }
        : { fixed: capacity };
    const problem = separableProblem(y, basis, bounds, BOX);
    const found = minimiseInBox(problem, start);
    if (found === null) return false;
    const r = found.theta[0] as number;
    const c = found.theta[1] as number;
    if (!(Math.abs(r) * span > 1e-9) || !(r * rate > 0)) return false;
    into[offset] = problem.coefficient(found.theta);
    into[offset + 1] = r;
    into[offset + 2] = -c / r;
    return true;
  };
}

/** The parameters of a fitted logistic curve, as `poorly_determined` names them. */
const CAPACITY: CurveParameter = {
  name: "capacity",
  words: "the capacity K",
  coordinate: "capacity",
  onBound: {
    // 0.1 % above the largest value: a path that has levelled off, which the capacity then follows.
    lower: null,
    upper: "the path shows no sign of levelling off",
  },
};
const RATE: CurveParameter = { name: "rate", words: "the growth rate r", coordinate: "rate" };
const MIDPOINT: CurveParameter = {
  name: "midpoint",
  words: "the midpoint h0",
  coordinate: "logitAtOrigin",
  onBound: {
    lower: "the curve is almost flat at the origin, its rise or fall far in the past",
    upper: "the curve is almost flat at the origin, its rise or fall far in the future",
  },
  location: true,
};

/**
 * The least-squares logistic curve of {@link fitLogistic}, without its interval and warnings, and
 * the positive points it fitted (x, y).
 *
 * Long on purpose: the fit is one numerical procedure (global start, bounded solver, standard
 * errors) on shared scratch arrays; its steps are not useful apart.
 */
// eslint-disable-next-line max-lines-per-function -- numerical kernel: the curve, its derivatives and their scratch arrays share one closure
function logisticCurve(
  path: { readonly x: ArrayLike<number>; readonly y: ArrayLike<number> },
  capacity: number | undefined,
  start: readonly number[] | undefined,
): { model: LogisticModel; xs: Float64Array; ys: Float64Array } | null {
  let n = 0;
  for (let i = 0; i < path.y.length; i++) if ((path.y[i] as number) > 0) n++;
  if (n < (capacity === undefined ? 3 : 2)) return null;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let maxY = -Infinity;
  for (let i = 0, j = 0; i < path.y.length; i++) {
    const v = path.y[i] as number;
    if (!(v > 0)) continue;
    xs[j] = path.x[i] as number;
    ys[j++] = v;
    if (v > maxY) maxY = v;
  }
  const span = (xs[n - 1] as number) - (xs[0] as number); // the path is sorted by x
  if (!(span > 0) || (capacity !== undefined && !(capacity > maxY))) return null;

  const capacityBounds = [maxY * CAPACITY_RANGE[0], maxY * CAPACITY_RANGE[1]] as const;
  const problem = separableProblem(
    ys,
    logisticBasis(xs),
    capacity === undefined ? { lower: capacityBounds[0], upper: capacityBounds[1] } : { fixed: capacity },
    BOX,
  );

  const starts: number[][] = [];
  if (start !== undefined) {
    starts.push([...start]);
  } else {
    const candidates: { theta: number[]; sse: number }[] = [];
    const tries =
      capacity === undefined
        ? Array.from({ length: START_CAPACITIES }, (_, k) => maxY * (1 + Math.pow(10, -3 + k / 2)))
        : [capacity];
    for (const K of tries) {
      const line = logitLine(xs, ys, K);
      if (line === null) continue;
      const theta = [clamp(line.slope, -RATE_MAX, RATE_MAX), clamp(line.atOrigin, -LOGIT_MAX, LOGIT_MAX)];
      candidates.push({ theta, sse: problem.evaluate(Float64Array.from(theta), null, null) });
    }
    candidates.sort((a, b) => a.sse - b.sse);
    for (const c of candidates.slice(0, LOCAL_SEARCHES)) starts.push(c.theta);
  }
  const run = bestOfStarts(problem, starts);
  if (run === null) return null;
  const { best, iterations, converged } = run;

  const r = best.theta[0] as number;
  const c = best.theta[1] as number;
  const K = problem.coefficient(best.theta);
  // A curve that does not move across the data (a flat path) has no rate or midpoint to speak of.
  if (!(Math.abs(r) * span > 1e-9)) return null;
  const h0 = -c / r;
  const value = (h: number) => K / (1 + Math.exp(-r * (h - h0)));

  // Standard errors in the public parameters: ∂y/∂K = σ, ∂y/∂r = K·σ(1-σ)·(h - h0), ∂y/∂h0 = -K·σ(1-σ)·r.
  const names = capacity === undefined ? ["capacity", "rate", "midpoint"] : ["rate", "midpoint"];
  let sKK = 0;
  let sKr = 0;
  let sKh = 0;
  let srr = 0;
  let srh = 0;
  let shh = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    const z = r * x + c;
    const e = Math.exp(-Math.abs(z));
    const dK = z >= 0 ? 1 / (1 + e) : e / (1 + e);
    const w = (K * e) / ((1 + e) * (1 + e));
    const dr = w * (x - h0);
    const dh = -w * r;
    sKK += dK * dK;
    sKr += dK * dr;
    sKh += dK * dh;
    srr += dr * dr;
    srh += dr * dh;
    shh += dh * dh;
  }
  const jtj = capacity === undefined ? [sKK, sKr, sKh, sKr, srr, srh, sKh, srh, shh] : [srr, srh, srh, shh];
  const onBound = boundsReached(["rate", "logitAtOrigin"], best.theta, BOX.lower, BOX.upper);
  if (capacity === undefined)
    Object.assign(onBound, boundsReached(["capacity"], [K], [capacityBounds[0]], [capacityBounds[1]]));
  const fit: CurveFit = {
    sse: best.sse,
    residuals: n,
    estimated: names,
    standardErrors: standardErrors(names, jtj, best.sse, n),
    bounds: {
      ...(capacity === undefined && { capacity: capacityBounds }),
      rate: [-RATE_MAX, RATE_MAX],
      logitAtOrigin: [-LOGIT_MAX, LOGIT_MAX],
    },
    onBound,
    solution: [r, c],
    iterations,
    converged,
  };
  const model: LogisticModel = {
    fittedOn: "cumulative",
    parameters: { capacity: K, rate: r, midpoint: h0 },
    value,
    predictive: null,
    reach: (v) => {
      const c0 = value(0);
      if (v === c0) return 0;
      const up = v > c0;
      if (up !== r > 0) return "never-at-this-pace";
      if (v >= K) return "beyond-capacity";
      if (v <= 0) return "never-at-this-pace";
      const h = h0 + Math.log(v / (K - v)) / r;
      return Math.max(h, 0); // finite (0 < v < K, r ≠ 0); rounding can put a value a hair past c0 at h ≤ 0
    },
    fit,
  };
  return { model, xs, ys };
}

/**
 * The logistic curve's shape at the points x for the solver: `g = σ(r·x + c)` and its derivatives
 * in r and c, `x·σ(1 - σ)` and `σ(1 - σ)` (K is the linear coefficient). A thin closure over
 * {@link logisticShape}, whose loop is module-level code (see `separableProblem` on why).
 */
function logisticBasis(xs: Float64Array): Basis {
  return (theta, g, dr, dc) => logisticShape(xs, theta[0] as number, theta[1] as number, g, dr, dc);
}

/** g = σ(r·x + c) at each x into `g`, and when asked ∂g/∂r, ∂g/∂c into `dr`, `dc`. */
function logisticShape(
  xs: Float64Array,
  r: number,
  c: number,
  g: Float64Array,
  dr: Float64Array | null,
  dc: Float64Array | null,
): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    const z = r * x + c;
    // σ(z) and σ(z)(1 - σ(z)) without overflow on either side.
    const e = Math.exp(-Math.abs(z));
    const s = z >= 0 ? 1 / (1 + e) : e / (1 + e);
    g[i] = s;
    if (dr !== null && dc !== null) {
      const w = e / ((1 + e) * (1 + e));
      dr[i] = x * w;
      dc[i] = w;
    }
  }
}

/** Least-squares line through the logits `ln(y/(K - y)) = slope·h + atOrigin`; null if some y ≥ K or no line. */
function logitLine(xs: Float64Array, ys: Float64Array, K: number): { slope: number; atOrigin: number } | null {
  const n = xs.length;
  let sx = 0;
  let sz = 0;
  const zs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const y = ys[i] as number;
    if (!(y < K)) return null;
    const z = Math.log(y / (K - y));
    zs[i] = z;
    sx += xs[i] as number;
    sz += z;
  }
  const xbar = sx / n;
  const zbar = sz / n;
  let sxx = 0;
  let sxz = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - xbar;
    sxx += dx * dx;
    sxz += dx * ((zs[i] as number) - zbar);
  }
  if (!(sxx > 0)) return null;
  const slope = sxz / sxx;
  const atOrigin = zbar - slope * xbar;
  return Number.isFinite(slope) && Number.isFinite(atOrigin) ? { slope, atOrigin } : null;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
