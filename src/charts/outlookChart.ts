import { fail } from "../errors/core.js";
import type { OutlookRow } from "../outlook/types.js";
import { parseCalendarDate } from "../periods/core.js";
import { at, readArray, readCount, readEnum, readObject, readString } from "../read/index.js";
import { LOCALES } from "../vocabulary/index.js";
import type { JsonValue, VegaLiteSpec } from "./types.js";
import { type ChartLocale, compactCount, vegaLocale } from "./chartText.js";

/**
 * Options of {@link outlookChart}.
 *
 * @category Charts
 */
export interface OutlookChartOptions {
  /** Language of the words: `en` (default) or `id`. */
  readonly locale?: ChartLocale;
  /** The title; default the locale's "Outlook over time". */
  readonly title?: string;
  /** Width of each panel in pixels, 100 to 4000; default 640. */
  readonly width?: number;
}

/** The words of the outlook chart, one phrase table per language. */
const WORDS = {
  en: {
    title: "Outlook over time",
    subtitle: "What the assessment said on each date, seeing only what was known then",
    asOf: "As of",
    chance: "Chance of the goal on time",
    eta: "ETA (90 % range)",
    goalDate: "Goal date in force",
    revised: (value: string, date: string) => `Goal revised: ${value} by ${date}`,
  },
  id: {
    title: "Perkembangan proyeksi",
    subtitle: "Yang dikatakan penilaian pada tiap tanggal, hanya dengan data yang diketahui saat itu",
    asOf: "Posisi per",
    chance: "Peluang sasaran tercapai tepat waktu",
    eta: "Perkiraan tercapai (rentang 90 %)",
    goalDate: "Tenggat sasaran yang berlaku",
    revised: (value: string, date: string) => `Sasaran direvisi: ${value} pada ${date}`,
  },
} as const;

const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** A date field or null, read at `path`. */
function readDateOrNull(value: unknown, path: string): string | null {
  if (value === null || value === undefined) return null;
  parseCalendarDate(value, path);
  return value as string;
}

/** The parts of a row the chart draws, read once. */
function readRow(value: unknown, path: string) {
  const r = readObject(value, path, [
    "asOf",
    "goal",
    "goalAnnounced",
    "status",
    "current",
    "attainment",
    "projected",
    "probabilityOnTime",
    "probabilityReason",
    "eta",
  ]);
  parseCalendarDate(r.asOf, at(path, "asOf"));
  const goal = readObject(r.goal, at(path, "goal"), ["date", "value"]);
  parseCalendarDate(goal.date, at(at(path, "goal"), "date"));
  const chance = r.probabilityOnTime;
  if (chance !== null && (typeof chance !== "number" || !(chance >= 0 && chance <= 1)))
    fail("invalid_number", at(path, "probabilityOnTime"), "expected a probability between 0 and 1, or null");
  const eta = readObject(r.eta, at(path, "eta"), ["date", "reason", "earliest", "latest"]);
  const end = (key: "earliest" | "latest") =>
    readDateOrNull(
      readObject(eta[key], at(at(path, "eta"), key), ["date", "reason"]).date,
      at(at(at(path, "eta"), key), "date"),
    );
  return {
    asOf: r.asOf as string,
    chance: chance as number | null,
    eta: readDateOrNull(eta.date, at(at(path, "eta"), "date")),
    earliest: end("earliest"),
    latest: end("latest"),
    goalDate: goal.date as string,
    goalValue: readCount(goal.value, at(at(path, "goal"), "value")),
    announced: readDateOrNull(r.goalAnnounced, at(path, "goalAnnounced")),
  };
}

/**
 * A Vega-Lite chart of an outlook over time (the rows of `assessOverTime`): above, the chance of
 * reaching the goal on time at each date; below, the ETA with its range and the goal date in
 * force; each revision of the goal marked by a dashed rule with its new goal. Plain JSON, for
 * `vega-embed` or any Vega-Lite v6 renderer. O(rows).
 *
 * @category Charts
 * @param rows - rows from `assessOverTime`, in date order
 * @param options - `{ locale?, title?, width? }`
 * @returns a Vega-Lite v6 specification
 * @throws {OnboardingTargetsError} `invalid_type`, `invalid_date`, `invalid_number`, `unknown_key` at
 *   `rows.<i>…` for a row that is not an outlook row; `invalid_option` at `rows.<i>.asOf` for rows
 *   out of date order; `invalid_enum` at `options.locale`; `out_of_range` at `options.width`
 * @example
 * ```ts
 * import { assessOverTime, outlookChart } from "onboarding-targets";
 * const target = {
 *   id: "t", baseline: { date: "2020-12-31", value: 0 }, goal: { date: "2022-12-31", value: 2400 },
 *   revisions: [{ announced: "2021-09-30", goal: { date: "2023-06-30", value: 2400 } }],
 * };
 * const reports = [{ date: "2021-03-31", value: 250 }, { date: "2021-06-30", value: 520 }, { date: "2021-09-30", value: 760 }];
 * const spec = outlookChart(assessOverTime(target, reports, { asOf: ["2021-06-30", "2021-09-30"] }));
 * [spec.$schema, (spec.vconcat as unknown[]).length];
 * //=> ["https://vega.github.io/schema/vega-lite/v6.json", 2]
 * ```
 */
