import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal/index.js";
import { parseIndonesianNumber } from "./parseIndonesianNumber.js";

describe("parseIndonesianNumber", () => {
  // Indonesian forms (methodology: Indonesian numbers); values by the scale words ribu 1e3, juta
  // 1e6, miliar 1e9, triliun 1e12.
  it.each([
    ["3,7 juta", "3700000"],
    ["3.000", "3000"],
    ["Rp1.000.000.000,00", "1000000000"],
    ["11,7 juta", "11700000"],
    ["1,2 miliar", "1200000000"],
    ["500 rb", "500000"],
    ["30 jt", "30000000"],
    ["1,5 T", "1500000000000"],
    ["3.000 lebih", "3000"], // the qualifier is dropped here
  ])("%s -> %s, exactly", (text, expected) => {
    const d = parseIndonesianNumber(text);
    expect(d).toBeInstanceOf(Decimal);
    expect(d.toFixed()).toBe(expected);
  });

  it("is exact where binary floating point is not: 0,1 juta + 0,2 juta = 0,3 juta", () => {
    expect(
      parseIndonesianNumber("0,1 juta").plus(parseIndonesianNumber("0,2 juta")).eq(parseIndonesianNumber("0,3 juta")),
    ).toBe(true);
  });
});
