/**
 * Bounded non-linear least squares for the curve fits (logistic, Bass): a small Levenberg–Marquardt
 * solver with box constraints, and the standard errors of the estimates.
 *
 * Method (Madsen, Nielsen & Tingleff, "Methods for non-linear least squares problems", 2nd ed.,
 * 2004, §3.2, Algorithm 3.16, with Marquardt's scaling as in MINPACK's `lmder`): at θ, with the
 * residuals r and their Jacobian J, the step δ solves `(JᵀJ + μ·diag(D)) δ = -Jᵀr`, where D holds
 * the largest diagonal of JᵀJ seen so far (the step is then independent of the parameters' units).
 * Bounds: the step is projected onto the box, and a parameter on a bound whose gradient pushes it
 * outward is held fixed for that step (an active set), so the solver walks along a face of the box
 * instead of stalling at its edge. The damping μ follows the gain ratio ρ = actual / predicted
 * reduction: on success μ·max(1/3, 1 - (2ρ - 1)³), on failure μ·ν with ν doubling.
 *
 * It stops when the (projected) gradient is orthogonal to the residuals to 1e-10, when a step
 * moves no parameter by more than 1e-10 of its size, when an accepted step lowers the sum of squares by
 * less than 1e-15 of it, when μ exceeds 1e16 (no descent is left), or after `maxIterations`.
 * Deterministic, allocation-free inside the loop; the caller's `evaluate` never returns NaN (it
 * returns Infinity where the model cannot be evaluated, which the solver treats as a failed step).
 *
 * Also here: `separableProblem`, which eliminates a curve's one linear coefficient (variable
 * projection), `standardErrors` from JᵀJ at the optimum, and the `CurveFit` record that the
 * logistic and Bass fits leave on their model for later checks (intervals, warnings).
 * @internal
 * @module
 */

/**
 * A least-squares problem in a few parameters (the solver's linear algebra is dense and
 * unpivoted, meant for k ≤ 4), inside the box `lower ≤ θ ≤ upper`. @internal
 */
export interface BoxProblem {
  /** Number of parameters. */
  readonly size: number;
  /** Lower bounds, one per parameter (finite). */
  readonly lower: ArrayLike<number>;
  /** Upper bounds, one per parameter (finite). */
  readonly upper: ArrayLike<number>;
  /**
   * The sum of squared residuals at θ (Infinity when not computable, never NaN). When `jtj` and
   * `jtr` are given, also fills them with JᵀJ (row-major k × k) and Jᵀr, J = ∂r/∂θ.
   */
  evaluate(theta: Float64Array, jtj: Float64Array | null, jtr: Float64Array | null): number;
}

/** Where the solver stopped. @internal */
export interface BoxSolution {
  /** The parameters (inside the box). */
  readonly theta: Float64Array;
  /** The sum of squared residuals there. */
  readonly sse: number;
  /** Accepted and rejected steps taken. */
  readonly iterations: number;
  /** True when a convergence test stopped it, false when the iteration limit did. */
  readonly converged: boolean;
}

const GTOL = 1e-10;
const XTOL = 1e-10;
const FTOL = 1e-15;
const MU_MAX = 1e16;

/**
 * Minimises `problem.evaluate` from `start` (clamped into the box) by bounded Levenberg–Marquardt.
 * O(maxIterations · cost of evaluate). Returns null only when the start itself cannot be
 * evaluated (infinite sum of squares).
 * @param problem - the residual model and its box
 * @param start - the first guess
 * @param maxIterations - the limit on steps, accepted or not (default 100)
 * @returns the best point found, or null
 * @internal
 *
 * Long on purpose: one Levenberg–Marquardt loop whose damping, step and acceptance tests share
 * state from one iteration to the next; split, the loop's invariants would be spread over functions.
 */
