/**
 * The hint that ends a `decreasing_series` message when the "cumulative" values look like
 * per-period increments passed without `kind: "increment"`: monthly new on-boardings go up and
 * down around a level far below the running total, so read as totals they fall again and again.
 *
 * ## The rule
 *
 * Let v_0 … v_n be the values in date order, as the decrease check walks them (the baseline
 * included when it is a point of the path), and let a *fall* be a step with v_i < v_{i-1} that
 * is not marked `correction: true`. The values look like increments when there is a fall and
 *
 * - (a) at least two of the steps are falls, and falls are at least half of the n steps; or
 * - (b) some fall loses more than half of the value before it (v_i < v_{i-1} / 2).
 *
 * A running total that is restated downwards seldom falls at every other step, and seldom loses
 * more than half of itself; increments do both (a month of 500 000 after a baseline of 11.7
 * million is (b); 450, 520, 480, 610, 590 is (a)). One small restatement (1 000, 1 100, 1 050)
 * gets no hint. O(n).
 * @internal
 * @module
 */

/** The text appended to each `decreasing_series` message of a series that looks like increments. @internal */
export const INCREMENTS_HINT =
  '; these values look like increments (new on-boardings per period) rather than running totals: if so, pass kind: "increment" on each observation';

/**
 * The increments hint for a series (see the module notes for the rule), or `""`.
 *
 * @param values - the values in date order, one per date
 * @param falls - the indices `i` (≥ 1, ascending) at which `values[i]` falls below `values[i - 1]`
 *   without `correction: true`, as the caller's decrease check found them
 * @returns {@link INCREMENTS_HINT} or `""`
 * @internal
 */
export function incrementsHint(values: readonly number[], falls: readonly number[]): string {
  const steps = values.length - 1;
  if (falls.length === 0 || steps < 1) return "";
  if (falls.length >= 2 && 2 * falls.length >= steps) return INCREMENTS_HINT;
  return falls.some((i) => (values[i] as number) < (values[i - 1] as number) / 2) ? INCREMENTS_HINT : "";
}
