/**
 * The words and number/date shapes of the charts, in English and Bahasa Indonesia. Kept apart from
 * the spec builders so that a translation is one table, not a hunt through layout code.
 * @internal
 * @module
 */
import type { Month } from "date-fns";
import { enUS } from "date-fns/locale/en-US";
import { id } from "date-fns/locale/id";
import { Decimal } from "../decimal/index.js";
import { formatCount } from "../locale/core.js";
import { type Locale, PHRASES } from "../vocabulary/index.js";
import type { CalendarDate } from "../periods/core.js";

/**
 * Language of the words in a chart: the library's {@link Locale}.
 *
 * @category Charts
 * @deprecated Use `Locale`, the one locale type of the library; this alias stays until the next
 * minor version.
 */
export type ChartLocale = Locale;

/** @internal */
export interface ChartWords {
  readonly subtitle: string;
  readonly actual: string;
  readonly plan: string;
  readonly projection: string;
  readonly interval: (confidence: string) => string;
  /** The gap label in two lines: what and how much, then when. */
  readonly shortfall: (amount: string, date: string) => readonly [string, string];
  readonly surplus: (amount: string, date: string) => readonly [string, string];
  readonly goal: string;
  readonly by: string;
  readonly eta: string;
  /** The note of the eta's range within the interval: `(confidence, from, to)`, `to` null when open. */
  readonly etaRange: (confidence: string, from: string, to: string | null) => string;
  /** The note of the chance of reaching the goal by its date. */
  readonly chance: (date: string, percent: string) => string;
  readonly asOf: string;
  readonly date: string;
  readonly cumulative: string;
  readonly legend: string;
  readonly reasons: Readonly<Record<string, string>>;
  readonly status: string;
  readonly statuses: Readonly<Record<string, string>>;
  readonly months: readonly string[];
  /** The units of `formatCount`'s compact style, as they follow the number (a space before in `id`). */
  readonly unitSuffix: readonly [thousand: string, million: string, billion: string, trillion: string];
}

/** @internal */
export const CHART_WORDS: Readonly<Record<Locale, ChartWords>> = {
  en: {
    subtitle: "Burn-up: cumulative actual against plan to date, with the projection",
    actual: "Actual (cumulative)",
    plan: PHRASES.en.measures.planToDate,
    projection: PHRASES.en.measures.projection,
    interval: (c) => `${c} interval`,
    shortfall: (amount, date) => [`Shortfall ${amount}`, `at ${date}`],
    surplus: (amount, date) => [`Surplus ${amount}`, `at ${date}`],
    goal: PHRASES.en.measures.goal,
    by: "by",
    eta: PHRASES.en.measures.eta,
    etaRange: (c, from, to) => `ETA ${c} range: ${to === null ? `from ${from}` : `${from} – ${to}`}`,
    chance: (date, percent) => `Chance of the goal by ${date}: ${percent}`,
    asOf: PHRASES.en.measures.asOf,
    date: "Date",
    cumulative: "Cumulative count",
    legend: "Series",
    status: PHRASES.en.measures.status,
    statuses: PHRASES.en.statuses,
    reasons: {
      "never-at-this-pace": "never at this pace",
      "beyond-capacity": "beyond capacity K",
      "after-calendar-end": "after 9999-12-31",
      "insufficient-data": PHRASES.en.statuses["insufficient-data"],
    },
    // Short month names of the labels, beside Vega's own tables (see vegaLocale).
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    unitSuffix: ["K", "M", "B", "T"],
  },
  id: {
    subtitle: "Burn-up: capaian kumulatif terhadap rencana s.d. tanggal, dengan proyeksi",
    actual: "Capaian (kumulatif)",
    plan: PHRASES.id.measures.planToDate,
    projection: PHRASES.id.measures.projection,
    interval: (c) => `${PHRASES.id.measures.interval} ${c}`,
    shortfall: (amount, date) => [`Kekurangan ${amount}`, `pada ${date}`],
    surplus: (amount, date) => [`Kelebihan ${amount}`, `pada ${date}`],
    goal: PHRASES.id.measures.goal,
    by: "pada",
    eta: PHRASES.id.measures.eta,
    etaRange: (c, from, to) => `Rentang perkiraan ${c}: ${to === null ? `mulai ${from}` : `${from} – ${to}`}`,
    chance: (date, percent) => `Peluang tercapai hingga ${date}: ${percent}`,
    asOf: PHRASES.id.measures.asOf,
    date: "Tanggal",
    cumulative: "Jumlah kumulatif",
    legend: "Seri",
    status: PHRASES.id.measures.status,
    statuses: PHRASES.id.statuses,
    reasons: {
      "never-at-this-pace": "tidak tercapai pada laju ini",
      "beyond-capacity": "melampaui kapasitas K",
      "after-calendar-end": "setelah 31-12-9999",
      "insufficient-data": PHRASES.id.statuses["insufficient-data"],
    },
    months: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
    unitSuffix: [" rb", " jt", " M", " T"],
  },
};

