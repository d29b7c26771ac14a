import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal/index.js";
import { attainment } from "./attainment.js";

describe("attainment", () => {
  it.each([
    // BBI, May 2021 report (methodology: the BBI figures): 3.7 million IKM on-boarded in 2020 against 2 million: 185 %.
    [3_700_000, 2_000_000, "1.85"],
    // The composite example: 3 000 of 10 000.
    [3000, 10_000, "0.3"],
    [0, 5, "0"],
    ["1", "3", "0.3333333333333333333333333333333333333333"],
    [new Decimal("2.5"), "0.5", "5"],
    ["1e-7", 1, "0.0000001"], // the library prints plain notation down to 1e-40
  ])("attainment(%s, %s) = %s", (actual, goal, expected) => {
    expect(attainment(actual, goal).toString()).toBe(expected);
  });

  it.each([
    [Number.NaN, 1, "invalid_decimal", "actual"],
    [1, Number.POSITIVE_INFINITY, "invalid_decimal", "goal"],
    ["3,7", 1, "invalid_decimal", "actual"],
    [-1, 1, "out_of_range", "actual"],
    [1, 0, "out_of_range", "goal"],
    [1, -2, "out_of_range", "goal"],
    [null, 1, "invalid_decimal", "actual"],
  ])("%# attainment(%s, %s) throws %s at %s", (actual, goal, code, path) => {
    expect(() => attainment(actual as never, goal as never)).toThrow(
      expect.objectContaining({ name: "OnboardingTargetsError", code, path }),
    );
  });
});

describe("attainment beyond the exponent range", () => {
  // decimal.js alone would divide 1e9000000000000000 by 1e-9000000000000000 into Infinity;
  // the decimal module refuses magnitudes beyond 10^±1000 at the boundary.
  it.each([
    ["1e9000000000000000", 1, "actual"],
    [1, "1e-9000000000000000", "goal"],
    ["1e1001", 1, "actual"],
  ])("attainment(%s, %s) throws out_of_range at %s", (actual, goal, path) => {
    expect(() => attainment(actual, goal)).toThrow(expect.objectContaining({ code: "out_of_range", path }));
  });
  it("accepts the bound itself: 1e1000 / 1e-1000 = 1e2000", () => {
    expect(attainment("1e1000", "1e-1000").toExponential()).toBe("1e+2000");
  });
});
