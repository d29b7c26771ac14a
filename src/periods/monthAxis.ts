import { Decimal } from "../decimal/index.js";
import { fail } from "../errors/OnboardingTargetsError.js";
import { type CalendarDate, daysInMonth, formatYMD, parseCalendarDate } from "./calendarDate.js";

/**
 * Position of the end of day `date` on [the month axis](../../docs/methodology.md#the-month-axis):
 * `pos(D) = 12*year + (month - 1) + day / daysInMonth`.
 * @internal
 */
export function monthPosition(date: CalendarDate, path = "date"): Decimal {
  const { year, month, day } = parseCalendarDate(date, path);
  return new Decimal(12 * year + month - 1).plus(new Decimal(day).div(daysInMonth(year, month)));
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
  let index = whole.toNumber(); // 12*year + month - 1 of the month the position falls in
  if (frac.isZero()) {
    // Exactly at a month boundary: the end of the previous month's last day.
    index -= 1;
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    checkYear(year, path);
    return formatYMD(year, month, daysInMonth(year, month));
  }
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
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
