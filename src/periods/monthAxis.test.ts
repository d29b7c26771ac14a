import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal/index.js";
import {
  dateAtPosition,
  monthPositionOf,
  monthPositionNumberOf,
  monthIndex,
  monthOfIndex,
  monthPosition,
  monthPositionNumber,
  monthPositionParts,
} from "./monthAxis.js";

describe("monthPosition", () => {
  it.each([
    // pos(D) = 12*year + (month - 1) + day/daysInMonth, the end of day D (methodology: the month axis).
    ["2023-12-31", new Decimal(12 * 2023 + 12)],
    ["2024-01-31", new Decimal(12 * 2024 + 1)],
    ["2024-02-29", new Decimal(12 * 2024 + 2)], // leap February ends at a whole month
    ["2023-02-14", new Decimal(12 * 2023 + 1).plus(new Decimal(14).div(28))],
    ["2024-02-14", new Decimal(12 * 2024 + 1).plus(new Decimal(14).div(29))],
    ["2021-04-15", new Decimal(12 * 2021 + 3.5)], // 15/30
    ["0001-01-01", new Decimal(12).plus(new Decimal(1).div(31))],
  ])("%s", (date, expected) => {
    expect(monthPosition(date).eq(expected)).toBe(true);
  });

  it("names the path of a bad date", () => {
    expect(() => monthPosition("2023-02-29", "goal.date")).toThrow(
      expect.objectContaining({ code: "invalid_date", path: "goal.date" }),
    );
    expect(() => monthPosition("x")).toThrow(expect.objectContaining({ code: "invalid_date", path: "date" }));
  });
});

describe("monthPositionParts and the two views", () => {
  it.each([
    // whole = 12*year + (month - 1), the month index; day / daysInMonth the part of the month passed.
    ["2024-02-29", 12 * 2024 + 1, 29, 29],
    ["2023-02-14", 12 * 2023 + 1, 14, 28],
    ["2021-04-15", 12 * 2021 + 3, 15, 30],
    ["0001-01-01", 12, 1, 31],
    ["9999-12-31", 12 * 9999 + 11, 31, 31],
  ])("%s -> whole %i, day %i of %i", (date, whole, day, daysInMonth) => {
    const parts = monthPositionParts(date);
    expect(parts).toEqual({ whole, day, daysInMonth });
    expect(monthIndex(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).toBe(whole);
    expect(monthOfIndex(whole)).toEqual({ year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) });
    // Both views come from the parts: the exact one is the Decimal sum, the float one the double sum.
    expect(monthPositionOf(parts).eq(new Decimal(whole).plus(new Decimal(day).div(daysInMonth)))).toBe(true);
    expect(monthPositionNumberOf(parts)).toBe(whole + day / daysInMonth);
    expect(monthPosition(date).eq(monthPositionOf(parts))).toBe(true);
    expect(monthPositionNumber(date)).toBe(monthPositionNumberOf(parts));
  });

  it("names the path of a bad date in every view", () => {
    expect(() => monthPositionParts("2023-02-29", "goal.date")).toThrow(
      expect.objectContaining({ code: "invalid_date", path: "goal.date" }),
    );
    expect(() => monthPositionNumber("2023-02-29", "goal.date")).toThrow(
      expect.objectContaining({ code: "invalid_date", path: "goal.date" }),
    );
    expect(() => monthPositionNumber("x")).toThrow(expect.objectContaining({ code: "invalid_date", path: "date" }));
    expect(() => monthPositionParts("x")).toThrow(expect.objectContaining({ code: "invalid_date", path: "date" }));
  });
});

describe("dateAtPosition", () => {
  const base = (y: number, m: number) => new Decimal(12 * y + m - 1);
  it.each([
    // A whole-month position is the end of the previous month's last day.
    [base(2024, 1), "2023-12-31"],
    [base(2024, 3), "2024-02-29"],
    [base(2023, 3), "2023-02-28"],
    // The composite example: 30 months after 2022-12-31 is 2025-06-30 (methodology: the composite example).
    [new Decimal(12 * 2022 + 12 + 30), "2025-06-30"],
    // Inside a month: the first day whose end is at or after the position.
    [base(2024, 2).plus("0.0001"), "2024-02-01"],
    [base(2024, 2).plus(new Decimal(1).div(29)), "2024-02-01"],
    [base(2024, 2).plus(new Decimal(1).div(29)).plus("1e-20"), "2024-02-02"],
    [base(2024, 2).plus(new Decimal(2).div(3)), "2024-02-20"], // 2/3 of 29 days = 19.33 -> the 20th
    [base(2023, 1).plus(new Decimal(2).div(31)), "2023-01-02"], // 2/31, held with rounding in the 40th digit
    [base(2023, 1).plus(new Decimal(30).div(31)), "2023-01-30"],
    [base(2023, 1).plus("0.99999"), "2023-01-31"],
    [new Decimal(12 + 1).minus("0.5"), "0001-01-16"],
    [new Decimal(12 * 9999 + 12), "9999-12-31"],
  ])("%s -> %s", (position, expected) => {
    expect(dateAtPosition(position)).toBe(expected);
  });

  it.each([
    [new Decimal(12), "position"], // the end of 0000-12-31
    [new Decimal(12 * 10_000).plus("0.01"), "position"],
    [new Decimal(Number.NaN), "position"],
    [new Decimal(Number.POSITIVE_INFINITY), "position"],
  ])("%s is out of range", (position, path) => {
    expect(() => dateAtPosition(position)).toThrow(expect.objectContaining({ code: "out_of_range", path }));
  });

  it("says why a position is out of range", () => {
    expect(() => dateAtPosition(new Decimal(Number.POSITIVE_INFINITY))).toThrow("position: position is not finite");
    // 12 * 10000 + 0.5 is in January of year 10000.
    expect(() => dateAtPosition(new Decimal(12 * 10_000).plus("0.5"), "p")).toThrow(
      "p: the date falls in year 10000, outside 0001-9999",
    );
  });
});
