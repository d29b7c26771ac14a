import { Decimal, type DecimalInput, describeType, toDecimal } from "../decimal/index.js";
import { atPath, fail } from "../errors/core.js";
import { readEnum, readObject } from "../read/index.js";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../vocabulary/index.js";

/**
 * Options of {@link formatCount}.
 *
 * @category Locale
 */
export interface FormatCountOptions {
  /** `en` or `id` (Bahasa Indonesia); default {@link DEFAULT_LOCALE} (`en`). */
  readonly locale?: Locale;
  /**
   * `long` (default: "3,7 juta", "3.7 million"), `compact` ("3,7 jt", "3.7M") or `full`
   * ("3.700.000", "3,700,000").
   */
  readonly style?: "long" | "compact" | "full";
  /**
   * Digits after the decimal mark, at most; trailing zeros are dropped. Default 1 for `long` and
   * `compact` (so 11.7 million stays "11,7 juta", not "12 juta"), all digits for `full`.
   */
  readonly maximumFractionDigits?: number;
}

const UNITS = {
  id: { long: ["", "ribu", "juta", "miliar", "triliun"], compact: ["", "rb", "jt", "M", "T"] },
  en: { long: ["", "thousand", "million", "billion", "trillion"], compact: ["", "K", "M", "B", "T"] },
} as const;

/**
 * Formats a count (or any finite decimal) for people, the way Indonesian and English reports
 * write it: "3,7 juta", "11,7 juta", "1,2 miliar", "500 ribu"; "3.7 million"; compact "3,7 jt",
 * "1,2 M" (M is miliar in Indonesian), "3.7M".
 *
 * Deterministic: it does not call `Intl`, whose output changes between ICU versions. The
 * only space it writes is the ordinary U+0020 (Intl writes U+00A0 before "jt"); English compact
 * has no space ("3.7M"). Rounding is half-even, on the exact decimal; a value that rounds up to
 * 1000 of a unit moves to the next unit ("1 juta", not "1.000 ribu"). Amounts of 1000 triliun and
 * more stay in triliun, with grouped digits.
 *
 * @category Locale
 * @param n - the value: a finite number, decimal string or Decimal
 * @param options - `locale` (default {@link DEFAULT_LOCALE}, `en`), `style` (`long`), `maximumFractionDigits`
 * @returns the formatted text
 * @throws {OnboardingTargetsError} `invalid_decimal` (path `n`) for NaN, ±Infinity or a non-number; `invalid_enum` (path `options.locale` or `options.style`); `invalid_type` / `unknown_key` (path `options…`) for options that are not an object or have other keys; `invalid_option` (path `options.maximumFractionDigits`) unless an integer from 0 to 20
 * @example
 * ```ts
 * import { formatCount } from "onboarding-targets";
 * formatCount(11_700_000, { locale: "id" });
 * //=> "11,7 juta"
 * formatCount(3_700_000);
 * //=> "3.7 million"
 * formatCount(1_200_000_000, { locale: "id", style: "compact" });
 * //=> "1,2 M"
 * formatCount(3_700_000, { locale: "id", style: "full" });
 * //=> "3.700.000"
 * formatCount(3_700_000, { style: "full" });
 * //=> "3,700,000"
 * ```
 */
export function formatCount(n: DecimalInput, options: FormatCountOptions = {}): string {
  const value = atPath("n", () => toDecimal(n, "n"));
  // `options` is never undefined here: the default parameter stands in for it.
  const o = readObject(options, "options", ["locale", "style", "maximumFractionDigits"]);
  const locale = o.locale === undefined ? DEFAULT_LOCALE : readEnum(o.locale, "options.locale", LOCALES);
  const style =
    o.style === undefined ? "long" : readEnum(o.style, "options.style", ["long", "compact", "full"] as const);
  const mfd = o.maximumFractionDigits as number | undefined;
  if (mfd !== undefined && !(Number.isInteger(mfd) && mfd >= 0 && mfd <= 20)) {
    fail(
      "invalid_option",
      "options.maximumFractionDigits",
      `expected an integer from 0 to 20, got ${typeof mfd === "number" ? String(mfd) : describeType(mfd)}`,
    );
  }
  const sign = value.isNegative() && !value.isZero() ? "-" : "";
  const abs = value.abs();
  if (style === "full") {
    const rounded = mfd === undefined ? abs : abs.toDecimalPlaces(mfd, Decimal.ROUND_HALF_EVEN);
    return (rounded.isZero() ? "" : sign) + digits(rounded, locale); // no "-0"
  }
  const places = mfd ?? 1;
  let k = 0;
  while (k < 4 && abs.gte(new Decimal(1000).pow(k + 1))) k++;
  let scaled = abs.div(new Decimal(1000).pow(k)).toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN);
  if (k < 4 && scaled.gte(1000)) {
    k++;
    scaled = abs.div(new Decimal(1000).pow(k)).toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN);
  }
  if (scaled.isZero()) return digits(scaled, locale); // no "-0"
  const unit = UNITS[locale][style][k] ?? "";
  const number = sign + digits(scaled, locale);
  if (unit === "") return number;
  return locale === "en" && style === "compact" ? `${number}${unit}` : `${number} ${unit}`;
}

/** Plain digits with the locale's grouping and decimal mark; trailing zeros dropped. */
function digits(d: Decimal, locale: Locale): string {
  const [whole = "0", frac] = d.toFixed().split(".");
  const group = locale === "id" ? "." : ",";
  const mark = locale === "id" ? "," : ".";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return frac === undefined ? grouped : `${grouped}${mark}${frac}`;
}
