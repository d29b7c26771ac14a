export { assess } from "./assess.js";
export type {
  Assessment,
  AssessmentProjection,
  AssessmentStatus,
  AssessOptions,
  Eta,
  StatusMeasure,
  StatusPreset,
  StatusThresholds,
} from "./types.js";
