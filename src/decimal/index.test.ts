import DecimalJs from "decimal.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { DECIMAL_PRECISION, Decimal, ONE, ZERO, roundTo, toDecimal } from "./index.js";

describe("the library Decimal", () => {
  it("carries at least 34 significant digits (IEEE 754 decimal128)", () => {
    expect(DECIMAL_PRECISION).toBeGreaterThanOrEqual(34);
    expect(Decimal.precision).toBe(DECIMAL_PRECISION);
    // 1/3 to 40 digits, by long division.
    expect(new Decimal(1).div(3).toString()).toBe(`0.${"3".repeat(40)}`);
    // 2/3 rounds its 40th digit: ...6667.
    expect(new Decimal(2).div(3).toString()).toBe(`0.${"6".repeat(39)}7`);
  });

  it.each([
    // half-even: ties go to the even neighbour (IEEE 754 roundTiesToEven)
    ["0.5", 0, "0"],
    ["1.5", 0, "2"],
    ["2.5", 0, "2"],
    ["3.5", 0, "4"],
    ["-2.5", 0, "-2"],
    ["2.51", 0, "3"],
    ["0.125", 2, "0.12"],
    ["0.135", 2, "0.14"],
  ])("roundTo(%s, %d) = %s (half-even)", (value, places, expected) => {
    expect(roundTo(new Decimal(value), places).toString()).toBe(expected);
  });

  it("rounds arithmetic results half-even at the 40th digit", () => {
    // 1 + 5e-40 has 41 significant digits; the tie rounds to the even 40th digit (0).
    expect(new Decimal(1).plus("5e-40").toFixed()).toBe("1");
    // 1 + 15e-40: 1.000…0015 -> …002 (40 digits: 1 followed by 38 zeros then 2).
    expect(new Decimal(1).plus("15e-40").toFixed()).toBe(`1.${"0".repeat(38)}2`);
  });

  it("shares exact constants", () => {
    expect([ZERO.toString(), ONE.toString()]).toEqual(["0", "1"]);
  });
});

describe("toDecimal, the boundary", () => {
  it.each([
    [3_700_000, "3700000"],
    [0.1, "0.1"],
    ["1234.5", "1234.5"],
    [" 42 ", "42"],
    ["1e-7", "0.0000001"],
    ["-0", "0"],
    [-0, "0"],
    [new DecimalJs("2.5"), "2.5"],
    [new Decimal("1e-40"), "1e-40"],
  ] as const)("accepts %s", (value, expected) => {
    const d = toDecimal(value, "x");
    expect(d).toBeInstanceOf(Decimal);
    expect(d.toString()).toBe(expected);
  });

  it("turns a decimal from the global decimal.js into a library Decimal", () => {
    expect(toDecimal(new DecimalJs(1), "x").constructor).toBe(Decimal);
    expect(toDecimal(new DecimalJs(1), "x").div(3).toString()).toBe(`0.${"3".repeat(40)}`);
  });

  it.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
    ["'NaN'", "NaN"],
    ["'Infinity'", "Infinity"],
    ["''", ""],
    ["'1,5'", "1,5"],
    ["'12abc'", "12abc"],
    ["'0x10'", "0x10"],
    ["Decimal NaN", new DecimalJs(Number.NaN)],
    ["Decimal Infinity", new DecimalJs(Number.POSITIVE_INFINITY)],
    ["null", null],
    ["undefined", undefined],
    ["a bigint", 10n],
    ["an object", { valueOf: (): number => 1 }],
    ["an array", [1]],
    ["a boolean", true],
  ] as const)("rejects %s with invalid_decimal at the path", (_name, value) => {
    let error: unknown;
    try {
      toDecimal(value, "goal.value");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OnboardingTargetsError);
    expect([(error as OnboardingTargetsError).code, (error as OnboardingTargetsError).path]).toEqual(["invalid_decimal", "goal.value"]);
  });
});

describe("the user's global decimal.js configuration", () => {
  let saved: { precision: number; rounding: DecimalJs.Rounding; toExpNeg: number };
  beforeEach(() => {
    saved = { precision: DecimalJs.precision, rounding: DecimalJs.rounding, toExpNeg: DecimalJs.toExpNeg };
  });
  afterEach(() => {
    DecimalJs.set(saved);
  });

  it("is untouched by the library, which keeps its own settings", () => {
    // decimal.js defaults: precision 20, ROUND_HALF_UP; importing the library changed neither.
    expect(DecimalJs.precision).toBe(20);
    expect(DecimalJs.rounding).toBe(DecimalJs.ROUND_HALF_UP);
    expect(Decimal).not.toBe(DecimalJs);
  });

  it("does not leak into the library when the user changes it, nor the other way round", () => {
    DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN });
    // The user's global now computes with 5 digits ...
    expect(new DecimalJs(1).div(3).toString()).toBe("0.33333");
    expect(new DecimalJs(2).div(3).toString()).toBe("0.66666");
    // ... the library still with 40, half-even.
    expect(new Decimal(2).div(3).toString()).toBe(`0.${"6".repeat(39)}7`);
    expect(toDecimal(new DecimalJs("2.5"), "x").toDecimalPlaces(0).toString()).toBe("2");
    expect(toDecimal(3_700_000, "a").div(toDecimal(2_000_000, "g")).toString()).toBe("1.85");
    // And using the library left the user's settings as they set them.
    expect(DecimalJs.precision).toBe(5);
    expect(DecimalJs.rounding).toBe(DecimalJs.ROUND_DOWN);
    expect(Decimal.precision).toBe(40);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_EVEN);
  });
});

describe("toDecimal: magnitude bound 10^±1000", () => {
  // Beyond the bound decimal.js still holds the value, but printing it in plain notation takes
  // up to 9e15 characters and ratios of two such values overflow to Infinity.
  it.each(["1e1001", "-1e1001", "1e-1001", "1e9000000000000000", new Decimal("1e-5000")])("%s is out_of_range at the path", (v) => {
    expect(() => toDecimal(v, "x.y")).toThrow(expect.objectContaining({ code: "out_of_range", path: "x.y" }));
  });
  it.each(["1e1000", "-1e1000", "1e-1000", "0e5000"])("%s is accepted", (v) => {
    expect(toDecimal(v, "x").isFinite()).toBe(true);
  });
});
