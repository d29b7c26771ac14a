import { fail } from "../errors/core.js";
import { dayToDate, periodEndDay, periodLabel, periodStartDay } from "./periodAxis.js";
import type { Period, SeriesPoint } from "./types.js";

/** One group's increments by period, from `firstPeriod` on, and its count before the first period. @internal */
export interface GroupIncrements {
  readonly label: string | undefined;
  readonly start: number;
  readonly increments: Float64Array;
}

/**
 * Orders group labels: canonical integers (`"9"`, `"31"`) numerically and before other labels,
 * then by code unit. Deterministic whatever the order groups were met in. @internal
 */
export function compareGroups(a: string, b: string): number {
  const ia = /^(0|-?[1-9]\d{0,14})$/.test(a);
  const ib = /^(0|-?[1-9]\d{0,14})$/.test(b);
  if (ia && ib) return Number(a) - Number(b);
  if (ia !== ib) return ia ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Turns increments by period into points: labels, start and end dates (clipped to `fromDay` and
 * `toDay` when given), and the running total. Groups come out in {@link compareGroups} order.
 * @internal
 */
export function buildSeries(
  period: Period,
  weekStartsOn: number,
  firstPeriod: number,
  lastPeriod: number,
  groups: readonly GroupIncrements[],
  clip: { fromDay?: number | undefined; toDay?: number | undefined } = {},
): SeriesPoint[] {
  const n = lastPeriod - firstPeriod + 1;
  const labels: string[] = [];
  const starts: string[] = [];
  const ends: string[] = [];
  for (let p = 0; p < n; p++) {
    const index = firstPeriod + p;
    labels.push(periodLabel(period, index, weekStartsOn));
    let s = periodStartDay(period, index, weekStartsOn);
    let e = periodEndDay(period, index, weekStartsOn);
    if (clip.fromDay !== undefined && s < clip.fromDay) s = clip.fromDay;
    if (clip.toDay !== undefined && e > clip.toDay) e = clip.toDay;
    starts.push(dayToDate(s));
    ends.push(dayToDate(e));
  }
  const ordered = [...groups].sort((a, b) => compareGroups(a.label ?? "", b.label ?? ""));
  const points: SeriesPoint[] = [];
  for (const g of ordered) {
    let cumulative = g.start;
    for (let p = 0; p < n; p++) {
      const increment = g.increments[p] ?? 0;
      cumulative += increment;
      if (!Number.isSafeInteger(cumulative))
        fail("out_of_range", "", `the cumulative count passes 2^53 - 1 in ${labels[p]}`);
      const point = {
        period: labels[p] as string,
        start: starts[p] as string,
        end: ends[p] as string,
        increment: increment === 0 ? 0 : increment,
        cumulative,
      };
      points.push(g.label === undefined ? point : { group: g.label, ...point });
    }
  }
  return points;
}
