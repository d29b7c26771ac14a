import { readObservations } from "../model/core.js";
import type { Observation, ObservationInput } from "../model/types.js";
import { readReconcileOptions, reconcileObservations } from "./core.js";
import type { Reconciliation, ReconcileOptions } from "./types.js";

/**
 * Turns reports from several counters into one cumulative path, and lists everything it did
 * ([reconciling reports](../../docs/methodology.md#reconciling-reports)):
 *
 * 1. **Same date.** Of several reports for one date one is kept: the first source of `prefer`
 *    that reported (among its own reports, by `sameDate`), else by `sameDate`: `median` (the
 *    median report; of an even number the lower middle one, so the kept figure was reported) or
 *    `latest` (the one listed last). Every such date is in `conflicts`, with the values by source
 *    and the one kept.
 * 2. **Outliers.** Each interior report is compared with the straight line through its two
 *    neighbours on the month axis; a residual more than `outlierThreshold` (3.5) robust standard
 *    deviations (1.4826 × MAD of the residuals) from the median residual is an outlier, judged
 *    one at a time, worst first. Every one is in `outliers`, with what its neighbours say; it is
 *    kept (`outliers: "keep"`, the default) or left out (`"drop"`).
 * 3. **Monotone.** A running total that falls is made non-decreasing (non-increasing for
 *    `direction: "decrease"`) by weighted isotonic regression (pool adjacent violators, weights
 *    by source, default 1), rounded to whole counts; a report marked `correction: true` starts a
 *    new run (a restatement may fall). Every moved report is in `adjustments`, with its source and
 *    the amount. With `monotone: false` the falls stay and are listed in `warnings`.
 *
 * The result's `observations` (one per date, each the kept report with its source and note) go to
 * `assess`, `project`, `backtest` and `burnUpChart` as they are. Every input report is accounted
 * for: it is kept (possibly moved), or a same-date report not kept (in `conflicts`), or a dropped
 * outlier. Pure; O(n log n + k n log n) for n reports and k outliers.
 *
 * @category Reconcile
 * @param observations - cumulative reports, any order, each with an optional `source` and `note`
 * @param options - `{ prefer?, sameDate?, monotone?, outliers?, outlierThreshold?, weights?, direction? }`
 * @returns `{ observations, conflicts, adjustments, outliers, warnings }`
 * @throws {OnboardingTargetsError} the observation errors (paths `observations.<i>…`);
 *   `invalid_enum` at `observations.<i>.kind` for an increment (reconcile compares running totals);
 *   `invalid_option` at `options.prefer.<i>` or `options.weights.<source>` for a source no report
 *   has (or one listed twice); `invalid_enum`, `invalid_number`, `out_of_range`, `unknown_key` for
 *   other bad options
 * @example
 * ```ts
 * import { reconcile } from "onboarding-targets";
 * const r = reconcile([
 *   { date: "2021-12-31", value: 16_400_000, source: "KemenkopUKM" },
 *   { date: "2021-12-31", value: 17_200_000, source: "BBI" },
 *   { date: "2022-03-28", value: 17_590_000, source: "KemenkopUKM" },
 *   { date: "2022-08-31", value: 20_200_000, source: "idEA" },
 *   { date: "2022-09-30", value: 19_950_000, source: "KemenkopUKM" },
 * ], { prefer: ["KemenkopUKM"] });
 * r.observations.map((o) => o.value);
 * //=> [16400000, 17590000, 20075000, 20075000]
 * [r.conflicts[0]?.kept.source, r.conflicts[0]?.reports.map((x) => x.value)];
 * //=> ["KemenkopUKM", [16400000, 17200000]]
 * r.adjustments.map((a) => [a.source, a.amount]);
 * //=> [["idEA", -125000], ["KemenkopUKM", 125000]]
 * ```
 */
export function reconcile(
  observations: readonly (Observation | ObservationInput)[],
  options?: ReconcileOptions,
): Reconciliation {
  const read = readObservations(observations, "observations");
  const settings = readReconcileOptions(options, "options");
  return reconcileObservations(read, settings, "observations");
}
