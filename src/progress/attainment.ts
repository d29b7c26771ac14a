import { type Decimal, type DecimalInput, toDecimal } from "../decimal/index.js";
import { fail } from "../errors/core.js";

/**
 * Attainment (capaian): the actual value as a share of the goal, `actual / goal`, exact.
 * 1 means the goal is met; 1.85 means 185 %.
 *
 * Complexity O(1). Reference: [attainment](../../docs/methodology.md#attainment), and the BBI
 * report of May 2021 (3.7 million IKM on-boarded in 2020 against a target of 2 million).
 *
 * @category Progress
 * @param actual - the value reached (a finite, non-negative number, decimal string or Decimal)
 * @param goal - the goal value (finite and positive)
 * @returns `actual / goal` as a Decimal
 * @throws {OnboardingTargetsError} `invalid_decimal` (path `actual` or `goal`) for NaN, ±Infinity or a non-number; `out_of_range` for a negative actual or a goal that is not positive
 * @example
 * ```ts
 * import { attainment } from "onboarding-targets";
 * attainment(3_700_000, 2_000_000).toString();
 * //=> "1.85"
 * attainment("1", "3").toFixed(4);
 * //=> "0.3333"
 * ```
 */
export function attainment(actual: DecimalInput, goal: DecimalInput): Decimal {
  const a = toDecimal(actual, "actual");
  const g = toDecimal(goal, "goal");
  if (a.isNegative()) fail("out_of_range", "actual", `${a.toString()} is negative`);
  if (!g.isPositive() || g.isZero())
    fail("out_of_range", "goal", `${g.toString()} must be positive: attainment divides by the goal`);
  return attainmentOf(a, g);
}

/**
 * The core of {@link attainment}: `actual / goal`, on read values (a non-negative actual, a
 * positive goal, both within 10^±1000, so the ratio is finite).
 * @internal
 */
export function attainmentOf(actual: Decimal, goal: Decimal): Decimal {
  return actual.div(goal);
}
