/**
 * Reading one on-boarding event into a day or an instant, without Date parsing of local times
 * and without the machine's time zone.
 * @internal
 * @module
 */
import { describeType } from "../decimal/index.js";
import { fail } from "../errors/core.js";
import { daysInMonth, dayNumber } from "../periods/core.js";

/** An event read: `day` set for a calendar date, `ms` set for an instant (the other is NaN). @internal */
export interface ReadEvent {
  day: number;
  ms: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads a `YYYY-MM-DD` date or an ISO 8601 instant with offset into `out`. Instants without an
 * offset are refused: they would mean the machine's local time.
 * @internal
 */
export function readWhen(value: string, path: string, out: ReadEvent): void {
  let m = DATE_RE.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
      fail("invalid_date", path, `${value} is not a calendar date`);
    out.day = dayNumber(y, mo, d);
    out.ms = Number.NaN;
    return;
  }
  m = INSTANT_RE.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const h = Number(m[4]);
    const mi = Number(m[5]);
    const s = Number(m[6] ?? 0);
    const frac = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
    if (y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h <= 23 && mi <= 59 && s <= 59) {
      const zone = m[8] as string;
      let offset = 0;
      if (zone !== "Z") {
        const oh = Number(zone.slice(1, 3));
        const om = Number(zone.slice(4, 6));
        if (oh > 23 || om > 59) fail("invalid_date", path, `${value} has an invalid UTC offset`);
        offset = (zone[0] === "-" ? -1 : 1) * (oh * 60 + om) * 60_000;
      }
      out.day = Number.NaN;
      out.ms = dayNumber(y, mo, d) * 86_400_000 + ((h * 60 + mi) * 60 + s) * 1000 + frac - offset;
      return;
    }
  }
  const shown = value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
  fail("invalid_date", path, `${shown} is neither a YYYY-MM-DD date nor an ISO 8601 instant with an offset or Z`);
}

/** Reads an event that is not an Enterprise record: a date/instant string or epoch ms. @internal */
export function readPlainEvent(value: unknown, path: string, out: ReadEvent): void {
  if (typeof value === "string") return readWhen(value, path, out);
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      fail("invalid_date", path, `${String(value)} is not a finite number of epoch milliseconds`);
    out.day = Number.NaN;
    out.ms = value;
    return;
  }
  fail(
    "invalid_type",
    path,
    `expected a date, an ISO instant, epoch milliseconds or an enterprise, got ${describeType(value)}`,
  );
}
