import type { Decimal } from "../decimal/index.js";
import type { Target } from "../model/types.js";
import { type CalendarDate, daysInMonth, formatYMD } from "../periods/calendarDate.js";
import { monthsIntersecting } from "../periods/targetMonths.js";

/**
 * The dates at which a chart samples the plan: the baseline date, every month end strictly between
 * baseline and goal, and the goal date. Between month ends the plan is linear on the month axis
 * ([plan-to-date and phasing](../../docs/methodology.md#plan-to-date-and-phasing)), so a polyline
 * through these points draws it faithfully at month resolution.
 * @internal
 */
export function planSampleDates(target: Target): CalendarDate[] {
  const { first, count } = monthsIntersecting(target.baseline.date, target.goal.date);
  const dates: CalendarDate[] = [target.baseline.date];
  for (let index = first; index < first + count; index++) {
    const year = Math.floor(index / 12);
    const month = index - 12 * year + 1;
    const end = formatYMD(year, month, daysInMonth(year, month));
    if (end > target.baseline.date && end < target.goal.date) dates.push(end);
  }
  dates.push(target.goal.date);
  return dates;
}

/**
 * The plan-to-date line of a target as `{ date, value }` points, with `planAt` giving the plan's
 * value on a date (the library's `planToDate` by default).
 * @internal
 */
export function planLine(target: Target, planAt: (date: CalendarDate) => Decimal): { date: CalendarDate; value: number }[] {
  return planSampleDates(target).map((date) => ({ date, value: planAt(date).toNumber() }));
}

