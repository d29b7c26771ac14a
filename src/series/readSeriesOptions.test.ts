import { describe, expect, it } from "vitest";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { readSeriesOptions } from "./readSeriesOptions.js";

const failure = (options: unknown) => {
  try {
    readSeriesOptions(options);
  } catch (e) {
    expect(e).toBeInstanceOf(OnboardingTargetsError);
    const err = e as OnboardingTargetsError;
    return { code: err.code, path: err.path, message: err.message };
  }
  throw new Error("expected a throw");
};

// Day numbers (days since 1970-01-01) computed with Date.UTC, independently of the reader.
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

describe("readSeriesOptions: defaults", () => {
  it("fills every default of the options (types.ts: weekStartsOn 1 = Monday, afterTo and decreasing 'error')", () => {
    expect(readSeriesOptions({ period: "month", timeZone: "Asia/Jakarta" })).toEqual({
      period: "month",
      timeZone: "Asia/Jakarta",
      fromDay: undefined,
      toDay: undefined,
      start: undefined,
      groupBy: undefined,
      weekStartsOn: 1,
      afterTo: "error",
      decreasing: "error",
      onWarning: undefined,
    });
  });

  it("keeps every option given", () => {
    const groupBy = (_e: unknown, i: number) => String(i);
    const onWarning = () => undefined;
    expect(
      readSeriesOptions({
        period: "week",
        timeZone: "UTC",
        from: "2021-05-01",
        to: "2021-05-01",
        start: { a: 2, b: 0 },
        groupBy,
        weekStartsOn: 0,
        afterTo: "exclude",
        decreasing: "warn",
        onWarning,
      }),
    ).toEqual({
      period: "week",
      timeZone: "UTC",
      fromDay: dayOf(2021, 5, 1),
      toDay: dayOf(2021, 5, 1), // from === to is one day, not an error
      start: { a: 2, b: 0 },
      groupBy,
      weekStartsOn: 0,
      afterTo: "exclude",
      decreasing: "warn",
      onWarning,
    });
  });

  it.each([0, 6])("accepts weekStartsOn %d (Sunday and Saturday are the ends of the range)", (w) => {
    expect(readSeriesOptions({ period: "week", weekStartsOn: w }).weekStartsOn).toBe(w);
  });

  it("accepts a start count alone, only from, only to, and group columns", () => {
    expect(readSeriesOptions({ period: "day", start: 7 }).start).toBe(7);
    expect(readSeriesOptions({ period: "day", from: "2021-05-01" }).fromDay).toBe(dayOf(2021, 5, 1));
    expect(readSeriesOptions({ period: "day", to: "2021-05-01" }).toDay).toBe(dayOf(2021, 5, 1));
    const codes = new Uint8Array([0, 1]);
    expect(readSeriesOptions({ period: "day", groupBy: codes }).groupBy).toBe(codes);
    const keys = ["a", "b"];
    expect(readSeriesOptions({ period: "day", groupBy: keys, start: { a: 1 } }).groupBy).toBe(keys);
  });
});

describe("readSeriesOptions: each bad option, with its code, path and message", () => {
  it.each<[string, unknown, string, string, string]>([
    [
      "to before from",
      { period: "day", from: "2021-05-01", to: "2021-04-30" },
      "invalid_option",
      "options.to",
      "2021-04-30 is before from 2021-05-01",
    ],
    ["a bad start count", { period: "day", start: -1 }, "invalid_count", "options.start", "negative"],
    [
      "a bad start per group",
      { period: "day", groupBy: ["a"], start: { a: 1.5 } },
      "invalid_count",
      "options.start.a",
      "1.5 is not a whole number",
    ],
    [
      "a start per group without groupBy",
      { period: "day", start: { a: 1 } },
      "invalid_option",
      "options.start",
      "a start per group needs groupBy",
    ],
    [
      "a string groupBy",
      { period: "day", groupBy: "team" },
      "invalid_option",
      "options.groupBy",
      "expected a function, an integer typed array or an array of strings, got string",
    ],
    [
      "an empty group key",
      { period: "day", groupBy: ["a", ""] },
      "invalid_type",
      "options.groupBy.1",
      "a group key must be a non-empty string, got string",
    ],
    [
      "a numeric group key",
      { period: "day", groupBy: [3] },
      "invalid_type",
      "options.groupBy.0",
      "a group key must be a non-empty string, got number",
    ],
    [
      "weekStartsOn -1",
      { period: "week", weekStartsOn: -1 },
      "invalid_option",
      "options.weekStartsOn",
      "expected 0 (Sunday) to 6 (Saturday)",
    ],
    [
      "weekStartsOn 7",
      { period: "week", weekStartsOn: 7 },
      "invalid_option",
      "options.weekStartsOn",
      "expected 0 (Sunday) to 6 (Saturday)",
    ],
    [
      "weekStartsOn 1.5",
      { period: "week", weekStartsOn: 1.5 },
      "invalid_option",
      "options.weekStartsOn",
      "expected 0 (Sunday) to 6 (Saturday)",
    ],
    [
      "weekStartsOn '1'",
      { period: "week", weekStartsOn: "1" },
      "invalid_option",
      "options.weekStartsOn",
      "expected 0 (Sunday) to 6 (Saturday)",
    ],
    [
      "afterTo 'drop'",
      { period: "day", afterTo: "drop" },
      "invalid_enum",
      "options.afterTo",
      'expected one of "error", "exclude", got "drop"',
    ],
    [
      "decreasing 'ignore'",
      { period: "day", decreasing: "ignore" },
      "invalid_enum",
      "options.decreasing",
      'expected one of "error", "warn", got "ignore"',
    ],
    ["onWarning 5", { period: "day", onWarning: 5 }, "invalid_option", "options.onWarning", "expected a function"],
  ])("refuses %s", (_name, options, code, path, message) => {
    const f = failure(options);
    expect(f.code).toBe(code);
    expect(f.path).toBe(path);
    expect(f.message).toContain(message);
  });

  it("reports a start record whose getter throws at options.start", () => {
    const start = {
      get a(): number {
        throw new Error("boom");
      },
    };
    expect(failure({ period: "day", groupBy: ["a"], start })).toEqual({
      code: "invalid_type",
      path: "options.start",
      message: expect.stringContaining("boom"),
    });
  });
});
