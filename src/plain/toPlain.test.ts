import { runInNewContext } from "node:vm";
import { Decimal as DecimalJs } from "decimal.js";
import { describe, expect, expectTypeOf, it } from "vitest";
import { thrown } from "../../test/support/errors.js";
import { assess } from "../assessment/assess.js";
import type { Assessment } from "../assessment/types.js";
import { Decimal } from "../decimal/index.js";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { requiredMonthlyRate } from "../progress/requiredMonthlyRate.js";
import { project } from "../projection/project.js";
import type { Projection } from "../projection/types.js";
import { type Plain, toPlain } from "./toPlain.js";

// 13 400 000 / 21 = 638 095.238095 238095… (21 × 638 095 = 13 399 995; 5/21 = 0.238095 repeating):
// the required monthly rate of 30 million by 2023-12-31 from 16.6 million on 2022-03-31.
const perMonth = () => new Decimal(13_400_000).div(21);
const umkm = {
  id: "umkm",
  baseline: { date: "2021-04-30", value: 11_700_000 },
  goal: { date: "2023-12-31", value: 30_000_000 },
};

describe("toPlain: rounding", () => {
  it.each([
    // [value, digits, expected]: the value's decimal digits rounded half-even by hand (a tie, a
    // 5 followed by nothing, goes to the even neighbour; anything above a tie goes up).
    [perMonth(), undefined, 638095.238095], // default 6: …238095|238… rounds down
    [perMonth(), 2, 638095.24], // …23|8… rounds up
    [perMonth(), 0, 638095], // …5.|2… rounds down
    [new Decimal("0.125"), 2, 0.12], // tie, 2 is even
    [new Decimal("0.135"), 2, 0.14], // tie, 3 is odd: up to 4
    [new Decimal("2.5"), 0, 2],
    [new Decimal("3.5"), 0, 4],
    [new Decimal("-2.5"), 0, -2],
    [new Decimal("0.1250000000000000000000000000001"), 2, 0.13], // above the tie
    [new Decimal("1e-30"), 20, 0],
    [new Decimal("123456789.123456789"), 20, 123456789.12345679], // the double nearest 123456789.123456789
    [new DecimalJs("2.675"), 2, 2.68], // a Decimal of the user's own decimal.js, tie: 7 is odd
    // Numbers are rounded on their shortest decimal form, String(n): "2.675", "1.005", "0.145"
    // are ties there, although the doubles themselves lie just below them (2.67499999…,
    // 1.00499999…, 0.14499999…), which is why (2.675).toFixed(2) is "2.67".
    [0.125, 2, 0.12],
    [0.135, 2, 0.14],
    [2.675, 2, 2.68],
    [1.005, 2, 1],
    [0.145, 2, 0.14],
    [1.115, 2, 1.12],
    [1 / 3, undefined, 0.333333],
    [-1 / 3, 4, -0.3333],
    [0.1 + 0.2, 2, 0.3],
    [0.7646048109965637, 2, 0.76],
    [Number.MIN_VALUE, 20, 0],
  ] as const)("%s with %s digits is %s", (value, digits, expected) => {
    expect(toPlain(value, digits === undefined ? {} : { digits })).toBe(expected);
  });

  it.each([
    // Integers (every number beyond 2^53 is one) come back as they are.
    [0],
    [3_700_000],
    [-42],
    [2 ** 53 + 2],
    [1e300],
    [Number.MAX_VALUE],
    [-Number.MAX_VALUE],
  ])("keeps the integer %s as it is", (n) => {
    expect(toPlain(n, { digits: 0 })).toBe(n);
  });

  it.each([
    // -0 has no JSON form (JSON writes 0): every zero comes out as +0.
    ["-0", -0],
    ["a negative number rounding to 0", -0.001],
    ["Decimal -0", new Decimal(-0)],
    ["a negative Decimal rounding to 0", new Decimal("-0.001")],
    ["Decimal -1e-9000000000000000", new DecimalJs("-1e-9000000000000000")],
  ])("%s comes out as +0", (_what, value) => {
    expect(Object.is(toPlain(value, { digits: 2 }), 0)).toBe(true);
  });

  it("keeps a Decimal of any magnitude a double holds", () => {
    expect(toPlain(new Decimal("1.7976931348623157e308"))).toBe(Number.MAX_VALUE);
    expect(toPlain(new Decimal("-1e308"))).toBe(-1e308);
    expect(toPlain(new Decimal("1e-1000"))).toBe(0);
  });
});

