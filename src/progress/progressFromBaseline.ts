import { type Decimal, type DecimalInput, Decimal as D, toDecimal } from "../decimal/index.js";
import { fail } from "../errors/core.js";
import { readTarget } from "../model/core.js";
import type { Target, TargetInput } from "../model/index.js";

/**
 * Progress from baseline: the share of the way from the baseline value to the goal value that
 * `value` has covered, `(v - v_b) / (v_T - v_b)`, exact
 * ([progress from baseline](../../docs/methodology.md#progress-from-baseline)). 0 at the baseline,
 * 1 at the goal, above 1 past it, negative when the value moved away from the goal. The direction
 * is in the signs, so a `decrease` target (1 000 → 400) at 700 is 0.5 along.
 *
 * When the baseline value equals the goal value (a "hold the level" target) the ratio is
 * undefined; the result is then 1 when `value` is at the goal or beyond it in the target's
 * direction, and 0 otherwise — never NaN. O(1).
 *
 * @category Progress
 * @param target - the target
 * @param value - the value reached (a finite, non-negative number, decimal string or Decimal)
 * @returns the progress as a Decimal
 * @throws {OnboardingTargetsError} target validation errors (path `target…`); `invalid_decimal`
 *   (path `value`) for NaN, ±Infinity or a non-number; `out_of_range` (path `value`) when negative
 * @example
 * ```ts
 * import { progressFromBaseline } from "onboarding-targets";
 * const target = { id: "bbi", baseline: { date: "2021-04-30", value: 11_700_000 }, goal: { date: "2023-12-31", value: 30_000_000 } };
 * progressFromBaseline(target, 21_000_000).toFixed(4);
 * //=> "0.5082"
 * progressFromBaseline({ ...target, direction: "decrease", baseline: { date: "2021-04-30", value: 1000 }, goal: { date: "2023-12-31", value: 400 } }, 700).toString();
 * //=> "0.5"
 * ```
 */
export function progressFromBaseline(target: TargetInput | Target, value: DecimalInput): Decimal {
  const t = readTarget(target, "target");
  const v = toDecimal(value, "value");
  if (v.isNegative()) fail("out_of_range", "value", `${v.toString()} is negative`);
  return progressOf(t, v);
}

/**
 * The core of {@link progressFromBaseline}, on a read target and a non-negative value.
 * @internal
 */
export function progressOf(t: Target, v: Decimal): Decimal {
  const vb = new D(t.baseline.value);
  const vT = new D(t.goal.value);
  const span = vT.minus(vb);
  if (span.isZero()) {
    const reached = t.direction === "increase" ? v.gte(vT) : v.lte(vT);
    return new D(reached ? 1 : 0);
  }
  return v.minus(vb).div(span);
}
