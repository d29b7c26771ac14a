import { OnboardingTargetsError } from "../../errors/core.js";
import type { PathPoint } from "../../path/core.js";
import { monthPositionNumber } from "../../periods/core.js";
import { METHODS } from "../../vocabulary/index.js";
import type { FitOn, MethodSelection, ProjectionMethod } from "../types.js";
import { crpsStacking, LEVELS } from "../intervals/crps.js";
import { intervalScore } from "../intervals/pool.js";
import { fittedModel } from "../internal/projectPoints.js";
import {
  DEFAULT_HORIZONS,
  DEFAULT_MIN_POINTS,
  type FitSettings,
  naiveDriftScale,
  type Origin,
  originsOf,
} from "./backtestPath.js";

/** What `auto` projects with when no backtest can be scored: the random walk with drift. @internal */
export const FALLBACK = { method: "linear", fitOn: "increments" } as const;

/** The fewest origins with an actual value at a horizon for `auto` to compare methods there. @internal */
export const MIN_FORECASTS = 3;

/**
 * The most origins `auto` compares the methods on: the latest ones. Two years of month ends keeps
 * the choice to the path's recent behaviour and its cost bounded on long daily series (each
 * origin refits every method on all the points before it). @internal
 */
export const MAX_ORIGINS = 24;

/** The most origins `auto` scores, evenly spaced among the {@link MAX_ORIGINS} latest. @internal */
export const MAX_SCORED_ORIGINS = 8;

/**
 * Bootstrap replicates of `logistic` and `bass` at the origins of `auto`'s backtest: enough for
 * quantiles at `LEVELS`, and half the cost of `backtest`'s 40. @internal
 */
export const AUTO_REPLICATES = 20;

/**
 * The months over which a backtest forecast's weight in `auto`'s stacking falls by e: each weighs
 * e^(−age/12), age the months from its origin to the latest origin, so that the path's recent
 * behaviour counts most (a logistic count that has turned no longer looks exponential). @internal
 */
export const RECENCY_MONTHS = 12;

/** A candidate of `auto`: a method, and for `linear` the series it is fitted on. @internal */
export interface Candidate {
  readonly method: ProjectionMethod;
  readonly fitOn: FitOn;
}

/** The choice of `auto`: the candidates compared, best first, and the selection without its method. @internal */
export interface MethodRanking {
  /** The candidates, the pool's by descending weight first, then the others; empty for the fallback. */
  readonly ranking: readonly Candidate[];
  /** The pool: the candidates of positive weight, with their weights. */
  readonly pool: readonly (Candidate & { readonly weight: number })[];
  readonly horizon: number | null;
  readonly scores: MethodSelection["scores"];
  readonly reason: MethodSelection["reason"];
  readonly intervalScores: MethodSelection["intervalScores"];
  readonly weights: MethodSelection["weights"];
  readonly widening: MethodSelection["widening"];
}

/** A candidate's backtest forecast: its point, its interval at the confidence asked and its quantiles at `LEVELS`. */
interface Forecast {
  readonly key: string;
  /** The origin's position on the month axis. */
  readonly originPosition: number;
  readonly horizon: number;
  readonly value: number;
  readonly actual: number;
  readonly lower: number;
  readonly upper: number;
  readonly quantiles: Float64Array;
}

/**
 * Every method as a candidate, `linear` once per `fitOn` (the one asked first): the order in which
 * origins are narrowed and ties are broken.
 */
function candidatesOf(fitOn: FitOn): Candidate[] {
  const other: FitOn = fitOn === "increments" ? "cumulative" : "increments";
  return METHODS.flatMap((method): Candidate[] =>
    method === "linear"
      ? [
          { method, fitOn },
          { method, fitOn: other },
        ]
      : [{ method, fitOn }],
  );
}

