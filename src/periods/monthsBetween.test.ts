import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal/index.js";
import { monthsBetween } from "./monthsBetween.js";

// Exact values are compared as decimals to a relative error below 1e-30: a fraction such as 27/31
// is not exact in the library's 40-digit decimals.
function close(actual: Decimal, expected: Decimal): boolean {
  return actual.minus(expected).abs().lte(Decimal.max(1, expected.abs()).times("1e-30"));
}
const frac = (n: number, d: number) => new Decimal(n).div(d);

describe("monthsBetween", () => {
  it.each([
    // Month end to month end counts whole months (methodology: the month axis).
    ["2021-04-30", "2023-12-31", new Decimal(32)],
    // 2023-12-04 -> 2024-12-31 = 12 + 27/31 (methodology: the month axis).
    ["2023-12-04", "2024-12-31", new Decimal(12).plus(frac(27, 31))],
    // Negative when `to` is before `from`.
    ["2023-12-31", "2021-04-30", new Decimal(-32)],
    ["2024-01-01", "2024-01-01", new Decimal(0)],
    // Within a month: days / daysInMonth. February 2024 has 29 days, 2023 28.
    ["2024-02-01", "2024-02-29", frac(28, 29)],
    ["2023-02-01", "2023-02-28", frac(27, 28)],
    // Across a month boundary: (31 - 15)/31 of January plus 10/29 of February 2024.
    ["2024-01-15", "2024-02-10", frac(16, 31).plus(frac(10, 29))],
    // The composite example: month 0 = 2022-12-31, month 9 = 2023-09-30, month 24 = 2024-12-31
    // (methodology: the composite example).
    ["2022-12-31", "2023-09-30", new Decimal(9)],
    ["2022-12-31", "2024-12-31", new Decimal(24)],
    // Leap day to the same day a year later: 29/29 of Feb 2024 -> 28/28 of Feb 2025 = 12 months.
    ["2024-02-29", "2025-02-28", new Decimal(12)],
    // Extremes of the calendar.
    ["0001-01-01", "9999-12-31", new Decimal(9999 * 12 - 1).plus(frac(30, 31))],
  ])("%s -> %s", (from, to, expected) => {
    expect(close(monthsBetween(from, to), expected), monthsBetween(from, to).toString()).toBe(true);
  });

  it("gives exact integers for month ends", () => {
    expect(monthsBetween("2021-04-30", "2023-12-31").toString()).toBe("32");
    expect(monthsBetween("2023-12-04", "2024-12-31").toFixed(6)).toBe("12.870968");
  });

  it.each([
    ["2021-02-29", "2021-03-01", "invalid_date", "from"],
    ["2021-03-01", "2021-13-01", "invalid_date", "to"],
    ["2021-3-1", "2021-03-01", "invalid_date", "from"],
    [20210301, "2021-03-01", "invalid_date", "from"],
    ["2021-03-01", null, "invalid_date", "to"],
    ["0000-12-31", "2021-03-01", "invalid_date", "from"],
    ["2021-03-01T00:00:00Z", "2021-03-01", "invalid_date", "from"],
  ])("%# rejects %j, %j with %s at %s", (from, to, code, path) => {
    expect(() => monthsBetween(from as string, to as string)).toThrow(
      expect.objectContaining({ name: "OnboardingTargetsError", code, path }),
    );
  });
});
