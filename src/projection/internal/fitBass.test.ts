import { describe, expect, it } from "vitest";
import { bassF, fitBass } from "./fitBass.js";
import { numericStandardErrors } from "../../../test/support/numericStandardErrors.js";
import { centralInterval } from "./predictive.js";

// Bass (1969): F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t}). Independent facts used below:
// - q = 0 leaves pure innovation, F(t) = 1 - e^{-pt};
// - the adoption rate peaks at t* = ln(q/p) / (p+q), where F(t*) = 1/2 - p/(2q) = (q - p)/(2q);
// - F → 1 as t → ∞, F(0) = 0.
const P = 0.03;
const Q = 0.38;
const T_STAR = Math.log(Q / P) / (P + Q); // ln(12.666...)/0.41 = 6.1937... months
const F_STAR = (Q - P) / (2 * Q); // 0.35/0.76 = 0.4605263...

describe("bassF", () => {
  it("is 0 at and before the launch", () => {
    expect(bassF(0, P, Q)).toBe(0);
    expect(bassF(-3, P, Q)).toBe(0);
  });

  it("with q = 0 is 1 - e^{-pt}: 1 - e^{-0.1} = 0.0951625819640 at p = 0.1, t = 1", () => {
    expect(bassF(1, 0.1, 0)).toBeCloseTo(0.095162581964, 12);
  });

  it("at the peak t* = ln(q/p)/(p+q) has adopted (q - p)/(2q)", () => {
    expect(bassF(T_STAR, P, Q)).toBeCloseTo(F_STAR, 12);
  });

  it("saturates at 1", () => {
    expect(bassF(200, P, Q)).toBeCloseTo(1, 12);
  });
});

describe("fitBass with given parameters", () => {
  const given = { p: P, q: Q, M: 5000 };

  it("keeps them; the launch is the first point, N0 its value, capacity N0 + M", () => {
    const m = fitBass({ x: [0], y: [1000] }, given);
    expect(m?.fittedOn).toBe("cumulative");
    expect(m?.parameters).toEqual({ p: P, q: Q, M: 5000, N0: 1000, capacity: 6000, launch: 0 });
    expect(centralInterval(m?.predictive ?? null, 3, 0.9)).toBeNull();
  });

  it("projects N0 + M·F(h - launch), held at N0 before the launch", () => {
    const m = fitBass({ x: [-6, -2, 0], y: [1000, 1400, 2100] }, given);
    expect(m?.parameters.launch).toBe(-6);
    expect(m?.value(-6)).toBe(1000);
    expect(m?.value(-9)).toBe(1000);
    expect(m?.value(T_STAR - 6)).toBeCloseTo(1000 + 5000 * F_STAR, 9);
    expect(m?.value(500)).toBeCloseTo(6000, 9);
  });

  it("reaches the peak-adoption level at t* after the launch", () => {
    const m = fitBass({ x: [-6, 0], y: [1000, 2000] }, given);
    // Launch at -6, so the level N0 + M·(q-p)/(2q) is reached at t* - 6 = 0.1937... months.
    expect(m?.reach(1000 + 5000 * F_STAR)).toBeCloseTo(T_STAR - 6, 9);
    // 5 000·F(20) more than N0, 20 months after the launch: 14 months after the origin.
    expect(m?.reach(1000 + 5000 * bassF(20, P, Q))).toBeCloseTo(14, 9);
  });

  it("reach: 0 at the curve's own value at the origin, never below it, beyond capacity at or above K", () => {
    const m = fitBass({ x: [-6, 0], y: [1000, 2000] }, given);
    const c0 = m?.value(0) ?? NaN; // 1 000 + 5 000·F(6), a level the curve has already passed
    expect(m?.reach(c0)).toBe(0);
    expect(m?.reach(1200)).toBe("never-at-this-pace"); // between N0 and c0: passed before the origin
    expect(m?.reach(900)).toBe("never-at-this-pace");
    expect(m?.reach(6000)).toBe("beyond-capacity");
    expect(m?.reach(7000)).toBe("beyond-capacity");
  });

  it("fits nothing: the sum of squares of the given curve, no standard errors", () => {
    // Points at 1 000 + 5 000·F(t) exactly, but the last one 30 above: SSE = 30² = 900.
    const x = [-6, -3, 0];
    const y = [1000, 1000 + 5000 * bassF(3, P, Q), 1030 + 5000 * bassF(6, P, Q)];
    const m = fitBass({ x, y }, given);
    expect(m?.fit.sse).toBeCloseTo(900, 6);
    expect(m?.fit).toMatchObject({
      residuals: 2,
      estimated: [],
      standardErrors: null,
      onBound: {},
      bounds: {},
      solution: [],
    });
  });

  it("needs just one point", () => {
    expect(fitBass({ x: [], y: [] }, given)).toBeNull();
    expect(fitBass({ x: [0], y: [0] }, given)?.parameters.capacity).toBe(5000);
  });
});

