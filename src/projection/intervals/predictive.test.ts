import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile } from "../../numeric/index.js";
import { mixturePhi, normalMixturePredictive } from "./predictive.js";

const relative = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));
const density = (t: number) => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);

describe("mixturePhi", () => {
  // Reference values: mpmath 1.3.0 `ncdf` at 60 digits, as in normal.test.ts.
  it.each([
    [0.5, 0.3085375387259869],
    [1.96, 0.024997895148220436],
    [3, 0.0013498980316300945],
    [5, 2.8665157187919391e-7],
    [8, 6.2209605742717841e-16], // beyond the table: normalCdf itself
  ])("Φ(-%f) = %f to a relative 1e-13, and Φ(t) to 1e-15", (t, lower) => {
    const d = { value: 0 };
    expect(relative(mixturePhi(-t, d), lower)).toBeLessThan(1e-13);
    expect(relative(d.value, density(t))).toBeLessThan(1e-13);
    expect(Math.abs(mixturePhi(t, d) - (1 - lower))).toBeLessThan(1e-15);
  });

  it("is 0 or 1 far out, where the square of t overflows, never NaN", () => {
    const d = { value: 0 };
    for (const t of [41, 1e10, 1e155, 1e300, Infinity]) {
      expect(mixturePhi(t, d)).toBe(1);
      expect(mixturePhi(-t, d)).toBe(0);
      expect(d.value).toBe(0);
    }
    expect(mixturePhi(-39, d)).toBeCloseTo(normalCdf(-39), 320); // 0 < Φ(-39) < 1e-300
  });

  it("agrees with normalCdf between and on the nodes, across the table's edge (|t| = 6)", () => {
    // 40 001 points in [-6.5, 6.5], off the nodes (i/32) by an irrational shift, and the 417 nodes.
    const d = { value: 0 };
    const ts = [
      ...Array.from({ length: 40_001 }, (_, i) => -6.5 + (13 * i) / 40_000 + 1e-3 / Math.PI),
      ...Array.from({ length: 417 }, (_, i) => (i - 208) / 32),
    ];
    let lowerTail = 0; // worst relative error of Φ(t), t < 0
    let upperTail = 0; // worst absolute error of Φ(t), t ≥ 0 (a value near 1)
    let densityError = 0;
    for (const t of ts) {
      const phi = mixturePhi(t, d);
      if (t < 0) lowerTail = Math.max(lowerTail, relative(phi, normalCdf(t)));
      else upperTail = Math.max(upperTail, Math.abs(phi - normalCdf(t)));
      densityError = Math.max(densityError, relative(d.value, density(t)));
    }
    expect(lowerTail).toBeLessThan(1e-13);
    expect(upperTail).toBeLessThan(2e-15);
    expect(densityError).toBeLessThan(1e-13);
  });
});

describe("normalMixturePredictive", () => {
  /** Components as constant arrays (the same at every horizon, scaled by √h). */
  const mixture = (weights: number[], means: number[], scales: number[]) => {
    const fills: number[] = [];
    const predictive = normalMixturePredictive("state-space", Float64Array.from(weights), (h, mean, scale) => {
      fills.push(h);
      means.forEach((m, k) => {
        mean[k] = m * h;
        scale[k] = (scales[k] as number) * Math.sqrt(h);
      });
    });
    return { predictive, fills };
  };

  it("with one component is the normal distribution", () => {
    const { predictive } = mixture([1], [100], [20]);
    // N(100h, (20·√h)²), from the normal distribution's own quantile and CDF.
    const normal = {
      quantile: (h: number, p: number) => 100 * h + 20 * Math.sqrt(h) * normalQuantile(p),
      probabilityBeyond: (h: number, v: number, up: boolean) => {
        const z = (v - 100 * h) / (20 * Math.sqrt(h));
        return up ? normalCdf(-z) : normalCdf(z);
      },
    };
    for (const h of [0.5, 3, 12])
      for (const p of [0.001, 0.05, 0.3, 0.5, 0.95, 0.999]) {
        expect(relative(predictive.quantile(h, p), normal.quantile(h, p)), `h ${h}, p ${p}`).toBeLessThan(1e-12);
        const v = 100 * h + 15;
        expect(predictive.probabilityBeyond(h, v, true)).toBeCloseTo(normal.probabilityBeyond(h, v, true), 14);
      }
  });

  it("sums the components' probabilities, and its quantiles invert them", () => {
    // Weights 0.2, 0.5, 0.3; at h = 4 the components are N(400, 40²), N(480, 20²), N(360, 100²).
    const { predictive } = mixture([0.2, 0.5, 0.3], [100, 120, 90], [20, 10, 50]);
    const v = 450;
    const below = 0.2 * normalCdf((v - 400) / 40) + 0.5 * normalCdf((v - 480) / 20) + 0.3 * normalCdf((v - 360) / 100);
    expect(predictive.probabilityBeyond(4, v, false)).toBeCloseTo(below, 15);
    expect(predictive.probabilityBeyond(4, v, true)).toBeCloseTo(1 - below, 15);
    let previous = -Infinity;
    for (const p of [1e-6, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1 - 1e-6]) {
      const q = predictive.quantile(4, p);
      expect(predictive.probabilityBeyond(4, q, false), `p = ${p}`).toBeCloseTo(p, 12);
      expect(q).toBeGreaterThan(previous);
      previous = q;
    }
  });

  it("treats a scale of 0 as a point mass (the origin, or a node without spread)", () => {
    const { predictive } = mixture([0.5, 0.5], [100, 100], [0, 30]);
    expect(predictive.quantile(0, 0.05)).toBe(0);
    expect(predictive.quantile(0, 0.95)).toBe(0);
    expect(predictive.probabilityBeyond(0, 1, true)).toBe(0);
    expect(predictive.probabilityBeyond(0, 0, true)).toBe(1);
    // At h = 1: half the mass at 100, half N(100, 30²): P(≤ 100) = ½ + ½·½, P(≤ 70) = ½·Φ(-1).
    expect(predictive.probabilityBeyond(1, 100, false)).toBe(0.75);
    expect(predictive.probabilityBeyond(1, 99.999, false)).toBeCloseTo(0.5 * normalCdf(-0.001 / 30), 12);
    expect(predictive.probabilityBeyond(1, 70, false)).toBeCloseTo(0.5 * normalCdf(-1), 14);
    // The 0.9-quantile of ½δ(100) + ½N(100, 30²) is where ½ + ½Φ(z) = 0.9: z = Φ⁻¹(0.8).
    expect(predictive.quantile(1, 0.9)).toBeCloseTo(100 + 30 * 0.8416212335729143, 8);
  });

  it("fills the components once per horizon asked in a row", () => {
    const { predictive, fills } = mixture([0.5, 0.5], [100, 120], [20, 10]);
    predictive.quantile(3, 0.05);
    predictive.quantile(3, 0.95);
    predictive.probabilityBeyond(3, 350, true);
    predictive.probabilityBeyond(5, 350, true);
    predictive.quantile(3, 0.5);
    expect(fills).toEqual([3, 5, 3]);
  });
});
