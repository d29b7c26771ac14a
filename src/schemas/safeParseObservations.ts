import type { Observation } from "../model/index.js";
import { type SafeParseResult, safeParseWith } from "./internal.js";
import { ObservationsSchema } from "./ObservationSchema.js";

/**
 * Like {@link parseObservations}, but returns `{ success: true, data }` or
 * `{ success: false, error }` (an `OnboardingTargetsError`) instead of throwing.
 *
 * @category Schemas
 * @param input - anything
 * @returns the parsed value, or the error with its `code`, `path`, `issues` and `message`
 * @throws never
 * @example
 * ```ts
 * import { safeParseObservations } from "onboarding-targets/schemas";
 * safeParseObservations([{ date: "2020-12-31", value: -1 }]).error?.path;
 * //=> "0.value"
 * ```
 */
export function safeParseObservations(input: unknown): SafeParseResult<Observation[]> {
  return safeParseWith(ObservationsSchema, input);
}
