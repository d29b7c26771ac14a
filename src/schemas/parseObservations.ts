import type { Observation } from "../model/index.js";
import { parseWith } from "./internal.js";
import { ObservationsSchema } from "./ObservationSchema.js";

/**
 * Validates a list of observations (for example one read from JSON or a form) with the zod schema
 * {@link ObservationsSchema} and returns new observation objects, `kind` filled in, in the input order. It never mutates its input and never coerces; the
 * rules, codes and paths are those of the plain functions.
 *
 * @category Schemas
 * @param input - anything
 * @returns new observation objects, `kind` filled in, in the input order
 * @throws {OnboardingTargetsError} with every issue found: `invalid_type`, `unknown_key`, `invalid_date`, `invalid_count`, `invalid_enum`, `out_of_range`, with the dotted path (e.g. `3.value`)
 * @example
 * ```ts
 * import { parseObservations } from "onboarding-targets/schemas";
 * parseObservations([{ date: "2020-12-31", value: 3700000 }]);
 * //=> [{ "date": "2020-12-31", "value": 3700000, "kind": "cumulative" }]
 * ```
 */
export function parseObservations(input: unknown): Observation[] {
  return parseWith(ObservationsSchema, input);
}
