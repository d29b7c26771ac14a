// The enterprise reader: which on-boarding dates it takes (a calendar date, or an instant with an
// explicit offset, never one that depends on the machine's time zone), how it words a refused one,
// and the fields it keeps. Reference: the TSDoc of isDateOrInstant, readDateOrInstant and
// readEnterprise; ISO 8601 for the instant forms.
import { describe, expect, it } from "vitest";
import { thrown } from "../../test/support/errors.js";
import { isDateOrInstant, readDateOrInstant, readEnterprise } from "./readEnterprise.js";

describe("isDateOrInstant", () => {
  it.each([
    ["a calendar date", "2021-05-03", true],
    ["an instant with an offset", "2021-05-03T10:15:00+07:00", true],
    ["an instant in UTC", "2021-05-03T10:15:00.5Z", true],
    ["an instant without an offset", "2021-05-03T10:15:00", false],
    ["an instant on a day that does not exist", "2021-02-30T10:15:00Z", false],
    ["a number", 20210503, false],
    ["a String object whose text is an instant", new String("2021-05-03T10:15:00Z"), false],
  ])("%s: %s", (_name, value, expected) => {
    expect(isDateOrInstant(value)).toBe(expected);
  });
});

describe("readDateOrInstant", () => {
  const generic = "expected a YYYY-MM-DD date or an ISO 8601 instant with offset, got";
  const long = `2021-05-03T10:15:00+07:00 ${"x".repeat(40)}`;
  it.each([
    ["a date that does not exist: the calendar's word", "2021-02-30", "2021-02-30 is not a calendar date"],
    ["a number", 20210503, `${generic} number`],
    ["an instant with an hour 25", "2021-05-03T25:00:00Z", `${generic} "2021-05-03T25:00:00Z"`],
    ["an instant without an offset", "2021-05-03T10:15:00", `${generic} "2021-05-03T10:15:00"`],
    ["a long text, cut at 40 characters", long, `${generic} ${JSON.stringify(long.slice(0, 40))}`],
  ])("refuses %s", (_name, value, message) => {
    expect(thrown(() => readDateOrInstant(value, "enterprise.onboardedAt")).issues).toEqual([
      { code: "invalid_date", path: "enterprise.onboardedAt", message },
    ]);
  });
});

describe("readEnterprise", () => {
  it("keeps only the fields given, in a fixed key order", () => {
    const e = readEnterprise({ workers: 3, onboardedAt: "2021-05-03", id: "e", name: "Warung Sari" });
    expect(Object.keys(e)).toEqual(["id", "name", "onboardedAt", "workers"]);
  });
});
