// Entry of the <script> build: everything, exposed as the global `OnboardingTargets`.
export * from "./index.js";
export * from "./schemas/index.js";
