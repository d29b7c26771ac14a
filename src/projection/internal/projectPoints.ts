import { describeType } from "../../decimal/index.js";
import { fail, type Issue, OnboardingTargetsError } from "../../errors/core.js";
import { readFiniteNumber } from "../../read/index.js";
import { type CalendarDate, monthPositionNumber } from "../../periods/core.js";
import type {
  DateEstimate,
  DateQuantile,
  DateReaching,
  DateReachingRange,
  ProbabilityReaching,
  ProjectionInterval,
  FitOn,
  ProjectedValue,
  Projection,
  ProjectionMethod,
  ProjectionPeriod,
  ProjectionPoint,
} from "../types.js";
import { LAST_POSITION, periodEnds } from "./axis.js";
import { centralInterval, type Predictive } from "../intervals/predictive.js";
import { linearPool, widened } from "../intervals/pool.js";
import { BACKTEST_REPLICATES } from "../intervals/bootstrap.js";
import { dateWithProbability, dayReached } from "./reaching.js";
import { fitBass } from "../methods/fitBass.js";
import { fitCagr } from "../methods/fitCagr.js";
import { DAMPED_MIN_STEPS, type DampedParameters, fitDamped } from "../methods/fitDamped.js";
import { fitDrift } from "../methods/fitDrift.js";
import { fitLinear } from "../methods/fitLinear.js";
import { fitLogistic } from "../methods/fitLogistic.js";
import { fitRunRate } from "../methods/fitRunRate.js";
import { type PathPoint, pointsAsOf } from "../../path/core.js";
import type { FloatPath, Model } from "../methods/model.js";

/** Validated settings of a projection. @internal */
export interface ProjectionSettings {
  readonly method: ProjectionMethod;
  readonly until: CalendarDate;
  readonly asOf: CalendarDate | undefined;
  readonly period: ProjectionPeriod;
  readonly confidence: number;
  readonly fitOn: FitOn;
  readonly window: number;
  readonly capacity: number | undefined;
  readonly bass: { p: number; q: number; M: number } | undefined;
  /** For `damped`: α, β, φ given (`options.damped`), or estimated when absent. */
  readonly damped?: DampedParameters | undefined;
  /**
   * False: the points and `valueAt` leave `lower` and `upper` null without reading the predictive
   * distribution (a bootstrap's refits run only when it is read), for callers that need only the
   * curve, such as the backtest of `auto`. Default true.
   */
  readonly intervals?: boolean;
  /**
   * For fitted `logistic` and `bass`: the replicates of the residual bootstrap; default
   * `BOOTSTRAP_REPLICATES`, fewer in a backtest (see `residualBootstrap`).
   */
  readonly replicates?: number;
  /**
   * For `auto`: the methods whose predictive distributions the projection pools (the linear pool,
   * `stacked`), with their weights; `method` is one of them. The point projection stays `method`'s.
   */
  readonly pool?: readonly {
    readonly method: ProjectionMethod;
    readonly fitOn?: FitOn;
    readonly weight: number;
  }[];
  /** For `auto`: λ ≥ 1, the pooled distribution widened λ times about its median (see `widened`). */
  readonly widening?: number;
}
/** At most this many points per projection (27 years of days). */
const MAX_POINTS = 10_000;

/**
 * The body of `project`, on an already built path: fits the model and builds the Projection.
 * `assess` calls it directly to build the path once. Errors as documented on `project`.
 * @internal
 */
export function projectPoints(
  all: readonly PathPoint[],
  warnings: readonly Issue[],
  settings: ProjectionSettings,
): Projection {
  const { method, asOf, confidence } = settings;
  const known = pointsAsOf(all, asOf);
  const count = known.length;
  const origin = known[count - 1];
  if (origin === undefined)
    return fail(
      "too_few_points",
      "observations",
      asOf === undefined ? "there is no observation to project from" : `there is no observation on or before ${asOf}`,
    );
  const path = relativePath(known, origin.position);
  const fitted = withPool(fitModel(all, count, path, settings), all, count, path, settings);
  const valueAtPosition = valueReader(fitted, origin, settings);
  const projection = {
    method,
    fittedOn: fitted.fittedOn,
    confidence,
    origin: { date: origin.date, value: origin.value },
    fittedPoints: count,
    parameters: fitted.parameters,
    points: projectedPoints(origin, settings, valueAtPosition),
    interval: intervalOf(fitted),
    warnings: fitted.warnings === undefined ? warnings : [...warnings, ...fitted.warnings],
  };
  const methods = queriesOf(fitted, origin, confidence, valueAtPosition);
  for (const [name, value] of Object.entries(methods))
    Object.defineProperty(projection, name, { value, enumerable: false });
  return projection as typeof projection & typeof methods;
}

