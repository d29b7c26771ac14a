export { OnboardingTargetsError, type ErrorCode, type ErrorReason, type Issue } from "./OnboardingTargetsError.js";
