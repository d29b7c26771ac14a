/**
 * Exact views of a cumulative path, for the Progress measures (40-digit decimals): a point's exact
 * month-axis position and the exact interpolated value at a position. The path itself holds float
 * positions (within 1e-11 of the exact ones); positions of two distinct days differ by at least
 * 1/31 of a month, so the floats order and bracket correctly, and only the few points an answer
 * needs get an exact position, from the same month-axis parts.
 * @internal
 * @module
 */
import { Decimal } from "../decimal/index.js";
import { type CalendarDate, monthPosition } from "../periods/core.js";
import type { PathPoint } from "./cumulativePath.js";

/** The exact month-axis position of a point: that of the end of its date. @internal */
export function exactPosition(point: PathPoint): Decimal {
  return monthPosition(point.date);
}

/**
 * Index of the last point whose date is on or before `date`, `-1` when every point is later.
 * Binary search on the sorted dates (ISO order is chronological). O(log n).
 * @internal
 */
export function lastIndexAtOrBefore(points: readonly PathPoint[], date: CalendarDate): number {
  let lo = -1;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((points[mid] as PathPoint).date <= date) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The points on or before `asOf` (all of them when `asOf` is undefined): the path as known on that
 * date. The same array when nothing is cut. O(log n).
 * @internal
 */
export function pointsAsOf(points: readonly PathPoint[], asOf: CalendarDate | undefined): readonly PathPoint[] {
  if (asOf === undefined) return points;
  const count = lastIndexAtOrBefore(points, asOf) + 1;
  return count === points.length ? points : points.slice(0, count);
}

/**
 * The cumulative value at month-axis `position`, exact: linear interpolation between the points
 * around it, on their exact positions; `null` outside [first point, last point] (the path says
 * nothing there). O(log n): the bracket is found on the float positions, then checked exactly.
 *
 * @param points - a path's points, sorted by date (as `cumulativePath` returns them)
 * @param position - an exact month-axis position (see `monthPosition`)
 * @returns the value, or `null` outside the path
 * @internal
 */
export function exactValueAt(points: readonly PathPoint[], position: Decimal): Decimal | null {
  const x = position.toNumber();
  // Largest i with points[i].position <= x, on the floats.
  let i = -1;
  let hi = points.length - 1;
  while (i < hi) {
    const mid = (i + hi + 1) >> 1;
    if ((points[mid] as PathPoint).position <= x) i = mid;
    else hi = mid - 1;
  }
  // The floats carry rounding of about 1e-11 months: settle the bracket on exact positions.
  while (i >= 0 && exactPosition(points[i] as PathPoint).gt(position)) i--;
  while (i + 1 < points.length && exactPosition(points[i + 1] as PathPoint).lte(position)) i++;
  const a = points[i];
  if (a === undefined) return null;
  const pa = exactPosition(a);
  if (pa.eq(position)) return new Decimal(a.value);
  const b = points[i + 1];
  if (b === undefined) return null;
  const pb = exactPosition(b);
  return new Decimal(a.value).plus(new Decimal(b.value).minus(a.value).times(position.minus(pa)).div(pb.minus(pa)));
}
