import type { Issue } from "../errors/core.js";
import type { Observation } from "../model/types.js";
import type { CalendarDate } from "../periods/core.js";
import type { Direction } from "../vocabulary/index.js";

/**
 * How reports for the same date are resolved when no preferred source decides: `median` (the
 * median report; of an even number, the lower of the two middle ones, so that the kept figure is
 * one that was reported, with its source) or `latest` (the report listed last: the most recent
 * when reports are appended as they come in).
 *
 * @category Reconcile
 */
export type SameDateRule = "median" | "latest";

/**
 * Options of {@link reconcile}. Every rule is in
 * [reconciling reports](../../docs/methodology.md#reconciling-reports).
 *
 * @category Reconcile
 */
export interface ReconcileOptions {
  /**
   * Sources in order of preference for reports on the same date: the first source in this list
   * that reported on a date is kept (among several reports of that source, by `sameDate`). A date
   * where none of them reported falls back to `sameDate`. Each must be the `source` of some report.
   */
  readonly prefer?: readonly string[];
  /** The rule for same-date reports that `prefer` does not decide; default `median`. */
  readonly sameDate?: SameDateRule;
  /**
   * Make the running total monotone (non-decreasing for `increase`) by weighted isotonic regression;
   * default `true`. With `false`, falls stay as reported and are listed in `warnings`.
   */
  readonly monotone?: boolean;
  /** What becomes of an outlier: `keep` (default: listed, kept in the path) or `drop` (listed, left out). */
  readonly outliers?: "keep" | "drop";
  /** Robust score above which a report is an outlier, > 0; default 3.5. */
  readonly outlierThreshold?: number;
  /** Weight of each source in the isotonic regression, > 0; default 1 for every report. */
  readonly weights?: Readonly<Record<string, number>>;
  /** `increase` (default: a running total, made non-decreasing) or `decrease` (made non-increasing). */
  readonly direction?: Direction;
}

/**
 * One report as the reconciliation lists it: its place in the input, date, value and source.
 *
 * @category Reconcile
 */
export interface ReconciledReport {
  /** Index in the input list. */
  readonly index: number;
  /** `YYYY-MM-DD`. */
  readonly date: CalendarDate;
  /** The value as reported. */
  readonly value: number;
  /** Its `source`, or `null` when it has none. */
  readonly source: string | null;
}

/**
 * Several reports for one date, and the one kept.
 *
 * @category Reconcile
 */
export interface SameDateConflict {
  /** The date they share. */
  readonly date: CalendarDate;
  /** Every report of that date, in input order. */
  readonly reports: readonly ReconciledReport[];
  /** The report kept. */
  readonly kept: ReconciledReport;
  /** What decided: `prefer` (a preferred source), `median` or `latest`. */
  readonly rule: "prefer" | SameDateRule;
}

/**
 * A kept report whose value the isotonic regression moved.
 *
 * @category Reconcile
 */
export interface Adjustment {
  /** Its date. */
  readonly date: CalendarDate;
  /** Index of the report in the input. */
  readonly index: number;
  /** Its source, or `null`. */
  readonly source: string | null;
  /** The value as reported. */
  readonly from: number;
  /** The value in the reconciled path. */
  readonly to: number;
  /** `to - from`. */
  readonly amount: number;
}

/**
 * A report far from its neighbours.
 *
 * @category Reconcile
 */
export interface Outlier {
  /** Its date. */
  readonly date: CalendarDate;
  /** Index of the report in the input. */
  readonly index: number;
  /** Its source, or `null`. */
  readonly source: string | null;
  /** The value as reported. */
  readonly value: number;
  /** What its neighbours say: their straight line on the month axis at its date, rounded. */
  readonly expected: number;
  /** `value - expected`. */
  readonly deviation: number;
  /** The robust score: the residual's distance from the median residual, in robust standard deviations. */
  readonly score: number;
  /** Whether it was left out of the path (`outliers: "drop"`). */
  readonly dropped: boolean;
}

/**
 * The answer of {@link reconcile}: one path, and everything that was done to get it.
 *
 * @category Reconcile
 */
export interface Reconciliation {
  /**
   * One cumulative observation per date, in date order: the kept report with its source and note
   * (and its value moved by the isotonic regression, if it was). Pass it to `assess`, `project`,
   * `backtest` or `burnUpChart` as it is.
   */
  readonly observations: readonly Observation[];
  /** Every date with more than one report, in date order. */
  readonly conflicts: readonly SameDateConflict[];
  /** Every kept report whose value was moved, in date order. */
  readonly adjustments: readonly Adjustment[];
  /** Every report flagged as an outlier, in date order. */
  readonly outliers: readonly Outlier[];
  /** What was left as it is but deserves a look: falls kept with `monotone: false` (`decreasing_series`). */
  readonly warnings: readonly Issue[];
}
