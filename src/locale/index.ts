export {
  parseIndonesianFigure,
  type FigureQualifier,
  type IndonesianFigure,
  type ScaleWord,
} from "./parseIndonesianFigure.js";
export { parseIndonesianNumber } from "./parseIndonesianNumber.js";
export { extractFigures, type ExtractedFigure } from "./extractFigures.js";
export { formatCount, type FormatCountOptions } from "./formatCount.js";
export { DEFAULT_LOCALE, LOCALES, PHRASES, type Locale, type Phrases } from "../vocabulary/index.js";
export {
  checkConsistency,
  type CheckConsistencyOptions,
  type ConsistencyFinding,
  type ConsistencyReport,
  type ReportedFigure,
} from "./checkConsistency.js";
