import { fail } from "../errors/OnboardingTargetsError.js";
import { readEnum, readObject } from "../read/index.js";
import { readDatedValue } from "../model/core.js";
import type { Observation, ObservationInput } from "../model/types.js";
import { cumulativePath } from "../path/core.js";
import { type CalendarDate, parseCalendarDate } from "../periods/calendarDate.js";
import { projectPath } from "./internal/projectPath.js";
import { PROJECTION_CHOICE_KEYS, readOpenNumber, readProjectionChoices } from "./internal/readChoices.js";
import { DIRECTIONS, METHOD_CHOICES, PROJECTION_PERIODS } from "../vocabulary/index.js";
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
];

/**
 * Projects the observed cumulative path forward: fits one of six methods to the baseline (when
 * given) and the observations on or before `asOf`, and returns the projected path with
 * prediction intervals, `valueAt(date)` and `dateReaching(value)`.
 *
 * The x axis is [the month axis](../../docs/methodology.md#the-month-axis)
 * (`pos(D) = 12·year + month - 1 + day/daysInMonth`), so slopes and rates are per month. The
 * projection starts at its `origin`, the last point of the path on or before `asOf`; `points` holds
 * one point per period end after it, up to `until`.
 *
 * Methods (parameters per month; `h` = months after the origin):
 * - `run-rate`: `y_o + r·h`, r the trailing mean increment over `window` months (default 3;
 *   the whole path when shorter), interpolated on the month axis. Interval: a random walk around r, the steps' spread σ from the
 *   whole path and the rate's error from the window, `± t_{(1+c)/2,m-1}·σ·sqrt(h + h²/w)` (needs
 *   3 points). Parameters `rate`, `window`, `residualStandardError`, `degreesOfFreedom`.
 * - `linear`: with `fitOn: 'increments'` (default, as in `backtest` and `assess`), the random walk
 *   with drift: `y_o + μ·h`, μ = mean monthly increment, interval `± t_{(1+c)/2,m-1}·σ·sqrt(h + h²/span)`
 *   over m increments (needs 3 points); with `fitOn: 'cumulative'`, OLS `y = b0 + b1·h` on every
 *   point, with the prediction interval `ŷ ± t_{(1+c)/2,n-2}·s·sqrt(1 + 1/n + (h - x̄)²/Sxx)`
 *   (needs 3 points). A cumulative series' residuals are autocorrelated, so the OLS interval is
 *   too narrow: when their lag-1 autocorrelation exceeds 1.645/√n it warns
 *   `autocorrelated_residuals`. Parameters `intercept` (at the origin), `slope`,
 *   `residualStandardError`, `degreesOfFreedom`, and `meanX`, `sxx` or `span`.
 * - `cagr`: `y_o·(1+g)^h`, g the compound monthly growth from the first to the last point.
 *   Interval: the random walk of `ln y` with drift `ln(1+g)`,
 *   `ŷ·exp(± t_{(1+c)/2,m-1}·s·sqrt(h + h²/span))` (needs 3 points). Parameters `monthlyGrowth`,
 *   `annualGrowth`, `span`, `logResidualStandardError`, `degreesOfFreedom`.
 * - `logistic`: `K / (1 + e^{-r(h - h0)})` on the positive points; K = `capacity` or fitted.
 *   Least squares on the curve: r, h0 (and K when fitted) minimise `Σ (y - K/(1 + e^{-r(h - h0)}))²`
 *   with K in `max(y)·[1.001, 1001]`, |r| ≤ 20 per month (bounded Levenberg–Marquardt from
 *   logit-line starts). Never reaches K: `dateReaching(≥ K)` is `'beyond-capacity'`.
 *   Interval: residual bootstrap of 300 refits (`residual-bootstrap`). Parameters `capacity`,
 *   `rate`, `midpoint`.
 * - `bass`: `N0 + M·F(h - launch)`, `F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p)e^{-(p+q)t})`, the
 *   launch at the first point with value N0; `{ p, q, M }` given in `bass` or fitted by least
 *   squares on the curve: they minimise `Σ (y - N0 - M·F(h - launch))²` over the points after the
 *   launch with p in [1e-5, 0.5], q in [1e-4, 2], M ≥ 0 (bounded Levenberg–Marquardt from a
 *   7 × 7 grid of (p, q), M solved exactly for each). Capacity K = N0 + M. Interval: residual
 *   bootstrap of 300 refits (`residual-bootstrap`). For both curves, parameters the data cannot pin
 *   down are reported as `poorly_determined` warnings.
 * - `damped`: Holt's linear trend with a damped trend, ETS(A,Ad,N), on the increments: the pace
 *   of each interval between points, `u_i = Δy_i/Δx_i`, each interval one step (of the mean
 *   length Δ = span/m; the model wants even spacing: month ends, weeks or days). Per step:
 *   `û = l + φb`, `e = u - û`, `l ← û + αe`, `b ← φb + βe`. α, β, φ and the initial l, b minimise
 *   `Σ e²` with α and β/α in [1e-4, 0.9999], φ in [0.8, 0.98] (as statsmodels' `ETSModel`), or
 *   `damped: { alpha, beta, phi }` is given and only l, b are fitted. From y_o, step k's pace is
 *   `l + (φ + … + φ^k)·b`, accruing evenly over the step; the pace settles at `l + b·φ/(1 - φ)`
 *   (`longRunRate`), and the total can turn down when that is negative. Interval (`state-space`): the
 *   model's variance of the summed steps plus the error of the fitted initial states, averaged over
 *   α, β, φ weighted by their likelihood (uniform prior on the box); with `damped` given, Student's
 *   t at those parameters. Parameters `alpha`, `beta`, `phi`,
 *   `level`, `trend`, `longRunRate`, `initialLevel`, `initialTrend`, `step`,
 *   `residualStandardError`, `degreesOfFreedom`.
 * - `auto`: backtests the methods on the path up to `asOf` (see {@link backtest}: origins from the
 *   6th point on, the latest 24, at 3, 6 or 12 months, whichever is nearest the months from the
 *   origin to `until` and has at least 3 origins with an actual value) and projects with the one
 *   of lowest mean absolute scaled error, comparing the methods on the origins at which all of them
 *   could be fitted. With too few points for that, or a path that grows by the same amount every
 *   month, it uses `linear` on increments (the random walk with drift). `method` is the method
 *   chosen; `selection` says why, with the scores. It costs a point fit of every method at each
 *   origin: about 80 ms on 36 monthly points, seconds on ten years of daily points.
 *
 * Data: observations are read as `cumulativeSeries` reads them (cumulative or increments, any
 * order, one figure per date). A fall of the running total is kept as reported and listed in
 * `warnings` (`decreasing_series`), unless `direction` is `decrease` (a level meant to fall).
 *
 * Numbers: projections are floating-point numbers, not Decimals. Fitting curves is statistics
 * (logarithms, exponentials, t quantiles) whose error is set by the data's noise, not by rounding;
 * floats keep `assess` fast on long daily series. Counts in, numbers out; never NaN.
 *
 * Complexity: O(n log n) for n observations (sorting), plus O(n) per evaluation of a curve
 * (about 110 for fitted Bass, 55 for fitted logistic, 130 to 430 for fitted damped) and O(points).
 *
 * @category Projection
 * @param observations - observations (cumulative or increments, any order; see `cumulativeSeries`)
 * @param options - `{ method, until, asOf?, period?, confidence?, baseline?, fitOn?, window?, capacity?, bass?, damped?, direction? }`
 * @returns the {@link Projection}; JSON-serialisable (its two methods are non-enumerable)
 * @throws {OnboardingTargetsError} invalid observations or options (`invalid_enum`, `invalid_date`,
 *   `invalid_number`, `missing_field`, `unknown_key`, `duplicate_date`); `too_few_points` when the
 *   method cannot be fitted (run-rate and linear need 2 points on distinct dates, cagr 2,
 *   logistic 3 positive ones (2 with `capacity`), bass 3, damped 11 (4 with `damped`));
 *   `out_of_range` for `cagr` when a value is ≤ 0, for a `capacity` not above every value, for
 *   `damped` values outside their ranges, for more than 10 000 points, or a projected value that
 *   overflows
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
  if (o.asOf !== undefined) parseCalendarDate(o.asOf, "options.asOf");
  const asOf = o.asOf as CalendarDate | undefined;
  const period = o.period === undefined ? "month" : readEnum(o.period, "options.period", PROJECTION_PERIODS);
  const confidence = o.confidence === undefined ? 0.9 : readOpenNumber(o.confidence, "options.confidence", 0, 1);
  const choices = readProjectionChoices(o, "options", "increments");

  const direction = o.direction === undefined ? "increase" : readEnum(o.direction, "options.direction", DIRECTIONS);
  const baseline = o.baseline === undefined ? undefined : readDatedValue(o.baseline, "options.baseline");
  const built = cumulativePath(observations, {
    baseline,
    onDecrease: "warn",
    direction,
    path: "observations",
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
