import type { Enterprise } from "../model/index.js";
import { type SafeParseResult, safeParseWith } from "./internal.js";
import { EnterpriseSchema } from "./EnterpriseSchema.js";

/**
 * Like {@link parseEnterprise}, but returns `{ success: true, data }` or
 * `{ success: false, error }` (an `OnboardingTargetsError`) instead of throwing.
 *
 * @category Schemas
 * @param input - anything
 * @returns the parsed value, or the error with its `code`, `path`, `issues` and `message`
 * @throws never
 * @example
 * ```ts
 * import { safeParseEnterprise } from "onboarding-targets/schemas";
 * safeParseEnterprise({ id: "NIB-1", workers: 1.5 }).error?.code;
 * //=> "invalid_count"
 * ```
 */
export function safeParseEnterprise(input: unknown): SafeParseResult<Enterprise> {
  return safeParseWith(EnterpriseSchema, input);
}
