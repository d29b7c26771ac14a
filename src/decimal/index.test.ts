import { Decimal as DecimalJs } from "decimal.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { thrown } from "../../test/support/errors.js";
import { DECIMAL_PRECISION, Decimal, describeType, isDecimal, toDecimal } from "./index.js";

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
  ])("toDecimalPlaces(%s, %d) = %s: the class rounds half-even by default", (value, places, expected) => {
    expect(new Decimal(value).toDecimalPlaces(places).toString()).toBe(expected);
  });

  it("rounds arithmetic results half-even at the 40th digit", () => {
    // 1 + 5e-40 has 41 significant digits; the tie rounds to the even 40th digit (0).
    expect(new Decimal(1).plus("5e-40").toFixed()).toBe("1");
    // 1 + 15e-40: 1.000…0015 -> …002 (40 digits: 1 followed by 38 zeros then 2).
    expect(new Decimal(1).plus("15e-40").toFixed()).toBe(`1.${"0".repeat(38)}2`);
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
    // [name, value, message]: the wording is the function's own contract (its TSDoc and the
    // template of each branch): numbers are shown with String(), strings quoted as written
    // (before trimming, at most 40 characters), other values by describeType.
    ["NaN", Number.NaN, "NaN is not a finite number"],
    ["Infinity", Number.POSITIVE_INFINITY, "Infinity is not a finite number"],
    ["-Infinity", Number.NEGATIVE_INFINITY, "-Infinity is not a finite number"],
    ["'NaN'", "NaN", '"NaN" is not a decimal number'],
    ["'Infinity'", "Infinity", '"Infinity" is not a decimal number'],
    ["''", "", '"" is not a decimal number'],
    ["'1,5'", "1,5", '"1,5" is not a decimal number'],
    ["'12abc'", "12abc", '"12abc" is not a decimal number'],
    ["' 12abc '", " 12abc ", '" 12abc " is not a decimal number'],
    ["'0x10'", "0x10", '"0x10" is not a decimal number'],
    ["Decimal NaN", new DecimalJs(Number.NaN), "NaN is not a finite decimal"],
    ["Decimal Infinity", new DecimalJs(Number.POSITIVE_INFINITY), "Infinity is not a finite decimal"],
    ["Decimal -Infinity", new Decimal(Number.NEGATIVE_INFINITY), "-Infinity is not a finite decimal"],
    ["null", null, "expected a number, decimal string or Decimal, got null"],
    ["undefined", undefined, "expected a number, decimal string or Decimal, got undefined"],
    ["a bigint", 10n, "expected a number, decimal string or Decimal, got bigint"],
    ["an object", { valueOf: (): number => 1 }, "expected a number, decimal string or Decimal, got an object"],
    ["an array", [1], "expected a number, decimal string or Decimal, got an array"],
    ["a boolean", true, "expected a number, decimal string or Decimal, got boolean"],
    ["a Number object", Object(5) as unknown, "expected a number, decimal string or Decimal, got an object"],
    ["a String object", Object("5") as unknown, "expected a number, decimal string or Decimal, got an object"],
    [
      "a Decimal look-alike",
      { toStringTag: "[object Decimal]", d: [1], e: 0, s: 1 },
      "expected a number, decimal string or Decimal, got an object",
    ],
  ] as const)("rejects %s with invalid_decimal at the path and says why", (_name, value, message) => {
    const error = thrown(() => toDecimal(value, "goal.value"));
    expect([error.code, error.path, error.message]).toEqual([
      "invalid_decimal",
      "goal.value",
      `goal.value: ${message}`,
    ]);
  });

  it("rejects a revoked proxy as an object (isDecimal and Array.isArray would throw on it)", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const error = thrown(() => toDecimal(proxy, "x"));
    expect([error.code, error.path, error.message]).toEqual([
      "invalid_decimal",
      "x",
      "x: expected a number, decimal string or Decimal, got an object",
    ]);
  });

  it("accepts strings of up to 1000 characters and no longer", () => {
    // "1" and 999 zeros is 10^999, inside the bound; "1" and 1000 zeros (10^1000, also inside the
    // bound) is refused for its length alone. The message quotes the first 40 characters.
    expect(toDecimal(`1${"0".repeat(999)}`, "x").eq(new Decimal(10).pow(999))).toBe(true);
    const error = thrown(() => toDecimal(`1${"0".repeat(1000)}`, "x"));
    expect([error.code, error.message]).toEqual(["invalid_decimal", `x: "1${"0".repeat(39)}" is not a decimal number`]);
  });

  it.each([
    // -0 in every form is plain 0: not negative, so that signs and "-0" never show up downstream
    [-0],
    ["-0"],
    ["-0.000"],
    ["-0e5"],
    [new Decimal(-0)],
    [new DecimalJs("-0")],
  ])("turns %s into an unsigned 0", (value) => {
    const d = toDecimal(value, "x");
    expect([d.isZero(), d.isNegative(), Object.is(d.toNumber(), 0)]).toEqual([true, false, true]);
  });
});

