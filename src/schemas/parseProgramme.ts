import type { Programme } from "../model/index.js";
import { parseWith } from "./internal.js";
import { ProgrammeSchema } from "./ProgrammeSchema.js";

/**
 * Validates a programme (for example one read from JSON or a form) with the zod schema
 * {@link ProgrammeSchema} and returns a `Programme`: targets with defaults filled in, observations keyed by target id. It never mutates its input and never coerces; the
 * rules, codes and paths are those of the plain functions.
 *
 * @category Schemas
 * @param input - anything
 * @returns a `Programme`: targets with defaults filled in, observations keyed by target id
 * @throws {OnboardingTargetsError} with every issue found: the codes of its targets and observations, and `invalid_target` (duplicate id, unknown `parentId`, a cycle of parents) and `unknown_key` (observations of an unknown target), with the dotted path (e.g. `targets.2.parentId`)
 * @example
 * ```ts
 * import { parseProgramme } from "onboarding-targets/schemas";
 * parseProgramme({ id: "bbi", targets: [{ id: "ikm", baseline: { date: "2019-12-31", value: 0 }, goal: { date: "2020-12-31", value: 2000000 } }] }).targets[0]?.direction;
 * //=> "increase"
 * ```
 */
export function parseProgramme(input: unknown): Programme {
  return parseWith(ProgrammeSchema, input);
}
