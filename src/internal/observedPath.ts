/**
 * The observed path of a metric: baseline and observations (cumulative, increments, or a mix)
 * turned into one sorted cumulative path on
 * [the month axis](../../docs/methodology.md#the-month-axis), with linear interpolation between its
 * points. Run rate, projections and assessment read observations through it, so every part of the
 * library interprets raw data the same way.
 *
 * ## How observations become a path
 *
 * - Points are the distinct dates of the observations (and of the baseline, when given), in date
 *   order; the input order does not matter.
 * - A `cumulative` observation on date D is the running total at the end of D.
 * - An `increment` observation on date D is the new on-boardings in the period that ends on D
 *   (since the previous point): it adds to the running total. Several increments on one date add up.
 *   Increments before the first cumulative figure (and before the baseline) start from 0.
 * - When a date has a cumulative figure, that figure is the total on that date: increments dated
 *   the same day are taken as already included in it.
 * - The baseline, when given, is a cumulative point (`origin: "baseline"`). A cumulative
 *   observation on the baseline date takes precedence over it (observations are data; the baseline
 *   is the target's declared start); when they differ a `duplicate_date` warning says so.
 * - Two cumulative observations on one date with different values: error `duplicate_date`
 *   (path `<path>.<i>.date` of the second one). Equal values are the same figure reported twice.
 * - A total lower than the previous point's is a decrease. With `correction: true` on a cumulative
 *   observation of that date it is a restatement and passes silently. Otherwise it is reported as a
 *   `decreasing_series` issue at `<path>.<i>.value`: thrown (the default, `onDecrease: "error"`) or
 *   returned in `warnings` (`onDecrease: "warn"`). Either way the value is kept as reported:
 *   never silently "fixed". When the values look like per-period increments passed as totals
 *   (see `incrementsHint`), each such message ends with a hint to pass `kind: "increment"`.
 * - With `direction: "decrease"` (a level meant to fall, such as offline-only firms) falling values
 *   are the point, so no decrease is reported; a rise there is a regression for the assessment to
 *   judge, not a data error.
 *
 * Complexity O(n log n) for n observations; {@link valueAtPosition} is O(log n).
 *
 * @example
 * ```ts
 * const { points } = observedPath(
 *   [{ date: "2023-09-30", value: 3000, kind: "cumulative" }],
 *   { baseline: { date: "2022-12-31", value: 0 } },
 * );
 * valueAtPosition(points, points[0]!.position.plus(6)); // 2000 (the composite example of the methodology)
 * ```
 * @internal
 * @module
 */
import { Decimal, ZERO } from "../decimal/index.js";
import { fail, OnboardingTargetsError, type Issue } from "../errors/OnboardingTargetsError.js";
import type { DatedValue, Direction, Observation, ObservationInput } from "../model/types.js";
import { readObservations } from "../model/readObservations.js";
import { readDatedValue } from "../model/readTarget.js";
import type { CalendarDate } from "../periods/calendarDate.js";
import { monthPosition } from "../periods/monthAxis.js";
import { incrementsHint } from "./incrementsHint.js";
import { at, readEnum } from "../read/index.js";
import { DIRECTIONS, ON_DECREASE, type OnDecrease } from "../vocabulary/index.js";

/** One point of an observed path: the cumulative value at the end of `date`. @internal */
export interface PathPoint {
  /** `YYYY-MM-DD`. */
  readonly date: CalendarDate;
  /** Month-axis position of the end of `date` ([the month axis](../../docs/methodology.md#the-month-axis)). */
  readonly position: Decimal;
  /** Cumulative value at the end of `date`. */
  readonly value: Decimal;
  /** Whether the point comes from the baseline or from observations. */
  readonly origin: "baseline" | "observation";
}

export type { OnDecrease };

/** Options of {@link observedPath}. @internal */
export interface ObservedPathOptions {
  /** A starting point (usually the target's baseline), treated as a cumulative value. */
  readonly baseline?: DatedValue | undefined;
  /** `"error"` (default): throw `decreasing_series`; `"warn"`: keep the value and report it in `warnings`. */
  readonly onDecrease?: OnDecrease | undefined;
  /** `"increase"` (default): the path is a running count, a decrease is reported; `"decrease"`: a level meant to fall, nothing reported. */
  readonly direction?: Direction | undefined;
  /** Dotted path of the observations in the caller's input, for issues; default `"observations"`. */
  readonly path?: string | undefined;
  /** Dotted path of the baseline in the caller's input, for issues; default `"baseline"`. */
  readonly baselinePath?: string | undefined;
}

/** The result of {@link observedPath}. @internal */
export interface ObservedPath {
  /** Sorted by date, one point per distinct date; never empty unless there was no input at all. */
  readonly points: readonly PathPoint[];
  /** Decreases (with `onDecrease: "warn"`) and baseline/observation disagreements. */
  readonly warnings: readonly Issue[];
}


interface DayGroup {
  date: CalendarDate;
  cumulative?: { value: number; index: number; correction: boolean };
  increment: number;
  firstIndex: number;
  baseline?: DatedValue;
}

/**
 * Builds the cumulative path of baseline + observations (see the module notes for the rules).
 * Validates the observations (`readObservations`) and the options; never mutates its input.
 *
 * @param observations - observations in any order, cumulative or increments
 * @param options - baseline, decrease handling and the input path for issues
 * @returns the sorted points and any warnings
 * @throws {OnboardingTargetsError} invalid observations; `duplicate_date`; `decreasing_series`
 *   (unless `onDecrease: "warn"`); `invalid_enum` for a bad `onDecrease`
 * @internal
 */
