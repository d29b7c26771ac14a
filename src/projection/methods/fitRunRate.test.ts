import { describe, expect, it } from "vitest";
import { fitRunRate, interpolate } from "./fitRunRate.js";
import { centralInterval } from "../intervals/predictive.js";

// A path 6 months long: 0 at -6, 36 at -3, 44 at -1, 60 at the origin (h = months after it).
const path = () => ({ x: [-6, -3, -1, 0], y: [0, 36, 44, 60] });

describe("interpolate", () => {
  it.each([
    // Hand calculation: linear between the bracketing points.
    [-6, 0], // first point
    [-4.5, 18], // half way from 0 to 36
    [-3, 36], // a point
    [-2, 40], // half way from 36 to 44
    [-1.5, 42], // a quarter of the way from -1: 36 + 8·(1.5/2)
    [-1, 44],
    [-0.25, 56], // 44 + 16·0.75
    [0, 60], // last point
  ])("at %f: %f", (h, expected) => {
    expect(interpolate(path(), h)).toBe(expected);
  });

  it("hits every point exactly, also where the neighbouring segment would round", () => {
    // Day fractions of 31-day months: from 627 on the left segment, (49541 - 627)·d/d + 627 rounds
    // to 49541.00000000001 in floating point, so the point must be read, not computed.
    const p = { x: [-2.7096774193548385, -1.8709677419354835, 0], y: [627, 49541, 60000] };
    for (let i = 0; i < 3; i++) expect(interpolate(p, p.x[i] as number)).toBe(p.y[i]);
  });

  it("a one-point path is that point's value", () => {
    expect(interpolate({ x: [0], y: [7] }, 0)).toBe(7);
  });
});

describe("fitRunRate", () => {
  it.each([
    // [window, rate, window used]: (60 - y(-w)) / w, hand calculation.
    [3, 8, 3], // (60 - 36) / 3
    [1.5, 12, 1.5], // (60 - 42) / 1.5
    [1, 16, 1], // (60 - 44) / 1
    [6, 10, 6], // (60 - 0) / 6
    [10, 10, 6], // longer than the path: the whole path (6 months) is the window
  ])("window %f: rate %f per month over %f months", (window, rate, used) => {
    const m = fitRunRate(path(), window);
    expect(m?.fittedOn).toBe("increments");
    // The steps' spread around the whole path's drift of 10/month, by hand: residuals 36 - 30,
    // 8 - 20, 16 - 10 over 3, 2, 1 months, σ² = (36/3 + 144/2 + 36/1) / (3 - 1) = 60, df = 2.
    expect(m?.parameters).toEqual({ rate, window: used, residualStandardError: Math.sqrt(60), degreesOfFreedom: 2 });
    // Interval at h = 2: 60 + 2·rate ± t_{0.95, 2} · √60 · sqrt(2 + 2²/w), t_{0.95, 2} = 2.919986
    // (scipy.stats.t.ppf(0.95, 2) = 2.9199855803537247).
    const half = 2.9199855803537247 * Math.sqrt(60) * Math.sqrt(2 + 4 / used);
    const iv = centralInterval(m?.predictive ?? null, 2, 0.9);
    expect(iv?.[0]).toBeCloseTo(60 + 2 * rate - half, 9);
    expect(iv?.[1]).toBeCloseTo(60 + 2 * rate + half, 9);
  });

  it("gives no interval with fewer than three points (no spread of steps to measure)", () => {
    const m = fitRunRate({ x: [-3, 0], y: [0, 30] }, 3);
    expect(m?.parameters).toEqual({ rate: 10, window: 3, residualStandardError: 0, degreesOfFreedom: 0 });
    expect(m?.predictive).toBeNull();
  });

  it("extends the rate as a straight line from the origin value", () => {
    const m = fitRunRate(path(), 3); // 60 + 8h
    expect(m?.value(0)).toBe(60);
    expect(m?.value(5)).toBe(100);
    expect(m?.reach(100)).toBe(5);
    expect(m?.reach(60)).toBe(0);
    expect(m?.reach(50)).toBe("never-at-this-pace");
  });

  it("the composite example: 3 000 at month 9 from 0, window 3 -> 333.33/month, goal 10 000 at month 30", () => {
    const m = fitRunRate({ x: [-9, 0], y: [0, 3000] }, 3);
    // y(-3) = 3 000·6/9 = 2 000; (3 000 - 2 000)/3 = 333.33.
    expect(m?.parameters.rate).toBeCloseTo(1000 / 3, 9);
    expect(m?.reach(10_000)).toBeCloseTo(21, 9);
  });

  it("a flat path has rate 0 and never reaches another value", () => {
    const m = fitRunRate({ x: [-3, 0], y: [5, 5] }, 3);
    expect(m?.parameters.rate).toBe(0);
    expect(m?.reach(6)).toBe("never-at-this-pace");
  });

  it.each([
    ["no point", { x: [], y: [] }],
    ["one point (no time to measure a rate)", { x: [0], y: [5] }],
    ["two points on one date (no time either)", { x: [0, 0], y: [5, 6] }],
  ])("%s: no fit (null)", (_label, p) => {
    expect(fitRunRate(p, 3)).toBeNull();
  });
});
