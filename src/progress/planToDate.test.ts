import { describe, expect, it } from "vitest";
import type { TargetInput } from "../model/types.js";
import { Decimal } from "../decimal/index.js";
import { planToDate } from "./planToDate.js";

// Positions such as 16/31 of a month are not exact in 40-digit decimals, so reference values are
// held to a relative error below 1e-30 (the decimal module carries 40 significant digits).
function expectClose(actual: Decimal, expected: string): void {
  const e = new Decimal(expected);
  const tolerance = Decimal.max(1, e.abs()).times("1e-30");
  expect(actual.minus(e).abs().lte(tolerance), `${actual.toString()} ≈ ${expected}`).toBe(true);
}

const composite: TargetInput = {
  id: "composite",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2024-12-31", value: 10_000 },
};
// The phasing example (methodology: the phasing example): 1 200 a year, weights 2 in months 4, 8,
// 12 and 1 elsewhere (sum 15): 80 or 160 a month.
const phasedYear: TargetInput = {
  id: "phased",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2023-12-31", value: 1200 },
  phasing: { kind: "monthly-weights", weights: [1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 2] },
};

describe("planToDate", () => {
  it.each([
    // The composite example: 10 000 over 24 months from 0; month 9 -> 10 000 * 9/24 = 3 750.
    [composite, "2023-09-30", "3750"],
    [composite, "2022-12-31", "0"], // at the baseline
    [composite, "2021-06-15", "0"], // before the baseline: the baseline value
    [composite, "2024-12-31", "10000"], // at the goal
    [composite, "2030-01-01", "10000"], // after the goal: the goal value
    // 2023-01-16: 16/31 of month 1 -> 10 000 * (16/31) / 24 = 215.0537634408602150537634408602150537634 (40 digits)
    [composite, "2023-01-16", "215.0537634408602150537634408602150537634"],
    // Decrease: 1 000 -> 400 over 2023; end of June is 6/12 -> 1 000 - 600 / 2 = 700.
    [
      {
        id: "d",
        direction: "decrease",
        baseline: { date: "2022-12-31", value: 1000 },
        goal: { date: "2023-12-31", value: 400 },
      },
      "2023-06-30",
      "700",
    ],
    // Phasing: month ends carry the running sum 80, 160, 240, 400 (…+160), 480 …
    [phasedYear, "2023-01-31", "80"],
    [phasedYear, "2023-03-31", "240"],
    [phasedYear, "2023-04-30", "400"],
    [phasedYear, "2023-04-15", "320"], // 240 + 160 * 15/30
    [phasedYear, "2023-08-31", "800"], // 80*6 + 160*2
    [phasedYear, "2023-12-31", "1200"],
  ] as const)("%# %j at %s is %s", (target, date, expected) => {
    expectClose(planToDate(target, date), expected);
  });

  describe("partial first and last months accrue their whole weight over the part inside (baseline, goal]", () => {
    // Baseline 2023-01-15: January's weight accrues between the end of 15 Jan (pos 15/31) and the
    // end of 31 Jan; 23 Jan is 8 of those 16 days -> half of January's 100.
    const partialFirst: TargetInput = {
      id: "pf",
      baseline: { date: "2023-01-15", value: 0 },
      goal: { date: "2023-03-31", value: 300 },
      phasing: { kind: "monthly-weights", weights: [1, 1, 1] },
    };
    // Goal 2023-02-14: February's weight accrues over its first 14 days; 7 Feb is half of them.
    const partialLast: TargetInput = {
      id: "pl",
      baseline: { date: "2022-12-31", value: 0 },
      goal: { date: "2023-02-14", value: 200 },
      phasing: { kind: "monthly-weights", weights: [1, 1] },
    };
    // A target inside one month: its single weight accrues from the 10th to the 20th.
    const oneMonth: TargetInput = {
      id: "om",
      baseline: { date: "2024-02-10", value: 0 },
      goal: { date: "2024-02-20", value: 100 },
      phasing: { kind: "monthly-weights", weights: [7] },
    };
    it.each([
      [partialFirst, "2023-01-15", "0"],
      [partialFirst, "2023-01-23", "50"],
      [partialFirst, "2023-01-31", "100"],
      [partialFirst, "2023-02-14", "150"], // 100 + 100 * 14/28
      [partialFirst, "2023-03-31", "300"],
      [partialLast, "2023-01-31", "100"],
      [partialLast, "2023-02-07", "150"],
      [partialLast, "2023-02-14", "200"],
      [oneMonth, "2024-02-15", "50"],
    ] as const)("%# %s is %s", (target, date, expected) => {
      expectClose(planToDate(target, date), expected);
    });
  });

  it.each([
    // Seasonal: the phasing example's profile repeated over two years, 2 400 in all: 1 200 a year.
    ["2024-04-30", "400"],
    ["2024-12-31", "1200"],
    ["2025-08-31", "2000"],
  ])("seasonal profile at %s is %s", (date, expected) => {
    const target: TargetInput = {
      id: "s",
      baseline: { date: "2023-12-31", value: 0 },
      goal: { date: "2025-12-31", value: 2400 },
      phasing: { kind: "seasonal", profile: [1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 2] },
    };
    expectClose(planToDate(target, date), expected);
  });

  it.each([
    ["2023-03-31", "500"], // halfway to the 1 000 milestone
    ["2023-06-30", "1000"],
    ["2023-09-30", "2500"], // halfway from 1 000 to 4 000
    ["2023-12-31", "4000"],
  ])("milestones at %s is %s", (date, expected) => {
    const target: TargetInput = {
      id: "m",
      baseline: { date: "2022-12-31", value: 0 },
      goal: { date: "2023-12-31", value: 4000 },
      phasing: { kind: "milestones", points: [{ date: "2023-06-30", value: 1000 }] },
    };
    expectClose(planToDate(target, date), expected);
  });

  it.each([
    [
      { ...composite, goal: { date: "2022-12-01", value: 1 } },
      "2023-01-01",
      "goal_not_after_baseline",
      "target.goal.date",
    ],
    [composite, "2023-02-29", "invalid_date", "date"],
    [composite, 20230101, "invalid_date", "date"],
    [{ ...composite, id: undefined }, "2023-01-01", "invalid_type", "target.id"],
    [
      { ...composite, phasing: { kind: "monthly-weights", weights: [1] } },
      "2023-01-01",
      "invalid_weights",
      "target.phasing.weights",
    ],
    // A seasonal profile that is 0 in every month the target covers (January to June).
    [
      {
        ...composite,
        goal: { date: "2023-06-30", value: 6 },
        phasing: { kind: "seasonal", profile: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1] },
      },
      "2023-01-01",
      "invalid_weights",
      "target.phasing.profile",
    ],
  ])("%# rejects bad input with a code and path", (target, date, code, path) => {
    expect(() => planToDate(target as never, date as never)).toThrow(
      expect.objectContaining({ name: "OnboardingTargetsError", code, path }),
    );
  });
});
