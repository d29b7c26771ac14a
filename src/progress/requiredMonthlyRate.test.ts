import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal/index.js";
import type { TargetInput } from "../model/types.js";
import { requiredMonthlyRate } from "./requiredMonthlyRate.js";

// Reference values are held to a relative error below 1e-30 (40-digit decimals).
function close(actual: Decimal | null, expected: string | null): boolean {
  if (actual === null || expected === null) return actual === expected;
  const e = new Decimal(expected);
  return actual.minus(e).abs().lte(Decimal.max(1, e.abs()).times("1e-30"));
}

const seed: TargetInput = {
  id: "bbi",
  baseline: { date: "2021-04-30", value: 11_700_000 },
  goal: { date: "2023-12-31", value: 30_000_000 },
};
const composite: TargetInput = {
  id: "composite",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2024-12-31", value: 10_000 },
};
const decrease: TargetInput = {
  id: "offline",
  direction: "decrease",
  baseline: { date: "2022-12-31", value: 1000 },
  goal: { date: "2023-12-31", value: 400 },
};

describe("requiredMonthlyRate", () => {
  it.each([
    // BBI seed case (methodology: the BBI figures): 18.3e6 over 32 months = 571 875;
    // (30/11.7)^(1/32) - 1, checked with Python decimal at 50 digits.
    [
      seed,
      "2021-04-30",
      11_700_000,
      "in-progress",
      "18300000",
      "32",
      "571875",
      "0.0298624677508172884788855313619628416443810991848",
      null,
    ],
    // The composite example: 7 000 over 15 months = 466.67; (10000/3000)^(1/15) - 1 = 0.08357…
    // (8.357 %/month), checked with Python decimal at 50 digits.
    [
      composite,
      "2023-09-30",
      3000,
      "in-progress",
      "7000",
      "15",
      "466.6666666666666666666666666666666666667",
      "0.0835740181764669143381264057114949162690555724610",
      null,
    ],
    // Achieved is checked first, whatever the date (here after the goal date).
    [composite, "2025-03-31", 10_500, "achieved", "0", "-3", "0", "0", null],
    [composite, "2024-12-31", 10_000, "achieved", "0", "0", "0", "0", null],
    // Overdue: goal date reached while short -> remaining, no rate.
    [composite, "2024-12-31", 9_000, "overdue", "1000", "0", null, null, "goal-date-passed"],
    [composite, "2025-01-31", 9_000, "overdue", "1000", "-1", null, null, "goal-date-passed"],
    // Current value 0: linear rate, no compound growth.
    [
      composite,
      "2023-12-31",
      0,
      "in-progress",
      "10000",
      "12",
      "833.3333333333333333333333333333333333333",
      null,
      "current-value-zero",
    ],
    // Decrease: 700 at mid-year -> 300 still to fall in 6 months = 50 a month; (400/700)^(1/6) - 1 < 0.
    [
      decrease,
      "2023-06-30",
      700,
      "in-progress",
      "300",
      "6",
      "50",
      "-0.08905184924374348834833926303345597334247775476960",
      null,
    ],
    [decrease, "2023-06-30", 350, "achieved", "0", "6", "0", "0", null],
  ] as const)(
    "%# %s value %s -> %s",
    (target, date, value, state, remaining, months, perMonth, compound, compoundReason) => {
      const r = requiredMonthlyRate(target, { date, value });
      expect(r.state).toBe(state);
      expect(r.remaining.toString()).toBe(remaining);
      expect(r.months.toString()).toBe(months);
      expect(close(r.perMonth, perMonth)).toBe(true);
      expect(close(r.compoundMonthlyGrowth, compound)).toBe(true);
      expect(r.compoundReason).toBe(compoundReason);
      expect(r.perMonthReason).toBe(state === "overdue" ? "goal-date-passed" : null);
    },
  );

  it("serialises to plain JSON", () => {
    expect(JSON.parse(JSON.stringify(requiredMonthlyRate(composite, { date: "2024-12-31", value: 9000 })))).toEqual({
      state: "overdue",
      remaining: "1000",
      months: "0",
      perMonth: null,
      perMonthReason: "goal-date-passed",
      compoundMonthlyGrowth: null,
      compoundReason: "goal-date-passed",
    });
  });

  it.each([
    [composite, { date: "2023-09-30", value: 3000, kind: "increment" }, "invalid_enum", "current.kind"],
    [composite, { date: "2023-09-31", value: 3000 }, "invalid_date", "current.date"],
    [composite, { date: "2023-09-30", value: Number.NaN }, "invalid_count", "current.value"],
    [composite, null, "invalid_type", "current"],
    [
      { ...composite, timeZone: "Mars/Olympus" },
      { date: "2023-09-30", value: 1 },
      "invalid_time_zone",
      "target.timeZone",
    ],
  ])("%# rejects bad input", (target, current, code, path) => {
    expect(() => requiredMonthlyRate(target as TargetInput, current as never)).toThrow(
      expect.objectContaining({ code, path }),
    );
  });
});