describe("toPlain: structure", () => {
  it("keeps strings, booleans and null, the keys and their order, and copies everything", () => {
    const input = {
      z: "2021-12-31",
      a: true,
      m: null,
      list: [1.5, "x", false, null, [new Decimal("0.5")]],
      nested: { d: new Decimal(1) },
    };
    const out = toPlain(input, { digits: 0 });
    expect(out).toEqual({ z: "2021-12-31", a: true, m: null, list: [2, "x", false, null, [0]], nested: { d: 1 } });
    expect(Object.keys(out)).toEqual(["z", "a", "m", "list", "nested"]);
    expect(out.nested).not.toBe(input.nested);
    expect(out.list).not.toBe(input.list);
  });

  it("leaves out what JSON leaves out: undefined and function fields, symbol keys, non-enumerable members", () => {
    const input: Record<PropertyKey, unknown> = {
      kept: 1,
      gone: undefined,
      fn: () => 1,
      sym: Symbol("s"),
      [Symbol("key")]: 2,
    };
    Object.defineProperty(input, "hidden", { value: 3, enumerable: false });
    expect(toPlain(input)).toEqual({ kept: 1 });
    expect(Object.keys(toPlain(input))).toEqual(["kept"]);
  });

  it("writes null for undefined, functions, symbols and holes in an array, as JSON does", () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    const input = [undefined, () => 1, Symbol("s"), , 1];
    expect(toPlain(input)).toEqual([null, null, null, null, 1]);
    expect(toPlain(input)).toEqual(JSON.parse(JSON.stringify(input)));
  });

  it("copies a shared object each time it appears (only a cycle is refused)", () => {
    const shared = { v: new Decimal("0.5") };
    expect(toPlain({ a: shared, b: [shared, shared] })).toEqual({ a: { v: 0.5 }, b: [{ v: 0.5 }, { v: 0.5 }] });
  });

  it("keeps an own __proto__ key a key, and pollutes nothing", () => {
    const input = JSON.parse('{"__proto__":{"polluted":1.25},"constructor":{"prototype":{"polluted":true}}}');
    const out = toPlain(input, { digits: 1 }) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, "__proto__")?.value).toEqual({ polluted: 1.2 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reads objects without a prototype and plain objects of another realm", () => {
    const bare = Object.assign(Object.create(null), { a: new Decimal("0.125") });
    expect(toPlain(bare, { digits: 2 })).toEqual({ a: 0.12 });
    expect(toPlain(runInNewContext("({ a: 0.135, b: [1.5] })"), { digits: 2 })).toEqual({ a: 0.14, b: [1.5] });
  });

  it("replaces a value that has toJSON by what it returns (a Date, the library's error)", () => {
    const error = new OnboardingTargetsError([
      { code: "invalid_date", path: "goal.date", message: "2021-02-30 is not a calendar date" },
    ]);
    expect(
      toPlain({ at: new Date(Date.UTC(2021, 11, 31)), error, rate: { toJSON: () => 0.125 } }, { digits: 2 }),
    ).toEqual({
      at: "2021-12-31T00:00:00.000Z",
      error: {
        name: "OnboardingTargetsError",
        code: "invalid_date",
        path: "goal.date",
        message: "goal.date: 2021-02-30 is not a calendar date",
        issues: [{ code: "invalid_date", path: "goal.date", message: "2021-02-30 is not a calendar date" }],
      },
      rate: 0.12,
    });
    // An Invalid Date's toJSON gives null, as in JSON.stringify: never an Invalid Date.
    expect(toPlain([new Date(Number.NaN)])).toEqual([null]);
  });

  it("never changes its input (deep-frozen here: a write would throw)", () => {
    const input = { a: [new Decimal("1.23456789"), 0.5], b: { c: -0 } };
    const freeze = (o: object): void => {
      Object.freeze(o);
      for (const v of Object.values(o)) if (typeof v === "object" && v !== null) freeze(v);
    };
    freeze(input);
    const before = JSON.stringify(input);
    expect(toPlain(input, { digits: 2 })).toEqual({ a: [1.23, 0.5], b: { c: 0 } });
    expect(JSON.stringify(input)).toBe(before);
    expect(input.a[0]).toBeInstanceOf(Decimal);
  });
});

