export { burnUpChart } from "./burnUpChart.js";
export type {
  BurnUpChartOptions,
  BurnUpDateEstimate,
  BurnUpInput,
  BurnUpProjectionPoint,
  JsonValue,
  VegaLiteSpec,
} from "./types.js";
export type { ChartLocale } from "./chartText.js";
export type { YDomain } from "./axisDomains.js";
export { assessmentChart, type AssessmentChartOptions } from "./assessmentChart.js";
export { outlookChart, type OutlookChartOptions } from "./outlookChart.js";
