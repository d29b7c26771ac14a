import { describe, expect, it } from "vitest";
import type { CurveFit } from "../../numeric/index.js";
import { type CurveParameter, poorlyDetermined, SLOWED, slowing } from "./poorlyDetermined.js";

describe("slowing", () => {
  // Thirds of a 6-month span: months -6…-4, -4…-2, -2…0; rates read off the points by hand.
  const x = [-6, -4, -2, 0];
  it.each([
    ["rates 5, 5, 3.5 a month: 3.5 < 0.75 × 5", [0, 10, 20, 27], true],
    ["rates 5, 5, 4 a month: 4 ≥ 0.75 × 5 = 3.75", [0, 10, 20, 28], false],
    ["rates 2, 6, 4: the middle third is the faster one, 4 < 4.5", [0, 4, 16, 24], true],
    ["rates 2, 6, 5: 5 ≥ 4.5", [0, 4, 16, 26], false],
    ["a straight line: rates 5, 5, 5", [0, 10, 20, 30], false],
    ["accelerating: 1, 2, 4", [0, 2, 6, 14], false],
    ["falling, slowing: -5, -5, -3.5", [100, 90, 80, 73], true],
    ["falling at a steady pace", [100, 90, 80, 70], false],
  ])("%s: %s", (_label, y, expected) => {
    expect(SLOWED).toBe(0.75);
    expect(slowing({ x, y })).toBe(expected);
  });

  it("reads values between points off straight lines (thirds of 9 months from 4 uneven points)", () => {
    // Points at -9, -8, -1, 0 with 0, 10, 80, 82: at -6 the value is 30, at -3 it is 60 (on the
    // segment from -8 to -1, 10 a month). Rates: 10, 10, (82 - 60)/3 = 7.33 < 7.5: slowed.
    expect(slowing({ x: [-9, -8, -1, 0], y: [0, 10, 80, 82] })).toBe(true);
    // With 83 at the origin: 23/3 = 7.67 ≥ 7.5.
    expect(slowing({ x: [-9, -8, -1, 0], y: [0, 10, 80, 83] })).toBe(false);
  });

  it("a path without time between its ends has not slowed", () => {
    expect(slowing({ x: [0], y: [5] })).toBe(false);
    expect(slowing({ x: [0, 0], y: [5, 6] })).toBe(false);
  });
});

/** A curve fit with the given parts, everything else empty. */
function fitWith(parts: Partial<CurveFit>): CurveFit {
  return {
    sse: 1,
    residuals: 10,
    estimated: ["a", "b"],
    standardErrors: { a: 0.1, b: 0.1 },
    bounds: { a: [0, 10], b: [-1, 1] },
    onBound: {},
    solution: [],
    iterations: 1,
    converged: true,
    ...parts,
  };
}
const A: CurveParameter = { name: "a", words: "the level a", coordinate: "a", onBound: { upper: "nothing stops it" } };
const B: CurveParameter = { name: "b", words: "the place b", coordinate: "b", location: true };
const values = { a: 10, b: -0.5 };
// A straight line over 10 months: no slowing.
const line = { x: Array.from({ length: 11 }, (_, k) => k - 10), y: Array.from({ length: 11 }, (_, k) => 100 + 10 * k) };
// The same points levelling off: rates 10, 10, 1 a month over the thirds.
const levelling = { x: [-9, -6, -3, 0], y: [0, 30, 60, 63] };

describe("poorlyDetermined", () => {
  it("finds nothing in a well-determined fit", () => {
    expect(poorlyDetermined(fitWith({}), [A, B], values, line, undefined)).toEqual([]);
  });

  it("a parameter on a bound, with the bound shown when the coordinate is the parameter itself", () => {
    const issues = poorlyDetermined(fitWith({ onBound: { a: "upper", b: "lower" } }), [A, B], values, line, undefined);
    expect(issues).toEqual([
      {
        code: "poorly_determined",
        path: "parameters.a",
        message:
          "The level a, 10, is poorly determined: it sits on the upper end of its search range (10): nothing stops it.",
      },
      {
        code: "poorly_determined",
        path: "parameters.b",
        message:
          "The place b, -0.5, is poorly determined: it sits on the lower end of its search range (-1): the data do not pin it down.",
      },
    ]);
  });

  it("a bound marked null is no warning", () => {
    const quiet: CurveParameter = { ...A, onBound: { lower: null } };
    expect(poorlyDetermined(fitWith({ onBound: { a: "lower" } }), [quiet], values, line, undefined)).toEqual([]);
    expect(poorlyDetermined(fitWith({ onBound: { a: "upper" } }), [quiet], values, line, undefined)).toHaveLength(1);
  });

  it("a standard error above the value; for a location, above the span of the data (10 months)", () => {
    const fit = fitWith({ standardErrors: { a: 10.5, b: 9.9 } });
    expect(poorlyDetermined(fit, [A, B], values, line, undefined).map((i) => i.message)).toEqual([
      "The level a, 10, is poorly determined: its standard error, 10.5, exceeds its value.",
    ]);
    const located = fitWith({ standardErrors: { a: 9.9, b: 10.5 } });
    expect(poorlyDetermined(located, [A, B], values, line, undefined).map((i) => i.message)).toEqual([
      "The place b, -0.5, is poorly determined: its standard error, 10.5 months, exceeds the 10 months the data span.",
    ]);
  });

  it("no standard errors with residual degrees of freedom left: singular, every parameter named", () => {
    const fit = fitWith({ standardErrors: null });
    expect(poorlyDetermined(fit, [A, B], values, line, undefined).map((i) => i.path)).toEqual([
      "parameters.a",
      "parameters.b",
    ]);
    // Without degrees of freedom (m ≤ k) the standard errors are null for want of data, not a warning.
    expect(poorlyDetermined(fitWith({ standardErrors: null, residuals: 2 }), [A, B], values, line, undefined)).toEqual(
      [],
    );
  });

  it("the level of a rising curve on a path that has not slowed, with its ratio to what the path reached", () => {
    const level = { parameter: A, reached: 4, reachedWords: "the last value" };
    expect(poorlyDetermined(fitWith({}), [A, B], values, line, level)).toEqual([
      {
        code: "poorly_determined",
        path: "parameters.a",
        message:
          "The level a, 10, is poorly determined: the path has not slowed down, so this level (2.5 times the last value) comes from the curve's shape, not from any levelling off in the data.",
      },
    ]);
    expect(poorlyDetermined(fitWith({}), [A, B], values, levelling, level)).toEqual([]);
  });

  it("every reason that applies, in one warning per parameter", () => {
    const fit = fitWith({ onBound: { a: "upper" }, standardErrors: { a: 20, b: 0.1 } });
    const level = { parameter: A, reached: 4, reachedWords: "the last value" };
    const [issue, ...rest] = poorlyDetermined(fit, [A, B], values, line, level);
    expect(rest).toEqual([]);
    expect(issue?.message).toBe(
      "The level a, 10, is poorly determined: it sits on the upper end of its search range (10): nothing stops it; " +
        "its standard error, 20, exceeds its value; the path has not slowed down, so this level (2.5 times the last value) " +
        "comes from the curve's shape, not from any levelling off in the data.",
    );
  });
});
