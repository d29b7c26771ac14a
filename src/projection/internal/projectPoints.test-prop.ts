import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../../test/support/fc.js";
import { addDaysToDate } from "../../periods/calendarDate.js";
import { monthPositionNumber } from "../../periods/monthAxis.js";
import type { PathPoint } from "../../path/core.js";
import { type ProjectionSettings, projectPoints } from "./projectPoints.js";

const pt = (date: string, value: number): PathPoint => ({
  date,
  value,
  position: monthPositionNumber(date, "date"),
  origin: "observation",
});
const settings = (over: Partial<ProjectionSettings>): ProjectionSettings => ({
  method: "linear",
  until: "2000-01-31",
  asOf: undefined,
  period: "month",
  confidence: 0.9,
  fitOn: "increments",
  window: 3,
  capacity: undefined,
  bass: undefined,
  ...over,
});
// A first date between 2000-01-01 and about 2054, and a second 1 to 400 days later.
const start = fc.integer({ min: 0, max: 20_000 }).map((n) => addDaysToDate("2000-01-01", n));

describe("projectPoints laws", () => {
  it("the date reaching the projected value at the end of a day is that day (rising and falling lines, compound growth)", async () => {
    await fc.assert(
      law(
        start,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        // Mostly days soon after the origin, where a steep line's float error is largest relative to its value.
        fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 3000 })),
        fc.constantFrom("rise", "fall", "cagr"),
        (first, gap, a, b, ahead, kind) => {
          const lo = Math.min(a, b);
          const hi = Math.max(a, b) + 1;
          const second = addDaysToDate(first, gap);
          const all = kind === "fall" ? [pt(first, hi), pt(second, lo)] : [pt(first, lo), pt(second, hi)];
          const p = projectPoints(all, [], settings(kind === "cagr" ? { method: "cagr" } : {}));
          const day = addDaysToDate(second, ahead);
          let v: number;
          try {
            v = p.valueAt(day).value;
          } catch (e) {
            // Fast compound growth overflows: the law has nothing to say there.
            expect(e).toMatchObject({ code: "out_of_range", path: "date" });
            return;
          }
          const r = p.dateReaching(v);
          if (r.date === null) expect(r.reason).toBe("after-calendar-end");
          else expect(r.date).toBe(day);
        },
      ),
      fcOptions(),
    );
  });

  it("points are period ends in order, after the origin, the last one on until", async () => {
    await fc.assert(
      law(
        start,
        fc.integer({ min: 1, max: 2000 }),
        fc.constantFrom("day", "week", "month", "quarter", "year" as const),
        (first, ahead, period) => {
          const origin = addDaysToDate(first, 31);
          const until = addDaysToDate(origin, ahead);
          const p = projectPoints([pt(first, 10), pt(origin, 20)], [], settings({ period, until }));
          const dates = p.points.map((q) => q.date);
          expect(dates.at(-1)).toBe(until);
          expect(dates.every((d, i) => d > (i === 0 ? origin : (dates[i - 1] as string)))).toBe(true);
          // Every value is the line through the two points: 20 + 10·months(origin, d)/months(first, origin).
          const span = monthPositionNumber(origin, "date") - monthPositionNumber(first, "date");
          for (const q of p.points)
            expect(q.value).toBeCloseTo(
              20 + (10 * (monthPositionNumber(q.date, "date") - monthPositionNumber(origin, "date"))) / span,
              6,
            );
        },
      ),
      fcOptions(),
    );
  });
});
