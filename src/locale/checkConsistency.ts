import { Decimal, type DecimalInput, isDecimal, toDecimal } from "../decimal/index.js";
import { fail } from "../errors/core.js";
import { readArray, readEnum, readObject, readString } from "../read/index.js";
import { formatCount } from "./formatCount.js";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../vocabulary/index.js";
import { type FigureQualifier, parseIndonesianFigure } from "./parseIndonesianFigure.js";

/**
 * One reported value of a quantity: a figure as written (`"3,7 juta"`, `"3.000 lebih"`), a
 * number or a Decimal, with an optional label and source.
 *
 * @category Locale
 */
export type ReportedFigure =
  | string
  | number
  | Decimal
  | {
      /** The figure: text as written, a number or a Decimal. */
      readonly value: string | number | Decimal;
      /** How to name it in explanations; default the text (or the number). */
      readonly label?: string;
      /** Where it was reported. */
      readonly source?: string;
    };

/**
 * Options of {@link checkConsistency}.
 *
 * @category Locale
 */
export interface CheckConsistencyOptions {
  /** Relative difference allowed between two figures, e.g. 0.05 for 5 % (default). */
  readonly tolerance?: DecimalInput;
  /** Language of the explanations: `en` or `id` (Bahasa Indonesia); default {@link DEFAULT_LOCALE} (`en`). */
  readonly locale?: Locale;
}

/**
 * A problem between two reported figures.
 *
 * @category Locale
 */
export interface ConsistencyFinding {
  /** `magnitude-slip`: the ratio is near a power of 1000 (a dropped "ribu"/"juta"); `disagreement`: they differ beyond the tolerance. */
  readonly kind: "magnitude-slip" | "disagreement";
  /** Indexes of the two figures in the input. */
  readonly figures: readonly [number, number];
  /** Larger over smaller value; null when the smaller is 0. */
  readonly ratio: Decimal | null;
  /** For a magnitude slip, the power of 1000 (1000, 1 000 000, … 10^12) the smaller figure seems to have lost. */
  readonly factor?: number;
  /** For a magnitude slip, whether the figures agree once the smaller is scaled up by `factor`. */
  readonly agreesWhenScaled?: boolean;
  /** Relative difference (larger − smaller) / larger, for a disagreement. */
  readonly difference?: Decimal;
  /** A sentence in the requested language. */
  readonly explanation: string;
}

/**
 * The verdict of {@link checkConsistency}.
 *
 * @category Locale
 */
export interface ConsistencyReport {
  /** True when no finding was made. */
  readonly consistent: boolean;
  /** The figures as read: label, exact value, qualifier, source. */
  readonly figures: ReadonlyArray<{
    /** The label used in explanations. */
    readonly label: string;
    /** The exact value read. */
    readonly value: Decimal;
    /** The qualifier read with it. */
    readonly qualifier: FigureQualifier;
    /** Where it was reported, when given. */
    readonly source?: string;
  }>;
  /** Every problem found, pair by pair, in input order. */
  readonly findings: readonly ConsistencyFinding[];
}

interface Read {
  label: string;
  /** The figure as written (or the number), whatever the label: what a corrected text starts from. */
  text: string;
  value: Decimal;
  qualifier: FigureQualifier;
  source: string | undefined;
}

const SCALE_WORD = {
  en: ["", "thousand", "million", "billion", "trillion"],
  id: ["", "ribu", "juta", "miliar", "triliun"],
} as const;

