export { assess } from "./assess.js";
export { assessProgramme } from "./assessProgramme.js";
export type {
  Assessment,
  AssessmentProjection,
  AssessmentStatus,
  AssessOptions,
  Eta,
  LaggingTarget,
  ProgrammeAssessment,
  ProgrammeTargetAssessment,
  StatusMeasure,
  StatusPreset,
  StatusThresholds,
} from "./types.js";
export { MEASURE_REASONS, type MeasureReason, type ProjectionReason } from "../vocabulary/index.js";
