import { Decimal, describeType } from "../decimal/index.js";
import { fail, OnboardingTargetsError } from "../errors/core.js";
import type { CalendarDate } from "../periods/core.js";
import { namedDates, type NamedDate } from "./internal/namedDates.js";
import { type FigureQualifier, parseIndonesianFigure } from "./parseIndonesianFigure.js";

/**
 * A figure found in a sentence by {@link extractFigures}.
 *
 * @category Locale
 */
export interface ExtractedFigure {
  /** The value, exact: "20,5 juta" and "20.5 million" are 20 500 000; "35,5 persen" is 35.5. */
  readonly value: Decimal;
  /** `count` (a number of things), `percent` ("persen", "percent", "%") or `money` ("Rp", "IDR"). */
  readonly kind: "count" | "percent" | "money";
  /** The qualifier written with it (`about`, `almost`, `more-than`, `less-than`), `exact` when none. */
  readonly qualifier: FigureQualifier;
  /** The words after it that name what is counted ("UMKM", "pelaku UMKM", "MSME players"), or `null`. */
  readonly counted: string | null;
  /** The figure as written, qualifier and scale word included, e.g. `"hampir 20 juta"`. */
  readonly text: string;
  /** Where it is: `text` is `input.slice(start, end)` (UTF-16 indices). */
  readonly span: {
    /** Index of its first character. */
    readonly start: number;
    /** Index after its last character. */
    readonly end: number;
  };
  /** The date named nearest to it in the text ("per Maret 2023", "akhir 2021"), or `null` when none is named. */
  readonly date: {
    /** The words as written. */
    readonly text: string;
    /** The day they stand for (a month or a year: its last day; "awal …": its first). */
    readonly date: CalendarDate;
    /** Whether a `day`, a `month` or a `year` was named. */
    readonly precision: "day" | "month" | "year";
  } | null;
}

const ID_SCALE = "juta|jt|ribu|rb|miliar|milyar|triliun|jutaan|ribuan|miliaran";
const EN_SCALE = "million|mln|billion|bn|thousand|trillion";
const EN_POWER: Readonly<Record<string, number>> = {
  thousand: 3,
  million: 6,
  mln: 6,
  billion: 9,
  bn: 9,
  trillion: 12,
};
/** A number, then an optional scale word (Indonesian or English), an optional "lebih" or "+", an optional percent. */
const FIGURE_RE = new RegExp(
  // Not inside a word or a number; right after "Rp" or "IDR" is a price.
  `(?:(?<=(?:^|[^\\p{L}])(?:Rp|IDR)\\.?)|(?<![\\p{L}\\d.,]))(\\d[\\d.,]*\\d|\\d)(?:\\s*(${ID_SCALE}|${EN_SCALE})(?![\\p{L}]))?(\\s+lebih(?![\\p{L}])|\\+)?(\\s*(?:persen|percent|%))?`,
  "giu",
);
/**
 * A scale word or a percent right after a year: "2000 ribu", "hingga 2000 persen" are figures, not
 * the year 2000. Not "jutaan" or "ribuan": after a year they are the plural ("2024 jutaan UMKM").
 */
