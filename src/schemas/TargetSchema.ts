import * as z from "zod";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { checkTargetRules } from "../model/core.js";
import { dropUndefined, strictObject } from "./internal.js";
import { CalendarDateSchema, CountSchema, DirectionSchema, SizeSchema, TextSchema, TimeZoneSchema, WeightSchema } from "./primitives.js";

/**
 * A value on a date, `{ date, value }`: the count as it stood at the end of `date`.
 *
 * @category Schemas
 */
export const DatedValueSchema = strictObject({
  /** `YYYY-MM-DD`, a real calendar date. */
  date: CalendarDateSchema.meta({ description: "YYYY-MM-DD, a real calendar date; the value counts everything up to the end of this day" }),
  /** A count: a non-negative safe integer. */
  value: CountSchema.meta({ description: "A count: a non-negative safe integer" }),
})
  .meta({ description: "A value on a date" });

/**
 * How the plan is spread between baseline and goal
 * ([plan-to-date and phasing](../../docs/methodology.md#plan-to-date-and-phasing)): `linear`,
 * `monthly-weights` (one weight per calendar month intersecting (baseline date, goal date]),
 * `seasonal` (twelve weights, January to December) or `milestones` (intermediate `{ date, value }`
 * points).
 *
 * @category Schemas
 */
export const PhasingSchema = z
  .discriminatedUnion("kind", [
    strictObject({
      /** A straight line on the month axis. */
      kind: z.literal("linear"),
    }),
    strictObject({
      /** One weight per calendar month. */
      kind: z.literal("monthly-weights"),
      /** Non-negative weights, one per calendar month that intersects (baseline date, goal date], in order; positive sum. */
      weights: z.array(WeightSchema).meta({ description: "One non-negative weight per calendar month intersecting (baseline date, goal date], in order; positive sum" }),
    }),
    strictObject({
      /** A yearly profile repeated over the target's months. */
      kind: z.literal("seasonal"),
      /** Twelve non-negative weights, January to December; positive sum. */
      profile: z.array(WeightSchema).meta({ description: "Twelve non-negative weights, January to December; positive sum" }),
    }),
    strictObject({
      /** Intermediate points, interpolated linearly on the month axis. */
      kind: z.literal("milestones"),
      /** Points in date order, after the baseline and not after the goal. */
      points: z.array(DatedValueSchema).meta({ description: "Points in date order, after the baseline date and not after the goal date" }),
    }),
  ])
  .meta({ description: "How the plan is spread over time; default linear" });

/**
 * The population a target covers.
 *
 * @category Schemas
 */
export const TargetScopeSchema = strictObject({
  /** Province code (e.g. `"31"`) or name (e.g. `"DKI Jakarta"`). */
  region: TextSchema.meta({ description: "Province code or name" }).optional(),
  /** KBLI sector code, as a string. */
  sector: TextSchema.meta({ description: "KBLI sector code, as a string" }).optional(),
  /** Enterprise size class. */
  size: SizeSchema.meta({ description: "Enterprise size class" }).optional(),
})
  .transform(dropUndefined)
  .meta({ description: "The population a target covers" });

/**
 * A target (sasaran): a goal value for a metric at a goal date, from a baseline value at a
 * baseline date. Parsing fills in the defaults (`direction: "increase"`, `timeZone:
 * "Asia/Jakarta"`, `phasing: { kind: "linear" }`); `z.output` is the library's `Target`. The
 * rules are those of the plain functions, applied by the same readers, with the same codes and
 * messages (a goal on the wrong side of the baseline for the direction is `inconsistent_target`
 * at `goal.value`; misspelt keys and values get a "did you mean").
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TargetSchema } from "onboarding-targets/schemas";
 * TargetSchema.parse({ id: "umkm", baseline: { date: "2021-04-30", value: 11700000 }, goal: { date: "2023-12-31", value: 30000000 } }).timeZone;
 * //=> "Asia/Jakarta"
 * ```
 */
export const TargetSchema = strictObject({
  /** Stable identifier, unique within a programme. */
  id: TextSchema.meta({ description: "Stable identifier, unique within a programme" }),
  /** Display name. */
  name: TextSchema.meta({ description: "Display name" }).optional(),
  /** What is counted, e.g. `"umkm-onboarded"`. */
  metric: TextSchema.meta({ description: "What is counted" }).optional(),
  /** Unit of the values, e.g. `"enterprises"`. */
  unit: TextSchema.meta({ description: "Unit of the values" }).optional(),
  /** `increase` (default) or `decrease`. */
  direction: DirectionSchema.meta({ description: "increase (default) or decrease" }).default("increase"),
  /** IANA time zone in which dates are whole days; default `Asia/Jakarta`. */
  timeZone: TimeZoneSchema.meta({ description: "IANA time zone in which dates are whole days; default Asia/Jakarta" }).default("Asia/Jakarta"),
  /** Where the target starts. */
  baseline: DatedValueSchema.meta({ description: "Where the target starts" }),
  /** What is to be reached, and by when; the goal date comes after the baseline date, the goal value is not below the baseline value for `increase` (not above it for `decrease`). */
  goal: DatedValueSchema.meta({
    description: "What is to be reached, and by when; the goal date comes after the baseline date, the goal value is not below the baseline value for increase (not above it for decrease)",
  }),
  /** How the plan is spread over time; default `{ kind: "linear" }`. */
  phasing: PhasingSchema.default({ kind: "linear" }),
  /** The population the target covers. */
  scope: TargetScopeSchema.optional(),
  /** Id of the parent target this one rolls up into. */
  parentId: TextSchema.meta({ description: "Id of the parent target this one rolls up into" }).optional(),
})
  .superRefine((target, ctx) => {
    try {
      checkTargetRules(target, "");
    } catch (e) {
      if (!(e instanceof OnboardingTargetsError)) throw e;
      for (const issue of e.issues) ctx.addIssue({ code: "custom", message: issue.message, params: { code: issue.code }, path: issue.path.split(".") });
    }
  })
  .transform(dropUndefined)
  .meta({ description: "A target: a goal value at a goal date, from a baseline value at a baseline date" });

/**
 * What {@link TargetSchema} accepts (`z.input`): `direction`, `timeZone` and `phasing` may be left out.
 *
 * @category Schemas
 */
export type TargetSchemaInput = z.input<typeof TargetSchema>;
/**
 * What {@link TargetSchema} returns (`z.output`): the library's `Target`, defaults filled in.
 *
 * @category Schemas
 */
export type TargetSchemaOutput = z.output<typeof TargetSchema>;
