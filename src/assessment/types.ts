import type { Decimal } from "../decimal/index.js";
import type { Issue } from "../errors/core.js";
import type { Locale, MeasureReason, ProjectionReason, StatusPreset } from "../vocabulary/index.js";
import type { CalendarDate } from "../periods/core.js";
import { type AccelerationNeeded, type Pace, type RequiredMonthlyRate } from "../progress/core.js";
import type { GoalInForce } from "../model/index.js";
import type { Reconciliation, ReconcileOptions } from "../reconcile/types.js";
import type {
  DateEstimate,
  FitOn,
  MethodChoice,
  MethodSelection,
  NeverReason,
  ProjectionInterval,
  ProjectionMethod,
  ProjectionOptions,
} from "../projection/types.js";

/**
 * Where a target stands ([status and presets](../../docs/methodology.md#status-and-presets)).
 * `achieved` is checked first (the latest observation has reached the goal in the target's
 * direction); `insufficient-data` means no observation on or before `asOf`, or a measure that
 * cannot be computed (its reason says why).
 *
 * @category Assessment
 */
export type AssessmentStatus =
  "achieved" | "on-track" | "needs-acceleration" | "off-track" | "regressing" | "insufficient-data";

export type { StatusPreset };

/**
 * Cut-offs of a status rule. For "higher is better" measures each is the inclusive lower edge of
 * its band (regressing below `offTrack`). For `destatis` `onTrack` and `needsAcceleration` are the
 * shares of the gap missed: below `onTrack` on track, up to and including `needsAcceleration`
 * needs acceleration, above it off track; `offTrack` is `null` there (the wrong direction, not a
 * cut-off, means regressing).
 *
 * @category Assessment
 */
export interface StatusThresholds {
  /** Lower edge of "on track" (destatis: the missed share below which it is on track). */
  readonly onTrack: number;
  /** Lower edge of "needs acceleration" (destatis: the largest missed share that still only needs acceleration). */
  readonly needsAcceleration: number;
  /** Lower edge of "off track", below which it is regressing; `null` for destatis (a number there is refused with `invalid_option`). */
  readonly offTrack: number | null;
}

/**
 * The number a status was read from, with the rule used.
 *
 * @category Assessment
 */
export interface StatusMeasure {
  /** The rule used. */
  readonly preset: StatusPreset;
  /** `Q`, `R`, `missed` (destatis), `SPI`, `grade` or `P` (chance: the probability of arriving on time). */
  readonly name: "Q" | "R" | "missed" | "SPI" | "grade" | "P";
  /** The measure (floating point), or `null` when it cannot be computed (see `reason`). */
  readonly value: number | null;
  /** The cut-offs applied (the preset's, with any overrides). */
  readonly thresholds: StatusThresholds;
  /**
   * Why `value` is null, or how the status was decided, as a kebab-case identifier:
   * `no-observation`, `goal-date-passed`, `too-few-points` (and other projection error codes),
   * `non-positive-value`, `no-time-elapsed`, `baseline-equals-goal`, `no-plan-yet`,
   * `not-finite` (the table `MEASURE_REASONS`); `null` when the measure decided the status.
   */
  readonly reason: MeasureReason | null;
  /** The same in words, with the details (dates, counts); `null` with `reason`. */
  readonly message: string | null;
}

/**
 * Options of {@link assess}.
 *
 * @category Assessment
 */
export interface AssessOptions {
  /** The date of the assessment (`YYYY-MM-DD`); later observations are ignored. Required. */
  readonly asOf: CalendarDate;
  /**
   * Projection method; default `linear` fitted on increments (the random walk with drift, the
   * baseline counting as a point), whose interval holds the spread a running total really has.
   * `auto` chooses the method by a backtest on the path as `project` does, at the horizon (3, 6
   * or 12 months) nearest the months from the current observation to the goal date; the choice is
   * in `projection.selection`.
   */
  readonly method?: MethodChoice;
  /**
   * For `linear`: `increments` (default: the random walk with drift) or `cumulative` (OLS on the
   * cumulative values, whose residuals are autocorrelated, so its interval is too narrow).
   */
  readonly fitOn?: FitOn;
  /** For `run-rate`: the trailing window of the projection in months, > 0; default 3 (`runRate` always uses 3). */
  readonly window?: ProjectionOptions["window"];
  /** For `logistic`: the capacity K (> every observed value); fitted when left out. */
  readonly capacity?: ProjectionOptions["capacity"];
  /** For `bass`: `{ p, q, M }` per month; fitted when left out. */
  readonly bass?: ProjectionOptions["bass"];
  /** For `damped`: the smoothing parameters `{ alpha, beta, phi }`; estimated when left out. */
  readonly damped?: ProjectionOptions["damped"];
  /** Status rule; default `default`. */
  readonly preset?: StatusPreset;
  /** Overrides of the preset's cut-offs. */
  readonly thresholds?: Partial<StatusThresholds>;
  /** Language of `summary`: `en` or `id`; default `DEFAULT_LOCALE` (`en`). `explanation` always holds both. */
  readonly locale?: Locale;
  /** Confidence of the projection's interval; default 0.9. */
  readonly confidence?: number;
  /**
   * Reconcile the reports first (`true` for the defaults, or `reconcile`'s options without
   * `direction`, which is the target's): only the reports dated on or before `asOf` take part, and
   * the result's `reconciliation` says what was done.
   */
  readonly reconcile?: boolean | Omit<ReconcileOptions, "direction">;
}

