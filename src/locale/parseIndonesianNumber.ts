import type { Decimal } from "../decimal/index.js";
import { parseIndonesianFigure } from "./parseIndonesianFigure.js";

/**
 * Reads a number as written in Indonesian into an exact Decimal: decimal comma, dots grouping
 * thousands, optional "Rp", optional scale word (ribu/rb, juta/jt, miliar/M, triliun/T). A
 * qualifier such as "lebih" ("3.000 lebih": more than 3 000) is accepted and dropped; use
 * {@link parseIndonesianFigure} to keep it. The rules for ambiguous separators are those of
 * {@link parseIndonesianFigure}.
 *
 * @category Locale
 * @param text - e.g. `"3,7 juta"`, `"3.000"`, `"Rp1.000.000.000,00"`, `"1,5 T"`
 * @returns the exact value
 * @throws {OnboardingTargetsError} `invalid_type`, `ambiguous_number` or `unparseable_number` (path `text`)
 * @example
 * ```ts
 * import { parseIndonesianNumber } from "onboarding-targets";
 * parseIndonesianNumber("3,7 juta").toString();
 * //=> "3700000"
 * parseIndonesianNumber("1,2 miliar").toString();
 * //=> "1200000000"
 * parseIndonesianNumber("500 rb").toNumber();
 * //=> 500000
 * ```
 */
export function parseIndonesianNumber(text: string): Decimal {
  return parseIndonesianFigure(text).value;
}
