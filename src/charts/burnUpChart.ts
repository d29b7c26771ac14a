import { Decimal, type DecimalInput, toDecimal } from "../decimal/index.js";
import { fail } from "../errors/OnboardingTargetsError.js";
import { at, guard, readArray, readEnum, readObject, readString } from "../internal/read.js";
import { DEFAULT_LOCALE, LOCALES } from "../locale/locales.js";
import { readObservations } from "../model/readObservations.js";
import { readTarget } from "../model/readTarget.js";
import type { DatedValue, ObservationInput, Target, TargetInput } from "../model/types.js";
import { type CalendarDate, parseCalendarDate } from "../periods/calendarDate.js";
import { CHART_WORDS, type ChartLocale, groupDigits, shortDate, vegaLocale } from "./chartText.js";
import { planToDate } from "../progress/planToDate.js";
import { planLine } from "./planLine.js";

/**
 * One point of a projected path, as a `Projection` from `project` holds it: `lower` and `upper`
 * are `null` when there are too few points for an interval.
 *
 * @category Charts
 */
export interface BurnUpProjectionPoint {
  /** `YYYY-MM-DD`. */
  readonly date: CalendarDate;
  /** Projected cumulative value. */
  readonly value: DecimalInput;
  /** Lower edge of the interval, or `null`. */
  readonly lower: DecimalInput | null;
  /** Upper edge of the interval, or `null`. */
  readonly upper: DecimalInput | null;
}

/**
 * What {@link burnUpChart} draws: a target with its observations (or a cumulative series), and
 * optionally a projection, an ETA and the assessment date. An `Assessment` from `assess` supplies
 * `projection`, `eta`, `asOf` and `current`: pass `{ ...assessment, target, observations }`. Its
 * projection holds only the value at the goal date, so the chart draws a straight segment to it;
 * pass `projection` from `project` to draw the whole projected path.
 *
 * @category Charts
 */
export interface BurnUpInput {
  /** The target: baseline, goal and phasing (for the plan-to-date line). */
  readonly target: TargetInput | Target;
  /** Reported values (cumulative or increments); increments are added up from the baseline. */
  readonly observations?: readonly ObservationInput[];
  /** A cumulative series (e.g. from `cumulativeSeries`), used when `observations` is absent. */
  readonly series?: readonly {
    /** `YYYY-MM-DD`. */
    readonly date: CalendarDate;
    /** The cumulative value at the end of `date`. */
    readonly value: DecimalInput;
  }[];
  /** A projected path (e.g. from `project`), with or without an interval. */
  readonly projection?: {
    /** The projected path, e.g. from `project`. */
    readonly points?: readonly BurnUpProjectionPoint[];
    /** An assessment's projected value at the goal date, used when `points` is absent. */
    readonly valueAtGoal?: DecimalInput;
    /** Lower edge of the interval at the goal date (with `valueAtGoal`). */
    readonly lower?: DecimalInput | null;
    /** Upper edge of the interval at the goal date (with `valueAtGoal`). */
    readonly upper?: DecimalInput | null;
    /** Two-sided confidence of the interval, for the legend; default 0.9. */
    readonly confidence?: DecimalInput;
    /** Where the projection starts (the last observation); the line and band are drawn from it. */
    readonly origin?: {
      /** `YYYY-MM-DD` of the last observation. */
      readonly date: CalendarDate;
      /** Its cumulative value. */
      readonly value: DecimalInput;
    };
  } | null;
  /** When the projected path reaches the goal: a date, or `null` with a reason. */
  readonly eta?: {
    /** `YYYY-MM-DD`, or `null` when the path never reaches the goal. */
    readonly date: CalendarDate | null;
    /** Why there is no date (e.g. `never at this pace`); shown under the title. */
    readonly reason?: string | undefined;
  } | null;
  /** An assessment's status, shown under the title. */
  readonly status?: string;
  /** The measurement date: observations after it are left out, and a rule marks it. */
  readonly asOf?: CalendarDate;
  /**
   * The latest observed point (an assessment's `current`): where a projection that holds only
   * `valueAtGoal` (an assessment's) starts.
   */
  readonly current?: {
    /** `YYYY-MM-DD`. */
    readonly date: CalendarDate;
    /** The cumulative value at the end of `date`. */
    readonly value: DecimalInput;
  } | null;
}

