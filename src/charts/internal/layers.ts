import type { Locale } from "../../vocabulary/index.js";
import { Decimal } from "../../decimal/index.js";
import type { Target } from "../../model/index.js";
import type { CalendarDate } from "../../periods/index.js";
import { dayOf } from "../axisDomains.js";
import type { DatedValue } from "../../model/index.js";
import { type ChartWords, compactCount, shortDate } from "../chartText.js";
import type { JsonValue } from "../types.js";
import {
  FONT_SIZE,
  LINE_HEIGHT,
  type Obstacles,
  type Placed,
  type Search,
  type Side,
  placeLabel,
  polyline,
} from "./placement.js";
import type { EtaRead } from "./readInput.js";
import { COLORS, BAND_OPACITY } from "./style.js";

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
  /** The drawn series, which the labels keep clear of. */
  readonly actual: readonly DatedValue[];
  readonly plan: readonly DatedValue[];
  readonly projection: readonly DatedValue[];
}

/**
 * The chart's layers, back to front: interval band, plan, projection, actual, goal rule, gap
 * marker, goal point and label, as-of and eta rules; and the subtitle's lines of notes ({@link notesOf}).
 */
export function layersOf(c: LayerContext): { layer: JsonValue[]; notes: string[] } {
  // Kept whole: the layers are Vega-Lite literals in drawing order; split, one picture's layers
  // would be scattered over several functions.
  const { words, x, y, yScale, yTitle, color, bandName, hasBand, asOf, eta } = c;
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
  const labels = placeLabels(c);
  layer.push(...goalLayers(c, labels));
  if (asOf !== undefined) layer.push(verticalMarker(asOf, labels.asOf, COLORS.asOf, x, "as_of"));
  if (eta !== undefined && eta.date !== null) layer.push(verticalMarker(eta.date, labels.eta, COLORS.eta, x, "eta"));
  return { layer, notes: notesOf(c, labels) };
}

/**
 * The subtitle's lines of notes: the status and why there is no ETA; then, on a line of their own
 * (one line would run wider than the chart), the range of the ETA within the interval when there
 * is one (once achieved both ends are the date it was reached: nothing to add) and the chance of
 * the goal by its date; last, the labels that found no place on the plot. Each line's notes are
 * joined by " · ".
 */
function notesOf(c: LayerContext, labels: Labels): string[] {
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
  // A label with no free place near its mark is written here instead, on a line of its own.
  const unplaced = [labels.goal, labels.gap, labels.eta, labels.asOf].flatMap((l) =>
    l === undefined || l.at !== undefined ? [] : [l.lines.join(" ")],
  );
  return [notes, odds, unplaced].filter((line) => line.length > 0).map((line) => line.join(" · "));
}

/**
 * A probability as a whole percent, `23%` (the sign follows the number without a space, as in the
 * explanations), with `< 1%` and `> 99%` for what would round to 0 or 100.
 */
function percentText(probability: number): string {
  const percent = Math.round(probability * 100);
  return percent < 1 ? "< 1%" : percent > 99 ? "> 99%" : `${percent}%`;
}

/** The goal's label in two parts, what and when (`Goal: 30M`, `by 31 Dec 2023`), one line when there is room. */
function goalLabel(c: LayerContext): [string, string] {
  const { target, locale, words } = c;
  return [
    `${words.goal}: ${compactCount(target.goal.value, locale)}`,
    `${words.by} ${shortDate(target.goal.date, locale)}`,
  ];
}

/** A label's lines and, when a free place was found, where it is drawn. */
export interface PlacedText {
  readonly lines: readonly string[];
  readonly at: Placed | undefined;
}

/** The labels of the chart's markers, placed in order of importance: goal, gap, ETA, as-of. */
interface Labels {
  readonly goal: PlacedText;
  readonly gap: PlacedText | undefined;
  readonly eta: PlacedText | undefined;
  readonly asOf: PlacedText | undefined;
}

/** Pixels of the plotting area: x of a date, y of a value (halves, so no difference overflows). */
function pixelsOf(c: LayerContext): { xOf: (date: CalendarDate) => number; yOf: (value: number) => number } {
  const from = dayOf(c.xFrom);
  const span = dayOf(c.xTo) - from;
  const [min, max] = c.yRange.domain;
  const extent = max / 2 - min / 2;
  return {
    xOf: (date) => (span > 0 ? (c.width * (dayOf(date) - from)) / span : c.width / 2),
    yOf: (value) => (extent > 0 ? (c.height * (max / 2 - value / 2)) / extent : c.height / 2),
  };
}

