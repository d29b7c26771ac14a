import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal/index.js";
import type { TargetInput } from "../model/types.js";
import { pace } from "./pace.js";

const composite: TargetInput = {
  id: "composite",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2024-12-31", value: 10_000 },
};
const phasedYear: TargetInput = {
  id: "phased",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2023-12-31", value: 1200 },
  phasing: { kind: "monthly-weights", weights: [1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 2] },
};
const plateau: TargetInput = {
  id: "flat",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2023-04-30", value: 200 },
  phasing: { kind: "monthly-weights", weights: [1, 0, 0, 1] },
};
const decrease: TargetInput = {
  id: "d",
  direction: "decrease",
  baseline: { date: "2022-12-31", value: 1000 },
  goal: { date: "2023-12-31", value: 400 },
};
const milestones: TargetInput = {
  id: "m",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2023-12-31", value: 4000 },
  phasing: { kind: "milestones", points: [{ date: "2023-06-30", value: 1000 }] },
};
const hold: TargetInput = {
  id: "h",
  baseline: { date: "2022-12-31", value: 500 },
  goal: { date: "2023-12-31", value: 500 },
};

type S = string | null;
type Row = [TargetInput, string, number, string, S, string, S, string, S, S, S];

// Values are compared as strings after rounding to 12 places (the exact values carry 40 digits).
const r12 = (d: Decimal | null) => (d === null ? null : d.toDecimalPlaces(12).toString());

describe("pace", () => {
  it.each([
    // The composite example / Lipke on a linear plan (methodology: earned schedule): PV 3 750, SPI
    // 0.8, ES 7.2, 1.8 behind, finish at month 30.
    [composite, "2023-09-30", 3000, "3750", "0.8", "-750", "7.2", "9", "-1.8", "2025-06-30", null],
    // Ahead: 6 000 at month 9 -> ES 14.4 (6/10 of 24), +5.4; finish 24 * 9/14.4 = 15 months -> 2024-03-31.
    [composite, "2023-09-30", 6000, "3750", "1.6", "2250", "14.4", "9", "5.4", "2024-03-31", null],
    // After the goal date, short: PV is the goal; ES 21.6, elapsed 27; finish 24*27/21.6 = 30.
    [composite, "2025-03-31", 9000, "10000", "0.9", "-1000", "21.6", "27", "-5.4", "2025-06-30", null],
    // At the baseline: the plan has not moved (ratio null), no elapsed time.
    [composite, "2022-12-31", 0, "0", null, "0", "0", "0", "0", null, "at-baseline"],
    // Before the baseline: PV is the baseline value; elapsed is negative.
    [composite, "2022-10-31", 0, "0", null, "0", "0", "-2", null, null, "at-baseline"],
    // Zero progress: ES 0, never finishes at this pace.
    [composite, "2023-09-30", 0, "3750", "0", "-3750", "0", "9", "-9", null, "no-earned-schedule"],
    // Goal met: the finish is the observation date.
    [composite, "2023-09-30", 10_000, "3750", "2.666666666667", "6250", "24", "9", "15", "2023-09-30", "goal-met"],
    // Phased (the phasing example's weights): PV(end of April) = 400; 300 is reached in April at 3 + 60/160 = 3.375
    // months (Lipke: C = 3, PV_3 = 240 <= 300 < PV_4 = 400). Finish 12 * 4/3.375 = 14.2̄ months after
    // 2022-12-31: 14 whole months end 2024-02-29, then 0.2̄ of March's 31 days -> day ceil(6.89) = 7.
    [phasedYear, "2023-04-30", 300, "400", "0.75", "-100", "3.375", "4", "-0.625", "2024-03-07", null],
    // Flat stretch (weights 1, 0, 0, 1): at 100 the plan is flat until the end of March, so ES = 3
    // (Lipke: last period with PV <= EV is 3); one month ahead at the end of February. Finish
    // 4 * 2/3 = 2.6̄ months: March at 2/3 of 31 days -> day ceil(20.67) = 21.
    [plateau, "2023-02-28", 100, "100", "1", "0", "3", "2", "1", "2023-03-21", null],
    // Decrease 1 000 -> 400: 800 at mid-year, PV 700; progress 1/3 -> ES 4; finish 12 * 6/4 = 18 months.
    [decrease, "2023-06-30", 800, "700", "0.666666666667", "100", "4", "6", "-2", "2024-06-30", null],
    // Milestones 0 -> 1 000 (June) -> 4 000 (Dec): 2 500 is reached at 6 + 6 * 1500/3000 = 9 months.
    [milestones, "2023-12-31", 2500, "4000", "0.625", "-1500", "9", "12", "-3", "2024-04-30", null],
    // Baseline equals goal: no schedule to measure.
    [hold, "2023-06-30", 500, "500", null, "0", null, "6", null, null, "baseline-equals-goal"],
  ] as Row[])("%# %s at %s value %s", (target, date, value, pv, ratio, gap, es, elapsed, ahead, finish, reason) => {
    const p = pace(target, { date, value });
    expect(r12(p.planToDate)).toBe(pv);
    expect(p.actual.toString()).toBe(String(value));
    expect(r12(p.ratio)).toBe(ratio);
    expect(p.ratioReason).toBe(ratio === null ? (target === hold ? "baseline-equals-goal" : "no-plan-yet") : null);
    expect(r12(p.gap)).toBe(gap);
    expect(r12(p.earnedSchedule.earnedMonths)).toBe(es);
    expect(r12(p.earnedSchedule.elapsedMonths)).toBe(elapsed);
    expect(r12(p.earnedSchedule.monthsAheadOrBehind)).toBe(ahead);
    expect(p.earnedSchedule.forecastFinish).toBe(finish);
    expect(p.earnedSchedule.reason).toBe(reason);
  });

  it("serialises without NaN or Infinity", () => {
    const json = JSON.stringify(pace(composite, { date: "2022-12-31", value: 0 }));
    expect(json).not.toMatch(/NaN|Infinity/);
    expect(JSON.parse(json).earnedSchedule).toEqual({
      earnedMonths: "0",
      elapsedMonths: "0",
      monthsAheadOrBehind: "0",
      forecastFinish: null,
      reason: "at-baseline",
    });
  });

  it("a forecast past year 9999 is a value with a reason", () => {
    const p = pace(
      { id: "x", baseline: { date: "2000-12-31", value: 0 }, goal: { date: "9000-12-31", value: 1_000_000_000 } },
      { date: "8000-12-31", value: 1 },
    );
    expect([p.earnedSchedule.forecastFinish, p.earnedSchedule.reason]).toEqual([null, "beyond-calendar"]);
  });

  it.each([
    [composite, { date: "2023-09-30", value: 3000, kind: "increment" }, "invalid_enum", "observation.kind"],
    [composite, { date: "2023-13-01", value: 3000 }, "invalid_date", "observation.date"],
    [composite, { date: "2023-09-30", value: 1.5 }, "invalid_count", "observation.value"],
    [{ ...composite, direction: "up" }, { date: "2023-09-30", value: 1 }, "invalid_enum", "target.direction"],
  ])("%# rejects bad input", (target, observation, code, path) => {
    expect(() => pace(target as TargetInput, observation as never)).toThrow(expect.objectContaining({ code, path }));
  });
});
