// namedDates keeps a named day only when the month has it: the Gregorian calendar (30 days in
// April, 28 in February 2023, 29 in the leap year 2024, 31 in December; no day 0).
import { describe, expect, it } from "vitest";
import { namedDates } from "./namedDates.js";

describe("namedDates", () => {
  it.each([
    ["31 Desember 2021", "2021-12-31"],
    ["29 Februari 2024", "2024-02-29"],
    ["1 Januari 2022", "2022-01-01"],
  ])("keeps the day %j", (text, date) => {
    expect(namedDates(text)).toEqual([{ text, date, precision: "day", start: 0, end: text.length }]);
  });

  it.each(["29 Februari 2023", "31 April 2022", "0 Mei 2022", "00 Mei 2022"])("leaves out the day %j", (text) => {
    expect(namedDates(text)).toEqual([]);
  });
});