export function outlookChart(rows: readonly OutlookRow[], options: OutlookChartOptions = {}): VegaLiteSpec {
  const o = readObject(options, "options", ["locale", "title", "width"]);
  const locale = o.locale === undefined ? "en" : readEnum(o.locale, "options.locale", LOCALES);
  const title = o.title === undefined ? WORDS[locale].title : readString(o.title, "options.title");
  const width = o.width === undefined ? 640 : readCount(o.width, "options.width");
  if (width < 100 || width > 4000) fail("out_of_range", "options.width", `${width} is outside 100 to 4000 pixels`);
  const data = readArray(rows, "rows").map((r, i) => readRow(r, at("rows", i)));
  data.forEach((d, i) => {
    const before = data[i - 1];
    if (before !== undefined && d.asOf <= before.asOf)
      fail(
        "invalid_option",
        at(at("rows", i), "asOf"),
        `${d.asOf} does not come after ${before.asOf}: rows are in date order`,
      );
  });
  return outlookSpec(data, locale, title, width);
}

function outlookSpec(
  data: ReturnType<typeof readRow>[],
  locale: ChartLocale,
  title: string,
  width: number,
): VegaLiteSpec {
  const words = WORDS[locale];
  const x = { field: "asOf", type: "temporal", title: words.asOf };
  const marks = revisionMarks(data, locale);
  const values = data.map(({ asOf, chance, eta, earliest, latest, goalDate }) => ({
    asOf,
    chance,
    eta,
    earliest,
    latest,
    goalDate,
  }));
  return {
    $schema: SCHEMA,
    title: { text: title, subtitle: words.subtitle },
    data: { values },
    config: { locale: vegaLocale(locale) as { [key: string]: JsonValue }, view: { stroke: null }, font: "sans-serif" },
    vconcat: [chancePanel(x, words.chance, width, marks), etaPanel(x, words, width, marks)],
  };
}

/** One dashed rule and label per revision seen in the rows, at its announcement. */
function revisionMarks(data: ReturnType<typeof readRow>[], locale: ChartLocale): JsonValue[] {
  const words = WORDS[locale];
  const day = (date: string) =>
    new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(
      new Date(`${date}T00:00:00Z`),
    );
  const revisions = [...new Map(data.filter((d) => d.announced !== null).map((d) => [d.announced, d])).values()].map(
    (d) => ({
      announced: d.announced as string,
      label: words.revised(compactCount(d.goalValue, locale), day(d.goalDate)),
    }),
  );
  if (revisions.length === 0) return [];
  return [
    {
      data: { values: revisions },
      mark: { type: "rule", strokeDash: [4, 4], color: "#7f7f7f" },
      encoding: { x: { field: "announced", type: "temporal" } },
    },
    {
      data: { values: revisions },
      mark: { type: "text", align: "left", baseline: "top", dx: 4, dy: 4, fontSize: 10, color: "#555555" },
      encoding: { x: { field: "announced", type: "temporal" }, y: { value: 0 }, text: { field: "label" } },
    },
  ];
}

/** The upper panel: the chance on time at each date. */
function chancePanel(x: JsonValue, title: string, width: number, marks: JsonValue[]): JsonValue {
  return {
    width,
    height: 160,
    layer: [
      {
        mark: { type: "line", point: true, color: "#1f77b4" },
        encoding: {
          x,
          y: { field: "chance", type: "quantitative", title, scale: { domain: [0, 1] }, axis: { format: "%" } },
        },
      },
      ...marks,
    ],
  };
}

/** The lower panel: the ETA with its 90 % range, and the goal date in force, at each date. */
function etaPanel(
  x: JsonValue,
  words: { readonly eta: string; readonly goalDate: string },
  width: number,
  marks: JsonValue[],
): JsonValue {
  return {
    width,
    height: 220,
    layer: [
      {
        mark: { type: "area", opacity: 0.2, color: "#ff7f0e" },
        encoding: { x, y: { field: "earliest", type: "temporal", title: words.eta }, y2: { field: "latest" } },
      },
      { mark: { type: "line", point: true, color: "#ff7f0e" }, encoding: { x, y: { field: "eta", type: "temporal" } } },
      {
        mark: { type: "line", interpolate: "step-after", strokeDash: [6, 3], color: "#2ca02c" },
        encoding: { x, y: { field: "goalDate", type: "temporal", title: words.goalDate } },
      },
      ...marks,
    ],
  };
}
