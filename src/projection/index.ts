export { backtest } from "./backtest.js";
export type { Backtest, BacktestForecast, BacktestOptions, BacktestScore } from "./backtestTypes.js";
export { project } from "./project.js";
export type {
  DateReaching,
  FitOn,
  MethodChoice,
  MethodSelection,
  NeverReason,
  ProjectedValue,
  Projection,
  ProjectionMethod,
  ProjectionOptions,
  ProjectionPeriod,
  ProjectionPoint,
  SelectionReason,
} from "./types.js";
