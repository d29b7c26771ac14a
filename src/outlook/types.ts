import type { Decimal } from "../decimal/index.js";
import type { AssessmentStatus, AssessOptions, Eta } from "../assessment/types.js";
import type { DatedValue } from "../model/types.js";
import type { CalendarDate } from "../periods/core.js";

/**
 * The dates of an outlook: a list in increasing order, or every month from `from` to `to` (each
 * the same day of the month as `from`, the last day when `from` is a month end or the month is
 * shorter).
 *
 * @category Outlook
 */
export type OutlookDates =
  | readonly CalendarDate[]
  | {
      /** The step: one calendar month. */
      readonly every: "month";
      /** The first date, `YYYY-MM-DD`. */
      readonly from: CalendarDate;
      /** The last date may be this one or before it, `YYYY-MM-DD`. */
      readonly to: CalendarDate;
    };

/**
 * Options of {@link assessOverTime}: the dates, and `assess`'s other options, applied at each date.
 *
 * @category Outlook
 */
export interface AssessOverTimeOptions extends Omit<AssessOptions, "asOf"> {
  /** The dates of the rows. */
  readonly asOf: OutlookDates;
}

/**
 * What an assessment said on one date, seeing only what was known by then.
 *
 * @category Outlook
 */
export interface OutlookRow {
  /** The date of the assessment. */
  readonly asOf: CalendarDate;
  /** The goal in force then. */
  readonly goal: DatedValue;
  /** When that goal was announced; `null` for the target's own goal. */
  readonly goalAnnounced: CalendarDate | null;
  /** The status then. */
  readonly status: AssessmentStatus;
  /** The latest report on or before `asOf`, or `null`. */
  readonly current: {
    /** Its date. */
    readonly date: CalendarDate;
    /** The cumulative value. */
    readonly value: number;
  } | null;
  /** `v_t / v_T` against the goal in force, or `null`. */
  readonly attainment: Decimal | null;
  /** The projected value at the goal date in force, with its interval (`null` ends without one), or `null`. */
  readonly projected: {
    /** Projected value at the end of the goal date. */
    readonly value: number;
    /** Lower end of the interval, or `null`. */
    readonly lower: number | null;
    /** Upper end of the interval, or `null`. */
    readonly upper: number | null;
  } | null;
  /** The chance of reaching the goal by its date, or `null` (see `probabilityReason`). */
  readonly probabilityOnTime: number | null;
  /** Why `probabilityOnTime` is `null` (`achieved`, `goal-date-passed`, `insufficient-data`, `no-projection`), or `null`. */
  readonly probabilityReason: string | null;
  /** When the goal is reached at the trend, with the range within the interval (90 % by default). */
  readonly eta: Eta;
}
