import type { Locale } from "../vocabulary/index.js";
import type { Decimal, DecimalInput } from "../decimal/index.js";
import type { CalendarDate } from "../periods/core.js";
import type { Direction } from "../vocabulary/index.js";

export type { Direction };

/**
 * Enterprise size class, in English: `micro` (mikro), `small` (kecil), `medium` (menengah),
 * `large` (besar).
 *
 * @category Model
 */
export type EnterpriseSize = "micro" | "small" | "medium" | "large";

/**
 * A value on a date: the count as it stood at the end of `date` in the target's time zone.
 *
 * @category Model
 */
export interface DatedValue {
  /** `YYYY-MM-DD`, a real calendar date; the value counts everything up to the end of this day. */
  readonly date: CalendarDate;
  /** A count: a non-negative safe integer. */
  readonly value: number;
}

/**
 * How the plan between baseline and goal is spread over time
 * ([plan-to-date and phasing](../../docs/methodology.md#plan-to-date-and-phasing)).
 *
 * - `linear`: a straight line on the month axis (the default).
 * - `monthly-weights`: one non-negative weight for each calendar month that intersects
 *   (baseline date, goal date], in order; each month's weight accrues evenly within it.
 * - `seasonal`: twelve weights, January to December, repeated over the target's months.
 * - `milestones`: intermediate `{ date, value }` points; the plan interpolates linearly on the
 *   month axis between baseline, milestones and goal.
 *
 * @category Model
 */
export type Phasing =
  | {
      /** A straight line on the month axis. */
      readonly kind: "linear";
    }
  | {
      /** One weight per calendar month of the target. */
      readonly kind: "monthly-weights";
      /**
       * Non-negative weights with a positive sum, one for each calendar month that intersects (baseline date, goal
       * date], in order.
       */
      readonly weights: readonly number[];
    }
  | {
      /** Twelve weights, a yearly profile repeated over the target's months. */
      readonly kind: "seasonal";
      /** Twelve non-negative weights with a positive sum, January to December. */
      readonly profile: readonly number[];
    }
  | {
      /** Intermediate points, interpolated linearly on the month axis. */
      readonly kind: "milestones";
      /**
       * The intermediate `{ date, value }` points, in date order, after the baseline date and not after the goal date.
       */
      readonly points: readonly DatedValue[];
    };

/**
 * What part of the population a target covers; used for roll-ups and reports.
 *
 * @category Model
 */
export interface TargetScope {
  /** Province code (e.g. `"31"`) or name (e.g. `"DKI Jakarta"`). */
  readonly region?: string;
  /** KBLI sector code, as a string (e.g. `"10"` or `"47911"`). */
  readonly sector?: string;
  /** Enterprise size class: `micro`, `small`, `medium` or `large`. */
  readonly size?: EnterpriseSize;
}

/**
 * A target (sasaran): a goal value for a metric at a goal date, from a baseline value at a
 * baseline date. This is the validated form, with every default filled in.
 *
 * The goal lies on the side of the baseline that `direction` names: an `increase` target's goal
 * value is not below its baseline value, a `decrease` target's not above it (otherwise every
 * function refuses the target with `inconsistent_target` at `goal.value`). A goal value equal to
 * the baseline value is a "hold the level" target: it is achieved while the value is at the goal
 * or beyond it in the target's direction; its plan stays at that level, so progress from baseline
 * is 1 when achieved and 0 otherwise, and ratios against the plan (`pace`) are `null` with the
 * reason `baseline-equals-goal`. Milestone values are not bound to [baseline, goal]: a plan may
 * ask for more than the goal on the way.
 *
 * @category Model
 */
export interface Target {
  /** Stable identifier, unique within a programme. */
  readonly id: string;
  /** Display name, e.g. `"UMKM on digital platforms"`. */
  readonly name?: string;
  /** The display name per language, e.g. `{ id: "UMKM di platform digital" }`; a language left out reads `name`. */
  readonly names?: Readonly<Partial<Record<Locale, string>>>;
  /** What is counted, e.g. `"umkm-onboarded"`. */
  readonly metric?: string;
  /** Unit of the values, e.g. `"enterprises"`. */
  readonly unit?: string;
  /** `increase` (default) or `decrease`. */
  readonly direction: Direction;
  /** IANA time zone in which dates are whole days; default `Asia/Jakarta`. */
  readonly timeZone: string;
  /** Where the target starts. */
  readonly baseline: DatedValue;
  /**
   * What is to be reached, and by when; the goal date comes after the baseline date, and the goal value is not below
   * the baseline value for `increase` (not above it for `decrease`).
   */
  readonly goal: DatedValue;
  /** How the plan is spread over time; default `{ kind: "linear" }`. */
  readonly phasing: Phasing;
  /** The population the target covers. */
  readonly scope?: TargetScope;
  /** Id of the parent target this one rolls up into. */
  readonly parentId?: string;
  /**
   * Later changes of the goal, in order of announcement: from each one's announcement on, its goal (and phasing) is in
   * force.
   */
  readonly revisions?: readonly TargetRevision[];
}

/**
 * A change of a target's goal, announced on a date: from then on the goal (and the plan's
 * phasing) in force is this one ([revised targets](../../docs/methodology.md#revised-targets)).
 * The baseline stays the target's.
 *
 * @category Model
 */
