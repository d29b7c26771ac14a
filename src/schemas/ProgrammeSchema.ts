import * as z from "zod";
import { FIELD_DOCS, programmeIssues } from "../model/core.js";
import { addLibraryIssues, dropUndefined, strictObject } from "./internal.js";
import { ObservationsSchema } from "./ObservationSchema.js";
import { TextSchema } from "./primitives.js";
import { TargetSchema } from "./TargetSchema.js";

// zod skips a `__proto__` record key silently; refuse it instead, as the plain reader does.
const ObservationsByTargetSchema = z
  .preprocess(
    (value, ctx) => {
      if (typeof value === "object" && value !== null && Object.prototype.hasOwnProperty.call(value, "__proto__")) {
        ctx.issues.push({
          code: "custom",
          message: 'unknown property "__proto__"',
          input: value,
          params: { code: "unknown_key" },
          path: ["__proto__"],
        });
      }
      return value;
    },
    z.record(z.string(), ObservationsSchema),
  )
  .meta({ description: FIELD_DOCS.Programme.observations });

/**
 * A programme: named targets with their observations keyed by target id. Target ids are unique,
 * a `parentId` names another target of the programme without cycles, and every observation key
 * names a target (`invalid_target` / `unknown_key` otherwise). `observations` defaults to `{}`.
 * `z.output` is the library's `Programme`; it round-trips through JSON.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ProgrammeSchema } from "onboarding-targets/schemas";
 * ProgrammeSchema.parse({ id: "bbi", targets: [] });
 * //=> { "id": "bbi", "targets": [], "observations": {} }
 * ```
 */
export const ProgrammeSchema = strictObject({
  /** Stable identifier. */
  id: TextSchema.meta({ description: FIELD_DOCS.Programme.id }),
  /** Display name, e.g. `"Bangga Buatan Indonesia"`. */
  name: TextSchema.meta({ description: FIELD_DOCS.Programme.name }).optional(),
  /** The targets; ids are unique; a `parentId` names another target of the programme. */
  targets: z.array(TargetSchema).meta({ description: FIELD_DOCS.Programme.targets }),
  /** Observations of each target, keyed by target id; default none. */
  observations: ObservationsByTargetSchema.meta({ description: FIELD_DOCS.Programme.observations }).default({}),
})
  .superRefine((p, ctx) => addLibraryIssues(ctx, programmeIssues(p.targets, Object.keys(p.observations))))
  .transform(dropUndefined)
  .meta({ description: "A programme: named targets with their observations keyed by target id" });

/** What {@link ProgrammeSchema} accepts (`z.input`). @category Schemas */
export type ProgrammeSchemaInput = z.input<typeof ProgrammeSchema>;
/** What {@link ProgrammeSchema} returns (`z.output`): the library's `Programme`. @category Schemas */
export type ProgrammeSchemaOutput = z.output<typeof ProgrammeSchema>;
