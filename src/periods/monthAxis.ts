/**
 * [The month axis](../../docs/methodology.md#the-month-axis): the end of day D of month m of year
 * y sits at `12*y + (m - 1) + D / daysInMonth`. Every position of the library, exact or float,
 * comes from {@link monthPositionParts}, so the two views cannot drift apart.
 *
 * Hand-written rather than date-fns: positions must be exact (a Decimal `day / daysInMonth`, not
 * the milliseconds of a Date), and dates are plain `YYYY-MM-DD` strings without a time zone.
 * @internal
 * @module
 */
import { Decimal } from "../decimal/index.js";
import { fail } from "../errors/core.js";
import { type CalendarDate, daysInMonth, formatYMD, parseCalendarDate } from "./calendarDate.js";

/**
 * Index of month `month` (1-12) of `year` on the month axis, `12*year + (month - 1)`: the
 * position at which that month starts (the end of the month before).
 * @internal
 */
export function monthIndex(year: number, month: number): number {
  return 12 * year + month - 1;
}

/** The year and month (1-12) of a month index, the inverse of {@link monthIndex}. @internal */
export function monthOfIndex(index: number): { readonly year: number; readonly month: number } {
  const year = Math.floor(index / 12);
  return { year, month: index - 12 * year + 1 };
}

/**
 * The parts of a day's position: the whole months before its month (`whole`, its month index),
 * and the fraction `day / daysInMonth` of its month that has passed at its end.
 * @internal
 */
export interface MonthPositionParts {
  /** `12*year + (month - 1)`. */
  readonly whole: number;
  /** The day of the month, 1-31. */
  readonly day: number;
  /** Days in that month, 28-31. */
  readonly daysInMonth: number;
}

/** The parts of the position of the end of day `day` of `month` of `year` (a valid date). @internal */
export function positionParts(year: number, month: number, day: number): MonthPositionParts {
  return { whole: monthIndex(year, month), day, daysInMonth: daysInMonth(year, month) };
}

/**
 * The parts of the position of the end of `date`.
 * @throws {OnboardingTargetsError} `invalid_date` at `path` when `date` is not a `YYYY-MM-DD` calendar date
 * @internal
 */
export function monthPositionParts(date: CalendarDate, path = "date"): MonthPositionParts {
  const { year, month, day } = parseCalendarDate(date, path);
  return positionParts(year, month, day);
}

/** The exact position of parts: `whole + day / daysInMonth` at 40 significant digits. @internal */
export function monthPositionOf(parts: MonthPositionParts): Decimal {
  return new Decimal(parts.whole).plus(new Decimal(parts.day).div(parts.daysInMonth));
}

/**
 * The float position of parts: `whole + day / daysInMonth` in IEEE 754 doubles, one division and
 * one addition, each correctly rounded, so within 2 ulps of the exact position (about 4e-12
 * months today, far below a day): for fitted curves and hot loops.
 * @internal
 */
export function monthPositionNumberOf(parts: MonthPositionParts): number {
  return parts.whole + parts.day / parts.daysInMonth;
}

/**
 * Position of the end of day `date` on [the month axis](../../docs/methodology.md#the-month-axis),
 * exact: `pos(D) = 12*year + (month - 1) + day / daysInMonth`.
 * @throws {OnboardingTargetsError} `invalid_date` at `path`
 * @internal
 */
export function monthPosition(date: CalendarDate, path = "date"): Decimal {
  return monthPositionOf(monthPositionParts(date, path));
}

/**
 * {@link monthPosition} as a float (see {@link monthPositionNumberOf}).
 * @throws {OnboardingTargetsError} `invalid_date` at `path`
 * @internal
 */
export function monthPositionNumber(date: CalendarDate, path = "date"): number {
  return monthPositionNumberOf(monthPositionParts(date, path));
}

/**
 * The first calendar date whose end lies at or after month-axis position `position`: the day on
 * which a continuous path that reaches `position` has reached it. Inverse of {@link monthPosition}
 * up to the day. Throws `out_of_range` outside years 1 to 9999.
 * @internal
 */
export function dateAtPosition(position: Decimal, path = "position"): CalendarDate {
  if (!position.isFinite()) return fail("out_of_range", path, "position is not finite");
  const whole = position.floor();
  const frac = position.minus(whole);
  const index = whole.toNumber(); // the month index of the month the position falls in
  if (frac.isZero()) {
    // Exactly at a month boundary: the end of the previous month's last day.
    const { year, month } = monthOfIndex(index - 1);
    checkYear(year, path);
    return formatYMD(year, month, daysInMonth(year, month));
  }
  const { year, month } = monthOfIndex(index);
  checkYear(year, path);
  const dim = daysInMonth(year, month);
  // `frac * dim` is the number of days of the month covered. A position computed as d/dim carries
  // rounding in its 40th digit (2/3 is held as 0.6…67), so the product is taken to 20 decimal
  // places before rounding up: otherwise 2.000…01 days would become day 3.
  const day = Math.max(1, frac.times(dim).toDecimalPlaces(20, Decimal.ROUND_HALF_EVEN).ceil().toNumber());
  return formatYMD(year, month, Math.min(day, dim));
}

function checkYear(year: number, path: string): void {
  if (year < 1 || year > 9999) fail("out_of_range", path, `the date falls in year ${year}, outside 0001-9999`);
}
