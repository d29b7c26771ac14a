import { Decimal, type DecimalInput, toDecimal } from "../decimal/index.js";
import { fail } from "../errors/OnboardingTargetsError.js";
import { type OnDecrease, observedPath, valueAtPosition } from "../internal/observedPath.js";
import { readObject } from "../read/index.js";
import type { DatedValue, Direction, Observation, ObservationInput } from "../model/types.js";
import type { CalendarDate } from "../periods/calendarDate.js";
import { monthPosition } from "../periods/monthAxis.js";

/**
 * Options of {@link runRate}.
 *
 * @category Progress
 */
export interface RunRateOptions {
  /** The date the window ends on (`YYYY-MM-DD`); observations after it are not used. */
  readonly asOf: CalendarDate;
  /** Window length in months on the month axis (positive); default 3. */
  readonly months?: DecimalInput;
  /** A starting point (usually the target's baseline) that counts as a cumulative value. */
  readonly baseline?: DatedValue;
  /** An unmarked decrease of the cumulative values: `"error"` (default) throws `decreasing_series`; `"warn"` keeps it as reported. */
  readonly onDecrease?: OnDecrease;
  /** `"increase"` (default): the values are a running count, and a decrease is checked; `"decrease"`: a level meant to fall (no decrease check). */
  readonly direction?: Direction;
}

/**
 * Run rate: the mean monthly increment over a trailing window that ends at `asOf`,
 * `(v(end) - v(start)) / (end - start)` on the month axis
 * ([run rate](../../docs/methodology.md#run-rate)). Values between observations (and the baseline,
 * when given) are interpolated linearly on the month axis. Observations may be cumulative,
 * increments, or a mix (an increment is the new on-boardings in the period ending on its date);
 * same-date and decrease rules are those of the library's observed path: two different cumulative
 * values on one date throw `duplicate_date`; a decrease without `correction: true` throws
 * `decreasing_series` unless `onDecrease: "warn"` (or `direction: "decrease"`, for a level that is
 * meant to fall).
 *
 * The window never reaches outside the data: it ends at `asOf` or at the last observation before
 * it, whichever is earlier (nothing is invented after the last figure), and starts `months` earlier
 * or at the first point, whichever is later. So with a baseline one month before `asOf`, a 3-month
 * run rate is the mean over that one month. The result is negative when the values fell.
 * O(n log n) for n observations.
 *
 * @category Progress
 * @param observations - observations in any order
 * @param options - `{ asOf, months = 3, baseline?, onDecrease?, direction? }`
 * @returns the mean increment per month, as a Decimal
 * @throws {OnboardingTargetsError} observation errors (path `observations…`); `invalid_date` at
 *   `options.asOf`; `out_of_range` at `options.months` when not positive (or too small to measure); `too_few_points`
 *   (path `observations`) when fewer than two distinct dates (observations or baseline) lie at or
 *   before `asOf`; `duplicate_date`, `decreasing_series` as above
 * @example
 * ```ts
 * import { runRate } from "onboarding-targets";
 * runRate([{ date: "2023-09-30", value: 3000 }], { asOf: "2023-09-30", baseline: { date: "2022-12-31", value: 0 } }).toFixed(2);
 * //=> "333.33"
 * runRate([{ date: "2024-01-31", value: 100 }, { date: "2024-02-29", value: 40, kind: "increment" }], { asOf: "2024-02-29", months: 1 }).toString();
 * //=> "40"
 * ```
 */
export function runRate(observations: readonly (Observation | ObservationInput)[], options: RunRateOptions): Decimal {
  const o = readObject(options, "options", ["asOf", "months", "baseline", "onDecrease", "direction"]);
  const asOf = monthPosition(o.asOf as string, "options.asOf");
  const months = o.months === undefined ? new Decimal(3) : toDecimal(o.months, "options.months");
  if (!months.isPositive() || months.isZero()) fail("out_of_range", "options.months", `the window must be positive, got ${months.toString()}`);
  const { points } = observedPath(observations, {
    baseline: o.baseline as DatedValue | undefined,
    baselinePath: "options.baseline",
    onDecrease: o.onDecrease as OnDecrease | undefined,
    direction: o.direction as Direction | undefined,
  });
  const known = points.filter((p) => p.position.lte(asOf));
  const first = known[0];
  const last = known[known.length - 1];
  if (first === undefined || last === undefined || known.length < 2) {
    return fail("too_few_points", "observations", "a run rate needs at least two dated values (observations or the baseline) on or before asOf");
  }
  const end = last.position;
  const start = Decimal.max(end.minus(months), first.position);
  const span = end.minus(start);
  // A window so short that `end - months` rounds back to `end` at 40 digits (say 5e-324 months).
  if (span.isZero()) return fail("out_of_range", "options.months", `${months.toString()} months is too short a window to measure`);
  const change = (valueAtPosition(known, end) as Decimal).minus(valueAtPosition(known, start) as Decimal);
  return change.div(span);
}
