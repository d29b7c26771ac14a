import { describe, expect, it } from "vitest";
import { dayNumber } from "../periods/calendarDate.js";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { dayToDate, parsePeriod, periodEndDay, periodKindOfLabel, periodLabel, periodOfDay, periodStartDay } from "./periodAxis.js";
import type { Period } from "./types.js";

const day = (s: string) => {
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  return dayNumber(y, m, d);
};

describe("periodAxis", () => {
  // ISO week labels checked against ISO 8601 calendars (e.g. timeanddate.com week numbers):
  // 2021-01-03 (Sunday) is in 2020-W53; 2021-01-04 (Monday) starts 2021-W01; 2024-12-30 is 2025-W01.
  it.each<[Period, string, string, string, string]>([
    ["day", "2021-05-13", "2021-05-13", "2021-05-13", "2021-05-13"],
    ["week", "2021-01-03", "2020-W53", "2020-12-28", "2021-01-03"],
    ["week", "2021-01-04", "2021-W01", "2021-01-04", "2021-01-10"],
    ["week", "2024-12-31", "2025-W01", "2024-12-30", "2025-01-05"],
    ["month", "2024-02-10", "2024-02", "2024-02-01", "2024-02-29"],
    ["quarter", "2021-05-13", "2021-Q2", "2021-04-01", "2021-06-30"],
    ["quarter", "2021-12-31", "2021-Q4", "2021-10-01", "2021-12-31"],
    ["year", "2021-05-13", "2021", "2021-01-01", "2021-12-31"],
  ])("%s of %s is %s, %s to %s", (period, date, label, start, end) => {
    const index = periodOfDay(period, day(date));
    expect(periodLabel(period, index)).toBe(label);
    expect(dayToDate(periodStartDay(period, index))).toBe(start);
    expect(dayToDate(periodEndDay(period, index))).toBe(end);
    expect(parsePeriod(period, label, "p")).toBe(index);
    expect(parsePeriod(period, date, "p")).toBe(index);
    expect(periodKindOfLabel(label)).toBe(period);
  });

  it("weeks starting on Sunday: 2021-05-09 (a Sunday) starts its week", () => {
    const index = periodOfDay("week", day("2021-05-09"), 0);
    expect(dayToDate(periodStartDay("week", index, 0))).toBe("2021-05-09");
    expect(dayToDate(periodEndDay("week", index, 0))).toBe("2021-05-15");
  });

  it.each([
    ["month", "2021-13"],
    ["week", "2021-W53"], // 2021 has 52 ISO weeks
    ["quarter", "2021-Q5"],
    ["day", "2021-02-29"],
    ["month", 202105],
  ] as const)("rejects %s label %s with invalid_date", (period, label) => {
    expect(() => parsePeriod(period, label, "rows.0.period")).toThrow(OnboardingTargetsError);
    try {
      parsePeriod(period, label, "rows.0.period");
    } catch (e) {
      expect((e as OnboardingTargetsError).code).toBe("invalid_date");
      expect((e as OnboardingTargetsError).path).toBe("rows.0.period");
    }
  });
});