// eslint-disable-next-line max-lines-per-function -- numerical kernel: one Levenberg–Marquardt loop over shared scratch arrays
export function minimiseInBox(problem: BoxProblem, start: ArrayLike<number>, maxIterations = 100): BoxSolution | null {
  const k = problem.size;
  const { lower, upper } = problem;
  const theta = new Float64Array(k);
  for (let j = 0; j < k; j++) theta[j] = clamp(start[j] as number, lower[j] as number, upper[j] as number);
  const jtj = new Float64Array(k * k);
  const jtr = new Float64Array(k);
  const scale = new Float64Array(k);
  const trial = new Float64Array(k);
  const step = new Float64Array(k);
  const system = new Float64Array(k * k);
  const rhs = new Float64Array(k);
  const free = new Int32Array(k);

  let sse = problem.evaluate(theta, jtj, jtr);
  if (!Number.isFinite(sse)) return null;
  let mu = 1e-3;
  let nu = 2;
  let iterations = 0;
  let converged = false;
  for (let j = 0; j < k; j++) scale[j] = jtj[j * k + j] as number;

  while (iterations < maxIterations) {
    // Free parameters: not on a bound that the descent direction -Jᵀr pushes against, and moving the fit at all.
    let m = 0;
    let gradientMax = 0;
    for (let j = 0; j < k; j++) {
      const g = jtr[j] as number;
      const t = theta[j] as number;
      const diag = jtj[j * k + j] as number;
      if ((t <= (lower[j] as number) && g > 0) || (t >= (upper[j] as number) && g < 0) || !(diag > 0)) continue;
      free[m++] = j;
      // MINPACK's gtol: the cosine between the residuals and the column of J.
      const cosine = Math.abs(g) / Math.sqrt(diag * sse);
      if (cosine > gradientMax) gradientMax = cosine;
    }
    if (m === 0 || !(gradientMax > GTOL) || sse === 0) {
      converged = true;
      break;
    }
    // Solve (A + μ·diag(D)) δ = -g on the free parameters.
    for (let a = 0; a < m; a++) {
      const ja = free[a] as number;
      for (let b = 0; b < m; b++) system[a * m + b] = jtj[ja * k + (free[b] as number)] as number;
      system[a * m + a] = (system[a * m + a] as number) + mu * (scale[ja] as number);
      rhs[a] = -(jtr[ja] as number);
    }
    iterations++;
    if (!choleskySolve(system, rhs, m) || !allFinite(rhs, m)) {
      mu *= nu;
      nu *= 2;
      if (mu > MU_MAX) {
        converged = true;
        break;
      }
      continue;
    }
    step.fill(0);
    for (let a = 0; a < m; a++) step[free[a] as number] = rhs[a] as number;
    let small = true;
    for (let j = 0; j < k; j++) {
      const t = theta[j] as number;
      const next = clamp(t + (step[j] as number), lower[j] as number, upper[j] as number);
      trial[j] = next;
      step[j] = next - t;
      if (Math.abs(next - t) > XTOL * (Math.abs(t) + XTOL)) small = false;
    }
    if (small) {
      converged = true;
      break;
    }
    // Predicted reduction of ‖r‖² by the linear model: -(2δᵀg + δᵀAδ).
    let predicted = 0;
    for (let a = 0; a < k; a++) {
      let ad = 0;
      for (let b = 0; b < k; b++) ad += (jtj[a * k + b] as number) * (step[b] as number);
      predicted -= (step[a] as number) * (2 * (jtr[a] as number) + ad);
    }
    const trialSse = problem.evaluate(trial, null, null);
    const rho = predicted > 0 ? (sse - trialSse) / predicted : -1;
    if (trialSse < sse && rho > 0) {
      const before = sse;
      theta.set(trial);
      sse = problem.evaluate(theta, jtj, jtr);
      for (let j = 0; j < k; j++) scale[j] = Math.max(scale[j] as number, jtj[j * k + j] as number);
      const c = 2 * rho - 1;
      mu *= Math.max(1 / 3, 1 - c * c * c);
      nu = 2;
      if (before - sse <= FTOL * before) {
        converged = true;
        break;
      }
    } else {
      mu *= nu;
      nu *= 2;
      if (mu > MU_MAX) {
        converged = true;
        break;
      }
    }
  }
  return { theta, sse, iterations, converged };
}

/**
 * Runs {@link minimiseInBox} from each start and keeps the solution with the smallest sum of
 * squares among those `accept` allows, with the iterations of all runs added up (for the fit's
 * record). Null when no run gives an accepted solution.
 */
export function bestOfStarts(
  problem: BoxProblem,
  starts: readonly ArrayLike<number>[],
  accept: (found: BoxSolution) => boolean = () => true,
): { best: BoxSolution; iterations: number; converged: boolean } | null {
  let best: BoxSolution | null = null;
  let iterations = 0;
  for (const s of starts) {
    const found = minimiseInBox(problem, s);
    if (found === null) continue;
    iterations += found.iterations;
    if (accept(found) && (best === null || found.sse < best.sse)) best = found;
  }
  return best === null ? null : { best, iterations, converged: best.converged };
}

