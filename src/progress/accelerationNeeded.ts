import { Decimal, type DecimalInput } from "../decimal/index.js";
import { fail, OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { lastPointAtOrBefore, type OnDecrease, observedPath } from "../internal/observedPath.js";
import { readObject } from "../read/index.js";
import { readTarget } from "../model/readTarget.js";
import type { Direction, Observation, ObservationInput, Target, TargetInput } from "../model/types.js";
import type { CalendarDate } from "../periods/calendarDate.js";
import { monthPosition } from "../periods/monthAxis.js";
import { type RequiredMonthlyRate, type TargetState, requiredMonthlyRate } from "./requiredMonthlyRate.js";
import { runRate } from "./runRate.js";

/**
 * Options of {@link accelerationNeeded}.
 *
 * @category Progress
 */
export interface AccelerationNeededOptions {
  /** Run-rate window in months; default 3. */
  readonly months?: DecimalInput;
  /** An unmarked decrease of the cumulative values: `"error"` (default) or `"warn"`. */
  readonly onDecrease?: OnDecrease;
}

/**
 * The result of {@link accelerationNeeded}.
 *
 * @category Progress
 */
export interface AccelerationNeeded {
  /** `required / runRate` (both toward the goal): 1 means the current pace is just enough, 1.4 means 40 % faster is needed; 0 once achieved; `null` with a reason otherwise undefined. */
  readonly ratio: Decimal | null;
  /**
   * `null` when `ratio` is a plain number; otherwise
   * `"achieved"` (ratio 0: nothing more is needed), `"overdue"` (the goal date has come while short:
   * no rate reaches it in time) or `"never-at-this-pace"` (the run rate is 0 or moving away from
   * the goal: ratio `null`) or `"insufficient-data"` (a single dated value on or before `asOf`,
   * say just the baseline: no run rate).
   */
  readonly reason: "achieved" | "overdue" | "never-at-this-pace" | "insufficient-data" | null;
  /** The state of the target at the current observation, see `requiredMonthlyRate`. */
  readonly state: TargetState;
  /** Required monthly amount toward the goal (`requiredMonthlyRate(...).perMonth`), `null` when overdue. */
  readonly required: Decimal | null;
  /** The run rate (signed: negative when the value fell), see `runRate`; `null` with one dated value only. */
  readonly runRate: Decimal | null;
  /** The observation the required rate starts from: the last one on or before `asOf`. */
  readonly current: {
    /** `YYYY-MM-DD` of that observation. */
    readonly date: CalendarDate;
    /** Its cumulative value. */
    readonly value: Decimal;
  };
}

/**
 * Acceleration needed: the required monthly rate divided by the run rate, the TCPI analogue of
 * earned-value management ([acceleration needed](../../docs/methodology.md#acceleration-needed)).
 * The required rate is `requiredMonthlyRate` from the last observation on or before `asOf`; the run
 * rate is `runRate` over `months` (default 3) ending at `asOf`, with the target's baseline as a
 * point of the path. Both are taken toward the goal, so `decrease` targets work the same way (their
 * values are a level meant to fall: falling values are not reported as decreases).
 *
 * Edge cases are values: goal achieved → ratio 0, reason `achieved`; goal date passed while short →
 * `null`, `overdue`; run rate 0 or away from the goal → `null`, `never-at-this-pace`; only one dated
 * value (the baseline, or one observation on its date) → `null`, `insufficient-data`.
 * O(n log n) for n observations.
 *
 * @category Progress
 * @param target - the target
 * @param observations - observations in any order (cumulative, increments or mixed)
 * @param asOf - `YYYY-MM-DD`: observations after it are not used
 * @param options - `{ months = 3, onDecrease = "error" }`
 * @returns `{ ratio, reason, state, required, runRate, current }`
 * @throws {OnboardingTargetsError} target errors (path `target…`); observation errors (path
 *   `observations…`, `duplicate_date`, `decreasing_series`); `invalid_date` at `asOf`;
 *   `too_few_points` when neither an observation nor the baseline lies on or before `asOf`
 * @example
 * ```ts
 * import { accelerationNeeded } from "onboarding-targets";
 * const target = { id: "t", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2024-12-31", value: 10_000 } };
 * const a = accelerationNeeded(target, [{ date: "2023-09-30", value: 3000 }], "2023-09-30");
 * [a.ratio?.toFixed(2), a.required?.toFixed(2), a.runRate?.toFixed(2)];
 * //=> ["1.40", "466.67", "333.33"]
 * accelerationNeeded(target, [{ date: "2023-06-30", value: 3000 }, { date: "2023-09-30", value: 3000 }], "2023-09-30").reason;
 * //=> "never-at-this-pace"
 * ```
 */
export function accelerationNeeded(
  target: TargetInput | Target,
  observations: readonly (Observation | ObservationInput)[],
  asOf: CalendarDate,
  options: AccelerationNeededOptions = {},
): AccelerationNeeded {
  const t = readTarget(target, "target");
  const o = readObject(options, "options", ["months", "onDecrease"]);
  const asOfPosition = monthPosition(asOf, "asOf");
  const path = observedPath(observations, { baseline: t.baseline, baselinePath: "target.baseline", onDecrease: o.onDecrease as OnDecrease | undefined, direction: t.direction });
  const currentPoint = lastPointAtOrBefore(path.points, asOfPosition);
  if (currentPoint === undefined) return fail("too_few_points", "observations", `no observation (nor the baseline) lies on or before ${asOf}`);
  const current = { date: currentPoint.date, value: currentPoint.value };
  const required = requiredMonthlyRate(t, { date: current.date, value: current.value.toNumber() });
  let rate: Decimal | null = null;
  try {
    rate = runRate(observations, {
      asOf,
      baseline: t.baseline,
      direction: t.direction,
      ...(o.months !== undefined && { months: o.months as DecimalInput }),
      ...(o.onDecrease !== undefined && { onDecrease: o.onDecrease as OnDecrease }),
    });
  } catch (e) {
    // One dated value only (say, just the baseline): no run rate, which is an answer, not an error.
    if (!(e instanceof OnboardingTargetsError && e.code === "too_few_points")) throw e;
  }
  return accelerationVerdict(t.direction, required, rate, current);
}

/**
 * The TCPI-style verdict from a required rate and a run rate, shared with `assess` (which already
 * holds both and must not compute them twice): achieved, overdue, no run rate, a pace that goes
 * nowhere or backwards ("never at this pace"), else `required / runRate` toward the goal.
 * @internal
 */
export function accelerationVerdict(
  direction: Direction,
  required: RequiredMonthlyRate,
  rate: Decimal | null,
  current: AccelerationNeeded["current"],
): AccelerationNeeded {
  const base = { state: required.state, required: required.perMonth, runRate: rate, current };
  if (required.state === "achieved") return { ratio: new Decimal(0), reason: "achieved", ...base };
  if (required.state === "overdue") return { ratio: null, reason: "overdue", ...base };
  if (rate === null) return { ratio: null, reason: "insufficient-data", ...base };
  const toward = direction === "increase" ? rate : rate.neg();
  if (!toward.isPositive() || toward.isZero()) return { ratio: null, reason: "never-at-this-pace", ...base };
  return { ratio: (required.perMonth as Decimal).div(toward), reason: null, ...base };
}
