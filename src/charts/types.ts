import type { Locale } from "../vocabulary/index.js";
import type { DecimalInput } from "../decimal/index.js";
import type { ObservationInput, Target, TargetInput } from "../model/index.js";
import type { CalendarDate } from "../periods/index.js";
import type { YDomain } from "./axisDomains.js";
import type { ReconcileOptions } from "../reconcile/types.js";

/**
 * One point of a projected path, as a `Projection` from `project` holds it: `lower` and `upper`
 * are `null` when there are too few points for an interval.
 *
 * @category Charts
 */
export interface BurnUpProjectionPoint {
  /** `YYYY-MM-DD`. */
  readonly date: CalendarDate;
  /** Projected cumulative value. */
  readonly value: DecimalInput;
  /** Lower edge of the interval, or `null`. */
  readonly lower: DecimalInput | null;
  /** Upper edge of the interval, or `null`. */
  readonly upper: DecimalInput | null;
}

/**
 * A date estimated from a projection (an assessment's `eta.earliest` or `eta.latest`): a date, or
 * `null` with the reason.
 *
 * @category Charts
 */
export interface BurnUpDateEstimate {
  /** `YYYY-MM-DD`, or `null`. */
  readonly date: CalendarDate | null;
  /** Why there is no date. */
  readonly reason?: string | undefined;
}

/**
 * What {@link burnUpChart} draws: a target with its observations (or a cumulative series), and
 * optionally a projection and an ETA. An `Assessment` from `assess` supplies `projection`, `eta`,
 * `status` and `current`: pass `{ ...assessment, target, observations }`, with `{ asOf:
 * assessment.asOf }` in the options. Its
 * projection holds only the value at the goal date, so the chart draws a straight segment to it;
 * pass `projection` from `project` to draw the whole projected path.
 *
 * @category Charts
 */
export interface BurnUpInput {
  /** The target: baseline, goal and phasing (for the plan-to-date line). */
  readonly target: TargetInput | Target;
  /** Reported values (cumulative or increments), read as `assess` reads them: the cumulative path from the baseline ([the cumulative path](../../docs/methodology.md#the-cumulative-path)). */
  readonly observations?: readonly ObservationInput[];
  /** A cumulative series (e.g. from `cumulativeSeries`), used when `observations` is absent. */
  readonly series?: readonly {
    /** `YYYY-MM-DD`. */
    readonly date: CalendarDate;
    /** The cumulative value at the end of `date`. */
    readonly value: DecimalInput;
  }[];
  /** A projected path (e.g. from `project`), with or without an interval. */
  readonly projection?: {
    /** The projected path, e.g. from `project`. */
    readonly points?: readonly BurnUpProjectionPoint[];
    /** An assessment's projected value at the goal date, used when `points` is absent. */
    readonly valueAtGoal?: DecimalInput;
    /** Lower edge of the interval at the goal date (with `valueAtGoal`). */
    readonly lower?: DecimalInput | null;
    /** Upper edge of the interval at the goal date (with `valueAtGoal`). */
    readonly upper?: DecimalInput | null;
    /** Two-sided confidence of the interval, for the legend; default 0.9. */
    readonly confidence?: DecimalInput;
    /**
     * An assessment's chance of reaching the goal by the goal date (0 to 1), shown under the title
     * as a whole percent (`< 1%` and `> 99%` at the ends); `null` or absent: not shown.
     */
    readonly probabilityOnTime?: number | null;
    /** Where the projection starts (the last observation); the line and band are drawn from it. */
    readonly origin?: {
      /** `YYYY-MM-DD` of the last observation. */
      readonly date: CalendarDate;
      /** Its cumulative value. */
      readonly value: DecimalInput;
    };
  } | null;
  /** When the projected path reaches the goal: a date, or `null` with a reason. */
  readonly eta?: {
    /** `YYYY-MM-DD`, or `null` when the path never reaches the goal. */
    readonly date: CalendarDate | null;
    /** Why there is no date (e.g. `never-at-this-pace`); shown under the title. */
    readonly reason?: string | undefined;
    /** An assessment's earliest date within the interval; with a date, the range is shown under the title. */
    readonly earliest?: BurnUpDateEstimate | null;
    /** An assessment's latest date within the interval (`date: null` when it may never be reached). */
    readonly latest?: BurnUpDateEstimate | null;
  } | null;
  /** An assessment's status, shown under the title. */
  readonly status?: string;
  /**
   * The measurement date, as `options.asOf` (which wins when both are given).
   * @deprecated Pass `asOf` in the options, as every other function takes it; this field is read
   * until the next minor version.
   */
  readonly asOf?: CalendarDate;
  /**
   * The latest observed point (an assessment's `current`): where a projection that holds only
   * `valueAtGoal` (an assessment's) starts.
   */
  readonly current?: {
    /** `YYYY-MM-DD`. */
    readonly date: CalendarDate;
    /** The cumulative value at the end of `date`. */
    readonly value: DecimalInput;
  } | null;
}

/**
 * Options of {@link burnUpChart}.
 *
 * @category Charts
 */
export interface BurnUpChartOptions {
  /** Language of titles, legend and labels: `en` or `id` (Bahasa Indonesia); default `DEFAULT_LOCALE` (`en`). */
  readonly locale?: Locale;
  /** Chart title; default the target's name, else its id. */
  readonly title?: string;
  /**
   * Whether the subtitle opens with the chart's description ("Burn-up: cumulative actual against
   * plan to date, with the projection"); default `true`. The status, ETA range and chance lines
   * follow it either way.
   */
  readonly subtitle?: boolean;
  /** Width of the plotting area in pixels; default 640. */
  readonly width?: number;
  /** Height of the plotting area in pixels; default 360. */
  readonly height?: number;
  /**
   * The plan-to-date value on a date; default `planToDate(target, date)`, which follows the
   * target's phasing (linear, monthly weights, seasonal or milestones).
   */
  readonly planAt?: (date: CalendarDate) => DecimalInput;
  /**
   * The range of the y axis: `auto` (default), `zero`, `nice`, or `[min, max]`. `zero` starts at
   * 0; `nice` starts near the data; both end on multiples of a round step (1, 2, 2.5 or 5 times a
   * power of ten, at least a fifth of the data's extent). `auto` is `nice` when the smallest
   * plotted value is positive and at least a quarter of the largest (11.7 to 31.5 million: 10 to
   * 35 million), else `zero`. `[min, max]` (finite, min below max) is used as given, with the
   * marks clipped to it.
   */
  readonly yDomain?: YDomain;
  /**
   * The measurement date: observations after it are left out, and a rule marks it. A target with
   * `revisions` is drawn with the goal and plan in force on it (see `goalInForce`); without `asOf`,
   * with the target's own goal.
   */
  readonly asOf?: CalendarDate;
  /**
   * Reconcile the reports first, as `assess` does (`true` for the defaults, or `reconcile`'s
   * options without `direction`, which is the target's): the actual line is the reconciliation of
   * the reports dated on or before `asOf`.
   */
  readonly reconcile?: boolean | Omit<ReconcileOptions, "direction">;
}

/** A JSON value: what a Vega-Lite specification is made of. @category Charts */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A Vega-Lite v6 specification as plain JSON. @category Charts */
export interface VegaLiteSpec {
  /** The Vega-Lite schema URL. */
  readonly $schema: string;
  readonly [key: string]: JsonValue;
}