describe("describeType, the wording of a value's kind in messages", () => {
  it.each([
    // typeof, except the three cases typeof gets wrong for a reader: null ("object"), arrays
    // ("object") and NaN ("number"); other objects read "an object".
    ["null", null, "null"],
    ["[]", [], "an array"],
    ["a proxy of an array", new Proxy([1], {}), "an array"],
    ["NaN", Number.NaN, "NaN"],
    ["1.5", 1.5, "number"],
    ["Infinity", Number.POSITIVE_INFINITY, "number"],
    ["'NaN'", "NaN", "string"],
    ["true", true, "boolean"],
    ["undefined", undefined, "undefined"],
    ["1n", 1n, "bigint"],
    ["a symbol", Symbol("s"), "symbol"],
    ["a function", (): number => 1, "function"],
    ["{}", {}, "an object"],
    ["a Date", new Date(0), "an object"],
    ["a Decimal", new Decimal(1), "an object"],
  ] as const)("%s is %s", (_name, value, expected) => {
    expect(describeType(value)).toBe(expected);
  });

  it("a revoked proxy of an array is an object (Array.isArray throws on it)", () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(() => Array.isArray(proxy)).toThrow(TypeError);
    expect(describeType(proxy)).toBe("an object");
  });
});

describe("isDecimal", () => {
  it.each([
    ["a library Decimal", new Decimal(1), true],
    ["a global decimal.js instance", new DecimalJs(1), true],
    ["another clone's instance", new (DecimalJs.clone())(1), true],
    // decimal.js's own Decimal.isDecimal accepts this look-alike; the library does not
    ["an object tagged [object Decimal]", { toStringTag: "[object Decimal]" }, false],
    ["a number", 1, false],
    ["a decimal string", "1", false],
    ["null", null, false],
  ] as const)("%s -> %s", (_name, value, expected) => {
    expect(isDecimal(value)).toBe(expected);
  });

  it("is false (not a throw) for a revoked proxy, on which instanceof throws", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => proxy instanceof DecimalJs).toThrow(TypeError);
    expect(isDecimal(proxy)).toBe(false);
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
  it.each([
    // [value, message]: toExponential(3) of the value, e.g. 10^1001 = "1.000e+1001"
    ["1e1001", "1.000e+1001"],
    ["-1e1001", "-1.000e+1001"],
    ["1e-1001", "1.000e-1001"],
    ["2.5e-1001", "2.500e-1001"],
    ["1e9000000000000000", "1.000e+9000000000000000"],
    [new Decimal("1e-5000"), "1.000e-5000"],
    [new DecimalJs("-1.23456e2000"), "-1.235e+2000"],
    // exponents beyond decimal.js's own range (9e15) overflow to Infinity or underflow to 0
    // inside decimal.js: still a finite, non-zero value as written, so out_of_range too, quoted
    ["1e9000000000000001", '"1e9000000000000001"'],
    ["-5E99999999999999999999", '"-5E99999999999999999999"'],
    ["1e-9000000000000001", '"1e-9000000000000001"'],
    ["0.0001e-99999999999999999999", '"0.0001e-99999999999999999999"'],
  ] as const)("%s is out_of_range at the path", (v, shown) => {
    const error = thrown(() => toDecimal(v, "x.y"));
    expect([error.code, error.path, error.message]).toEqual([
      "out_of_range",
      "x.y",
      `x.y: ${shown} is beyond the magnitudes the library handles (10^±1000)`,
    ]);
  });
  it.each(["1e1000", "-1e1000", "1e-1000", "0e5000"])("%s is accepted", (v) => {
    expect(toDecimal(v, "x").isFinite()).toBe(true);
  });
  it.each(["0e-9000000000000001", "-0.000e99999999999999999999", "00e-99999999999999999999"])(
    "%s, a zero with any exponent, is 0",
    (v) => {
      expect(toDecimal(v, "x").toString()).toBe("0");
    },
  );
});
