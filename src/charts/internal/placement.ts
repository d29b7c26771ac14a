/**
 * Where a chart's text labels go, in pixels of the plotting area: each label tries positions
 * around its anchor, nearest first, and takes the first whose box stays inside the plot and clear
 * of every line, rule and point and of the labels placed before it. Vega places text where it is
 * told and never moves it, so the chart computes the places itself, the same on every machine.
 * @internal
 * @module
 */

/** A rectangle in pixels of the plotting area, y downwards. */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A straight piece of a drawn line or rule, in pixels. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** What a label must stay clear of: segments (lines, rules) and boxes (points, other labels). */
export interface Obstacles {
  readonly segments: Segment[];
  readonly boxes: Box[];
}

/** A placed label: its box, and where Vega is told to draw it (baseline `top`). */
export interface Placed {
  readonly box: Box;
  readonly x: number;
  readonly y: number;
  readonly align: "left" | "right";
}

/** Font size of the labels, px (Vega's default). */
export const FONT_SIZE = 11;
/** Line height of a label of several lines, px (Vega's default: font size + 2). */
export const LINE_HEIGHT = 13;
/** Clear space kept around a label's box, px. */
const PAD = 2;
/** Steps of the search: along the x axis, along the y axis, px. */
const STEP_X = 8;
const STEP_Y = 4;

/**
 * The box of a label of `lines` at the top-left corner (left, top). Its width is Vega's own
 * estimate without a canvas (0.8 × font size a character, rounded up), wider than a browser draws
 * bold sans-serif, so the drawn text lies inside it whichever side it is aligned to.
 */
export function textBox(lines: readonly string[], left: number, top: number): Box {
  const longest = Math.max(0, ...lines.map((line) => line.trim().length));
  const width = Math.ceil(0.8 * FONT_SIZE * longest);
  return { x1: left, y1: top, x2: left + width, y2: top + FONT_SIZE + LINE_HEIGHT * (lines.length - 1) };
}

/** Whether two boxes overlap (touching edges do not). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Whether a segment passes through a box (Liang–Barsky clipping; an end inside counts). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - b.x1],
    [dx, b.x2 - s.x1],
    [-dy, s.y1 - b.y1],
    [dy, b.y2 - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** The segments of a polyline through `points`. */
export function polyline(points: readonly { x: number; y: number }[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as { x: number; y: number };
    const b = points[i] as { x: number; y: number };
    out.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  }
  return out;
}

/** Which side of its anchor a label tries, in order of preference. */
export type Side = "above-left" | "above-right" | "below-left" | "below-right";

/**
 * How a label searches around its anchor: the sides in order of preference, the gap from the
 * anchor, and how far it may slide away along each axis (px).
 */
export interface Search {
  readonly sides: readonly Side[];
  readonly gap: number;
  readonly slideX: number;
  readonly slideY: number;
}

/**
 * The first place for `lines` near `anchor`, by distance slid (x and y steps) and then by the
 * order of `search.sides`, whose padded box lies inside the plot (`width` × `height`) and clear of
 * `obstacles`; `undefined` when none is. Deterministic: the same input gives the same place.
 */
export function placeLabel(
  lines: readonly string[],
  anchor: { x: number; y: number },
  search: Search,
  obstacles: Obstacles,
  plot: { width: number; height: number },
): Placed | undefined {
  const size = textBox(lines, 0, 0);
  const w = size.x2;
  const h = size.y2;
  const tries: { cost: number; order: number; left: number; top: number; align: "left" | "right" }[] = [];
  search.sides.forEach((side, order) => {
    const right = side.endsWith("right");
    const below = side.startsWith("below");
    for (let i = 0; i * STEP_X <= search.slideX; i++)
      for (let j = 0; j * STEP_Y <= search.slideY; j++) {
        const left = right ? anchor.x + search.gap + i * STEP_X : anchor.x - search.gap - w - i * STEP_X;
        const top = below ? anchor.y + search.gap + j * STEP_Y : anchor.y - search.gap - h - j * STEP_Y;
        tries.push({ cost: i * STEP_X + j * STEP_Y, order, left, top, align: right ? "left" : "right" });
      }
  });
  tries.sort((a, b) => a.cost - b.cost || a.order - b.order);
  for (const t of tries) {
    const box = textBox(lines, t.left, t.top);
    const padded = { x1: box.x1 - PAD, y1: box.y1 - PAD, x2: box.x2 + PAD, y2: box.y2 + PAD };
    if (padded.x1 < 0 || padded.y1 < 0 || padded.x2 > plot.width || padded.y2 > plot.height) continue;
    if (obstacles.boxes.some((b) => boxesOverlap(padded, b))) continue;
    if (obstacles.segments.some((s) => segmentHitsBox(s, padded))) continue;
    return { box, x: t.align === "left" ? box.x1 : box.x2, y: box.y1, align: t.align };
  }
  return undefined;
}
