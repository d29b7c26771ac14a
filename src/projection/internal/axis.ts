import { Decimal } from "../../decimal/index.js";
import {
  type CalendarDate,
  daysInMonth,
  dayNumber,
  formatYMD,
  fromDayNumber,
  parseCalendarDate,
  dateAtPosition,
  monthIndex,
  monthOfIndex,
} from "../../periods/core.js";
import type { ProjectionPeriod } from "../types.js";

/** Last month-axis position of the calendar (end of 9999-12-31). @internal */
export const LAST_POSITION = 12 * 9999 + 12;
/** First month-axis position of the calendar (start of 0001-01-01). @internal */
export const FIRST_POSITION = 12;

/** `dateAtPosition` for a float position inside the calendar. @internal */
export function dateAtNumber(position: number): CalendarDate {
  return dateAtPosition(new Decimal(Math.min(Math.max(position, FIRST_POSITION + 1e-9), LAST_POSITION)));
}

/**
 * The ends of the calendar periods after `after` up to `until` (inclusive), and `until` itself
 * when it is not a period end. ISO weeks end on Sunday. Empty when `until <= after`. Throws
 * RangeError beyond `max` dates (the caller turns it into an error with a path). Hand-written
 * rather than date-fns: it walks day numbers and month indexes of plain `YYYY-MM-DD` strings, with
 * no Date or time zone per point. @internal
 */
export function periodEnds(
  after: CalendarDate,
  until: CalendarDate,
  period: ProjectionPeriod,
  max: number,
): CalendarDate[] {
  const out: CalendarDate[] = [];
  if (until <= after) return out;
  const a = parseCalendarDate(after, "after");
  const u = parseCalendarDate(until, "until");
  const push = (d: CalendarDate) => {
    if (out.length >= max) throw new RangeError(`more than ${max} points`);
    out.push(d);
  };
  if (period === "day" || period === "week") {
    const start = dayNumber(a.year, a.month, a.day) + 1;
    const end = dayNumber(u.year, u.month, u.day);
    if (period === "day") {
      if (end - start + 1 > max) throw new RangeError(`more than ${max} points`);
      for (let n = start; n <= end; n++) {
        const r = fromDayNumber(n);
        out.push(formatYMD(r.year, r.month, r.day));
      }
      return out;
    }
    // 1970-01-01 (day 0) was a Thursday, so Sundays are the days n with n ≡ 3 (mod 7).
    let n = start + ((((3 - start) % 7) + 7) % 7);
    for (; n <= end; n += 7) {
      const r = fromDayNumber(n);
      push(formatYMD(r.year, r.month, r.day));
    }
  } else {
    const step = period === "month" ? 1 : period === "quarter" ? 3 : 12;
    let index = monthIndex(a.year, a.month); // month index of `after`
    // Advance to the first period-closing month at or after `after`'s month.
    while ((index % 12) % step !== step - 1) index++;
    const last = monthIndex(u.year, u.month);
    for (; index <= last; index += step) {
      const { year, month } = monthOfIndex(index);
      const d = formatYMD(year, month, daysInMonth(year, month));
      if (d > after && d <= until) push(d);
    }
  }
  if (out[out.length - 1] !== until) push(until);
  return out;
}
