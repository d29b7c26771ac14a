import { fail } from "../errors/OnboardingTargetsError.js";
import { readDatedValue } from "../model/core.js";
import type { Observation, ObservationInput } from "../model/types.js";
import { cumulativePath } from "../path/core.js";
import { type CalendarDate, parseCalendarDate } from "../periods/calendarDate.js";
import { at, readArray, readBoolean, readCount, readEnum, readObject } from "../read/index.js";
import { DIRECTIONS, METHODS } from "../vocabulary/index.js";
import type { Backtest, BacktestOptions } from "./backtestTypes.js";
import { backtestPath, DEFAULT_MIN_POINTS } from "./backtest/backtestPath.js";
import { PROJECTION_CHOICE_KEYS, readOpenNumber, readProjectionChoices } from "./internal/readChoices.js";
import type { ProjectionMethod } from "./types.js";

const OPTION_KEYS = [
  "methods",
  "horizons",
  "minPoints",
  "asOf",
  "confidence",
  "baseline",
  ...PROJECTION_CHOICE_KEYS,
  "direction",
  "intervals",
];

/** The longest horizon, in months (a century). */
const MAX_HORIZON = 1200;

/**
 * Backtests the projection methods on the observed path (rolling origin, also called time-series
 * cross-validation): at each origin, each method is fitted on the points on or before it only, and
 * its forecasts `horizon` months later are compared with what was then observed. The scores say
 * which method would have forecast this series best, and whether its intervals held the actuals as
 * often as their confidence promises.
 *
 * Rules ([backtests and automatic choice](../../docs/methodology.md#backtests-and-automatic-choice)):
 * - **Origins**: the last point of each calendar month of the path (for month-end data, every
 *   point) that has at least `minPoints` points on or before it (the baseline counts). A fit at an
 *   origin sees exactly the points on or before its date, fitted as {@link project} fits them.
 * - **Targets**: `horizon` calendar months after the origin, the same day of the month, or the
 *   month's last day when it is shorter or the origin is a month end (2024-01-31 + 1 = 2024-02-29,
 *   2024-02-29 + 1 = 2024-03-31). A target after the last point (or after `asOf`) has no forecast.
 * - **Actuals**: the path's value at the end of the target date: the observation on it, else the
 *   path interpolated linearly on the month axis between the observations around it.
 * - **Scores** per method and horizon (errors `actual - value`): `mae`; `mape` as a fraction;
 *   `mase = mae / maseScale`, where `maseScale` is the mean absolute one-step error of the random
 *   walk with drift on the whole monthly series (the last point of each month, the drift its mean
 *   monthly increment), after Hyndman and Koehler (2006); `coverage` and `meanWidth` of the
 *   intervals. A MASE below 1: the method's forecasts `horizon` months ahead erred less, on
 *   average, than the naive drift does one month ahead.
 * - A method that cannot be fitted at an origin (too few points for it, `cagr` with a value ≤ 0, a
 *   `capacity` reached) has no forecast there. By default the methods are those with at least one
 *   forecast, and the horizons 3, 6 and 12 months those with at least one target on the path.
 * - **Intervals**: each forecast's `value` is exactly {@link project}'s, and so are `lower` and
 *   `upper` for every method but `logistic` and `bass`. Their residual bootstrap runs 40
 *   replicates at each origin instead of `project`'s 300, and reads its quantiles at levels chosen
 *   so that each end holds on average as much of the distribution as `project`'s end does
 *   ([residual bootstrap](../../docs/methodology.md#residual-bootstrap-logistic-bass)). Their ends
 *   lie a median 0.2 of `project`'s half-width from `project`'s (9th decile 0.4, more on a curve
 *   before its inflection, whose upper tail is long), and over 4 800 simulated forecasts the share
 *   of actuals inside them was that inside `project`'s +0.35 ± 0.33 points: `coverage` measures
 *   `project`'s intervals, with some Monte Carlo noise on each end but none on average.
 *
 * Deterministic; reads no clock. Complexity: one fit per origin and method (see {@link project}),
 * and 40 refits of each `logistic` and `bass` curve. On 36 monthly points with 3 horizons and
 * `run-rate`, `linear`, `cagr`, `logistic` and `bass` (2026-12-03, Node 20, a shared two-core
 * machine): about 0.06 s with intervals and 0.01 s without (`intervals: false`) in a warm
 * process, 0.10 to 0.13 s with intervals as `npm run bench` times a call after a full garbage
 * collection.
 *
 * @category Projection
 * @param observations - observations (cumulative or increments, any order; see `cumulativeSeries`)
 * @param options - `{ methods?, horizons?, minPoints?, asOf?, confidence?, baseline?, fitOn?, window?, capacity?, bass?, damped?, direction?, intervals? }`
 * @returns the {@link Backtest}: `scores` per method and horizon, `forecasts` per origin, method and
 *   horizon; plain and JSON-serialisable
 * @throws {OnboardingTargetsError} invalid observations or options as for {@link project}
 *   (`invalid_enum` at `options.methods.<i>`, `invalid_count` or `out_of_range` at
 *   `options.horizons.<i>` or `options.minPoints`, `invalid_option` for a method or horizon listed
 *   twice or an empty list, `invalid_date`, `unknown_key`, `duplicate_date`)
 * @example
 * ```ts
 * import { backtest } from "onboarding-targets";
 * // 13 month ends growing by 90 and 110 in turn: the naive drift errs by 10 every month.
 * const observations = Array.from({ length: 13 }, (_, i) => ({
 *   date: new Date(Date.UTC(2024, i + 1, 0)).toISOString().slice(0, 10),
 *   value: 1000 + 100 * i - (i % 2) * 10,
 * }));
 * const b = backtest(observations, { methods: ["run-rate", "linear"], horizons: [3], fitOn: "increments", window: 2 });
 * [b.origins.length, b.maseScale];
 * //=> [5, 10]
 * b.scores.map((s) => [s.method, s.count, s.mae?.toFixed(2), s.mase?.toFixed(2), s.coverage]);
 * //=> [["run-rate", 5, "10.00", "1.00", 1], ["linear", 5, "12.72", "1.27", 1]]
 * const f = b.forecasts[0];
 * [f.origin, f.target, f.value, f.actual, f.lower?.toFixed(1), f.upper?.toFixed(1)];
 * //=> ["2024-06-30", "2024-09-30", 1790, 1800, "1726.0", "1854.0"]
 * ```
 */