const SCALED_AFTER = new RegExp(
  `^\\s*(?:(?:juta|jt|ribu|rb|miliar|milyar|triliun|${EN_SCALE}|persen|percent)(?![\\p{L}])|%)`,
  "iu",
);
/** Qualifier words just before a figure, longest first. */
const BEFORE: ReadonlyArray<readonly [RegExp, FigureQualifier]> = [
  [/(?:lebih dari|di atas|setidaknya|sedikitnya|minimal|more than|over|at least|upwards of)\s*$/i, "more-than"],
  [/(?:kurang dari|di bawah|less than|under|fewer than)\s*$/i, "less-than"],
  [/(?:kurang lebih|sekitar|kira-kira|kisaran|approximately|about|around|roughly|some|±|~)\s*$/i, "about"],
  [/(?:hampir|nyaris|almost|nearly)\s*$/i, "almost"],
];
/** Words that may name what is counted (lower case), and the filler between them. */
const COUNTED = new Set([
  "umkm",
  "ukm",
  "ikm",
  "umi",
  "msme",
  "msmes",
  "sme",
  "smes",
  "merchant",
  "merchants",
  "seller",
  "sellers",
  "penjual",
  "pelaku",
  "usaha",
  "unit",
  "units",
  "artisan",
  "artisans",
  "players",
  "player",
  "enterprises",
  "businesses",
  "firms",
  "koperasi",
  "cooperatives",
  "peserta",
  "participants",
  "pedagang",
  "toko",
  "stores",
  "akun",
  "accounts",
]);
const ENGLISH_WORDS = /\b(the|of|have|has|been|are|is|as|million|billion|thousand|with|into|by)\b/gi;
const INDONESIAN_WORDS = /\b(yang|dan|sudah|telah|ada|dari|juta|ribu|hingga|sebanyak|ini|untuk|dengan|masuk|baru)\b/gi;

/**
 * Every figure in a sentence (or a paragraph) written in Indonesian or English, read exactly
 * ([figures in text](../../docs/methodology.md#figures-in-text)): its value, whether it counts
 * things, a percentage or money, its qualifier, the words that name what is counted, its text
 * and span, and the date named nearest to it.
 *
 * Indonesian figures are read by `parseIndonesianFigure` ("20,5 juta", "3.000 lebih", "25 jutaan",
 * "hampir 20 juta"); a figure with an English scale word ("13.5 million", "22.81 million") uses
 * the English decimal point, and a bare number is read in the sentence's language (English when
 * English words outnumber Indonesian ones). Dates are never figures: a year (1900–2100 without
 * separators, and without a scale word or percent after it: "2000 persen" is a figure) and the
 * numbers of a named date ("1 November 2022", "per Maret 2023", "akhir 2021") are the date, not a
 * count. A number that cannot be read without guessing ("3.7" in an Indonesian sentence) is left
 * out, as `parseIndonesianFigure` refuses it. No figure: `[]`. O(length of the text).
 *
 * @category Locale
 * @param text - a sentence or a paragraph, up to 100 000 characters
 * @returns the figures, in the order they are written
 * @throws {OnboardingTargetsError} `invalid_type` (path `text`) for a non-string; `out_of_range` beyond 100 000 characters
 * @example
 * ```ts
 * import { extractFigures } from "onboarding-targets";
 * const [f] = extractFigures("Hingga 1 November 2022 telah tercapai sebanyak 20,5 juta UMKM masuk (onboarding) ke ekosistem digital");
 * [f?.value.toString(), f?.qualifier, f?.counted, f?.text, f?.date];
 * //=> ["20500000", "exact", "UMKM", "20,5 juta", { "text": "Hingga 1 November 2022", "date": "2022-11-01", "precision": "day" }]
 * extractFigures("Hari ini digitalisasi kita sudah 19,95 juta hampir 20 juta").map((g) => [g.value.toString(), g.qualifier]);
 * //=> [["19950000", "exact"], ["20000000", "almost"]]
 * extractFigures("Currently, 13.5 million SMEs are onboard the digital world").map((g) => [g.value.toString(), g.counted]);
 * //=> [["13500000", "SMEs"]]
 * extractFigures("Target tercapai pada 2024.");
 * //=> []
 * ```
 */