/**
 * The model of `settings.method` fitted on the points of `all` on or before `settings.asOf`, with
 * their last point, the origin: the predictive distribution itself, which the backtest of `auto`
 * scores. Errors as `project`'s; `too_few_points` with no point. @internal
 */
export function fittedModel(
  all: readonly PathPoint[],
  settings: ProjectionSettings,
): { readonly model: Model; readonly origin: PathPoint } {
  const known = pointsAsOf(all, settings.asOf);
  const origin = known[known.length - 1];
  if (origin === undefined) return fail("too_few_points", "observations", "there is no observation to project from");
  return { model: fitModel(all, known.length, relativePath(known, origin.position), settings), origin };
}

/** The points on the relative axis: months from the origin's position `xo`, floats. */
function relativePath(known: readonly PathPoint[], xo: number): FloatPath {
  const x = new Array<number>(known.length);
  const y = new Array<number>(known.length);
  for (let i = 0; i < known.length; i++) {
    const p = known[i] as PathPoint;
    x[i] = p.position - xo;
    y[i] = p.value;
  }
  return { x, y };
}

/** The projected value and interval h months after the origin (`path` names the option an overflow is blamed on). */
type ValueAtPosition = (h: number, path: string) => ProjectedValue;

function valueReader(fitted: Model, origin: PathPoint, settings: ProjectionSettings): ValueAtPosition {
  return (h, path) => {
    const value = fitted.value(h);
    if (!Number.isFinite(value))
      fail("out_of_range", path, `the projected value overflows ${h.toFixed(1)} months after ${origin.date}`);
    // The interval's ends are the predictive quantiles, widened to hold the point projection (a
    // bootstrap's quantiles or a log walk's rounded median can sit a hair beside it).
    const interval = settings.intervals === false ? null : centralInterval(fitted.predictive, h, settings.confidence);
    const ok = interval !== null && Number.isFinite(interval[0]) && Number.isFinite(interval[1]);
    const v = value === 0 ? 0 : value;
    return { value: v, lower: ok ? Math.min(interval[0], v) : null, upper: ok ? Math.max(interval[1], v) : null };
  };
}

/** The projection's points: one per period end from the origin to `until`. */
function projectedPoints(
  origin: PathPoint,
  { until, period }: ProjectionSettings,
  valueAtPosition: ValueAtPosition,
): ProjectionPoint[] {
  let dates: CalendarDate[];
  try {
    dates = periodEnds(origin.date, until, period, MAX_POINTS);
  } catch {
    return fail(
      "out_of_range",
      "options.until",
      `more than ${MAX_POINTS} ${period} points from ${origin.date} to ${until}: choose a longer period`,
    );
  }
  return dates.map((date) => ({
    date,
    ...valueAtPosition(monthPositionNumber(date, "date") - origin.position, "options.until"),
  }));
}