export function backtest(
  observations: readonly (Observation | ObservationInput)[],
  options: BacktestOptions = {},
): Backtest {
  const o = readObject(options, "options", OPTION_KEYS);
  const methods = o.methods === undefined ? undefined : readList(o.methods, "options.methods", readMethod);
  const horizons = o.horizons === undefined ? undefined : readList(o.horizons, "options.horizons", readHorizon);
  const minPoints = o.minPoints === undefined ? DEFAULT_MIN_POINTS : readMinPoints(o.minPoints, "options.minPoints");
  if (o.asOf !== undefined) parseCalendarDate(o.asOf, "options.asOf");
  const asOf = o.asOf as CalendarDate | undefined;
  const confidence = o.confidence === undefined ? 0.9 : readOpenNumber(o.confidence, "options.confidence", 0, 1);
  const choices = readProjectionChoices(o, "options", "increments");
  const direction = o.direction === undefined ? "increase" : readEnum(o.direction, "options.direction", DIRECTIONS);
  const baseline = o.baseline === undefined ? undefined : readDatedValue(o.baseline, "options.baseline");
  const intervals = o.intervals === undefined ? true : readBoolean(o.intervals, "options.intervals");

  const built = cumulativePath(observations, {
    baseline,
    onDecrease: "warn",
    direction,
    path: "observations",
    baselinePath: "options.baseline",
  });
  let count = built.points.length;
  if (asOf !== undefined) while (count > 0 && (built.points[count - 1]?.date as string) > asOf) count--;
  const result = backtestPath(built.points.slice(0, count), {
    methods,
    horizons,
    minPoints,
    fit: { confidence, ...choices, intervals },
  });
  return { ...result, warnings: built.warnings };
}

/** A non-empty array read with `read` at `path.<i>`, each value once. */
function readList<T>(value: unknown, path: string, read: (v: unknown, path: string) => T): T[] {
  const items = readArray(value, path);
  if (items.length === 0) fail("invalid_option", path, "the list is empty: leave the option out for the default");
  const out: T[] = [];
  items.forEach((item, i) => {
    const v = read(item, at(path, i));
    if (out.includes(v)) fail("invalid_option", at(path, i), `${JSON.stringify(v)} is listed twice`);
    out.push(v);
  });
  return out;
}

function readMethod(value: unknown, path: string): ProjectionMethod {
  return readEnum(value, path, METHODS);
}

function readHorizon(value: unknown, path: string): number {
  const h = readCount(value, path);
  if (h < 1 || h > MAX_HORIZON) fail("out_of_range", path, `a horizon is 1 to ${MAX_HORIZON} months, got ${h}`);
  return h;
}

function readMinPoints(value: unknown, path: string): number {
  const n = readCount(value, path);
  if (n < 3) fail("out_of_range", path, `at least 3 points are needed before the first origin, got ${n}`);
  return n;
}
