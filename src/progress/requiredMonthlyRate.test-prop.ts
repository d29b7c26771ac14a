import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fcOptions, law } from "../../test/support/fc.js";
import { Decimal } from "../decimal/index.js";
import type { TargetInput } from "../model/types.js";
import { requiredMonthlyRate } from "./requiredMonthlyRate.js";

describe("requiredMonthlyRate laws", () => {
  it("law: perMonth × months = remaining (relative error < 1e-30, the 40-digit decimal precision) and nothing is negative", async () => {
    await fc.assert(
      law(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 1, max: 1e12 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 3000 }),
        (vt, goal, day, ahead) => {
          const date = dayOf(day);
          const target: TargetInput = {
            id: "x",
            baseline: { date: "2019-12-31", value: 0 },
            goal: { date: dayOf(day + ahead), value: goal },
          };
          const r = requiredMonthlyRate(target, { date, value: vt });
          expect(r.remaining.isNegative()).toBe(false);
          if (r.state === "achieved") {
            expect(r.remaining.isZero()).toBe(true);
            return;
          }
          expect(r.state).toBe("in-progress");
          const perMonth = r.perMonth as Decimal;
          expect(perMonth.isPositive()).toBe(true);
          const product = perMonth.times(r.months);
          expect(product.minus(r.remaining).abs().div(r.remaining).lt("1e-30")).toBe(true);
          if (r.compoundMonthlyGrowth !== null) {
            // (1 + g)^months × v_t = v_T, to the same relative precision.
            const back = r.compoundMonthlyGrowth.plus(1).pow(r.months).times(vt);
            expect(back.minus(goal).abs().div(goal).lt("1e-30")).toBe(true);
          }
        },
      ),
      fcOptions(),
    );
  });
});

function dayOf(n: number): string {
  return new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
}
