/**
 * The library's shared words, each list in one place: the constant a reader validates against
 * and the type named after it come from the same array, so adding a word adds it everywhere.
 * The public names (`LOCALES`, `DEFAULT_LOCALE` and the types) are re-exported by the folders
 * whose functions take them.
 * @module
 */
import type { ErrorReason } from "../errors/index.js";

/**
 * Which way is better: `increase` (more is better, the default) or `decrease` (for example
 * reducing the number of offline-only firms).
 *
 * @category Vocabulary
 */
export type Direction = "increase" | "decrease";
/** The directions of a target, the default first. @internal */
export const DIRECTIONS = ["increase", "decrease"] as const satisfies readonly Direction[];

/**
 * What to do when a cumulative series falls without being marked `correction: true`:
 * `"error"` throws `decreasing_series` (the default); `"warn"` keeps the value as reported and
 * lists the decrease in the result's warnings. The value is never changed.
 *
 * @category Vocabulary
 */
export type OnDecrease = "error" | "warn";
/** The ways to treat an unmarked decrease, the default first. @internal */
export const ON_DECREASE = ["error", "warn"] as const satisfies readonly OnDecrease[];

/**
 * The calendar period a series is counted in. Labels: `day` `YYYY-MM-DD`, `week` `YYYY-Www`
 * (ISO 8601 week-numbering year and week), `month` `YYYY-MM`, `quarter` `YYYY-Qn`, `year` `YYYY`.
 *
 * @category Vocabulary
 */
export type Period = "day" | "week" | "month" | "quarter" | "year";
/** The period kinds of a series, in order of length. @internal */
export const PERIODS = ["day", "week", "month", "quarter", "year"] as const satisfies readonly Period[];

/**
 * How a {@link Projection} extends the observed path
 * ([projection methods](../../docs/methodology.md#projection-methods)):
 *
 * - `run-rate`: the trailing mean monthly increment (default window 3 months), extended as a
 *   straight line from the last observation.
 * - `linear`: the mean monthly increment of a random walk with drift (`fitOn: "increments"`, the
 *   default), or ordinary least squares on the cumulative values with a Student-t prediction
 *   interval (`fitOn: "cumulative"`; see {@link ProjectionOptions.fitOn}).
 * - `cagr`: compound growth at the constant monthly rate from the first to the last point;
 *   refused (error `out_of_range`) when a value is ≤ 0.
 * - `logistic`: `K / (1 + e^{-r (x - x0)})`, saturating at the capacity `K` (given or fitted).
 * - `bass`: Bass diffusion `N0 + M·F(x - launch)` from the first point, `F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t})`.
 * - `damped`: Holt's linear trend with a damped trend, ETS(A,Ad,N), on the monthly increments: a
 *   smoothed pace whose trend fades, so the pace settles (α, β, φ estimated or given).
 *
 * @category Vocabulary
 */
export type ProjectionMethod = "run-rate" | "linear" | "cagr" | "logistic" | "bass" | "damped";
/** The projection methods. @internal */
export const METHODS = [
  "run-rate",
  "linear",
  "cagr",
  "logistic",
  "bass",
  "damped",
] as const satisfies readonly ProjectionMethod[];

/**
 * What a projection may be asked for: one of the {@link ProjectionMethod}s, or `auto`, which
 * backtests them on the path itself (see `backtest`) and projects with the one whose forecasts
 * erred least, by mean absolute scaled error, at the horizon nearest the projection's
 * ([backtests and automatic choice](../../docs/methodology.md#backtests-and-automatic-choice)).
 * The projection reports the method it chose in `method` and why in `selection`.
 *
 * @category Vocabulary
 * @example
 * ```ts
 * import { project } from "onboarding-targets";
 * // 13 month ends growing by 90 and 110 in turn: a straight line forecasts them best.
 * const observations = Array.from({ length: 13 }, (_, i) => ({
 *   date: new Date(Date.UTC(2024, i + 1, 0)).toISOString().slice(0, 10),
 *   value: 1000 + 100 * i - (i % 2) * 10,
 * }));
 * const p = project(observations, { method: "auto", until: "2025-12-31" });
 * [p.method, p.selection?.reason, p.selection?.horizon];
 * //=> ["linear", "interval-score-stacking", 3]
 * ```
 */
export type MethodChoice = ProjectionMethod | "auto";
/** The methods a projection may ask for: each method, then `auto`. @internal */
export const METHOD_CHOICES = [...METHODS, "auto"] as const satisfies readonly MethodChoice[];

/**
 * The period of the points of a projection: each point sits at the end of a calendar period
 * (`week`: ISO weeks, ending on Sunday).
 *
 * @category Vocabulary
 */
export type ProjectionPeriod = "day" | "week" | "month" | "quarter" | "year";
/** The periods of a projection's points. @internal */
export const PROJECTION_PERIODS = [
  "day",
  "week",
  "month",
  "quarter",
  "year",
] as const satisfies readonly ProjectionPeriod[];

/**
 * What a linear fit is fitted on: `cumulative` (OLS of the running total on time) or
 * `increments` (the random walk with drift: the mean monthly increment, estimated from the
 * increments between consecutive points, whose interval accounts for the autocorrelation of a
 * cumulative series). Every non-linear method reports `cumulative`, except `run-rate`, which
 * reports `increments`.
 *
 * @category Vocabulary
 */
