import { describe, expect, it } from "vitest";
import type { TargetInput } from "../model/types.js";
import { progressFromBaseline } from "./progressFromBaseline.js";

const seed: TargetInput = {
  id: "bbi",
  baseline: { date: "2021-04-30", value: 11_700_000 },
  goal: { date: "2023-12-31", value: 30_000_000 },
};
const decrease: TargetInput = {
  id: "d",
  direction: "decrease",
  baseline: { date: "2022-12-31", value: 1000 },
  goal: { date: "2023-12-31", value: 400 },
};
const hold: TargetInput = {
  id: "h",
  baseline: { date: "2022-12-31", value: 500 },
  goal: { date: "2023-12-31", value: 500 },
};
const holdDown: TargetInput = { ...hold, direction: "decrease" };

describe("progressFromBaseline", () => {
  it.each([
    [seed, 11_700_000, "0"], // at the baseline
    [seed, 30_000_000, "1"], // at the goal
    [seed, 21_000_000, "0.5081967213114754098360655737704918032787"], // 9.3/18.3 (40 digits)
    [seed, 39_150_000, "1.5"], // (39.15 - 11.7) / 18.3 = 1.5
    [seed, 2_550_000, "-0.5"], // moved away from the goal
    [seed, "11700000.5", "0.00000002732240437158469945355191256830601092896"], // 0.5 / 18.3e6
    // The composite example: 3 000 of 10 000 from 0 -> 0.3 (= attainment there, baseline 0).
    [{ id: "c", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2024-12-31", value: 10_000 } }, 3000, "0.3"],
    // Decrease: (700 - 1000) / (400 - 1000) = 0.5; 1 100 is -1/6 (wrong way); 100 is 1.5 (beyond).
    [decrease, 700, "0.5"],
    [decrease, 1100, "-0.1666666666666666666666666666666666666667"],
    [decrease, 100, "1.5"],
    // Baseline equals goal: 1 when at or beyond the goal in the target's direction, else 0.
    [hold, 500, "1"],
    [hold, 600, "1"],
    [hold, 499, "0"],
    [holdDown, 500, "1"],
    [holdDown, 400, "1"],
    [holdDown, 501, "0"],
  ] as const)("%# %s at %s -> %s", (target, value, expected) => {
    expect(progressFromBaseline(target, value).toString()).toBe(expected);
  });

  it.each([
    [seed, Number.NaN, "invalid_decimal", "value"],
    [seed, Number.POSITIVE_INFINITY, "invalid_decimal", "value"],
    [seed, "12,5", "invalid_decimal", "value"],
    [seed, -1, "out_of_range", "value"],
    [{ ...seed, baseline: { date: "2021-04-30", value: -1 } }, 1, "invalid_count", "target.baseline.value"],
  ])("%# rejects bad input", (target, value, code, path) => {
    expect(() => progressFromBaseline(target as TargetInput, value as never)).toThrow(
      expect.objectContaining({ code, path }),
    );
  });
});
