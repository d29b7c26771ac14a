// How a library Decimal prints in Node (util.inspect, so console.log, console.table, the REPL and
// tslab), and that the custom printing stays on the library's own class: the user's decimal.js
// class, which the library cloned, prints and behaves as before.
import { createRequire } from "node:module";
import { Console } from "node:console";
import { Writable } from "node:stream";
import { inspect } from "node:util";
import { Decimal as DecimalJs } from "decimal.js";
import { describe, expect, it } from "vitest";
import { Decimal, INSPECT_DIGITS, inspectDigits, toDecimal } from "./index.js";

// 13 400 000 / 21 = 638 095.238095 238095… (long division: 21 × 638 095 = 13 399 995, and
// 5/21 = 0.238095 repeating): 30 million by 2023-12-31 from 16.6 million on 2022-03-31.
const perMonth = () => new Decimal(13_400_000).div(21);

describe("util.inspect of a library Decimal", () => {
  it("shows at most 12 significant digits", () => {
    expect(INSPECT_DIGITS).toBe(12);
  });

  it.each([
    // [what, value, shown]: the digits are the value's own (toString), cut toward zero after the
    // 12th significant digit, never before the last integer digit; "…" marks a cut.
    ["a long quotient", perMonth(), "Decimal(638095.238095…)"],
    ["its negative", perMonth().neg(), "Decimal(-638095.238095…)"],
    ["1/3 (40 threes)", new Decimal(1).div(3), "Decimal(0.333333333333…)"],
    ["2/3, cut and not rounded (40th digit 7)", new Decimal(2).div(3), "Decimal(0.666666666666…)"],
    ["leading zeros do not count", new Decimal(1).div(3000), "Decimal(0.000333333333333…)"],
    ["a short value, whole", new Decimal("1.85"), "Decimal(1.85)"],
    ["exactly 12 digits, whole", new Decimal("123456.789012"), "Decimal(123456.789012)"],
    ["13 digits, cut", new Decimal("123456.7890123"), "Decimal(123456.789012…)"],
    [
      "an integer of 30 digits, whole",
      new Decimal("123456789012345678901234567890"),
      "Decimal(123456789012345678901234567890)",
    ],
    ["an integer part of 16 digits keeps them all", new Decimal("1234567890123456.789"), "Decimal(1234567890123456…)"],
    ["trailing integer zeros are not cut", new Decimal("30000000"), "Decimal(30000000)"],
    ["zero", new Decimal(0), "Decimal(0)"],
    [
      "beyond 10^-40, in exponent notation, the mark before the exponent",
      new Decimal("1.23456789012345e-45"),
      "Decimal(1.23456789012…e-45)",
    ],
    ["beyond 10^40, whole", new Decimal("1.5e50"), "Decimal(1.5e+50)"],
    ["NaN", new Decimal(Number.NaN), "Decimal(NaN)"],
    ["-Infinity", new Decimal(Number.NEGATIVE_INFINITY), "Decimal(-Infinity)"],
  ])("%s", (_what, value, shown) => {
    expect(inspect(value)).toBe(shown);
  });

  it("shows values inside objects and arrays the same way", () => {
    expect(inspect({ perMonth: perMonth(), list: [new Decimal(1), null] })).toBe(
      "{ perMonth: Decimal(638095.238095…), list: [ Decimal(1), null ] }",
    );
  });

  it("colours the digits as a number when colours are on", () => {
    // \x1b[33m … \x1b[39m: util.inspect's style for numbers (yellow).
    expect(inspect(new Decimal("1.85"), { colors: true })).toBe("Decimal(\x1b[33m1.85\x1b[39m)");
  });

  it("prints through console.log and console.table", () => {
    let out = "";
    const sink = new Writable({
      write(chunk, _encoding, done) {
        out += String(chunk);
        done();
      },
    });
    const console = new Console({ stdout: sink, colorMode: false });
    console.log(perMonth());
    console.table([{ target: "jawa-barat", perMonth: perMonth() }]);
    const lines = out.split("\n");
    expect(lines[0]).toBe("Decimal(638095.238095…)");
    expect(lines.some((l) => /│ 0 +│ 'jawa-barat' │ Decimal\(638095\.238095…\) │/.test(l))).toBe(true);
  });

  it("keeps the full value in String(), toString() and JSON", () => {
    const full = "638095.2380952380952380952380952380952381"; // 40 significant digits, half-even
    expect([String(perMonth()), perMonth().toString(), JSON.stringify({ d: perMonth() })]).toEqual([
      full,
      full,
      `{"d":"${full}"}`,
    ]);
  });

  it("inspectDigits is the text inside the parentheses", () => {
    expect(inspectDigits(perMonth())).toBe("638095.238095…");
  });
});

