// The row limit of an outlook: at most 1 200 dates (a century of months), as a list or monthly.
import { describe, expect, it } from "vitest";
import { MAX_ROWS, readOutlookDates } from "./outlookDates.js";

/** `count` consecutive days from 2000-01-01, in order (UTC calendar arithmetic, no clock). */
const days = (count: number) =>
  Array.from({ length: count }, (_, i) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10));

describe("readOutlookDates: at most 1 200 rows", () => {
  it("is a century of months", () => {
    expect(MAX_ROWS).toBe(100 * 12);
  });

  it("takes a list of 1 200 dates and refuses 1 201", () => {
    expect(readOutlookDates(days(1200), "asOf")).toHaveLength(1200);
    expect(() => readOutlookDates(days(1201), "asOf")).toThrow(
      expect.objectContaining({ code: "out_of_range", path: "asOf", message: expect.stringContaining("1201 dates") }),
    );
  });

  it("takes 1 200 month ends (January 1900 to December 1999) and refuses one more", () => {
    const century = readOutlookDates({ every: "month", from: "1900-01-31", to: "1999-12-31" }, "asOf");
    expect(century).toHaveLength(1200);
    expect([century[1], century.at(-1)]).toEqual(["1900-02-28", "1999-12-31"]); // 1900 is not a leap year
    expect(() => readOutlookDates({ every: "month", from: "1900-01-31", to: "2000-01-31" }, "asOf")).toThrow(
      expect.objectContaining({
        code: "out_of_range",
        path: "asOf",
        message: expect.stringContaining("more than 1200"),
      }),
    );
  });
});
