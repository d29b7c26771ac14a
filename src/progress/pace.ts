import { Decimal } from "../decimal/index.js";
import { fail } from "../errors/core.js";
import { readObservation, readTarget, targetInForceOf } from "../model/core.js";
import type { Observation, ObservationInput, Target, TargetInput } from "../model/index.js";
import { type CalendarDate, dateAtPosition, monthPosition } from "../periods/core.js";
import { earnedMonths, planAtPosition, planCurve, type PlanPoint } from "./planCurve.js";

/**
 * Earned-schedule figures of {@link pace} (Lipke's method on the continuous month axis).
 *
 * @category Progress
 */
export interface EarnedSchedule {
  /** ES: months after the baseline at which the plan reached the actual value; `null` when baseline value equals goal value. */
  readonly earnedMonths: Decimal | null;
  /** Months from the baseline date to the observation date (negative before the baseline). */
  readonly elapsedMonths: Decimal;
  /** `ES - elapsed`: positive ahead of the plan, negative behind; `null` before the baseline or without ES. */
  readonly monthsAheadOrBehind: Decimal | null;
  /** The date reached `total / (ES / elapsed)` months after the baseline (`YYYY-MM-DD`); `null` with a reason when undefined. */
  readonly forecastFinish: CalendarDate | null;
  /**
   * Why some figure is `null`, or a note on a special case; `null` otherwise.
   * - `"at-baseline"`: the observation is on or before the baseline date (no time has elapsed).
   * - `"baseline-equals-goal"`: no way to measure schedule.
   * - `"no-earned-schedule"`: ES is 0 (no progress the plan would count): never finishes at this pace.
   * - `"beyond-calendar"`: the forecast falls after 9999-12-31.
   * - `"goal-met"`: the goal is met; `forecastFinish` is the observation date (the goal was met by then).
   */
  readonly reason:
    "at-baseline" | "baseline-equals-goal" | "no-earned-schedule" | "beyond-calendar" | "goal-met" | null;
}

/**
 * The result of {@link pace}.
 *
 * @category Progress
 */
export interface Pace {
  /** PV(t), see `planToDate`. */
  readonly planToDate: Decimal;
  /** The observed value v_t. */
  readonly actual: Decimal;
  /** SPI analogue `(v_t - v_b) / (PV(t) - v_b)`: 1 on plan, below 1 behind; `null` when the plan has not moved yet (see `ratioReason`). */
  readonly ratio: Decimal | null;
  /** Why `ratio` is `null`: `"baseline-equals-goal"` (the plan never moves), `"no-plan-yet"` when PV(t) = v_b (at or before the baseline, or only zero-weight months so far); otherwise `null`. */
  readonly ratioReason: "baseline-equals-goal" | "no-plan-yet" | null;
  /** Schedule gap `v_t - PV(t)` in the metric's units (for a `decrease` target a negative gap is ahead). */
  readonly gap: Decimal;
  /** Earned schedule. */
  readonly earnedSchedule: EarnedSchedule;
}

/**
 * Pace against the plan at an observation
 * ([pace and schedule gap](../../docs/methodology.md#pace-and-schedule-gap),
 * [earned schedule](../../docs/methodology.md#earned-schedule)): the SPI analogue
 * `(v_t - v_b) / (PV(t) - v_b)`, the schedule gap `v_t - PV(t)`, and Lipke's earned schedule: ES is
 * the time (months after the baseline) at which the plan reached the actual value — for phased and
 * milestone plans the piecewise-linear plan is inverted; where the plan is flat at exactly that
 * value ES is the end of the flat stretch (Lipke's "last period with PV ≤ EV"). Months ahead or
 * behind = ES - elapsed; the forecast finish is the date `total × elapsed / ES` months after the
 * baseline.
 *
 * A target with `revisions` is measured against the goal and plan in force on the observation's
 * date (see `goalInForce`), as `assess` measures against the one in force on its `asOf`.
 *
 * Edge cases are values: at or before the baseline date, with a plan that has not moved, with zero
 * progress, or with the goal met, the affected fields are `null` with a reason (never NaN or
 * Infinity). O(number of months or milestones).
 *
 * @category Progress
 * @param target - the target
 * @param observation - a cumulative observation `{ date, value }`
 * @returns `{ planToDate, actual, ratio, ratioReason, gap, earnedSchedule }`
 * @throws {OnboardingTargetsError} target validation errors (path `target…`); observation
 *   validation errors (path `observation…`); `invalid_enum` at `observation.kind` for an increment
 * @example
 * ```ts
 * import { pace } from "onboarding-targets";
 * const target = { id: "t", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2024-12-31", value: 10_000 } };
 * const p = pace(target, { date: "2023-09-30", value: 3000 });
 * [p.planToDate.toString(), p.ratio?.toString(), p.gap.toString()];
 * //=> ["3750", "0.8", "-750"]
 * const es = p.earnedSchedule;
 * [es.earnedMonths?.toString(), es.monthsAheadOrBehind?.toString(), es.forecastFinish];
 * //=> ["7.2", "-1.8", "2025-06-30"]
 * ```
 */
export function pace(target: TargetInput | Target, observation: Observation | ObservationInput): Pace {
  const t = readTarget(target, "target");
  const o = readObservation(observation, "observation");
  if (o.kind !== "cumulative")
    fail("invalid_enum", "observation.kind", "pace needs a cumulative observation, not an increment");
  // A revised target is measured against the plan in force on the observation's date.
  return paceOf(targetInForceOf(t, o.date), o);
}

/**
 * The core of {@link pace}, on a read target and a cumulative value; `curve` is the target's plan
 * (`planCurve(t)`), passed by a caller that already has it.
 * @internal
 */
export function paceOf(
  t: Target,
  o: { readonly date: CalendarDate; readonly value: number },
  curve: readonly PlanPoint[] = planCurve(t),
): Pace {
  const pb = monthPosition(t.baseline.date);
  const pT = monthPosition(t.goal.date);
  const pt = monthPosition(o.date);
  const vb = new Decimal(t.baseline.value);
  const vT = new Decimal(t.goal.value);
  const actual = new Decimal(o.value);
  const pv = planAtPosition(curve, pt);
  const planned = pv.minus(vb);
  const ratio = planned.isZero() ? null : actual.minus(vb).div(planned);

  const elapsed = pt.minus(pb);
  const total = pT.minus(pb);
  const es = earnedMonths(curve, actual);
  const goalMet = t.direction === "increase" ? actual.gte(vT) : actual.lte(vT);
  let ahead: Decimal | null = null;
  let finish: CalendarDate | null = null;
  let reason: EarnedSchedule["reason"] = null;
  if (es === null) reason = "baseline-equals-goal";
  else if (elapsed.isNegative()) reason = "at-baseline";
  else {
    ahead = es.minus(elapsed);
    if (elapsed.isZero()) reason = "at-baseline";
    else if (goalMet) {
      finish = o.date;
      reason = "goal-met";
    } else if (es.isZero()) reason = "no-earned-schedule";
    else {
      const position = pb.plus(total.times(elapsed).div(es));
      if (position.gt(12 * 10_000)) reason = "beyond-calendar";
      else finish = dateAtPosition(position);
    }
  }
  return {
    planToDate: pv,
    actual,
    ratio,
    ratioReason: ratio !== null ? null : vb.eq(vT) ? "baseline-equals-goal" : "no-plan-yet",
    gap: actual.minus(pv),
    earnedSchedule: {
      earnedMonths: es,
      elapsedMonths: elapsed,
      monthsAheadOrBehind: ahead,
      forecastFinish: finish,
      reason,
    },
  };
}