describe("the library's own prototype", () => {
  it("inherits from decimal.js's: instances are decimal.js instances", () => {
    const d = perMonth();
    expect(d).toBeInstanceOf(DecimalJs);
    expect(d).toBeInstanceOf(Decimal);
    expect(DecimalJs.isDecimal(d)).toBe(true);
    expect(Object.getPrototypeOf(Decimal.prototype)).toBe(DecimalJs.prototype);
    expect(Object.getPrototypeOf(d)).toBe(Decimal.prototype);
    expect(Object.prototype.toString.call(d)).toBe("[object Decimal]");
  });

  it("is the prototype of arithmetic results, which decimal.js builds through x.constructor", () => {
    const d = new Decimal(7);
    const results = [
      d.plus(1),
      d.minus(1),
      d.times(3),
      d.div(3),
      d.mod(2),
      d.pow(2),
      d.sqrt(),
      d.ln(),
      d.neg(),
      d.abs(),
      d.toDecimalPlaces(0),
      Decimal.max(1, 2),
      Decimal.sum(1, 2),
    ];
    for (const r of results) {
      expect(Object.getPrototypeOf(r)).toBe(Decimal.prototype);
      expect(r.constructor).toBe(Decimal);
      expect(inspect(r)).toMatch(/^Decimal\(/);
    }
    // and they still compute with the library's 40 digits, half-even
    expect(d.div(3).toString()).toBe(`2.${"3".repeat(39)}`);
  });

  it("is what toDecimal gives a user's decimal.js value", () => {
    const d = toDecimal(new DecimalJs("2.5"), "x");
    expect(Object.getPrototypeOf(d)).toBe(Decimal.prototype);
    expect(inspect(d)).toBe("Decimal(2.5)");
  });

  it("prints plain digits when called without util.inspect's options (no stylize to colour them)", () => {
    const d = new Decimal("2.5");
    const custom = (d as unknown as Record<symbol, (depth?: unknown, options?: object) => string>)[
      Symbol.for("nodejs.util.inspect.custom")
    ];
    expect(custom?.call(d)).toBe("Decimal(2.5)");
    expect(custom?.call(d, 0, {})).toBe("Decimal(2.5)");
  });

  it("leaves the decimal.js class the library cloned untouched (ESM import)", () => {
    const own = Object.getOwnPropertyDescriptor(DecimalJs.prototype, Symbol.for("nodejs.util.inspect.custom"));
    // decimal.js 10.6 prints its instances with its own toString: bare digits, 20 significant.
    expect(own?.value).toBe(DecimalJs.prototype.toString);
    const x = new DecimalJs(1).div(3);
    expect(Object.getPrototypeOf(x)).toBe(DecimalJs.prototype);
    expect(inspect(x)).toBe("0.33333333333333333333");
    expect(inspect(new DecimalJs(1))).toBe("1");
    expect(x).not.toBeInstanceOf(Decimal);
  });

  it('leaves require("decimal.js") untouched (CommonJS)', () => {
    const DecimalCjs = createRequire(import.meta.url)("decimal.js") as typeof DecimalJs;
    expect(inspect(new DecimalCjs(1))).toBe("1");
    expect(inspect(new DecimalCjs(2).div(3))).toBe("0.66666666666666666667");
    expect(Object.getOwnPropertyDescriptor(DecimalCjs.prototype, Symbol.for("nodejs.util.inspect.custom"))?.value).toBe(
      DecimalCjs.prototype.toString,
    );
  });

  it("leaves other clones of decimal.js untouched", () => {
    const Other = DecimalJs.clone({ precision: 5 });
    expect(inspect(new Other(2).div(3))).toBe("0.66667");
    expect(Object.getPrototypeOf(new Other(1))).toBe(DecimalJs.prototype);
  });
});
