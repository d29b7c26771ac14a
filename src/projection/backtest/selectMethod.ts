import type { PathPoint } from "../../path/core.js";
import { METHODS } from "../../vocabulary/index.js";
import type { MethodSelection, ProjectionMethod } from "../types.js";
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

/** The choice of `auto`: the methods compared, best first, and the selection without its method. @internal */
export interface MethodRanking {
  /** The methods compared, by ascending MASE (ties in the order of `METHODS`); empty for the fallback. */
  readonly ranking: readonly ProjectionMethod[];
  readonly horizon: number | null;
  readonly scores: MethodSelection["scores"];
  readonly reason: MethodSelection["reason"];
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
  if (nearest === undefined) return { ranking: [], horizon: null, scores: {}, reason: "too-few-points-for-backtest" };
  const chosen = nearest;
  const scale = naiveDriftScale(points);
  if (scale === null || !(scale > 0)) return { ranking: [], horizon: null, scores: {}, reason: "no-naive-error" };
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
  if (compared.length === 0) return { ranking: [], horizon: null, scores: {}, reason: "too-few-points-for-backtest" };
  const scores = Object.fromEntries(compared.map((s) => [s.method, s.mase]));
  // Array.prototype.sort is stable: equal scores keep the order of METHODS.
  const ranking = [...compared].sort((a, b) => a.mase - b.mase).map((s) => s.method);
  return { ranking, horizon: chosen, scores, reason: "lowest-mase" };
}
