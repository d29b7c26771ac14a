// The calendar date of an instant in a time zone, from @date-fns/tz's TZDate fields: the reference
// the day-clock tests compare the library's own day arithmetic against.
import { TZDate } from "@date-fns/tz";

/** The `YYYY-MM-DD` date, in `timeZone`, of the instant `epochMs`. */
export function localDateOf(epochMs: number, timeZone: string): string {
  const d = new TZDate(epochMs, timeZone);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}
