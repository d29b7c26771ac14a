/**
 * zod 4 schemas for the domain model and the `parse…` / `safeParse…` functions.
 *
 * @packageDocumentation
 */
export {};
