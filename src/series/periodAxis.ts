/**
 * Calendar periods as consecutive integers, so that a series is an integer range and gaps are
 * filled by counting. Every function works on day numbers (days since 1970-01-01), never on Date.
 * Hand-written rather than date-fns (`startOfISOWeek`, `getQuarter`, …): those take a Date per
 * call, and these run per event over millions of events on plain integers.
 * @internal
 * @module
 */
import { fail } from "../errors/core.js";
import { dayNumber, formatYMD, fromDayNumber, isCalendarDate } from "../periods/core.js";
import { type Period, PERIODS } from "../vocabulary/index.js";

/** Day number of a day that falls on `weekStartsOn` (1970-01-01, day 0, was a Thursday). */
function weekAnchor(weekStartsOn: number): number {
  return (((weekStartsOn - 4) % 7) + 7) % 7;
}

/** Integer index of the period that contains day `day`. @internal */
export function periodOfDay(period: Period, day: number, weekStartsOn = 1): number {
  switch (period) {
    case "day":
      return day;
    case "week":
      return Math.floor((day - weekAnchor(weekStartsOn)) / 7);
    default: {
      const { year, month } = fromDayNumber(day);
      if (period === "month") return 12 * year + month - 1;
      if (period === "quarter") return 4 * year + Math.floor((month - 1) / 3);
      return year;
    }
  }
}

/** Day number of the first day of period `index`. @internal */
export function periodStartDay(period: Period, index: number, weekStartsOn = 1): number {
  switch (period) {
    case "day":
      return index;
    case "week":
      return weekAnchor(weekStartsOn) + 7 * index;
    case "month": {
      const year = Math.floor(index / 12);
      return dayNumber(year, index - 12 * year + 1, 1);
    }
    case "quarter": {
      const year = Math.floor(index / 4);
      return dayNumber(year, 3 * (index - 4 * year) + 1, 1);
    }
    case "year":
      return dayNumber(index, 1, 1);
  }
}

/** Day number of the last day of period `index`. @internal */
export function periodEndDay(period: Period, index: number, weekStartsOn = 1): number {
  return periodStartDay(period, index + 1, weekStartsOn) - 1;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number) => String(n).padStart(4, "0");

/** `YYYY-MM-DD` of a day number. @internal */
export function dayToDate(day: number): string {
  const { year, month, day: d } = fromDayNumber(day);
  return formatYMD(year, month, d);
}

/**
 * The label of period `index`. Weeks are numbered as ISO 8601 does (week 1 holds January 4th; the
 * week belongs to the year of its fourth day), generalised to any first weekday.
 * @internal
 */
export function periodLabel(period: Period, index: number, weekStartsOn = 1): string {
  switch (period) {
    case "day":
      return dayToDate(index);
    case "week": {
      const fourth = periodStartDay("week", index, weekStartsOn) + 3;
      const year = fromDayNumber(fourth).year;
      return `${pad4(year)}-W${pad2(Math.floor((fourth - dayNumber(year, 1, 1)) / 7) + 1)}`;
    }
    case "month": {
      const year = Math.floor(index / 12);
      return `${pad4(year)}-${pad2(index - 12 * year + 1)}`;
    }
    case "quarter": {
      const year = Math.floor(index / 4);
      return `${pad4(year)}-Q${index - 4 * year + 1}`;
    }
    case "year":
      return pad4(index);
  }
}

const LABEL_RE: Record<Period, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  week: /^(\d{4})-W(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
};

/** The period kind a label is written in, or undefined. @internal */
export function periodKindOfLabel(label: string): Period | undefined {
  for (const p of PERIODS) if (LABEL_RE[p].test(label)) return p;
  return undefined;
}

/**
 * Index of the period named by `label`, written in `period`'s label form or as a `YYYY-MM-DD`
 * date inside the period. Throws `invalid_date` at `path`.
 * @internal
 */
export function parsePeriod(period: Period, label: unknown, path: string, weekStartsOn = 1): number {
  if (typeof label === "string") {
    if (isCalendarDate(label)) {
      const [y, m, d] = label.split("-").map(Number) as [number, number, number];
      return periodOfDay(period, dayNumber(y, m, d), weekStartsOn);
    }
    const match = LABEL_RE[period].exec(label);
    if (match && period !== "day") {
      const year = Number(match[1]);
      const n = Number(match[2] ?? 0);
      let index: number | undefined;
      if (period === "year" && year >= 1) index = year;
      else if (period === "month" && year >= 1 && n >= 1 && n <= 12) index = 12 * year + n - 1;
      else if (period === "quarter" && year >= 1) index = 4 * year + n - 1;
      else if (period === "week" && year >= 1 && n >= 1) {
        index = periodOfDay("week", dayNumber(year, 1, 4), weekStartsOn) + n - 1;
        if (periodLabel("week", index, weekStartsOn) !== label) index = undefined; // week 53 of a 52-week year
      }
      if (index !== undefined) return index;
    }
  }
  const shown = typeof label === "string" ? JSON.stringify(label.slice(0, 40)) : typeof label;
  return fail("invalid_date", path, `${shown} is not a ${period} label (${EXAMPLE[period]}) or a YYYY-MM-DD date`);
}

const EXAMPLE: Record<Period, string> = {
  day: "2021-05-01",
  week: "2021-W18",
  month: "2021-05",
  quarter: "2021-Q2",
  year: "2021",
};