/**
 * Options of {@link burnUpChart}.
 *
 * @category Charts
 */
export interface BurnUpChartOptions {
  /** Language of titles, legend and labels: `en` or `id` (Bahasa Indonesia); default `DEFAULT_LOCALE` (`en`). */
  readonly locale?: ChartLocale;
  /** Chart title; default the target's name, else its id. */
  readonly title?: string;
  /** Width of the plotting area in pixels; default 640. */
  readonly width?: number;
  /** Height of the plotting area in pixels; default 360. */
  readonly height?: number;
  /**
   * The plan-to-date value on a date; default `planToDate(target, date)`, which follows the
   * target's phasing (linear, monthly weights, seasonal or milestones).
   */
  readonly planAt?: (date: CalendarDate) => DecimalInput;
}

/** A JSON value: what a Vega-Lite specification is made of. @category Charts */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A Vega-Lite v6 specification as plain JSON. @category Charts */
export interface VegaLiteSpec {
  /** The Vega-Lite schema URL. */
  readonly $schema: string;
  readonly [key: string]: JsonValue;
}

const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
const COLORS = { actual: "#1f5fa8", plan: "#8c8c8c", projection: "#e0720b", goal: "#2e8b3a", eta: "#c0392b", asOf: "#555555" };

/**
 * A burn-up chart of a target as a Vega-Lite v6 specification: the cumulative actual values, the
 * plan-to-date line, the projection with its interval band, the goal (a horizontal rule and a point
 * on the goal date) and the ETA (a vertical rule), with titles and labels in English or Bahasa
 * Indonesia. The result is plain JSON with the data inline: render it with `vega-embed`, the
 * `vega`/`vega-lite` packages, or any Vega-Lite v6 host; the library itself does not depend on Vega.
 *
 * Dates are drawn on a UTC time scale, so the picture is the same in every time zone.
 * Complexity O(n + m + months). Reference: Vega-Lite v6 layered specifications.
 *
 * @category Charts
 * @param input - an assessment, or `{ target, observations | series, projection?, eta?, asOf? }`
 * @param options - `locale`, `title`, `width`, `height`, `planAt`
 * @returns a Vega-Lite v6 layered specification (plain JSON)
 * @throws {OnboardingTargetsError} `invalid_target`, `invalid_date`, `invalid_count`… for an invalid target or observation (path `target…`, `observations…`); `invalid_decimal` for a non-finite series or projection value; `invalid_option` for a bad option
 * @example
 * ```ts
 * import { burnUpChart } from "onboarding-targets";
 * const spec = burnUpChart({
 *   target: { id: "umkm", baseline: { date: "2021-04-30", value: 11_700_000 }, goal: { date: "2023-12-31", value: 30_000_000 } },
 *   observations: [{ date: "2021-12-31", value: 15_000_000 }],
 * }, { locale: "id" });
 * spec.title;
 * //=> { "text": "umkm", "subtitle": "Burn-up: realisasi kumulatif terhadap rencana s.d. tanggal, dengan proyeksi" }
 * ```
 */
