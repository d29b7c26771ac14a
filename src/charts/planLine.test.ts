import { describe, expect, it } from "vitest";
import { readTarget } from "../model/core.js";
import { monthPosition } from "../periods/monthAxis.js";
import { planAtPosition, planCurve } from "../progress/core.js";
import { planLineOfCurve, planSampleDates } from "./planLine.js";

const base = { id: "t", baseline: { date: "2021-04-17", value: 1_000 }, goal: { date: "2024-02-10", value: 250_000 } };
// 2021-04 .. 2024-02 intersect the target: 35 months.
const weights = Array.from({ length: 35 }, (_, k) => (k * 7) % 5);

describe("planLineOfCurve", () => {
  it.each([
    ["linear", { kind: "linear" }],
    [
      "milestones",
      {
        kind: "milestones",
        points: [
          { date: "2021-06-03", value: 5_000 },
          { date: "2022-12-31", value: 90_000 },
          { date: "2023-01-15", value: 90_000 },
        ],
      },
    ],
    ["monthly-weights (zero weights included)", { kind: "monthly-weights", weights }],
    ["seasonal", { kind: "seasonal", profile: [1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144] }],
  ])("gives planAtPosition's value at every sample date, %s", (_name, phasing) => {
    const t = readTarget({ ...base, phasing }, "target");
    const curve = planCurve(t);
    // The reference: an independent binary search per date (planAtPosition).
    const expected = planSampleDates(t).map((date) => ({
      date,
      value: planAtPosition(curve, monthPosition(date, "date")).toNumber(),
    }));
    expect(planLineOfCurve(t, curve)).toEqual(expected);
    expect(expected.at(0)).toEqual({ date: "2021-04-17", value: 1_000 });
    expect(expected.at(-1)).toEqual({ date: "2024-02-10", value: 250_000 });
  });
});
