import { Decimal, type DecimalInput } from "../decimal/index.js";
import { fail } from "../errors/core.js";
import { readTarget, targetInForceOf } from "../model/core.js";
import type { Observation, ObservationInput, Target, TargetInput } from "../model/index.js";
import { cumulativePath, lastIndexAtOrBefore, readPathOptions } from "../path/core.js";
import type { CalendarDate } from "../periods/core.js";
import { readEnum, readObject } from "../read/index.js";
import { ON_DECREASE, type OnDecrease } from "../vocabulary/index.js";
import { type RequiredMonthlyRate, requiredRateOf, type TargetState } from "./requiredMonthlyRate.js";
import { readRunRateWindow, runRateOf } from "./runRate.js";

/**
 * Options of {@link accelerationNeeded}.
 *
 * @category Progress
 */
export interface AccelerationNeededOptions {
  /** `YYYY-MM-DD`: the date of the measure; observations after it are not used (required). */
  readonly asOf: CalendarDate;
  /** Run-rate window in months (a positive number); default 3 (`DEFAULT_WINDOW`). */
  readonly window?: number;
  /**
   * Run-rate window in months (a positive decimal).
   * @deprecated Use `window`, the name every function gives the run-rate window; this alias is read
   * until the next minor version. Giving both is an `invalid_option`.
   */
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
 * rate is `runRate` over `window` months (default 3) ending at `asOf`, with the target's baseline as a
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
 * @param options - `{ asOf, window = 3, onDecrease = "error" }` (`months`: the deprecated name of `window`): `asOf` (`YYYY-MM-DD`, required) is
 *   the date of the measure, observations after it are not used
 * @returns `{ ratio, reason, state, required, runRate, current }`
 * @throws {OnboardingTargetsError} target errors (path `target…`); observation errors (path
 *   `observations…`, `duplicate_date`, `decreasing_series`); `invalid_date` at `options.asOf`;
 *   `invalid_type` at `options` unless an object; `invalid_number` or `out_of_range` at `options.window` when not a positive number (`invalid_option` at `options.months` when given with `window`);
 *   `too_few_points` when neither an observation nor the baseline lies on or before `asOf`
 * @example
 * ```ts
 * import { accelerationNeeded } from "onboarding-targets";
 * const target = { id: "t", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2024-12-31", value: 10_000 } };
 * const a = accelerationNeeded(target, [{ date: "2023-09-30", value: 3000 }], { asOf: "2023-09-30" });
 * [a.ratio?.toFixed(2), a.required?.toFixed(2), a.runRate?.toFixed(2)];
 * //=> ["1.40", "466.67", "333.33"]
 * accelerationNeeded(target, [{ date: "2023-06-30", value: 3000 }, { date: "2023-09-30", value: 3000 }], { asOf: "2023-09-30" }).reason;
 * //=> "never-at-this-pace"
 * ```
 */
export function accelerationNeeded(
  target: TargetInput | Target,
  observations: readonly (Observation | ObservationInput)[],
  options: AccelerationNeededOptions,
): AccelerationNeeded {
  const t = readTarget(target, "target");
  if (typeof options === "string") {
    // The 0.1 call, accelerationNeeded(target, observations, "2023-09-30"): say where asOf went.
    return fail(
      "invalid_type",
      "options",
      `expected an object, got a string; asOf goes in the options: { asOf: ${JSON.stringify((options as string).slice(0, 40))} }`,
    );
  }
  const o = readObject(options, "options", ["asOf", "window", "months", "onDecrease"]);
  const asOf = readPathOptions(o, "options", true).asOf as CalendarDate;
  const trailing = readRunRateWindow(o, "options");
  const onDecrease = o.onDecrease === undefined ? "error" : readEnum(o.onDecrease, "options.onDecrease", ON_DECREASE);
  // One path, read once, for both the current value and the run rate.
  const { points } = cumulativePath(observations, {
    baseline: t.baseline,
    baselinePath: "target.baseline",
    onDecrease,
    direction: t.direction,
  });
  const current = points[lastIndexAtOrBefore(points, asOf)];
  if (current === undefined)
    return fail("too_few_points", "observations", `no observation (nor the baseline) lies on or before ${asOf}`);
  // A revised target: the goal in force at asOf, as in assess.
  const inForce = targetInForceOf(t, asOf);
  return accelerationOf(
    inForce,
    requiredRateOf(inForce, current),
    runRateOf(points, asOf, trailing.months, trailing.path),
    current,
  );
}

/**
 * The core of {@link accelerationNeeded}, and the TCPI-style verdict of `assess` (which already
 * holds the required rate and the run rate and must not compute them twice): achieved, overdue,
 * no run rate, a pace that goes nowhere or backwards ("never-at-this-pace"), else
 * `required / runRate` toward the goal.
 *
 * @param t - the read target
 * @param required - `requiredRateOf(t, current)`
 * @param rate - `runRateOf(...)` on the target's path, `null` with a single dated value
 * @param current - the point the required rate starts from
 * @internal
 */
export function accelerationOf(
  t: Target,
  required: RequiredMonthlyRate,
  rate: Decimal | null,
  current: { readonly date: CalendarDate; readonly value: number },
): AccelerationNeeded {
  const base = {
    state: required.state,
    required: required.perMonth,
    runRate: rate,
    current: { date: current.date, value: new Decimal(current.value) },
  };
  if (required.state === "achieved") return { ratio: new Decimal(0), reason: "achieved", ...base };
  if (required.state === "overdue") return { ratio: null, reason: "overdue", ...base };
  if (rate === null) return { ratio: null, reason: "insufficient-data", ...base };
  const toward = t.direction === "increase" ? rate : rate.neg();
  if (!toward.isPositive() || toward.isZero()) return { ratio: null, reason: "never-at-this-pace", ...base };
  return { ratio: (required.perMonth as Decimal).div(toward), reason: null, ...base };
}
