import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile } from "./normal.js";

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));

describe("normalCdf", () => {
  // Reference values: mpmath 1.3.0 `ncdf` at 60 significant digits, rounded to 17. (scipy.special.ndtr
  // 1.10.1 agrees to 1e-15 up to t = 10 and loses digits beyond: 5.7e-14 relative at t = 30.)
  it.each([
    [0.5, 0.3085375387259869],
    [1, 0.15865525393145705],
    [1.2, 0.11506967022170828], // the series of erfc (z² = t²/2 = 0.72 < 1.5)
    [1.7, 0.044565462758543044], // still the series, near its end (z² = 1.445)
    [1.96, 0.024997895148220436], // the continued fraction (z² = 1.92 ≥ 1.5)
    [2.5, 0.0062096653257761352],
    [3, 0.0013498980316300945],
    [5, 2.8665157187919391e-7],
    [8, 6.2209605742717841e-16],
    [10, 7.6198530241605261e-24],
    [20, 2.7536241186062337e-89],
    [30, 4.9067139271481871e-198],
    [37, 5.7255712225245768e-300],
  ])("Φ(-%f) = %f to a relative 1e-14, and Φ(t) = 1 - Φ(-t)", (t, lower) => {
    expect(relative(normalCdf(-t), lower)).toBeLessThan(1e-14);
    expect(Math.abs(normalCdf(t) - (1 - lower))).toBeLessThan(1e-15);
  });

  // The factor e^{-t²/2} is split at a = t rounded to 1/16 so that the rounding of t² (2e-13 in the
  // exponent near t = 37) does not enter it; at these t, whose squares are not exact in binary, a
  // coarser split loses a digit (2e-15 to 5e-14 relative). Reference: mpmath 1.3.0 `ncdf(-t)` at 60
  // significant digits of the double t, rounded to 17.
  it.each([
    [9.87654321, 2.6308366697390625e-23],
    [12.345, 2.591712067896197e-35],
    [17.3, 2.3519444588092323e-67],
    [25.3, 1.5971151302421998e-141],
    [33.7, 2.8903372560505839e-249],
    [36.1, 1.1340034358936236e-285],
  ])("Φ(-%f) = %f to a relative 1e-15 where t² is not exact", (t, lower) => {
    expect(relative(normalCdf(-t), lower)).toBeLessThan(1e-15);
  });

  it("is ½ at 0, 0 and 1 at the infinities, and never NaN for a number", () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-40)).toBe(0); // 3.7e-350 underflows
    expect(normalCdf(40)).toBe(1);
  });

  it("is increasing across the switch from series to continued fraction (z² = 1.5, t = √3)", () => {
    let previous = 0;
    for (let t = 1.6; t < 1.9; t += 0.001) {
      const p = normalCdf(t);
      expect(p).toBeGreaterThanOrEqual(previous);
      previous = p;
    }
  });
});

describe("normalQuantile", () => {
  // Reference values: the root of mpmath 1.3.0 `ncdf(z) = p` by 300 bisections at 60 digits, rounded
  // to 17 (scipy.special.ndtri 1.10.1 agrees to 2e-16 relative).
  it.each([
    [0.6, 0.2533471031357998],
    [0.75, 0.67448975019608174],
    [0.9, 1.2815515655446005],
    [0.95, 1.6448536269514727],
    [0.975, 1.9599639845400542],
    [0.99, 2.3263478740408411],
    [0.999, 3.0902323061678135],
  ])("z_%f = %f to a relative 1e-14, and z_{1-p} = -z_p", (p, z) => {
    expect(relative(normalQuantile(p), z)).toBeLessThan(1e-14);
    expect(relative(normalQuantile(1 - p), -z)).toBeLessThan(1e-14);
  });

  it.each([
    [1e-5, -4.2648907939228246],
    [1e-10, -6.3613409024040562],
    [1e-20, -9.2623400897984076],
    [1e-100, -21.273453560965324],
    [1e-300, -37.047096299361199],
  ])("far tail z_%f = %f to a relative 1e-14", (p, z) => {
    expect(relative(normalQuantile(p), z)).toBeLessThan(1e-14);
  });

  it("is 0 at ½, inverts the CDF, and rejects p outside (0, 1)", () => {
    expect(normalQuantile(0.5)).toBe(0);
    for (const p of [0.01, 0.2, 0.45, 0.55, 0.8, 0.99]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 15);
    for (const p of [0, 1, -0.1, 1.5, NaN]) expect(() => normalQuantile(p)).toThrow(RangeError);
  });

  it("names p and the range it must lie in", () => {
    expect(() => normalQuantile(0)).toThrow(new RangeError("normalQuantile(0): need 0 < p < 1"));
    expect(() => normalQuantile(1.5)).toThrow(new RangeError("normalQuantile(1.5): need 0 < p < 1"));
  });
});
