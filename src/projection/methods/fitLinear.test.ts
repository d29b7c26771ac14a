import { describe, expect, it } from "vitest";
import { fitLinear } from "./fitLinear.js";
import { centralInterval } from "../intervals/predictive.js";

// t quantiles from studentT.test.ts (scipy.stats.t.ppf, NIST table): t_{0.95,2} = 2.9199855804.
const T95_2 = 2.9199855804;

// Hand-derived OLS on x = [-3, -2, -1, 0], y = [0, 2, 3, 7] (h = months after the origin):
//   x̄ = -1.5, ȳ = 3; dx = [-1.5, -0.5, 0.5, 1.5], Sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5;
//   dy = [-3, -1, 0, 4], Sxy = 4.5 + 0.5 + 0 + 6 = 11; slope = 11/5 = 2.2;
//   intercept (h = 0) = 3 - 2.2·(-1.5) = 6.3; fitted -0.3, 1.9, 4.1, 6.3;
//   residuals 0.3, 0.1, -1.1, 0.7; SSE = 0.09 + 0.01 + 1.21 + 0.49 = 1.8; df = 2; s = sqrt(0.9).
const path = () => ({ x: [-3, -2, -1, 0], y: [0, 2, 3, 7] });

describe("fitLinear", () => {
  it("recovers the hand-derived OLS parameters", () => {
    const m = fitLinear(path());
    expect(m).not.toBeNull();
    expect(m?.fittedOn).toBe("cumulative");
    const p = m?.parameters ?? {};
    expect(p.slope).toBeCloseTo(2.2, 12);
    expect(p.intercept).toBeCloseTo(6.3, 12);
    expect(p.residualStandardError).toBeCloseTo(Math.sqrt(0.9), 12);
    expect(p.degreesOfFreedom).toBe(2);
    expect(p.meanX).toBe(-1.5);
    expect(p.sxx).toBe(5);
  });

  it.each([
    // value = 6.3 + 2.2 h
    [0, 6.3],
    [3, 12.9],
    [-3, -0.3],
  ])("value(%f) = %f on the fitted line", (h, expected) => {
    expect(fitLinear(path())?.value(h)).toBeCloseTo(expected, 12);
  });

  it("gives the Student-t prediction interval ŷ ± t·s·sqrt(1 + 1/n + (h - x̄)²/Sxx)", () => {
    const m = fitLinear(path());
    // h = 3: (3 + 1.5)² / 5 = 4.05, so the root is sqrt(1 + 0.25 + 4.05) = sqrt(5.3).
    const half = T95_2 * Math.sqrt(0.9) * Math.sqrt(5.3);
    const iv = centralInterval(m?.predictive ?? null, 3, 0.9);
    expect(iv?.[0]).toBeCloseTo(12.9 - half, 9);
    expect(iv?.[1]).toBeCloseTo(12.9 + half, 9);
    // At the mean of x the interval is narrowest: sqrt(1 + 1/4).
    const mid = centralInterval(m?.predictive ?? null, -1.5, 0.9);
    expect((mid?.[1] ?? 0) - (mid?.[0] ?? 0)).toBeCloseTo(2 * T95_2 * Math.sqrt(0.9) * Math.sqrt(1.25), 9);
  });

  it("recovers an exact line from points on it, with zero residual error", () => {
    // y = 100 + 25 h at h = -4, -2.5, -1, 0: slope 25, intercept 100, SSE 0.
    const m = fitLinear({ x: [-4, -2.5, -1, 0], y: [0, 37.5, 75, 100] });
    expect(m?.parameters.slope).toBeCloseTo(25, 12);
    expect(m?.parameters.intercept).toBeCloseTo(100, 12);
    expect(m?.parameters.residualStandardError).toBeCloseTo(0, 12);
    expect(m?.reach(200)).toBeCloseTo(4, 12); // (200 - 100) / 25
  });

  it("two points: the line through them, no interval and no residual error (df = 0)", () => {
    // The composite example: 0 at month -9, 3 000 at month 0 -> 333.33/month (methodology: the composite example).
    const m = fitLinear({ x: [-9, 0], y: [0, 3000] });
    expect(m?.parameters.slope).toBeCloseTo(3000 / 9, 9);
    expect(m?.parameters.degreesOfFreedom).toBe(0);
    expect(m?.parameters.residualStandardError).toBe(0);
    expect(centralInterval(m?.predictive ?? null, 3, 0.9)).toBeNull();
    expect(centralInterval(m?.predictive ?? null, 0, 0.9)).toBeNull();
    expect(m?.reach(10_000)).toBeCloseTo(21, 9); // 7 000 / 333.33 = 21 months after month 9
  });

  it.each([
    ["no point", { x: [], y: [] }],
    ["one point", { x: [0], y: [5] }],
    ["two points on one date (Sxx = 0)", { x: [0, 0], y: [1, 2] }],
  ])("%s: no fit (null)", (_label, p) => {
    expect(fitLinear(p)).toBeNull();
  });

  it("a falling line never reaches a value above it; a flat line reaches only its own value", () => {
    const falling = fitLinear({ x: [-2, -1, 0], y: [30, 20, 10] });
    expect(falling?.parameters.slope).toBeCloseTo(-10, 12);
    expect(falling?.reach(50)).toBe("never-at-this-pace");
    expect(falling?.reach(0)).toBeCloseTo(1, 12);
    const flat = fitLinear({ x: [-2, -1, 0], y: [10, 10, 10] });
    expect(flat?.reach(11)).toBe("never-at-this-pace");
    expect(flat?.reach(10)).toBe(0);
  });

  it("warns autocorrelated_residuals when ρ̂₁ > 1.645/√n, naming fitOn increments", () => {
    // Steps alternating 10, 30 about a line (residuals -5, 5, -5, …: ρ̂₁ = -(n - 1)/n, far below
    // the bound): no warning. A total that bends, i² for i = 0 … 11 (x = -11 … 0): OLS slope 11,
    // intercept -18.333 at i = 0, residuals i² - 11i + 18.333, one sign at the ends and the other
    // in the middle; ρ̂₁ = Σ r_i r_{i-1} / Σ r_i² = 0.58333 (numpy.polyfit, 2026-12-07) > 1.645/√12 = 0.4749.
    const x = Array.from({ length: 12 }, (_, i) => i - 11);
    const zigzag = fitLinear({ x, y: x.map((h, i) => 20 * (h + 11) + (i % 2 === 0 ? -5 : 5)) });
    expect(zigzag?.warnings).toBeUndefined();
    const bent = fitLinear({ x, y: x.map((h) => (h + 11) ** 2) });
    expect(bent?.warnings).toEqual([
      expect.objectContaining({ code: "autocorrelated_residuals", path: "options.fitOn" }),
    ]);
    expect(bent?.warnings?.[0]?.message).toContain('fitOn "increments"');
    expect(bent?.warnings?.[0]?.message).toContain("lag-1 autocorrelation 0.58, above 1.645/√12 = 0.47");
    // Nine points of the same bend: ρ̂₁ = 0.4444 (numpy) < 1.645/√9 = 0.548, no warning.
    expect(fitLinear({ x: x.slice(3), y: x.slice(3).map((h) => (h + 8) ** 2) })?.warnings).toBeUndefined();
  });
});
