import { describe, expect, it } from "vitest";
import { dayNumber } from "../periods/calendarDate.js";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import {
  dayToDate,
  parsePeriod,
  periodEndDay,
  periodKindOfLabel,
  periodLabel,
  periodOfDay,
  periodStartDay,
} from "./periodAxis.js";
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

describe("periodAxis: labels before year 1000 and the year-1 floor", () => {
  // Labels are four-digit years (ISO 8601 basic calendar range 0001-9999), zero-padded.
  it.each<[Period, number, string]>([
    ["year", 999, "0999"],
    ["month", 12 * 999 + 4, "0999-05"],
    ["quarter", 4 * 999 + 1, "0999-Q2"],
  ])("%s %d is labelled %s", (period, index, label) => {
    expect(periodLabel(period, index)).toBe(label);
    expect(parsePeriod(period, label, "p")).toBe(index);
  });

  // Year 1 is the first year of the library's calendar (dayClock MIN_DAY = 0001-01-01).
  it.each<[Period, string, number]>([
    ["year", "0001", 1],
    ["month", "0001-01", 12],
    ["quarter", "0001-Q1", 4],
  ])("accepts the first %s label %s", (period, label, index) => {
    expect(parsePeriod(period, label, "p")).toBe(index);
  });

  it("accepts week 1 of year 1 and names it back", () => {
    const index = parsePeriod("week", "0001-W01", "p");
    expect(periodLabel("week", index)).toBe("0001-W01");
  });

  it.each<[Period, unknown, string]>([
    ["year", "0000", '"0000" is not a year label (2021) or a YYYY-MM-DD date'],
    ["month", "0000-05", '"0000-05" is not a month label (2021-05) or a YYYY-MM-DD date'],
    ["month", "2021-00", '"2021-00" is not a month label (2021-05) or a YYYY-MM-DD date'],
    ["quarter", "0000-Q1", '"0000-Q1" is not a quarter label (2021-Q2) or a YYYY-MM-DD date'],
    ["week", "0000-W01", '"0000-W01" is not a week label (2021-W18) or a YYYY-MM-DD date'],
    ["day", "2021-02-30", '"2021-02-30" is not a day label (2021-05-01) or a YYYY-MM-DD date'],
    ["year", 2021, "number is not a year label (2021) or a YYYY-MM-DD date"], // a number is not a label
    ["month", `2021-05${"x".repeat(40)}`, `"2021-05${"x".repeat(33)}" is not a month label`], // first 40 characters shown
  ])("rejects %s label %s with its message", (period, label, message) => {
    try {
      parsePeriod(period, label, "rows.0.period");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OnboardingTargetsError);
      expect((e as OnboardingTargetsError).code).toBe("invalid_date");
      expect((e as OnboardingTargetsError).path).toBe("rows.0.period");
      expect((e as OnboardingTargetsError).message).toContain(message);
    }
  });

  // weekStartsOn, checked against a calendar: 2021-05-13 is a Thursday.
  it.each<[number, string, string]>([
    [0, "2021-05-09", "2021-05-15"], // Sunday..Saturday
    [1, "2021-05-10", "2021-05-16"], // Monday..Sunday (ISO)
    [4, "2021-05-13", "2021-05-19"], // Thursday..Wednesday: the day starts its own week
    [5, "2021-05-07", "2021-05-13"], // Friday..Thursday: the day ends its week
    [6, "2021-05-08", "2021-05-14"], // Saturday..Friday
  ])("weekStartsOn %d: the week of 2021-05-13 runs %s to %s", (w, start, end) => {
    const index = periodOfDay("week", day("2021-05-13"), w);
    expect(dayToDate(periodStartDay("week", index, w))).toBe(start);
    expect(dayToDate(periodEndDay("week", index, w))).toBe(end);
    expect(parsePeriod("week", periodLabel("week", index, w), "p", w)).toBe(index);
  });
});
