import { describe, expect, it } from "vitest";
import { NICE_FROM_SHARE, niceStep, X_MARGIN_SHARE, xAxisDomain, yAxisDomain } from "./axisDomains.js";

// Reference values are worked by hand from the rules in axisDomains.ts and the burnUpChart TSDoc:
// the step is the first of 1, 2, 2.5, 5 (times a power of ten) at or above a fifth of the extent;
// the ends are the multiples of the step just outside the values.

describe("niceStep", () => {
  it.each([
    [3_960_000, 5_000_000], // 19.8M / 5: the README chart's step
    [4_660_000, 5_000_000],
    [2_000, 2_000], // on a rung: kept
    [1_999.8, 2_000],
    [1, 1],
    [1.01, 2],
    [2.4, 2.5],
    [2.5, 2.5],
    [2.6, 5],
    [7, 10],
    [1_000, 1_000], // log10 exactly 3
    [0.3, 0.5],
    [0.07, 0.1],
    [0.042, 0.05],
  ])("niceStep(%d) is %d", (rough, step) => {
    expect(niceStep(rough)).toBe(step);
  });
});

describe("yAxisDomain", () => {
  it.each([
    // [values, mode, domain, resolved mode, steps]
    // 11.7M..35M: 11.7 >= 0.25 * 35 = 8.75 -> nice; extent 23.3M / 5 = 4.66M -> 5M; 10M..35M.
    [[11_700_000, 35_000_000], "auto", [10_000_000, 35_000_000], "nice", 5],
    // From zero: 35M / 5 = 7M -> step 10M; 0..40M.
    [[11_700_000, 35_000_000], "zero", [0, 40_000_000], "zero", 4],
    [[11_700_000, 35_000_000], "nice", [10_000_000, 35_000_000], "nice", 5],
    // The demo's path: 11.7M..30.4M (upper edge at the ETA): 18.7M / 5 = 3.74M -> 5M; 10M..35M.
    [[11_700_000, 30_400_000, 20_000_000], "auto", [10_000_000, 35_000_000], "nice", 5],
    // The threshold: 25 is exactly a quarter of 100 -> nice (75 / 5 = 15 -> 20; 20..100);
    // 24 is under it -> zero (100 / 5 = 20; 0..100).
    [[25, 100], "auto", [20, 100], "nice", 4],
    [[24, 100], "auto", [0, 100], "zero", 5],
    // A zero or negative smallest value is never 'nice' under auto.
    [[0, 10_000], "auto", [0, 10_000], "zero", 5],
    [[-30, 50], "auto", [-40, 60], "zero", 5], // 80 / 5 = 16 -> 20
    // 'nice' on negative values: -35..-12 -> extent 23 / 5 = 4.6 -> 5; -35..-10.
    [[-35, -12], "nice", [-35, -10], "nice", 5],
    // One value: widened by 1 each side first (4..6: 2 / 5 = 0.4 -> 0.5); zero alone is 0..1.
    [[5, 5], "nice", [4, 6], "nice", 4],
    [[0, 0], "auto", [0, 1], "zero", 5],
    [[0], "nice", [0, 1], "nice", 5],
    // Binary noise is dropped: 6 * 0.05 is 0.30000000000000004, 11 * 0.05 is 0.5500000000000001.
    [[0.31, 0.52], "nice", [0.3, 0.55], "nice", 5],
  ] as const)("%j with %s is %j (%s, %d steps)", (values, mode, domain, resolved, steps) => {
    expect(yAxisDomain(values, mode)).toEqual({ domain, mode: resolved, steps });
  });

  it.each([
    // Near the largest double: the extent is taken as hi / 5 - lo / 5 (no overflow), and an end
    // that would round past Number.MAX_VALUE (1.797...e308) stops there. MAX / 5 = 3.6e307 -> 5e307;
    // ceil(MAX / 5e307) = 4 steps, 2e308 overflows -> MAX.
    [[0, Number.MAX_VALUE], "auto", [0, Number.MAX_VALUE], 4],
    // -MAX..MAX: 2 * MAX / 5 = 7.2e307 -> 1e308; -2e308 and 2e308 both stop at the edges.
    [[-Number.MAX_VALUE, Number.MAX_VALUE], "auto", [-Number.MAX_VALUE, Number.MAX_VALUE], 4],
    // One value MAX: widened by a billionth (1.7977e299) below only; that extent / 5 = 3.6e298 ->
    // 5e298. MAX / 5e298 = 3 595 386 269.72: the ends are 3 595 386 266 steps (MAX - 1.7977e299 is
    // 3.595 steps lower) = 1.797693133e308, and 3 595 386 270 steps, past MAX, so MAX.
    [[Number.MAX_VALUE], "nice", [1.797693133e308, Number.MAX_VALUE], 4],
  ] as const)("stays finite near the largest double: %j with %s", (values, mode, domain, steps) => {
    const r = yAxisDomain(values, mode);
    expect(r.domain).toEqual(domain);
    expect(r.steps).toBe(steps);
  });

  it("gives the values themselves when they are too close for a step (subnormal doubles)", () => {
    expect(yAxisDomain([0, Number.MIN_VALUE], "auto")).toEqual({ domain: [0, Number.MIN_VALUE], mode: "zero" });
  });

  it("returns a fixed pair as given, without steps", () => {
    expect(yAxisDomain([11_700_000, 35_000_000], [0, 50_000_000])).toEqual({ domain: [0, 50_000_000], mode: "fixed" });
  });

  it("the threshold is a quarter", () => {
    expect(NICE_FROM_SHARE).toBe(0.25);
  });
});

describe("xAxisDomain", () => {
  it.each([
    // 975 days; 3% is 29.25 -> 30 days -> 2024-01-30 -> end of January.
    ["2021-04-30", "2023-12-31", "2024-01-31"],
    // The README chart: 1 252 days to the ETA 2024-10-03; 37.56 -> 38 days -> 2024-11-10 -> end of November.
    ["2021-04-30", "2024-10-03", "2024-11-30"],
    // 912 days (2024 is a leap year); 27.36 -> 28 -> 2025-07-28.
    ["2022-12-31", "2025-06-30", "2025-07-31"],
    // 3 182 days; 95.46 -> 96 -> 2030-04-21.
    ["2021-04-30", "2030-01-15", "2030-04-30"],
    // 9 days; 0.27 -> 1 -> 2024-01-11, still January.
    ["2024-01-01", "2024-01-10", "2024-01-31"],
    // A month end plus a margin that stays in the month: the next month end is not taken.
    ["2024-01-01", "2024-01-01", "2024-01-31"],
    // Past the calendar: the end stops at 9999-12-31.
    ["9000-01-01", "9999-12-01", "9999-12-31"],
    ["9999-12-31", "9999-12-31", "9999-12-31"],
  ])("from %s to %s ends on %s", (first, last, end) => {
    expect(xAxisDomain(first, last)).toEqual([first, end]);
  });

  it("the margin is 3% of the span", () => {
    expect(X_MARGIN_SHARE).toBe(0.03);
  });
});
