export type {
  DatedValue,
  Direction,
  Enterprise,
  EnterpriseSize,
  Observation,
  ObservationInput,
  ObservationKind,
  Phasing,
  Programme,
  Target,
  TargetInput,
  TargetScope,
} from "./types.js";
