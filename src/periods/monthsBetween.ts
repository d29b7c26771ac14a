import type { Decimal } from "../decimal/index.js";
import type { CalendarDate } from "./calendarDate.js";
import { monthPosition } from "./monthAxis.js";

/**
 * Months between two calendar dates on [the month axis](../../docs/methodology.md#the-month-axis): each date sits at
 * `12*year + (month - 1) + day / daysInMonth` (the end of that day), and the result is the
 * difference. Month end to month end counts whole months; the measure is additive
 * (`monthsBetween(a, b) + monthsBetween(b, c) = monthsBetween(a, c)`) and negative when `to` is
 * before `from`. Exact to the library's 40 significant digits. O(1).
 *
 * Time zones do not enter: both dates are whole days in the same (the target's) zone. Not
 * date-fns `differenceInMonths`, which counts whole calendar months only: this is the exact
 * fractional measure of the month axis.
 *
 * @category Periods
 * @param from - start, `YYYY-MM-DD`
 * @param to - end, `YYYY-MM-DD`
 * @returns the (possibly fractional, possibly negative) number of months as a Decimal
 * @throws {OnboardingTargetsError} `invalid_date` (path `from` or `to`) when a date is not a real `YYYY-MM-DD` date
 * @example
 * ```ts
 * import { monthsBetween } from "onboarding-targets";
 * monthsBetween("2021-04-30", "2023-12-31").toString();
 * //=> "32"
 * monthsBetween("2023-12-04", "2024-12-31").toFixed(6);
 * //=> "12.870968"
 * ```
 */
export function monthsBetween(from: CalendarDate, to: CalendarDate): Decimal {
  return monthPosition(to, "to").minus(monthPosition(from, "from"));
}
