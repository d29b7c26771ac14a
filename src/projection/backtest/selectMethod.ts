import type { PathPoint } from "../../path/core.js";
import { METHODS } from "../../vocabulary/index.js";
import type { MethodSelection, ProjectionMethod } from "../types.js";
import type { BacktestForecast } from "../backtestTypes.js";
import { intervalScore, type ScoredForecast, stackingWeights } from "../intervals/pool.js";
import {
  DEFAULT_HORIZONS,
  DEFAULT_MIN_POINTS,
  type FitSettings,
  forecastsOf,
  naiveDriftScale,
  originsOf,
  scoreOf,
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

/**
 * The candidates, of lowest MASE first, whose intervals `auto` scores and pools: three keeps the
 * backtest's bootstrap refits to those that can matter, and the weight grid small (66 points). @internal
 */
export const POOLED_CANDIDATES = 3;

/** The choice of `auto`: the methods compared, best first, and the selection without its method. @internal */
export interface MethodRanking {
  /** The methods compared, by ascending MASE (ties in the order of `METHODS`); empty for the fallback. */
  readonly ranking: readonly ProjectionMethod[];
  readonly horizon: number | null;
  readonly scores: MethodSelection["scores"];
  readonly reason: MethodSelection["reason"];
  readonly intervalScores: MethodSelection["intervalScores"];
  readonly weights: MethodSelection["weights"];
  readonly widening: MethodSelection["widening"];
}

/**
 * Ranks the methods by a backtest on `points` (the path up to the origin) at the horizon of
 * `DEFAULT_HORIZONS` nearest `horizon` months (the shorter of two as near) among those with at
 * least {@link MIN_FORECASTS} origins with an actual value, origins from the `DEFAULT_MIN_POINTS`-th
 * point on, the latest {@link MAX_ORIGINS} of them. Every score rests on the same forecasts: the methods are compared on the origins at
 * which all of them could be fitted, narrowed method by method in the order of `METHODS`, and a
 * method that would leave fewer than {@link MIN_FORECASTS} (one that needs more points than the
 * early origins have, such as `damped`, or `cagr` on a path with values ≤ 0) is left out. No such
 * horizon: `too-few-points-for-backtest`; a monthly series without naive error (MASE undefined):
 * `no-naive-error`; both leave the ranking empty for the caller's fallback.
 * O(origins·methods·fit). @internal
 */
export function rankMethods(points: readonly PathPoint[], fit: FitSettings, horizon: number): MethodRanking {
  const origins = originsOf(points, DEFAULT_MIN_POINTS, DEFAULT_HORIZONS);
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
    .map((o) => ({ ...o, forecastDates: o.forecastDates.filter((t) => t.horizon === chosen) }))
    .filter((o) => o.forecastDates.length > 0)
    .slice(-MAX_ORIGINS);
  const forecasts = forecastsOf(points, at, METHODS, fit);
  // The origins every compared method forecast at, narrowed method by method in the order of
  // METHODS; a method that would leave fewer than MIN_FORECASTS is not compared.
  let common = at.map((o) => o.date);
  const methods: ProjectionMethod[] = [];
  for (const m of METHODS) {
    const fitted = new Set(forecasts.filter((f) => f.method === m).map((f) => f.origin));
    const next = common.filter((d) => fitted.has(d));
    if (next.length < MIN_FORECASTS) continue;
    methods.push(m);
    common = next;
  }
  const kept = new Set(common);
  const same = forecasts.filter((f) => kept.has(f.origin));
  const compared = methods
    .map((m) => scoreOf(same, m, chosen, scale))
    .filter((s): s is typeof s & { mase: number } => s.mase !== null);
  if (compared.length === 0) return { ...NONE, reason: "too-few-points-for-backtest" };
  const scores = Object.fromEntries(compared.map((s) => [s.method, s.mase]));
  // Array.prototype.sort is stable: equal scores keep the order of METHODS.
  const byMase = [...compared].sort((a, b) => a.mase - b.mase).map((s) => s.method);
  const stacked = stack(
    byMase.slice(0, POOLED_CANDIDATES),
    forecastsOf(
      points,
      at.filter((o) => kept.has(o.date)),
      byMase.slice(0, POOLED_CANDIDATES),
      { ...fit, intervals: true },
    ),
    kept,
    fit.confidence,
    scale,
  );
  if (stacked === null)
    return {
      ranking: byMase,
      horizon: chosen,
      scores,
      reason: "lowest-mase",
      intervalScores: {},
      weights: { [byMase[0] as ProjectionMethod]: 1 },
      widening: 1,
    };
  const { pooled, intervalScores, weights, widening } = stacked;
  const ranking = [...pooled, ...byMase.filter((m) => !pooled.includes(m))];
  return { ranking, horizon: chosen, scores, reason: "interval-score-stacking", intervalScores, weights, widening };
}

/** The ranking of no backtest. */
const NONE = { ranking: [], horizon: null, scores: {}, intervalScores: {}, weights: {}, widening: 1 } as const;

/**
 * The interval scores and stacking weights of the candidates (lowest MASE first) from their
 * forecasts with intervals at the chosen horizon: the candidates that keep at least
 * {@link MIN_FORECASTS} origins at which all of them have an interval (narrowed in that order),
 * each scored by its mean interval score on those origins (divided by `scale`), ordered by it,
 * and weighted by `stackingWeights`. The pooled candidates come by descending weight, ties by
 * score. Null when none keeps enough origins. @internal
 */
function stack(
  candidates: readonly ProjectionMethod[],
  forecasts: readonly BacktestForecast[],
  origins: ReadonlySet<string>,
  confidence: number,
  scale: number,
): {
  pooled: ProjectionMethod[];
  intervalScores: Partial<Record<ProjectionMethod, number>>;
  weights: Partial<Record<ProjectionMethod, number>>;
  widening: number;
} | null {
  const byOrigin = candidates.map(
    (m) =>
      new Map(
        forecasts
          .filter((f) => f.method === m && f.lower !== null && f.upper !== null && origins.has(f.origin))
          .map((f) => [f.origin, f as ScoredForecast]),
      ),
  );
  let shared = [...origins];
  const kept: number[] = [];
  candidates.forEach((_, k) => {
    const next = shared.filter((d) => (byOrigin[k] as Map<string, ScoredForecast>).has(d));
    if (next.length < MIN_FORECASTS) return;
    kept.push(k);
    shared = next;
  });
  if (kept.length === 0) return null;
  const alpha = 1 - confidence;
  const rows = kept.map((k) =>
    shared.map((d) => (byOrigin[k] as Map<string, ScoredForecast>).get(d) as ScoredForecast),
  );
  const meanScore = rows.map(
    (row) => row.reduce((s, f) => s + intervalScore(f.lower, f.upper, f.actual, alpha), 0) / row.length / scale,
  );
  // Best score first (stable: ties keep the MASE order).
  const order = kept.map((_, i) => i).sort((a, b) => (meanScore[a] as number) - (meanScore[b] as number));
  const { weights, widening } = stackingWeights(
    order.map((i) => rows[i] as ScoredForecast[]),
    confidence,
  );
  const methodOf = (i: number) => candidates[kept[order[i] as number] as number] as ProjectionMethod;
  const pooled = order
    .map((_, i) => i)
    .filter((i) => (weights[i] as number) > 0)
    .sort((a, b) => (weights[b] as number) - (weights[a] as number))
    .map(methodOf);
  return {
    pooled,
    intervalScores: Object.fromEntries(
      kept.map((k, i): [ProjectionMethod, number] => [candidates[k] as ProjectionMethod, meanScore[i] as number]),
    ),
    weights: Object.fromEntries(
      order.map((_, i): [ProjectionMethod, number] => [methodOf(i), weights[i] as number]).filter(([, w]) => w > 0),
    ),
    widening,
  };
}
