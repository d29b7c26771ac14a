export { assessOverTime } from "./assessOverTime.js";
export type { AssessOverTimeOptions, OutlookDates, OutlookRow } from "./types.js";
