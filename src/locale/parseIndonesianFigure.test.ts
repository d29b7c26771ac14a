import { describe, expect, it } from "vitest";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { parseIndonesianFigure } from "./parseIndonesianFigure.js";

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(OnboardingTargetsError);
    return [(e as OnboardingTargetsError).code, (e as OnboardingTargetsError).path];
  }
  return "no error";
};

describe("parseIndonesianFigure", () => {
  // Forms from DOMAIN.md §1-§2 (BBI report of May 2021; Intl id-ID compact output).
  it.each([
    ["3,7 juta", "3700000", "exact", "juta", null],
    ["3.000", "3000", "exact", null, null],
    ["Rp1.000.000.000,00", "1000000000", "exact", null, "IDR"],
    ["11,7 juta", "11700000", "exact", "juta", null],
    ["1,2 miliar", "1200000000", "exact", "miliar", null],
    ["500 rb", "500000", "exact", "ribu", null],
    ["30 jt", "30000000", "exact", "juta", null],
    ["1,5 T", "1500000000000", "exact", "triliun", null],
    ["3.000 lebih", "3000", "more-than", null, null],
    ["lebih dari 3 juta", "3000000", "more-than", "juta", null],
    ["3 juta+", "3000000", "more-than", "juta", null],
    ["sekitar 6,1 juta", "6100000", "about", "juta", null],
    ["± 500 ribu", "500000", "about", "ribu", null],
    ["hampir 2 juta", "2000000", "almost", "juta", null],
    ["kurang dari 1 miliar", "1000000000", "less-than", "miliar", null],
    ["3 jutaan", "3000000", "about", "juta", null],
    ["Rp 2,5 M", "2500000000", "exact", "miliar", "IDR"],
    ["Rp. 15.000", "15000", "exact", null, "IDR"],
    ["IDR 50 miliar", "50000000000", "exact", "miliar", "IDR"],
    ["3,7\u00a0jt", "3700000", "exact", "juta", null], // U+00A0, as Intl prints it
    ["  3,7   Juta ", "3700000", "exact", "juta", null],
    ["1.000,500", "1000.5", "exact", null, null],
    ["0,25", "0.25", "exact", null, null],
    ["1,2345 juta", "1234500", "exact", "juta", null],
    ["2.000.000", "2000000", "exact", null, null],
    ["508.333,33", "508333.33", "exact", null, null],
    ["0", "0", "exact", null, null],
  ])("%s -> %s (%s, %s, %s)", (text, value, qualifier, scale, currency) => {
    const f = parseIndonesianFigure(text);
    expect([f.value.toFixed(), f.qualifier, f.scale, f.currency]).toEqual([value, qualifier, scale, currency]);
  });

  it("normalises spaces in the text it returns", () => {
    expect(parseIndonesianFigure("3,7\u202fjuta").text).toBe("3,7 juta");
  });

  it.each([
    ["1.234,5.6", "ambiguous_number"], // a dot after the decimal comma
    ["1,234", "ambiguous_number"], // 1,234 (id) or 1 234 (en)?
    ["1,234 juta", "ambiguous_number"],
    ["1,234,567", "ambiguous_number"], // English grouping
    ["3.7", "ambiguous_number"], // English decimal point?
    ["3.7 juta", "ambiguous_number"],
    ["1.2345", "ambiguous_number"],
    ["12.34.567", "ambiguous_number"],
    ["1..000", "ambiguous_number"],
    ["1.234.56,7", "ambiguous_number"],
    ["", "unparseable_number"],
    ["   ", "unparseable_number"],
    ["abc", "unparseable_number"],
    ["juta", "unparseable_number"],
    ["3 k", "unparseable_number"],
    ["3 million", "unparseable_number"],
    ["-3", "unparseable_number"],
    ["3,", "unparseable_number"],
    ["1e6", "unparseable_number"],
    ["NaN", "unparseable_number"],
    ["Infinity", "unparseable_number"],
  ])("%s -> %s at text", (text, code) => {
    expect(codeOf(() => parseIndonesianFigure(text))).toEqual([code, "text"]);
  });

  it.each([[3_700_000], [null], [undefined], [{}]])("refuses a non-string (%s) with invalid_type", (v) => {
    expect(codeOf(() => parseIndonesianFigure(v as never))).toEqual(["invalid_type", "text"]);
  });

  it("explains an ambiguous comma", () => {
    expect(() => parseIndonesianFigure("1,234")).toThrow(/comma followed by three digits/);
  });
});
