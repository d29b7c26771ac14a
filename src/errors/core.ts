/**
 * What other folders use of errors/, not public: the door for the rest of the library.
 * @internal
 * @module
 */
export {
  type ErrorCode,
  type ErrorReason,
  fail,
  type Issue,
  OnboardingTargetsError,
  reasonOfCode,
} from "./OnboardingTargetsError.js";
export { atBoundary, atPath, pathError, userCall } from "./atPath.js";
