import { jsonSchemaOf, type JSONSchemaDocument } from "./jsonSchemaOf.js";
import { EnterpriseSchema } from "./EnterpriseSchema.js";

/**
 * A JSON Schema (draft 2020-12) for the JSON form of an enterprise (amounts as decimal strings), as written by `toJSON`, so that
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
 * import { enterpriseJSONSchema } from "onboarding-targets/schemas";
 * enterpriseJSONSchema().required;
 * //=> ["id"]
 * ```
 */
export function enterpriseJSONSchema(): JSONSchemaDocument {
  return jsonSchemaOf(EnterpriseSchema);
}
