import type { Target } from "../../model/index.js";
import type { Locale } from "../../vocabulary/index.js";
import type { CalendarDate } from "../../periods/index.js";
import type { yAxisDomain } from "../axisDomains.js";
import { CHART_WORDS, type ChartWords, countLabelExpr } from "../chartText.js";
import type { JsonValue } from "../types.js";
import { BAND_OPACITY, COLORS } from "./style.js";

/** The x (dates), y (counts, labelled as the chart's labels write them) and colour (series) encodings. */
export function encodingsOf(
  target: Target,
  locale: Locale,
  yRange: ReturnType<typeof yAxisDomain>,
  [xFrom, xTo]: readonly [CalendarDate, CalendarDate],
  series: { bandName: string; hasBand: boolean; hasProjection: boolean },
) {
  // The labels' own format (compactCount), written as a Vega expression: one format on the chart.
  const yLabel = countLabelExpr(locale);
  const words = CHART_WORDS[locale];
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

/** A date as a Vega-Lite DateTime in UTC (month 1 to 12). */
export function dateTime(date: CalendarDate): JsonValue {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    date: Number(date.slice(8, 10)),
    utc: true,
  };
}
