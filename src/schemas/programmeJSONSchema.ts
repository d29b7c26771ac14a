import { jsonSchemaOf, type JSONSchemaDocument } from "./jsonSchemaOf.js";
import { ProgrammeSchema } from "./ProgrammeSchema.js";

/**
 * A JSON Schema (draft 2020-12) for the JSON form of a programme, as written by `toJSON`, so that
 * other languages can validate the same documents. It describes the input form (defaults may be
 * left out); decimal amounts are strings with a pattern. Rules that tie fields together (goal
 * after baseline, weights per month, real calendar dates, known time zones) are stated in
 * descriptions but only checked by the parse functions.
 *
 * @category Schemas
 * @returns a fresh JSON Schema object
 * @throws never
 * @example
 * ```ts
 * import { programmeJSONSchema } from "onboarding-targets/schemas";
 * programmeJSONSchema().required;
 * //=> ["id", "targets"]
 * ```
 */
export function programmeJSONSchema(): JSONSchemaDocument {
  return jsonSchemaOf(ProgrammeSchema);
}
