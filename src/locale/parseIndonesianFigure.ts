import { Decimal } from "../decimal/index.js";
import { describeType } from "../decimal/index.js";
import { fail } from "../errors/core.js";
import { normalizeSpaces } from "./normalizeSpaces.js";

/**
 * How a reported figure is qualified: `exact` (no qualifier), `more-than` ("3.000 lebih",
 * "lebih dari 3 juta", "3 juta+"), `less-than` ("kurang dari 3 juta"), `about` ("sekitar",
 * "kurang lebih", "±", "~") or `almost` ("hampir").
 *
 * @category Locale
 */
export type FigureQualifier = "exact" | "more-than" | "less-than" | "about" | "almost";

/**
 * Indonesian scale words: ribu 10^3, juta 10^6, miliar 10^9, triliun 10^12.
 *
 * @category Locale
 */
export type ScaleWord = "ribu" | "juta" | "miliar" | "triliun";

/**
 * A figure as written in Indonesian, read exactly.
 *
 * @category Locale
 */
export interface IndonesianFigure {
  /** The value, exact: "3,7 juta" is 3 700 000. */
  readonly value: Decimal;
  /** The qualifier written with it; `exact` when none. */
  readonly qualifier: FigureQualifier;
  /** The scale word used, or null. */
  readonly scale: ScaleWord | null;
  /** `"IDR"` when written with "Rp" or "IDR", else null. */
  readonly currency: "IDR" | null;
  /** The text as read, with spaces normalised. */
  readonly text: string;
}

const SCALES: ReadonlyArray<readonly [RegExp, ScaleWord, number]> = [
  [/^(ribu|rb|rbu)\.?$/i, "ribu", 3],
  [/^(juta|jt)\.?$/i, "juta", 6],
  [/^(miliar|milyar|mlr|m)\.?$/i, "miliar", 9],
  [/^(triliun|trilyun|tn|t)\.?$/i, "triliun", 12],
];

const PREFIXES: ReadonlyArray<readonly [RegExp, FigureQualifier]> = [
  [/^(lebih dari|di atas|lebih)\s*/i, "more-than"],
  [/^(kurang lebih|sekitar|kira-kira|kisaran|±|~|\+-)\s*/i, "about"],
  [/^(kurang dari|di bawah)\s*/i, "less-than"],
  [/^(hampir|nyaris)\s*/i, "almost"],
];
const MORE_SUFFIX = /\s*(lebih|\+)$/i;

const GROUPED = /^\d{1,3}(\.\d{3})+$/;

/**
 * Reads a figure as people write it in Indonesian, with its qualifier: a decimal comma, dots
 * grouping thousands, an optional "Rp"/"IDR", an optional scale word (ribu/rb, juta/jt,
 * miliar/milyar/M, triliun/T; "M" is miliar, as in `Intl` Indonesian, never million) and an
 * optional qualifier ("lebih", "lebih dari", "sekitar", "hampir", "kurang dari", "+").
 *
 * Rules, strict on purpose (a wrong reading is worse than an error):
 * - `3.000` and `1.000.000` are thousands groups: a dot must be followed by exactly three digits
 *   and the first group has one to three digits. `3.7` is refused as ambiguous (English decimal
 *   point?): write `3,7`.
 * - `3,7` and `1.000.000,00` use the decimal comma. A single comma followed by exactly three
 *   digits and no dot groups (`1,234`) is refused as ambiguous (1,234 in Indonesian, 1 234 in
 *   English). Two commas (`1,234,567`) are English grouping, refused as ambiguous.
 * - Spaces of every kind (U+00A0 from `Intl`, U+202F) count as one ordinary space.
 *
 * O(length of the text).
 *
 * @category Locale
 * @param text - the figure, e.g. `"3,7 juta"`, `"Rp1.000.000.000,00"`, `"3.000 lebih"`
 * @returns the exact value, its qualifier, scale word and currency
 * @throws {OnboardingTargetsError} `invalid_type` (path `text`) for a non-string; `ambiguous_number` (path `text`) for mixed or unclear separators; `unparseable_number` (path `text`) for anything else that is not a figure
 * @example
 * ```ts
 * import { parseIndonesianFigure } from "onboarding-targets";
 * const f = parseIndonesianFigure("3.000 lebih");
 * [f.value.toString(), f.qualifier];
 * //=> ["3000", "more-than"]
 * parseIndonesianFigure("Rp1.000.000.000,00").value.toString();
 * //=> "1000000000"
 * ```
 */
