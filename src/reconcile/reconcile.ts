import { readObservations } from "../model/core.js";
import type { Observation, ObservationInput } from "../model/types.js";
import { readReconcileOptions, reconcileObservations } from "./core.js";
import type { Reconciliation, ReconcileOptions } from "./types.js";

/**
 * Turns reports from several counters into one cumulative path, and lists everything it did:
 * one report kept per date (`prefer`, else `sameDate`: `median` or `latest`; each such date in
 * `conflicts`), outliers against their neighbours flagged (`outliers`: kept or dropped), and a
 * running total that falls made monotone by weighted isotonic regression (each moved report in
 * `adjustments`; with `monotone: false` the falls stay, in `warnings`). Every input report is
 * accounted for. The rules: [reconciling reports](../../docs/methodology.md#reconciling-reports).
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
