/**
 * zod 4 schemas for the domain model, the `parse…` / `safeParse…` functions, the JSON form
 * (`toJSON` / `fromJSON`) and JSON Schema exports. This entry point (`onboarding-targets/schemas`)
 * is the only one that imports zod.
 *
 * @packageDocumentation
 */
export {
  DatedValueSchema,
  PhasingSchema,
  TargetScopeSchema,
  TargetRevisionSchema,
  TargetSchema,
  type TargetSchemaInput,
  type TargetSchemaOutput,
} from "./TargetSchema.js";
export {
  ObservationSchema,
  ObservationsSchema,
  type ObservationSchemaInput,
  type ObservationSchemaOutput,
} from "./ObservationSchema.js";
export { EnterpriseSchema, type EnterpriseSchemaInput, type EnterpriseSchemaOutput } from "./EnterpriseSchema.js";
export { ProgrammeSchema, type ProgrammeSchemaInput, type ProgrammeSchemaOutput } from "./ProgrammeSchema.js";
export type { Defined, SafeParseResult } from "./internal.js";
export { parseTarget } from "./parseTarget.js";
export { safeParseTarget } from "./safeParseTarget.js";
export { parseObservations } from "./parseObservations.js";
export { safeParseObservations } from "./safeParseObservations.js";
export { parseEnterprise } from "./parseEnterprise.js";
export { safeParseEnterprise } from "./safeParseEnterprise.js";
export { parseProgramme } from "./parseProgramme.js";
export { safeParseProgramme } from "./safeParseProgramme.js";
export { toJSON, type JSONOf } from "./toJSON.js";
export { fromJSON, type ModelKinds } from "./fromJSON.js";
export type { JSONSchemaDocument } from "./jsonSchemaOf.js";
export { targetJSONSchema } from "./targetJSONSchema.js";
export { observationsJSONSchema } from "./observationsJSONSchema.js";
export { enterpriseJSONSchema } from "./enterpriseJSONSchema.js";
export { programmeJSONSchema } from "./programmeJSONSchema.js";