/**
 * Checks several reported values of one quantity against each other, the way a careful reader of
 * official statements does ([the BBI figures](../../docs/methodology.md#the-bbi-figures): the same
 * 2020 IKM count was reported as "3,7 juta" and as "3.000 lebih").
 *
 * For each pair (smaller `a`, larger `b`):
 * - a **magnitude slip** when `b / a` is within a factor of 2 of a power of 1000 from 1000 to 10^12
 *   (one scale word, ribu to triliun):
 *   a scale word was probably dropped ("3.000" meant "3.000 ribu"). The finding says whether
 *   the figures agree once `a` is scaled up;
 * - otherwise a **disagreement** when they differ by more than `tolerance` (relative to the larger).
 *
 * Qualifiers widen a figure to a range before comparing: "3.000 lebih" is [3 000, 4 000) (up to
 * the next unit of its last written digit), "kurang dari 3 juta" is (2 000 000, 3 000 000],
 * "sekitar x" is x ± tolerance, "hampir x" is [x − tolerance, x]. Two figures agree when their
 * ranges are within `tolerance` × the larger value of each other. O(n²) in the number of figures.
 *
 * @category Locale
 * @param figures - the reported values (strings are read with `parseIndonesianFigure`)
 * @param options - `tolerance` (default 0.05) and `locale` of the explanations (`en` or `id`; default {@link DEFAULT_LOCALE}, `en`)
 * @returns whether they are consistent, the figures as read and each finding with an explanation
 * @throws {OnboardingTargetsError} `invalid_type` (path `figures`) unless an array, or for unreadable values (throwing getters, hostile proxies) at their path; `unknown_key` for other keys in a figure object or the options; the codes of `parseIndonesianFigure` and `invalid_decimal` at `figures.<i>`; `out_of_range` (path `figures.<i>`) for a negative value or (path `options.tolerance`) for a tolerance outside [0, 1); `invalid_enum` (path `options.locale`)
 * @example
 * ```ts
 * import { checkConsistency } from "onboarding-targets";
 * const r = checkConsistency(["3,7 juta", "3.000 lebih"]);
 * [r.consistent, r.findings[0]?.kind, r.findings[0]?.factor, r.findings[0]?.agreesWhenScaled];
 * //=> [false, "magnitude-slip", 1000, true]
 * checkConsistency(["3,7 juta", 3_690_000]).consistent;
 * //=> true
 * ```
 */
export function checkConsistency(
  figures: readonly ReportedFigure[],
  options: CheckConsistencyOptions = {},
): ConsistencyReport {
  const list = readArray(figures, "figures");
  // `options` is never undefined here: the default parameter stands in for it.
  const o = readObject(options, "options", ["tolerance", "locale"]);
  const tolerance = o.tolerance === undefined ? new Decimal("0.05") : toDecimal(o.tolerance, "options.tolerance");
  if (tolerance.isNegative() || tolerance.gte(1))
    fail("out_of_range", "options.tolerance", `${tolerance.toString()} must be at least 0 and below 1`);
  const locale = o.locale === undefined ? DEFAULT_LOCALE : readEnum(o.locale, "options.locale", LOCALES);
  const read = list.map((f, i) => readFigure(f, `figures.${i}`));
  const findings: ConsistencyFinding[] = [];
  for (let i = 0; i < read.length; i++) {
    for (let j = i + 1; j < read.length; j++) {
      const finding = comparePair(read, i, j, tolerance, locale);
      if (finding) findings.push(finding);
    }
  }
  return {
    consistent: findings.length === 0,
    figures: read.map((r) => ({
      label: r.label,
      value: r.value,
      qualifier: r.qualifier,
      ...(r.source !== undefined && { source: r.source }),
    })),
    findings,
  };
}

function readFigure(f: unknown, path: string): Read {
  let raw: unknown = f;
  let label: string | undefined;
  let source: string | undefined;
  if (typeof f === "object" && f !== null && !isDecimal(f)) {
    const o = readObject(f, path, ["value", "label", "source"]);
    raw = o.value;
    if (o.label !== undefined) label = readString(o.label, `${path}.label`);
    if (o.source !== undefined) source = readString(o.source, `${path}.source`);
  }
  let value: Decimal;
  let qualifier: FigureQualifier = "exact";
  if (typeof raw === "string") {
    try {
      const fig = parseIndonesianFigure(raw);
      value = fig.value;
      qualifier = fig.qualifier;
    } catch (e) {
      const err = e as { code: Parameters<typeof fail>[0]; message: string };
      return fail(err.code, path, err.message.replace(/^text: /, ""));
    }
  } else {
    value = toDecimal(raw, path);
  }
  if (value.isNegative()) fail("out_of_range", path, `${value.toString()} is negative`);
  const text = typeof raw === "string" ? raw : value.toString();
  return { label: label ?? text, text, value, qualifier, source };
}

/** The range a figure stands for, given its qualifier (see checkConsistency). */
function range(r: Read, tolerance: Decimal, scale: Decimal): [Decimal, Decimal] {
  const x = r.value.times(scale);
  const step = x.isZero() ? new Decimal(0) : new Decimal(10).pow(x.e - x.precision() + 1);
  switch (r.qualifier) {
    case "more-than":
      return [x, x.plus(step)];
    case "less-than":
      return [Decimal.max(0, x.minus(step)), x];
    case "about":
      return [x.times(new Decimal(1).minus(tolerance)), x.times(new Decimal(1).plus(tolerance))];
    case "almost":
      return [x.times(new Decimal(1).minus(tolerance)), x];
    case "exact":
      return [x, x];
  }
}

