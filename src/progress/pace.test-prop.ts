import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fcOptions, law } from "../../test/support/fc.js";
import { Decimal } from "../decimal/index.js";
import type { TargetInput } from "../model/types.js";
import { monthsBetween } from "../periods/monthsBetween.js";
import { pace } from "./pace.js";

describe("pace laws", () => {
  it("law (linear plan, inside the span): ratio × elapsed = ES and ES = progress × total", async () => {
    await fc.assert(
      law(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 1, max: 700 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (goal, days, at, share) => {
          const b = "2021-12-31";
          const target: TargetInput = {
            id: "x",
            baseline: { date: b, value: 0 },
            goal: { date: dayOf(days), value: goal },
          };
          const date = dayOf(Math.max(1, Math.floor(days * at)));
          const value = Math.floor(goal * share);
          const p = pace(target, { date, value });
          const es = p.earnedSchedule;
          const rel = (x: Decimal, y: Decimal) => x.minus(y).abs().lte(Decimal.max(1, y.abs()).times("1e-30"));
          expect(rel((p.ratio as Decimal).times(es.elapsedMonths), es.earnedMonths as Decimal)).toBe(true);
          const total = monthsBetween(b, dayOf(days));
          expect(rel(total.times(value).div(goal), es.earnedMonths as Decimal)).toBe(true);
          expect(JSON.stringify(p)).not.toMatch(/NaN|Infinity/);
        },
      ),
      fcOptions(),
    );
  });
});

function dayOf(n: number): string {
  return new Date(Date.UTC(2021, 11, 31 + n)).toISOString().slice(0, 10);
}
