import * as z from "zod";
import { BooleanSchema, CalendarDateSchema, CountSchema, NoteSchema, ObservationKindSchema, TextSchema } from "./primitives.js";
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
  date: CalendarDateSchema.meta({ description: "YYYY-MM-DD: the value counts everything up to the end of this day" }),
  /** A count: a non-negative safe integer. */
  value: CountSchema.meta({ description: "A count: a non-negative safe integer" }),
  /** `cumulative` (default) or `increment`. */
  kind: ObservationKindSchema.meta({ description: "cumulative (default: the running total) or increment (new in the period ending on date)" }).default("cumulative"),
  /** Where the figure comes from (a report, a dashboard, a file). */
  source: TextSchema.meta({ description: "Where the figure comes from" }).optional(),
  /** Free text. */
  note: NoteSchema.meta({ description: "Free text" }).optional(),
  /** True when this figure restates earlier ones: a decrease here is a correction, not an anomaly. */
  correction: BooleanSchema.meta({ description: "True when this figure restates earlier ones" }).optional(),
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
