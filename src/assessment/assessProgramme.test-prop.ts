import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions } from "../../test/support/fc.js";
import { dayNumber, formatYMD, fromDayNumber } from "../periods/calendarDate.js";
import { assessProgramme } from "./assessProgramme.js";

const START = dayNumber(2022, 12, 31);
const dateOf = (n: number) => {
  const r = fromDayNumber(START + n);
  return formatYMD(r.year, r.month, r.day);
};
const strip = (a: object) => JSON.parse(JSON.stringify({ ...a, basis: undefined, parentId: undefined, childIds: undefined, targetId: undefined, explanation: undefined, summary: undefined }));

describe("assessProgramme laws", () => {
  it("a parent with one child of the same baseline and goal is assessed like the child", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 1, max: 700 }), value: fc.nat({ max: 20_000 }) }), { maxLength: 8 }),
        fc.nat({ max: 20_000 }),
        fc.integer({ min: 0, max: 800 }),
        (raw, goal, asOfDay) => {
          const observations = [...new Map(raw.map((o) => [o.day, { date: dateOf(o.day), value: o.value, correction: true }])).values()];
          const span = { baseline: { date: dateOf(0), value: 100 }, goal: { date: dateOf(730), value: goal } };
          const r = assessProgramme(
            { id: "p", targets: [{ id: "parent", ...span }, { id: "child", parentId: "parent", ...span }], observations: { child: observations } },
            { asOf: dateOf(asOfDay) },
          );
          const [parent, child] = r.assessments;
          // Warnings differ by design: a roll-up reports none of its own.
          expect({ ...strip(parent as object), warnings: [] }).toEqual({ ...strip(child as object), warnings: [] });
        },
      ),
      fcOptions(),
    );
  });

  it("the parent's current value is the sum of its children's at their common dates", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 6 }), (values) => {
        const targets = [{ id: "all", baseline: { date: dateOf(0), value: 0 }, goal: { date: dateOf(730), value: 100_000 } }];
        const observations: Record<string, { date: string; value: number }[]> = {};
        values.forEach((v, i) => {
          targets.push({ id: `c${i}`, parentId: "all", baseline: { date: dateOf(0), value: 0 }, goal: { date: dateOf(730), value: 10_000 } } as (typeof targets)[number]);
          observations[`c${i}`] = [{ date: dateOf(300), value: v }];
        });
        const r = assessProgramme({ id: "p", targets, observations }, { asOf: dateOf(400) });
        expect(r.assessments[0]?.current).toEqual({ date: dateOf(300), value: values.reduce((a, b) => a + b, 0) });
      }),
      fcOptions(),
    );
  });
});
