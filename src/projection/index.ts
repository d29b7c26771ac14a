export { backtest } from "./backtest.js";
export type { Backtest, BacktestForecast, BacktestOptions, BacktestScore } from "./backtestTypes.js";
export { project } from "./project.js";
export type {
  DateEstimate,
  DateQuantile,
  DateReaching,
  DateReachingRange,
  FitOn,
  IntervalKind,
  MethodChoice,
  MethodSelection,
  NeverReason,
  ProbabilityReaching,
  ProjectedValue,
  Projection,
  ProjectionInterval,
  ProjectionMethod,
  ProjectionOptions,
  ProjectionPeriod,
  ProjectionPoint,
  SelectionReason,
} from "./types.js";