describe("toPlain: the copy is ordinary data", () => {
  it("has writable, enumerable, configurable properties, as JSON.parse would give", () => {
    const out = toPlain({ a: 1, b: { c: 2 } }) as { a: number; b?: { c: number } };
    expect(Object.getOwnPropertyDescriptor(out, "a")).toEqual({
      value: 1,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    out.a = 3; // a module is strict code: this would throw on a read-only property
    delete out.b; // and this on a non-configurable one
    expect(out).toEqual({ a: 3 });
  });
});

describe("toPlain on the library's results", () => {
  const observations = [
    { date: "2021-12-31", value: 15_000_000 },
    { date: "2022-03-31", value: 16_600_000 },
  ];

  it("turns an assessment into JSON numbers, with 2 digits for a dashboard", () => {
    const result = assess(umkm, observations, { asOf: "2022-04-15" });
    const row = toPlain(result, { digits: 2 });
    // remaining 30 000 000 - 16 600 000 = 13 400 000 over the 21 months from 2022-03-31 to
    // 2023-12-31; attainment 16.6/30 = 0.5533…; the other measures as assess computes them,
    // rounded here to cents.
    expect(row.required).toEqual({
      state: "in-progress",
      remaining: 13_400_000,
      months: 21,
      perMonth: 638095.24,
      perMonthReason: null,
      compoundMonthlyGrowth: 0.03,
      compoundReason: null,
    });
    expect(row.attainment).toBe(0.55);
    expect(JSON.stringify(row)).toContain('"perMonth":638095.24');
    // Same keys, in the same order, at the top level; strings and dates untouched.
    expect(Object.keys(row)).toEqual(Object.keys(result));
    expect([row.targetId, row.asOf, row.status, row.summary]).toEqual([
      result.targetId,
      result.asOf,
      result.status,
      result.summary,
    ]);
    // Projected floats rounded too.
    expect(row.projection?.valueAtGoal).toBe(Number((result.projection?.valueAtGoal ?? 0).toFixed(2)));
  });

  it("drops a projection's valueAt and dateReaching (non-enumerable methods) and keeps its data", () => {
    const p = project(
      [
        { date: "2023-03-31", value: 900 },
        { date: "2023-06-30", value: 2000 },
        { date: "2023-09-30", value: 3000 },
      ],
      { method: "linear", until: "2024-12-31", baseline: { date: "2022-12-31", value: 0 } },
    );
    const plain = toPlain(p);
    expect(typeof p.valueAt).toBe("function");
    expect("valueAt" in plain || "dateReaching" in plain).toBe(false);
    expect(Object.keys(plain)).toEqual(Object.keys(p));
    expect(plain.points.length).toBe(p.points.length);
    expect(plain.points.at(-1)?.date).toBe("2024-12-31");
  });

  it("gives a required monthly rate's Decimals as numbers", () => {
    const need = toPlain(requiredMonthlyRate(umkm, { date: "2021-12-31", value: 15_000_000 }));
    // 15 million on 2021-12-31, 24 months to 2023-12-31: (30 - 15) million / 24 = 625 000 a month.
    expect([need.state, need.months, need.perMonth]).toEqual(["in-progress", 24, 625_000]);
  });

  it("types the result with Plain<T>: Decimal becomes number, methods are gone", () => {
    expectTypeOf<Plain<Assessment>["attainment"]>().toEqualTypeOf<number | null>();
    expectTypeOf<Plain<Assessment>["targetId"]>().toEqualTypeOf<string>();
    expectTypeOf<Plain<Projection>>().not.toHaveProperty("valueAt");
    expectTypeOf<Plain<Projection>>().toHaveProperty("points");
    expectTypeOf<
      Plain<{ a: Decimal; b?: Decimal; f: () => void; list: readonly (Decimal | undefined)[] }>
    >().toEqualTypeOf<{
      a: number;
      b?: number;
      list: (number | null)[];
    }>();
    expectTypeOf<Plain<{ at: Date }>>().toEqualTypeOf<{ at: string }>();
    expectTypeOf(toPlain(new Decimal(1))).toEqualTypeOf<number>();
    expectTypeOf(toPlain(1 as unknown)).toEqualTypeOf<unknown>();
  });
});

describe("toPlain: refusals, each with its path", () => {
  const cyclic = () => {
    const a: Record<string, unknown> = { list: [] };
    (a.list as unknown[]).push({ back: a });
    return a;
  };
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const deep = (levels: number) => {
    let v: unknown = 1;
    for (let i = 0; i < levels; i++) v = [v];
    return v;
  };

  it.each([
    // [what, value, code, path, message]
    ["NaN", { a: { b: [1, 2, Number.NaN] } }, "invalid_number", "a.b.2", "NaN has no JSON form"],
    ["Infinity", { x: Number.POSITIVE_INFINITY }, "invalid_number", "x", "Infinity has no JSON form"],
    ["-Infinity at the top", Number.NEGATIVE_INFINITY, "invalid_number", "", "-Infinity has no JSON form"],
    [
      "a Decimal NaN",
      { perMonth: new Decimal(Number.NaN) },
      "invalid_decimal",
      "perMonth",
      "NaN is not a finite decimal",
    ],
    [
      "a Decimal Infinity",
      [new DecimalJs(Number.POSITIVE_INFINITY)],
      "invalid_decimal",
      "0",
      "Infinity is not a finite decimal",
    ],
    [
      "a Decimal beyond a double",
      { v: new Decimal("1e309") },
      "out_of_range",
      "v",
      "1.000e+309 is too large for a JavaScript number",
    ],
    [
      "a Decimal just beyond a double",
      { v: new Decimal("1.8e308") },
      "out_of_range",
      "v",
      "1.800e+308 is too large for a JavaScript number",
    ],
    [
      "a Decimal of exponent 9e15",
      { v: new DecimalJs("-1e9000000000000000") },
      "out_of_range",
      "v",
      "-1.000e+9000000000000000 is too large for a JavaScript number",
    ],
    [
      "a Decimal look-alike",
      { v: { d: [1], e: 0, s: 1, toStringTag: "[object Decimal]" } },
      "invalid_decimal",
      "v",
      "a Decimal look-alike, not a decimal.js value",
    ],
    [
      "a bigint",
      { n: 10n },
      "invalid_type",
      "n",
      "a bigint has no JSON form; convert it to a number or a string first",
    ],
    [
      "a cycle",
      cyclic(),
      "invalid_type",
      "list.0.back",
      "refers back to an object that contains it (a cycle), which JSON cannot write",
    ],
    [
      "a Map",
      { m: new Map([["a", 1]]) },
      "invalid_type",
      "m",
      "expected plain data (a Decimal, number, string, boolean, null, array or plain object), got a Map",
    ],
    [
      "a Set",
      [new Set([1])],
      "invalid_type",
      "0",
      "expected plain data (a Decimal, number, string, boolean, null, array or plain object), got a Set",
    ],
    [
      "a Float64Array",
      { c: Float64Array.of(1) },
      "invalid_type",
      "c",
      "expected plain data (a Decimal, number, string, boolean, null, array or plain object), got a Float64Array",
    ],
    [
      "a Number object",
      { n: Object(1) },
      "invalid_type",
      "n",
      "expected plain data (a Decimal, number, string, boolean, null, array or plain object), got a Number",
    ],
    [
      "a class instance",
      { p: new (class Point {})() },
      "invalid_type",
      "p",
      "expected plain data (a Decimal, number, string, boolean, null, array or plain object), got an object that is not a plain object",
    ],
    [
      "a toJSON returning undefined",
      { t: { toJSON: () => undefined } },
      "invalid_type",
      "t",
      "its toJSON() returned undefined",
    ],
    ["undefined at the top", undefined, "invalid_type", "", "undefined has no JSON form"],
    ["a function at the top", () => 1, "invalid_type", "", "function has no JSON form"],
    [
      "nesting deeper than 1000 levels",
      deep(1001),
      "out_of_range",
      Array.from({ length: 1000 }, () => "0").join("."),
      "is nested deeper than 1000 levels",
    ],
  ])("%s", (_what, value, code, path, message) => {
    const error = thrown(() => toPlain(value));
    expect([error.code, error.path, error.message]).toEqual([
      code,
      path,
      path === "" ? message : `${path}: ${message}`,
    ]);
  });

  it("counts the depth of nesting, not the number of objects: 1500 objects side by side are 2 levels", () => {
    const wide = Array.from({ length: 1500 }, (_, i) => ({ i }));
    expect(toPlain(wide)).toEqual(wide);
  });

  it("reads 1000 levels of nesting", () => {
    expect(JSON.stringify(toPlain(deep(1000)))).toBe(`${"[".repeat(1000)}1${"]".repeat(1000)}`);
  });

  it("names where a getter throws, and refuses a revoked proxy", () => {
    const input = { a: [0, 0] as unknown[] };
    Object.defineProperty(input.a, 1, {
      get() {
        throw new Error("hostile getter");
      },
      enumerable: true,
    });
    expect(thrown(() => toPlain(input)).message).toBe("a.1: could not be read (hostile getter)");
    const error = thrown(() => toPlain({ p: revoked() }));
    expect([error.code, error.path]).toEqual(["invalid_type", "p"]);
  });

  it.each([
    // [options, code, path]: digits is an integer from 0 to 20
    [{ digits: -1 }, "out_of_range", "options.digits"],
    [{ digits: 21 }, "out_of_range", "options.digits"],
    [{ digits: 1.5 }, "invalid_number", "options.digits"],
    [{ digits: Number.NaN }, "invalid_number", "options.digits"],
    [{ digits: Number.POSITIVE_INFINITY }, "invalid_number", "options.digits"],
    [{ digits: "2" }, "invalid_number", "options.digits"],
    [{ digits: null }, "invalid_number", "options.digits"],
    [{ digit: 2 }, "unknown_key", "options.digit"],
    [null, "invalid_type", "options"],
    [[2], "invalid_type", "options"],
  ])("refuses options %j: %s at %s", (options, code, path) => {
    const error = thrown(() => toPlain(1, options as never));
    expect([error.code, error.path]).toEqual([code, path]);
  });

  it("says what digits must be", () => {
    expect(thrown(() => toPlain(1, { digits: 1.5 })).message).toBe(
      "options.digits: expected an integer from 0 to 20, got 1.5",
    );
    expect(thrown(() => toPlain(1, { digits: 21 })).message).toBe("options.digits: 21 is outside 0 to 20");
  });

  it("names what digits was when it is not a number", () => {
    expect(thrown(() => toPlain(1, { digits: "2" } as never)).message).toBe(
      "options.digits: expected an integer from 0 to 20, got string",
    );
    expect(thrown(() => toPlain(1, { digits: 1.5 })).message).toBe(
      "options.digits: expected an integer from 0 to 20, got 1.5",
    );
  });

  it.each([0, 20])("accepts digits %s", (digits) => {
    expect(toPlain(0.5, { digits })).toBe(digits === 0 ? 0 : 0.5); // 0.5 to 0 places: a tie, to even 0
  });
});
