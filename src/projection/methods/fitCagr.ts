import { type FloatPath, type Model, pathEnds } from "./model.js";
import { randomWalkFit, randomWalkPredictive } from "./randomWalk.js";

/**
 * Compound growth: the constant monthly rate `g = (y_last / y_first)^(1/months) - 1` between the
 * first and last points of the path, extrapolated as `y_o·(1+g)^h` (the CAGR extrapolation of the
 * UNSD SDG progress method, on months). The caller refuses values ≤ 0 before calling.
 *
 * Interval: in log space, a random walk with drift `ln(1+g)` (see `randomWalkFit` on `ln y`): the
 * spread s of the monthly log steps gives `y_o·(1+g)^h · exp(± t · s · sqrt(h + h²/span))`, which
 * stays positive and is wider above than below. Needs three points. O(n).
 * @internal
 */
export function fitCagr(path: FloatPath): Model | null {
  const ends = pathEnds(path);
  if (ends === null) return null;
  const { first, origin, span } = ends;
  const ratio = origin / first;
  const logRate = Math.log(ratio) / span; // ln(1+g)
  const g = Math.expm1(logRate);
  const walk = randomWalkFit(path.x, path.y.map(Math.log));
  const df = walk?.df ?? 0;
  const sigma = walk?.sigma ?? 0;
  const logOrigin = Math.log(origin);
  return {
    fittedOn: "cumulative",
    parameters: {
      monthlyGrowth: g,
      annualGrowth: Math.expm1(12 * logRate),
      span,
      logResidualStandardError: sigma,
      degreesOfFreedom: df,
    },
    value: (h) => origin * Math.exp(logRate * h),
    predictive:
      df > 0
        ? randomWalkPredictive((h) => logOrigin + logRate * h, sigma, span, df, "log-random-walk-with-drift")
        : null,
    reach: (v) => {
      if (v === origin) return 0;
      // v ≤ 0 needs no test of its own: ln(v / origin) is -Infinity or NaN, so h is never a finite h > 0.
      const h = Math.log(v / origin) / logRate;
      return h > 0 && Number.isFinite(h) ? h : "never-at-this-pace";
    },
  };
}
