export { project } from "./project.js";
export type {
  DateReaching,
  FitOn,
  NeverReason,
  ProjectedValue,
  Projection,
  ProjectionMethod,
  ProjectionOptions,
  ProjectionPeriod,
  ProjectionPoint,
} from "./types.js";
