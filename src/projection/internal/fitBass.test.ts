import { describe, expect, it } from "vitest";
import { bassF, fitBass } from "./fitBass.js";

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
    expect(m?.interval(3)).toBeNull();
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
    expect(m?.reach(1200)).toBe("never at this pace"); // between N0 and c0: passed before the origin
    expect(m?.reach(900)).toBe("never at this pace");
    expect(m?.reach(6000)).toBe("beyond capacity K");
    expect(m?.reach(7000)).toBe("beyond capacity K");
  });

  it("needs just one point", () => {
    expect(fitBass({ x: [], y: [] }, given)).toBeNull();
    expect(fitBass({ x: [0], y: [0] }, given)?.parameters.capacity).toBe(5000);
  });
});

describe("fitBass fitted", () => {
  // The search grid of the TSDoc: p on 28 log steps over [1e-5, 0.5], q over [1e-4, 2], then 15
  // steps over the two coarse cells around the best, i.e. a seventh of a coarse step. A curve whose
  // (p, q) lie on that fine grid is recovered to rounding; the least-squares M is then exact.
  const pStep = Math.pow(0.5 / 1e-5, 1 / 27);
  const qStep = Math.pow(2 / 1e-4, 1 / 27);

  it.each([
    ["p 14 1/7 steps, q 20 3/7 steps", 1e-5 * Math.pow(pStep, 14 + 1 / 7), 1e-4 * Math.pow(qStep, 20 + 3 / 7)],
    ["p 15 2/7 steps, q 19 5/7 steps", 1e-5 * Math.pow(pStep, 15 + 2 / 7), 1e-4 * Math.pow(qStep, 19 + 5 / 7)],
  ])("recovers p, q and M from a curve on the grid (%s), N0 = 1 000, M = 5 000", (_label, p, q) => {
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
  });

  it("recovers a curve at the upper corner of the grid, p = 0.5 and q = 2 (the ends are searched)", () => {
    const x = [-1, -0.8, -0.6, -0.4, -0.2, 0];
    const y = x.map((h) => 10 + 100 * bassF(h + 1, 0.5, 2));
    const m = fitBass({ x, y }, undefined);
    expect(m?.parameters.p).toBeCloseTo(0.5, 9);
    expect(m?.parameters.q).toBeCloseTo(2, 9);
    expect(m?.parameters.M).toBeCloseTo(100, 6);
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
