import { fail } from "../errors/core.js";
import type { Observation, ObservationInput } from "../model/index.js";
import { cumulativePath, pointsAsOf, readPathOptions } from "../path/core.js";
import { at, readArray, readBoolean, readConfidence, readCount, readEnum, readObject } from "../read/index.js";
import { METHODS } from "../vocabulary/index.js";
import { reconcileOption } from "../reconcile/core.js";
import type { Backtest, BacktestOptions } from "./backtestTypes.js";
import { backtestPath, DEFAULT_MIN_POINTS } from "./backtest/backtestPath.js";
import { PROJECTION_CHOICE_KEYS, readProjectionChoices } from "./internal/readChoices.js";
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
  "reconcile",
];

/** The longest horizon, in months (a century). */
const MAX_HORIZON = 1200;

/**
 * Backtests the projection methods on the observed path (rolling origin, also called time-series
 * cross-validation): at each origin, each method is fitted on the points on or before it only, and
 * its forecasts `horizon` months later are compared with what was then observed. The scores say
 * which method would have forecast this series best, and whether its intervals held the actuals as
 * often as their confidence promises.
 * The rules for origins, forecast dates, actuals, scores and intervals: "What backtest computes" in
 * `docs/methodology.md`.
 *
 * @category Projection
 * @param observations - observations (cumulative or increments, any order; see `cumulativeSeries`)
 * @param options - `{ methods?, horizons?, minPoints?, asOf?, confidence?, baseline?, fitOn?, window?, capacity?, bass?, damped?, direction?, intervals?, reconcile? }`;
 *   with `reconcile` the reports dated on or before `asOf` are first reconciled (see `reconcile`)
 * @returns the {@link Backtest}: `scores` per method and horizon, `forecasts` per origin, method and
 *   horizon; plain and JSON-serialisable
 * @throws {OnboardingTargetsError} invalid observations or options as for {@link project}
 *   (`invalid_enum` at `options.methods.<i>`, `invalid_count` or `out_of_range` at
 *   `options.horizons.<i>` or `options.minPoints`, `invalid_option` for a method or horizon listed
 *   twice or an empty list, `invalid_date`, `unknown_key`, `duplicate_date`); `reconcile`'s errors
 *   at `options.reconcile…`
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
  const { asOf, baseline, direction } = readPathOptions(o, "options");
  const confidence = readConfidence(o.confidence, "options.confidence");
  const choices = readProjectionChoices(o, "options", "increments");
  const intervals = o.intervals === undefined ? true : readBoolean(o.intervals, "options.intervals");

  // With `reconcile`, the path is the reconciliation of the reports known by `asOf`.
  const reconciled = reconcileOption(observations, o.reconcile, "options.reconcile", "observations", direction, asOf);
  const built = cumulativePath(reconciled?.observations ?? observations, {
    baseline,
    onDecrease: "warn",
    direction,
    path: reconciled === undefined ? "observations" : "reconciled",
    baselinePath: "options.baseline",
  });
  const result = backtestPath(pointsAsOf(built.points, asOf), {
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
