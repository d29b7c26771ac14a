import { describe, expect, it } from "vitest";
import { readTarget } from "../../model/readTarget.js";
import { monthPositionNumber } from "../../periods/monthAxis.js";
import type { PathPoint } from "../../path/core.js";
import { rollUp } from "./rollUp.js";

// Hand-built child paths on month ends, so every month-axis distance is a whole number of months
// (month end to month end counts whole months; methodology: the month axis): 2022-12-31 is month 0, 2023-03-31
// month 3, 2023-06-30 month 6, 2023-09-30 month 9.
const point = (date: string, value: number, origin: PathPoint["origin"] = "observation"): PathPoint => ({
  date,
  position: monthPositionNumber(date, "date"),
  value,
  origin,
});
const base = (date: string, value: number) => point(date, value, "baseline");
/** What a test compares: date, value and origin of each point, in order. */
const shape = (points: readonly PathPoint[]) => points.map((p) => [p.date, p.value, p.origin]);
const parent = (baseline = { date: "2022-12-31", value: 0 }) =>
  readTarget({ id: "all", baseline, goal: { date: "2024-12-31", value: 10_000 } }, "target");

describe("rollUp", () => {
  it("sums the children on the union of their dates, interpolating inside a child's points and holding after them", () => {
    // A: 0 → 1 000 at month 3 → 3 000 at month 9; B: 0 → 1 500 at month 6.
    // Month 3: A 1 000 + B 1 500·3/6 = 750 → 1 750. Month 6: A 1 000 + 2 000·3/6 = 2 000, B 1 500 → 3 500.
    // Month 9: A 3 000 + B held at its last value 1 500 → 4 500. Month 0: the parent's baseline.
    const a = [base("2022-12-31", 0), point("2023-03-31", 1000), point("2023-09-30", 3000)];
    const b = [base("2022-12-31", 0), point("2023-06-30", 1500)];
    const points = rollUp(parent(), [a, b]);
    expect(shape(points)).toEqual([
      ["2022-12-31", 0, "baseline"],
      ["2023-03-31", 1750, "observation"],
      ["2023-06-30", 3500, "observation"],
      ["2023-09-30", 4500, "observation"],
    ]);
    // Positions are the dates' month-axis positions (12·2023 + 2 + 31/31 for 2023-03-31).
    expect(points.map((p) => p.position)).toEqual([12 * 2022 + 12, 12 * 2023 + 3, 12 * 2023 + 6, 12 * 2023 + 9]);
  });

  it("puts the union dates in calendar order when a later child has the earlier dates", () => {
    // A: 0 → 900 at month 9 only; B: 300 at month 3, 600 at month 6.
    // Month 3: A 900·3/9 = 300 + B 300 = 600. Month 6: A 600 + B 600 = 1 200. Month 9: A 900 + B held 600 = 1 500.
    const a = [base("2022-12-31", 0), point("2023-09-30", 900)];
    const b = [base("2022-12-31", 0), point("2023-03-31", 300), point("2023-06-30", 600)];
    expect(shape(rollUp(parent(), [a, b]))).toEqual([
      ["2022-12-31", 0, "baseline"],
      ["2023-03-31", 600, "observation"],
      ["2023-06-30", 1200, "observation"],
      ["2023-09-30", 1500, "observation"],
    ]);
  });

  it("holds a child at its first value before its first point (a child that starts later)", () => {
    // B's own baseline is 1 000 at month 6 (a province that joined later with 1 000 already counted):
    // before month 6 it counts as 1 000, not as a line extrapolated backwards through 1 000 and 2 000.
    // Month 3: A 300 + B 1 000 = 1 300. Month 6: A held 300 + B 1 000 = 1 300 (only a baseline
    // there: not an observation). Month 9: A 300 + B 2 000 = 2 300.
    const a = [base("2022-12-31", 0), point("2023-03-31", 300)];
    const b = [base("2023-06-30", 1000), point("2023-09-30", 2000)];
    expect(shape(rollUp(parent(), [a, b]))).toEqual([
      ["2022-12-31", 0, "baseline"],
      ["2023-03-31", 1300, "observation"],
      ["2023-06-30", 1300, "baseline"],
      ["2023-09-30", 2300, "observation"],
    ]);
  });

  it("adds the parent's baseline in date order when no child has a point on that date", () => {
    // Both children start at month 3 (baselines 200 and 100) and observe 600 and 300 at month 6.
    // The parent's baseline (0 at month 0) is not a child date: it is added, first.
    const a = [base("2023-03-31", 200), point("2023-06-30", 600)];
    const b = [base("2023-03-31", 100), point("2023-06-30", 300)];
    const points = rollUp(parent(), [a, b]);
    expect(shape(points)).toEqual([
      ["2022-12-31", 0, "baseline"],
      ["2023-03-31", 300, "baseline"],
      ["2023-06-30", 900, "observation"],
    ]);
    expect(points[0]?.position).toBe(12 * 2022 + 12);
  });

  it("uses the parent's declared baseline on its date, unless a child observed on that date", () => {
    // Declared national baseline 1 000 while the children's own baselines there sum to 500
    // (provinces without a target of their own): the declared value is the point, as in a target's
    // own path where the baseline is a point.
    const a = [base("2022-12-31", 300), point("2023-03-31", 600)];
    const b = [base("2022-12-31", 200), point("2023-03-31", 700)];
    expect(shape(rollUp(parent({ date: "2022-12-31", value: 1000 }), [a, b]))).toEqual([
      ["2022-12-31", 1000, "baseline"],
      ["2023-03-31", 1300, "observation"],
    ]);
    // A observed 350 on the baseline date itself: observations win, so the point is the sum there,
    // 350 + B's baseline 200 = 550, an observation.
    const observedA = [point("2022-12-31", 350), point("2023-03-31", 600)];
    expect(shape(rollUp(parent({ date: "2022-12-31", value: 1000 }), [observedA, b]))).toEqual([
      ["2022-12-31", 550, "observation"],
      ["2023-03-31", 1300, "observation"],
    ]);
  });

  // A date is an observation of the parent when at least one child observed on it, whatever the
  // order of the children; children's baselines alone are not observations.
  // A: its baseline 100 on 2023-03-31; B: 0 → 40 observed on 2023-03-31; C: its baseline 10 on 2023-03-31.
  const a = [base("2023-03-31", 100)];
  const b = [base("2022-12-31", 0), point("2023-03-31", 40)];
  const c = [base("2023-03-31", 10)];
  it.each([
    [
      "a baseline, then an observation",
      [a, b],
      [
        ["2022-12-31", 0, "baseline"],
        ["2023-03-31", 140, "observation"],
      ],
    ],
    [
      "an observation, then a baseline",
      [b, a],
      [
        ["2022-12-31", 0, "baseline"],
        ["2023-03-31", 140, "observation"],
      ],
    ],
    [
      "two baselines only",
      [a, c],
      [
        ["2022-12-31", 0, "baseline"],
        ["2023-03-31", 110, "baseline"],
      ],
    ],
  ])("a date with %s", (_, children, expected) => {
    expect(shape(rollUp(parent(), children))).toEqual(expected);
  });

  it("counts a child with no point up to asOf as 0", () => {
    // The second child's points all lie after asOf (assessProgramme truncates them): only A counts.
    const a = [base("2022-12-31", 0), point("2023-03-31", 300)];
    expect(shape(rollUp(parent(), [a, []]))).toEqual([
      ["2022-12-31", 0, "baseline"],
      ["2023-03-31", 300, "observation"],
    ]);
  });

  it("rounds the sum to the nearest whole count", () => {
    // A: 0 → 1 000 at month 3, read at month 1: 1 000/3 = 333.33…; B observed 1 there → 334.33… → 334.
    // At month 2: A 666.66… + B held 1 → 667.66… → 668.
    const a = [base("2022-12-31", 0), point("2023-03-31", 1000)];
    const b = [base("2022-12-31", 0), point("2023-01-31", 1), point("2023-02-28", 1)];
    expect(shape(rollUp(parent(), [a, b]))).toEqual([
      ["2022-12-31", 0, "baseline"],
      ["2023-01-31", 334, "observation"],
      ["2023-02-28", 668, "observation"],
      ["2023-03-31", 1001, "observation"],
    ]);
  });
});
