import { describe, expect, it } from "vitest";
import { thrown } from "../../test/support/errors.js";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { Decimal } from "../decimal/index.js";
import { formatCount, type FormatCountOptions } from "./formatCount.js";

describe("formatCount", () => {
  // Reference forms (methodology: Indonesian numbers): Indonesian decimal comma, dot grouping; Intl compact "3,7 jt",
  // "1,2 M", "500 rb", with one decimal kept at 10 and above ("11,7 juta", not Intl's "12 jt").
  it.each([
    // The default locale is DEFAULT_LOCALE, "en": the English forms below without a locale.
    [3_700_000, {}, "3.7 million"],
    [1_200_000_000, { style: "compact" }, "1.2B"],
    [3_700_000, { style: "full" }, "3,700,000"],
    [3_700_000, { locale: "id" }, "3,7 juta"],
    [11_700_000, { locale: "id" }, "11,7 juta"],
    [30_000_000, { locale: "id" }, "30 juta"],
    [2_000_000, { locale: "id" }, "2 juta"],
    [6_100_000, { locale: "id" }, "6,1 juta"],
    [500_000, { locale: "id" }, "500 ribu"],
    [1_200_000_000, { locale: "id" }, "1,2 miliar"],
    [1_500_000_000_000, { locale: "id" }, "1,5 triliun"],
    [1e15, { locale: "id" }, "1.000 triliun"],
    [999, { locale: "id" }, "999"],
    [0, { locale: "id" }, "0"],
    [999_950, { locale: "id" }, "1 juta"], // rounds up into the next unit, not "1.000 ribu"
    [3_750_000, { locale: "id" }, "3,8 juta"], // half-even: 3,75 -> 3,8
    [3_650_000, { locale: "id" }, "3,6 juta"], // half-even: 3,65 -> 3,6
    [508_333.33, { locale: "id", maximumFractionDigits: 2 }, "508,33 ribu"],
    [3_700_000, { locale: "id", style: "compact" }, "3,7 jt"],
    [1_200_000_000, { locale: "id", style: "compact" }, "1,2 M"],
    [500_000, { locale: "id", style: "compact" }, "500 rb"],
    [11_700_000, { locale: "id", style: "compact" }, "11,7 jt"],
    [3_700_000, { locale: "id", style: "full" }, "3.700.000"],
    [508_333.333, { locale: "id", style: "full", maximumFractionDigits: 2 }, "508.333,33"],
    [3_700_000, { locale: "en" }, "3.7 million"],
    [11_700_000, { locale: "en" }, "11.7 million"],
    [1_200_000_000, { locale: "en" }, "1.2 billion"],
    [500_000, { locale: "en" }, "500 thousand"],
    [3_700_000, { locale: "en", style: "compact" }, "3.7M"],
    [3_700_000, { locale: "en", style: "full" }, "3,700,000"],
    [-2_500, { locale: "id" }, "-2,5 ribu"],
    ["12345678901234567890123456789", { locale: "id", style: "full" }, "12.345.678.901.234.567.890.123.456.789"],
    [new Decimal("0.0000001"), { locale: "id", style: "full" }, "0,0000001"],
    // a negative value that rounds to zero is "0", never "-0"; half-even: -0,005 -> -0,00
    [-0.01, { locale: "id" }, "0"],
    [-0.04, { style: "compact", locale: "en" }, "0"],
    [-0.001, { locale: "id", style: "full", maximumFractionDigits: 2 }, "0"],
    [-0.005, { locale: "id", style: "full", maximumFractionDigits: 2 }, "0"],
    [-0.006, { locale: "id", style: "full", maximumFractionDigits: 2 }, "-0,01"],
    [-1_234.5, { style: "full", locale: "en" }, "-1,234.5"],
    // maximumFractionDigits 20, the largest allowed: 1/3 and 2/3 to 20 places (2/3 rounds up)
    [new Decimal(1).div(3), { locale: "id", style: "full", maximumFractionDigits: 20 }, `0,${"3".repeat(20)}`],
    [new Decimal(2).div(3), { locale: "id", maximumFractionDigits: 20 }, `0,${"6".repeat(19)}7`],
    [0.4, { locale: "id", maximumFractionDigits: 0 }, "0"],
  ] as const)("%s %j -> %s", (n, options, expected) => {
    expect(formatCount(n, options as FormatCountOptions)).toBe(expected);
  });

  it("writes only ordinary spaces (no U+00A0), whatever the style", () => {
    for (const style of ["long", "compact", "full"] as const) {
      for (const locale of ["id", "en"] as const)
        expect(formatCount(3_700_000, { style, locale })).not.toMatch(/[\u00A0\u202F]/);
    }
  });

  it("agrees with Intl id-ID compact up to spaces and the decimals Intl drops", () => {
    const intl = new Intl.NumberFormat("id-ID", { notation: "compact", maximumFractionDigits: 1 })
      .format(3_700_000)
      .replace(/\s/g, " ");
    expect(formatCount(3_700_000, { locale: "id", style: "compact" })).toBe(intl);
  });

  it.each([
    [Number.NaN, {}, "invalid_decimal", "n"],
    [Number.POSITIVE_INFINITY, {}, "invalid_decimal", "n"],
    ["3,7 juta", {}, "invalid_decimal", "n"],
    [1, { locale: "fr" }, "invalid_enum", "options.locale"],
    [1, { style: "short" }, "invalid_enum", "options.style"],
    [1, { maximumFractionDigits: -1 }, "invalid_option", "options.maximumFractionDigits"],
    [1, { maximumFractionDigits: 1.5 }, "invalid_option", "options.maximumFractionDigits"],
    [1, { maximumFractionDigits: { valueOf: (): number => 1 } }, "invalid_option", "options.maximumFractionDigits"],
    [1, null, "invalid_type", "options"],
    [1, { locales: "id" }, "unknown_key", "options.locales"],
    [1, { maximumFractionDigits: 21 }, "invalid_option", "options.maximumFractionDigits"],
  ] as const)("refuses %s %j with %s at %s", (n, options, code, path) => {
    let err: unknown;
    try {
      formatCount(n as number, options as FormatCountOptions);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OnboardingTargetsError);
    expect([(err as OnboardingTargetsError).code, (err as OnboardingTargetsError).path]).toEqual([code, path]);
  });

  it.each([
    // numbers are shown as written, anything else by its kind
    [{ maximumFractionDigits: -1 }, "-1"],
    [{ maximumFractionDigits: 21 }, "21"],
    [{ maximumFractionDigits: 1.5 }, "1.5"],
    [{ maximumFractionDigits: Number.NaN }, "NaN"],
    [{ maximumFractionDigits: "2" }, "string"],
    [{ maximumFractionDigits: null }, "null"],
    [{ maximumFractionDigits: [2] }, "an array"],
  ])("says what is wrong with %j", (options, got) => {
    const err = thrown(() => formatCount(1, options as FormatCountOptions));
    expect([err.code, err.path, err.message]).toEqual([
      "invalid_option",
      "options.maximumFractionDigits",
      `options.maximumFractionDigits: expected an integer from 0 to 20, got ${got}`,
    ]);
  });

  it.each([
    // The locales listed in LOCALES order; a near miss gets a suggestion (src/read/didYouMean.ts).
    [{ locale: "fr" }, 'options.locale: expected one of "en", "id", got "fr"'],
    [{ locale: "ID" }, 'options.locale: expected one of "en", "id", got "ID"; did you mean "id"?'],
    [{ locales: "id" }, 'options.locales: unknown property "locales"; did you mean "locale"?'],
    [
      { style: "compat" },
      'options.style: expected one of "long", "compact", "full", got "compat"; did you mean "compact"?',
    ],
  ])("words the refusal of %j", (options, message) => {
    expect(thrown(() => formatCount(1, options as FormatCountOptions)).message).toBe(message);
  });

  it("reports a value that throws when read as invalid_type at n, not as a bare error", () => {
    // A hostile Decimal look-alike: an object on Decimal's prototype whose digits getter throws.
    const hostile = Object.create(Decimal.prototype, {
      d: {
        get(): never {
          throw new Error("boom");
        },
      },
    }) as Decimal;
    const err = thrown(() => formatCount(hostile));
    expect([err.code, err.path, err.message]).toEqual(["invalid_type", "n", "n: could not be read (boom)"]);
  });
});