describe("fitBass fitted", () => {
  // Least squares on exact curves: the sum of squares reaches 0 at the generating (p, q, M), so
  // the fit must return them (to the solver's tolerance). The first two sit between the points of
  // the 7 × 7 start grid, so the local search, not the grid, finds them.
  it.each([
    ["p = 0.00137, q = 0.2213", 0.00137, 0.2213],
    ["p = 0.0291, q = 0.0517", 0.0291, 0.0517],
    ["p = 0.03, q = 0.38", P, Q],
  ])("recovers p, q and M from an exact curve (%s), N0 = 1 000, M = 5 000", (_label, p, q) => {
    // 13 points every 5 months over 60 months: the whole S-curve, so (p, q, M) are identifiable.
    const x = Array.from({ length: 13 }, (_, k) => -60 + 5 * k);
    const y = x.map((h) => 1000 + 5000 * bassF(h + 60, p, q));
    const m = fitBass({ x, y }, undefined);
    expect(Math.abs((m?.parameters.p ?? 0) / p - 1)).toBeLessThan(1e-9);
    expect(Math.abs((m?.parameters.q ?? 0) / q - 1)).toBeLessThan(1e-9);
    expect(m?.parameters.M).toBeCloseTo(5000, 6);
    expect(m?.parameters.N0).toBe(1000);
    expect(m?.parameters.capacity).toBeCloseTo(6000, 6);
    expect(m?.parameters.launch).toBe(-60);
    expect(m?.fittedOn).toBe("cumulative");
    expect(m?.fit.sse).toBeLessThan(1e-12);
    expect(m?.fit.onBound).toEqual({});
  });

  it("recovers a curve at the upper corner of the box, p = 0.5 and q = 2, and says both are on their bound", () => {
    const x = [-1, -0.8, -0.6, -0.4, -0.2, 0];
    const y = x.map((h) => 10 + 100 * bassF(h + 1, 0.5, 2));
    const m = fitBass({ x, y }, undefined);
    expect(m?.parameters.p).toBeCloseTo(0.5, 9);
    expect(m?.parameters.q).toBeCloseTo(2, 9);
    expect(m?.parameters.M).toBeCloseTo(100, 6);
    expect(m?.fit.onBound).toEqual({ p: "upper", q: "upper" });
  });

  it("keeps p inside its box on exponential growth: p = 1e-5 on its lower bound, M finite", () => {
    // Six months of 100·1.2^k: no saturation in sight, so the sum of squares keeps falling as p → 0
    // (with M·p fixed). The search stops on the bound, where 0.1's grid refinement could step past it
    // (p = 6.7e-6 with M = 56.5 billion on such a series).
    const x = [-5, -4, -3, -2, -1, 0];
    const y = x.map((h) => Math.round(100 * Math.pow(1.2, h + 5)));
    const m = fitBass({ x, y }, undefined);
    expect(m?.parameters.p).toBe(1e-5);
    expect(m?.fit.onBound).toEqual({ p: "lower" });
    expect(Number.isFinite(m?.parameters.M)).toBe(true);
    expect(m?.fit.bounds).toEqual({ p: [1e-5, 0.5], q: [1e-4, 2] });
  });

  it("standard errors: sqrt(s²·diag((JᵀJ)⁻¹)), s² = SSE/(m - 3), J by central differences", () => {
    // A noisy S-curve: 1 000 + 8 000·F(t; 0.02, 0.35) with ±3 % alternating, 20 monthly points.
    const x = Array.from({ length: 20 }, (_, k) => k - 19);
    const y = x.map((h, k) => Math.round(1000 + 8000 * bassF(h + 19, 0.02, 0.35) * (k % 2 === 0 ? 1.03 : 0.97)));
    const m = fitBass({ x, y }, undefined);
    const { p, q, M } = m?.parameters as { p: number; q: number; M: number };
    const curve = (v: readonly number[], t: number) => (v[2] as number) * bassF(t, v[0] as number, v[1] as number);
    const se = numericStandardErrors(
      x.slice(1).map((h) => h + 19),
      y.slice(1).map((v) => v - 1000),
      [p, q, M],
      curve,
    );
    expect(m?.fit.residuals).toBe(19);
    expect(m?.fit.estimated).toEqual(["p", "q", "M"]);
    expect(m?.fit.sse).toBeCloseTo(se.sse, 6);
    expect((m?.fit.standardErrors?.p as number) / (se.errors[0] as number)).toBeCloseTo(1, 5);
    expect((m?.fit.standardErrors?.q as number) / (se.errors[1] as number)).toBeCloseTo(1, 5);
    expect((m?.fit.standardErrors?.M as number) / (se.errors[2] as number)).toBeCloseTo(1, 5);
  });

  it("a warm start from an earlier fit lands on the same minimum with fewer steps", () => {
    const x = Array.from({ length: 20 }, (_, k) => k - 19);
    const y = x.map((h, k) => Math.round(1000 + 8000 * bassF(h + 19, 0.02, 0.35) * (k % 2 === 0 ? 1.03 : 0.97)));
    const cold = fitBass({ x, y }, undefined);
    const warm = fitBass({ x, y }, undefined, cold?.fit.solution);
    expect((warm?.parameters.p as number) / (cold?.parameters.p as number)).toBeCloseTo(1, 8);
    expect((warm?.parameters.M as number) / (cold?.parameters.M as number)).toBeCloseTo(1, 8);
    expect(warm?.fit.iterations).toBeLessThan(cold?.fit.iterations as number);
    expect(cold?.fit.solution).toEqual([
      Math.log(cold?.parameters.p as number),
      Math.log(cold?.parameters.q as number),
    ]);
  });

  it.each([
    ["two points (3 needed)", { x: [-3, 0], y: [0, 10] }],
    ["a falling path (no M > 0 fits)", { x: [-6, -3, 0], y: [100, 80, 50] }],
    ["a flat path (M = 0 is no diffusion)", { x: [-6, -3, 0], y: [100, 100, 100] }],
    ["no time after the launch", { x: [0, 0, 0], y: [1, 2, 3] }],
  ])("%s: no fit (null)", (_label, p) => {
    expect(fitBass(p, undefined)).toBeNull();
  });
});
