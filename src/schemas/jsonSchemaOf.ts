import * as z from "zod";

/**
 * A JSON Schema document (draft 2020-12), as a plain object.
 *
 * @category Schemas
 */
export type JSONSchemaDocument = z.core.JSONSchema.BaseSchema;

/**
 * The JSON Schema of the input (JSON) form of a model schema. The leaves wrap the library's
 * readers, which zod cannot see into; each carries its JSON Schema in `.meta()`, so
 * `unrepresentable: "any"` only lets zod pass them through to that metadata.
 * @internal
 */
export function jsonSchemaOf(schema: z.ZodType): JSONSchemaDocument {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
}
