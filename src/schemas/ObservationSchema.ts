import * as z from "zod";
import { FIELD_DOCS } from "../model/core.js";
import {
  BooleanSchema,
  CalendarDateSchema,
  CountSchema,
  NoteSchema,
  ObservationKindSchema,
  TextSchema,
} from "./primitives.js";
import { dropUndefined, strictObject } from "./internal.js";

/**
 * A reported value, as observed at the end of `date`; `kind` defaults to `cumulative`.
 * `z.output` is the library's `Observation`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ObservationSchema } from "onboarding-targets/schemas";
 * ObservationSchema.parse({ date: "2020-12-31", value: 3700000 });
 * //=> { "date": "2020-12-31", "value": 3700000, "kind": "cumulative" }
 * ```
 */
export const ObservationSchema = strictObject({
  /** `YYYY-MM-DD`: the value counts everything up to the end of this day. */
  date: CalendarDateSchema.meta({ description: FIELD_DOCS.Observation.date }),
  /** A count: a non-negative safe integer. */
  value: CountSchema.meta({ description: FIELD_DOCS.Observation.value }),
  /**
   * `cumulative` (default: the running total) or `increment` (the new on-boardings in the period that ends on `date`).
   */
  kind: ObservationKindSchema.meta({ description: FIELD_DOCS.Observation.kind }).default("cumulative"),
  /** Where the figure comes from (a report, a dashboard, a file). */
  source: TextSchema.meta({ description: FIELD_DOCS.Observation.source }).optional(),
  /** Free text. */
  note: NoteSchema.meta({ description: FIELD_DOCS.Observation.note }).optional(),
  /** True when this figure restates earlier ones: a decrease here is a correction, not an anomaly. */
  correction: BooleanSchema.meta({ description: FIELD_DOCS.Observation.correction }).optional(),
})
  .transform(dropUndefined)
  .meta({ description: "A reported value, as observed at the end of date" });

/**
 * A list of observations, in any order.
 *
 * @category Schemas
 */
export const ObservationsSchema = z.array(ObservationSchema).meta({ description: "Observations, in any order" });

/** What {@link ObservationSchema} accepts (`z.input`): `kind` may be left out. @category Schemas */
export type ObservationSchemaInput = z.input<typeof ObservationSchema>;
/** What {@link ObservationSchema} returns (`z.output`): the library's `Observation`. @category Schemas */
export type ObservationSchemaOutput = z.output<typeof ObservationSchema>;
