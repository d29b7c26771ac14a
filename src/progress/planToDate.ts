import type { Decimal } from "../decimal/index.js";
import { readTarget, targetInForceOf } from "../model/core.js";
import type { Target, TargetInput } from "../model/index.js";
import { type CalendarDate, monthPosition } from "../periods/core.js";
import { planAtPosition, planCurve } from "./planCurve.js";

/**
 * Plan-to-date PV(t): the value the target's plan expects by the end of `date`
 * ([plan-to-date and phasing](../../docs/methodology.md#plan-to-date-and-phasing)), exact.
 *
 * - `linear`: `v_b + (v_T - v_b) * elapsed / total`, months on the month axis.
 * - `monthly-weights` and `seasonal`: `v_b + (v_T - v_b) * W(t) / sum(w)`. The target's months are
 *   the calendar months that intersect (baseline date, goal date]; each month's weight accrues
 *   evenly along the month axis over the part of that month that lies inside (baseline, goal]. So a
 *   partial first month (baseline 2021-01-15) delivers its whole weight between the end of
 *   15 January and the end of 31 January; at month ends W(t) is the running sum of weights, and
 *   the plan is continuous. Seasonal weights are not pro-rated for partial months.
 * - `milestones`: linear on the month axis between baseline, milestones and goal.
 *
 * A target with `revisions` plans toward the goal in force on `date` (see `goalInForce`): the last
 * revision announced on or before it, with its phasing (a straight line without one), from the
 * target's baseline; before the first announcement, the target's own goal and phasing.
 *
 * Before the baseline date the plan is the baseline value; after the goal date it is the goal
 * value (the plan is "done"). Works the same for `decrease` targets (the direction is in the signs).
 * Complexity O(number of months or milestones).
 *
 * @category Progress
 * @param target - the target (validated; defaults filled in)
 * @param date - `YYYY-MM-DD`; the plan as it stands at the end of this day
 * @returns PV(date) as a Decimal
 * @throws {OnboardingTargetsError} any target validation error (path `target…`); `invalid_date`
 *   (path `date`); `invalid_weights` when a seasonal profile is 0 in every month of the target
 * @example
 * ```ts
 * import { planToDate } from "onboarding-targets";
 * const target = { id: "t", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2024-12-31", value: 10_000 } };
 * planToDate(target, "2023-09-30").toString();
 * //=> "3750"
 * const phased = { ...target, goal: { date: "2023-12-31", value: 1200 },
 *   phasing: { kind: "monthly-weights", weights: [1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 2] } };
 * planToDate(phased, "2023-04-30").toString();
 * //=> "400"
 * ```
 */
export function planToDate(target: TargetInput | Target, date: CalendarDate): Decimal {
  const t = readTarget(target, "target");
  const position = monthPosition(date, "date");
  // A revised target plans toward the goal (and milestones) in force on `date`.
  return planAtPosition(planCurve(targetInForceOf(t, date)), position);
}
