import type { Issue } from "../errors/core.js";
import type { CalendarDate } from "../periods/core.js";
import type { ProjectionMethod } from "../vocabulary/index.js";
import type { ProjectionOptions } from "./types.js";

/**
 * Options of {@link backtest}. The settings of each method (`fitOn`, `window`, `capacity`, `bass`,
 * `damped`) are passed to every fit as {@link project} takes them.
 *
 * @category Projection
 */
export interface BacktestOptions {
  /**
   * The methods to backtest, each once; default: every method the data supports (those that could
   * be fitted at one origin at least; `cagr` needs values > 0).
   */
  readonly methods?: readonly ProjectionMethod[];
  /**
   * Horizons in whole months, each once, from 1 to 1200; default `[3, 6, 12]`, keeping those for
   * which at least one origin has an actual value that many months later.
   */
  readonly horizons?: readonly number[];
  /** Path points (the baseline counts) on or before the first origin: an integer ≥ 3; default 6. */
  readonly minPoints?: number;
  /** Observations after this date are ignored, as actuals too; default: use them all. */
  readonly asOf?: CalendarDate;
  /** Two-sided confidence of the intervals whose coverage is measured, 0 < c < 1; default 0.9. */
  readonly confidence?: number;
  /** A starting point (the target's baseline) that counts as a point of the path. */
  readonly baseline?: ProjectionOptions["baseline"];
  /** For `linear`: `increments` (default: the random walk with drift) or `cumulative`. */
  readonly fitOn?: ProjectionOptions["fitOn"];
  /** For `run-rate`: the trailing window in months, > 0; default 3. */
  readonly window?: ProjectionOptions["window"];
  /** For `logistic`: the capacity K; fitted when left out. An origin whose values reach it has no logistic forecast. */
  readonly capacity?: ProjectionOptions["capacity"];
  /** For `bass`: `{ p, q, M }` per month; fitted when left out. */
  readonly bass?: ProjectionOptions["bass"];
  /** For `damped`: `{ alpha, beta, phi }`; estimated when left out. */
  readonly damped?: ProjectionOptions["damped"];
  /** `increase` (default) or `decrease`, as for {@link project}. */
  readonly direction?: ProjectionOptions["direction"];
  /**
   * `false`: point forecasts only, without intervals (`lower`, `upper`, `coverage` and `meanWidth`
   * are `null`), for the errors alone: the bootstrap behind the intervals of `logistic` and `bass`
   * refits each curve 40 times at every origin, most of a backtest's time. Default `true`.
   */
  readonly intervals?: boolean;
  /**
   * Reconcile the reports first, as {@link project} does (`true` for the defaults, or `reconcile`'s
   * options without `direction`): only the reports dated on or before `asOf` take part, so the
   * origins and the actuals are the reconciled path's.
   */
  readonly reconcile?: ProjectionOptions["reconcile"];
}

/**
 * One forecast of a backtest: the method fitted on the path up to `origin`, evaluated at `target`,
 * `horizon` months later, beside the `actual` value of the path there. Floating-point numbers.
 *
 * @category Projection
 */
export interface BacktestForecast {
  /** The last date the fit saw, `YYYY-MM-DD`. */
  readonly origin: CalendarDate;
  /** The method. */
  readonly method: ProjectionMethod;
  /** Months from the origin to the target. */
  readonly horizon: number;
  /** The date forecast, `YYYY-MM-DD`: `horizon` calendar months after the origin (see {@link backtest}). */
  readonly target: CalendarDate;
  /** The forecast cumulative value at the end of `target`. */
  readonly value: number;
  /** Lower end of the prediction interval, or `null` when the method gives none. */
  readonly lower: number | null;
  /** Upper end of the prediction interval, or `null`. */
  readonly upper: number | null;
  /** The path's value at the end of `target`: the observation on that date, else interpolated. */
  readonly actual: number;
}

/**
 * How one method forecast at one horizon over all origins. Every measure is `null` without
 * forecasts; errors are `actual - value`.
 *
 * @category Projection
 */
export interface BacktestScore {
  /** The method. */
  readonly method: ProjectionMethod;
  /** The horizon in months. */
  readonly horizon: number;
  /** Number of forecasts (origins at which the method could be fitted and the target was observed). */
  readonly count: number;
  /** Mean absolute error. */
  readonly mae: number | null;
  /** Mean absolute percentage error as a fraction (0.05 = 5 %); `null` when an actual is 0. */
  readonly mape: number | null;
  /** Mean absolute scaled error: `mae / maseScale`; `null` when the scale is 0 or unknown. */
  readonly mase: number | null;
  /** Share of the actuals inside `[lower, upper]`, over the forecasts with an interval; `null` when none has one. */
  readonly coverage: number | null;
  /** Mean width `upper - lower` over the forecasts with an interval; `null` when none has one. */
  readonly meanWidth: number | null;
}

/**
 * The result of {@link backtest}: plain and JSON-serialisable.
 *
 * @category Projection
 */
export interface Backtest {
  /** The methods backtested, in the order of `METHODS` (or as given). */
  readonly methods: readonly ProjectionMethod[];
  /** The horizons in months, ascending. */
  readonly horizons: readonly number[];
  /** Path points on or before the first origin. */
  readonly minPoints: number;
  /** Confidence of the intervals. */
  readonly confidence: number;
  /** The origins that have at least one forecast with an actual value, ascending. */
  readonly origins: readonly CalendarDate[];
  /**
   * The scale of `mase`: the mean absolute one-step error of the random walk with drift on the
   * monthly series (the last point of each month of the path), or `null` with fewer than two such
   * points.
   */
  readonly maseScale: number | null;
  /** One row per method and horizon, in the order of `methods`, then `horizons`. */
  readonly scores: readonly BacktestScore[];
  /** One row per origin, method and horizon with an actual value, in that order. */
  readonly forecasts: readonly BacktestForecast[];
  /** Issues found in the data that did not stop the backtest (decreases, baseline disagreements). */
  readonly warnings: readonly Issue[];
}
