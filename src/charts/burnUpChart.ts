import { Decimal, type DecimalInput, describeType, toDecimal } from "../decimal/index.js";
import { fail } from "../errors/OnboardingTargetsError.js";
import { atPath } from "../errors/atPath.js";
import { at, readArray, readEnum, readObject, readString } from "../read/index.js";
import { DEFAULT_LOCALE, LOCALES } from "../vocabulary/index.js";
import { readTarget } from "../model/core.js";
import { cumulativePath } from "../path/core.js";
import type { DatedValue, ObservationInput, Target, TargetInput } from "../model/types.js";
import { type CalendarDate, parseCalendarDate } from "../periods/calendarDate.js";
import { planCurve } from "../progress/core.js";
import { dayOf, xAxisDomain, type YDomain, yAxisDomain } from "./axisDomains.js";
import {
  CHART_WORDS,
  type ChartLocale,
  type ChartWords,
  compactCount,
  groupDigits,
  shortDate,
  vegaLocale,
} from "./chartText.js";
import { planLine, planLineOfCurve } from "./planLine.js";

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
 * A date estimated from a projection (an assessment's `eta.earliest` or `eta.latest`): a date, or
 * `null` with the reason.
 *
 * @category Charts
 */
export interface BurnUpDateEstimate {
  /** `YYYY-MM-DD`, or `null`. */
  readonly date: CalendarDate | null;
  /** Why there is no date. */
  readonly reason?: string | undefined;
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
  /** Reported values (cumulative or increments), read as `assess` reads them: the cumulative path from the baseline ([the cumulative path](../../docs/methodology.md#the-cumulative-path)). */
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
    /**
     * An assessment's chance of reaching the goal by the goal date (0 to 1), shown under the title
     * as a whole percent (`< 1 %` and `> 99 %` at the ends); `null` or absent: not shown.
     */
    readonly probabilityOnTime?: number | null;
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
    /** Why there is no date (e.g. `never-at-this-pace`); shown under the title. */
    readonly reason?: string | undefined;
    /** An assessment's earliest date within the interval; with a date, the range is shown under the title. */
    readonly earliest?: BurnUpDateEstimate | null;
    /** An assessment's latest date within the interval (`date: null` when it may never be reached). */
    readonly latest?: BurnUpDateEstimate | null;
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
  /**
   * The range of the y axis: `auto` (default), `zero`, `nice`, or `[min, max]`. `zero` starts at
   * 0; `nice` starts near the data; both end on multiples of a round step (1, 2, 2.5 or 5 times a
   * power of ten, at least a fifth of the data's extent). `auto` is `nice` when the smallest
   * plotted value is positive and at least a quarter of the largest (11.7 to 31.5 million: 10 to
   * 35 million), else `zero`. `[min, max]` (finite, min below max) is used as given, with the
   * marks clipped to it.
   */
  readonly yDomain?: YDomain;
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
const COLORS = {
  actual: "#1f5fa8",
  plan: "#8c8c8c",
  projection: "#e0720b",
  interval: "#e0720b",
  goal: "#2e8b3a",
  shortfall: "#b0172a",
  eta: "#c0392b",
  asOf: "#555555",
};
/** Fill opacity of the interval band (and its legend swatch). */
const BAND_OPACITY = 0.3;
/** The gap label goes right of its rule when at least this share of the x span lies after the goal date. */
const LABEL_RIGHT_SHARE = 0.2;
/** Pixels above the goal line that the goal's label takes (10 px offset, 11 px text, a gap). */
const GOAL_LABEL_CLEARANCE = 26;
/** Line height of the two-line gap label (Vega's default for its 11 px text). */
const LINE_HEIGHT = 13;

/**
 * A burn-up chart of a target as a Vega-Lite v6 specification: the cumulative actual values, the
 * plan-to-date line, the projection with its interval band, the goal (a horizontal rule and a point
 * on the goal date), the projected shortfall or surplus at the goal date, and the ETA (a vertical
 * rule), with titles and labels in English or Bahasa Indonesia. The result is plain JSON with the
 * data inline: render it with `vega-embed`, the `vega`/`vega-lite` packages, or any Vega-Lite v6
 * host; the library itself does not depend on Vega.
 *
 * What it draws:
 * - The legend names every series by its colour: actual, plan to date, projection and the
 *   interval band (`90 % interval`, `Interval 90 %` in `id`, with the projection's confidence).
 * - The gap at the goal date: when the projected path has a value on the goal date (a point on it,
 *   or a date between two points, read off the straight segment the chart draws between them), a
 *   vertical rule joins that value to the goal, labelled `Shortfall 4.05M at 31 Dec 2023` when the
 *   projection falls short (`Kekurangan 4,05 jt pada 31 Des 2023`), or `Surplus …` / `Kelebihan …`
 *   when it passes the goal; for a target with `direction: "decrease"`, short means above it. No rule when the
 *   projection ends before the goal date, starts after it, or meets the goal exactly.
 * - Under the title, from an assessment: its status; why there is no ETA; the ETA's range within
 *   the interval (`ETA 90 % range: 25 Jul 2024 – 10 Jan 2025`, `Rentang perkiraan 90 %: …` in `id`,
 *   from `eta.earliest` and `eta.latest`); and the chance of the goal by its date (`Chance of the
 *   goal by 31 Dec 2023: < 1 %`, `Peluang tercapai hingga 31 Des 2023: < 1 %`, from
 *   `projection.probabilityOnTime`, in whole percents).
 * - The y axis (`options.yDomain`): `zero` runs from 0 (or the smallest value, if negative);
 *   `nice` starts near the data. Either way both ends are widened outward to multiples of a round
 *   step: the first of 1, 2, 2.5 and 5 times a power of ten that is at least a fifth of the values'
 *   extent. `auto` (the default) is `nice` when the smallest plotted value (baseline, actual, plan,
 *   projection, interval edge or goal) is positive and at least a quarter of the largest, and `zero`
 *   otherwise. Example: 11.7 to 31.5 million gives a step of 5 million (19.8 / 5 = 3.96) and an
 *   axis from 10 to 35 million; from zero it would run 0 to 35 million. `[min, max]` fixes the
 *   range, and marks outside it are clipped.
 * - The x axis runs from the first plotted date to the end of the month that holds the last one
 *   (the ETA, the goal date or the projection's end) plus 3 % of the span, so the last marker
 *   stands clear of the edge.
 *
 * Dates are drawn on a UTC time scale, so the picture is the same in every time zone.
 * Complexity O(n + m + months). Reference: Vega-Lite v6 layered specifications.
 *
 * To look at a chart outside a browser, the repository's dev script renders a saved specification
 * to SVG and PNG with `vega`, `vega-lite` and `@resvg/resvg-js`:
 * ```sh
 * node -e 'import("onboarding-targets").then(({ burnUpChart }) => console.log(JSON.stringify(burnUpChart(input))))' > chart.json
 * node scripts/render-chart.mjs chart.json --out chart   # writes chart.svg and chart.png
 * ```
 *
 * @category Charts
 * @param input - an assessment, or `{ target, observations | series, projection?, eta?, asOf? }`
 * @param options - `locale`, `title`, `width`, `height`, `planAt`, `yDomain`
 * @returns a Vega-Lite v6 layered specification (plain JSON)
 * @throws {OnboardingTargetsError} `invalid_target`, `invalid_date`, `invalid_count`… for an invalid target or observation (path `target…`, `observations…`); `duplicate_date` (path `observations.<i>.date`) for two different cumulative values on one date; `invalid_decimal` for a non-finite series or projection value; `invalid_option` for a bad option; `invalid_enum` (path `options.yDomain`) for a `yDomain` that is neither a known word nor a pair; `invalid_number` (path `options.yDomain.0` or `.1`) for a bound that is not a finite number; `out_of_range` (path `options.yDomain`) for a pair whose length is not 2 or whose `min` is not below its `max`; `out_of_range` (path `projection.probabilityOnTime`) for a chance that is not a number from 0 to 1
 * @example
 * ```ts
 * import { burnUpChart } from "onboarding-targets";
 * const spec = burnUpChart({
 *   target: { id: "umkm", baseline: { date: "2021-04-30", value: 11_700_000 }, goal: { date: "2023-12-31", value: 30_000_000 } },
 *   observations: [{ date: "2021-12-31", value: 15_000_000 }],
 *   projection: { points: [{ date: "2023-12-31", value: 28_800_000, lower: 27_000_000, upper: 30_600_000 }] },
 * }, { locale: "id" });
 * spec.title;
 * //=> { "text": "umkm", "subtitle": "Burn-up: realisasi kumulatif terhadap rencana s.d. tanggal, dengan proyeksi" }
 * spec.layer.find((layer) => layer.name === "goal_gap").data.values[0].label;
 * //=> "Kekurangan 1,2 jt pada 31 Des 2023"
 * ```
 */
export function burnUpChart(input: BurnUpInput, options: BurnUpChartOptions = {}): VegaLiteSpec {
  // The door and a pipeline of named steps (read the input once; actual, plan and projection
  // series; axes; encodingsOf; layersOf); its length is the reading of the options at the door.
  const o = readLoose(input, "input");
  const target = readTarget(o.target, "target");
  const opts = readObject(options, "options", ["locale", "title", "width", "height", "planAt", "yDomain"]);
  const locale = opts.locale === undefined ? DEFAULT_LOCALE : readEnum(opts.locale, "options.locale", LOCALES);
  const words = CHART_WORDS[locale];
  const title = opts.title === undefined ? (target.name ?? target.id) : readString(opts.title, "options.title");
  const width = readSize(opts.width, "options.width", 640);
  const height = readSize(opts.height, "options.height", 360);
  const yDomainOption = readYDomain(opts.yDomain);
  const asOf = o.asOf === undefined ? undefined : readDate(o.asOf, "input.asOf");

  const actual = actualSeries(target, o, asOf);
  // The target's plan curve, built once and evaluated in one pass over the sorted month ends;
  // or the caller's planAt, called once per sample date.
  const plan =
    opts.planAt === undefined
      ? planLineOfCurve(target, planCurve(target))
      : typeof opts.planAt === "function"
        ? planLine(
            target,
            (date: CalendarDate) =>
              new Decimal(
                toFinite(
                  atPath("options.planAt", () => (opts.planAt as (d: string) => DecimalInput)(date)),
                  "options.planAt",
                ),
              ),
          )
        : fail("invalid_option", "options.planAt", "expected a function (date) => value");
  const projection = projectionPoints(o.projection, target, o.current);
  const confidence = readConfidence(
    o.projection === undefined || o.projection === null ? undefined : readLoose(o.projection, "projection").confidence,
    locale,
  );
  const eta = readEta(o.eta);
  const chance = readChance(
    o.projection === undefined || o.projection === null
      ? undefined
      : readLoose(o.projection, "projection").probabilityOnTime,
  );
  const hasBand = projection.some((p) => p.lower !== null && p.upper !== null);
  const bandName = words.interval(confidence);
  const gap = goalGap(projection, target);

  const rows: JsonValue[] = [
    ...actual.map((p) => ({ series: words.actual, date: p.date, value: p.value })),
    ...plan.map((p) => ({ series: words.plan, date: p.date, value: p.value })),
    ...projection.map((p) => ({
      series: words.projection,
      date: p.date,
      value: p.value,
      lower: p.lower,
      upper: p.upper,
    })),
  ];

  // The axes: every plotted value and date, so no mark falls outside them.
  const values = [target.baseline.value, target.goal.value, ...actual.map((p) => p.value), ...plan.map((p) => p.value)];
  for (const p of projection) values.push(p.value, ...(p.lower !== null && p.upper !== null ? [p.lower, p.upper] : []));
  const yRange = yAxisDomain(values, yDomainOption);
  const dates = [...actual, ...plan, ...projection].map((p) => p.date);
  if (asOf !== undefined) dates.push(asOf);
  if (eta !== undefined && eta.date !== null) dates.push(eta.date);
  dates.sort();
  const [xFrom, xTo] = xAxisDomain(dates[0] as CalendarDate, dates.at(-1) as CalendarDate);

  const { x, y, yScale, yTitle, color } = encodingsOf(target, words, actual, yRange, [xFrom, xTo], {
    bandName,
    hasBand,
    hasProjection: projection.length > 0,
  });
  const { layer, notes } = layersOf({
    target,
    locale,
    words,
    x,
    y,
    yScale,
    yTitle,
    color,
    bandName,
    hasBand,
    hasProjection: projection.length > 0,
    gap,
    xFrom,
    xTo,
    height,
    yRange,
    asOf,
    eta,
    chance,
    confidence,
    status: o.status,
  });

  return {
    $schema: SCHEMA,
    title: { text: title, subtitle: notes.length === 0 ? words.subtitle : [words.subtitle, ...notes] },
    width,
    height,
    data: { values: rows },
    layer: yRange.mode === "fixed" ? layer.map(clipped) : layer,
    config: { locale: vegaLocale(locale) as { [key: string]: JsonValue }, view: { stroke: null }, font: "sans-serif" },
  } as VegaLiteSpec;
}

/** The x (dates), y (counts, labelled in the locale's magnitude) and colour (series) encodings. */
function encodingsOf(
  target: Target,
  words: ChartWords,
  actual: readonly DatedValue[],
  yRange: ReturnType<typeof yAxisDomain>,
  [xFrom, xTo]: readonly [CalendarDate, CalendarDate],
  series: { bandName: string; hasBand: boolean; hasProjection: boolean },
) {
  const scaleOf = magnitude(Math.max(target.goal.value, target.baseline.value, ...actual.map((p) => p.value)));
  const yLabel =
    scaleOf.divisor === 1
      ? "format(datum.value, ',~d')"
      : `format(datum.value / ${scaleOf.divisor}, ',.1~f') + '${words.unitSuffix[scaleOf.index]}'`;

  const x = {
    field: "date",
    type: "temporal",
    scale: { type: "utc", domain: [dateTime(xFrom), dateTime(xTo)] },
    title: words.date,
    axis: { format: "%b %Y", labelAngle: 0 },
  };
  const yTitle = target.unit === undefined ? words.cumulative : `${words.cumulative} (${target.unit})`;
  const yScale = { domain: yRange.domain, nice: false, zero: false };
  // One tick per round step (the axis ends are multiples of it); Vega's own choice for a fixed range.
  const yAxis = yRange.steps === undefined ? { labelExpr: yLabel } : { labelExpr: yLabel, tickCount: yRange.steps };
  const y = { field: "value", type: "quantitative", title: yTitle, scale: yScale, axis: yAxis };
  const seriesDomain = [
    words.actual,
    words.plan,
    ...(series.hasProjection ? [words.projection] : []),
    ...(series.hasBand ? [series.bandName] : []),
  ];
  const seriesColours = [
    COLORS.actual,
    COLORS.plan,
    ...(series.hasProjection ? [COLORS.projection] : []),
    ...(series.hasBand ? [COLORS.interval] : []),
  ];
  const color = {
    field: "series",
    type: "nominal",
    title: words.legend,
    scale: { domain: seriesDomain, range: seriesColours },
    legend: {
      orient: "bottom",
      labelLimit: 400,
      symbolType: "stroke",
      symbolSize: 300,
      encode: { symbols: { update: legendSymbols(words, series.bandName) } },
    },
  };
  return { x, y, yScale, yTitle, color };
}

/** What {@link layersOf} draws with: the read input and the chart's encodings. */
interface LayerContext {
  readonly target: Target;
  readonly locale: ChartLocale;
  readonly words: ChartWords;
  readonly x: JsonValue;
  readonly y: JsonValue;
  readonly yScale: { domain: [number, number]; nice: boolean; zero: boolean };
  readonly yTitle: string;
  readonly color: JsonValue;
  readonly bandName: string;
  readonly hasBand: boolean;
  readonly hasProjection: boolean;
  readonly gap: GoalGap | undefined;
  readonly xFrom: CalendarDate;
  readonly xTo: CalendarDate;
  readonly height: number;
  readonly yRange: { domain: [number, number] };
  readonly asOf: CalendarDate | undefined;
  readonly eta: EtaRead | undefined;
  /** The chance of reaching the goal by the goal date, 0 to 1. */
  readonly chance: number | undefined;
  /** The interval's confidence as the legend writes it (`90 %`). */
  readonly confidence: string;
  readonly status: unknown;
}

/**
 * The chart's layers, back to front: interval band, plan, projection, actual, goal rule, gap
 * marker, goal point and label, as-of and eta rules; and the subtitle's lines of notes ({@link notesOf}).
 */
function layersOf(c: LayerContext): { layer: JsonValue[]; notes: string[] } {
  // Kept whole: the layers are Vega-Lite literals in drawing order; split, one picture's layers
  // would be scattered over several functions.
  const { locale, words, x, y, yScale, yTitle, color, bandName, hasBand, asOf, eta } = c;
  const only = (name: string): JsonValue[] => [{ filter: { field: "series", equal: name } }];

  const layer: JsonValue[] = [];
  if (hasBand) {
    layer.push({
      // The band's rows are the projection's, renamed so the colour scale and the legend name it.
      transform: [
        ...only(words.projection),
        { filter: "datum.lower != null && datum.upper != null" },
        { calculate: JSON.stringify(bandName), as: "series" },
      ],
      mark: { type: "area", opacity: BAND_OPACITY },
      encoding: {
        x,
        y: { field: "lower", type: "quantitative", title: yTitle, scale: yScale },
        y2: { field: "upper" },
        color,
        tooltip: [{ field: "lower", title: bandName }, { field: "upper" }],
      },
      name: "interval",
    });
  }
  layer.push({
    transform: only(words.plan),
    mark: { type: "line", strokeDash: [4, 4], strokeWidth: 1.5 },
    encoding: { x, y, color },
    name: "plan",
  });
  if (c.hasProjection) {
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
    encoding: {
      x,
      y,
      color,
      tooltip: [
        { field: "date", type: "temporal", format: "%Y-%m-%d", scale: { type: "utc" } },
        { field: "value", type: "quantitative", format: ",d" },
      ],
    },
    name: "actual",
  });
  layer.push(...goalLayers(c));
  if (asOf !== undefined) {
    layer.push(verticalMarker(asOf, `${words.asOf} ${shortDate(asOf, locale)}`, COLORS.asOf, x, "as_of", "bottom"));
  }
  if (eta !== undefined && eta.date !== null)
    layer.push(verticalMarker(eta.date, `${words.eta}: ${shortDate(eta.date, locale)}`, COLORS.eta, x, "eta", "top"));
  return { layer, notes: notesOf(c) };
}

/**
 * The subtitle's lines of notes: the status and why there is no ETA; then, on a line of their own
 * (one line would run wider than the chart), the range of the ETA within the interval when there
 * is one (once achieved both ends are the date it was reached: nothing to add) and the chance of
 * the goal by its date. Each line's notes are joined by " · ".
 */
function notesOf(c: LayerContext): string[] {
  const { locale, words, eta } = c;
  const notes: string[] = [];
  if (typeof c.status === "string" && Object.hasOwn(words.statuses, c.status))
    notes.push(`${words.status}: ${words.statuses[c.status]}`);
  if (eta !== undefined && eta.date === null)
    notes.push(
      `${words.eta}: ${eta.reason === undefined ? "—" : Object.hasOwn(words.reasons, eta.reason) ? words.reasons[eta.reason] : eta.reason}`,
    );
  const odds: string[] = [];
  const from = eta?.earliest?.date ?? null;
  const latest = eta?.latest;
  if (from !== null && latest !== undefined && latest.date !== from) {
    const to = latest.date === null ? null : shortDate(latest.date, locale);
    odds.push(words.etaRange(c.confidence, shortDate(from, locale), to));
  }
  if (c.chance !== undefined) odds.push(words.chance(shortDate(c.target.goal.date, locale), percentText(c.chance)));
  return [notes, odds].filter((line) => line.length > 0).map((line) => line.join(" · "));
}

/** A probability as a whole percent, `23 %`, with `< 1 %` and `> 99 %` for what would round to 0 or 100. */
function percentText(probability: number): string {
  const percent = Math.round(probability * 100);
  return percent < 1 ? "< 1 %" : percent > 99 ? "> 99 %" : `${percent} %`;
}

/** The goal: a rule at its value, the projected gap to it (if any), a diamond and its label. */
function goalLayers(c: LayerContext): JsonValue[] {
  const { target, locale, words, x, y, yScale, gap, xFrom, xTo, height, yRange } = c;
  const out: JsonValue[] = [];
  const goalText = `${words.goal}: ${groupDigits(target.goal.value, locale)} ${words.by} ${shortDate(target.goal.date, locale)}`;
  out.push({
    data: { values: [{ value: target.goal.value }] },
    mark: { type: "rule", color: COLORS.goal, strokeDash: [2, 2] },
    encoding: { y: { field: "value", type: "quantitative", scale: yScale } },
    name: "goal_rule",
  });
  if (gap !== undefined) {
    const right = dayOf(xTo) - dayOf(target.goal.date) >= LABEL_RIGHT_SHARE * (dayOf(xTo) - dayOf(xFrom));
    const pixelsPerUnit = height / 2 / (yRange.domain[1] / 2 - yRange.domain[0] / 2);
    out.push(gapMarker(gap, target, locale, { x, yScale, right, pixelsPerUnit }));
  }
  out.push(
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
  return out;
}

/**
 * The projected shortfall or surplus at the goal date: a rule from the projected value to the goal,
 * labelled in two lines beside the projected end, on its far side from the goal (below it for a
 * shortfall of an increase target); to the right of the rule when there is room, else to its left. On
 * the left above the goal, the goal's own label is there too: the gap label is lifted to stand
 * at least {@link GOAL_LABEL_CLEARANCE} pixels above the goal line.
 */
function gapMarker(
  gap: GoalGap,
  target: Target,
  locale: ChartLocale,
  at: { x: JsonValue; yScale: JsonValue; right: boolean; pixelsPerUnit: number },
): JsonValue {
  const { x, yScale, right } = at;
  const words = CHART_WORDS[locale];
  // The amount in decimals: the difference of two doubles can overflow one.
  const amount = new Decimal(gap.value).minus(target.goal.value).abs();
  const lines = (gap.kind === "shortfall" ? words.shortfall : words.surplus)(
    compactCount(amount, locale),
    shortDate(target.goal.date, locale),
  );
  const colour = gap.kind === "shortfall" ? COLORS.shortfall : COLORS.goal;
  const below = gap.value < target.goal.value;
  // The two lines hang down from the anchor (Vega adds lines below the first whatever the
  // baseline): a label above the projected end is raised by their height.
  const pixels = (gap.value / 2 - target.goal.value / 2) * 2 * at.pixelsPerUnit; // halves: no overflow
  const lift = right ? 6 : Math.max(6, Math.ceil(GOAL_LABEL_CLEARANCE - pixels));
  const dy = below ? 6 : -(lines.length * LINE_HEIGHT + lift);
  return {
    data: {
      values: [
        {
          date: target.goal.date,
          value: gap.value,
          goal: target.goal.value,
          kind: gap.kind,
          label: lines.join(" "),
          lines: [...lines],
        },
      ],
    },
    layer: [
      {
        mark: { type: "rule", color: colour, strokeWidth: 2.5 },
        encoding: { x, y: { field: "value", type: "quantitative", scale: yScale }, y2: { field: "goal" } },
      },
      {
        mark: {
          type: "text",
          color: colour,
          align: right ? "left" : "right",
          dx: right ? 6 : -6,
          baseline: "top",
          lineHeight: LINE_HEIGHT,
          dy,
          fontWeight: "bold",
        },
        encoding: { x, y: { field: "value", type: "quantitative", scale: yScale }, text: { field: "lines" } },
      },
    ],
    name: "goal_gap",
  };
}

/**
 * How the legend draws each entry: a line in the series' dash for actual, plan and projection, a
 * filled square at the band's opacity for the interval (Vega legend encoding, by label).
 */
function legendSymbols(words: ChartWords, bandName: string): JsonValue {
  const is = (name: string) => `datum.value === ${JSON.stringify(name)}`;
  return {
    shape: [{ test: is(bandName), value: "square" }, { value: "stroke" }],
    strokeDash: [{ test: is(words.plan), value: [4, 4] }, { test: is(words.projection), value: [8, 4] }, { value: [] }],
    // Vega sizes the legend from strokeWidth: it takes a single value, not rules.
    strokeWidth: { value: 2 },
    strokeOpacity: [{ test: is(bandName), value: 0 }, { value: 1 }],
    fillOpacity: [{ test: is(bandName), value: BAND_OPACITY }, { value: 0 }],
    opacity: { value: 1 },
  };
}

/** A layer whose marks are clipped to the plot (for a fixed y range narrower than the data). */
function clipped(layer: JsonValue): JsonValue {
  const l = layer as { mark?: { [key: string]: JsonValue }; layer?: JsonValue[] };
  if (l.layer !== undefined) return { ...l, layer: l.layer.map(clipped) } as JsonValue;
  return { ...l, mark: { ...l.mark, clip: true } } as JsonValue;
}

/** A date as a Vega-Lite DateTime in UTC (month 1 to 12). */
function dateTime(date: CalendarDate): JsonValue {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    date: Number(date.slice(8, 10)),
    utc: true,
  };
}

/** The projected value at the goal date, and whether it falls short of the goal or passes it. */
interface GoalGap {
  readonly value: number;
  readonly kind: "shortfall" | "surplus";
}

/**
 * The projected value on the goal date and whether it falls short of the goal or passes it:
 * a projection point on the goal date, or the straight line between the points either side of it
 * (the segment the chart draws). `undefined` when the projection does not span the goal date or
 * meets the goal exactly.
 */
function goalGap(projection: readonly { date: CalendarDate; value: number }[], target: Target): GoalGap | undefined {
  const goalDate = target.goal.date;
  const after = projection.findIndex((p) => p.date >= goalDate);
  if (after === -1) return undefined;
  const next = projection[after] as { date: CalendarDate; value: number };
  let value = next.value;
  if (next.date !== goalDate) {
    const before = projection[after - 1];
    if (before === undefined) return undefined;
    const share = (dayOf(goalDate) - dayOf(before.date)) / (dayOf(next.date) - dayOf(before.date));
    // A weighted mean, which cannot overflow as next - before can; kept between the two values.
    const mean = before.value * (1 - share) + next.value * share;
    value = Math.min(Math.max(mean, Math.min(before.value, next.value)), Math.max(before.value, next.value));
  }
  // An increase target is short below its goal; a decrease target is short above it.
  const ahead = target.direction === "decrease" ? target.goal.value - value : value - target.goal.value;
  if (ahead === 0) return undefined;
  return { value, kind: ahead < 0 ? "shortfall" : "surplus" };
}

/** `options.yDomain`: `auto` (default), `zero`, `nice` or `[min, max]` with finite min < max. */
function readYDomain(value: unknown): YDomain {
  if (value === undefined) return "auto";
  if (!atPath("options.yDomain", () => Array.isArray(value)))
    return readEnum(value, "options.yDomain", ["auto", "zero", "nice"] as const);
  const pair = readArray(value, "options.yDomain");
  if (pair.length !== 2)
    return fail("out_of_range", "options.yDomain", `expected [min, max], got ${pair.length} values`);
  const [min, max] = pair.map((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      return fail(
        "invalid_number",
        at("options.yDomain", i),
        `expected a finite number, got ${typeof v === "number" ? String(v) : describeType(v)}`,
      );
    }
    return v;
  }) as [number, number];
  if (!(min < max)) return fail("out_of_range", "options.yDomain", `min ${min} must be below max ${max}`);
  return [min, max];
}

