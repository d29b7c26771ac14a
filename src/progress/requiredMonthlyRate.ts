import { Decimal } from "../decimal/index.js";
import { fail } from "../errors/core.js";
import { readObservation, readTarget, targetInForceOf } from "../model/core.js";
import type { Observation, ObservationInput, Target, TargetInput } from "../model/index.js";
import { type CalendarDate, monthsBetween } from "../periods/core.js";

/**
 * Where a target stands: `achieved` (the goal value is reached in the target's direction, whatever
 * the date), `overdue` (the goal date has come while short of the goal) or `in-progress`.
 *
 * @category Progress
 */
export type TargetState = "achieved" | "in-progress" | "overdue";

/**
 * The result of {@link requiredMonthlyRate}. Sign conventions: `remaining` and `perMonth` are
 * distances toward the goal, never negative (for a `decrease` target they say how much the value
 * must still fall, and fall per month); `compoundMonthlyGrowth` is the signed growth rate of the
 * value itself (negative for a decrease).
 *
 * @category Progress
 */
export interface RequiredMonthlyRate {
  /** `achieved`, `in-progress` or `overdue`. */
  readonly state: TargetState;
  /** `|v_T - v_t|` while short of the goal; 0 once achieved. */
  readonly remaining: Decimal;
  /**
   * Months from the current date to the goal date ([the month axis](../../docs/methodology.md#the-month-axis)); 0 or
   * negative once the goal date has come.
   */
  readonly months: Decimal;
  /** `remaining / months`: the constant monthly amount that reaches the goal on time; 0 once achieved; `null` when overdue. */
  readonly perMonth: Decimal | null;
  /** Why `perMonth` is `null`: `"goal-date-passed"`; otherwise `null`. */
  readonly perMonthReason: "goal-date-passed" | null;
  /** `(v_T / v_t)^(1/months) - 1`, the constant monthly growth that reaches the goal on time; 0 once achieved; `null` with a reason otherwise undefined. */
  readonly compoundMonthlyGrowth: Decimal | null;
  /** Why `compoundMonthlyGrowth` is `null`: `"goal-date-passed"` or `"current-value-zero"` (no growth rate multiplies 0 into a positive value); otherwise `null`. */
  readonly compoundReason: "goal-date-passed" | "current-value-zero" | null;
}

/**
 * The required monthly rate: how much the value must still change per month, from the current
 * observation, to reach the goal on the goal date
 * ([required monthly rate](../../docs/methodology.md#required-monthly-rate)). Linear:
 * `(v_T - v_t) / months(t, T)`; compound: `(v_T / v_t)^(1/months) - 1`. Exact (40 digits).
 *
 * "Achieved" is checked first, whatever the date: remaining, per-month rate and growth are 0. If
 * the goal date has come (months ≤ 0) while short of the goal the state is `overdue`, with the
 * remaining amount and `null` rates (never a negative or infinite rate). A current value of 0 has
 * no compound growth rate (`null`, reason `current-value-zero`). See {@link RequiredMonthlyRate}
 * for the sign conventions. O(1).
 *
 * @category Progress
 * @param target - the target
 * @param current - the current cumulative observation `{ date, value }`
 * @returns `{ state, remaining, months, perMonth, perMonthReason, compoundMonthlyGrowth, compoundReason }`
 * @throws {OnboardingTargetsError} target validation errors (path `target…`); observation
 *   validation errors (path `current…`); `invalid_enum` at `current.kind` for an increment
 * @example
 * ```ts
 * import { requiredMonthlyRate } from "onboarding-targets";
 * const target = { id: "bbi", baseline: { date: "2021-04-30", value: 11_700_000 }, goal: { date: "2023-12-31", value: 30_000_000 } };
 * const r = requiredMonthlyRate(target, { date: "2021-04-30", value: 11_700_000 });
 * [r.state, r.months.toString(), r.perMonth?.toString(), r.compoundMonthlyGrowth?.toFixed(12)];
 * //=> ["in-progress", "32", "571875", "0.029862467751"]
 * requiredMonthlyRate(target, { date: "2024-01-31", value: 29_000_000 }).perMonthReason;
 * //=> "goal-date-passed"
 * ```
 */
export function requiredMonthlyRate(
  target: TargetInput | Target,
  current: Observation | ObservationInput,
): RequiredMonthlyRate {
  const t = readTarget(target, "target");
  const c = readObservation(current, "current");
  if (c.kind !== "cumulative")
    fail("invalid_enum", "current.kind", "the current value must be a cumulative observation, not an increment");
  // A revised target: the goal in force on the current value's date.
  return requiredRateOf(targetInForceOf(t, c.date), c);
}

/**
 * The core of {@link requiredMonthlyRate}, on a read target and the current cumulative value.
 * @internal
 */
export function requiredRateOf(
  t: Target,
  c: { readonly date: CalendarDate; readonly value: number },
): RequiredMonthlyRate {
  const vt = new Decimal(c.value);
  const vT = new Decimal(t.goal.value);
  const months = monthsBetween(c.date, t.goal.date);
  const achieved = t.direction === "increase" ? vt.gte(vT) : vt.lte(vT);
  if (achieved) {
    return {
      state: "achieved",
      remaining: new Decimal(0),
      months,
      perMonth: new Decimal(0),
      perMonthReason: null,
      compoundMonthlyGrowth: new Decimal(0),
      compoundReason: null,
    };
  }
  const remaining = vT.minus(vt).abs();
  if (!months.isPositive() || months.isZero()) {
    return {
      state: "overdue",
      remaining,
      months,
      perMonth: null,
      perMonthReason: "goal-date-passed",
      compoundMonthlyGrowth: null,
      compoundReason: "goal-date-passed",
    };
  }
  const perMonth = remaining.div(months);
  if (vt.isZero()) {
    return {
      state: "in-progress",
      remaining,
      months,
      perMonth,
      perMonthReason: null,
      compoundMonthlyGrowth: null,
      compoundReason: "current-value-zero",
    };
  }
  const compound = vT.div(vt).pow(new Decimal(1).div(months)).minus(1);
  return {
    state: "in-progress",
    remaining,
    months,
    perMonth,
    perMonthReason: null,
    compoundMonthlyGrowth: compound,
    compoundReason: null,
  };
}
