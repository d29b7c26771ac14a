import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../test/support/fc.js";
import { Decimal } from "../decimal/index.js";
import { formatCount } from "./formatCount.js";
import { parseIndonesianNumber } from "./parseIndonesianNumber.js";

describe("formatCount laws", () => {
  it("full style round-trips through parseIndonesianNumber exactly", async () => {
    await fc.assert(
      law(fc.maxSafeNat(), (n) => {
        expect(parseIndonesianNumber(formatCount(n, { locale: "id", style: "full" })).eq(n)).toBe(true);
      }),
      fcOptions(),
    );
  });

  it("long style reads back within half a unit of its last digit (0,05 of the scale word)", async () => {
    await fc.assert(
      law(fc.maxSafeNat(), (n) => {
        const text = formatCount(n, { locale: "id" });
        const back = parseIndonesianNumber(text.replace(/^(\d+)$/, "$1"));
        const scale = n >= 1e12 ? 1e12 : n >= 1e9 ? 1e9 : n >= 1e6 ? 1e6 : n >= 1e3 ? 1e3 : 1;
        // Rounding to one decimal of the unit moves at most 0.05 units (0.1 units when it rolls into the next unit's 1,0).
        expect(
          back
            .minus(n)
            .abs()
            .lte(new Decimal(scale).times(n >= 999_950 && text.startsWith("1 ") ? 0.1 : 0.05)),
        ).toBe(true);
      }),
      fcOptions(),
    );
  });

  it("never writes a no-break space and never an exponent", async () => {
    await fc.assert(
      law(
        fc.double({ min: -1e20, max: 1e20, noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom("long", "compact", "full"),
        fc.constantFrom("id", "en"),
        (n, style, locale) => {
          const s = formatCount(n, { style: style as "long", locale: locale as "id" });
          expect(s).not.toMatch(/[\u00A0\u202F]|e[+-]/);
        },
      ),
      fcOptions(),
    );
  });
});