/**
 * An amount in the short form of the locale's `formatCount` with three significant digits:
 * `4.05M`, `12.3K`, `850` (en); `4,05 jt`, `12,3 rb`, `850` (id). @internal
 */
export function compactCount(value: number | Decimal, locale: Locale): string {
  let scaled = new Decimal(value).abs();
  for (let k = 0; k < 4 && scaled.gte(1000); k++) scaled = scaled.div(1000);
  const digits = scaled.gte(100) ? 0 : scaled.gte(10) ? 1 : 2;
  return formatCount(value, { locale, style: "compact", maximumFractionDigits: digits });
}

/**
 * The Vega expression that writes an axis label (`datum.value`) as {@link compactCount} writes
 * the labels: up to three significant digits (d3's `.3~r`, with the locale's marks from
 * {@link vegaLocale}) and the unit of the value's own thousand (`500K`, `1.25M`; `500 rb`,
 * `1,25 jt`). One number format for the axis and the labels. @internal
 */
export function countLabelExpr(locale: Locale): string {
  let expr = "format(datum.value, ',.3~r')";
  CHART_WORDS[locale].unitSuffix.forEach((unit, k) => {
    const unitValue = 1000 ** (k + 1);
    expr = `abs(datum.value) >= ${unitValue} ? format(datum.value / ${unitValue}, ',.3~r') + '${unit}' : ${expr}`;
  });
  return expr;
}

/** `31 Dec 2023` (en) or `31 Des 2023` (id). @internal */
export function shortDate(date: CalendarDate, locale: Locale): string {
  const [year, month, day] = date.split("-");
  return `${Number(day)} ${CHART_WORDS[locale].months[Number(month) - 1] ?? month} ${year}`;
}

/** The d3-format/d3-time-format locale Vega uses for axis labels. @internal */
export function vegaLocale(locale: Locale): Record<string, unknown> {
  // Vega formats the axis labels itself from these d3 tables, in the browser; the month names are
  // read from date-fns' enUS and id locales, which the explanations use too.
  const en = locale === "en";
  const names = en ? enUS : id;
  const long = Array.from({ length: 12 }, (_, m) => names.localize.month(m as Month, { width: "wide" }));
  return {
    number: {
      decimal: en ? "." : ",",
      thousands: en ? "," : ".",
      grouping: [3],
      // The hyphen-minus, as compactCount writes it (d3's default is U+2212).
      minus: "-",
      currency: en ? ["$", ""] : ["Rp", ""],
    },
    time: {
      dateTime: en ? "%x, %X" : "%A, %e %B %Y %X",
      date: en ? "%-m/%-d/%Y" : "%d/%m/%Y",
      time: en ? "%-I:%M:%S %p" : "%H.%M.%S",
      periods: en ? ["AM", "PM"] : ["AM", "PM"],
      days: en
        ? ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        : ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
      shortDays: en
        ? ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        : ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"],
      months: long,
      shortMonths: [...CHART_WORDS[locale].months],
    },
  };
}
