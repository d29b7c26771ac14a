/**
 * What other folders use of the model, not public: the readers that validate a caller's target,
 * observations, programme or enterprise once, at a public function's door, and the rules they
 * share with the zod schemas. Functions past the door take the read values (`Target`,
 * `Observation`) and never read them again.
 * @internal
 * @module
 */
export { programmeIssues } from "./programmeIssues.js";
export {
  isDateOrInstant,
  MONEY_EXPONENT_LIMIT,
  readDateOrInstant,
  readEnterprise,
  readMoney,
} from "./readEnterprise.js";
export { OBSERVATION_KINDS, readObservation, readObservations } from "./readObservations.js";
export { readProgramme } from "./readProgramme.js";
export { goalInForceOf, targetInForceOf, type GoalInForce } from "./goalInForce.js";
export { checkPhasing, checkTargetRules, PHASING_KINDS, readDatedValue, readTarget, SIZES } from "./readTarget.js";
export { FIELD_DOCS } from "./fieldDocs.js";