export function extractFigures(text: string): ExtractedFigure[] {
  if (typeof text !== "string") return fail("invalid_type", "text", `expected a string, got ${describeType(text)}`);
  if (text.length > 100_000)
    return fail("out_of_range", "text", `is ${text.length} characters long; at most 100000 are allowed`);
  // A date whose year a scale word or a percent follows is a figure's number instead.
  const dates = namedDates(text).filter((d) => !SCALED_AFTER.test(text.slice(d.end)));
  const english = (text.match(ENGLISH_WORDS)?.length ?? 0) > (text.match(INDONESIAN_WORDS)?.length ?? 0);
  const figures: ExtractedFigure[] = [];
  let next = 0; // the first date that does not end before the current figure
  for (const m of text.matchAll(FIGURE_RE)) {
    const start = m.index ?? 0;
    const [whole, digits, scale, more, percent] = m as unknown as [string, string, string?, string?, string?];
    const end = start + whole.length;
    // The numbers of a named date are the date (dates and figures both run left to right).
    while (next < dates.length && (dates[next] as NamedDate).end <= start) next++;
    if (next < dates.length && (dates[next] as NamedDate).start < end) continue;
    if (scale === undefined && percent === undefined && /^(19\d{2}|20\d{2}|2100)$/.test(digits)) continue;
    const value = readValue(digits, scale, english);
    if (value === null) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const money = /(?:rp\.?|idr)\s*$/i.exec(before);
    let qualifier: FigureQualifier = "exact";
    let from = money === null ? start : start - money[0].length;
    const lead = BEFORE.find(([re]) => re.test(text.slice(Math.max(0, from - 30), from)));
    if (lead !== undefined) {
      const q = lead[0].exec(text.slice(Math.max(0, from - 30), from)) as RegExpExecArray;
      qualifier = lead[1];
      from -= q[0].length;
    } else if (more !== undefined) qualifier = "more-than";
    else if (scale !== undefined && /an$/i.test(scale)) qualifier = "about";
    figures.push({
      value,
      kind: percent !== undefined ? "percent" : money !== null ? "money" : "count",
      qualifier,
      counted: percent === undefined ? countedAfter(text.slice(end)) : null,
      text: text.slice(from, end),
      span: { start: from, end },
      date: nearestDate(dates[next - 1], dates[next], from, end),
    });
  }
  return figures;
}

/** The value of a number and its scale word, in its language; `null` when it cannot be read without guessing. */
function readValue(digits: string, scale: string | undefined, english: boolean): Decimal | null {
  const enScale = scale !== undefined && Object.hasOwn(EN_POWER, scale.toLowerCase());
  if (enScale || (scale === undefined && english)) {
    // English: a decimal point, commas grouping thousands in threes.
    if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(digits)) return null;
    const power = enScale ? (EN_POWER[(scale as string).toLowerCase()] as number) : 0;
    return new Decimal(digits.replaceAll(",", "")).times(new Decimal(10).pow(power));
  }
  try {
    return parseIndonesianFigure(scale === undefined ? digits : `${digits} ${scale}`).value;
  } catch (e) {
    if (e instanceof OnboardingTargetsError) return null;
    throw e;
  }
}

/** The words after a figure that name what is counted: known words, acronyms, joined by "/". */
function countedAfter(rest: string): string | null {
  const words: string[] = [];
  const re = /^\s*([\p{L}][\p{L}\d]*(?:\/[\p{L}][\p{L}\d]*)*)/u;
  let tail = rest;
  for (let k = 0; k < 4; k++) {
    const m = re.exec(tail);
    if (m === null) break;
    const word = m[1] as string;
    const known = word
      .split("/")
      .every((w) => COUNTED.has(w.toLowerCase()) || (/^\p{Lu}{2,6}s?$/u.test(w) && w.length <= 7));
    if (!known) break;
    words.push(word);
    tail = tail.slice(m[0].length);
  }
  return words.length === 0 ? null : words.join(" ");
}

/** The named date closest to a figure of the two around it (ties: the one before it). */
function nearestDate(
  before: NamedDate | undefined,
  after: NamedDate | undefined,
  start: number,
  end: number,
): ExtractedFigure["date"] {
  const best =
    before === undefined ? after : after === undefined || start - before.end <= after.start - end ? before : after;
  return best === undefined ? null : { text: best.text, date: best.date, precision: best.precision };
}
