import { describe, expect, it } from "vitest";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { type ReadEvent, readPlainEvent } from "./readEvent.js";

const read = (v: unknown) => {
  const out: ReadEvent = { day: Number.NaN, ms: Number.NaN };
  readPlainEvent(v, "input.0", out);
  return out;
};

describe("readPlainEvent", () => {
  // References: Date.UTC arithmetic, independent of the parser.
  it.each([
    ["2021-05-01T00:30:00+07:00", Date.UTC(2021, 3, 30, 17, 30)],
    ["2021-05-01T00:30Z", Date.UTC(2021, 4, 1, 0, 30)],
    ["2021-05-01T00:30:15.25-03:30", Date.UTC(2021, 4, 1, 4, 0, 15, 250)],
    ["2021-05-01T00:30:15.123456789Z", Date.UTC(2021, 4, 1, 0, 30, 15, 123)],
    [1_619_800_000_000, 1_619_800_000_000],
  ])("reads %s as %d ms", (value, ms) => {
    expect(read(value).ms).toBe(ms);
    expect(read(value).day).toBeNaN();
  });

  it("reads a date as a day number (days since 1970-01-01)", () => {
    expect(read("2021-05-01").day).toBe(Date.UTC(2021, 4, 1) / 86_400_000);
  });

  it.each([
    ["2021-05-01T00:30:00", "invalid_date"], // no offset: local time of no stated zone
    ["2021-02-29", "invalid_date"],
    ["2021-02-29T00:00Z", "invalid_date"],
    ["2021-05-01T24:00Z", "invalid_date"],
    ["yesterday", "invalid_date"],
    [Number.NaN, "invalid_date"],
    [Number.POSITIVE_INFINITY, "invalid_date"],
    [null, "invalid_type"],
    [true, "invalid_type"],
  ])("rejects %s with %s at input.0", (value, code) => {
    try {
      read(value);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OnboardingTargetsError);
      expect((e as OnboardingTargetsError).code).toBe(code);
      expect((e as OnboardingTargetsError).path).toBe("input.0");
    }
  });
});

const failure = (v: unknown) => {
  try {
    read(v);
  } catch (e) {
    expect(e).toBeInstanceOf(OnboardingTargetsError);
    const err = e as OnboardingTargetsError;
    return { code: err.code, path: err.path, message: err.message };
  }
  throw new Error("expected a throw");
};

describe("readPlainEvent: calendar bounds of dates and instants", () => {
  // Day numbers: 0001-01-01 is day -719162 (MIN_DAY of dayClock; 1969 years of 365 days plus 477
  // leap days before 1970); 2021-12-31 is Date.UTC(2021, 11, 31) / 86_400_000.
  it.each([
    ["0001-01-01", -719_162],
    ["2021-12-31", Date.UTC(2021, 11, 31) / 86_400_000],
    ["2024-02-29", Date.UTC(2024, 1, 29) / 86_400_000],
  ])("accepts the date %s as day %d", (value, day) => {
    expect(read(value).day).toBe(day);
    expect(read(value).ms).toBeNaN();
  });

  it.each(["0000-01-01", "2021-00-10", "2021-13-01", "2021-05-00", "2021-02-29", "2021-04-31"])(
    "rejects the non-date %s with its own message",
    (value) => {
      expect(failure(value)).toMatchObject({ code: "invalid_date", path: "input.0" });
      expect(failure(value).message).toContain(`${value} is not a calendar date`);
    },
  );

  // Instants at the edges of each field; references from Date.UTC (setUTCFullYear for year 1,
  // since Date.UTC maps years 0-99 to 1900-1999).
  const year1 = new Date(0);
  year1.setUTCFullYear(1, 0, 1);
  it.each([
    ["0001-01-01T00:00Z", year1.getTime()],
    ["2021-12-01T00:00Z", Date.UTC(2021, 11, 1)],
    ["2021-05-31T23:59:59Z", Date.UTC(2021, 4, 31, 23, 59, 59)],
    ["2021-05-01T23:00+23:00", Date.UTC(2021, 4, 1, 0, 0)], // 23:00 at UTC+23 is 00:00 UTC
    ["2021-05-01T00:00-00:59", Date.UTC(2021, 4, 1, 0, 59)], // west of UTC: add the offset
    ["2021-05-01T12:00+05:45", Date.UTC(2021, 4, 1, 6, 15)], // Nepal, minutes count
  ])("accepts the instant %s as %d ms", (value, ms) => {
    expect(read(value).ms).toBe(ms);
  });

  it.each([
    "0000-01-01T00:00Z",
    "2021-00-01T00:00Z",
    "2021-13-01T00:00Z",
    "2021-05-00T00:00Z",
    "2021-05-32T00:00Z",
    "2021-05-01T00:60Z",
    "2021-05-01T00:00:60Z",
    "2021-05-01T25:00Z",
  ])("rejects the non-instant %s as neither a date nor an instant", (value) => {
    expect(failure(value)).toEqual({
      code: "invalid_date",
      path: "input.0",
      message: expect.stringContaining(
        `"${value}" is neither a YYYY-MM-DD date nor an ISO 8601 instant with an offset or Z`,
      ),
    });
  });

  it.each(["2021-05-01T00:00+24:00", "2021-05-01T00:00-00:60"])("rejects the offset of %s", (value) => {
    expect(failure(value)).toEqual({
      code: "invalid_date",
      path: "input.0",
      message: expect.stringContaining(`${value} has an invalid UTC offset`),
    });
  });

  it("shows at most 40 characters of a long unreadable value, then an ellipsis", () => {
    const forty = "x".repeat(40);
    expect(failure(forty).message).toContain(`"${forty}" is neither`);
    expect(failure(`${forty}yz`).message).toContain(`"${forty}"… is neither`);
  });

  it("names the bad number and the bad type", () => {
    expect(failure(Number.NaN).message).toContain("NaN is not a finite number of epoch milliseconds");
    expect(failure(Number.NEGATIVE_INFINITY).message).toContain(
      "-Infinity is not a finite number of epoch milliseconds",
    );
    expect(failure(null)).toEqual({
      code: "invalid_type",
      path: "input.0",
      message: expect.stringContaining(
        "expected a date, an ISO instant, epoch milliseconds or an enterprise, got null",
      ),
    });
    expect(failure(true).message).toContain("got boolean");
  });
});