function verticalMarker(
  date: CalendarDate,
  label: string,
  color: string,
  x: JsonValue,
  name: string,
  at: "top" | "bottom",
): JsonValue {
  return {
    data: { values: [{ date, label }] },
    layer: [
      {
        mark: { type: "rule", color, strokeWidth: 1.5, strokeDash: name === "eta" ? [6, 3] : [1, 3] },
        encoding: { x },
      },
      {
        // The ETA sits near the goal date, at the right edge: its label goes to the left of the rule.
        mark: {
          type: "text",
          color,
          align: at === "top" ? "right" : "left",
          dx: at === "top" ? -4 : 4,
          ...(at === "top" ? { y: 8 } : { y: { expr: "height - 8" } }),
          fontWeight: "bold",
        },
        encoding: { x, text: { field: "label" } },
      },
    ],
    name,
  };
}

/**
 * The actual line: the target's cumulative path (`cumulativePath`, the library's one reading of
 * observations: baseline precedence, same-day increments, corrections; decreases kept as
 * reported) from the baseline date to `asOf`, or the caller's `series` of plotted values as given.
 */
function actualSeries(target: Target, o: Record<string, unknown>, asOf: CalendarDate | undefined): DatedValue[] {
  const keep = (date: CalendarDate) => date > target.baseline.date && (asOf === undefined || date <= asOf);
  if (o.observations !== undefined) {
    const { points } = cumulativePath(o.observations, {
      baseline: target.baseline,
      baselinePath: "target.baseline",
      direction: target.direction,
      onDecrease: "warn",
    });
    // The chart starts at the baseline date: earlier observations only led up to it.
    return points
      .filter((p) => p.date === target.baseline.date || keep(p.date))
      .map((p) => ({ date: p.date, value: p.value }));
  }
  const points: DatedValue[] = [{ date: target.baseline.date, value: target.baseline.value }];
  if (o.series !== undefined) {
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

function projectionPoints(
  value: unknown,
  target: Target,
  current: unknown,
): { date: CalendarDate; value: number; lower: number | null; upper: number | null }[] {
  if (value === undefined || value === null) return [];
  const p = readLoose(value, "projection");
  if (p.points === undefined) {
    // An assessment's projection holds only the value at the goal date: draw a straight segment
    // from the current value to it, with the interval at the goal date.
    if (p.valueAtGoal === undefined || current === undefined || current === null) return [];
    const c = readLoose(current, "current");
    const from = readDate(c.date, "current.date");
    const v = toFinite(c.value, "current.value");
    const edge = (x: unknown, key: string) =>
      x === null || x === undefined ? null : toFinite(x, at("projection", key));
    const atGoal = {
      date: target.goal.date,
      value: toFinite(p.valueAtGoal, "projection.valueAtGoal"),
      lower: edge(p.lower, "lower"),
      upper: edge(p.upper, "upper"),
    };
    const hasBand = atGoal.lower !== null && atGoal.upper !== null;
    return from < target.goal.date
      ? [{ date: from, value: v, lower: hasBand ? v : null, upper: hasBand ? v : null }, atGoal]
      : [];
  }
  const points = readArray(p.points, "projection.points").map((raw, i) => {
    const path = at("projection.points", i);
    const q = readLoose(raw, path);
    const edge = (v: unknown, key: string) => (v === null || v === undefined ? null : toFinite(v, at(path, key)));
    return {
      date: readDate(q.date, at(path, "date")),
      value: toFinite(q.value, at(path, "value")),
      lower: edge(q.lower, "lower"),
      upper: edge(q.upper, "upper"),
    };
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

/** The confidence as a percentage with the locale's decimal mark: `90 %`, `95.5 %` (en), `95,5 %` (id). */
function readConfidence(c: unknown, locale: ChartLocale): string {
  const percent =
    c === undefined || c === null
      ? "90"
      : toDecimal(c, "projection.confidence").times(100).toDecimalPlaces(1).toString();
  return `${locale === "id" ? percent.replace(".", ",") : percent} %`;
}

/** The eta as read: its date or reason, and the dates of its range (absent when not given). */
interface EtaRead {
  readonly date: CalendarDate | null;
  readonly reason?: string;
  readonly earliest?: { readonly date: CalendarDate | null };
  readonly latest?: { readonly date: CalendarDate | null };
}

function readEta(value: unknown): EtaRead | undefined {
  if (value === undefined || value === null) return undefined;
  const e = readLoose(value, "eta");
  const date = e.date === null || e.date === undefined ? null : readDate(e.date, "eta.date");
  const earliest = readEstimate(e.earliest, "eta.earliest");
  const latest = readEstimate(e.latest, "eta.latest");
  return {
    date,
    ...(e.reason !== undefined && { reason: readString(e.reason, "eta.reason") }),
    ...(earliest !== undefined && { earliest }),
    ...(latest !== undefined && { latest }),
  };
}

/** An end of the eta's range: its date (`null` when none); its reason is not shown. */
function readEstimate(value: unknown, path: string): { date: CalendarDate | null } | undefined {
  if (value === undefined || value === null) return undefined;
  const e = readLoose(value, path);
  return { date: e.date === null || e.date === undefined ? null : readDate(e.date, at(path, "date")) };
}

/** `projection.probabilityOnTime`: a number from 0 to 1, or nothing to show. */
function readChance(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !(value >= 0 && value <= 1))
    return fail(
      "out_of_range",
      "projection.probabilityOnTime",
      `expected a probability from 0 to 1, got ${typeof value === "number" ? String(value) : describeType(value)}`,
    );
  return value;
}

/**
 * An object whose keys are not fixed (an assessment carries many fields the chart ignores): its
 * own properties, read once, with hostile proxies and getters turned into OnboardingTargetsError.
 */
function readLoose(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null) return readObject(value, path, []);
  // Array.isArray and Object.keys both throw on a revoked proxy: inside atPath.
  const keys = atPath(path, () => {
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
