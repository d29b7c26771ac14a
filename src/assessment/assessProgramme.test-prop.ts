import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../test/support/fc.js";
import { Decimal } from "../decimal/index.js";
import { dayNumber, formatYMD, fromDayNumber } from "../periods/calendarDate.js";
import { assessProgramme } from "./assessProgramme.js";

const START = dayNumber(2022, 12, 31);
const dateOf = (n: number) => {
  const r = fromDayNumber(START + n);
  return formatYMD(r.year, r.month, r.day);
};
const strip = (a: object) =>
  JSON.parse(
    JSON.stringify({
      ...a,
      basis: undefined,
      parentId: undefined,
      childIds: undefined,
      targetId: undefined,
      explanation: undefined,
      summary: undefined,
    }),
  );

describe("assessProgramme laws", () => {
  it("a parent with one child of the same baseline and goal is assessed like the child", async () => {
    await fc.assert(
      law(
        fc.array(fc.record({ day: fc.integer({ min: 1, max: 700 }), value: fc.nat({ max: 20_000 }) }), {
          maxLength: 8,
        }),
        fc.nat({ max: 20_000 }),
        fc.integer({ min: 0, max: 800 }),
        (raw, goal, asOfDay) => {
          const observations = [
            ...new Map(raw.map((o) => [o.day, { date: dateOf(o.day), value: o.value, correction: true }])).values(),
          ];
          // A goal below the baseline 100 is a decrease target (an increase one would be refused).
          const direction = goal < 100 ? ("decrease" as const) : ("increase" as const);
          const span = {
            direction,
            baseline: { date: dateOf(0), value: 100 },
            goal: { date: dateOf(730), value: goal },
          };
          const r = assessProgramme(
            {
              id: "p",
              targets: [
                { id: "parent", ...span },
                { id: "child", parentId: "parent", ...span },
              ],
              observations: { child: observations },
            },
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

  it("the parent's current value is the sum of its children's at their common dates", async () => {
    await fc.assert(
      law(fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 6 }), (values) => {
        const targets = [
          { id: "all", baseline: { date: dateOf(0), value: 0 }, goal: { date: dateOf(730), value: 100_000 } },
        ];
        const observations: Record<string, { date: string; value: number }[]> = {};
        values.forEach((v, i) => {
          targets.push({
            id: `c${i}`,
            parentId: "all",
            baseline: { date: dateOf(0), value: 0 },
            goal: { date: dateOf(730), value: 10_000 },
          } as (typeof targets)[number]);
          observations[`c${i}`] = [{ date: dateOf(300), value: v }];
        });
        const r = assessProgramme({ id: "p", targets, observations }, { asOf: dateOf(400) });
        expect(r.assessments[0]?.current).toEqual({ date: dateOf(300), value: values.reduce((a, b) => a + b, 0) });
      }),
      fcOptions(),
    );
  });

  it("lagging holds exactly the targets behind their plan, largest shortfall first, ties by id", async () => {
    // The rule of LaggingTarget (types.ts): shortfall = d·(PV(t) - v_t) > 0 at the latest value, not
    // achieved; share = shortfall / |PV(t) - v_b|, null while the plan has not moved; order by
    // shortfall descending, then id. Observations fall on a few quarter ends (days 90, 181, 273, 365,
    // 546 after 2022-12-31) with values in steps of 250, so that equal shortfalls are frequent.
    const target = fc.record({
      direction: fc.constantFrom("increase", "decrease") as fc.Arbitrary<"increase" | "decrease">,
      observations: fc.uniqueArray(
        fc.record({
          day: fc.constantFrom(90, 181, 273, 365, 546),
          value: fc.integer({ min: 0, max: 8 }).map((k) => 250 * k),
        }),
        { minLength: 1, maxLength: 2, selector: (o) => o.day },
      ),
    });
    await fc.assert(
      law(
        fc.shuffledSubarray(["a", "b", "c", "d", "e", "f", "g"], { minLength: 1 }),
        fc.array(target, { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 90, max: 800 }),
        (ids, specs, asOfDay) => {
          const targets = ids.map((id, i) => {
            const direction = (specs[i] as (typeof specs)[number]).direction;
            return {
              id,
              direction,
              baseline: { date: dateOf(0), value: 1000 },
              goal: { date: dateOf(730), value: direction === "increase" ? 1800 : 200 },
            };
          });
          const observations = Object.fromEntries(
            ids.map((id, i) => [
              id,
              (specs[i] as (typeof specs)[number]).observations.map((o) => ({
                date: dateOf(o.day),
                value: o.value,
                correction: true,
              })),
            ]),
          );
          const r = assessProgramme({ id: "p", targets, observations }, { asOf: dateOf(asOfDay) });

          const expected = r.assessments.flatMap((a, i) => {
            if (a.current === null || a.planToDate === null || a.status === "achieved") return [];
            const d = targets[i]?.direction === "increase" ? 1 : -1;
            const shortfall = a.planToDate.minus(a.current.value).times(d);
            return shortfall.gt(0) ? [{ id: a.targetId, shortfall, planned: a.planToDate.minus(1000).abs() }] : [];
          });
          expect(r.lagging.map((l) => l.targetId).sort()).toEqual(expected.map((e) => e.id).sort());
          for (const l of r.lagging) {
            const e = expected.find((x) => x.id === l.targetId);
            expect(l.shortfall.eq(e?.shortfall as Decimal)).toBe(true);
            expect(l.shortfallShare === null ? null : l.shortfallShare.toString()).toEqual(
              e?.planned.isZero() ? null : (e?.shortfall as Decimal).div(e?.planned as Decimal).toString(),
            );
          }
          for (let i = 1; i < r.lagging.length; i++) {
            const [x, y] = [r.lagging[i - 1], r.lagging[i]] as [(typeof r.lagging)[number], (typeof r.lagging)[number]];
            expect(x.shortfall.gt(y.shortfall) || (x.shortfall.eq(y.shortfall) && x.targetId < y.targetId)).toBe(true);
          }
        },
      ),
      fcOptions(),
    );
  });
});
