import { describe, expect, it } from "vitest";
import { parseCalendarDate } from "./calendarDate.js";
import { DEFAULT_TIME_ZONE, dateOfInstant, isTimeZone, readTimeZone, startOfDayInstant } from "./timeZone.js";

// These tests must give the same answers whatever the machine's zone: run them under
// TZ=UTC, Asia/Jakarta, America/Los_Angeles and Pacific/Chatham.
const at = (iso: string) => Date.parse(iso);

describe("isTimeZone / readTimeZone", () => {
  it.each([
    ["Asia/Jakarta", true],
    ["Asia/Makassar", true],
    ["Asia/Jayapura", true],
    ["Asia/Pontianak", true],
    ["UTC", true],
    ["Pacific/Chatham", true],
    ["Asia/Jakata", false],
    ["+07:00", false],
    ["", false],
    ["x".repeat(65), false],
    [7, false],
    [null, false],
    // Not a string, though it prints as a zone name: refused, not read through toString().
    [{ toString: () => "Asia/Jakarta" }, false],
    [["Asia/Jakarta"], false],
  ])("%j -> %s", (zone, ok) => {
    expect(isTimeZone(zone)).toBe(ok);
    expect(isTimeZone(zone)).toBe(ok); // cached answer is the same
  });

  it("defaults to Asia/Jakarta and names the path of a bad zone", () => {
    expect(DEFAULT_TIME_ZONE).toBe("Asia/Jakarta");
    expect(readTimeZone(undefined, "target.timeZone")).toBe("Asia/Jakarta");
    expect(readTimeZone("Asia/Makassar", "target.timeZone")).toBe("Asia/Makassar");
    expect(() => readTimeZone("Asia/Jakata", "target.timeZone")).toThrow(expect.objectContaining({ code: "invalid_time_zone", path: "target.timeZone" }));
    expect(() => readTimeZone(7, "tz")).toThrow(expect.objectContaining({ code: "invalid_time_zone", path: "tz" }));
  });
});

describe("dateOfInstant", () => {
  it.each([
    // WIB is UTC+7: 17:00Z is midnight in Jakarta, the next day.
    ["2023-12-31T16:59:59.999Z", "Asia/Jakarta", "2023-12-31"],
    ["2023-12-31T17:00:00Z", "Asia/Jakarta", "2024-01-01"],
    ["2023-12-31T17:00:00Z", "UTC", "2023-12-31"],
    // WITA UTC+8, WIT UTC+9.
    ["2024-03-31T15:59:59Z", "Asia/Makassar", "2024-03-31"],
    ["2024-03-31T16:00:00Z", "Asia/Makassar", "2024-04-01"],
    ["2024-03-31T15:00:00Z", "Asia/Jayapura", "2024-04-01"],
    // Los Angeles: PST UTC-8 in January, PDT UTC-7 in July.
    ["2024-01-01T07:59:00Z", "America/Los_Angeles", "2023-12-31"],
    ["2024-07-01T06:59:00Z", "America/Los_Angeles", "2024-06-30"],
    ["2024-07-01T07:00:00Z", "America/Los_Angeles", "2024-07-01"],
    // Chatham: UTC+13:45 in (southern) summer, UTC+12:45 in winter.
    // Local midnight of 1 January is 10:15Z on 31 December; of 1 July, 11:15Z on 30 June.
    ["2023-12-31T10:14:00Z", "Pacific/Chatham", "2023-12-31"],
    ["2023-12-31T10:15:00Z", "Pacific/Chatham", "2024-01-01"],
    ["2024-06-30T11:15:00Z", "Pacific/Chatham", "2024-07-01"],
    ["2024-06-30T11:14:00Z", "Pacific/Chatham", "2024-06-30"],
  ])("%s in %s is %s", (iso, zone, date) => {
    expect(dateOfInstant(at(iso), zone)).toBe(date);
  });
});

describe("startOfDayInstant", () => {
  it.each([
    ["2024-01-01", "Asia/Jakarta", "2023-12-31T17:00:00.000Z"],
    ["2024-01-01", "UTC", "2024-01-01T00:00:00.000Z"],
    ["2024-07-01", "America/Los_Angeles", "2024-07-01T07:00:00.000Z"],
    ["2024-01-01", "Pacific/Chatham", "2023-12-31T10:15:00.000Z"],
    // Days on which the offset changes: LA springs forward at 02:00 on 2024-03-10 (midnight is PST);
    // Chatham moves to summer time at 02:45 on 2024-09-29 (midnight is still UTC+12:45).
    ["2024-03-10", "America/Los_Angeles", "2024-03-10T08:00:00.000Z"],
    ["2024-11-03", "America/Los_Angeles", "2024-11-03T07:00:00.000Z"],
    ["2024-09-29", "Pacific/Chatham", "2024-09-28T11:15:00.000Z"],
  ])("%s in %s starts at %s", (date, zone, iso) => {
    const { year, month, day } = parseCalendarDate(date, "d");
    const ms = startOfDayInstant(year, month, day, zone);
    expect(new Date(ms).toISOString()).toBe(iso);
    expect(dateOfInstant(ms, zone)).toBe(date);
    expect(dateOfInstant(ms - 1, zone)).not.toBe(date);
  });
});
