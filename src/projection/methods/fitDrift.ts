import type { FloatPath, Model } from "./model.js";
import { reachLine } from "./model.js";
import { randomWalkFit, randomWalkPredictive } from "./randomWalk.js";

/**
 * Linear projection fitted on increments: the random walk with drift (see `randomWalkFit`). The
 * drift `μ = ΣΔy / ΣΔx` is the mean monthly increment since the first point; from the origin value
 * y_o, `ŷ(h) = y_o + μh`, with the prediction interval `± t_{(1+c)/2, m-1} · σ · sqrt(h + h²/ΣΔx)`.
 *
 * This is the interval to trust for a cumulative series, whose residuals around a fitted line are
 * autocorrelated ([random walk with drift](../../../docs/methodology.md#random-walk-with-drift)).
 * Needs two points; the interval needs three. O(n).
 * @internal
 */
export function fitDrift(path: FloatPath): Model | null {
  const walk = randomWalkFit(path.x, path.y);
  if (walk === null) return null;
  const { last: origin, drift, span, sigma, df } = walk;
  const value = (h: number) => origin + drift * h;
  return {
    fittedOn: "increments",
    parameters: { intercept: origin, slope: drift, residualStandardError: sigma, degreesOfFreedom: df, span },
    value,
    predictive: df > 0 ? randomWalkPredictive(value, sigma, span, df) : null,
    reach: (v) => reachLine(origin, drift, v),
  };
}
