/**
 * The calendar months of a target, as month indexes of [the month axis](../../docs/methodology.md#the-month-axis).
 *
 * Hand-written rather than date-fns (`eachMonthOfInterval`): a target's months are integers on the
 * library's month axis, counted from plain `YYYY-MM-DD` strings without a time zone or a Date.
 * @internal
 * @module
 */
import { type CalendarDate, daysInMonth, parseCalendarDate } from "./calendarDate.js";
import { monthIndex, monthOfIndex, monthPositionParts } from "./monthAxis.js";

/**
 * The calendar months that intersect the half-open span (from, to]
 * ([plan-to-date and phasing](../../docs/methodology.md#plan-to-date-and-phasing)), as month
 * indexes `12*year + month - 1`: the first is the month of the day after `from`, the last the month
 * of `to`.
 * @internal
 */
export function monthsIntersecting(from: CalendarDate, to: CalendarDate): { first: number; count: number } {
  const f = parseCalendarDate(from, "from");
  const firstIndex = monthIndex(f.year, f.month) + (f.day === daysInMonth(f.year, f.month) ? 1 : 0);
  const lastIndex = monthPositionParts(to, "to").whole;
  return { first: firstIndex, count: Math.max(0, lastIndex - firstIndex + 1) };
}

/** `YYYY-MM` label of a month index. @internal */
export function monthLabel(index: number): string {
  const { year, month } = monthOfIndex(index);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}`;
}