/** The projection's methods: values, dates and chances read off the fitted model. */
function queriesOf(fitted: Model, origin: PathPoint, confidence: number, valueAtPosition: ValueAtPosition) {
  const xo = origin.position;
  const predictive = fitted.predictive;
  const valueAt = (date: CalendarDate): ProjectedValue =>
    valueAtPosition(monthPositionNumber(date, "date") - xo, "date");
  const dateReaching = (value: number): DateReaching => dateReachingOf(fitted, origin, xo, value);
  // The direction of travel is toward `value` from the OBSERVED value at the origin: a fitted
  // curve (an OLS line, a logistic) need not pass through it, and a value between the two must
  // still count as ahead, not behind. A value equal to the observed one is reached.
  const up = (value: number) => value > origin.value;
  const probabilityReaching = (value: number, date: CalendarDate): ProbabilityReaching => {
    readFiniteNumber(value, "value");
    const h = monthPositionNumber(date, "date") - xo;
    if (date < origin.date) return { probability: null, reason: "before-origin" };
    if (predictive === null) return { probability: null, reason: "insufficient-data" };
    if (value === origin.value) return { probability: 1 };
    return { probability: predictive.probabilityBeyond(h, value, up(value)) };
  };
  const withProbability = (value: number, p: number): DateEstimate =>
    value === origin.value && predictive !== null
      ? { date: origin.date }
      : dateWithProbability(fitted, xo, origin.date, value, up(value), p);
  const dateReachingRange = (value: number): DateReachingRange => {
    const point = dateReaching(value);
    const earliest = withProbability(value, (1 - confidence) / 2);
    const latest = withProbability(value, (1 + confidence) / 2);
    return { earliest: earlier(earliest, point), latest: later(latest, point) };
  };
  const dateReachingQuantiles = (value: number, probabilities: readonly number[]): DateQuantile[] => {
    readFiniteNumber(value, "value");
    const ps = readProbabilities(probabilities);
    return ps.map((p) => ({ probability: p, ...withProbability(value, p) }));
  };
  return { valueAt, dateReaching, probabilityReaching, dateReachingRange, dateReachingQuantiles };
}

/**
 * The fitted model with the predictive distribution `auto` asks for: the linear pool of
 * `settings.pool`'s methods, widened `settings.widening` times (see `widened`); the model itself
 * when neither is asked for.
 */
function withPool(
  fitted: Model,
  all: readonly PathPoint[],
  count: number,
  path: FloatPath,
  settings: ProjectionSettings,
): Model {
  if (settings.pool === undefined && settings.widening === undefined) return fitted;
  const base = settings.pool === undefined ? fitted.predictive : pooled(fitted, all, count, path, settings);
  const predictive = base === null ? null : widened(base, settings.widening ?? 1);
  // The model's own fit, curve and dates, read through its prototype; only the distribution differs.
  return Object.assign(Object.create(fitted) as Model, { predictive });
}

/** The weight under which a pooled member's bootstrap draws {@link BACKTEST_REPLICATES} replicates. */
const SMALL_MEMBER = 0.05;

/**
 * The linear pool of the predictive distributions of `settings.pool`'s methods on the same points,
 * `fitted` standing for `settings.method`; a method that cannot be fitted there or has no
 * predictive distribution is left out and the weights of the others renormalised. The method's
 * own distribution when it is the only one left, or null with none.
 */
function pooled(
  fitted: Model,
  all: readonly PathPoint[],
  count: number,
  path: FloatPath,
  settings: ProjectionSettings,
): Predictive | null {
  const parts: { predictive: Predictive; weight: number }[] = [];
  for (const { method, fitOn = settings.fitOn, weight } of settings.pool ?? []) {
    let model: Model | null = fitted;
    if (method !== settings.method || fitOn !== settings.fitOn) {
      try {
        // A member of small weight (its equal share, say) moves the pool's probabilities by at
        // most that weight: the backtest's replicates place its tails well enough.
        const small = weight < SMALL_MEMBER && { replicates: BACKTEST_REPLICATES };
        model = fitModel(all, count, path, { ...settings, method, fitOn, ...small });
      } catch (e) {
        if (!(e instanceof OnboardingTargetsError)) throw e;
        model = null;
      }
    }
    if (model !== null && model.predictive !== null && weight > 0) parts.push({ predictive: model.predictive, weight });
  }
  const total = parts.reduce((t, p) => t + p.weight, 0);
  if (parts.length === 0) return fitted.predictive;
  return linearPool(parts.map((p) => ({ predictive: p.predictive, weight: p.weight / total })));
}