/**
 * Solves `A x = b` in place for a symmetric positive definite m × m A (row-major; A becomes its
 * Cholesky factor, b becomes x); false when A is not positive definite to working precision. @internal
 */
export function choleskySolve(a: Float64Array, b: Float64Array, m: number): boolean {
  if (!cholesky(a, m)) return false;
  substitute(a, b, m);
  return true;
}

/**
 * The diagonal of `(JᵀJ)⁻¹` for a k × k JᵀJ (row-major), or null when JᵀJ is singular to working
 * precision: after scaling to a unit diagonal (so the test does not depend on units) a Cholesky
 * pivot falls below 1e-7, i.e. the matrix's condition exceeds about 1e14, where its inverse has no
 * correct digit left. @internal
 */
export function inverseDiagonal(jtj: ArrayLike<number>, k: number): Float64Array | null {
  const d = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const v = jtj[j * k + j] as number;
    if (!(v > 0 && v < Infinity)) return null;
    d[j] = Math.sqrt(v);
  }
  const a = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) a[i * k + j] = (jtj[i * k + j] as number) / ((d[i] as number) * (d[j] as number));
  if (!cholesky(a, k)) return null;
  for (let i = 0; i < k; i++) if (!((a[i * k + i] as number) > 1e-7)) return null;
  const out = new Float64Array(k);
  const e = new Float64Array(k);
  for (let col = 0; col < k; col++) {
    e.fill(0);
    e[col] = 1;
    substitute(a, e, k);
    const v = (e[col] as number) / ((d[col] as number) * (d[col] as number));
    if (!(v > 0 && v < Infinity)) return null;
    out[col] = v;
  }
  return out;
}

/** In-place Cholesky factorisation A = L·Lᵀ (L in the lower triangle); false if not positive definite. */
function cholesky(a: Float64Array, m: number): boolean {
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * m + j] as number;
      for (let p = 0; p < j; p++) s -= (a[i * m + p] as number) * (a[j * m + p] as number);
      if (i === j) {
        if (!(s > 0 && s < Infinity)) return false;
        a[i * m + i] = Math.sqrt(s);
      } else {
        a[i * m + j] = s / (a[j * m + j] as number);
      }
    }
  }
  return true;
}

/** Solves L·Lᵀ x = b in place with the factor from `cholesky`. */
function substitute(a: Float64Array, b: Float64Array, m: number): void {
  for (let i = 0; i < m; i++) {
    let s = b[i] as number;
    for (let p = 0; p < i; p++) s -= (a[i * m + p] as number) * (b[p] as number);
    b[i] = s / (a[i * m + i] as number);
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = b[i] as number;
    for (let p = i + 1; p < m; p++) s -= (a[p * m + i] as number) * (b[p] as number);
    b[i] = s / (a[i * m + i] as number);
  }
}

/**
 * A curve with one linear coefficient, `y ≈ a·g(x; θ)`, θ two non-linear parameters: `basis` fills
 * g at every point and, when asked, its derivatives ∂g/∂θ₀ and ∂g/∂θ₁. @internal
 */
export type Basis = (theta: Float64Array, g: Float64Array, d0: Float64Array | null, d1: Float64Array | null) => void;

/** A {@link BoxProblem} in θ whose linear coefficient is solved exactly at every θ. @internal */
export interface SeparableProblem extends BoxProblem {
  /** The coefficient `a(θ)` that the sum of squares at θ uses. */
  coefficient(theta: Float64Array): number;
  /** The coefficient of the latest `evaluate` (saves computing g twice). */
  lastCoefficient(): number;
}

/**
 * Variable projection (Golub & Pereyra 1973) for `y ≈ a·g(θ)`: for each θ the best `a` is linear
 * least squares, `a = Σ g·y / Σ g²`, clamped into `[lower, upper]` (the sum of squares is a
 * parabola in a, so clamping gives the best a in the range), or the given value. The solver then
 * works in θ alone. The Jacobian is Kaufman's (1975): `a·(I - P_g)·∂g/∂θ` while a is free (P_g the
 * projection onto g), `a·∂g/∂θ` while it is fixed or clamped; its Jᵀr is the exact gradient of the
 * reduced sum of squares. O(n) per evaluation, no allocation. The problem reads `y` at each
 * evaluation, so new values written into it are fitted from then on.
 *
 * The problem is a record of its buffers whose methods are the same three functions for every
 * problem, not closures made per problem: the bootstrap builds thousands of problems per backtest,
 * and V8 keeps the compiled code of functions that outlive the objects they run on across garbage
 * collections, while it recompiles closures whose instances have all been collected.
 * @param y - the values fitted
 * @param basis - g and its derivatives
 * @param coefficient - `{ lower, upper }` for a fitted coefficient, or `{ fixed }`
 * @param box - the bounds of θ
 * @returns the problem, for {@link minimiseInBox}
 * @internal
 */