export interface TargetRevision {
  /**
   * `YYYY-MM-DD`, not before the baseline date and after the previous revision's: from the end of this day the new
   * goal is in force.
   */
  readonly announced: CalendarDate;
  /**
   * The goal in force from then on: after the announcement and the baseline dates, on the direction's side of the
   * baseline value.
   */
  readonly goal: DatedValue;
  /** How the plan runs to the new goal, from the baseline; default `{ kind: "linear" }`. */
  readonly phasing?: Phasing;
}

/**
 * A target as callers may write it: `direction`, `timeZone` and `phasing` may be left out and
 * take their defaults (`increase`, `Asia/Jakarta`, linear).
 *
 * @category Model
 */
export interface TargetInput extends Omit<Target, "direction" | "timeZone" | "phasing"> {
  /** `increase` (default) or `decrease`. */
  readonly direction?: Direction;
  /** IANA time zone in which dates are whole days; default `Asia/Jakarta`. */
  readonly timeZone?: string;
  /** How the plan is spread over time; default `{ kind: "linear" }`. */
  readonly phasing?: Phasing;
}

/**
 * Whether an observation's value is the running total (`cumulative`) or the new on-boardings in
 * the period that ends on its date (`increment`).
 *
 * @category Model
 */
export type ObservationKind = "cumulative" | "increment";

/**
 * A reported value, as observed at the end of `date`.
 *
 * @category Model
 */
export interface Observation {
  /** `YYYY-MM-DD`: the value counts everything up to the end of this day. */
  readonly date: CalendarDate;
  /** A count: a non-negative safe integer. */
  readonly value: number;
  /**
   * `cumulative` (default: the running total) or `increment` (the new on-boardings in the period that ends on `date`).
   */
  readonly kind: ObservationKind;
  /** Where the figure comes from (a report, a dashboard, a file). */
  readonly source?: string;
  /** Free text. */
  readonly note?: string;
  /** True when this figure restates earlier ones: a decrease here is a correction, not an anomaly. */
  readonly correction?: boolean;
}

/**
 * An observation as callers may write it: `kind` defaults to `cumulative`.
 *
 * @category Model
 */
export interface ObservationInput extends Omit<Observation, "kind"> {
  /**
   * `cumulative` (default: the running total) or `increment` (the new on-boardings in the period that ends on `date`).
   */
  readonly kind?: ObservationKind;
}

/**
 * An enterprise (usaha) that may be on-boarded.
 *
 * @category Model
 */
export interface Enterprise {
  /** Stable identifier (e.g. an NIB business number); counted once. */
  readonly id: string;
  /** Business name. */
  readonly name?: string;
  /** Size class (`micro`, `small`, `medium` or `large`), when known. */
  readonly size?: EnterpriseSize;
  /** KBLI sector code, as a string. */
  readonly sector?: string;
  /** Province code or name. */
  readonly region?: string;
  /** The platform or marketplace joined. */
  readonly platform?: string;
  /** When the enterprise was on-boarded: `YYYY-MM-DD` or an ISO 8601 instant with offset. */
  readonly onboardedAt?: string;
  /** Capital (modal usaha) excluding land and buildings, in IDR; a decimal string in JSON. */
  readonly capital?: Decimal;
  /** Annual sales (hasil penjualan tahunan), in IDR; a decimal string in JSON. */
  readonly annualSales?: Decimal;
  /** Number of workers (tenaga kerja). */
  readonly workers?: number;
}

/**
 * An enterprise as callers may write it: `capital` and `annualSales` may be numbers, decimal
 * strings (`"1000000000"`, `"1e9"`) or decimals; they are read into exact decimals once.
 *
 * @category Model
 */
export interface EnterpriseInput extends Omit<Enterprise, "capital" | "annualSales"> {
  /** Capital (modal usaha) excluding land and buildings, in IDR; a decimal string in JSON. */
  readonly capital?: DecimalInput;
  /** Annual sales (hasil penjualan tahunan), in IDR; a decimal string in JSON. */
  readonly annualSales?: DecimalInput;
}

/**
 * A programme: named targets with their observations keyed by target id.
 *
 * @category Model
 */
export interface Programme {
  /** Stable identifier. */
  readonly id: string;
  /** Display name, e.g. `"Bangga Buatan Indonesia"`. */
  readonly name?: string;
  /** The targets; ids are unique; a `parentId` names another target of the programme. */
  readonly targets: readonly Target[];
  /** Observations of each target, keyed by target id; default none. */
  readonly observations: Readonly<Record<string, readonly Observation[]>>;
}

/**
 * A programme as callers may write it: targets in their input form (defaults may be left out) and
 * observations that may be left out (none yet).
 *
 * @category Model
 */
export interface ProgrammeInput {
  /** Stable identifier. */
  readonly id: string;
  /** Display name, e.g. `"Bangga Buatan Indonesia"`. */
  readonly name?: string;
  /** The targets; ids are unique; a `parentId` names another target of the programme. */
  readonly targets: readonly TargetInput[];
  /** Observations of each target, keyed by target id; default none. */
  readonly observations?: Readonly<Record<string, readonly ObservationInput[]>>;
}
