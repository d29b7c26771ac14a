import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fcOptions } from "../../test/support/fc.js";
import type { TargetInput } from "../model/types.js";
import { allocatePlan } from "./allocatePlan.js";

describe("allocatePlan laws", () => {
  it("law: the parts sum exactly to v_T - v_b and each is within 1 of its exact share's floor", () => {
    const phasing = fc.oneof(
      fc.constant({ kind: "linear" as const }),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }).filter((w) => w.some((x) => x > 0)).map((profile) => ({ kind: "seasonal" as const, profile })),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 1500 }),
        phasing,
        fc.constantFrom("month", "quarter", "year"),
        (vb, vT, startDay, length, ph, period) => {
          const b = dayOf(startDay);
          const g = dayOf(startDay + length);
          const target: TargetInput = { id: "x", direction: vT >= vb ? "increase" : "decrease", baseline: { date: b, value: vb }, goal: { date: g, value: vT }, phasing: ph };
          let parts;
          try {
            parts = allocatePlan(target, { period });
          } catch (e) {
            // A seasonal profile may be 0 in every month of a short target: that is a documented error.
            expect(e).toMatchObject({ code: "invalid_weights" });
            return;
          }
          expect(parts.reduce((s, p) => s + p.planned, 0)).toBe(vT - vb);
          expect(new Set(parts.map((p) => p.period)).size).toBe(parts.length);
          for (const p of parts) expect(Number.isSafeInteger(p.planned)).toBe(true);
        },
      ),
      fcOptions(),
    );
  });
});

function dayOf(n: number): string {
  return new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10);
}
