import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../numeric/index.js";
import {
  CRPS_LEVELS,
  crpsStacking,
  EQUAL_SHARE,
  LEVELS,
  meanAbsoluteDifference,
  type QuantileForecast,
} from "./crps.js";

/** The mean of |a_j − b_k| over all pairs, by the definition. */
const bruteForce = (a: number[], b: number[]) =>
  a.reduce((s, x) => s + b.reduce((t, y) => t + Math.abs(x - y), 0), 0) / (a.length * b.length);

/** A normal forecast N(mean, sd²) read at LEVELS, with the actual. */
const normal = (mean: number, sd: number, actual: number, horizon = 3): QuantileForecast => ({
  quantiles: LEVELS.map((p) => mean + sd * normalQuantile(p)),
  actual,
  horizon,
});

describe("meanAbsoluteDifference", () => {
  it.each([
    [[1, 2, 3], [2]],
    [
      [-1, 0.5, 4, 9],
      [0, 0, 3],
    ],
    [[5], [1, 2, 8, 13]],
    [
      [1, 1, 1],
      [1, 1],
    ],
  ])("%j against %j: the double sum, by one merge", (a, b) => {
    expect(meanAbsoluteDifference(a, b)).toBeCloseTo(bruteForce(a, b), 12);
  });
});

describe("crpsStacking", () => {
  it("reads each distribution at 20 levels", () => {
    expect(LEVELS).toHaveLength(CRPS_LEVELS);
    expect([LEVELS[0], LEVELS[19]]).toEqual([0.025, 0.975]);
  });

  it("one candidate: weight 1, and its mean CRPS is E|X − y| − ½E|X − X'| of its quantiles", () => {
    const f = [normal(0, 1, 0.5), normal(0, 1, -2)];
    const { weights, scores } = crpsStacking([f]);
    expect(weights).toEqual([1]);
    // One horizon: each forecast divided by the mean CRPS of the pool (here the candidate itself).
    const crps = f.map(
      (x) =>
        bruteForce(Array.from(x.quantiles), [x.actual]) -
        bruteForce(Array.from(x.quantiles), Array.from(x.quantiles)) / 2,
    );
    const mean = (crps[0]! + crps[1]!) / 2;
    expect(scores[0]).toBeCloseTo((crps[0]! / mean + crps[1]! / mean) / 2, 12);
  });

  it("two candidates biased either way by the same amount: an even mix", () => {
    // Actuals at 0; one candidate always says N(+1, 0.5²), the other N(−1, 0.5²).
    const actuals = [0, 0, 0, 0];
    const high = actuals.map((y) => normal(1, 0.5, y));
    const low = actuals.map((y) => normal(-1, 0.5, y));
    const { weights } = crpsStacking([high, low]);
    expect(weights[0]).toBeCloseTo(0.5, 2);
    expect(weights[1]).toBeCloseTo(0.5, 2);
  });

  it("a candidate that is honest beats one that is too sure: all the stacked weight, the sure one its equal share", () => {
    // Actuals spread ±1 about 0; the honest says N(0, 1), the sure N(0, 0.01²), the same median.
    // Stacked weights (0, 1), then (1 − ε)·w + ε/2 with ε = EQUAL_SHARE.
    const actuals = LEVELS.map((p) => normalQuantile(p));
    const honest = actuals.map((y) => normal(0, 1, y));
    const sure = actuals.map((y) => normal(0, 0.01, y));
    const { weights, widening } = crpsStacking([sure, honest]);
    expect(EQUAL_SHARE).toBe(0.075);
    expect(weights[0]).toBeCloseTo(0.0375, 15);
    expect(weights[1]).toBeCloseTo(0.9625, 15);
    expect(widening).toBe(1);
  });

  it("spreads the equal share over the pooled candidates only", () => {
    // Three candidates, the second left out: the honest one's stacked weight 1, then ε/2 to each of
    // the first and third. The weights sum to 1.
    const actuals = LEVELS.map((p) => normalQuantile(p));
    const honest = actuals.map((y) => normal(0, 1, y));
    const sure = actuals.map((y) => normal(0, 0.01, y));
    const off = actuals.map((y) => normal(3, 1, y));
    const { weights } = crpsStacking([off, sure, honest], [true, false, true]);
    expect(weights[0]).toBeCloseTo(EQUAL_SHARE / 2, 15);
    expect(weights[1]).toBe(0);
    expect(weights[2]).toBeCloseTo(1 - EQUAL_SHARE / 2, 15);
  });

  it("a pool too narrow for its errors is widened, by the λ that a normal's CRPS says", () => {
    // Actuals from N(0, 1) at the 20 levels; the forecast N(0, 0.5²): the best λ is near 2.
    const actuals = LEVELS.map((p) => normalQuantile(p));
    const { weights, widening } = crpsStacking([actuals.map((y) => normal(0, 0.5, y))]);
    expect(weights).toEqual([1]);
    expect(widening).toBeGreaterThanOrEqual(1.8);
    expect(widening).toBeLessThanOrEqual(2.2);
  });

  it("a forecast of weight 2 counts as that forecast given twice", () => {
    // Actuals off both candidates in turn: the weights and λ depend on how much each forecast counts.
    const actuals = [0.4, -1.3, 2.1, 0.2];
    const a = actuals.map((y) => normal(0.5, 0.6, y));
    const b = actuals.map((y) => normal(-0.2, 1.1, y));
    const weighted = crpsStacking([a, b].map((f) => f.map((x, i) => (i === 2 ? { ...x, weight: 2 } : x))));
    const twice = crpsStacking([a, b].map((f) => [...f, f[2]!]));
    expect(weighted.weights[0]).toBeCloseTo(twice.weights[0]!, 12);
    expect(weighted.widening).toBe(twice.widening);
    // And it changes the answer: with weight 1 the pool differs.
    expect(crpsStacking([a, b]).weights[0]).not.toBeCloseTo(twice.weights[0]!, 3);
  });

  it("a candidate left out of the pool gets no weight, however well it scores", () => {
    const actuals = LEVELS.map((p) => normalQuantile(p));
    const honest = actuals.map((y) => normal(0, 1, y));
    const sure = actuals.map((y) => normal(0, 0.01, y));
    const { weights, scores } = crpsStacking([sure, honest], [true, false]);
    expect(weights).toEqual([1, 0]);
    // Its score is still reported, and is the better one.
    expect(scores[1]).toBeLessThan(scores[0]!);
    expect(crpsStacking([sure, honest], [true, true])).toEqual(crpsStacking([sure, honest]));
  });
});
