import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../../test/support/fc.js";
import { readTarget } from "../../model/readTarget.js";
import { dayNumber, formatYMD, fromDayNumber } from "../../periods/calendarDate.js";
import { cumulativePath } from "../../path/core.js";
import { rollUp } from "./rollUp.js";

const START = dayNumber(2022, 12, 31);
const dateOf = (n: number) => {
  const r = fromDayNumber(START + n);
  return formatYMD(r.year, r.month, r.day);
};

// A child: its own baseline (day 0 to 200) and up to four observations (day 0 to 400), as
// cumulativePath builds it for assessProgramme.
const child = fc.record({
  baselineDay: fc.integer({ min: 0, max: 200 }),
  baselineValue: fc.nat({ max: 5000 }),
  observations: fc.uniqueArray(fc.record({ day: fc.integer({ min: 0, max: 400 }), value: fc.nat({ max: 20_000 }) }), {
    maxLength: 4,
    selector: (o) => o.day,
  }),
});
type Child = typeof child extends fc.Arbitrary<infer T> ? T : never;
const pathOf = (c: Child) =>
  cumulativePath(
    c.observations.map((o) => ({ date: dateOf(o.day), value: o.value, correction: true })),
    { baseline: { date: dateOf(c.baselineDay), value: c.baselineValue }, onDecrease: "warn", direction: "increase" },
  ).points;

/** The parent target: its baseline (7) on `day`, a goal of 100 000 on day 730. */
const parentFrom = (day: number) =>
  readTarget(
    { id: "all", baseline: { date: dateOf(day), value: 7 }, goal: { date: dateOf(730), value: 100_000 } },
    "target",
  );

describe("rollUp laws", () => {
  it("does not depend on the order of the children (up to the rounding of a float sum)", async () => {
    await fc.assert(
      law(fc.array(child, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 200 }), (children, parentDay) => {
        const parent = parentFrom(parentDay);
        const paths = children.map(pathOf);
        const forward = rollUp(parent, paths);
        const backward = rollUp(parent, [...paths].reverse());
        // Same dates, positions and origins; each value the same whole count, or off by one where
        // the float sum lands on a half in one order and not in the other.
        expect(backward.map((p) => [p.date, p.position, p.origin])).toEqual(
          forward.map((p) => [p.date, p.position, p.origin]),
        );
        backward.forEach((p, i) => expect(Math.abs(p.value - (forward[i]?.value as number))).toBeLessThanOrEqual(1));
      }),
      fcOptions(),
    );
  });

  it("has one point per date of the union of the children's dates and the parent's baseline date, in order", async () => {
    await fc.assert(
      law(fc.array(child, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 200 }), (children, parentDay) => {
        const parent = parentFrom(parentDay);
        const paths = children.map(pathOf);
        const points = rollUp(parent, paths);
        const dates = [...new Set([...paths.flatMap((p) => p.map((q) => q.date)), parent.baseline.date])].sort();
        expect(points.map((p) => p.date)).toEqual(dates);
        // A date is an observation exactly when some child observed on it.
        const observed = new Set(paths.flatMap((p) => p.filter((q) => q.origin === "observation").map((q) => q.date)));
        expect(points.map((p) => p.origin === "observation")).toEqual(dates.map((d) => observed.has(d)));
        // Every value is a whole count.
        for (const p of points) expect(Number.isInteger(p.value)).toBe(true);
      }),
      fcOptions(),
    );
  });
});