export function observedPath(observations: readonly (Observation | ObservationInput)[] | unknown, options: ObservedPathOptions = {}): ObservedPath {
  const path = options.path ?? "observations";
  const onDecrease = options.onDecrease === undefined ? "error" : readEnum(options.onDecrease, "options.onDecrease", ON_DECREASE);
  const checkDecrease = options.direction === undefined || readEnum(options.direction, "options.direction", DIRECTIONS) === "increase";
  const list = readObservations(observations, path);
  const baseline = options.baseline === undefined ? undefined : readDatedValue(options.baseline, options.baselinePath ?? "baseline");

  const groups = new Map<CalendarDate, DayGroup>();
  const group = (date: CalendarDate, index: number): DayGroup => {
    let g = groups.get(date);
    if (g === undefined) {
      g = { date, increment: 0, firstIndex: index };
      groups.set(date, g);
    }
    return g;
  };
  list.forEach((o, i) => {
    const g = group(o.date, i);
    if (o.kind === "increment") {
      g.increment += o.value;
      return;
    }
    if (g.cumulative !== undefined && g.cumulative.value !== o.value) {
      fail("duplicate_date", at(at(path, i), "date"), `${o.date} already has the cumulative value ${g.cumulative.value} (${at(path, g.cumulative.index)}); ${o.value} disagrees with it`);
    }
    const correction = o.correction === true || (g.cumulative?.correction ?? false);
    g.cumulative = { value: o.value, index: g.cumulative?.index ?? i, correction };
  });
  const warnings: Issue[] = [];
  if (baseline !== undefined) {
    const g = group(baseline.date, -1);
    g.baseline = baseline;
    if (g.cumulative !== undefined && g.cumulative.value !== baseline.value) {
      warnings.push({
        code: "duplicate_date",
        path: at(at(path, g.cumulative.index), "value"),
        message: `the observation on the baseline date ${baseline.date} (${g.cumulative.value}) differs from the baseline value ${baseline.value}; the observation is used`,
      });
    }
  }

  const sorted = [...groups.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const points: PathPoint[] = [];
  const decreases: Issue[] = [];
  const falls: number[] = []; // indices in `points` of the decreases, for the increments hint
  let total = ZERO;
  for (const g of sorted) {
    let value: Decimal;
    let origin: PathPoint["origin"] = "observation";
    let correction = false;
    let index = g.firstIndex;
    if (g.cumulative !== undefined) {
      value = new Decimal(g.cumulative.value);
      correction = g.cumulative.correction;
      index = g.cumulative.index;
    } else if (g.baseline !== undefined) {
      value = new Decimal(g.baseline.value);
      origin = "baseline";
    } else {
      value = total.plus(g.increment);
    }
    if (checkDecrease && points.length > 0 && value.lt(total) && !correction) {
      falls.push(points.length);
      decreases.push({
        code: "decreasing_series",
        path: index < 0 ? (options.baselinePath ?? "baseline") : at(at(path, index), "value"),
        message: `the cumulative value falls from ${total.toString()} to ${value.toString()} on ${g.date}; mark the observation with correction: true if it restates earlier figures`,
      });
    }
    total = value;
    points.push({ date: g.date, position: monthPosition(g.date), value, origin });
  }
  const hint = decreases.length === 0 ? "" : incrementsHint(points.map((p) => p.value.toNumber()), falls);
  const reported = hint === "" ? decreases : decreases.map((d) => ({ ...d, message: d.message + hint }));
  if (reported.length > 0 && onDecrease === "error") throw new OnboardingTargetsError(reported);
  return { points, warnings: [...warnings, ...reported] };
}

/**
 * The cumulative value at month-axis `position`, interpolated linearly between the points around
 * it; `null` outside [first point, last point] (the path says nothing there). O(log n).
 *
 * @param points - a path's points, sorted by position (as {@link observedPath} returns them)
 * @param position - a month-axis position (see `monthPosition`)
 * @returns the value, or `null` outside the path
 * @internal
 */
export function valueAtPosition(points: readonly PathPoint[], position: Decimal): Decimal | null {
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined || position.lt(first.position) || position.gt(last.position)) return null;
  // Largest i with points[i].position <= position.
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((points[mid] as PathPoint).position.lte(position)) lo = mid;
    else hi = mid - 1;
  }
  const a = points[lo] as PathPoint;
  if (a.position.eq(position)) return a.value;
  const b = points[lo + 1] as PathPoint; // exists: position < last.position here
  return a.value.plus(b.value.minus(a.value).times(position.minus(a.position)).div(b.position.minus(a.position)));
}

/**
 * The cumulative value at the end of `date` (see {@link valueAtPosition}); `null` outside the path.
 * @throws {OnboardingTargetsError} `invalid_date` at `path` (default `"date"`)
 * @internal
 */
export function valueAtDate(points: readonly PathPoint[], date: CalendarDate, path = "date"): Decimal | null {
  return valueAtPosition(points, monthPosition(date, path));
}

/**
 * The last point at or before month-axis `position`, or `undefined` when every point is later.
 * @internal
 */
export function lastPointAtOrBefore(points: readonly PathPoint[], position: Decimal): PathPoint | undefined {
  let found: PathPoint | undefined;
  for (const p of points) {
    if (p.position.gt(position)) break;
    found = p;
  }
  return found;
}
