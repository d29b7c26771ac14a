import type { DatedValue } from "../model/index.js";
import { readDatedValue } from "../model/core.js";
import { type CalendarDate, parseCalendarDate } from "../periods/core.js";
import { at, readEnum } from "../read/index.js";
import { DIRECTIONS, type Direction } from "../vocabulary/index.js";

/** The options that say which path a function reads: up to which date, from which baseline, in which direction. @internal */
export interface PathOptions {
  /** The last date read (`YYYY-MM-DD`); undefined: every point. */
  readonly asOf: CalendarDate | undefined;
  /** A starting point that counts as a cumulative value. */
  readonly baseline: DatedValue | undefined;
  /** `"increase"` (default) or `"decrease"`. */
  readonly direction: Direction;
}

/**
 * Reads `asOf`, `baseline` and `direction` from an options object already read with `readObject`
 * (`path` its path, e.g. `"options"`): the one reading of these options for every public function
 * that takes them. With `asOfRequired`, a missing `asOf` is an `invalid_date` like a bad one.
 * @throws {OnboardingTargetsError} `invalid_date` at `<path>.asOf`, the baseline's errors at
 *   `<path>.baseline`, `invalid_enum` at `<path>.direction`
 * @internal
 */
export function readPathOptions(o: Record<string, unknown>, path: string, asOfRequired = false): PathOptions {
  let asOf: CalendarDate | undefined;
  if (o.asOf !== undefined || asOfRequired) {
    parseCalendarDate(o.asOf, at(path, "asOf"));
    asOf = o.asOf as CalendarDate;
  }
  const baseline = o.baseline === undefined ? undefined : readDatedValue(o.baseline, at(path, "baseline"));
  const direction = o.direction === undefined ? "increase" : readEnum(o.direction, at(path, "direction"), DIRECTIONS);
  return { asOf, baseline, direction };
}
