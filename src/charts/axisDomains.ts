/**
 * The extents of a chart's axes: the y range from the plotted values (from zero, or near the data
 * with round ends) and the x range from the plotted dates (with a margin after the last one).
 * Computed here, not left to Vega, so that a specification holds its axes as plain numbers and
 * dates that a test or a reader can check.
 * @internal
 * @module
 */
import { type CalendarDate, dayNumber, daysInMonth, formatYMD, fromDayNumber } from "../periods/core.js";

/**
 * How the y axis is bounded: `auto` (`nice` when the data are far from zero, else `zero`), `zero`,
 * `nice`, or a fixed `[min, max]`.
 *
 * @category Charts
 */
export type YDomain = "auto" | "zero" | "nice" | readonly [min: number, max: number];

/**
 * `auto` starts the y axis near the data (`nice`) when the smallest plotted value is at least this
 * share of the largest: a zero-based axis would then leave a quarter or more of the plot empty.
 * @internal
 */
export const NICE_FROM_SHARE = 0.25;

/** Steps of a round axis: 1, 2, 2.5 and 5 times a power of ten (the usual tick ladder). */
const LADDER = [1, 2, 2.5, 5, 10] as const;

/**
 * The smallest step on the 1-2-2.5-5 ladder at or above `rough` (> 0).
 * @internal
 */
export function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  // Math.log10 can land a hair below an exact power of ten; the ladder then picks 10 × power.
  const step = LADDER.find((m) => m * power >= rough * (1 - 1e-12)) ?? 10;
  return tidy(step * power);
}

/** Drops the binary noise of products such as 0.1 × 3 (`0.30000000000000004` → `0.3`). */
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * The y range of a chart holding `values` (at least one, all finite): for `zero` and `nice`, the
 * extent of the values (with 0 for `zero`) widened outward to multiples of a round step, the
 * step being the ladder step at or above a fifth of the extent. A single value v is widened to
 * [v - 1, v + 1] first (or [0, 1] when v is 0; by a billionth of v when v is beyond 10^9). Ends
 * that would overflow stop at ±Number.MAX_VALUE. `auto` is `nice` when the smallest value is
 * positive and at least {@link NICE_FROM_SHARE} of the largest, else `zero`. A fixed pair is
 * returned as given. `steps` is the number of round steps between the ends (3 to 7), for one
 * axis tick per step.
 * @internal
 */
export function yAxisDomain(
  values: readonly number[],
  mode: YDomain,
): { domain: [number, number]; mode: "zero" | "nice" | "fixed"; steps?: number } {
  if (typeof mode !== "string") return { domain: [mode[0], mode[1]], mode: "fixed" };
  // A loop, not Math.min(...values): a plan to a far goal date has a point per month.
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const resolved = mode === "auto" ? (lo > 0 && lo >= NICE_FROM_SHARE * hi ? "nice" : "zero") : mode;
  if (resolved === "zero") {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) {
    if (lo === 0) return { domain: [0, 1], mode: resolved, steps: 5 };
    // By 1, or by a billionth of a value too large for 1 to move it; never past ±Number.MAX_VALUE.
    const by = Math.max(1, Math.abs(lo) * 1e-9);
    lo = Math.max(-Number.MAX_VALUE, lo - by);
    hi = Math.min(Number.MAX_VALUE, hi + by);
  }
  // hi / 5 - lo / 5 rather than (hi - lo) / 5, which overflows for values near ±Number.MAX_VALUE;
  // so may the rounded ends, which then stop at ±Number.MAX_VALUE.
  const step = niceStep(hi / 5 - lo / 5);
  // An extent below the smallest double (values a few 1e-324 apart): the values as they are.
  if (!(step > 0)) return { domain: [lo, hi], mode: resolved };
  const from = Math.floor(lo / step);
  const to = Math.ceil(hi / step);
  const end = (k: number) => Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, tidy(k * step)));
  return { domain: [end(from), end(to)], mode: resolved, steps: to - from };
}

/**
 * Share of the plotted date span added after the last plotted date (the ETA, the goal date, the
 * end of the projection), before rounding up to a month end.
 * @internal
 */
export const X_MARGIN_SHARE = 0.03;

/**
 * The x range of a chart from its first to its last plotted date: from `first`, to the last day of
 * the month that holds `last` plus {@link X_MARGIN_SHARE} of the span (rounded up to whole days),
 * so a marker on the last date (the ETA) stands clear of the plot's edge. Ends at 9999-12-31 at
 * the latest.
 * @internal
 */
export function xAxisDomain(first: CalendarDate, last: CalendarDate): [CalendarDate, CalendarDate] {
  const from = dayOf(first);
  const to = dayOf(last);
  const margin = Math.ceil((to - from) * X_MARGIN_SHARE);
  const { year, month } = fromDayNumber(to + margin);
  if (year > 9999) return [first, "9999-12-31"];
  return [first, formatYMD(year, month, daysInMonth(year, month))];
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`. @internal */
export function dayOf(date: CalendarDate): number {
  return dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}
