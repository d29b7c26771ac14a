import type { Issue } from "../errors/OnboardingTargetsError.js";
import type { DatedValue, Direction } from "../model/types.js";
import type { CalendarDate } from "../periods/calendarDate.js";
import type { FitOn, ProjectionMethod, ProjectionPeriod } from "../vocabulary/index.js";

export type { FitOn, ProjectionMethod, ProjectionPeriod };

/**
 * Options of {@link project}.
 *
 * @category Projection
 */
export interface ProjectionOptions {
  /** The projection method (required). */
  readonly method: ProjectionMethod;
  /** Last date of the projection's `points`, `YYYY-MM-DD` (required). */
  readonly until: CalendarDate;
  /** Observations after this date are ignored; default: use them all. */
  readonly asOf?: CalendarDate;
  /** Period of the `points`; default `month`. */
  readonly period?: ProjectionPeriod;
  /** Two-sided confidence of the prediction interval, 0 < c < 1; default 0.9. */
  readonly confidence?: number;
  /** A starting point (the target's baseline) that counts as a point of the path. */
  readonly baseline?: DatedValue;
  /** For `linear`: `cumulative` (default) or `increments`. Other methods ignore it and say in `fittedOn` what they fit. */
  readonly fitOn?: FitOn;
  /** For `run-rate`: the trailing window in months, > 0; default 3. */
  readonly window?: number;
  /** For `logistic`: the capacity K (> every observed value); fitted when left out. */
  readonly capacity?: number;
  /** For `bass`: `{ p, q, M }` per month; fitted when left out. */
  readonly bass?: {
    /** Coefficient of innovation per month, > 0. */
    readonly p: number;
    /** Coefficient of imitation per month, ≥ 0. */
    readonly q: number;
    /** Market potential: adopters after the first point, > 0. */
    readonly M: number;
  };
  /**
   * `increase` (default): the values are a running count and a fall is reported in `warnings`
   * (`decreasing_series`); `decrease`: a level meant to fall, so nothing is reported.
   */
  readonly direction?: Direction;
}

/**
 * A projected value with its prediction interval; `lower` and `upper` are `null` when the method
 * gives no interval or there are too few points for one. Floating-point numbers, never NaN.
 *
 * @category Projection
 */
export interface ProjectedValue {
  /** The projected cumulative value. */
  readonly value: number;
  /** Lower end of the prediction interval, or `null`. */
  readonly lower: number | null;
  /** Upper end of the prediction interval, or `null`. */
  readonly upper: number | null;
}

/**
 * One point of a projection: the projected cumulative value at the end of `date`.
 *
 * @category Projection
 */
export interface ProjectionPoint extends ProjectedValue {
  /** End of the period, `YYYY-MM-DD`. */
  readonly date: CalendarDate;
}

/**
 * Why a projected path never reaches a value: `never-at-this-pace` (it moves away from the
 * value or stays flat), `beyond-capacity` (a saturating curve, logistic or Bass with K = M,
 * approaches K but never reaches it), `after-calendar-end` (it would, past the calendar's end).
 *
 * @category Projection
 */
export type NeverReason = "never-at-this-pace" | "beyond-capacity" | "after-calendar-end";

/**
 * When a path reaches a value: a `YYYY-MM-DD` date, or `date: null` with the reason.
 *
 * @category Projection
 */
export type DateReaching =
  | {
      /** The first `YYYY-MM-DD` on which the path reaches the value. */
      readonly date: CalendarDate;
      /** Absent when there is a date. */
      readonly reason?: undefined;
    }
  | {
      /** No date: the path never reaches the value. */
      readonly date: null;
      /** Why not. */
      readonly reason: NeverReason;
    };

/**
 * The result of {@link project}. Its data fields are plain and JSON-serialisable; `valueAt` and
 * `dateReaching` are non-enumerable methods, so `JSON.stringify` leaves them out.
 *
 * All projected values are floating-point numbers (fitting curves is statistics, not bookkeeping:
 * see {@link project}).
 *
 * @category Projection
 */
export interface Projection {
  /** The method used. */
  readonly method: ProjectionMethod;
  /** What the fit used: cumulative values or increments. */
  readonly fittedOn: FitOn;
  /** Confidence of the intervals. */
  readonly confidence: number;
  /** The last point of the path the projection starts from (the last observation on or before `asOf`). */
  readonly origin: {
    /** Its date, `YYYY-MM-DD`. */
    readonly date: CalendarDate;
    /** Its cumulative value. */
    readonly value: number;
  };
  /** Number of path points fitted (the baseline counts when given). */
  readonly fittedPoints: number;
  /** The fitted parameters (see {@link project} for each method's), per month of the month axis. */
  readonly parameters: Readonly<Record<string, number>>;
  /** One point per period end after the origin, up to and including `until`. */
  readonly points: readonly ProjectionPoint[];
  /** Issues found in the data that did not stop the projection (decreases, baseline disagreements). */
  readonly warnings: readonly Issue[];
  /** The projected value at the end of `date` (any date, also outside `points`). */
  valueAt(date: CalendarDate): ProjectedValue;
  /**
   * The first date, from the origin on, on which the projected path reaches `value`: moving from
   * its value at the origin toward `value` (at or above it when `value` lies above, at or below
   * when below). The origin's date when the path is already there; `null` with a reason when the
   * path moves away, stays flat, saturates below it, or would reach it after 9999-12-31.
   */
  dateReaching(value: number): DateReaching;
}
