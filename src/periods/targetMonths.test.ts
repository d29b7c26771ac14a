import { describe, expect, it } from "vitest";
import { monthLabel, monthsIntersecting } from "./targetMonths.js";

describe("monthsIntersecting (the months of a target: those that intersect (baseline, goal])", () => {
  it.each([
    // A baseline at a month end: the first month is the next one.
    ["2022-12-31", "2023-12-31", "2023-01", 12],
    // A baseline inside a month: that month is the (partial) first month.
    ["2023-01-15", "2023-03-31", "2023-01", 3],
    ["2022-12-31", "2023-02-14", "2023-01", 2],
    ["2024-02-10", "2024-02-20", "2024-02", 1],
    ["2021-04-30", "2023-12-31", "2021-05", 32],
    // The day after the baseline is 1 March: February (leap) does not intersect.
    ["2024-02-29", "2024-03-01", "2024-03", 1],
  ])("(%s, %s] starts at %s, %i months", (from, to, first, count) => {
    const r = monthsIntersecting(from, to);
    expect([monthLabel(r.first), r.count]).toEqual([first, count]);
  });

  it("is empty when to is not after from", () => {
    expect(monthsIntersecting("2024-03-31", "2024-03-31").count).toBe(0);
    expect(monthsIntersecting("2024-05-31", "2024-03-31").count).toBe(0);
  });

  it("labels months", () => {
    expect(monthLabel(12 * 2024 + 11)).toBe("2024-12");
    expect(monthLabel(12 * 1 + 0)).toBe("0001-01");
    // Months 9, 10 and 11 (index 12 * year + month - 1): a leading zero below 10 only.
    expect(monthLabel(12 * 2024 + 8)).toBe("2024-09");
    expect(monthLabel(12 * 2024 + 9)).toBe("2024-10");
    expect(monthLabel(12 * 2024 + 10)).toBe("2024-11");
  });

  it("names the path of a bad date", () => {
    expect(() => monthsIntersecting("2024-13-01", "2024-12-31")).toThrow(
      expect.objectContaining({ code: "invalid_date", path: "from" }),
    );
    expect(() => monthsIntersecting("2024-01-31", "2024-02-30")).toThrow(
      expect.objectContaining({ code: "invalid_date", path: "to" }),
    );
  });
});
