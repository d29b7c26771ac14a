import { OnboardingTargetsError } from "../../errors/core.js";
import type { PathPoint } from "../../path/core.js";
import {
  type CalendarDate,
  daysInMonth,
  formatYMD,
  monthIndex,
  monthOfIndex,
  monthPositionNumber,
} from "../../periods/core.js";
import { METHODS } from "../../vocabulary/index.js";
import type { Backtest, BacktestForecast, BacktestScore } from "../backtestTypes.js";
import type { Projection, ProjectionMethod } from "../types.js";
import { BACKTEST_REPLICATES } from "../intervals/bootstrap.js";
import { projectPoints, type ProjectionSettings } from "../internal/projectPoints.js";

/** The settings every fit of a backtest shares: a projection's, less what each origin sets. @internal */
export type FitSettings = Omit<ProjectionSettings, "method" | "until" | "asOf" | "period">;

/** A forecast date: `horizon` months after an origin, and the path's value there. @internal */
export interface ForecastDate {
  readonly horizon: number;
  readonly date: CalendarDate;
  readonly actual: number;
}

/** An origin of a backtest: the index of its point in the path, and its forecast dates that have an actual value. @internal */
export interface Origin {
  readonly index: number;
  readonly date: CalendarDate;
  readonly forecastDates: readonly ForecastDate[];
}

/**
 * The indexes of the last point of each calendar month of the path (sorted by date): the monthly
 * series a backtest starts its forecasts from and scales its errors by. For month-end data, every
 * point. O(n). @internal
 */
export function monthEnds(points: readonly PathPoint[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const next = points[i + 1];
    // YYYY-MM-DD: the first 7 characters name the month.
    if (next === undefined || next.date.slice(0, 7) !== (points[i] as PathPoint).date.slice(0, 7)) out.push(i);
  }
  return out;
}

/**
 * The date `months` calendar months after `date`: the same day of the month, or the last day of
 * the target month when that month is shorter or `date` is the last day of its own month (so month
 * ends map to month ends: 2024-02-29 + 1 is 2024-03-31, 2024-01-31 + 1 is 2024-02-29). Null past
 * the year 9999. @internal
 */
export function monthsAfter(date: CalendarDate, months: number): CalendarDate | null {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const target = monthOfIndex(monthIndex(year, month) + months);
  if (target.year > 9999) return null;
  const dim = daysInMonth(target.year, target.month);
  return formatYMD(target.year, target.month, day === daysInMonth(year, month) ? dim : Math.min(day, dim));
}

/**
 * The origins of a backtest on `points` (the path up to `asOf`, sorted by date): the last point of
 * each calendar month that has at least `minPoints` points on or before it. Each origin lists the
 * horizons whose target date (see {@link monthsAfter}) lies on or before the last point; the actual
 * value there is the observation on that date, else the path interpolated linearly on the month
 * axis between the observations around it. O(n + origins·horizons·log n). @internal
 */
export function originsOf(points: readonly PathPoint[], minPoints: number, horizons: readonly number[]): Origin[] {
  const last = points[points.length - 1];
  if (last === undefined) return [];
  const out: Origin[] = [];
  for (const index of monthEnds(points)) {
    if (index + 1 < minPoints) continue;
    const date = (points[index] as PathPoint).date;
    const forecastDates: ForecastDate[] = [];
    for (const horizon of horizons) {
      const at = monthsAfter(date, horizon);
      if (at === null || at > last.date) continue;
      forecastDates.push({ horizon, date: at, actual: valueOnPath(points, at) });
    }
    out.push({ index, date, forecastDates });
  }
  return out;
}

/** The path's value at the end of `date` (within its range): the point on that date, else linear on the month axis. */
function valueOnPath(points: readonly PathPoint[], date: CalendarDate): number {
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((points[mid] as PathPoint).date <= date) lo = mid;
    else hi = mid - 1;
  }
  const a = points[lo] as PathPoint;
  const b = points[lo + 1];
  if (a.date === date || b === undefined) return a.value;
  const x = monthPositionNumber(date);
  return a.value + ((b.value - a.value) * (x - a.position)) / (b.position - a.position);
}

/**
 * The scale of the mean absolute scaled error (Hyndman and Koehler 2006, for a series with drift):
 * the mean absolute one-step error of the random walk with drift, in sample, on the monthly series
 * of the whole path (the last point of each month, `monthEnds`). Step i forecasts `y_i` as
 * `y_{i-1} + μ·Δx_i`, with μ = `(y_last - y_first) / (x_last - x_first)` the drift of that series
 * (Δx in months: 1 between consecutive month ends). Null with fewer than two months. O(n). @internal
 */
export function naiveDriftScale(points: readonly PathPoint[]): number | null {
  const months = monthEnds(points).map((i) => points[i] as PathPoint);
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined || months.length < 2) return null;
  const drift = (last.value - first.value) / (last.position - first.position);
  let sum = 0;
  for (let i = 1; i < months.length; i++) {
    const a = months[i - 1] as PathPoint;
    const b = months[i] as PathPoint;
    sum += Math.abs(b.value - a.value - drift * (b.position - a.position));
  }
  return sum / (months.length - 1);
}

