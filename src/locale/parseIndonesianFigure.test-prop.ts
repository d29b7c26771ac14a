import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../test/support/fc.js";
import { Decimal } from "../decimal/index.js";
import { formatCount } from "./formatCount.js";
import { parseIndonesianFigure } from "./parseIndonesianFigure.js";

// ribu 10^3, juta 10^6, miliar 10^9, triliun 10^12; dots group thousands (methodology: Indonesian numbers).
const SCALES = [
  ["ribu", 3],
  ["rb", 3],
  ["juta", 6],
  ["jt", 6],
  ["miliar", 9],
  ["M", 9],
  ["triliun", 12],
  ["T", 12],
] as const;

describe("parseIndonesianFigure laws", () => {
  it("reads n written with dot groups and a scale word as n x 10^k, exactly", async () => {
    await fc.assert(
      law(fc.maxSafeNat(), fc.constantFrom(...SCALES), (n, [word, k]) => {
        const f = parseIndonesianFigure(`${formatCount(n, { locale: "id", style: "full" })} ${word}`);
        expect(f.value.eq(new Decimal(n).times(new Decimal(10).pow(k)))).toBe(true);
        expect([f.qualifier, f.currency]).toEqual(["exact", null]);
      }),
      fcOptions(),
    );
  });

  it("reads a decimal comma exactly: whole,frac juta = (whole + frac / 10^len) x 10^6", async () => {
    await fc.assert(
      law(fc.nat({ max: 999 }), fc.stringMatching(/^\d{1,2}$|^\d{4,6}$/), (whole, frac) => {
        // three digits after a lone comma are refused as ambiguous (see the unit tests)
        const f = parseIndonesianFigure(`${whole},${frac} juta`);
        expect(f.value.eq(new Decimal(`${whole}.${frac}`).times(1_000_000))).toBe(true);
      }),
      fcOptions(),
    );
  });

  it("a qualifier or a currency changes the qualifier or currency, never the value", async () => {
    const qualified = [
      ["lebih dari ", "", "more-than"],
      ["", " lebih", "more-than"],
      ["", "+", "more-than"],
      ["sekitar ", "", "about"],
      ["± ", "", "about"],
      ["kurang dari ", "", "less-than"],
      ["hampir ", "", "almost"],
    ] as const;
    await fc.assert(
      law(fc.maxSafeNat(), fc.constantFrom(...qualified), fc.boolean(), (n, [before, after, qualifier], rupiah) => {
        const plain = formatCount(n, { locale: "id", style: "full" });
        const f = parseIndonesianFigure(`${before}${rupiah ? "Rp" : ""}${plain}${after}`);
        expect(f.value.eq(n)).toBe(true);
        expect([f.qualifier, f.currency]).toEqual([qualifier, rupiah ? "IDR" : null]);
      }),
      fcOptions(),
    );
  });
});
