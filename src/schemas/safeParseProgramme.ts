import type { Programme } from "../model/index.js";
import { type SafeParseResult, safeParseWith } from "./internal.js";
import { ProgrammeSchema } from "./ProgrammeSchema.js";

/**
 * Like {@link parseProgramme}, but returns `{ success: true, data }` or
 * `{ success: false, error }` (an `OnboardingTargetsError`) instead of throwing.
 *
 * @category Schemas
 * @param input - anything
 * @returns the parsed value, or the error with its `code`, `path`, `issues` and `message`
 * @throws never
 * @example
 * ```ts
 * import { safeParseProgramme } from "onboarding-targets/schemas";
 * safeParseProgramme({ id: "bbi", targets: [], observations: { ikm: [] } }).error?.message;
 * //=> "observations.ikm: observations for \"ikm\", which is not the id of a target of this programme"
 * ```
 */
export function safeParseProgramme(input: unknown): SafeParseResult<Programme> {
  return safeParseWith(ProgrammeSchema, input);
}
