import type { Enterprise } from "../model/index.js";
import { parseWith } from "./internal.js";
import { EnterpriseSchema } from "./EnterpriseSchema.js";

/**
 * Validates an enterprise (for example one read from JSON or a form) with the zod schema
 * {@link EnterpriseSchema} and returns an `Enterprise` with exact Decimal amounts. It never mutates its input and never coerces; the
 * rules, codes and paths are those of the plain functions.
 *
 * @category Schemas
 * @param input - anything
 * @returns an `Enterprise` with exact Decimal amounts
 * @throws {OnboardingTargetsError} with every issue found: `invalid_type`, `unknown_key`, `invalid_date`, `invalid_count`, `invalid_decimal`, `invalid_enum`, `out_of_range`, with the dotted path (e.g. `capital`)
 * @example
 * ```ts
 * import { parseEnterprise } from "onboarding-targets/schemas";
 * parseEnterprise({ id: "NIB-1", annualSales: 2_000_000_000 }).annualSales?.toFixed();
 * //=> "2000000000"
 * ```
 */
export function parseEnterprise(input: unknown): Enterprise {
  return parseWith(EnterpriseSchema, input);
}