/**
 * The method fitted on the points up to and including `index`, or null when it cannot be fitted
 * there (too few points, a value ≤ 0 for `cagr`, a value at the given capacity): the projection's
 * own errors, caught. The bootstrap of `logistic` and `bass` runs `BACKTEST_REPLICATES` replicates
 * unless `fit.replicates` says otherwise. @internal
 */
export function fitAt(
  points: readonly PathPoint[],
  index: number,
  method: ProjectionMethod,
  fit: FitSettings,
): Projection | null {
  const date = (points[index] as PathPoint).date;
  try {
    // asOf = the origin's date: projectPoints fits exactly the points on or before it.
    return projectPoints(points, [], {
      replicates: BACKTEST_REPLICATES,
      ...fit,
      method,
      until: date,
      asOf: date,
      period: "month",
    });
  } catch (e) {
    if (e instanceof OnboardingTargetsError) return null;
    throw e;
  }
}

/**
 * The forecasts of each method at each origin's forecast dates, in the order origin, method, horizon.
 * A method that cannot be fitted at an origin, or whose value overflows at a target, has no
 * forecast there. O(origins·methods·(fit + horizons)). @internal
 */
export function forecastsOf(
  points: readonly PathPoint[],
  origins: readonly Origin[],
  methods: readonly ProjectionMethod[],
  fit: FitSettings,
): BacktestForecast[] {
  const out: BacktestForecast[] = [];
  for (const origin of origins) {
    if (origin.forecastDates.length === 0) continue;
    for (const method of methods) {
      const projection = fitAt(points, origin.index, method, fit);
      if (projection === null) continue;
      for (const t of origin.forecastDates) {
        let forecast;
        try {
          forecast = projection.valueAt(t.date);
        } catch (e) {
          if (e instanceof OnboardingTargetsError) continue;
          throw e;
        }
        out.push({
          origin: origin.date,
          method,
          horizon: t.horizon,
          target: t.date,
          value: forecast.value,
          lower: forecast.lower,
          upper: forecast.upper,
          actual: t.actual,
        });
      }
    }
  }
  return out;
}

/**
 * The accuracy of `method` at `horizon` over its forecasts (see `BacktestScore`); `scale` is the
 * MASE scale. O(forecasts). @internal
 */
export function scoreOf(
  forecasts: readonly BacktestForecast[],
  method: ProjectionMethod,
  horizon: number,
  scale: number | null,
): BacktestScore {
  let count = 0;
  let absolute = 0;
  let relative = 0;
  let zeroActual = false;
  let withInterval = 0;
  let inside = 0;
  let width = 0;
  for (const f of forecasts) {
    if (f.method !== method || f.horizon !== horizon) continue;
    count++;
    const error = Math.abs(f.actual - f.value);
    absolute += error;
    if (f.actual === 0) zeroActual = true;
    else relative += error / Math.abs(f.actual);
    if (f.lower !== null && f.upper !== null) {
      withInterval++;
      if (f.lower <= f.actual && f.actual <= f.upper) inside++;
      width += f.upper - f.lower;
    }
  }
  const mae = count > 0 ? absolute / count : null;
  return {
    method,
    horizon,
    count,
    mae,
    mape: count > 0 && !zeroActual ? relative / count : null,
    mase: mae !== null && scale !== null && scale > 0 ? mae / scale : null,
    coverage: withInterval > 0 ? inside / withInterval : null,
    meanWidth: withInterval > 0 ? width / withInterval : null,
  };
}

/** The horizons of a backtest when none are given, in months. @internal */
export const DEFAULT_HORIZONS: readonly number[] = [3, 6, 12];
/** Path points on or before the first origin when not given. @internal */
export const DEFAULT_MIN_POINTS = 6;

/** Already-read settings of a backtest; `undefined` methods or horizons mean the defaults. @internal */
export interface BacktestSettings {
  readonly methods: readonly ProjectionMethod[] | undefined;
  readonly horizons: readonly number[] | undefined;
  readonly minPoints: number;
  readonly fit: FitSettings;
}

/**
 * The body of `backtest` on an already built path, cut at `asOf` (every point is an origin's data
 * or an actual): the origins, the forecasts and their scores. Default horizons are those of
 * {@link DEFAULT_HORIZONS} with at least one target on the path; default methods those of `METHODS`
 * with at least one forecast. @internal
 */
export function backtestPath(points: readonly PathPoint[], settings: BacktestSettings): Omit<Backtest, "warnings"> {
  const { minPoints, fit } = settings;
  const asked = [...(settings.horizons ?? DEFAULT_HORIZONS)].sort((a, b) => a - b);
  const all = originsOf(points, minPoints, asked);
  const horizons =
    settings.horizons === undefined
      ? asked.filter((h) => all.some((o) => o.forecastDates.some((t) => t.horizon === h)))
      : asked;
  const origins = all.filter((o) => o.forecastDates.length > 0);
  const forecasts = forecastsOf(points, origins, settings.methods ?? METHODS, fit);
  const methods = settings.methods ?? METHODS.filter((m) => forecasts.some((f) => f.method === m));
  const maseScale = naiveDriftScale(points);
  return {
    methods,
    horizons,
    minPoints,
    confidence: fit.confidence,
    origins: origins.map((o) => o.date),
    maseScale,
    scores: methods.flatMap((m) => horizons.map((h) => scoreOf(forecasts, m, h, maseScale))),
    forecasts,
  };
}