export function parseIndonesianFigure(text: string): IndonesianFigure {
  if (typeof text !== "string") return fail("invalid_type", "text", `expected a string, got ${describeType(text)}`);
  const normal = normalizeSpaces(text);
  const shown = JSON.stringify(normal.length > 40 ? `${normal.slice(0, 40)}…` : normal);
  if (normal.length === 0 || normal.length > 200) return fail("unparseable_number", "text", `${shown} is not a figure`);
  let rest = normal;
  let qualifier: FigureQualifier = "exact";
  for (const [re, q] of PREFIXES) {
    if (re.test(rest)) {
      qualifier = q;
      rest = rest.replace(re, "");
      break;
    }
  }
  let currency: "IDR" | null = null;
  const cur = /^(rp\.?|idr)\s*/i.exec(rest);
  if (cur) {
    currency = "IDR";
    rest = rest.slice(cur[0].length);
  }
  if (qualifier === "exact" && MORE_SUFFIX.test(rest)) {
    qualifier = "more-than";
    rest = rest.replace(MORE_SUFFIX, "");
  }
  const m = /^(\d[\d.,]*)\s*([A-Za-z]+\.?)?$/.exec(rest);
  if (!m)
    return fail(
      "unparseable_number",
      "text",
      `${shown} is not a figure: expected digits, an optional scale word (ribu, juta, miliar, triliun) and an optional qualifier`,
    );
  const digits = m[1] as string;
  let scaleText = m[2];
  let scale: ScaleWord | null = null;
  let exponent = 0;
  if (scaleText !== undefined) {
    // "ribuan", "jutaan": "thousands of", "millions of": an approximate figure.
    // An explicit qualifier stays: "sekitar 3 jutaan" is about, "lebih dari 3 jutaan" more-than.
    const an = /^(ribu|juta|miliar|milyar|triliun)an$/i.exec(scaleText);
    if (an) {
      scaleText = an[1] as string;
      if (qualifier === "exact") qualifier = "about";
    }
    const found = SCALES.find(([re]) => re.test(scaleText as string));
    if (!found)
      return fail(
        "unparseable_number",
        "text",
        `${shown}: unknown scale word ${JSON.stringify(scaleText)} (expected ribu/rb, juta/jt, miliar/M, triliun/T)`,
      );
    scale = found[1];
    exponent = found[2];
  }
  const plain = plainDigits(digits, shown);
  const value = new Decimal(plain).times(new Decimal(10).pow(exponent));
  return { value: value.isZero() ? new Decimal(0) : value, qualifier, scale, currency, text: normal };
}

/** The digits of an Indonesian-written number as a plain decimal string, or an error. */
function plainDigits(s: string, shown: string): string {
  const commas = s.split(",").length - 1;
  if (/[.,]$/.test(s)) return fail("unparseable_number", "text", `${shown}: the number ends with a separator`);
  if (commas > 1)
    return fail(
      "ambiguous_number",
      "text",
      `${shown}: more than one comma; Indonesian writes one decimal comma and groups thousands with dots ("1.234.567"), so this looks like English grouping`,
    );
  if (commas === 1) {
    const [whole, frac] = s.split(",") as [string, string];
    if (!/^\d+$/.test(frac))
      return fail("ambiguous_number", "text", `${shown}: after the decimal comma only digits may follow`);
    if (whole.includes(".")) {
      if (!GROUPED.test(whole))
        return fail(
          "ambiguous_number",
          "text",
          `${shown}: dots must group thousands in threes before the decimal comma`,
        );
      return `${whole.replace(/\./g, "")}.${frac}`;
    }
    if (frac.length === 3)
      return fail(
        "ambiguous_number",
        "text",
        `${shown}: a comma followed by three digits could be a decimal comma (Indonesian) or a thousands separator (English); write "${whole}.${frac}" if thousands are meant, or give the decimal with two or four digits ("${whole},${frac}0")`,
      );
    return `${whole}.${frac}`;
  }
  if (s.includes(".")) {
    if (!GROUPED.test(s)) {
      const hint = s.split(".").length === 2 ? ` ("${s.replace(".", ",")}")` : "";
      return fail(
        "ambiguous_number",
        "text",
        `${shown}: in Indonesian a dot groups thousands in threes; for a decimal write a comma${hint}`,
      );
    }
    return s.replace(/\./g, "");
  }
  return s;
}
