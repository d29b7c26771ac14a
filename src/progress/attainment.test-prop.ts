import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fcOptions, law } from "../../test/support/fc.js";
import { Decimal } from "../decimal/index.js";
import { attainment } from "./attainment.js";

describe("attainment laws", () => {
  it("law: attainment × goal = actual (relative error below 1e-30)", async () => {
    await fc.assert(
      law(fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (a, g) => {
        const back = attainment(a, g).times(g);
        expect(back.minus(a).abs().lte(Decimal.max(1, a).times("1e-30"))).toBe(true);
      }),
      fcOptions(),
    );
  });
});
