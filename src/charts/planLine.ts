import type { Decimal } from "../decimal/index.js";
import type { Target } from "../model/index.js";
import { type CalendarDate, daysInMonth, formatYMD, monthPosition, monthsIntersecting } from "../periods/core.js";
import type { PlanPoint } from "../progress/core.js";

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
export function planLine(
  target: Target,
  planAt: (date: CalendarDate) => Decimal,
): { date: CalendarDate; value: number }[] {
  return planSampleDates(target).map((date) => ({ date, value: planAt(date).toNumber() }));
}

/**
 * {@link planLine} on the target's plan curve (`planCurve`): the same values as `planAtPosition`
 * at each sample date, found in one pass (the sample dates are sorted, so the bracketing
 * breakpoint only moves forward). O(months + breakpoints) whatever the phasing, where a binary
 * search per date would be O(months log breakpoints).
 * @internal
 */
export function planLineOfCurve(target: Target, curve: readonly PlanPoint[]): { date: CalendarDate; value: number }[] {
  const first = curve[0] as PlanPoint;
  const last = curve[curve.length - 1] as PlanPoint;
  let k = 1; // the first breakpoint at or after the current position
  return planSampleDates(target).map((date) => {
    const x = monthPosition(date, "date");
    if (x.lte(first.position)) return { date, value: first.value.toNumber() };
    if (x.gte(last.position)) return { date, value: last.value.toNumber() };
    while (x.gt((curve[k] as PlanPoint).position)) k++;
    const b = curve[k] as PlanPoint;
    if (x.eq(b.position)) return { date, value: b.value.toNumber() };
    const a = curve[k - 1] as PlanPoint;
    // The interpolation of planAtPosition, term for term, so both give the same decimal.
    return {
      date,
      value: a.value
        .plus(b.value.minus(a.value).times(x.minus(a.position)).div(b.position.minus(a.position)))
        .toNumber(),
    };
  });
}
