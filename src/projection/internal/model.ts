import type { FitOn, NeverReason } from "../types.js";

/**
 * A fitted projection model on a relative month axis: `h` is months after the projection's origin
 * (the last point of the path). Floating point throughout. @internal
 */
export interface Model {
  readonly fittedOn: FitOn;
  readonly parameters: Readonly<Record<string, number>>;
  /** Projected cumulative value at `h`. */
  value(h: number): number;
  /** Prediction interval at `h`, or null when the method gives none. */
  interval(h: number): readonly [number, number] | null;
  /**
   * The first `h ≥ 0` at which the curve, starting from its value at 0, reaches `v` (≥ v when v
   * lies above, ≤ v when below), or why it never does.
   */
  reach(v: number): number | NeverReason;
}

/** The fitted points of a path on the relative axis, floats, sorted by `x`. @internal */
export interface FloatPath {
  readonly x: readonly number[];
  readonly y: readonly number[];
}

/**
 * Where the straight line `c0 + slope·h` reaches `v` for `h ≥ 0`. @internal
 */
export function reachLine(c0: number, slope: number, v: number): number | NeverReason {
  if (v === c0) return 0;
  const h = (v - c0) / slope;
  return h > 0 && Number.isFinite(h) ? h : "never at this pace";
}
