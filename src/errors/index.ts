export {
  OnboardingTargetsError,
  type ErrorCode,
  type ErrorReason,
  type Issue,
  type KebabCase,
} from "./OnboardingTargetsError.js";
