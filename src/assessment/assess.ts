import { fail } from "../errors/core.js";
import { readConfidence, readEnum, readObject } from "../read/index.js";
import { readObservations, readTarget } from "../model/core.js";
import type { Observation, ObservationInput, Target, TargetInput } from "../model/index.js";
import { parseCalendarDate } from "../periods/core.js";
import { cumulativePath } from "../path/core.js";
import { withAssessedFrom } from "./internal/assessedFrom.js";
import { assessPath, type AssessSettings } from "./internal/assessPath.js";
import { readThresholds } from "./internal/presets.js";
import { PROJECTION_CHOICE_KEYS, PROJECTION_TUNING_KEYS, readProjectionChoices } from "../projection/core.js";
import { readReconcileOptions, reconcileObservations } from "../reconcile/core.js";
import type { Assessment, AssessOptions } from "./types.js";
import { DEFAULT_LOCALE, LOCALES, METHOD_CHOICES, PRESETS } from "../vocabulary/index.js";

/**
 * One call that answers a user's questions about a target: how far along, on pace or not, what
 * monthly rate is now needed, where the trend leads, when the goal is reached, and a status, with
 * short sentences in English and Bahasa Indonesia to paste into a report. Everything is measured
 * at the latest observation on or before `asOf`; the progress measures are exact Decimals, the
 * projection (default `linear` on increments) runs to the goal date in floating point. How the
 * status, the ETA and the projection are decided: [what assess computes](../../docs/methodology.md#what-assess-computes)
 * and [status and presets](../../docs/methodology.md#status-and-presets) in the methodology. Data warnings are those about observations dated on or before `asOf`
 * (an assessment sees what was known by its date). With `reconcile` (`true` or `reconcile`'s
 * options) the reports dated on or before `asOf` are first reconciled into one path (see
 * `reconcile`), and `reconciliation` lists what was done. O(n log n) for n observations.
 *
 * @see The guides [from data to a dashboard](../../docs/guides/6-from-data-to-a-dashboard.md#3-where-the-target-stands)
 *   (one target from JSON and a CSV file to a status, a chart and a table),
 *   [choosing a projection method](../../docs/guides/4-choosing-a-projection-method.md#status-presets) (the
 *   method and the preset) and [the record, 2019–2024](../../docs/guides/7-the-record-2019-2024.md) (an assessment
 *   replayed over five years of published figures).
 * @category Assessment
 * @param target - the target
 * @param observations - its observations (cumulative or increments, any order)
 * @param options - `{ asOf, method?, preset?, thresholds?, locale?, confidence?, fitOn?, window?,
 *   capacity?, bass?, damped?, reconcile? }`; `method` is one of the six or `auto`; `locale` (of `summary`) defaults to `DEFAULT_LOCALE` (`en`);
 *   `fitOn` (default `increments`), `window`, `capacity`, `bass` and `damped` go to the projection
 *   as in `project`
 *   (`window` is the run-rate projection's; `runRate` always reads 3 months)
 * @returns the {@link Assessment}, a plain JSON-serialisable object
 * @throws {OnboardingTargetsError} target or observation validation errors (paths `target…`,
 *   `observations…`); `duplicate_date`; `missing_field` / `invalid_date` at `options.asOf`;
 *   `invalid_enum` for a bad `method`, `preset` or `locale`; `invalid_number` / `out_of_range` for
 *   thresholds out of order or a confidence outside (0, 1); `invalid_option` at
 *   `options.thresholds.offTrack` for a number with the `destatis` preset (it has no such cut-off);
 *   `project`'s errors for `fitOn`, `window`, `capacity`, `bass` and `damped` (`invalid_enum`,
 *   `invalid_number`, `out_of_range`, `unknown_key` at `options.fitOn`, `options.bass.p`…);
 *   `reconcile`'s errors at `options.reconcile…` (`invalid_option` for a source no report has)
 * @example
 * ```ts
 * import { assess } from "onboarding-targets";
 * // The composite example of the methodology: goal 10 000 by month 24 from 0; 3 000 at month 9.
 * const target = { id: "t", unit: "UMKM", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2024-12-31", value: 10_000 } };
 * const a = assess(target, [{ date: "2023-09-30", value: 3000 }], { asOf: "2023-10-15" });
 * [a.status, a.projection?.valueAtGoal, a.eta.date];
 * //=> ["needs-acceleration", 8000, "2025-06-30"]
 * [a.pace?.ratio?.toString(), a.required?.perMonth?.toFixed(2), a.accelerationNeeded?.ratio?.toFixed(2)];
 * //=> ["0.8", "466.67", "1.40"]
 * a.explanation.id[3];
 * //=> "Perlu 467 UMKM per bulan hingga Desember 2024."
 * ```
 */
