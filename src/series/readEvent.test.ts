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
