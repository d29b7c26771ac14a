import type { Issue } from "../../errors/core.js";
import type { FitOn, NeverReason } from "../types.js";
import type { CurveFit } from "../../numeric/index.js";
import type { Predictive } from "../intervals/predictive.js";

/**
 * A fitted projection model on a relative month axis: `h` is months after the projection's origin
 * (the last point of the path). Floating point throughout. @internal
 */
export interface Model {
  readonly fittedOn: FitOn;
  readonly parameters: Readonly<Record<string, number>>;
  /** Projected cumulative value at `h`. */
  value(h: number): number;
  /**
   * The predictive distribution of the value at `h`, from which the interval, the probabilities and
   * the quantile dates come; null when the data cannot support one (too few points).
   */
  readonly predictive: Predictive | null;
  /** What the fit could not determine (`poorly_determined`), for `Projection.warnings`. */
  readonly warnings?: readonly Issue[];
  /**
   * The first `h ≥ 0` at which the curve, starting from its value at 0, reaches `v` (≥ v when v
   * lies above, ≤ v when below), or why it never does.
   */
  reach(v: number): number | NeverReason;
  /** For least-squares curve fits (logistic, Bass): the objective, standard errors and bounds reached. */
  readonly fit?: CurveFit;
}

/** The fitted points of a path on the relative axis, floats, sorted by `x`. @internal */
export interface FloatPath {
  readonly x: readonly number[];
  readonly y: readonly number[];
}

/**
 * The first and last points of a path and the months between them, or null when the path has
 * fewer than two points or no time between its ends (no growth rate can be measured). @internal
 */
export function pathEnds(path: FloatPath): { first: number; origin: number; span: number } | null {
  const { x, y } = path;
  const n = x.length;
  // Fewer than two points give a span of 0 (one point) or NaN (none): both fail the test.
  const span = (x[n - 1] as number) - (x[0] as number);
  if (!(span > 0)) return null;
  return { first: y[0] as number, origin: y[n - 1] as number, span };
}

/**
 * Where the straight line `c0 + slope·h` reaches `v` for `h ≥ 0`. @internal
 */
export function reachLine(c0: number, slope: number, v: number): number | NeverReason {
  if (v === c0) return 0;
  // Decided by the signs, not by the quotient: for v within ~1e-300 of c0 it underflows to 0.
  const h = (v - c0) / slope;
  return v > c0 === slope > 0 && Number.isFinite(h) ? h : "never-at-this-pace";
}