/**
 * The projection part of an {@link Assessment}: the projected value at the goal date, its
 * interval (`null` when the method gives none or there are too few points), the projected
 * progress from baseline `Q = (v̂_T - v_b)/(v_T - v_b)`, and the chance of reaching the goal by
 * the goal date. Floating point.
 *
 * @category Assessment
 */
export interface AssessmentProjection {
  /** The projection method (with `auto`, the one chosen). */
  readonly method: ProjectionMethod;
  /** What it was fitted on. */
  readonly fittedOn: FitOn;
  /** Confidence of the interval. */
  readonly confidence: number;
  /** Projected value at the end of the goal date. */
  readonly valueAtGoal: number;
  /** Lower end of its prediction interval, or `null`. */
  readonly lower: number | null;
  /** Upper end of its prediction interval, or `null`. */
  readonly upper: number | null;
  /** `(valueAtGoal - v_b)/(v_T - v_b)` (for baseline = goal: 1 when at or beyond the goal, else 0). */
  readonly progressAtGoal: number;
  /** What the interval rests on (`random-walk-with-drift`, `ols-prediction`…), or why there is none. */
  readonly interval: ProjectionInterval;
  /**
   * The probability, from the projection's predictive distribution, that the value at the end of
   * the goal date is at or beyond the goal in the target's direction (at or above it for an
   * `increase` target, at or below for a `decrease` one), between 0 and 1; `null` with
   * `probabilityReason`.
   */
  readonly probabilityOnTime: number | null;
  /**
   * Why `probabilityOnTime` is `null`, as a kebab-case identifier: `achieved` (the goal is already
   * reached: the status says so), `goal-date-passed` (the goal date is on or before the latest
   * observation), `insufficient-data` (too few points for an interval); `null` with a probability.
   */
  readonly probabilityReason: "achieved" | "goal-date-passed" | "insufficient-data" | null;
  /**
   * With `method: "auto"`, how the method was chosen: the backtest's horizon, each compared
   * method's MASE and the reason (`lowest-mase`, or `too-few-points-for-backtest` /
   * `no-naive-error` for the fallback, `linear` on increments). Absent when the caller named the
   * method, so such an assessment serialises without it.
   */
  readonly selection?: MethodSelection;
}

/**
 * When the goal is (or was) reached: a date, or `null` with the reason (`insufficient-data` when
 * no projection could be fitted); and the range of dates within the projection's interval,
 * `earliest` ≤ `date` ≤ `latest` (each a date, or `null` with its reason).
 *
 * @category Assessment
 */
export type Eta = (
  | {
      /** When the goal is (or was first) reached, `YYYY-MM-DD`. */
      readonly date: CalendarDate;
      /** Absent when there is a date. */
      readonly reason?: undefined;
    }
  | {
      /** No date. */
      readonly date: null;
      /** Why not. */
      readonly reason: NeverReason | "insufficient-data";
    }
) & {
  /**
   * The earliest date within the interval (where its optimistic end reaches the goal); once
   * achieved, the date it was first reached; `insufficient-data` without an interval.
   */
  readonly earliest: DateEstimate;
  /**
   * The latest date within the interval (where its pessimistic end reaches the goal), or `null`
   * with the reason when that end never does; once achieved, the date it was first reached.
   */
  readonly latest: DateEstimate;
};

/**
 * The answer of {@link assess}. Exact measures (from the Progress functions) are Decimals, which
 * serialise as strings; projected and statistical values are numbers. `null` marks what cannot be
 * measured (no observation yet), never NaN.
 *
 * @category Assessment
 */
