import * as z from "zod";
import { OnboardingTargetsError } from "../errors/core.js";
import { checkTargetRules, FIELD_DOCS } from "../model/core.js";
import { addLibraryIssues, dropUndefined, strictObject } from "./internal.js";
import {
  CalendarDateSchema,
  CountSchema,
  DirectionSchema,
  SizeSchema,
  TextSchema,
  TimeZoneSchema,
  WeightSchema,
} from "./primitives.js";

/**
 * A value on a date, `{ date, value }`: the count as it stood at the end of `date`.
 *
 * @category Schemas
 */
export const DatedValueSchema = strictObject({
  /** `YYYY-MM-DD`, a real calendar date; the value counts everything up to the end of this day. */
  date: CalendarDateSchema.meta({ description: FIELD_DOCS.DatedValue.date }),
  /** A count: a non-negative safe integer. */
  value: CountSchema.meta({ description: FIELD_DOCS.DatedValue.value }),
}).meta({ description: "A value on a date" });

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
      kind: z.literal("linear").meta({ description: FIELD_DOCS["Phasing.linear"].kind }),
    }),
    strictObject({
      /** One weight per calendar month of the target. */
      kind: z.literal("monthly-weights").meta({ description: FIELD_DOCS["Phasing.monthly-weights"].kind }),
      /**
       * Non-negative weights with a positive sum, one for each calendar month that intersects (baseline date, goal
       * date], in order.
       */
      weights: z.array(WeightSchema).meta({ description: FIELD_DOCS["Phasing.monthly-weights"].weights }),
    }),
    strictObject({
      /** Twelve weights, a yearly profile repeated over the target's months. */
      kind: z.literal("seasonal").meta({ description: FIELD_DOCS["Phasing.seasonal"].kind }),
      /** Twelve non-negative weights with a positive sum, January to December. */
      profile: z.array(WeightSchema).meta({ description: FIELD_DOCS["Phasing.seasonal"].profile }),
    }),
    strictObject({
      /** Intermediate points, interpolated linearly on the month axis. */
      kind: z.literal("milestones").meta({ description: FIELD_DOCS["Phasing.milestones"].kind }),
      /**
       * The intermediate `{ date, value }` points, in date order, after the baseline date and not after the goal date.
       */
      points: z.array(DatedValueSchema).meta({ description: FIELD_DOCS["Phasing.milestones"].points }),
    }),
  ])
  .meta({ description: "How the plan is spread over time; default linear" });

/**
 * A change of a target's goal, announced on a date
 * ([revised targets](../../docs/methodology.md#revised-targets)).
 *
 * @category Schemas
 */
export const TargetRevisionSchema = strictObject({
  /**
   * `YYYY-MM-DD`, not before the baseline date and after the previous revision's: from the end of this day the new
   * goal is in force.
   */
  announced: CalendarDateSchema.meta({ description: FIELD_DOCS.TargetRevision.announced }),
  /**
   * The goal in force from then on: after the announcement and the baseline dates, on the direction's side of the
   * baseline value.
   */
  goal: DatedValueSchema.meta({ description: FIELD_DOCS.TargetRevision.goal }),
  /** How the plan runs to the new goal, from the baseline; default `{ kind: "linear" }`. */
  phasing: PhasingSchema.meta({ description: FIELD_DOCS.TargetRevision.phasing }).optional(),
})
  .transform(dropUndefined)
  .meta({ description: "A change of a target's goal, announced on a date" });

/**
 * The population a target covers.
 *
 * @category Schemas
 */
export const TargetScopeSchema = strictObject({
  /** Province code (e.g. `"31"`) or name (e.g. `"DKI Jakarta"`). */
  region: TextSchema.meta({ description: FIELD_DOCS.TargetScope.region }).optional(),
  /** KBLI sector code, as a string (e.g. `"10"` or `"47911"`). */
  sector: TextSchema.meta({ description: FIELD_DOCS.TargetScope.sector }).optional(),
  /** Enterprise size class: `micro`, `small`, `medium` or `large`. */
  size: SizeSchema.meta({ description: FIELD_DOCS.TargetScope.size }).optional(),
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
  id: TextSchema.meta({ description: FIELD_DOCS.Target.id }),
  /** Display name, e.g. `"UMKM on digital platforms"`. */
  name: TextSchema.meta({ description: FIELD_DOCS.Target.name }).optional(),
  /** The display name per language, e.g. `{ id: "UMKM di platform digital" }`; a language left out reads `name`. */
  names: strictObject({
    /** The name in English. */
    en: TextSchema.meta({ description: "The name in English." }).optional(),
    /** The name in Bahasa Indonesia. */
    id: TextSchema.meta({ description: "The name in Bahasa Indonesia." }).optional(),
  })
    .transform(dropUndefined)
    .meta({ description: FIELD_DOCS.Target.names })
    .optional(),
  /** What is counted, e.g. `"umkm-onboarded"`. */
  metric: TextSchema.meta({ description: FIELD_DOCS.Target.metric }).optional(),
  /** Unit of the values, e.g. `"enterprises"`. */
  unit: TextSchema.meta({ description: FIELD_DOCS.Target.unit }).optional(),
  /** `increase` (default) or `decrease`. */
  direction: DirectionSchema.meta({ description: FIELD_DOCS.Target.direction }).default("increase"),
  /** IANA time zone in which dates are whole days; default `Asia/Jakarta`. */
  timeZone: TimeZoneSchema.meta({ description: FIELD_DOCS.Target.timeZone }).default("Asia/Jakarta"),
  /** Where the target starts. */
  baseline: DatedValueSchema.meta({ description: FIELD_DOCS.Target.baseline }),
  /**
   * What is to be reached, and by when; the goal date comes after the baseline date, and the goal value is not below
   * the baseline value for `increase` (not above it for `decrease`).
   */
  goal: DatedValueSchema.meta({ description: FIELD_DOCS.Target.goal }),
  /** How the plan is spread over time; default `{ kind: "linear" }`. */
  phasing: PhasingSchema.meta({ description: FIELD_DOCS.Target.phasing }).default({ kind: "linear" }),
  /** The population the target covers. */
  scope: TargetScopeSchema.meta({ description: FIELD_DOCS.Target.scope }).optional(),
  /** Id of the parent target this one rolls up into. */
  parentId: TextSchema.meta({ description: FIELD_DOCS.Target.parentId }).optional(),
  /**
   * Later changes of the goal, in order of announcement: from each one's announcement on, its goal (and phasing) is in
   * force.
   */
  revisions: z.array(TargetRevisionSchema).meta({ description: FIELD_DOCS.Target.revisions }).optional(),
})
  .superRefine((target, ctx) => {
    try {
      checkTargetRules(target, "");
    } catch (e) {
      if (!(e instanceof OnboardingTargetsError)) throw e;
      addLibraryIssues(ctx, e.issues);
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