export function separableProblem(
  y: Float64Array,
  basis: Basis,
  coefficient: { readonly lower: number; readonly upper: number } | { readonly fixed: number },
  box: { readonly lower: readonly number[]; readonly upper: readonly number[] },
): SeparableProblem {
  const n = y.length;
  const fixed = "fixed" in coefficient;
  const problem: Separable = {
    size: 2,
    lower: box.lower,
    upper: box.upper,
    y,
    basis,
    g: new Float64Array(n),
    d0: new Float64Array(n),
    d1: new Float64Array(n),
    fixed,
    lo: fixed ? coefficient.fixed : coefficient.lower,
    hi: fixed ? coefficient.fixed : coefficient.upper,
    sums: Float64Array.of(0, NaN),
    evaluate: evaluateSeparable,
    coefficient: coefficientOfSeparable,
    lastCoefficient: lastCoefficientOfSeparable,
  };
  return problem;
}

/** A {@link separableProblem}'s state: the values, the basis, its buffers and the coefficient's range. */
interface Separable extends SeparableProblem {
  readonly y: Float64Array;
  readonly basis: Basis;
  /** g, ∂g/∂θ₀ and ∂g/∂θ₁ at the latest θ. */
  readonly g: Float64Array;
  readonly d0: Float64Array;
  readonly d1: Float64Array;
  /** Whether the coefficient is given (lo = hi = its value). */
  readonly fixed: boolean;
  readonly lo: number;
  readonly hi: number;
  /** Σ g² and the coefficient of the latest solve. */
  readonly sums: Float64Array;
}

/** Fills g (and its derivatives when asked) at θ and returns the coefficient a(θ). */
function solveSeparable(p: Separable, theta: Float64Array, derivatives: boolean): number {
  const { y, g, lo, hi } = p;
  const n = y.length;
  p.basis(theta, g, derivatives ? p.d0 : null, derivatives ? p.d1 : null);
  let sgy = 0;
  let sgg = 0;
  for (let i = 0; i < n; i++) {
    const gi = g[i] as number;
    sgy += gi * (y[i] as number);
    sgg += gi * gi;
  }
  p.sums[0] = sgg;
  if (p.fixed) return (p.sums[1] = lo);
  const a = sgg > 0 ? sgy / sgg : lo;
  return (p.sums[1] = a < lo ? lo : a > hi ? hi : a);
}

/** {@link SeparableProblem.coefficient}, shared by every problem. */
function coefficientOfSeparable(this: Separable, theta: Float64Array): number {
  return solveSeparable(this, theta, false);
}

/** {@link SeparableProblem.lastCoefficient}, shared by every problem. */
function lastCoefficientOfSeparable(this: Separable): number {
  return this.sums[1] as number;
}

/**
 * {@link BoxProblem.evaluate}, shared by every problem: the sum of squares at θ and, when asked,
 * Kaufman's JᵀJ and Jᵀr.
 *
 * Long on purpose: one pass over the points accumulates the eight sums that the sum of squares
 * and Kaufman's Jacobian share.
 */
