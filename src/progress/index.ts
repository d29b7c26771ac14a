export { attainment } from "./attainment.js";
export { planToDate } from "./planToDate.js";
export { allocatePlan, type AllocatePlanOptions, type AllocationPeriod, type PlannedPeriod } from "./allocatePlan.js";
export { requiredMonthlyRate, type RequiredMonthlyRate, type TargetState } from "./requiredMonthlyRate.js";
export { progressFromBaseline } from "./progressFromBaseline.js";
export { pace, type Pace, type EarnedSchedule } from "./pace.js";
export { runRate, type RunRateOptions } from "./runRate.js";
export { accelerationNeeded, type AccelerationNeeded, type AccelerationNeededOptions } from "./accelerationNeeded.js";
export type { OnDecrease } from "../vocabulary/index.js";