export interface Assessment {
  /** The target's id. */
  readonly targetId: string;
  /** The date of the assessment. */
  readonly asOf: CalendarDate;
  /** Where the target stands. */
  readonly status: AssessmentStatus;
  /** The number the status was read from, and the rule. */
  readonly measure: StatusMeasure;
  /** The latest observed point on or before `asOf`, where everything is measured. */
  readonly current: {
    /** Its date, `YYYY-MM-DD`. */
    readonly date: CalendarDate;
    /** The cumulative value then. */
    readonly value: number;
  } | null;
  /** `v_t / v_T`; `null` without an observation or with a goal of 0. */
  readonly attainment: Decimal | null;
  /** Progress from baseline `(v_t - v_b)/(v_T - v_b)`. */
  readonly progress: Decimal | null;
  /** PV at the current date. */
  readonly planToDate: Decimal | null;
  /** SPI analogue, gap and earned schedule at the current date (see `pace`). */
  readonly pace: Pace | null;
  /** The required monthly rate from the current value (see `requiredMonthlyRate`). */
  readonly required: RequiredMonthlyRate | null;
  /** Trailing 3-month mean increment per month (signed). */
  readonly runRate: Decimal | null;
  /** Required rate / run rate, with its reason when undefined (see `accelerationNeeded`). */
  readonly accelerationNeeded: AccelerationNeeded | null;
  /** `null` when no projection could be fitted (`projectionReason` says why). */
  readonly projection: AssessmentProjection | null;
  /** Why `projection` is `null`, as a kebab-case identifier (`no-observation`, or the fit's error code: `too-few-points`, `out-of-range`…), or `null`. */
  readonly projectionReason: ProjectionReason | null;
  /** The same in words (the fit's error message), or `null`. */
  readonly projectionMessage: string | null;
  /** When the projected path reaches the goal (or when it was reached). */
  readonly eta: Eta;
  /**
   * Issues that did not stop the assessment: the data's (decreases, baseline disagreements) and the
   * projection's (`poorly_determined`: the data cannot pin down a fitted curve's parameter).
   */
  readonly warnings: readonly Issue[];
  /** Short sentences to paste into a report, in English and Bahasa Indonesia. */
  readonly explanation: {
    /** In English. */
    readonly en: readonly string[];
    /** In Bahasa Indonesia. */
    readonly id: readonly string[];
  };
  /** `explanation` in the requested `locale`, as one paragraph. */
  readonly summary: string;
  /**
   * For a target with `revisions`: the goal in force at `asOf` (the last revision announced on or
   * before it, else the target's own goal), which every measure and the status use, with when it
   * was announced and the goal it replaced; the explanation says so. Absent for a target without
   * revisions.
   */
  readonly goalInForce?: GoalInForce;
  /**
   * With the `reconcile` option: the reconciliation of the reports known by `asOf` (its
   * `observations` are the path assessed; data warnings name them as `reconciliation.observations.<i>`).
   * Absent otherwise.
   */
  readonly reconciliation?: Reconciliation;
}

/**
 * One target's assessment within a programme: the {@link Assessment}, plus where its counts come
 * from (`observed`: its own observations; `rolled-up`: the sum of its children's) and its place in
 * the tree.
 *
 * @category Assessment
 */
export interface ProgrammeTargetAssessment extends Assessment {
  /** `observed` (its own observations) or `rolled-up` (the sum of its children's counts). */
  readonly basis: "observed" | "rolled-up";
  /** Its parent target's id, or `null`. */
  readonly parentId: string | null;
  /** Ids of its children, in programme order. */
  readonly childIds: readonly string[];
}

/**
 * A target behind its plan: `shortfall = d·(planToDate - current)` in the metric's units
 * (positive = behind), and `shortfallShare` = shortfall / |planToDate - baseline| (the share of the
 * planned progress missing; `null` while the plan has not moved).
 *
 * @category Assessment
 */
export interface LaggingTarget {
  /** The target's id. */
  readonly targetId: string;
  /** Its parent's id, or `null`. */
  readonly parentId: string | null;
  /** Its status. */
  readonly status: AssessmentStatus;
  /** How far behind plan-to-date, in the metric's units (positive). */
  readonly shortfall: Decimal;
  /** The shortfall as a share of the planned progress so far, or `null` while the plan has not moved. */
  readonly shortfallShare: Decimal | null;
}

/**
 * The answer of {@link assessProgramme}.
 *
 * @category Assessment
 */
export interface ProgrammeAssessment {
  /** The programme's id. */
  readonly programmeId: string;
  /** The date of the assessment. */
  readonly asOf: CalendarDate;
  /** One per target, in the programme's order. */
  readonly assessments: readonly ProgrammeTargetAssessment[];
  /** Targets behind their plan-to-date, largest shortfall first (ties by id). */
  readonly lagging: readonly LaggingTarget[];
}
