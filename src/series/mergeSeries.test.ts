import { describe, expect, it } from "vitest";
import { codeAndPath } from "../../test/support/errors.js";
import { cumulativeSeries } from "./cumulativeSeries.js";
import { mergeSeries } from "./mergeSeries.js";

describe("mergeSeries", () => {
  it("adds starts and increments of shards counted over the same range, keeping the clipped edges", () => {
    const options = { period: "month", from: "2021-01-15", to: "2021-03-10", afterTo: "exclude" } as const;
    const a = cumulativeSeries(["2021-01-01", "2021-02-01"], options);
    const b = cumulativeSeries(["2021-01-20", "2021-03-01", "2021-03-20"], options);
    const whole = cumulativeSeries(["2021-01-01", "2021-02-01", "2021-01-20", "2021-03-01", "2021-03-20"], options);
    expect(mergeSeries([a, b])).toEqual(whole);
    // Reference by hand: 1 before from; +1 in Jan, +1 in Feb, +1 in Mar (2021-03-20 is after to).
    expect(whole.map((p) => [p.start, p.end, p.increment, p.cumulative])).toEqual([
      ["2021-01-15", "2021-01-31", 1, 2],
      ["2021-02-01", "2021-02-28", 1, 3],
      ["2021-03-01", "2021-03-10", 1, 4],
    ]);
  });

  it("merges grouped shards with different groups and ranges", () => {
    const a = cumulativeSeries(["2021-01-01"], { period: "quarter", groupBy: ["31"] });
    const b = cumulativeSeries(["2021-07-01", "2021-07-02"], { period: "quarter", groupBy: ["11", "31"] });
    expect(mergeSeries([a, b]).map((p) => `${p.group} ${p.period} ${p.cumulative}`)).toEqual([
      "11 2021-Q1 0",
      "11 2021-Q2 0",
      "11 2021-Q3 1",
      "31 2021-Q1 1",
      "31 2021-Q2 1",
      "31 2021-Q3 2",
    ]);
  });

  it("returns [] for nothing", () => {
    expect(mergeSeries([])).toEqual([]);
    expect(mergeSeries([[], []])).toEqual([]);
  });

  const point = { period: "2021-01", start: "2021-01-01", end: "2021-01-31", increment: 1, cumulative: 1 };
  it.each([
    [[[point, { ...point, period: "2021-Q1" }]], "invalid_option", "partials.0.1.period"],
    [[[point, { ...point, group: "a" }]], "invalid_option", "partials.0.1.group"],
    [[[point, point]], "duplicate_date", "partials.0.1.period"],
    [[[point, { ...point, period: "2021-02", cumulative: 5 }]], "invalid_type", "partials.0.1.cumulative"],
    [[[point], [{ ...point, period: "2021-02", cumulative: 4 }]], "invalid_option", "partials.1.0"],
    [[[{ ...point, increment: 0.5 }]], "invalid_count", "partials.0.0.increment"],
    [[[{ ...point, period: "Jan 2021" }]], "invalid_date", "partials.0.0.period"],
    [[[{ ...point, start: "2021-01-32" }]], "invalid_date", "partials.0.0.start"],
  ])("%#: rejects with code and path", (partials, code, path) => {
    expect(codeAndPath(() => mergeSeries(partials as never))).toEqual([code, path]);
  });
});
