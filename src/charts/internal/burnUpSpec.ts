import type { CalendarDate } from "../../periods/index.js";
import { xAxisDomain, yAxisDomain } from "../axisDomains.js";
import { CHART_WORDS, type ChartWords, vegaLocale } from "../chartText.js";
import type { JsonValue, VegaLiteSpec } from "../types.js";
import { encodingsOf } from "./encodings.js";
import { clipped, goalGap, layersOf } from "./layers.js";
import type { BurnUpRead } from "./readInput.js";
import { SCHEMA } from "./style.js";

/**
 * The core of `burnUpChart`: the Vega-Lite specification of already-read values (the data rows,
 * the axes, the encodings, the layers and the subtitle's notes). Reads nothing. @internal
 */
export function burnUpSpec(read: BurnUpRead): VegaLiteSpec {
  const { target, locale, projection, height } = read;
  const words = CHART_WORDS[locale];
  const hasBand = projection.some((p) => p.lower !== null && p.upper !== null);
  const bandName = words.interval(read.confidence);
  const yRange = yAxisDomain(plottedValues(read), read.yDomain);
  const [xFrom, xTo] = xAxisDomain(...plottedDates(read));
  const series = { bandName, hasBand, hasProjection: projection.length > 0 };
  const { x, y, yScale, yTitle, color } = encodingsOf(target, locale, yRange, [xFrom, xTo], series);
  const { layer, notes } = layersOf({
    ...series,
    target,
    locale,
    words,
    x,
    y,
    yScale,
    yTitle,
    color,
    gap: goalGap(projection, target),
    xFrom,
    xTo,
    width: read.width,
    height,
    yRange,
    asOf: read.asOf,
    eta: read.eta,
    chance: read.chance,
    confidence: read.confidence,
    status: read.status,
    actual: read.actual,
    plan: read.plan,
    projection,
  });
  return {
    $schema: SCHEMA,
    title: titleOf(read.title, read.subtitle ? [words.subtitle, ...notes] : notes),
    width: read.width,
    height,
    data: { values: rowsOf(read, words) },
    layer: yRange.mode === "fixed" ? layer.map(clipped) : layer,
    config: { locale: vegaLocale(locale) as { [key: string]: JsonValue }, view: { stroke: null }, font: "sans-serif" },
  } as VegaLiteSpec;
}

/** The data rows: actual, plan and projection points, each named by its series. */
function rowsOf({ actual, plan, projection }: BurnUpRead, words: ChartWords): JsonValue[] {
  return [
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
}

/** Every plotted value (baseline, goal, actual, plan, projection and its band), so no mark falls outside the y axis. */
function plottedValues({ target, actual, plan, projection }: BurnUpRead): number[] {
  const values = [target.baseline.value, target.goal.value, ...actual.map((p) => p.value), ...plan.map((p) => p.value)];
  for (const p of projection) values.push(p.value, ...(p.lower !== null && p.upper !== null ? [p.lower, p.upper] : []));
  return values;
}

/** The first and last plotted dates (series, as-of and ETA), the ends the x axis is built on. */
function plottedDates({ actual, plan, projection, asOf, eta }: BurnUpRead): [CalendarDate, CalendarDate] {
  const dates = [...actual, ...plan, ...projection].map((p) => p.date);
  if (asOf !== undefined) dates.push(asOf);
  if (eta !== undefined && eta.date !== null) dates.push(eta.date);
  dates.sort();
  return [dates[0] as CalendarDate, dates.at(-1) as CalendarDate];
}

/** The title with its subtitle lines: one line as a string, several as an array, none left out. */
function titleOf(text: string, lines: readonly string[]): JsonValue {
  if (lines.length === 0) return { text };
  return { text, subtitle: lines.length === 1 ? (lines[0] as string) : [...lines] };
}
