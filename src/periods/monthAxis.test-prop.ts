import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fcOptions, law } from "../../test/support/fc.js";
import { Decimal } from "../decimal/index.js";
import { formatYMD, fromDayNumber } from "./calendarDate.js";
import { dateAtPosition, monthPosition, monthPositionNumber } from "./monthAxis.js";

const MIN_DAY = -719162; // 0001-01-01
const MAX_DAY = 2932896; // 9999-12-31
const dayNumberArb = fc.integer({ min: MIN_DAY, max: MAX_DAY });
const dateOf = (n: number) => {
  const r = fromDayNumber(n);
  return formatYMD(r.year, r.month, r.day);
};

describe("month axis laws", () => {
  it("dateAtPosition(monthPosition(d)) = d for every date of years 1-9999", async () => {
    await fc.assert(
      law(dayNumberArb, (n) => {
        const d = dateOf(n);
        expect(dateAtPosition(monthPosition(d))).toBe(d);
      }),
      fcOptions(),
    );
  });

  it("is strictly increasing, and a position strictly between two day ends gives the later day", async () => {
    await fc.assert(
      law(
        fc.integer({ min: MIN_DAY, max: MAX_DAY - 1 }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (n, f) => {
          const a = monthPosition(dateOf(n));
          const b = monthPosition(dateOf(n + 1));
          expect(a.lt(b)).toBe(true);
          const inside = a.plus(b.minus(a).times(new Decimal(f)));
          expect(dateAtPosition(inside)).toBe(dateOf(n + 1));
        },
      ),
      fcOptions(),
    );
  });

  it("the float view is the exact one within 1e-9 months, for every date of years 1-9999", async () => {
    // The exact position is below 120 000 months; a double holds it to about 1.5e-11.
    await fc.assert(
      law(dayNumberArb, (n) => {
        const d = dateOf(n);
        expect(Math.abs(monthPosition(d).minus(monthPositionNumber(d)).toNumber())).toBeLessThan(1e-9);
      }),
      fcOptions(),
    );
  });
});
