/**
 * What other folders use of the assessment: its option reader and the body of `assess` on a path
 * already built, so that `assessOverTime` reads its input once and builds the path once.
 * @internal
 * @module
 */
export { ASSESS_OPTION_KEYS, readAssessOptions } from "./assess.js";
export { assessPath, type AssessSettings } from "./internal/assessPath.js";
export { assessedFrom, type AssessedFrom } from "./internal/assessedFrom.js";
