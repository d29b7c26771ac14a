export type {
  CountRow,
  GroupColumn,
  OnboardingEvent,
  Period,
  SeriesBatch,
  SeriesInput,
  SeriesOptions,
  SeriesPoint,
  SeriesWarning,
} from "./types.js";
export { cumulativeSeries } from "./cumulativeSeries.js";
export { fromCounts, type FromCountsOptions } from "./fromCounts.js";
export { mergeSeries, type MergeSeriesOptions } from "./mergeSeries.js";
