import { tzOffset } from "@date-fns/tz";
import { describeType } from "../decimal/index.js";
import { fail } from "../errors/OnboardingTargetsError.js";
import { type CalendarDate, dayNumber, formatYMD, fromDayNumber } from "./calendarDate.js";

/**
 * The default time zone of targets: Western Indonesia Time (WIB), UTC+7, no daylight saving.
 *
 * @category Periods
 */
export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

const known = new Map<string, boolean>();

/**
 * True when `value` is an IANA time-zone name (or `UTC`) known to this JavaScript runtime.
 * Uses `Intl`, never the machine's own zone.
 *
 * @category Periods
 * @param value - anything
 * @returns whether it names a time zone
 * @example
 * ```ts
 * import { isTimeZone } from "onboarding-targets";
 * isTimeZone("Asia/Makassar");
 * //=> true
 * isTimeZone("Asia/Jakata");
 * //=> false
 * ```
 */
export function isTimeZone(value: unknown): boolean {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  const cached = known.get(value);
  if (cached !== undefined) return cached;
  let ok = false;
  try {
    // Offsets like "+07:00" are accepted by Intl but are not IANA names: refuse them.
    ok = /^[A-Za-z]/.test(value) && new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone.length > 0;
  } catch {
    ok = false;
  }
  known.set(value, ok);
  return ok;
}

/** Validates a time-zone name, throwing `invalid_time_zone` at `path`. @internal */
export function readTimeZone(value: unknown, path: string): string {
  if (value === undefined) return DEFAULT_TIME_ZONE;
  if (typeof value !== "string") return fail("invalid_time_zone", path, `expected an IANA time-zone name, got ${describeType(value)}`);
  if (!isTimeZone(value)) return fail("invalid_time_zone", path, `${JSON.stringify(value.slice(0, 64))} is not a known IANA time zone`);
  return value;
}

const MS_PER_DAY = 86_400_000;

/**
 * The calendar date, in `timeZone`, of an instant given as epoch milliseconds.
 * @internal
 */
export function dateOfInstant(epochMs: number, timeZone: string): CalendarDate {
  const offsetMinutes = tzOffset(timeZone, new Date(epochMs));
  const local = epochMs + offsetMinutes * 60_000;
  const r = fromDayNumber(Math.floor(local / MS_PER_DAY));
  return formatYMD(r.year, r.month, r.day);
}

/**
 * Epoch milliseconds of the start (00:00) of `date` in `timeZone`.
 * @internal
 */
export function startOfDayInstant(year: number, month: number, day: number, timeZone: string): number {
  const utcMidnight = dayNumber(year, month, day) * MS_PER_DAY;
  // Two passes settle the offset across a transition on that day.
  let guess = utcMidnight - tzOffset(timeZone, new Date(utcMidnight)) * 60_000;
  guess = utcMidnight - tzOffset(timeZone, new Date(guess)) * 60_000;
  return guess;
}
