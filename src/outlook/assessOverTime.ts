import { ASSESS_OPTION_KEYS, assessPath, readAssessOptions, type AssessSettings } from "../assessment/core.js";
import type { Assessment } from "../assessment/types.js";
import { goalInForceOf, readObservations, readTarget } from "../model/core.js";
import type { Observation, ObservationInput, Target, TargetInput } from "../model/types.js";
import { cumulativePath, type PathPoint } from "../path/core.js";
import { reconcileObservations } from "../reconcile/core.js";
import { readObject } from "../read/index.js";
import { readOutlookDates } from "./internal/outlookDates.js";
import type { AssessOverTimeOptions, OutlookRow } from "./types.js";

/**
 * What an assessment would have said at each of a list of dates: one row per date, each seeing
 * only what was known by then (the reports dated on or before it, and the goal in force then;
 * [the outlook over time](../../docs/methodology.md#the-outlook-over-time)). A row holds the goal in
 * force, the status, the current report, the attainment, the projected value at the goal date with
 * its interval, the chance of reaching the goal on time and the ETA with its range.
 *
 * Each row equals the same fields of `assess(target, observations, { ...options, asOf })`, at a
 * fraction of the cost (the input is read once). With `reconcile`, the reports known by each date
 * are reconciled for that row, so a later report never moves an earlier row.
 *
 * @category Outlook
 * @param target - the target, with its `revisions` if the goal moved
 * @param observations - its reports, any order
 * @param options - `{ asOf, ...assess's options }`; `asOf` is a list of dates in increasing order or
 *   `{ every: "month", from, to }`
 * @returns one {@link OutlookRow} per date, in date order
 * @throws {OnboardingTargetsError} `assess`'s errors; at `options.asOf`: `invalid_date`,
 *   `invalid_option` for dates out of order (at the first one that does not come after the one
 *   before) or `to` before `from`, `invalid_enum` for an `every` other than `month`, `out_of_range`
 *   beyond 1 200 rows; `missing_field` without `asOf`
 * @example
 * ```ts
 * import { assessOverTime } from "onboarding-targets";
 * const target = {
 *   id: "umkm-digital", unit: "UMKM", baseline: { date: "2020-12-31", value: 11_700_000 }, goal: { date: "2023-12-31", value: 30_000_000 },
 *   revisions: [{ announced: "2022-03-28", goal: { date: "2024-12-31", value: 30_000_000 } }],
 * };
 * const reports = [
 *   { date: "2021-05-31", value: 13_700_000, source: "idEA" },
 *   { date: "2021-10-01", value: 15_900_000, source: "KemenkopUKM" },
 *   { date: "2021-12-31", value: 16_400_000, source: "KemenkopUKM" },
 *   { date: "2022-03-28", value: 17_590_000, source: "KemenkopUKM" },
 * ];
 * // The goal moved a year on 28 March 2022: the same trend is on track for the new date.
 * const rows = assessOverTime(target, reports, { asOf: { every: "month", from: "2022-01-31", to: "2022-04-30" } });
 * rows.map((r) => [r.asOf, r.goal.date, r.status]);
 * //=> [["2022-01-31", "2023-12-31", "needs-acceleration"], ["2022-02-28", "2023-12-31", "needs-acceleration"], ["2022-03-31", "2024-12-31", "on-track"], ["2022-04-30", "2024-12-31", "on-track"]]
 * ```
 */
export function assessOverTime(
  target: TargetInput | Target,
  observations: readonly (Observation | ObservationInput)[],
  options: AssessOverTimeOptions,
): OutlookRow[] {
  const t = readTarget(target, "target");
  const o = readObject(options, "options", ASSESS_OPTION_KEYS);
  if (o.asOf === undefined) readAssessOptions(o, "options"); // missing_field at options.asOf
  const dates = readOutlookDates(o.asOf, "options.asOf");
  if (dates.length === 0) return [];
  // The other options, read once (with a valid date in place of the list).
  const settings = readAssessOptions({ ...o, asOf: dates[0] }, "options");
  const reports = readObservations(observations, "observations");
  // Without reconcile, one path for every row: each row reads the points up to its date.
  const shared =
    settings.reconcile === null
      ? cumulativePath(reports, { baseline: t.baseline, onDecrease: "warn", direction: t.direction }).points
      : null;
  return dates.map((asOf) => {
    const s: AssessSettings = { ...settings, asOf };
    const points = shared ?? reconciledPath(t, reports, s);
    return rowOf(t, assessPath(t, points, [], s));
  });
}

/** The path of the reports known by `s.asOf`, reconciled. */
function reconciledPath(t: Target, reports: readonly Observation[], s: AssessSettings): PathPoint[] {
  const r = reconcileObservations(
    reports,
    { ...(s.reconcile as NonNullable<AssessSettings["reconcile"]>), direction: t.direction },
    "observations",
    s.asOf,
  );
  return cumulativePath(r.observations, { baseline: t.baseline, onDecrease: "warn", direction: t.direction }).points;
}

function rowOf(t: Target, a: Assessment): OutlookRow {
  const g = goalInForceOf(t, a.asOf);
  const p = a.projection;
  return {
    asOf: a.asOf,
    goal: g.goal,
    goalAnnounced: g.announced,
    status: a.status,
    current: a.current,
    attainment: a.attainment,
    projected: p === null ? null : { value: p.valueAtGoal, lower: p.lower, upper: p.upper },
    probabilityOnTime: p === null ? null : p.probabilityOnTime,
    probabilityReason: p === null ? "no-projection" : p.probabilityReason,
    eta: a.eta,
  };
}