/**
 * Ranks the candidates (every method, `linear` on increments and on cumulative values) by a
 * backtest on `points` (the path up to the origin). Origins: from the `DEFAULT_MIN_POINTS`-th
 * point on, the latest {@link MAX_ORIGINS} with an actual value, thinned to at most
 * {@link MAX_SCORED_ORIGINS} evenly spaced from the latest back. The horizon is that of
 * `DEFAULT_HORIZONS` nearest `horizon` months (the shorter of two as near) among those with at
 * least {@link MIN_FORECASTS} of these origins with an actual value; the backtest scores it and
 * the shorter of those horizons. Each candidate is fitted at each origin as `project` fits it
 * (`logistic` and `bass` with {@link AUTO_REPLICATES} replicates), and its whole predictive
 * distribution at each target is read at `LEVELS`. The candidates are compared on the same
 * forecasts, narrowed candidate by candidate (one that would leave fewer than
 * {@link MIN_FORECASTS} at the horizon is left out), and pooled by `crpsStacking`. No such
 * horizon: `too-few-points-for-backtest`; a path without naive error: `no-naive-error`; both leave
 * the ranking empty for the caller's fallback. O(origins·candidates·fit). @internal
 */
export function rankMethods(points: readonly PathPoint[], fit: FitSettings, horizon: number): MethodRanking {
  // The latest MAX_ORIGINS origins with an actual, thinned to every `step`-th from the latest back:
  // consecutive origins' forecasts overlap, and each origin refits every candidate with its interval.
  const latest = originsOf(points, DEFAULT_MIN_POINTS, DEFAULT_HORIZONS)
    .filter((o) => o.forecastDates.length > 0)
    .slice(-MAX_ORIGINS);
  const step = Math.ceil(latest.length / MAX_SCORED_ORIGINS);
  const origins = latest.filter((_, i) => (latest.length - 1 - i) % step === 0);
  const usable = DEFAULT_HORIZONS.filter(
    (h) => origins.filter((o) => o.forecastDates.some((t) => t.horizon === h)).length >= MIN_FORECASTS,
  );
  let nearest: number | undefined;
  for (const h of usable) if (nearest === undefined || Math.abs(h - horizon) < Math.abs(nearest - horizon)) nearest = h;
  if (nearest === undefined) return { ...NONE, reason: "too-few-points-for-backtest" };
  const chosen = nearest;
  const scale = naiveDriftScale(points);
  if (scale === null || !(scale > 0)) return { ...NONE, reason: "no-naive-error" };
  const at = origins
    .map((o) => ({
      ...o,
      forecastDates: o.forecastDates.filter((t) => usable.includes(t.horizon) && t.horizon <= chosen),
    }))
    .filter((o) => o.forecastDates.length > 0);
  const candidates = candidatesOf(fit.fitOn);
  const byCandidate = candidates.map((c) => candidateForecasts(points, at, c, fit));
  // The forecasts every compared candidate made, narrowed candidate by candidate.
  let common = at.flatMap((o) => o.forecastDates.map((t) => `${o.date} ${t.horizon}`));
  const kept: number[] = [];
  candidates.forEach((_, k) => {
    const next = common.filter((key) => byCandidate[k]!.has(key));
    if (next.filter((key) => key.endsWith(` ${chosen}`)).length < MIN_FORECASTS) return;
    kept.push(k);
    common = next;
  });
  if (kept.length === 0) return { ...NONE, reason: "too-few-points-for-backtest" };
  // Each forecast weighs e^(−age/RECENCY_MONTHS), age the months from its origin to the latest.
  const latestOrigin = points[at[at.length - 1]!.index]!.position;
  const rows = kept.map((k) =>
    common.map((key) => {
      const f = byCandidate[k]!.get(key)!;
      return { ...f, weight: Math.exp((f.originPosition - latestOrigin) / RECENCY_MONTHS) };
    }),
  );
  const atHorizon = (row: readonly Forecast[]) => row.filter((f) => f.horizon === chosen);
  const alpha = 1 - fit.confidence;
  const mase = rows.map(
    (row) => atHorizon(row).reduce((s, f) => s + Math.abs(f.actual - f.value), 0) / atHorizon(row).length / scale,
  );
  const interval = rows.map(
    (row) =>
      atHorizon(row).reduce((s, f) => s + intervalScore(f.lower, f.upper, f.actual, alpha), 0) /
      atHorizon(row).length /
      scale,
  );
  // A candidate whose fit to the whole path warns that its residuals are autocorrelated is scored
  // but not pooled: its interval assumes independent errors.
  const pooled = kept.map((k) => !independentErrorsFail(points, candidates[k]!, fit));
  const stacked = crpsStacking(rows, pooled.some(Boolean) ? pooled : undefined);
  return rankingOf(candidates, kept, stacked, { chosen, mase, interval, fitOn: fit.fitOn });
}

