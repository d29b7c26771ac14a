import type { Target } from "../model/index.js";
import { parseWith } from "./internal.js";
import { TargetSchema } from "./TargetSchema.js";

/**
 * Validates a target (for example one read from JSON or a form) with the zod schema
 * {@link TargetSchema} and returns a `Target` with defaults filled in. It never mutates its input and never coerces; the
 * rules, codes and paths are those of the plain functions.
 *
 * @category Schemas
 * @param input - anything
 * @returns a `Target` with defaults filled in
 * @throws {OnboardingTargetsError} with every issue found: `invalid_type`, `unknown_key`, `invalid_date`, `invalid_count`, `invalid_time_zone`, `invalid_enum`, `goal_not_after_baseline`, `inconsistent_target` (goal on the wrong side of the baseline for the direction, at `goal.value`), `invalid_weights`, `invalid_number`, `invalid_target`, `out_of_range`, with the dotted path (e.g. `goal.date`); messages of unknown keys and values end with a "did you mean" when one is close
 * @example
 * ```ts
 * import { parseTarget } from "onboarding-targets/schemas";
 * parseTarget({ id: "umkm", baseline: { date: "2021-04-30", value: 11700000 }, goal: { date: "2023-12-31", value: 30000000 } }).phasing;
 * //=> { "kind": "linear" }
 * ```
 */
export function parseTarget(input: unknown): Target {
  return parseWith(TargetSchema, input);
}
