import { OnboardingTargetsError, type Issue } from "../../errors/core.js";
import { type PathPoint, pointsAsOf } from "../../path/core.js";
import { monthPositionNumber } from "../../periods/core.js";
import type { MethodChoice, MethodSelection, Projection, ProjectionMethod } from "../types.js";
import type { FitSettings } from "../backtest/backtestPath.js";
import { projectPoints, type ProjectionSettings } from "./projectPoints.js";
import { FALLBACK, rankMethods } from "../backtest/selectMethod.js";

/** Validated settings of a projection whose method may be `auto`. @internal */
export interface PathProjectionSettings extends Omit<ProjectionSettings, "method"> {
  readonly method: MethodChoice;
  /** For `auto`: the months ahead to choose the method at; default the months from the origin to `until`. */
  readonly horizon?: number;
}

/**
 * The body of `project` on an already built path: `projectPoints` for a method; for `auto`, first
 * ranks the methods by a backtest on the points up to `asOf` (see `rankMethods`) and projects with
 * the best one that fits the whole path, or with the fallback (linear on increments, the random walk
 * with drift) when none could be ranked; the projection then carries its `selection`. Errors as
 * documented on `project`. @internal
 */
export function projectPath(
  all: readonly PathPoint[],
  warnings: readonly Issue[],
  settings: PathProjectionSettings,
): Projection {
  const { method, horizon: _horizon, ...rest } = settings;
  if (method !== "auto") return projectPoints(all, warnings, { ...rest, method });
  const { until, asOf, period: _period, ...fit } = rest;
  const known = pointsAsOf(all, asOf);
  const origin = known.at(-1);
  if (origin === undefined) return projectPoints(all, warnings, { ...rest, ...FALLBACK }); // throws too_few_points
  const horizon = settings.horizon ?? monthPositionNumber(until, "options.until") - origin.position;
  const ranked = rankMethods(known, fit satisfies FitSettings, horizon);
  const selectionOf = (m: ProjectionMethod, weights: MethodSelection["weights"], inPool: boolean): MethodSelection => {
    const { horizon: at, scores, reason, intervalScores } = ranked;
    return { method: m, horizon: at, scores, reason, intervalScores, weights, widening: inPool ? ranked.widening : 1 };
  };
  // The pool (widened) with its candidate of largest weight; past it (that candidate cannot project
  // the whole path), each candidate alone.
  for (const [i, c] of ranked.ranking.entries()) {
    const inPool = i === 0;
    try {
      return withSelection(
        projectPoints(all, warnings, {
          ...rest,
          ...c,
          ...(inPool && ranked.pool.length > 1 && { pool: ranked.pool }),
          ...(inPool && { widening: ranked.widening }),
        }),
        selectionOf(c.method, inPool ? ranked.weights : { [c.method]: 1 }, inPool),
      );
    } catch (e) {
      // A method ranked on the origins may still fail on the whole path (a projected value that
      // overflows before `until`): the next one is used.
      if (!(e instanceof OnboardingTargetsError)) throw e;
    }
  }
  return withSelection(
    projectPoints(all, warnings, { ...rest, ...FALLBACK }),
    selectionOf(FALLBACK.method, { [FALLBACK.method]: 1 }, false),
  );
}

function withSelection(projection: Projection, selection: MethodSelection): Projection {
  return Object.assign(projection, { selection });
}
