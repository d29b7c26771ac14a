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
  TargetScope,
} from "./types.js";
export {
  classifyEnterprise,
  type ClassifyEnterpriseOptions,
  type EnterpriseClassification,
  type EnterpriseSizeRule,
  type SizeCriterion,
} from "./classifyEnterprise.js";
