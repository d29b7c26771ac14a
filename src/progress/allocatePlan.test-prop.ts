import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fcOptions, law } from "../../test/support/fc.js";
import type { Phasing, TargetInput } from "../model/types.js";
import { monthsIntersecting } from "../periods/targetMonths.js";
import { allocatePlan } from "./allocatePlan.js";
import { planToDate } from "./planToDate.js";

// Targets from 2021 on, of 1 to 1 500 days, any values, every phasing kind but milestones.
const targets = fc
  .record({
    vb: fc.integer({ min: 0, max: 1e9 }),
    vT: fc.integer({ min: 0, max: 1e9 }),
    startDay: fc.integer({ min: 0, max: 1000 }),
    length: fc.integer({ min: 1, max: 1500 }),
    kind: fc.constantFrom("linear", "seasonal", "monthly-weights"),
    weights: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 60, maxLength: 60 }),
  })
  .map(({ vb, vT, startDay, length, kind, weights }): TargetInput => {
    const b = dayOf(startDay);
    const g = dayOf(startDay + length);
    const count = monthsIntersecting(b, g).count;
    const w = weights.slice(0, kind === "seasonal" ? 12 : count);
    if (!w.some((x) => x > 0)) w[0] = 1;
    const phasing: Phasing =
      kind === "linear" ? { kind } : kind === "seasonal" ? { kind, profile: w } : { kind, weights: w };
    return {
      id: "x",
      direction: vT >= vb ? "increase" : "decrease",
      baseline: { date: b, value: vb },
      goal: { date: g, value: vT },
      phasing,
    };
  });

describe("allocatePlan laws", () => {
  it("the parts sum exactly to v_T - v_b, are whole, and each month is within 1 of its exact share", async () => {
    await fc.assert(
      law(targets, fc.constantFrom("month", "quarter", "year"), (target, period) => {
        let parts;
        try {
          parts = allocatePlan(target, { period });
        } catch (e) {
          // A seasonal profile may be 0 in every month of a short target: a documented error.
          expect(e).toMatchObject({ code: "invalid_weights" });
          return;
        }
        expect(parts.reduce((s, p) => s + p.planned, 0)).toBe(target.goal.value - target.baseline.value);
        expect(new Set(parts.map((p) => p.period)).size).toBe(parts.length);
        for (const p of parts) expect(Number.isSafeInteger(p.planned)).toBe(true);
        if (period !== "month") return;
        for (const p of parts) {
          // Exact share of month YYYY-MM: PV(end of the month) - PV(end of the month before); planToDate
          // is flat outside (baseline, goal], so this is the share of the part inside.
          const [y, m] = p.period.split("-").map(Number) as [number, number];
          const share = planToDate(target, monthEnd(y, m)).minus(planToDate(target, monthEnd(y, m - 1)));
          expect(share.minus(p.planned).abs().lt(1)).toBe(true);
        }
      }),
      fcOptions(),
    );
  });
});

function dayOf(n: number): string {
  return new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10);
}

function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
