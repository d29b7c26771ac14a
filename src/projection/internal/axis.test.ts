import { describe, expect, it } from "vitest";
import { thrown } from "../../../test/support/errors.js";
import { monthPositionNumber } from "../../periods/monthAxis.js";
import { dateAtNumber, FIRST_POSITION, LAST_POSITION, periodEnds } from "./axis.js";

describe("monthPositionNumber and dateAtNumber", () => {
  // pos(2023-09-30) = 12·2023 + 8 + 30/30 = 24 285; pos(2023-09-15) = 24 284.5 (methodology: the month axis).
  it.each([
    ["2023-09-30", 24_285],
    ["2023-09-15", 24_284.5],
    ["2024-02-29", 12 * 2024 + 1 + 1],
  ])("%s is at %f and back", (date, position) => {
    expect(monthPositionNumber(date, "date")).toBeCloseTo(position, 9);
    expect(dateAtNumber(position)).toBe(date);
  });

  it("takes the first day whose end reaches the position", () => {
    // 24 284.5 + a hair is past the end of 2023-09-15 (by 0.03 days): the day is 2023-09-16.
    expect(dateAtNumber(24_284.501)).toBe("2023-09-16");
  });

  it("clamps to the calendar, 0001-01-01 to 9999-12-31", () => {
    expect(FIRST_POSITION).toBe(12); // start of year 1
    expect(LAST_POSITION).toBe(120_000); // end of 9999-12-31: 12·9999 + 11 + 31/31
    expect(dateAtNumber(FIRST_POSITION)).toBe("0001-01-01");
    expect(dateAtNumber(-1e6)).toBe("0001-01-01");
    expect(dateAtNumber(LAST_POSITION)).toBe("9999-12-31");
    expect(dateAtNumber(1e12)).toBe("9999-12-31");
  });

  it("names the date path of an invalid date", () => {
    expect([thrown(() => monthPositionNumber("2023-02-30", "options.until")).path]).toEqual(["options.until"]);
  });
});

describe("periodEnds", () => {
  it.each([
    // [after, until, period, expected]. Month ends after `after`, then `until` when it is not one.
    ["2023-01-31", "2023-03-15", "month", ["2023-02-28", "2023-03-15"]],
    ["2023-01-15", "2023-03-31", "month", ["2023-01-31", "2023-02-28", "2023-03-31"]],
    // Quarter ends are Mar, Jun, Sep, Dec; from mid-February the first is 2023-03-31.
    ["2023-02-15", "2023-11-30", "quarter", ["2023-03-31", "2023-06-30", "2023-09-30", "2023-11-30"]],
    ["2023-03-31", "2023-09-30", "quarter", ["2023-06-30", "2023-09-30"]],
    ["2022-12-31", "2025-03-01", "year", ["2023-12-31", "2024-12-31", "2025-03-01"]],
    // ISO weeks end on Sunday: 2023-03-05 and 2023-03-12 are Sundays (1970-01-04 was one, and
    // 2023-03-05 is 19 421 days = 2 774 weeks + 3 days after 1970-01-01, a Thursday).
    ["2023-02-28", "2023-03-15", "week", ["2023-03-05", "2023-03-12", "2023-03-15"]],
    ["2023-02-28", "2023-03-12", "week", ["2023-03-05", "2023-03-12"]],
    ["2023-02-27", "2023-03-02", "day", ["2023-02-28", "2023-03-01", "2023-03-02"]],
  ] as const)("after %s until %s by %s", (after, until, period, expected) => {
    expect(periodEnds(after, until, period, 100)).toEqual(expected);
  });

  it.each(["day", "week", "month", "quarter", "year"] as const)(
    "is empty when until is not after after (%s)",
    (period) => {
      expect(periodEnds("2023-03-31", "2023-03-31", period, 100)).toEqual([]);
      expect(periodEnds("2023-03-31", "2023-01-31", period, 100)).toEqual([]);
    },
  );

  it("reads after and until at their own paths", () => {
    expect(thrown(() => periodEnds("2023-02-30", "2023-03-31", "month", 10)).path).toBe("after");
    expect(thrown(() => periodEnds("2023-01-31", "2023-04-31", "month", 10)).path).toBe("until");
  });

  it("allows exactly max points and throws a RangeError beyond", () => {
    // 2023-01-01 .. 2023-01-10 are 10 days; the Sundays up to 2023-01-29 are 01-01, 08, 15, 22, 29;
    // the month ends of 2023 are 12.
    expect(periodEnds("2022-12-31", "2023-01-10", "day", 10)).toHaveLength(10);
    expect(() => periodEnds("2022-12-31", "2023-01-10", "day", 9)).toThrow(new RangeError("more than 9 points"));
    expect(periodEnds("2022-12-31", "2023-01-29", "week", 5)).toHaveLength(5);
    expect(() => periodEnds("2022-12-31", "2023-01-29", "week", 4)).toThrow(new RangeError("more than 4 points"));
    expect(periodEnds("2022-12-31", "2023-12-31", "month", 12)).toHaveLength(12);
    expect(() => periodEnds("2022-12-31", "2023-12-31", "month", 11)).toThrow(new RangeError("more than 11 points"));
    // `until` itself counts: 12 month ends and 2024-01-15.
    expect(() => periodEnds("2022-12-31", "2024-01-15", "month", 12)).toThrow(new RangeError("more than 12 points"));
  });
});
