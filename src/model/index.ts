export type {
  DatedValue,
  Direction,
  Enterprise,
  EnterpriseInput,
  EnterpriseSize,
  Observation,
  ObservationInput,
  ObservationKind,
  Phasing,
  Programme,
  ProgrammeInput,
  Target,
  TargetInput,
  TargetRevision,
  TargetScope,
} from "./types.js";
export { goalInForce, type GoalInForce } from "./goalInForce.js";
export {
  classifyEnterprise,
  type ClassifyEnterpriseOptions,
  type EnterpriseClassification,
  type EnterpriseSizeRule,
  type SizeCriterion,
} from "./classifyEnterprise.js";
