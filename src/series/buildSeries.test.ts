import { describe, expect, it } from "vitest";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { buildSeries, compareGroups } from "./buildSeries.js";

// Month index = 12 * year + month - 1 (periodAxis.ts), so 2021-05 is 24256 and 2021-06 is 24257.
const MAY_2021 = 12 * 2021 + 4;
// Day numbers via Date.UTC, independent of the code under test.
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

describe("compareGroups", () => {
  // Rule (buildSeries.ts TSDoc): canonical integers numerically and first, then by code unit.
  it.each<[string, string, number]>([
    ["10", "9", 1], // numerically, not "10" < "9" by code unit
    ["9", "10", -1],
    ["123", "-5", 1], // a negative canonical integer is still an integer
    ["10", "9x", -1], // "9x" is not an integer: integers come first
    ["9x", "10", 1],
    ["x9", "10", 1],
    ["007", "a", -1], // "007" is not canonical, so by code unit: "0" (48) < "a" (97)
    ["007", "5", 1], // ... and after every integer
    ["a", "b", -1],
    ["b", "a", 1],
    ["a", "a", 0],
  ])("compareGroups(%s, %s) has the sign of %d", (a, b, sign) => {
    expect(Math.sign(compareGroups(a, b))).toBe(sign);
  });
});

describe("buildSeries", () => {
  it("labels periods, dates them, and runs the total from the start count", () => {
    // May 2021 is 05-01..05-31, June 06-01..06-30; start 4, then +3, +0: 7, 7.
    const points = buildSeries("month", 1, MAY_2021, MAY_2021 + 1, [
      { label: undefined, start: 4, increments: Float64Array.of(3, -0) },
    ]);
    expect(points).toStrictEqual([
      { period: "2021-05", start: "2021-05-01", end: "2021-05-31", increment: 3, cumulative: 7 },
      { period: "2021-06", start: "2021-06-01", end: "2021-06-30", increment: 0, cumulative: 7 },
    ]);
    expect(Object.is(points[1]?.increment, 0)).toBe(true); // a -0 increment comes out as 0
    expect("group" in (points[0] as object)).toBe(false);
  });

  it("clips the first start to from and the last end to to, and only those", () => {
    const points = buildSeries(
      "month",
      1,
      MAY_2021,
      MAY_2021 + 2,
      [{ label: undefined, start: 0, increments: Float64Array.of(1, 1, 1) }],
      {
        fromDay: dayOf(2021, 5, 10),
        toDay: dayOf(2021, 7, 20),
      },
    );
    expect(points.map((p) => [p.start, p.end])).toEqual([
      ["2021-05-10", "2021-05-31"],
      ["2021-06-01", "2021-06-30"],
      ["2021-07-01", "2021-07-20"],
    ]);
  });

  it("orders groups by compareGroups and names them", () => {
    const points = buildSeries("year", 1, 2021, 2021, [
      { label: "b", start: 1, increments: Float64Array.of(1) },
      { label: "10", start: 0, increments: Float64Array.of(2) },
      { label: "9", start: 0, increments: Float64Array.of(3) },
    ]);
    expect(points).toStrictEqual([
      { group: "9", period: "2021", start: "2021-01-01", end: "2021-12-31", increment: 3, cumulative: 3 },
      { group: "10", period: "2021", start: "2021-01-01", end: "2021-12-31", increment: 2, cumulative: 2 },
      { group: "b", period: "2021", start: "2021-01-01", end: "2021-12-31", increment: 1, cumulative: 2 },
    ]);
  });

  it("refuses a cumulative count past 2^53 - 1, naming the period", () => {
    try {
      buildSeries("month", 1, MAY_2021, MAY_2021, [
        { label: undefined, start: Number.MAX_SAFE_INTEGER, increments: Float64Array.of(1) },
      ]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OnboardingTargetsError);
      expect((e as OnboardingTargetsError).code).toBe("out_of_range");
      expect((e as OnboardingTargetsError).message).toContain("the cumulative count passes 2^53 - 1 in 2021-05");
    }
  });
});
