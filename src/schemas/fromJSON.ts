import type { Enterprise, Observation, Programme, Target } from "../model/index.js";
import { fail } from "../errors/core.js";
import { didYouMean } from "../read/index.js";
import { parseEnterprise } from "./parseEnterprise.js";
import { parseObservations } from "./parseObservations.js";
import { parseProgramme } from "./parseProgramme.js";
import { parseTarget } from "./parseTarget.js";

/**
 * The model kinds that {@link fromJSON} reads, and what each becomes.
 *
 * @category Schemas
 */
export interface ModelKinds {
  /** A `Target`. */
  target: Target;
  /** A list of `Observation`s. */
  observations: Observation[];
  /** An `Enterprise` (amounts read from decimal strings into Decimals). */
  enterprise: Enterprise;
  /** A `Programme`. */
  programme: Programme;
}

const PARSERS: { readonly [K in keyof ModelKinds]: (json: unknown) => ModelKinds[K] } = {
  target: parseTarget,
  observations: parseObservations,
  enterprise: parseEnterprise,
  programme: parseProgramme,
};

/**
 * Reads a model value of the given kind from its JSON form (as produced by `toJSON` and
 * `JSON.parse`), validating it exactly as the `parse…` functions do. The inverse of `toJSON`:
 * `fromJSON(kind, JSON.parse(JSON.stringify(toJSON(x))))` equals `x` for every valid `x`.
 *
 * @category Schemas
 * @param kind - `"target"`, `"observations"`, `"enterprise"` or `"programme"`
 * @param json - a parsed JSON value
 * @returns the validated model value
 * @throws {OnboardingTargetsError} `invalid_option` (path `kind`) for an unknown kind; otherwise the codes of the matching `parse…` function
 * @example
 * ```ts
 * import { fromJSON } from "onboarding-targets/schemas";
 * fromJSON("enterprise", JSON.parse('{"id":"NIB-1","capital":"0.0000001"}')).capital?.toFixed();
 * //=> "0.0000001"
 * ```
 */
export function fromJSON<K extends keyof ModelKinds>(kind: K, json: unknown): ModelKinds[K] {
  if (typeof kind !== "string" || !Object.prototype.hasOwnProperty.call(PARSERS, kind)) {
    return fail(
      "invalid_option",
      "kind",
      `expected one of ${Object.keys(PARSERS)
        .map((k) => JSON.stringify(k))
        .join(
          ", ",
        )}, got ${typeof kind === "string" ? JSON.stringify(kind.slice(0, 40)) + didYouMean(kind, Object.keys(PARSERS)) : typeof kind}`,
    );
  }
  return (PARSERS[kind] as (json: unknown) => ModelKinds[K])(json);
}
