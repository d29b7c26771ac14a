import { fail } from "../errors/core.js";
import { readConfidence, readEnum, readObject } from "../read/index.js";
import type { Observation, ObservationInput } from "../model/index.js";
import { cumulativePath, readPathOptions } from "../path/core.js";
import { type CalendarDate, parseCalendarDate } from "../periods/core.js";
import { reconcileOption } from "../reconcile/core.js";
import { projectPath } from "./internal/projectPath.js";
import { PROJECTION_CHOICE_KEYS, readProjectionChoices } from "./internal/readChoices.js";
import { METHOD_CHOICES, PROJECTION_PERIODS } from "../vocabulary/index.js";
import type { Projection, ProjectionOptions } from "./types.js";

const OPTION_KEYS = [
  "method",
  "until",
  "asOf",
  "period",
  "confidence",
  "baseline",
  ...PROJECTION_CHOICE_KEYS,
  "direction",
  "reconcile",
];

/**
 * Projects the observed cumulative path forward with one of six methods (`run-rate`, `linear`,
 * `cagr`, `logistic`, `bass`, `damped`) or the one a backtest chooses (`auto`), fitted to the
 * baseline (when given) and the observations on or before `asOf`. The projection starts at its
 * `origin`, the last point on or before `asOf`; `points` holds one point per period end after it,
 * up to `until`, with its prediction interval; `valueAt(date)`, `dateReaching(value)` and the other
 * methods read the fitted model. Values are floating point, per month on the month axis, never NaN.
 * Each method's model, interval and parameters: [projection methods](../../docs/methodology.md#projection-methods) and
 * [what project computes](../../docs/methodology.md#what-project-computes) in the methodology. O(n log n) for n
 * observations, plus the fit.
 *
 * @see The guides [from data to a dashboard](../../docs/guides/6-from-data-to-a-dashboard.md#4-where-the-trend-leads)
 *   (a projection for a chart), [choosing a projection method](../../docs/guides/4-choosing-a-projection-method.md)
 *   and [cumulative vs increment](../../docs/guides/2-cumulative-vs-increment.md#which-one-to-fit) (`fitOn`).
 * @category Projection
 * @param observations - observations (cumulative or increments, any order; see `cumulativeSeries`)
 * @param options - `{ method, until, asOf?, period?, confidence?, baseline?, fitOn?, window?, capacity?, bass?, damped?, direction?, reconcile? }`;
 *   with `reconcile` the reports dated on or before `asOf` are first reconciled (see `reconcile`)
 * @returns the {@link Projection}; JSON-serialisable (its two methods are non-enumerable)
 * @throws {OnboardingTargetsError} invalid observations or options (`invalid_enum`, `invalid_date`,
 *   `invalid_number`, `missing_field`, `unknown_key`, `duplicate_date`); `too_few_points` when the
 *   method cannot be fitted (run-rate and linear need 2 points on distinct dates, cagr 2,
 *   logistic 3 positive ones (2 with `capacity`), bass 3, damped 11 (4 with `damped`));
 *   `out_of_range` for `cagr` when a value is ≤ 0, for a `capacity` not above every value, for
 *   `damped` values outside their ranges, for more than 10 000 points, or a projected value that
 *   overflows; `reconcile`'s errors at `options.reconcile…`
 * @example
 * ```ts
 * import { project } from "onboarding-targets";
 * // The composite example of the methodology: 0 at the baseline, 3 000 nine months later, goal 10 000 at month 24.
 * const p = project([{ date: "2023-09-30", value: 3000 }], {
 *   method: "run-rate", until: "2024-12-31", baseline: { date: "2022-12-31", value: 0 },
 * });
 * Math.round(p.valueAt("2024-12-31").value);
 * //=> 8000
 * p.dateReaching(10_000);
 * //=> { date: "2025-06-30" }
 * p.points.length;
 * //=> 15
 * ```
 */
export function project(
  observations: readonly (Observation | ObservationInput)[],
  options: ProjectionOptions,
): Projection {
  const o = readObject(options, "options", OPTION_KEYS);
  const method = readEnum(o.method, "options.method", METHOD_CHOICES);
  if (o.until === undefined)
    fail("missing_field", "options.until", "the last date of the projection is required (YYYY-MM-DD)");
  parseCalendarDate(o.until, "options.until");
  const until = o.until as CalendarDate;
  const { asOf, baseline, direction } = readPathOptions(o, "options");
  const period = o.period === undefined ? "month" : readEnum(o.period, "options.period", PROJECTION_PERIODS);
  const confidence = readConfidence(o.confidence, "options.confidence");
  const choices = readProjectionChoices(o, "options", "increments");

  // With `reconcile`, the path is the reconciliation of the reports known by `asOf`.
  const reconciled =
    reconcileOption(observations, o.reconcile, "options.reconcile", "observations", direction, asOf)?.observations ??
    observations;
  const built = cumulativePath(reconciled, {
    baseline,
    onDecrease: "warn",
    direction,
    path: reconciled === observations ? "observations" : "reconciled",
    baselinePath: "options.baseline",
  });
  return projectPath(built.points, built.warnings, {
    method,
    until,
    asOf,
    period,
    confidence,
    ...choices,
  });
}
