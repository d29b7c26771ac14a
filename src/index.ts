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
