/**
 * The Progress measures for other folders (assessment, charts): cores that take already-read
 * values (a `Target`, a cumulative path, numbers) and never validate, so that a caller that has
 * read its input once computes every measure without reading it again. Each public function of
 * this folder reads its input, then calls its core here.
 * @internal
 * @module
 */
export { accelerationOf } from "./accelerationNeeded.js";
export { allocationOf } from "./allocatePlan.js";
export { attainmentOf } from "./attainment.js";
export { paceOf } from "./pace.js";
export { earnedMonths, planAtPosition, planCurve, type PlanPoint } from "./planCurve.js";
export { progressOf } from "./progressFromBaseline.js";
export { requiredRateOf } from "./requiredMonthlyRate.js";
export { readRunRateWindow, runRateOf } from "./runRate.js";
export { type AccelerationNeeded } from "./accelerationNeeded.js";
export { type Pace } from "./pace.js";
export { type RequiredMonthlyRate } from "./requiredMonthlyRate.js";