export function burnUpChart(input: BurnUpInput, options: BurnUpChartOptions = {}): VegaLiteSpec {
  const o = readLoose(input, "input");
  const target = readTarget(o.target, "target");
  const opts = readObject(options, "options", ["locale", "title", "width", "height", "planAt"]);
  const locale = opts.locale === undefined ? DEFAULT_LOCALE : readEnum(opts.locale, "options.locale", LOCALES);
  const words = CHART_WORDS[locale];
  const title = opts.title === undefined ? (target.name ?? target.id) : readString(opts.title, "options.title");
  const width = readSize(opts.width, "options.width", 640);
  const height = readSize(opts.height, "options.height", 360);
  const asOf = o.asOf === undefined ? undefined : readDate(o.asOf, "input.asOf");

  const actual = actualSeries(target, o, asOf);
  const planAt =
    opts.planAt === undefined
      ? (date: CalendarDate) => planToDate(target, date)
      : typeof opts.planAt === "function"
        ? (date: CalendarDate) => new Decimal(toFinite(guard("options.planAt", () => (opts.planAt as (d: string) => DecimalInput)(date)), "options.planAt"))
        : fail("invalid_option", "options.planAt", "expected a function (date) => value");
  const plan = planLine(target, planAt);
  const projection = projectionPoints(o.projection, target, o.current);
  const confidence = readConfidence(o.projection === undefined || o.projection === null ? undefined : readLoose(o.projection, "projection").confidence);
  const eta = readEta(o.eta);

  const rows: JsonValue[] = [
    ...actual.map((p) => ({ series: words.actual, date: p.date, value: p.value })),
    ...plan.map((p) => ({ series: words.plan, date: p.date, value: p.value })),
    ...projection.map((p) => ({ series: words.projection, date: p.date, value: p.value, lower: p.lower, upper: p.upper })),
  ];
  const scaleOf = magnitude(Math.max(target.goal.value, target.baseline.value, ...actual.map((p) => p.value)));
  const yLabel =
    scaleOf.divisor === 1
      ? "format(datum.value, ',~d')"
      : `format(datum.value / ${scaleOf.divisor}, ',.1~f') + '${words.unitSuffix[scaleOf.index]}'`;

  const x = { field: "date", type: "temporal", scale: { type: "utc" }, title: words.date, axis: { format: "%b %Y", labelAngle: 0 } };
  const y = { field: "value", type: "quantitative", title: target.unit === undefined ? words.cumulative : `${words.cumulative} (${target.unit})`, axis: { labelExpr: yLabel } };
  const seriesDomain = [words.actual, words.plan, ...(projection.length > 0 ? [words.projection] : [])];
  const color = {
    field: "series",
    type: "nominal",
    title: words.legend,
    scale: { domain: seriesDomain, range: [COLORS.actual, COLORS.plan, COLORS.projection].slice(0, seriesDomain.length) },
    legend: { orient: "bottom", labelLimit: 400 },
  };
  const only = (name: string): JsonValue[] => [{ filter: { field: "series", equal: name } }];

  const layer: JsonValue[] = [];
  if (projection.some((p) => p.lower !== null && p.upper !== null)) {
    layer.push({
      transform: [...only(words.projection), { filter: "datum.lower != null && datum.upper != null" }],
      mark: { type: "area", opacity: 0.18, color: COLORS.projection },
      encoding: { x, y: { field: "lower", type: "quantitative", title: y.title }, y2: { field: "upper" }, tooltip: [{ field: "lower", title: words.interval(confidence) }, { field: "upper" }] },
      name: "interval",
    });
  }
  layer.push({
    transform: only(words.plan),
    mark: { type: "line", strokeDash: [4, 4], strokeWidth: 1.5 },
    encoding: { x, y, color },
    name: "plan",
  });
  if (projection.length > 0) {
    layer.push({
      transform: only(words.projection),
      mark: { type: "line", strokeDash: [8, 4], strokeWidth: 2 },
      encoding: { x, y, color },
      name: "projection",
    });
  }
  layer.push({
    transform: only(words.actual),
    mark: { type: "line", point: true, strokeWidth: 2.5 },
    encoding: { x, y, color, tooltip: [{ field: "date", type: "temporal", format: "%Y-%m-%d", scale: { type: "utc" } }, { field: "value", type: "quantitative", format: ",d" }] },
    name: "actual",
  });
  const goalText = `${words.goal}: ${groupDigits(target.goal.value, locale)} ${words.by} ${shortDate(target.goal.date, locale)}`;
  layer.push(
    {
      data: { values: [{ value: target.goal.value }] },
      mark: { type: "rule", color: COLORS.goal, strokeDash: [2, 2] },
      encoding: { y: { field: "value", type: "quantitative" } },
      name: "goal_rule",
    },
    {
      data: { values: [{ date: target.goal.date, value: target.goal.value, label: goalText }] },
      mark: { type: "point", shape: "diamond", size: 140, filled: true, color: COLORS.goal },
      encoding: { x, y, tooltip: { field: "label" } },
      name: "goal_point",
    },
    {
      data: { values: [{ date: target.goal.date, value: target.goal.value, label: goalText }] },
      mark: { type: "text", align: "right", dx: -8, dy: -10, color: COLORS.goal, fontWeight: "bold" },
      encoding: { x, y, text: { field: "label" } },
      name: "goal_label",
    },
  );
  if (asOf !== undefined) {
    layer.push(verticalMarker(asOf, `${words.asOf} ${shortDate(asOf, locale)}`, COLORS.asOf, x, "as_of", "bottom"));
  }
  const notes: string[] = [];
  if (typeof o.status === "string" && Object.hasOwn(words.statuses, o.status)) notes.push(`${words.status}: ${words.statuses[o.status]}`);
  if (eta !== undefined && eta.date !== null) {
    layer.push(verticalMarker(eta.date, `${words.eta}: ${shortDate(eta.date, locale)}`, COLORS.eta, x, "eta", "top"));
  } else if (eta !== undefined) {
    notes.push(`${words.eta}: ${eta.reason === undefined ? "—" : (Object.hasOwn(words.reasons, eta.reason) ? words.reasons[eta.reason] : eta.reason)}`);
  }

  return {
    $schema: SCHEMA,
    title: { text: title, subtitle: notes.length === 0 ? words.subtitle : [words.subtitle, notes.join(" · ")] },
    width,
    height,
    data: { values: rows },
    layer,
    config: { locale: vegaLocale(locale) as { [key: string]: JsonValue }, view: { stroke: null }, font: "sans-serif" },
  } as VegaLiteSpec;
}

