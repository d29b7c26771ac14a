import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fcOptions, law } from "../../test/support/fc.js";
import type { TargetInput } from "../model/types.js";
import { planToDate } from "./planToDate.js";

describe("planToDate laws", () => {
  it("laws: with non-negative weights the plan never moves against the goal and stays between baseline and goal", async () => {
    await fc.assert(
      law(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 12, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 364 }),
        fc.integer({ min: 1, max: 364 }),
        (weights, goal, d1, d2) => {
          const target: TargetInput = {
            id: "p",
            baseline: { date: "2022-12-31", value: 0 },
            goal: { date: "2023-12-31", value: goal },
            phasing: { kind: "monthly-weights", weights },
          };
          const [a, b] = [Math.min(d1, d2), Math.max(d1, d2)];
          const pa = planToDate(target, dayOf2023(a));
          const pb = planToDate(target, dayOf2023(b));
          expect(pa.lte(pb)).toBe(true);
          expect(pa.gte(0) && pb.lte(goal)).toBe(true);
        },
      ),
      fcOptions(),
    );
  });
});

function dayOf2023(n: number): string {
  return new Date(Date.UTC(2023, 0, n)).toISOString().slice(0, 10);
}
