/**
 * The plan of a target as a piecewise-linear curve on the month axis
 * ([plan-to-date and phasing](../../docs/methodology.md#plan-to-date-and-phasing)). Every phasing
 * kind is piecewise linear between breakpoints:
 *
 * - `linear`: baseline → goal.
 * - `monthly-weights` / `seasonal`: the target's months are the calendar months that intersect
 *   (baseline date, goal date]. Month m's weight accrues evenly over the part of m that lies inside
 *   (baseline, goal] on the month axis: a partial first (or last) month delivers its whole weight
 *   over its partial span. So the breakpoints are the baseline, every month end strictly inside the
 *   span, and the goal; at a month end the plan is `v_b + (v_T - v_b) * (running sum of weights) / sum`.
 *   Seasonal weights are the profile's weight of each month's calendar month (not pro-rated).
 * - `milestones`: baseline → each milestone → goal.
 *
 * Outside the span the plan is flat: the baseline value before the baseline date, the goal value
 * after the goal date.
 * @internal
 * @module
 */
import { Decimal } from "../decimal/index.js";
import { fail } from "../errors/core.js";
import type { Target } from "../model/index.js";
import { monthPosition, monthsIntersecting } from "../periods/core.js";

/** A breakpoint of the plan: the planned value at month-axis `position`. @internal */
export interface PlanPoint {
  readonly position: Decimal;
  readonly value: Decimal;
}

/**
 * The breakpoints of a validated target's plan, in position order; the first is the baseline and
 * the last the goal.
 * @throws {OnboardingTargetsError} `invalid_weights` at `<path>.phasing.profile` when the seasonal
 *   profile gives every month of the target a zero weight
 * @internal
 */
export function planCurve(target: Target, path = "target"): PlanPoint[] {
  const { baseline, goal, phasing } = target;
  const pb = monthPosition(baseline.date);
  const pT = monthPosition(goal.date);
  const vb = new Decimal(baseline.value);
  const vT = new Decimal(goal.value);
  switch (phasing.kind) {
    case "linear":
      return [
        { position: pb, value: vb },
        { position: pT, value: vT },
      ];
    case "milestones": {
      const points: PlanPoint[] = [{ position: pb, value: vb }];
      for (const m of phasing.points) {
        if (m.date < goal.date) points.push({ position: monthPosition(m.date), value: new Decimal(m.value) });
      }
      points.push({ position: pT, value: vT });
      return points;
    }
    case "monthly-weights":
    case "seasonal": {
      const { first, count } = monthsIntersecting(baseline.date, goal.date);
      const weights: Decimal[] = [];
      for (let k = 0; k < count; k++) {
        const w = phasing.kind === "monthly-weights" ? phasing.weights[k] : phasing.profile[(first + k) % 12];
        weights.push(new Decimal(w ?? 0));
      }
      const sum = weights.reduce((a, b) => a.plus(b), new Decimal(0));
      if (!sum.isPositive() || sum.isZero()) {
        fail(
          "invalid_weights",
          `${path}.phasing.${phasing.kind === "seasonal" ? "profile" : "weights"}`,
          `every month of the target (${baseline.date} to ${goal.date}) has weight 0: the plan cannot be phased`,
        );
      }
      const delta = vT.minus(vb);
      const points: PlanPoint[] = [{ position: pb, value: vb }];
      let running = new Decimal(0);
      for (let k = 0; k < count - 1; k++) {
        running = running.plus(weights[k] as Decimal);
        points.push({ position: new Decimal(first + k + 1), value: vb.plus(delta.times(running).div(sum)) });
      }
      points.push({ position: pT, value: vT });
      return points;
    }
  }
}

/**
 * The planned value at month-axis `position`: linear interpolation between breakpoints, flat
 * outside them. O(log n) in the number of breakpoints (binary search), so that allocating a plan
 * over p periods stays O(p log p) even for a weighted plan with one breakpoint per month.
 * @internal
 */
export function planAtPosition(curve: readonly PlanPoint[], position: Decimal): Decimal {
  const first = curve[0] as PlanPoint;
  const last = curve[curve.length - 1] as PlanPoint;
  if (position.lte(first.position)) return first.value;
  if (position.gte(last.position)) return last.value;
  // Find the first breakpoint b (index k >= 1) with position <= b.position.
  let lo = 1;
  let hi = curve.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (position.gt((curve[mid] as PlanPoint).position)) lo = mid + 1;
    else hi = mid;
  }
  const b = curve[lo] as PlanPoint;
  if (position.eq(b.position)) return b.value;
  const a = curve[lo - 1] as PlanPoint;
  return a.value.plus(b.value.minus(a.value).times(position.minus(a.position)).div(b.position.minus(a.position)));
}

/**
 * Earned schedule (Lipke, on the continuous month axis): months after the baseline until which the
 * plan stays at or below `actual`, measured in the target's direction — the time at which the plan
 * reached the actual value. Where the plan is flat (zero-weight months) at exactly the actual
 * value, this is the end of the flat stretch, as Lipke's "last period with PV <= EV" gives. It is 0
 * when the plan is already past `actual` right after the baseline, and the whole span when the
 * plan never passes it. `null` when baseline value equals goal value (no direction to measure in).
 * @internal
 */
export function earnedMonths(curve: readonly PlanPoint[], actual: Decimal): Decimal | null {
  const first = curve[0] as PlanPoint;
  const last = curve[curve.length - 1] as PlanPoint;
  const delta = last.value.minus(first.value);
  if (delta.isZero()) return null;
  // Directed progress: comparisons in the goal's direction.
  const e = (v: Decimal) => v.minus(first.value).div(delta);
  const target = e(actual);
  if (e(first.value).gt(target)) return new Decimal(0);
  for (let k = 1; k < curve.length; k++) {
    const a = curve[k - 1] as PlanPoint;
    const b = curve[k] as PlanPoint;
    const ea = e(a.value);
    const eb = e(b.value);
    if (eb.lte(target)) continue;
    // ea <= target < eb: the plan crosses the actual value inside this segment.
    const crossing = a.position.plus(b.position.minus(a.position).times(target.minus(ea)).div(eb.minus(ea)));
    return crossing.minus(first.position);
  }
  return last.position.minus(first.position);
}
