import { atPath, fail } from "../../errors/core.js";
import { daysInMonth, formatYMD, parseCalendarDate } from "../../periods/core.js";
import type { CalendarDate } from "../../periods/core.js";
import { at, readArray, readEnum, readObject } from "../../read/index.js";

/** The most rows an outlook gives: a century of months. */
export const MAX_ROWS = 1200;

/**
 * Reads the dates of an outlook: a list in strictly increasing order, or `{ every: "month", from,
 * to }`. O(rows).
 * @internal
 */
export function readOutlookDates(value: unknown, path: string): CalendarDate[] {
  // Array.isArray throws on a revoked proxy: atPath makes that invalid_type at `path`.
  if (atPath(path, () => Array.isArray(value))) {
    const dates = readArray(value, path).map((d, i) => {
      parseCalendarDate(d, at(path, i));
      return d as CalendarDate;
    });
    if (dates.length > MAX_ROWS) fail("out_of_range", path, `${dates.length} dates; at most ${MAX_ROWS} are allowed`);
    dates.forEach((d, i) => {
      const before = dates[i - 1];
      if (before !== undefined && d <= before)
        fail(
          "invalid_option",
          at(path, i),
          `${d} does not come after ${before} (${at(path, i - 1)}): the dates of an outlook are in increasing order`,
        );
    });
    return dates;
  }
  const o = readObject(value, path, ["every", "from", "to"]);
  readEnum(o.every, at(path, "every"), ["month"] as const);
  const from = parseCalendarDate(o.from, at(path, "from"));
  parseCalendarDate(o.to, at(path, "to"));
  const to = o.to as CalendarDate;
  if (to < (o.from as string)) fail("invalid_option", at(path, "to"), `${to} comes before from, ${o.from as string}`);
  const monthEnd = from.day === daysInMonth(from.year, from.month);
  const dates: CalendarDate[] = [];
  for (let k = 0; ; k++) {
    const index = from.year * 12 + from.month - 1 + k;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const last = daysInMonth(year, month);
    const date = formatYMD(year, month, monthEnd ? last : Math.min(from.day, last));
    if (date > to) break;
    if (dates.length === MAX_ROWS)
      fail("out_of_range", path, `more than ${MAX_ROWS} months from ${o.from as string} to ${to}`);
    dates.push(date);
  }
  return dates;
}