/** What the labels keep clear of: the drawn lines, the rules, the goal's diamond and the actual points. */
function obstaclesOf(c: LayerContext, { xOf, yOf }: ReturnType<typeof pixelsOf>): Obstacles {
  const { target, asOf, eta, gap } = c;
  const goal = { x: xOf(target.goal.date), y: yOf(target.goal.value) };
  const vertical = (x: number) => ({ x1: x, y1: 0, x2: x, y2: c.height });
  const toPixels = (points: readonly DatedValue[]) => points.map((p) => ({ x: xOf(p.date), y: yOf(p.value) }));
  return {
    segments: [
      ...polyline(toPixels(c.actual)),
      ...polyline(toPixels(c.plan)),
      ...polyline(toPixels(c.projection)),
      { x1: 0, y1: goal.y, x2: c.width, y2: goal.y },
      ...(gap === undefined ? [] : [{ x1: goal.x, y1: yOf(gap.value), x2: goal.x, y2: goal.y }]),
      ...(asOf === undefined ? [] : [vertical(xOf(asOf))]),
      ...(eta === undefined || eta.date === null ? [] : [vertical(xOf(eta.date))]),
    ].filter((s) => [s.x1, s.y1, s.x2, s.y2].every(Number.isFinite)),
    boxes: [goal, ...toPixels(c.actual)]
      .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
      .map((p, i) => {
        const r = i === 0 ? 7 : 4; // the goal's diamond (size 140), the actual points (size 30)
        return { x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r };
      }),
  };
}

/**
 * Where each marker's label goes: near its mark, clear of the drawn lines, the rules, the points
 * and the labels placed before it ({@link placeLabel}), on one line or else on two (a rule's label
 * last with a line per word of its name); a label with no such place is left for the subtitle.
 */
function placeLabels(c: LayerContext): Labels {
  const { target, locale, words, asOf, eta, gap } = c;
  const px = pixelsOf(c);
  const obstacles = obstaclesOf(c, px);
  const place = (variants: readonly (readonly string[])[], anchor: { x: number; y: number }, search: Search) => {
    for (const lines of variants) {
      const at = [anchor.x, anchor.y].every(Number.isFinite)
        ? placeLabel(lines, anchor, search, obstacles, c)
        : undefined;
      if (at !== undefined) {
        obstacles.boxes.push(at.box);
        return { lines, at };
      }
    }
    return { lines: [(variants[0] as readonly string[]).join(" ")], at: undefined };
  };
  const goal = { x: px.xOf(target.goal.date), y: px.yOf(target.goal.value) };
  const [what, when] = goalLabel(c);
  const goalText = place([[`${what} ${when}`], [what, when]], goal, {
    sides: ["above-left", "below-left", "above-right", "below-right"],
    ...{ gap: 6, slideX: c.width, slideY: 48 },
  });
  let gapText: PlacedText | undefined;
  if (gap !== undefined) {
    const [away, toward] = gap.value < target.goal.value ? ["below", "above"] : ["above", "below"];
    const sides = [`${away}-right`, `${away}-left`, `${toward}-right`, `${toward}-left`] as Side[];
    gapText = place(
      [gapLines(gap, c)],
      { x: goal.x, y: px.yOf(gap.value) },
      { sides, gap: 6, slideX: 160, slideY: c.height },
    );
  }
  // The rules' labels stay beside their rule, sliding along it: the ETA's from the top, the as-of's from the bottom.
  // Between two rules a narrow column may be all there is: last, a line per word of the name.
  const beside = (x: number, y: number, sides: Side[], what: string, when: string) =>
    place(
      [[`${what} ${when}`], [what, when], [...what.split(" "), when]],
      { x, y },
      {
        sides,
        gap: 4,
        slideX: 0,
        slideY: c.height,
      },
    );
  const etaText =
    eta === undefined || eta.date === null
      ? undefined
      : beside(px.xOf(eta.date), 0, ["below-left", "below-right"], `${words.eta}:`, shortDate(eta.date, locale));
  const asOfText =
    asOf === undefined
      ? undefined
      : beside(px.xOf(asOf), c.height, ["above-right", "above-left"], words.asOf, shortDate(asOf, locale));
  return { goal: goalText, gap: gapText, eta: etaText, asOf: asOfText };
}

