import { describe, expect, it } from "vitest";
import type { Model } from "../methods/model.js";
import type { Predictive } from "../intervals/predictive.js";
import { dateWithProbability } from "./reaching.js";

// Four saturating replicate paths K_b·(1 - e^{-h}) with K_b = 10, 11, 12, 13 (a bootstrap of curves
// that level off), the point curve the one with K = 11.5. Origin: the end of 2024-01-31, whose
// month-axis position is 12·2024 + 0 + 31/31 = 24289.
const capacities = [10, 11, 12, 13];
/** The share of the four paths at or beyond v at h (the quantiles are not read by dateWithProbability). */
const ensemble: Predictive = {
  kind: "residual-bootstrap",
  replicates: capacities.length,
  probabilityBeyond: (h, v, up) =>
    capacities.filter((k) => (up ? k * (1 - Math.exp(-h)) >= v : k * (1 - Math.exp(-h)) <= v)).length /
    capacities.length,
  quantile: () => {
    throw new Error("not read by dateWithProbability");
  },
};
const model: Model = {
  fittedOn: "cumulative",
  parameters: {},
  value: (h) => 11.5 * (1 - Math.exp(-h)),
  reach: (v) => (v < 11.5 ? -Math.log(1 - v / 11.5) : "beyond-capacity"),
  predictive: ensemble,
};
const xo = 12 * 2024 + 1;

describe("dateWithProbability", () => {
  it("a share of paths that levels off below the value is beyond capacity, not never at this pace", () => {
    // Only K = 13 passes 12.5: the probability never exceeds 1/4.
    expect(dateWithProbability(model, xo, "2024-01-31", 12.5, true, 0.5)).toEqual({
      date: null,
      reason: "beyond-capacity",
    });
  });

  it("the first day by whose end the share of paths reaches p", () => {
    // 13·(1 - e^{-h}) = 12.5 at h = ln 26 = 3.258096 months after the end of January: into May
    // by 0.258096·31 = 8.001 days, past the end of 8 May (8/31 = 0.258065), so 2024-05-09; the
    // share of paths reaches p = 1/4 exactly there.
    expect(dateWithProbability(model, xo, "2024-01-31", 12.5, true, 0.25)).toEqual({ date: "2024-05-09" });
    // At the origin every path is at 0: a value of 0 is reached with certainty.
    expect(dateWithProbability(model, xo, "2024-01-31", 0, true, 0.99)).toEqual({ date: "2024-01-31" });
  });

  it("no predictive distribution: insufficient data", () => {
    expect(dateWithProbability({ ...model, predictive: null }, xo, "2024-01-31", 5, true, 0.5)).toEqual({
      date: null,
      reason: "insufficient-data",
    });
  });
});
