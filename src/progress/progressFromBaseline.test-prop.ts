import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fcOptions, law } from "../../test/support/fc.js";
import { Decimal } from "../decimal/index.js";
import type { TargetInput } from "../model/types.js";
import { progressFromBaseline } from "./progressFromBaseline.js";

describe("progressFromBaseline laws", () => {
  it("law: 0 at the baseline, 1 at the goal, linear in between, never NaN", async () => {
    await fc.assert(
      law(fc.nat({ max: 1e12 }), fc.nat({ max: 1e12 }), fc.nat({ max: 1e12 }), (vb, vT, v) => {
        const target: TargetInput = {
          id: "x",
          direction: vT >= vb ? "increase" : "decrease",
          baseline: { date: "2020-01-01", value: vb },
          goal: { date: "2021-01-01", value: vT },
        };
        const p = progressFromBaseline(target, v);
        expect(p.isFinite()).toBe(true);
        expect(progressFromBaseline(target, vT).toString()).toBe("1");
        if (vb !== vT) {
          expect(progressFromBaseline(target, vb).toString()).toBe("0");
          // v = v_b + p (v_T - v_b), to 40 digits.
          const back = new Decimal(vb).plus(p.times(vT - vb));
          expect(back.minus(v).abs().lte(new Decimal("1e-25"))).toBe(true);
        }
      }),
      fcOptions(),
    );
  });
});
