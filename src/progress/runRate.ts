import { Decimal, type DecimalInput, toDecimal } from "../decimal/index.js";
import { fail } from "../errors/core.js";
import type { DatedValue, Observation, ObservationInput } from "../model/index.js";
import {
  cumulativePath,
  exactPosition,
  exactValueAt,
  lastIndexAtOrBefore,
  type PathPoint,
  readPathOptions,
} from "../path/core.js";
import type { CalendarDate } from "../periods/core.js";
import { at, readEnum, readObject, readOpenNumber } from "../read/index.js";
import { DEFAULT_WINDOW, type Direction, ON_DECREASE, type OnDecrease } from "../vocabulary/index.js";

/**
 * Options of {@link runRate}.
 *
 * @category Progress
 */
export interface RunRateOptions {
  /** The date the window ends on (`YYYY-MM-DD`); observations after it are not used. */
  readonly asOf: CalendarDate;
  /** Window length in months on the month axis (a positive number); default 3 (`DEFAULT_WINDOW`). */
  readonly window?: number;
  /**
   * Window length in months (a positive decimal).
   * @deprecated Use `window`, the name every function gives the run-rate window; this alias is read
   * until the next minor version. Giving both is an `invalid_option`.
   */
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
 * it, whichever is earlier (nothing is invented after the last figure), and starts `window` months earlier
 * or at the first point, whichever is later. So with a baseline one month before `asOf`, a 3-month
 * run rate is the mean over that one month. The result is negative when the values fell.
 * O(n log n) for n observations.
 *
 * @category Progress
 * @param observations - observations in any order
 * @param options - `{ asOf, window = 3, baseline?, onDecrease?, direction? }` (`months`: the deprecated name of `window`)
 * @returns the mean increment per month, as a Decimal
 * @throws {OnboardingTargetsError} observation errors (path `observations…`); `invalid_date` at
 *   `options.asOf`; `invalid_number` or `out_of_range` at `options.window` when not a positive number (or too small to
 *   measure); `invalid_option` at `options.months` when given with `window`; `too_few_points`
 *   (path `observations`) when fewer than two distinct dates (observations or baseline) lie at or
 *   before `asOf`; `duplicate_date`, `decreasing_series` as above
 * @example
 * ```ts
 * import { runRate } from "onboarding-targets";
 * runRate([{ date: "2023-09-30", value: 3000 }], { asOf: "2023-09-30", baseline: { date: "2022-12-31", value: 0 } }).toFixed(2);
 * //=> "333.33"
 * runRate([{ date: "2024-01-31", value: 100 }, { date: "2024-02-29", value: 40, kind: "increment" }], { asOf: "2024-02-29", window: 1 }).toString();
 * //=> "40"
 * ```
 */
export function runRate(observations: readonly (Observation | ObservationInput)[], options: RunRateOptions): Decimal {
  const o = readObject(options, "options", ["asOf", "window", "months", "baseline", "onDecrease", "direction"]);
  const { asOf, baseline, direction } = readPathOptions(o, "options", true);
  const trailing = readRunRateWindow(o, "options");
  const onDecrease = o.onDecrease === undefined ? "error" : readEnum(o.onDecrease, "options.onDecrease", ON_DECREASE);
  const { points } = cumulativePath(observations, {
    baseline,
    baselinePath: "options.baseline",
    onDecrease,
    direction,
  });
  const rate = runRateOf(points, asOf as CalendarDate, trailing.months, trailing.path);
  if (rate === null)
    return fail(
      "too_few_points",
      "observations",
      "a run rate needs at least two dated values (observations or the baseline) on or before asOf",
    );
  return rate;
}

/**
 * Reads the run-rate window from options already read with `readObject` (`path` their path):
 * `window`, a positive number of months, or its deprecated alias `months`, a positive decimal;
 * default {@link DEFAULT_WINDOW}. Returns the window and the path of the option that gave it.
 * @throws {OnboardingTargetsError} `invalid_number` / `out_of_range` at `<path>.window`;
 *   `invalid_decimal` / `out_of_range` at `<path>.months`; `invalid_option` at `<path>.months` when
 *   both are given
 * @internal
 */
export function readRunRateWindow(o: Record<string, unknown>, path: string): { months: Decimal; path: string } {
  if (o.months === undefined) {
    const windowPath = at(path, "window");
    const months = o.window === undefined ? DEFAULT_WINDOW : readOpenNumber(o.window, windowPath, 0, Infinity);
    return { months: new Decimal(months), path: windowPath };
  }
  const monthsPath = at(path, "months");
  if (o.window !== undefined)
    return fail("invalid_option", monthsPath, "months is the deprecated name of window: give window only");
  const months = toDecimal(o.months, monthsPath);
  if (!months.isPositive() || months.isZero())
    fail("out_of_range", monthsPath, `the window must be positive, got ${months.toString()}`);
  return { months, path: monthsPath };
}

/**
 * The core of {@link runRate}: the mean monthly increment over the window of `months` ending at the
 * last point on or before `asOf` (and starting no earlier than the first point), exact, on a
 * cumulative path; `null` when fewer than two points lie on or before `asOf`. O(log n): only the
 * window's ends are read, exactly.
 * @throws {OnboardingTargetsError} `out_of_range` at `windowPath` for a window so short that
 *   `end - months` rounds back to `end` at 40 digits (say 5e-324 months)
 * @internal
 */
export function runRateOf(
  points: readonly PathPoint[],
  asOf: CalendarDate,
  months: Decimal,
  windowPath = "options.window",
): Decimal | null {
  const k = lastIndexAtOrBefore(points, asOf);
  if (k < 1) return null;
  const first = points[0] as PathPoint;
  const last = points[k] as PathPoint;
  const end = exactPosition(last);
  const start = Decimal.max(end.minus(months), exactPosition(first));
  const span = end.minus(start);
  if (span.isZero())
    return fail("out_of_range", windowPath, `${months.toString()} months is too short a window to measure`);
  // start lies in [first, last]: its bracket is among the points up to k.
  const change = new Decimal(last.value).minus(exactValueAt(points, start) as Decimal);
  return change.div(span);
}
