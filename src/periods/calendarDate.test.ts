import { describe, expect, it } from "vitest";
import {
  addDaysToDate,
  dayNumber,
  daysInMonth,
  formatYMD,
  fromDayNumber,
  isCalendarDate,
  isLeapYear,
  parseCalendarDate,
} from "./calendarDate.js";

describe("isCalendarDate / parseCalendarDate", () => {
  it.each([
    ["2024-02-29", true], // 2024 is a leap year
    ["2021-02-29", false],
    ["2000-02-29", true], // divisible by 400
    ["1900-02-29", false], // divisible by 100, not 400
    ["2023-04-31", false],
    ["2023-12-31", true],
    ["0001-01-01", true],
    ["9999-12-31", true],
    ["0000-01-01", false],
    ["2023-00-10", false],
    ["2023-01-00", false], // day 0: the `day >= 1` bound
    ["2023-13-01", false],
    ["2023-1-10", false],
    ["2023-01-10T00:00", false],
    [" 2023-01-10", false],
    ["2023-01-10\n", false],
    ["", false],
    [20230110, false],
    [null, false],
    [new Date(0), false],
    // Not a string, though it prints as a valid date: refused, not read through toString().
    [{ toString: () => "2023-01-10" }, false],
    [new String("2023-01-10"), false],
  ])("%j -> %s", (value, ok) => {
    expect(isCalendarDate(value)).toBe(ok);
    if (ok)
      expect(parseCalendarDate(value, "x")).toEqual({
        year: Number((value as string).slice(0, 4)),
        month: Number((value as string).slice(5, 7)),
        day: Number((value as string).slice(8)),
      });
    else
      expect(() => parseCalendarDate(value, "goal.date")).toThrow(
        expect.objectContaining({ code: "invalid_date", path: "goal.date" }),
      );
  });

  it("refuses a symbol without throwing a TypeError (no implicit string conversion)", () => {
    expect(isCalendarDate(Symbol("2023-01-10"))).toBe(false);
  });

  it("shortens very long strings in messages", () => {
    expect(() => parseCalendarDate("9".repeat(10_000), "d")).toThrow(/…/);
  });

  it("words each refusal, quoting a string of up to 40 characters whole and a longer one cut at 40", () => {
    const refusal = (message: string) => expect.objectContaining({ code: "invalid_date", path: "d", message });
    expect(() => parseCalendarDate(20230110, "d")).toThrow(refusal("d: expected a YYYY-MM-DD date string, got number"));
    expect(() => parseCalendarDate("x".repeat(40), "d")).toThrow(
      refusal(`d: "${"x".repeat(40)}" is not a YYYY-MM-DD date`),
    );
    expect(() => parseCalendarDate("x".repeat(41), "d")).toThrow(
      refusal(`d: "${"x".repeat(40)}"… is not a YYYY-MM-DD date`),
    );
    expect(() => parseCalendarDate("2023-02-30", "d")).toThrow(refusal("d: 2023-02-30 is not a calendar date"));
  });
});

describe("calendar arithmetic", () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2100, 2, 28],
    [2000, 2, 29],
    [2023, 4, 30],
    [2023, 12, 31],
  ])("daysInMonth(%i, %i) = %i", (y, m, d) => {
    expect(daysInMonth(y, m)).toBe(d);
    expect(isLeapYear(y)).toBe(m === 2 && d === 29);
  });

  it.each([
    ["1970-01-01", 0],
    ["2000-03-01", 11017], // 30 years of 365 days + 7 leap days + 31 + 29 = 11 017
    ["1969-12-31", -1],
    ["0001-01-01", -719162],
    ["9999-12-31", 2932896],
    // The last day of a 400-year era of the days-from-civil algorithm (eras start on 1 March of a
    // year divisible by 400), where `doe / 146096` matters; values from Python's
    // (date(y, 2, 29) - date(1970, 1, 1)).days.
    ["2000-02-29", 11016],
    ["1600-02-29", -135081],
    ["2400-02-29", 157113],
    // Dates more than 100 years into an era (from 1 March 2000 or 1600), where `doe / 36524` is
    // not 0; values from Python's (date(y, m, d) - date(1970, 1, 1)).days.
    ["1999-12-31", 10956],
    ["1900-03-01", -25508],
    ["2100-03-01", 47541],
  ])("dayNumber(%s) = %i", (date, n) => {
    const { year, month, day } = parseCalendarDate(date, "d");
    expect(dayNumber(year, month, day)).toBe(n);
    expect(formatYMD(fromDayNumber(n).year, fromDayNumber(n).month, fromDayNumber(n).day)).toBe(date);
  });
});

describe("addDaysToDate", () => {
  it.each([
    ["2023-12-31", 1, "2024-01-01"],
    ["2024-03-01", -1, "2024-02-29"], // leap year
    ["2023-03-01", -1, "2023-02-28"],
    ["2023-01-31", 0, "2023-01-31"],
    ["2024-02-29", 365, "2025-02-28"], // 2025 is not a leap year
  ])("%s %+d days = %s", (date, days, expected) => expect(addDaysToDate(date, days)).toBe(expected));

  it("rejects a non-date at the path 'date'", () => {
    expect(() => addDaysToDate("2023-02-30", 1)).toThrow(
      expect.objectContaining({ code: "invalid_date", path: "date" }),
    );
  });
});
