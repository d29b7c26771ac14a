import type { Target } from "../model/index.js";
import { type SafeParseResult, safeParseWith } from "./internal.js";
import { TargetSchema } from "./TargetSchema.js";

/**
 * Like {@link parseTarget}, but returns `{ success: true, data }` or
 * `{ success: false, error }` (an `OnboardingTargetsError`) instead of throwing.
 *
 * @category Schemas
 * @param input - anything
 * @returns the parsed value, or the error with its `code`, `path`, `issues` and `message`
 * @throws never
 * @example
 * ```ts
 * import { safeParseTarget } from "onboarding-targets/schemas";
 * safeParseTarget({ id: "t", baseline: { date: "2021-01-01", value: 0 }, goal: { date: "2021-02-30", value: 10 } }).error?.message;
 * //=> "goal.date: 2021-02-30 is not a calendar date"
 * ```
 */
export function safeParseTarget(input: unknown): SafeParseResult<Target> {
  return safeParseWith(TargetSchema, input);
}