function evaluateSeparable(
  this: Separable,
  theta: Float64Array,
  jtj: Float64Array | null,
  jtr: Float64Array | null,
): number {
  const a = solveSeparable(this, theta, jtj !== null);
  const { y, g, d0, d1, lo, hi } = this;
  const n = y.length;
  const sgg = this.sums[0] as number;
  let sse = 0;
  if (jtj === null || jtr === null) {
    for (let i = 0; i < n; i++) {
      const r = a * (g[i] as number) - (y[i] as number);
      sse += r * r;
    }
    return Number.isFinite(sse) ? sse : Infinity;
  }
  let s00 = 0;
  let s01 = 0;
  let s11 = 0;
  let sg0 = 0;
  let sg1 = 0;
  let sr0 = 0;
  let sr1 = 0;
  let sgr = 0;
  for (let i = 0; i < n; i++) {
    const gi = g[i] as number;
    const r = a * gi - (y[i] as number);
    const u = d0[i] as number;
    const v = d1[i] as number;
    sse += r * r;
    s00 += u * u;
    s01 += u * v;
    s11 += v * v;
    sg0 += gi * u;
    sg1 += gi * v;
    sr0 += u * r;
    sr1 += v * r;
    sgr += gi * r;
  }
  if (!this.fixed && a > lo && a < hi && sgg > 0) {
    s00 -= (sg0 * sg0) / sgg;
    s01 -= (sg0 * sg1) / sgg;
    s11 -= (sg1 * sg1) / sgg;
    sr0 -= (sg0 * sgr) / sgg;
    sr1 -= (sg1 * sgr) / sgg;
  }
  const a2 = a * a;
  jtj[0] = a2 * s00;
  jtj[1] = jtj[2] = a2 * s01;
  jtj[3] = a2 * s11;
  jtr[0] = a * sr0;
  jtr[1] = a * sr1;
  const finite = Number.isFinite(sse) && Number.isFinite(a2 * (s00 + s11) + a * (sr0 + sr1) + a2 * s01);
  return finite ? sse : Infinity;
}

/**
 * Standard errors `sqrt(s²·[(JᵀJ)⁻¹]_jj)`, `s² = sse/(m - k)`, for the k named parameters from the
 * JᵀJ of the curve in those parameters at the optimum; null when m ≤ k or JᵀJ is singular. @internal
 */
export function standardErrors(
  names: readonly string[],
  jtj: ArrayLike<number>,
  sse: number,
  residuals: number,
): Record<string, number> | null {
  const k = names.length;
  if (k === 0 || residuals <= k) return null;
  const inv = inverseDiagonal(jtj, k);
  if (inv === null) return null;
  const s2 = sse / (residuals - k);
  const out: Record<string, number> = {};
  for (let j = 0; j < k; j++) {
    const se = Math.sqrt(s2 * (inv[j] as number));
    if (!Number.isFinite(se)) return null;
    out[names[j] as string] = se;
  }
  return out;
}

/**
 * What a least-squares curve fit found, kept on the model for later checks (intervals, warnings).
 * Parameter names are those of `Projection.parameters` where the parameter is public. @internal
 */
export interface CurveFit {
  /** Sum of squared errors of the fitted curve at the fitted points (the objective). */
  readonly sse: number;
  /** Number of residuals in the objective (points fitted, less any fitted exactly by construction). */
  readonly residuals: number;
  /** Names of the estimated parameters (empty when every parameter was given). */
  readonly estimated: readonly string[];
  /**
   * Standard error of each estimated parameter, `sqrt(s²·[(JᵀJ)⁻¹]_jj)` with `s² = SSE/(m - k)`
   * (m residuals, k estimated parameters) and J the Jacobian of the curve at the optimum in these
   * parameters; null for all when m ≤ k or JᵀJ is singular (the data do not determine them).
   * Asymptotic: ignores the bounds and the autocorrelation of cumulative residuals.
   */
  readonly standardErrors: Readonly<Record<string, number>> | null;
  /** The search box of the solver, per box coordinate (see each fit for the coordinates). */
  readonly bounds: Readonly<Record<string, readonly [lower: number, upper: number]>>;
  /** Box coordinates that ended on their bound: the data did not pull them inside the range. */
  readonly onBound: Readonly<Record<string, "lower" | "upper">>;
  /** The solver's coordinates at the optimum, a warm start for refits of similar data. */
  readonly solution: readonly number[];
  /** Steps of the local solver, summed over all its starts. */
  readonly iterations: number;
  /** Whether the local search that gave the optimum stopped on a convergence test (false: on its step limit). */
  readonly converged: boolean;
}

/** Which box coordinates sit on a bound (within 1e-9 of the box's width). @internal */
export function boundsReached(
  names: readonly string[],
  theta: ArrayLike<number>,
  lower: ArrayLike<number>,
  upper: ArrayLike<number>,
): Record<string, "lower" | "upper"> {
  const out: Record<string, "lower" | "upper"> = {};
  names.forEach((name, j) => {
    const lo = lower[j] as number;
    const hi = upper[j] as number;
    const t = theta[j] as number;
    const tol = 1e-9 * (hi - lo);
    if (t <= lo + tol) out[name] = "lower";
    else if (t >= hi - tol) out[name] = "upper";
  });
  return out;
}

function allFinite(v: Float64Array, m: number): boolean {
  for (let i = 0; i < m; i++) if (!Number.isFinite(v[i] as number)) return false;
  return true;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
