import { monthPositionNumber } from "../../periods/core.js";
import type { PathPoint } from "../../path/core.js";
import type { Target } from "../../model/index.js";

/**
 * The cumulative path of a parent from its children's paths (each already truncated at `asOf`):
 * at every date of the union of the children's dates, the sum of each child's value there,
 * interpolated linearly on the month axis between the child's own points, held at its first value
 * before them and at its last value after them, and rounded to the nearest whole count. A date is
 * an observation when at least one child observed on it. The parent's declared baseline is a
 * point of the path unless a child observed on that date (observations win, as in a target's own
 * path). O(u·k) for u union dates and k children (a binary search per child and date: O(u·k log n)).
 * @internal
 */
export function rollUp(parent: Target, children: readonly (readonly PathPoint[])[]): PathPoint[] {
  const union = new Map<string, { position: number; observed: boolean }>();
  for (const path of children) {
    for (const p of path) {
      const u = union.get(p.date);
      if (u === undefined) union.set(p.date, { position: p.position, observed: p.origin === "observation" });
      else if (p.origin === "observation") u.observed = true;
    }
  }
  const dates = [...union.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const points: PathPoint[] = [];
  let baselineSeen = false;
  for (const [date, { position, observed }] of dates) {
    if (date === parent.baseline.date) {
      baselineSeen = true;
      if (!observed) {
        points.push({ date, position, value: parent.baseline.value, origin: "baseline" });
        continue;
      }
    }
    let sum = 0;
    for (const path of children) sum += valueOf(path, position);
    points.push({ date, position, value: Math.round(sum), origin: observed ? "observation" : "baseline" });
  }
  if (!baselineSeen) {
    const b = parent.baseline;
    points.push({
      date: b.date,
      position: monthPositionNumber(b.date, "baseline.date"),
      value: b.value,
      origin: "baseline",
    });
    points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return points;
}

/** A path's value at a position: interpolated inside, held flat outside; 0 for an empty path. */
function valueOf(path: readonly PathPoint[], position: number): number {
  const first = path[0];
  const last = path[path.length - 1];
  if (first === undefined || last === undefined) return 0;
  if (position <= first.position) return first.value;
  if (position >= last.position) return last.value;
  let lo = 0;
  let hi = path.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((path[mid] as PathPoint).position <= position) lo = mid;
    else hi = mid - 1;
  }
  const a = path[lo] as PathPoint;
  const b = path[lo + 1] as PathPoint;
  if (a.position === position) return a.value;
  return a.value + ((b.value - a.value) * (position - a.position)) / (b.position - a.position);
}
