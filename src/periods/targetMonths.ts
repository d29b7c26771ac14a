import { type CalendarDate, daysInMonth, parseCalendarDate } from "./calendarDate.js";

/**
 * Month index of a date on the month axis: `12*year + month - 1`.
 * @internal
 */
export function monthIndex(date: CalendarDate, path = "date"): number {
  const { year, month } = parseCalendarDate(date, path);
  return 12 * year + month - 1;
}

/**
 * The calendar months that intersect the half-open span (from, to]
 * ([plan-to-date and phasing](../../docs/methodology.md#plan-to-date-and-phasing)), as month
 * indexes `12*year + month - 1`: the first is the month of the day after `from`, the last the month
 * of `to`.
 * @internal
 */
export function monthsIntersecting(from: CalendarDate, to: CalendarDate): { first: number; count: number } {
  const f = parseCalendarDate(from, "from");
  const firstIndex = 12 * f.year + f.month - 1 + (f.day === daysInMonth(f.year, f.month) ? 1 : 0);
  const lastIndex = monthIndex(to, "to");
  return { first: firstIndex, count: Math.max(0, lastIndex - firstIndex + 1) };
}

/** `YYYY-MM` label of a month index. @internal */
export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - 12 * year + 1;
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}`;
}
