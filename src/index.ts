/**
 * onboarding-targets: exact, reproducible progress tracking for enterprise on-boarding targets.
 *
 * This entry point holds the plain functions and types; it does not import zod. Validation
 * schemas and `parse…` functions live in `onboarding-targets/schemas`.
 *
 * @packageDocumentation
 */
export * from "./errors/index.js";
export { Decimal, type DecimalInput } from "./decimal/index.js";
export * from "./model/index.js";
export * from "./periods/index.js";
export * from "./progress/index.js";
export * from "./series/index.js";
export * from "./reconcile/index.js";
export * from "./projection/index.js";
export * from "./assessment/index.js";
export * from "./outlook/index.js";
export * from "./locale/index.js";
export * from "./charts/index.js";
export * from "./plain/index.js";
