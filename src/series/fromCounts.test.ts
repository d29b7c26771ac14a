import { describe, expect, it, vi } from "vitest";
import { codeAndPath } from "../../test/support/errors.js";
import { cumulativeSeries } from "./cumulativeSeries.js";
import { fromCounts } from "./fromCounts.js";

describe("fromCounts", () => {
  it("equals cumulativeSeries over the same events (counts made by hand from the event list)", () => {
    const events = ["2021-01-03", "2021-01-20", "2021-03-05", "2021-03-06", "2021-03-07"];
    const rows = [
      { period: "2021-03", group: "b", count: 2 },
      { period: "2021-01-01", group: "a", count: 2 }, // date_trunc style
      { period: "2021-03", group: "a", count: 1 },
    ];
    const groups = ["a", "a", "b", "a", "b"];
    expect(fromCounts(rows, { period: "month" })).toEqual(cumulativeSeries(events, { period: "month", groupBy: groups }));
  });

  it("accepts bigint counts as DuckDB returns COUNT(*), and sums duplicate rows", () => {
    const rows = [
      { period: "2021-Q1", count: 2n },
      { period: "2021-Q1", count: 3 },
    ] as never;
    expect(fromCounts(rows, { period: "quarter" }).map((p) => p.cumulative)).toEqual([5]);
  });

  it("puts periods before from into start and reports periods after to", () => {
    const rows = [
      { period: "2020-12", count: 4 },
      { period: "2021-01", count: 1 },
      { period: "2021-03", count: 7 },
    ];
    expect(codeAndPath(() => fromCounts(rows, { period: "month", from: "2021-01-01", to: "2021-02-28" }))).toEqual(["out_of_range", "rows.2"]);
    const onWarning = vi.fn();
    const points = fromCounts(rows, { period: "month", from: "2021-01-01", to: "2021-02-28", afterTo: "exclude", onWarning, start: 10 });
    // 10 + 4 before January, then +1 in January, nothing in February.
    expect(points.map((p) => [p.period, p.increment, p.cumulative])).toEqual([
      ["2021-01", 1, 15],
      ["2021-02", 0, 15],
    ]);
    expect(onWarning).toHaveBeenCalledWith(expect.objectContaining({ code: "excluded_after_to", count: 1 }));
  });

  it.each([
    [[{ period: "2021-13", count: 1 }], "invalid_date", "rows.0.period"],
    [[{ period: "2021-Q1", count: 1 }], "invalid_date", "rows.0.period"],
    [[{ period: "2021-01", count: -1 }], "invalid_count", "rows.0.count"],
    [[{ period: "2021-01", count: 1.5 }], "invalid_count", "rows.0.count"],
    [[{ period: "2021-01", count: 1, extra: 1 }], "unknown_key", "rows.0.extra"],
    [[{ period: "2021-01", count: 1 }, { period: "2021-02", group: "x", count: 1 }], "invalid_option", "rows.1.group"],
    [[null], "invalid_type", "rows.0"],
    ["rows", "invalid_type", "rows"],
  ])("%#: rejects %j", (rows, code, path) => {
    expect(codeAndPath(() => fromCounts(rows as never, { period: "month" }))).toEqual([code, path]);
  });

  it("rejects options that do not apply to counts", () => {
    expect(codeAndPath(() => fromCounts([], { period: "month", timeZone: "UTC" } as never))).toEqual(["unknown_key", "options.timeZone"]);
  });
});
