export {
  burnUpChart,
  type BurnUpChartOptions,
  type BurnUpDateEstimate,
  type BurnUpInput,
  type BurnUpProjectionPoint,
  type JsonValue,
  type VegaLiteSpec,
} from "./burnUpChart.js";
export type { ChartLocale } from "./chartText.js";
export type { YDomain } from "./axisDomains.js";
export { outlookChart, type OutlookChartOptions } from "./outlookChart.js";
