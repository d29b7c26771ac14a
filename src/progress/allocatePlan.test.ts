import { describe, expect, it } from "vitest";
import type { TargetInput } from "../model/types.js";
import { allocatePlan } from "./allocatePlan.js";

// The phasing example (methodology: the phasing example): 1 200 a year, weights 2 in months 4, 8,
// 12 and 1 elsewhere (sum 15).
const phasedYear: TargetInput = {
  id: "phased",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2023-12-31", value: 1200 },
  phasing: { kind: "monthly-weights", weights: [1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 2] },
};

describe("allocatePlan", () => {
  it("the phasing example: 80 or 160 a month", () => {
    expect(allocatePlan(phasedYear, { period: "month" })).toEqual(
      [80, 80, 80, 160, 80, 80, 80, 160, 80, 80, 80, 160].map((planned, i) => ({
        period: `2023-${String(i + 1).padStart(2, "0")}`,
        planned,
      })),
    );
  });

  it.each([
    // Quarters of the phasing example: 3, 4, 4, 4 weights of 80.
    [
      phasedYear,
      "quarter",
      [
        ["2023-Q1", 240],
        ["2023-Q2", 320],
        ["2023-Q3", 320],
        ["2023-Q4", 320],
      ],
    ],
    [phasedYear, "year", [["2023", 1200]]],
    // 2021 plan of 6.1 million in 12 months (methodology: the BBI figures): 508 333.33… a month. Floors 508 333 x 12
    // = 6 099 996; the 4 missing units go to the first four months (equal remainders: earlier first).
    [
      { id: "y2021", baseline: { date: "2020-12-31", value: 0 }, goal: { date: "2021-12-31", value: 6_100_000 } },
      "month",
      [508334, 508334, 508334, 508334, 508333, 508333, 508333, 508333, 508333, 508333, 508333, 508333].map((v, i) => [
        `2021-${String(i + 1).padStart(2, "0")}`,
        v,
      ]),
    ],
    // 100 over three months: remainders tie at 1/3, the earliest month gets the extra unit.
    [
      { id: "u", baseline: { date: "2023-12-31", value: 0 }, goal: { date: "2024-03-31", value: 100 } },
      "month",
      [
        ["2024-01", 34],
        ["2024-02", 33],
        ["2024-03", 33],
      ],
    ],
    // Partial months: baseline 2023-11-15 -> goal 2024-02-10, linear, 87 in all. Month-axis spans:
    // Nov 15/30 = 0.5, Dec 1, Jan 1, Feb 10/29; total 2.5 + 10/29 = 165/58. Shares = 87 * span / (165/58):
    // Nov 15.290…, Dec 30.581…, Jan 30.581…, Feb 10.545…; floors 15+30+30+10 = 85, the two largest
    // remainders (Dec, Jan .581) get +1 (checked with Python fractions).
    [
      { id: "p", baseline: { date: "2023-11-15", value: 0 }, goal: { date: "2024-02-10", value: 87 } },
      "month",
      [
        ["2023-11", 15],
        ["2023-12", 31],
        ["2024-01", 31],
        ["2024-02", 10],
      ],
    ],
    [
      { id: "p", baseline: { date: "2023-11-15", value: 0 }, goal: { date: "2024-02-10", value: 87 } },
      "quarter",
      [
        ["2023-Q4", 46],
        ["2024-Q1", 41],
      ],
    ], // 45.872…, 41.127…: floors 86, Q4 gets +1
    // Decrease 1 000 -> 400 over a year: -50 a month.
    [
      {
        id: "d",
        direction: "decrease",
        baseline: { date: "2022-12-31", value: 1000 },
        goal: { date: "2023-12-31", value: 400 },
      },
      "quarter",
      [
        ["2023-Q1", -150],
        ["2023-Q2", -150],
        ["2023-Q3", -150],
        ["2023-Q4", -150],
      ],
    ],
  ] as const)("%# %j by %s", (target, period, expected) => {
    expect(allocatePlan(target as TargetInput, { period }).map((p) => [p.period, p.planned])).toEqual(expected);
  });

  it.each([
    [phasedYear, { period: "week" }, "invalid_enum", "options.period"],
    [phasedYear, undefined, "invalid_type", "options"],
    [phasedYear, { period: "month", extra: 1 }, "unknown_key", "options.extra"],
    [
      { ...phasedYear, goal: { date: "2023-12-31", value: 1.5 } },
      { period: "month" },
      "invalid_count",
      "target.goal.value",
    ],
  ])("%# rejects bad input", (target, options, code, path) => {
    expect(() => allocatePlan(target as TargetInput, options as never)).toThrow(
      expect.objectContaining({ code, path }),
    );
  });
});