/** Fits the method's model on the first `count` points (x: months from the origin). */
function fitModel(all: readonly PathPoint[], count: number, path: FloatPath, settings: ProjectionSettings): Model {
  const { method, asOf, fitOn, window, capacity, bass, damped, replicates } = settings;
  const { y } = path;
  let model: Model | null;
  switch (method) {
    case "run-rate":
      model = fitRunRate(path, window);
      break;
    case "linear":
      model = fitOn === "cumulative" ? fitLinear(path) : fitDrift(path);
      break;
    case "cagr": {
      const bad = all.slice(0, count).find((p) => !(p.value > 0));
      if (bad !== undefined) {
        fail(
          "out_of_range",
          bad.origin === "baseline" ? "options.baseline.value" : "observations",
          `cagr needs every value > 0: compound growth from or to ${bad.value} (on ${bad.date}) is undefined`,
        );
      }
      model = fitCagr(path);
      break;
    }
    case "logistic":
      if (capacity !== undefined && !(capacity > Math.max(...y)))
        fail(
          "out_of_range",
          "options.capacity",
          `the capacity ${capacity} must exceed every observed value (max ${Math.max(...y)})`,
        );
      model = fitLogistic(path, capacity, undefined, replicates);
      break;
    case "bass":
      model = fitBass(path, bass, undefined, replicates);
      break;
    case "damped":
      model = fitDamped(path, damped);
      break;
  }
  if (model === null) {
    return fail(
      "too_few_points",
      "observations",
      `${count} point(s) on distinct dates${asOf === undefined ? "" : ` on or before ${asOf}`} are not enough to fit ${method}${method === "linear" && fitOn === "increments" ? " on increments" : ""}${method === "damped" ? ` (it needs ${DAMPED_MIN_STEPS.estimated + 1}, or ${DAMPED_MIN_STEPS.given + 1} with options.damped)` : ""}`,
    );
  }
  return model;
}

/** The first date from the origin on which the fitted curve reaches `value` (x: months from the origin at position `xo`), or why never. */
function dateReachingOf(
  fitted: Model,
  origin: { date: CalendarDate; value: number },
  xo: number,
  value: number,
): DateReaching {
  readFiniteNumber(value, "value");
  const originDate = origin.date;
  // Toward `value` from the observed origin value; a fitted curve already past it there has
  // reached it (the curve's own search below would look the other way).
  const up = value > origin.value;
  const atOrigin = fitted.value(0);
  if (value === origin.value || (up ? atOrigin >= value : atOrigin <= value)) return { date: originDate };
  const h = fitted.reach(value);
  if (typeof h === "string") return { date: null, reason: h };
  if (h <= 0) return { date: originDate }; // already there
  if (xo + h > LAST_POSITION) return { date: null, reason: "after-calendar-end" };
  // Float error can put a crossing exactly at a day's end a hair into the next day: settle the
  // day by evaluating the curve at day ends, 1e-9 months (2.6 ms) late, which covers the ~4e-12
  // months of error of a float position (a relative value tolerance alone does not: a steep line
  // 3 days after its origin is off by 3e-12 of its value), with a relative tolerance of 1e-12.
  const tol = 1e-12 * Math.max(1, Math.abs(value));
  const reaches = (d: CalendarDate) => {
    const v = fitted.value(monthPositionNumber(d, "date") - xo + 1e-9);
    return up ? v >= value - tol : v <= value + tol;
  };
  return { date: dayReached(xo, h, originDate, reaches) };
}

/** The probabilities of `dateReachingQuantiles`: an array of numbers strictly between 0 and 1. */
function readProbabilities(probabilities: unknown): readonly number[] {
  if (!Array.isArray(probabilities))
    return fail(
      "invalid_type",
      "probabilities",
      `expected an array of probabilities, got ${describeType(probabilities)}`,
    );
  probabilities.forEach((p: unknown, i) => {
    if (typeof p !== "number" || !(p > 0 && p < 1))
      fail(
        "out_of_range",
        `probabilities.${i}`,
        `expected a probability strictly between 0 and 1, got ${typeof p === "number" ? String(p) : describeType(p)}`,
      );
  });
  return probabilities as readonly number[];
}

/** The projection's `interval` record. */
function intervalOf(model: Model): ProjectionInterval {
  const p = model.predictive;
  if (p === null) return { kind: null, reason: "insufficient-data" };
  return p.replicates === undefined ? { kind: p.kind } : { kind: p.kind, replicates: p.replicates };
}

/** The earlier of two dates (a date before none). */
function earlier(a: DateEstimate, b: DateReaching): DateEstimate {
  if (a.date === null) return b.date === null || a.reason === "insufficient-data" ? a : b;
  return b.date !== null && b.date < a.date ? b : a;
}

/** The later of two dates (none after any date). */
function later(a: DateEstimate, b: DateReaching): DateEstimate {
  if (a.date === null) return a;
  return b.date === null || b.date > a.date ? b : a;
}