export type FitOn = "cumulative" | "increments";
/** What a linear fit may be fitted on, the default first. @internal */
export const FIT_ON = ["cumulative", "increments"] as const satisfies readonly FitOn[];

/**
 * Which published rule turns progress into a status
 * ([status and presets](../../docs/methodology.md#status-and-presets)):
 *
 * | preset | measure | on track | needs acceleration | off track | regressing |
 * |---|---|---|---|---|---|
 * | `default` | Q = projected progress at the goal date (the assessment's method, default OLS) | Q ≥ 0.95 | 0.60 ≤ Q < 0.95 | 0 ≤ Q < 0.60 | Q < 0 |
 * | `open-sdg` | R = d·CAGR_a/\|CAGR_r\|, annual rates | R ≥ 0.95 | 0.60 ≤ R < 0.95 | 0 ≤ R < 0.60 | R < 0 |
 * | `unsd` | Q from CAGR extrapolation | Q ≥ 0.95 | 0.10 ≤ Q < 0.95 | — | Q < 0.10 |
 * | `destatis` | share of the remaining gap the trend misses | < 5 % | 5 % to 20 % (both inclusive) | > 20 % | trend in the wrong direction |
 * | `evm` | SPI = (v_t - v_b)/(PV(t) - v_b) | ≥ 0.95 | 0.80 ≤ SPI < 0.95 | 0 ≤ SPI < 0.80 | SPI < 0 |
 * | `okr` | grade = Q | ≥ 0.7 | 0.4 ≤ grade < 0.7 | 0 ≤ grade < 0.4 | < 0 |
 * | `chance` | P = chance of reaching the goal by its date (the assessment's projection) | P ≥ 0.5 | 0.2 ≤ P < 0.5 | P < 0.2 | projection heads away from the goal |
 *
 * Lower edges are inclusive for every "higher is better" measure; for `destatis` (lower is better)
 * the 5 % edge belongs to "needs acceleration" and the 20 % edge too. `chance` reads the status
 * from the probability itself: on track when arriving on time is at least an even chance, so that
 * the status and the stated chance cannot disagree; it needs a projection with an interval.
 *
 * @category Vocabulary
 */
export type StatusPreset = "default" | "open-sdg" | "unsd" | "destatis" | "evm" | "okr" | "chance";
/** The status presets, the default first. @internal */
export const PRESETS = [
  "default",
  "open-sdg",
  "unsd",
  "destatis",
  "evm",
  "okr",
  "chance",
] as const satisfies readonly StatusPreset[];

/**
 * The languages of the library's words: `en` (English) and `id` (Bahasa Indonesia).
 *
 * @category Vocabulary
 * @example
 * ```ts
 * import { LOCALES } from "onboarding-targets";
 * LOCALES;
 * //=> ["en", "id"]
 * ```
 */
export const LOCALES = ["en", "id"] as const;

/**
 * The reasons an assessment gives itself, in one table: why its status measure has no value
 * (`StatusMeasure.reason`: no observation yet, the goal date passed, a value or an elapsed time
 * that is not positive, a baseline equal to the goal, no plan yet, a measure that is not finite, a projection without an
 * interval for the `chance` preset),
 * and, for `no-observation`, why there is no projection (`projectionReason`). A projection that
 * failed gives its error code as the reason instead ({@link ErrorReason}).
 *
 * @category Vocabulary
 */
export const MEASURE_REASONS = [
  "no-observation",
  "goal-date-passed",
  "non-positive-value",
  "no-time-elapsed",
  "baseline-equals-goal",
  "no-plan-yet",
  "not-finite",
  "no-interval",
] as const;

/**
 * Why an assessment's status measure has no value: a row of {@link MEASURE_REASONS}, or the error
 * code of the projection it needed.
 *
 * @category Vocabulary
 */
export type MeasureReason = (typeof MEASURE_REASONS)[number] | ErrorReason;

/**
 * Why an assessment has no projection: no observation on or before `asOf` (a row of
 * {@link MEASURE_REASONS}), or the projection's error code.
 *
 * @category Vocabulary
 */
export type ProjectionReason = Extract<(typeof MEASURE_REASONS)[number], "no-observation"> | ErrorReason;

/**
 * The run-rate window, in months, when `window` is left out: 3, the same default in `runRate`,
 * `accelerationNeeded`, `project`, `backtest` and `assess`.
 *
 * @category Vocabulary
 */
export const DEFAULT_WINDOW = 3;

/**
 * A language of the library's words: `"en"` or `"id"` (see {@link LOCALES}).
 *
 * @category Vocabulary
 */
export type Locale = (typeof LOCALES)[number];

/**
 * The locale every function that takes a `locale` option uses when it is left out: `"en"`, the
 * language of the explanations by default. One default for the whole library (`formatCount`,
 * `checkConsistency`, `assess`, `assessProgramme`, `burnUpChart`), so that a report mixing their
 * outputs reads in one language; pass `locale: "id"` for Bahasa Indonesia.
 *
 * @category Vocabulary
 * @example
 * ```ts
 * import { DEFAULT_LOCALE, formatCount } from "onboarding-targets";
 * DEFAULT_LOCALE;
 * //=> "en"
 * [formatCount(11_700_000), formatCount(11_700_000, { locale: "id" })];
 * //=> ["11.7 million", "11,7 juta"]
 * ```
 */
export const DEFAULT_LOCALE: Locale = "en";
