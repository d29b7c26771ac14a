// Laws of the month axis. Tolerance: a relative error below 1e-30 (the decimal module carries 40
// significant digits; a value such as 27/31 cannot be held exactly), relative to max(1, |value|).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fcOptions, law } from "../../test/support/fc.js";
import { Decimal } from "../decimal/index.js";
import { formatYMD, fromDayNumber } from "./calendarDate.js";
import { monthsBetween } from "./monthsBetween.js";

// Any calendar date from 0001-01-01 to 9999-12-31, by day number (no JavaScript Date involved).
const MIN_DAY = -719162; // 0001-01-01
const MAX_DAY = 2932896; // 9999-12-31
const date = fc.integer({ min: MIN_DAY, max: MAX_DAY }).map((n) => {
  const r = fromDayNumber(n);
  return formatYMD(r.year, r.month, r.day);
});
const within = (a: Decimal, b: Decimal) => a.minus(b).abs().lte(Decimal.max(1, b.abs()).times("1e-30"));

describe("monthsBetween laws", () => {
  it("is additive: months(a, b) + months(b, c) = months(a, c) within 1e-30", async () => {
    await fc.assert(
      law(date, date, date, (a, b, c) => {
        expect(within(monthsBetween(a, b).plus(monthsBetween(b, c)), monthsBetween(a, c))).toBe(true);
      }),
      fcOptions(),
    );
  });

  it("is antisymmetric and zero on the same date", async () => {
    await fc.assert(
      law(date, date, (a, b) => {
        expect(monthsBetween(a, b).plus(monthsBetween(b, a)).abs().lte("1e-30")).toBe(true);
        expect(monthsBetween(a, a).isZero()).toBe(true);
      }),
      fcOptions(),
    );
  });

  it("has the sign of the date order, and adding a day adds 1/daysInMonth of that day's month", async () => {
    await fc.assert(
      law(fc.integer({ min: MIN_DAY, max: MAX_DAY - 1 }), (n) => {
        const r = fromDayNumber(n);
        const s = fromDayNumber(n + 1);
        const a = formatYMD(r.year, r.month, r.day);
        const b = formatYMD(s.year, s.month, s.day);
        const m = monthsBetween(a, b);
        expect(m.isPositive() && !m.isZero()).toBe(true);
        const dim = new Date(Date.UTC(2000 + ((s.year - 2000) % 400), s.month, 0)).getUTCDate(); // days in b's month (400-year cycle)
        expect(within(m, new Decimal(1).div(dim))).toBe(true);
      }),
      fcOptions(),
    );
  });

  it("counts whole months between month ends", async () => {
    await fc.assert(
      law(fc.integer({ min: 12, max: 119_987 }), fc.integer({ min: 12, max: 119_987 }), (i, j) => {
        const end = (k: number) => {
          const y = Math.floor(k / 12);
          const m = k - 12 * y + 1;
          return formatYMD(y, m, new Date(Date.UTC(2000 + ((y - 2000) % 400), m, 0)).getUTCDate());
        };
        expect(monthsBetween(end(i), end(j)).toString()).toBe(String(j - i));
      }),
      fcOptions(),
    );
  });
});
