export { OnboardingTargetsError, type ErrorCode, type Issue } from "./OnboardingTargetsError.js";
