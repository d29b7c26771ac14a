import { describe, expect, it } from "vitest";
import { fitCagr } from "./fitCagr.js";
import { centralInterval } from "../intervals/predictive.js";

// 100 -> 121 over 2 months: 1.21 = 1.1², so g = 0.1/month exactly (hand calculation);
// annual growth 1.1^12 - 1 = 2.138428376721 (3.138428376721 = 1.1^12).
const rising = () => ({ x: [-2, 0], y: [100, 121] });

describe("fitCagr", () => {
  it("recovers the monthly and annual growth from the first and last points", () => {
    const m = fitCagr(rising());
    expect(m?.fittedOn).toBe("cumulative");
    expect(m?.parameters.monthlyGrowth).toBeCloseTo(0.1, 12);
    expect(m?.parameters.annualGrowth).toBeCloseTo(2.138428376721, 10);
    expect(m?.parameters.span).toBe(2);
    expect(centralInterval(m?.predictive ?? null, 5, 0.9)).toBeNull();
  });

  it.each([
    [0, 121],
    [1, 133.1], // 121 · 1.1
    [2, 146.41], // 121 · 1.21
    [-2, 100],
  ])("value(%f) = %f", (h, expected) => {
    expect(fitCagr(rising())?.value(h)).toBeCloseTo(expected, 9);
  });

  it("ignores the points between the ends (growth from the first to the last)", () => {
    expect(fitCagr({ x: [-2, -1, 0], y: [100, 500, 121] })?.parameters.monthlyGrowth).toBeCloseTo(0.1, 12);
  });

  it.each([
    // [value, months] on 121·1.1^h: ln(v/121)/ln(1.1)
    [121, 0],
    [133.1, 1],
    [146.41, 2],
  ])("reach(%f) = %f months", (v, h) => {
    const r = fitCagr(rising())?.reach(v);
    if (h === 0) expect(r).toBe(0);
    else expect(r).toBeCloseTo(h, 9);
  });

  it.each([
    ["a value below the origin on a rising path", 110],
    ["zero (compound growth never reaches it)", 0],
    ["a negative value", -5],
  ])("rising path, %s: never at this pace", (_label, v) => {
    expect(fitCagr(rising())?.reach(v)).toBe("never-at-this-pace");
  });

  it("a flat path reaches only its own value", () => {
    const flat = fitCagr({ x: [-3, 0], y: [50, 50] });
    expect(flat?.parameters.monthlyGrowth).toBe(0);
    expect(flat?.reach(50)).toBe(0);
    expect(flat?.reach(60)).toBe("never-at-this-pace");
    expect(flat?.reach(40)).toBe("never-at-this-pace");
    expect(flat?.reach(0)).toBe("never-at-this-pace");
    expect(flat?.reach(-1)).toBe("never-at-this-pace");
  });

  it("a falling path reaches lower values: 121 -> 100 over 2 months, 90 after ln(90/100)/ln(1/1.1) more", () => {
    const falling = fitCagr({ x: [-2, 0], y: [121, 100] });
    expect(falling?.parameters.monthlyGrowth).toBeCloseTo(1 / 1.1 - 1, 12);
    expect(falling?.reach(90)).toBeCloseTo(Math.log(0.9) / Math.log(1 / 1.1), 9);
    expect(falling?.reach(110)).toBe("never-at-this-pace");
    expect(falling?.reach(0)).toBe("never-at-this-pace");
    expect(falling?.reach(-1)).toBe("never-at-this-pace");
  });

  it.each([
    ["no point", { x: [], y: [] }],
    ["one point", { x: [0], y: [5] }],
    ["no time between the ends", { x: [0, 0], y: [1, 2] }],
  ])("%s: no fit (null)", (_label, p) => {
    expect(fitCagr(p)).toBeNull();
  });
});
