import type { Locale } from "../../vocabulary/index.js";
import { Decimal } from "../../decimal/index.js";
import type { Target } from "../../model/index.js";
import type { CalendarDate } from "../../periods/index.js";
import { dayOf } from "../axisDomains.js";
import { CHART_WORDS, type ChartWords, compactCount, groupDigits, shortDate } from "../chartText.js";
import type { JsonValue } from "../types.js";
import type { EtaRead } from "./readInput.js";
import { COLORS, GOAL_LABEL_CLEARANCE, LABEL_RIGHT_SHARE, LINE_HEIGHT, BAND_OPACITY } from "./style.js";

/** What {@link layersOf} draws with: the read input and the chart's encodings. */
export interface LayerContext {
  readonly target: Target;
  readonly locale: Locale;
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
  readonly width: number;
  readonly height: number;
  readonly yRange: { domain: [number, number] };
  readonly asOf: CalendarDate | undefined;
  readonly eta: EtaRead | undefined;
  /** The chance of reaching the goal by the goal date, 0 to 1. */
  readonly chance: number | undefined;
  /** The interval's confidence as the legend writes it (`90%`). */
  readonly confidence: string;
  readonly status: unknown;
}

/**
 * The chart's layers, back to front: interval band, plan, projection, actual, goal rule, gap
 * marker, goal point and label, as-of and eta rules; and the subtitle's lines of notes ({@link notesOf}).
 */
export function layersOf(c: LayerContext): { layer: JsonValue[]; notes: string[] } {
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
    const marker = verticalMarker(asOf, `${words.asOf} ${shortDate(asOf, locale)}`, COLORS.asOf, x, "as_of", "bottom");
    layer.push(clearOfGoalLabel(marker, asOf, c));
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

/**
 * A probability as a whole percent, `23%` (the sign follows the number without a space, as in the
 * explanations), with `< 1%` and `> 99%` for what would round to 0 or 100.
 */
function percentText(probability: number): string {
  const percent = Math.round(probability * 100);
  return percent < 1 ? "< 1%" : percent > 99 ? "> 99%" : `${percent}%`;
}

/** Rough width of a character of the bold 11 px labels, in pixels (sans-serif digits and letters). */
const LABEL_CHAR_WIDTH = 7;

/** The goal's label text, as {@link goalLayers} writes it. */
function goalLabel(c: LayerContext): string {
  const { target, locale, words } = c;
  return `${words.goal}: ${groupDigits(target.goal.value, locale)} ${words.by} ${shortDate(target.goal.date, locale)}`;
}

/**
 * Where the goal's label lies, in pixels of the plotting area: right-aligned 8 px left of the
 * goal date, its text from about 22 px to 4 px above the goal line (dy -10, 11 px bold). @internal
 */
export function goalLabelBox(c: LayerContext): { left: number; right: number; top: number; bottom: number } {
  const xOf = (date: CalendarDate) => (c.width * (dayOf(date) - dayOf(c.xFrom))) / (dayOf(c.xTo) - dayOf(c.xFrom));
  const [min, max] = c.yRange.domain;
  const goalY = (c.height * (max - c.target.goal.value)) / (max - min);
  const right = xOf(c.target.goal.date) - 8;
  return { left: right - LABEL_CHAR_WIDTH * goalLabel(c).length, right, top: goalY - 22, bottom: goalY - 2 };
}

/**
 * The as-of rule, broken around the goal's label when it would run through it (an as-of date a
 * few months before the goal date, under a long label): two segments, above and below the label.
 */
function clearOfGoalLabel(marker: JsonValue, asOf: CalendarDate, c: LayerContext): JsonValue {
  const box = goalLabelBox(c);
  const xAt = (c.width * (dayOf(asOf) - dayOf(c.xFrom))) / (dayOf(c.xTo) - dayOf(c.xFrom));
  if (xAt < box.left - 2 || xAt > box.right + 2 || box.bottom < 0 || box.top > c.height) return marker;
  const m = marker as { layer: [{ mark: JsonValue; encoding: { x: JsonValue } }, JsonValue] } & Record<
    string,
    JsonValue
  >;
  const [rule, label] = m.layer;
  const segment = (from: number, to: number): JsonValue => ({
    ...rule,
    encoding: { ...rule.encoding, y: { value: Math.max(0, from) }, y2: { value: Math.min(c.height, to) } },
  });
  return { ...m, layer: [segment(0, box.top), segment(box.bottom, c.height), label] };
}

/** The goal: a rule at its value, the projected gap to it (if any), a diamond and its label. */
function goalLayers(c: LayerContext): JsonValue[] {
  const { target, locale, x, y, yScale, gap, xFrom, xTo, height, yRange } = c;
  const out: JsonValue[] = [];
  const goalText = goalLabel(c);
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
  locale: Locale,
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

/** A layer whose marks are clipped to the plot (for a fixed y range narrower than the data). */
export function clipped(layer: JsonValue): JsonValue {
  const l = layer as { mark?: { [key: string]: JsonValue }; layer?: JsonValue[] };
  if (l.layer !== undefined) return { ...l, layer: l.layer.map(clipped) } as JsonValue;
  return { ...l, mark: { ...l.mark, clip: true } } as JsonValue;
}

/** The projected value at the goal date, and whether it falls short of the goal or passes it. */
export interface GoalGap {
  readonly value: number;
  readonly kind: "shortfall" | "surplus";
}

/**
 * The projected value on the goal date and whether it falls short of the goal or passes it:
 * a projection point on the goal date, or the straight line between the points either side of it
 * (the segment the chart draws). `undefined` when the projection does not span the goal date or
 * meets the goal exactly.
 */
export function goalGap(
  projection: readonly { date: CalendarDate; value: number }[],
  target: Target,
): GoalGap | undefined {
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