/** A label's text mark, drawn where it was placed (pixels, baseline at the top of its box). */
function labelMark(at: Placed, color: string): JsonValue {
  return {
    mark: {
      type: "text",
      color,
      align: at.align,
      baseline: "top",
      fontSize: FONT_SIZE,
      lineHeight: LINE_HEIGHT,
      fontWeight: "bold",
    },
    encoding: { x: { value: at.x }, y: { value: at.y }, text: { field: "lines" } },
  };
}

/** The goal: a rule at its value, the projected gap to it (if any), a diamond and its label. */
function goalLayers(c: LayerContext, labels: Labels): JsonValue[] {
  const { target, x, y, yScale, gap } = c;
  const row = {
    date: target.goal.date,
    value: target.goal.value,
    label: labels.goal.lines.join(" "),
    lines: [...labels.goal.lines],
  };
  return [
    {
      data: { values: [{ value: target.goal.value }] },
      mark: { type: "rule", color: COLORS.goal, strokeDash: [2, 2] },
      encoding: { y: { field: "value", type: "quantitative", scale: yScale } },
      name: "goal_rule",
    },
    ...(gap === undefined || labels.gap === undefined ? [] : [gapMarker(gap, target, labels.gap, { x, yScale })]),
    {
      data: { values: [row] },
      mark: { type: "point", shape: "diamond", size: 140, filled: true, color: COLORS.goal },
      encoding: { x, y, tooltip: { field: "label" } },
      name: "goal_point",
    },
    ...(labels.goal.at === undefined
      ? []
      : [
          {
            data: { values: [row] },
            ...(labelMark(labels.goal.at, COLORS.goal) as object),
            name: "goal_label",
          },
        ]),
  ] as JsonValue[];
}

/** The gap label's two lines: what and how much, then when. */
function gapLines(gap: GoalGap, c: LayerContext): readonly string[] {
  const { target, locale, words } = c;
  // The amount in decimals: the difference of two doubles can overflow one.
  const amount = new Decimal(gap.value).minus(target.goal.value).abs();
  return (gap.kind === "shortfall" ? words.shortfall : words.surplus)(
    compactCount(amount, locale),
    shortDate(target.goal.date, locale),
  );
}

/**
 * The projected shortfall or surplus at the goal date: a rule from the projected value to the
 * goal, and its label in two lines where {@link placeLabels} found room (first beside the projected
 * end on its far side from the goal).
 */
function gapMarker(
  gap: GoalGap,
  target: Target,
  label: PlacedText,
  at: { x: JsonValue; yScale: JsonValue },
): JsonValue {
  const colour = gap.kind === "shortfall" ? COLORS.shortfall : COLORS.goal;
  return {
    data: {
      values: [
        {
          date: target.goal.date,
          value: gap.value,
          goal: target.goal.value,
          kind: gap.kind,
          label: label.lines.join(" "),
          lines: [...label.lines],
        },
      ],
    },
    layer: [
      {
        mark: { type: "rule", color: colour, strokeWidth: 2.5 },
        encoding: { x: at.x, y: { field: "value", type: "quantitative", scale: at.yScale }, y2: { field: "goal" } },
      },
      ...(label.at === undefined ? [] : [labelMark(label.at, colour)]),
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

/** A rule across the plot on a date (the as-of date, the ETA), with its label where it was placed. */
function verticalMarker(
  date: CalendarDate,
  label: PlacedText | undefined,
  color: string,
  x: JsonValue,
  name: string,
): JsonValue {
  const text = label?.at === undefined ? [] : [labelMark(label.at, color)];
  return {
    data: { values: [{ date, label: label?.lines.join(" ") ?? "", lines: [...(label?.lines ?? [])] }] },
    layer: [
      {
        mark: { type: "rule", color, strokeWidth: 1.5, strokeDash: name === "eta" ? [6, 3] : [1, 3] },
        encoding: { x },
      },
      ...text,
    ],
    name,
  };
}