export function assess(
  target: TargetInput | Target,
  observations: readonly (Observation | ObservationInput)[],
  options: AssessOptions,
): Assessment {
  const t = readTarget(target, "target");
  const settings = readAssessOptions(options, "options");
  // With `reconcile`, the path is the reconciliation of what was known by `asOf`.
  const reconciliation =
    settings.reconcile === null
      ? undefined
      : reconcileObservations(
          readObservations(observations, "observations"),
          { ...settings.reconcile, direction: t.direction },
          "observations",
          settings.asOf,
        );
  const { points, warnings } = cumulativePath(reconciliation?.observations ?? observations, {
    baseline: t.baseline,
    baselinePath: "target.baseline",
    ...(reconciliation && { path: "reconciliation.observations" }),
    onDecrease: "warn",
    direction: t.direction,
    // Only what was known by `asOf`: no warning about an observation dated after it.
    asOf: settings.asOf,
  });
  const a = assessPath(t, points, warnings, settings);
  // What the chart of this assessment needs to draw the same projection (not enumerable).
  const o = options as unknown as Record<string, unknown>;
  const projection = Object.fromEntries(PROJECTION_TUNING_KEYS.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
  const from = { target: t, observations: reconciliation?.observations ?? observations, projection };
  return withAssessedFrom(reconciliation === undefined ? a : { ...a, reconciliation }, from);
}

/** The keys of `assess`'s options. @internal */
export const ASSESS_OPTION_KEYS = [
  "asOf",
  "method",
  "preset",
  "thresholds",
  "locale",
  "confidence",
  "reconcile",
  ...PROJECTION_CHOICE_KEYS,
];

/** Reads the options shared by `assess` and `assessProgramme`. @internal */
export function readAssessOptions(options: unknown, path: string): AssessSettings {
  const o = readObject(options, path, ASSESS_OPTION_KEYS);
  if (o.asOf === undefined)
    fail(
      "missing_field",
      `${path}.asOf`,
      "the date of the assessment is required (YYYY-MM-DD); nothing reads the clock",
    );
  parseCalendarDate(o.asOf, `${path}.asOf`);
  const method = o.method === undefined ? "linear" : readEnum(o.method, `${path}.method`, METHOD_CHOICES);
  const preset = o.preset === undefined ? "default" : readEnum(o.preset, `${path}.preset`, PRESETS);
  const locale = o.locale === undefined ? DEFAULT_LOCALE : readEnum(o.locale, `${path}.locale`, LOCALES);
  const confidence = readConfidence(o.confidence, `${path}.confidence`);
  return {
    asOf: o.asOf as string,
    method,
    preset,
    thresholds: readThresholds(preset, o.thresholds, `${path}.thresholds`),
    locale,
    confidence,
    reconcile:
      o.reconcile === undefined || o.reconcile === false
        ? null
        : readReconcileOptions(o.reconcile, `${path}.reconcile`, "increase"),
    // The default fit is on increments, the random walk with drift, whose interval holds a running
    // total's real spread.
    ...readProjectionChoices(o, path, "increments"),
  };
}
