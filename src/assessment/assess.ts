import { fail } from "../errors/core.js";
import { readConfidence, readEnum, readObject } from "../read/index.js";
import { readTarget } from "../model/core.js";
import type { Observation, ObservationInput, Target, TargetInput } from "../model/index.js";
import { parseCalendarDate } from "../periods/core.js";
import { cumulativePath } from "../path/core.js";
import { assessPath, type AssessSettings } from "./internal/assessPath.js";
import { readThresholds } from "./internal/presets.js";
import { PROJECTION_CHOICE_KEYS, readProjectionChoices } from "../projection/core.js";
import type { Assessment, AssessOptions } from "./types.js";
import { DEFAULT_LOCALE, LOCALES, METHOD_CHOICES, PRESETS } from "../vocabulary/index.js";

/**
 * One call that answers a user's questions about a target: how far along, on pace or not, what
 * monthly rate is now needed, where the trend leads, when the goal is reached, and a status, with
 * short sentences in English and Bahasa Indonesia to paste into a report.
 *
 * Everything is measured at the latest observation on or before `asOf` (later ones are ignored;
 * the baseline counts as a point of the path but not as an observation): `attainment`,
 * `progress`, `planToDate`, `pace`, `required` (`requiredMonthlyRate`), `runRate` and
 * `accelerationNeeded` come from the Progress functions and are exact Decimals. The projection
 * (default `linear` fitted on increments: the random walk with drift, the baseline counting as a
 * point) runs to the goal date; its values are floating point (see `project`). Its interval is the
 * one to trust for a running total: OLS on cumulative values (`fitOn: "cumulative"`) has
 * autocorrelated residuals, so its interval is too narrow
 * ([random walk with drift](../../docs/methodology.md#random-walk-with-drift)).
 * `projection.probabilityOnTime` is the chance, from the same predictive distribution, that the
 * value at the end of the goal date is at or beyond the goal in the target's direction (`null` with
 * `probabilityReason` once achieved, past the goal date, or without an interval); its `interval`
 * says what the interval rests on, and the projection's own warnings (`poorly_determined`) join
 * `warnings`.
 *
 * `method: "auto"` chooses the projection's method as `project` does
 * ([backtests and automatic choice](../../docs/methodology.md#backtests-and-automatic-choice)):
 * a backtest of the methods on the same path (point forecasts only), at the horizon of 3, 6 or 12
 * months nearest the months from the current observation to the goal date, and the method of
 * lowest MASE; with too few points for the backtest, `linear` on increments.
 * `projection.method` is the method chosen, `projection.selection` says why (absent when the
 * method is named), and the explanation says it in one sentence. It costs a point fit of every
 * method at each backtest origin: about 80 ms on 36 monthly points.
 *
 * Status, in this order ([status and presets](../../docs/methodology.md#status-and-presets)):
 * 1. no observation on or before `asOf`: `insufficient-data`;
 * 2. the latest value has reached the goal in the target's direction: `achieved`;
 * 3. the goal date has passed (on or before the latest observation) short of the goal:
 *    `off-track`, or `regressing` when the value moved away from the baseline's side;
 * 4. otherwise the preset's measure against its cut-offs (see {@link StatusPreset}; lower edges
 *    inclusive): by default Q = projected progress at the goal date, `Q ≥ 0.95` on track,
 *    `0.6 ≤ Q < 0.95` needs acceleration, `0 ≤ Q < 0.6` off track, `Q < 0` regressing. A measure
 *    that cannot be computed (e.g. `open-sdg` growth rates from a zero baseline, one point only)
 *    gives `insufficient-data`, with the reason in `measure.reason`.
 *
 * `eta` is the projection's `dateReaching(goal)`: the first date from the current observation on
 * at which the projected path reaches the goal (`never-at-this-pace`, `beyond-capacity` or
 * `insufficient-data` otherwise); once achieved, the date of the first point that reached it. An
 * OLS trend line can lie past the goal at the current date while the observation does not; the
 * eta is then that date. `eta.earliest` and `eta.latest` are the projection's
 * `dateReachingRange(goal)`, where the interval's two ends reach the goal (earliest ≤ date ≤
 * latest); once achieved both are the date it was reached.
 *
 * Unmarked decreases of an `increase` target are kept as reported and listed in `warnings`.
 *
 * Complexity: O(n log n) for n observations; the run rate reads only the trailing window.
 *
 * @category Assessment
 * @param target - the target
 * @param observations - its observations (cumulative or increments, any order)
 * @param options - `{ asOf, method?, preset?, thresholds?, locale?, confidence?, fitOn?, window?,
 *   capacity?, bass?, damped? }`; `method` is one of the six or `auto`; `locale` (of `summary`) defaults to `DEFAULT_LOCALE` (`en`);
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
 *   `invalid_number`, `out_of_range`, `unknown_key` at `options.fitOn`, `options.bass.p`…)
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
 * // Two more reports, 900 at month 3 and 2 100 at month 6: the steps' spread gives an interval.
 * const b = assess(target, [{ date: "2023-03-31", value: 900 }, { date: "2023-06-30", value: 2100 }, { date: "2023-09-30", value: 3000 }], { asOf: "2023-10-15" });
 * [b.projection?.interval.kind, Math.round(b.projection?.lower ?? 0), Math.round(b.projection?.upper ?? 0)];
 * //=> ["random-walk-with-drift", 6153, 9847]
 * [b.projection?.probabilityOnTime?.toFixed(3), b.eta];
 * //=> ["0.044", { "date": "2025-06-30", "earliest": { "date": "2025-01-11" }, "latest": { "date": "2026-05-13" } }]
 * b.explanation.en.slice(6);
 * //=> ["About a 4% chance of reaching 10,000 UMKM by December 2024.", "At this trend the goal is reached on 30 June 2025.", "Expected between January 2025 and May 2026 (90% range)."]
 * // method "auto" on three reports: too few for a backtest, so the random walk with drift, as b.
 * const c = assess(target, [{ date: "2023-03-31", value: 900 }, { date: "2023-06-30", value: 2100 }, { date: "2023-09-30", value: 3000 }], { asOf: "2023-10-15", method: "auto" });
 * [c.projection?.method, c.projection?.selection, c.projection?.valueAtGoal === b.projection?.valueAtGoal];
 * //=> ["linear", { "method": "linear", "horizon": null, "scores": {}, "reason": "too-few-points-for-backtest" }, true]
 * c.explanation.en[5];
 * //=> "Too few months of data to compare methods by backtest: projected with the linear trend on increments."
 * ```
 */
export function assess(
  target: TargetInput | Target,
  observations: readonly (Observation | ObservationInput)[],
  options: AssessOptions,
): Assessment {
  const t = readTarget(target, "target");
  const settings = readAssessOptions(options, "options");
  const { points, warnings } = cumulativePath(observations, {
    baseline: t.baseline,
    baselinePath: "target.baseline",
    onDecrease: "warn",
    direction: t.direction,
  });
  return assessPath(t, points, warnings, settings);
}

/** Reads the options shared by `assess` and `assessProgramme`. @internal */
export function readAssessOptions(options: unknown, path: string): AssessSettings {
  const o = readObject(options, path, [
    "asOf",
    "method",
    "preset",
    "thresholds",
    "locale",
    "confidence",
    ...PROJECTION_CHOICE_KEYS,
  ]);
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
    // The default fit is on increments, the random walk with drift, whose interval holds a running
    // total's real spread.
    ...readProjectionChoices(o, path, "increments"),
  };
}
