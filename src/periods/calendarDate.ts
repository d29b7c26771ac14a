/**
 * Calendar dates as plain `YYYY-MM-DD` strings and day numbers.
 *
 * Hand-written rather than date-fns: a date here is a whole day without a time zone, not an
 * instant, so it never goes through a `Date` (whose parsing and fields depend on a zone), and the
 * day-number arithmetic runs per event in the series' hot loops without allocating.
 * @module
 */
import { fail } from "../errors/core.js";
import { describeType } from "../decimal/index.js";

/**
 * A date-only value, `YYYY-MM-DD`, naming a real day of the proleptic Gregorian calendar
 * (years 0001 to 9999). It stands for the whole day, to its end, in the target's time zone.
 *
 * @category Periods
 */
export type CalendarDate = string;

/** A calendar date split into its fields. @internal */
export interface YMD {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for leap years of the Gregorian calendar. @internal */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1-12) of `year`. @internal */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS[month - 1] ?? 31);
}

/**
 * True when `value` is a `YYYY-MM-DD` string naming a real calendar date.
 *
 * @category Periods
 * @param value - anything
 * @returns whether it is a valid {@link CalendarDate}
 * @example
 * ```ts
 * import { isCalendarDate } from "onboarding-targets";
 * isCalendarDate("2024-02-29");
 * //=> true
 * isCalendarDate("2021-02-29");
 * //=> false
 * ```
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "string") return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Parses a {@link CalendarDate}, throwing `invalid_date` at `path` when it is not one.
 * @internal
 */
export function parseCalendarDate(value: unknown, path: string): YMD {
  if (typeof value !== "string")
    return fail("invalid_date", path, `expected a YYYY-MM-DD date string, got ${describeType(value)}`);
  const m = DATE_RE.exec(value);
  const shown = value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
  if (!m) return fail("invalid_date", path, `${shown} is not a YYYY-MM-DD date`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail("invalid_date", path, `${value} is not a calendar date`);
  }
  return { year, month, day };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Formats fields as `YYYY-MM-DD`. @internal */
export function formatYMD(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Days since 1970-01-01 of a calendar date (proleptic Gregorian), exact integer arithmetic
 * (Howard Hinnant's days_from_civil). @internal
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link dayNumber}. @internal */
export function fromDayNumber(days: number): YMD {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The date `days` whole days after `date` (before it for a negative `days`): the library's one
 * day shift.
 * @throws {OnboardingTargetsError} `invalid_date` at `date` when `date` is not a calendar date
 * @internal
 */
export function addDaysToDate(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = parseCalendarDate(date, "date");
  const r = fromDayNumber(dayNumber(year, month, day) + days);
  return formatYMD(r.year, r.month, r.day);
}
