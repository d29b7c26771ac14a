import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fcOptions, law } from "../../test/support/fc.js";
import { addDaysToDate, dayNumber, formatYMD, fromDayNumber, isCalendarDate } from "./calendarDate.js";

describe("calendar arithmetic laws", () => {
  it("agrees with the proleptic Gregorian calendar of Date.UTC, and addDaysToDate moves by days", async () => {
    await fc.assert(
      law(fc.integer({ min: -719162, max: 2932896 }), fc.integer({ min: -1000, max: 1000 }), (n, k) => {
        const r = fromDayNumber(n);
        expect(dayNumber(r.year, r.month, r.day)).toBe(n);
        const date = formatYMD(r.year, r.month, r.day);
        expect(isCalendarDate(date)).toBe(true);
        if (r.year >= 1970 && r.year <= 2200) expect(new Date(n * 86_400_000).toISOString().slice(0, 10)).toBe(date);
        const moved = fromDayNumber(n + k);
        if (moved.year >= 1 && moved.year <= 9999) {
          const later = addDaysToDate(date, k);
          expect(later).toBe(formatYMD(moved.year, moved.month, moved.day));
          // ISO order is chronological: the shifted date sorts on the side of the shift.
          expect(Math.sign(later < date ? -1 : later > date ? 1 : 0)).toBe(Math.sign(k));
        }
      }),
      fcOptions(),
    );
  });
});