function verticalMarker(date: CalendarDate, label: string, color: string, x: JsonValue, name: string, at: "top" | "bottom"): JsonValue {
  return {
    data: { values: [{ date, label }] },
    layer: [
      { mark: { type: "rule", color, strokeWidth: 1.5, strokeDash: name === "eta" ? [6, 3] : [1, 3] }, encoding: { x } },
      {
        // The ETA sits near the goal date, at the right edge: its label goes to the left of the rule.
        mark: { type: "text", color, align: at === "top" ? "right" : "left", dx: at === "top" ? -4 : 4, ...(at === "top" ? { y: 8 } : { y: { expr: "height - 8" } }), fontWeight: "bold" },
        encoding: { x, text: { field: "label" } },
      },
    ],
    name,
  };
}

function actualSeries(target: Target, o: Record<string, unknown>, asOf: CalendarDate | undefined): DatedValue[] {
  const points: DatedValue[] = [{ date: target.baseline.date, value: target.baseline.value }];
  const keep = (date: CalendarDate) => date > target.baseline.date && (asOf === undefined || date <= asOf);
  if (o.observations !== undefined) {
    const observations = readObservations(o.observations, "observations")
      .map((obs, i) => ({ obs, i }))
      .sort((a, b) => (a.obs.date < b.obs.date ? -1 : a.obs.date > b.obs.date ? 1 : a.i - b.i));
    let running = target.baseline.value;
    for (const { obs } of observations) {
      if (!keep(obs.date)) continue;
      running = obs.kind === "increment" ? running + obs.value : obs.value;
      points.push({ date: obs.date, value: running });
    }
  } else if (o.series !== undefined) {
    readArray(o.series, "series").forEach((p, i) => {
      const r = readLoose(p, at("series", i));
      const date = readDate(r.date, at(at("series", i), "date"));
      const value = toFinite(r.value, at(at("series", i), "value"));
      if (keep(date)) points.push({ date, value });
    });
    points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return points;
}

function projectionPoints(value: unknown, target: Target, current: unknown): { date: CalendarDate; value: number; lower: number | null; upper: number | null }[] {
  if (value === undefined || value === null) return [];
  const p = readLoose(value, "projection");
  if (p.points === undefined) {
    // An assessment's projection holds only the value at the goal date: draw a straight segment
    // from the current value to it, with the interval at the goal date.
    if (p.valueAtGoal === undefined || current === undefined || current === null) return [];
    const c = readLoose(current, "current");
    const from = readDate(c.date, "current.date");
    const v = toFinite(c.value, "current.value");
    const edge = (x: unknown, key: string) => (x === null || x === undefined ? null : toFinite(x, at("projection", key)));
    const atGoal = { date: target.goal.date, value: toFinite(p.valueAtGoal, "projection.valueAtGoal"), lower: edge(p.lower, "lower"), upper: edge(p.upper, "upper") };
    const hasBand = atGoal.lower !== null && atGoal.upper !== null;
    return from < target.goal.date ? [{ date: from, value: v, lower: hasBand ? v : null, upper: hasBand ? v : null }, atGoal] : [];
  }
  const points = readArray(p.points, "projection.points").map((raw, i) => {
    const path = at("projection.points", i);
    const q = readLoose(raw, path);
    const edge = (v: unknown, key: string) => (v === null || v === undefined ? null : toFinite(v, at(path, key)));
    return { date: readDate(q.date, at(path, "date")), value: toFinite(q.value, at(path, "value")), lower: edge(q.lower, "lower"), upper: edge(q.upper, "upper") };
  });
  // A projection from `project` starts after its origin (the last observation): draw the line and
  // the band from the origin itself, where the interval has zero width, so there is no gap.
  if (p.origin !== undefined && p.origin !== null && points.length > 0) {
    const origin = readLoose(p.origin, "projection.origin");
    const date = readDate(origin.date, "projection.origin.date");
    const value = toFinite(origin.value, "projection.origin.value");
    if (date < (points[0] as { date: string }).date) points.unshift({ date, value, lower: value, upper: value });
  }
  return points;
}

function readConfidence(c: unknown): string {
  if (c === undefined || c === null) return "90 %";
  return `${toDecimal(c, "projection.confidence").times(100).toDecimalPlaces(1).toString()} %`;
}

function readEta(value: unknown): { date: CalendarDate | null; reason?: string } | undefined {
  if (value === undefined || value === null) return undefined;
  const e = readLoose(value, "eta");
  const date = e.date === null || e.date === undefined ? null : readDate(e.date, "eta.date");
  return e.reason === undefined ? { date } : { date, reason: readString(e.reason, "eta.reason") };
}

/**
 * An object whose keys are not fixed (an assessment carries many fields the chart ignores): its
 * own properties, read once, with hostile proxies and getters turned into OnboardingTargetsError.
 */
function readLoose(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null) return readObject(value, path, []);
  // Array.isArray and Object.keys both throw on a revoked proxy: inside guard.
  const keys = guard(path, () => {
    if (Array.isArray(value)) fail("invalid_type", path, "expected an object, got an array");
    return Object.keys(value);
  });
  return readObject(value, path, keys);
}

/** A decimal input as a finite float for the chart; `out_of_range` when it overflows a double. */
function toFinite(value: unknown, path: string): number {
  const n = toDecimal(value, path).toNumber();
  if (!Number.isFinite(n)) fail("out_of_range", path, `${String(value).slice(0, 40)} is too large to draw`);
  return n;
}

function readDate(value: unknown, path: string): CalendarDate {
  parseCalendarDate(value, path);
  return value as CalendarDate;
}

function readSize(value: unknown, path: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 50 || value > 10_000) {
    return fail("invalid_option", path, "expected a whole number of pixels between 50 and 10000");
  }
  return value;
}

function magnitude(max: number): { divisor: number; index: 0 | 1 | 2 } | { divisor: 1; index: 0 } {
  if (max >= 1e9) return { divisor: 1e9, index: 2 };
  if (max >= 1e6) return { divisor: 1e6, index: 1 };
  if (max >= 1e4) return { divisor: 1e3, index: 0 };
  return { divisor: 1, index: 0 };
}