function agree(a: Read, b: Read, tolerance: Decimal, scaleA: Decimal): boolean {
  const [a0, a1] = range(a, tolerance, scaleA);
  const [b0, b1] = range(b, tolerance, new Decimal(1));
  const gap = Decimal.max(0, b0.minus(a1), a0.minus(b1));
  return gap.lte(tolerance.times(Decimal.max(a1, b1)));
}

function comparePair(
  read: readonly Read[],
  i: number,
  j: number,
  tolerance: Decimal,
  locale: Locale,
): ConsistencyFinding | undefined {
  const [si, li] = (read[i] as Read).value.lte((read[j] as Read).value) ? [i, j] : [j, i];
  const small = read[si] as Read;
  const large = read[li] as Read;
  const one = new Decimal(1);
  if (agree(small, large, tolerance, one)) return undefined;
  const fmt = (d: Decimal) => formatCount(d, { locale, style: "full", maximumFractionDigits: 2 });
  const q = (r: Read) => `"${r.label}" (${fmt(r.value)})`;
  const ratio = small.value.isZero() ? null : large.value.div(small.value);
  if (ratio !== null) {
    // k: the power of 1000 nearest the ratio; a slip is the loss of one scale word (ribu .. triliun).
    const k = Math.round(Math.log10(ratio.toNumber()) / 3);
    const factor = new Decimal(1000).pow(k);
    const residual = k >= 1 && k <= 4 ? ratio.div(factor) : null;
    if (residual !== null && residual.gte(0.5) && residual.lte(2)) {
      const agrees = agree(small, large, tolerance, factor);
      const scaled = small.value.times(factor);
      const more = small.qualifier === "more-than";
      // The corrected text, in the words of the figure itself (Indonesian), whatever its label:
      // "3.000 lebih" -> "3.000 ribu lebih", "lebih dari 3.000" -> "lebih dari 3.000 ribu".
      const bare = small.text.replace(/\s*(lebih|\+)$/i, "");
      const corrected = `${bare} ${SCALE_WORD.id[k as 1 | 2 | 3 | 4]}${bare === small.text ? "" : " lebih"}`;
      const explanation =
        locale === "id"
          ? `${q(small)} sekitar 1/${fmt(factor)} dari ${q(large)}: rasionya ${fmt(ratio)}, mendekati ${fmt(factor)}, jadi kemungkinan ada satuan yang terlewat (maksudnya "${corrected}"?). ` +
            (agrees
              ? `Dibaca sebagai ${fmt(scaled)}${more ? " lebih" : ""}, kedua angka sesuai.`
              : `Bahkan dibaca sebagai ${fmt(scaled)}${more ? " lebih" : ""}, kedua angka tetap berbeda.`)
          : `${q(small)} is about 1/${fmt(factor)} of ${q(large)}: the ratio ${fmt(ratio)} is near ${fmt(factor)}, so a scale word was probably dropped (meant "${corrected}", ${SCALE_WORD.en[k as 1 | 2 | 3 | 4]}s?). ` +
            (agrees
              ? `Read as ${fmt(scaled)}${more ? " or more" : ""}, the figures agree.`
              : `Even read as ${fmt(scaled)}${more ? " or more" : ""}, the figures still disagree.`);
      return {
        kind: "magnitude-slip",
        figures: [i, j],
        ratio,
        factor: factor.toNumber(),
        agreesWhenScaled: agrees,
        explanation,
      };
    }
  }
  const difference = large.value.minus(small.value).div(large.value);
  const pct = (d: Decimal) => `${formatCount(d.times(100), { locale, style: "full", maximumFractionDigits: 1 })}%`;
  const explanation =
    locale === "id"
      ? `${q(read[i] as Read)} dan ${q(read[j] as Read)} berbeda ${pct(difference)}, melebihi toleransi ${pct(tolerance)}.`
      : `${q(read[i] as Read)} and ${q(read[j] as Read)} differ by ${pct(difference)}, more than the ${pct(tolerance)} tolerance.`;
  return { kind: "disagreement", figures: [i, j], ratio, difference, explanation };
}