/** The ranking of no backtest. */
const NONE = {
  ranking: [],
  pool: [],
  horizon: null,
  scores: {},
  intervalScores: {},
  weights: {},
  widening: 1,
} as const;

/**
 * Candidate `c`'s forecasts at the origins' forecast dates, by `"origin horizon"`: its point, its
 * interval at `fit.confidence` and its quantiles at `LEVELS`. An origin where it cannot be fitted,
 * has no predictive distribution or overflows has none. O(origins·(fit + horizons·levels)).
 */
function candidateForecasts(
  points: readonly PathPoint[],
  origins: readonly Origin[],
  c: Candidate,
  fit: FitSettings,
): Map<string, Forecast> {
  const out = new Map<string, Forecast>();
  const alpha = 1 - fit.confidence;
  for (const o of origins) {
    let fitted;
    try {
      fitted = fittedModel(points, {
        replicates: AUTO_REPLICATES,
        ...fit,
        ...c,
        until: o.date,
        asOf: o.date,
        period: "month",
      });
    } catch (e) {
      if (e instanceof OnboardingTargetsError) continue;
      throw e;
    }
    const { model, origin } = fitted;
    if (model.predictive === null) continue;
    for (const t of o.forecastDates) {
      const h = monthPositionNumber(t.date) - origin.position;
      const value = model.value(h);
      const quantiles = Float64Array.from(LEVELS, (p) => model.predictive!.quantile(h, p)).sort();
      const lower = model.predictive.quantile(h, alpha / 2);
      const upper = model.predictive.quantile(h, 1 - alpha / 2);
      if (![value, lower, upper, ...quantiles].every(Number.isFinite)) continue;
      out.set(`${o.date} ${t.horizon}`, {
        key: `${o.date} ${t.horizon}`,
        originPosition: origin.position,
        horizon: t.horizon,
        value,
        actual: t.actual,
        lower,
        upper,
        quantiles,
      });
    }
  }
  return out;
}

/** The ranking from the stacking: the pool by descending weight (ties by score), then the others by score. */
function rankingOf(
  candidates: readonly Candidate[],
  kept: readonly number[],
  stacked: ReturnType<typeof crpsStacking>,
  at: { chosen: number; mase: readonly number[]; interval: readonly number[]; fitOn: FitOn },
): MethodRanking {
  const { weights, widening, scores: crps } = stacked;
  const order = kept.map((_, i) => i).sort((i, j) => weights[j]! - weights[i]! || crps[i]! - crps[j]!);
  const ranking = order.map((i) => candidates[kept[i]!]!);
  const pool = order.filter((i) => weights[i]! > 0).map((i) => ({ ...candidates[kept[i]!]!, weight: weights[i]! }));
  // The public records are by method: `linear`'s scores are those of the fit asked for (the
  // other fit's when that one was left out), its weight the sum of both fits'.
  const byMethod = (values: readonly number[]) => {
    const out: Partial<Record<ProjectionMethod, number>> = {};
    kept.forEach((k, i) => {
      const c = candidates[k]!;
      if (out[c.method] === undefined || c.fitOn === at.fitOn) out[c.method] = values[i]!;
    });
    return out;
  };
  const summed: Partial<Record<ProjectionMethod, number>> = {};
  for (const p of pool) summed[p.method] = (summed[p.method] ?? 0) + p.weight;
  return {
    ranking,
    pool,
    horizon: at.chosen,
    scores: byMethod(at.mase),
    reason: "interval-score-stacking",
    intervalScores: byMethod(at.interval),
    weights: summed,
    widening,
  };
}

/**
 * Whether candidate `c`, fitted to all of `points`, warns `autocorrelated_residuals` (only `linear`
 * on cumulative values can): its interval then assumes independent errors that a running count does
 * not have. O(n) for that candidate, nothing for the others.
 */
function independentErrorsFail(points: readonly PathPoint[], c: Candidate, fit: FitSettings): boolean {
  if (c.method !== "linear" || c.fitOn !== "cumulative") return false;
  const last = points[points.length - 1]!.date;
  try {
    const { model } = fittedModel(points, { ...fit, ...c, until: last, asOf: last, period: "month" });
    return model.warnings?.some((w) => w.code === "autocorrelated_residuals") ?? false;
  } catch (e) {
    if (e instanceof OnboardingTargetsError) return false;
    throw e;
  }
}
