import type { ReconcileOptions } from "../reconcile/types.js";
import type { Issue } from "../errors/core.js";
import type { DatedValue, Direction } from "../model/index.js";
import type { CalendarDate } from "../periods/core.js";
import type { FitOn, MethodChoice, ProjectionMethod, ProjectionPeriod } from "../vocabulary/index.js";

export type { FitOn, MethodChoice, ProjectionMethod, ProjectionPeriod };

/**
 * Options of {@link project}.
 *
 * @category Projection
 */
export interface ProjectionOptions {
  /** The projection method (required), or `auto` to choose one by backtest (see {@link MethodChoice}). */
  readonly method: MethodChoice;
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
  /** For `linear`: `increments` (default) or `cumulative`. Other methods ignore it and say in `fittedOn` what they fit. */
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
   * For `damped`: the smoothing parameters, per step between observations; estimated when left
   * out (the initial level and trend are always estimated).
   */
  readonly damped?: {
    /** Smoothing of the level (the pace), 0 < alpha ≤ 1. */
    readonly alpha: number;
    /** Smoothing of the trend (the pace's change per step), 0 ≤ beta ≤ alpha. */
    readonly beta: number;
    /** Damping of the trend per step, 0 < phi < 1: the pace settles at `level + trend·phi/(1 - phi)`. */
    readonly phi: number;
  };
  /**
   * `increase` (default): the values are a running count and a fall is reported in `warnings`
   * (`decreasing_series`); `decrease`: a level meant to fall, so nothing is reported.
   */
  readonly direction?: Direction;
  /**
   * Reconcile the reports first (`true` for the defaults, or `reconcile`'s options without
   * `direction`, which is this one's): only the reports dated on or before `asOf` take part. Call
   * `reconcile` itself to see the conflicts, adjustments and outliers.
   */
  readonly reconcile?: boolean | Omit<ReconcileOptions, "direction">;
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
 * How a projection's interval was derived: `ols-prediction` (the prediction interval of a least
 * squares line), `random-walk-with-drift` (of the steps of the path), `log-random-walk-with-drift`
 * (of the steps of its logarithm), `residual-bootstrap` (refits on resampled residuals),
 * `state-space` (the damped trend's own forecast variance).
 *
 * @category Projection
 */
export type IntervalKind =
  | "ols-prediction"
  | "random-walk-with-drift"
  | "log-random-walk-with-drift"
  | "residual-bootstrap"
  | "state-space"
  | "stacked";

/**
 * What a projection's interval rests on, or why it has none (`insufficient-data`: too few points
 * to measure any spread).
 *
 * @category Projection
 */
export type ProjectionInterval =
  | {
      /** How the interval was derived. */
      readonly kind: IntervalKind;
      /** For `residual-bootstrap`: the number of refits. */
      readonly replicates?: number;
      /** Absent when there is an interval. */
      readonly reason?: undefined;
    }
  | {
      /** No interval. */
      readonly kind: null;
      /** Why not. */
      readonly reason: "insufficient-data";
    };

/**
 * The probability of having reached a value by a date, or `probability: null` with the reason:
 * `insufficient-data` (the projection has no interval), `before-origin` (the date lies before the
 * projection's origin).
 *
 * @category Projection
 */
export type ProbabilityReaching =
  | {
      /** Between 0 and 1. */
      readonly probability: number;
      /** Absent when there is a probability. */
      readonly reason?: undefined;
    }
  | {
      /** No probability. */
      readonly probability: null;
      /** Why not. */
      readonly reason: "insufficient-data" | "before-origin";
    };

/**
 * A date estimated from a projection's predictive distribution: a {@link DateReaching}, or
 * `date: null` with `insufficient-data` when the projection has no interval.
 *
 * @category Projection
 */
export type DateEstimate =
  | DateReaching
  | {
      /** No date. */
      readonly date: null;
      /** The projection has no interval. */
      readonly reason: "insufficient-data";
    };

/**
 * When the interval's paths reach a value: `earliest` where its optimistic end (the upper end for
 * a value above the origin) reaches it, `latest` where the pessimistic end does.
 *
 * @category Projection
 */
export interface DateReachingRange {
  /** The earliest date within the interval. */
  readonly earliest: DateEstimate;
  /** The latest date within the interval. */
  readonly latest: DateEstimate;
}

/**
 * The date by which a value is reached with a given probability (a P50, P85 or P95 date).
 *
 * @category Projection
 */
export type DateQuantile = DateEstimate & {
  /** The probability asked for, 0 < p < 1. */
  readonly probability: number;
};

/**
 * Why `auto` chose its method: `interval-score-stacking` (every method, `linear` on both fits,
 * pooled with the weights whose pool scored best in the backtest by the CRPS, the interval score
 * integrated over every level; the method is the one of largest weight), `lowest-mase` (kept for
 * compatibility: `auto` no longer gives it since it scores every candidate's distribution),
 * `too-few-points-for-backtest` (fewer than three origins with an actual value at every
 * horizon, so the default, `linear` on increments, is used), `no-naive-error` (the path grows by
 * the same amount every month, so no error can be scaled, and the default, exact on such a path,
 * is used).
 *
 * @category Projection
 */
export type SelectionReason =
  "lowest-mase" | "interval-score-stacking" | "too-few-points-for-backtest" | "no-naive-error";

/**
 * How `method: "auto"` chose the method of a {@link Projection}.
 *
 * @category Projection
 */
export interface MethodSelection {
  /** The method chosen (also the projection's `method`). */
  readonly method: ProjectionMethod;
  /** The backtest horizon, in months, the scores are at; `null` when no backtest could be scored. */
  readonly horizon: number | null;
  /**
   * The MASE of each method compared at that horizon, all on the same origins (those at which every
   * one of them could be fitted; a method that would leave fewer than three is not compared);
   * empty when no backtest could be scored.
   */
  readonly scores: Readonly<Partial<Record<ProjectionMethod, number>>>;
  /** Why this method. */
  readonly reason: SelectionReason;
  /**
   * The mean interval score (Gneiting & Raftery 2007) of each candidate's central interval at the
   * horizon, on the same origins, divided by the MASE scale (lower is better); empty when no
   * interval could be scored.
   */
  readonly intervalScores: Readonly<Partial<Record<ProjectionMethod, number>>>;
  /**
   * The weight of each candidate in the projection's predictive distribution (the linear pool of
   * their distributions, `interval.kind` `stacked` with more than one), summing to 1; `linear`'s
   * is the sum of its two fits' (on increments and on cumulative values).
   */
  readonly weights: Readonly<Partial<Record<ProjectionMethod, number>>>;
  /**
   * λ ≥ 1: the pooled distribution is widened λ times about its median, λ the one (1 to 4 in
   * steps of 0.05) whose widened pool scored best by the CRPS in the backtest; 1 without a backtest.
   */
  readonly widening: number;
}

/**
 * The result of {@link project}. Its data fields are plain and JSON-serialisable; `valueAt`,
 * `dateReaching`, `probabilityReaching`, `dateReachingRange` and `dateReachingQuantiles` are
 * non-enumerable methods, so `JSON.stringify` leaves them out.
 *
 * All projected values are floating-point numbers (fitting curves is statistics, not bookkeeping:
 * see {@link project}).
 *
 * @category Projection
 */
export interface Projection {
  /** The method used (the one chosen, with `auto`). */
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
  /** What the interval rests on, or why there is none. */
  readonly interval: ProjectionInterval;
  /**
   * Issues found in the data that did not stop the projection: decreases, baseline disagreements,
   * and `poorly_determined` when a fitted curve's parameter sits on a bound of its search range or
   * the data cannot pin it down.
   */
  readonly warnings: readonly Issue[];
  /** With `method: "auto"` only: how the method was chosen. */
  readonly selection?: MethodSelection;
  /** The projected value at the end of `date` (any date, also outside `points`). */
  valueAt(date: CalendarDate): ProjectedValue;
  /**
   * The first date, from the origin on, on which the projected path reaches `value`: moving from
   * the observed value at the origin toward `value` (at or above it when `value` lies above, at or
   * below when below). The origin's date when the value equals the observed one or the fitted path
   * is already there (an OLS line or a curve need not pass through the last observation); `null`
   * with a reason when the path moves away, stays flat, saturates below it, or would reach it
   * after 9999-12-31.
   */
  dateReaching(value: number): DateReaching;
  /**
   * The probability, from the method's predictive distribution, that the cumulative value at the
   * end of `date` is at or beyond `value` in the direction of travel (at or above when `value` lies
   * above the observed value at the origin, at or below when below; 1 when equal): for a running
   * count, which never falls, the probability of having reached `value` by then.
   */
  probabilityReaching(value: number, date: CalendarDate): ProbabilityReaching;
  /**
   * The dates on which the interval's two ends reach `value` (see {@link DateReachingRange}):
   * the `(1 - confidence)/2` and `(1 + confidence)/2` quantile dates, widened to include
   * {@link Projection.dateReaching}'s date.
   */
  dateReachingRange(value: number): DateReachingRange;
  /**
   * For each probability p, the first date by which `value` is reached with probability at least
   * p (the same distribution as {@link Projection.probabilityReaching}): P50, P85, P95 dates.
   */
  dateReachingQuantiles(value: number, probabilities: readonly number[]): readonly DateQuantile[];
}
