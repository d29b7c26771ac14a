import { describe, expect, it } from "vitest";
import { codeAndPath, thrown } from "../../test/support/errors.js";
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

describe("mergeSeries: points out of order, options and messages", () => {
  const pt = (period: string, start: string, end: string, increment: number, cumulative: number) => ({
    period,
    start,
    end,
    increment,
    cumulative,
  });
  const explain = (run: () => unknown) => {
    const e = thrown(run);
    return [e.code, e.path, e.message];
  };

  it("sorts each partial's points by period before checking its running total", () => {
    // Partial a: Jan +2 =5 (start 3), Feb +1 =6, given in reverse; b: Feb +4 =4.
    // Merged by hand: start 3; Jan +2 =5; Feb +5 =10.
    const a = [pt("2021-02", "2021-02-01", "2021-02-28", 1, 6), pt("2021-01", "2021-01-01", "2021-01-31", 2, 5)];
    const b = [pt("2021-02", "2021-02-01", "2021-02-28", 4, 4)];
    expect(mergeSeries([a, b])).toEqual([
      pt("2021-01", "2021-01-01", "2021-01-31", 2, 5),
      pt("2021-02", "2021-02-01", "2021-02-28", 5, 10),
    ]);
  });

  it.each([
    // 2021-01-03 is a Sunday: with weekStartsOn 0 the week labelled 2021-W01 runs Sun 01-03 .. Sat 01-09.
    [0, "2021-01-03", "2021-01-09"],
    // weekStartsOn 6: the week runs Sat .. Fri; 2021-01-02 is a Saturday.
    [6, "2021-01-02", "2021-01-08"],
  ] as const)("merges week series counted with weekStartsOn %i", (weekStartsOn, start, end) => {
    const a = cumulativeSeries([start], { period: "week", weekStartsOn });
    const b = cumulativeSeries([end], { period: "week", weekStartsOn });
    const merged = mergeSeries([a, b], { weekStartsOn });
    expect(merged.map((p) => [p.start, p.end, p.increment, p.cumulative])).toEqual([[start, end, 2, 2]]);
  });

  it.each([[7], [-1], [1.5]])("rejects weekStartsOn %s", (weekStartsOn) => {
    expect(explain(() => mergeSeries([], { weekStartsOn } as never))).toEqual([
      "invalid_option",
      "options.weekStartsOn",
      "options.weekStartsOn: expected 0 (Sunday) to 6 (Saturday)",
    ]);
  });

  it("rejects unknown options and unreadable inputs at their paths", () => {
    expect(codeAndPath(() => mergeSeries([], { colour: "red" } as never))).toEqual(["unknown_key", "options.colour"]);
    expect(codeAndPath(() => mergeSeries([], null as never))).toEqual(["invalid_type", "options"]);
    expect(codeAndPath(() => mergeSeries("x" as never))).toEqual(["invalid_type", "partials"]);
    expect(codeAndPath(() => mergeSeries(["x"] as never))).toEqual(["invalid_type", "partials.0"]);
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(codeAndPath(() => mergeSeries(proxy as never))).toEqual(["invalid_type", "partials"]);
  });

  const point = pt("2021-01", "2021-01-01", "2021-01-31", 1, 1);
  it.each([
    [[[{ ...point, period: 5 }]], "invalid_type", "partials.0.0.period"],
    [[[{ ...point, period: "2021-13" }]], "invalid_date", "partials.0.0.period"],
    [[[{ ...point, group: 5 }]], "invalid_type", "partials.0.0.group"],
    [[[{ ...point, cumulative: 1.5 }]], "invalid_count", "partials.0.0.cumulative"],
    [[[{ ...point, end: "2021-02-30" }]], "invalid_date", "partials.0.0.end"],
    [[[{ ...point, colour: "red" }]], "unknown_key", "partials.0.0.colour"],
  ])("%#: rejects a malformed point at its field", (partials, code, path) => {
    expect(codeAndPath(() => mergeSeries(partials as never))).toEqual([code, path]);
  });

  it("explains what it refuses", () => {
    expect(explain(() => mergeSeries([[{ ...point, increment: "1" }]] as never))[2]).toBe(
      "partials.0.0.increment: expected a safe integer, got string",
    );
    expect(explain(() => mergeSeries([[{ ...point, increment: 1.5 }]] as never))[2]).toBe(
      "partials.0.0.increment: expected a safe integer, got 1.5",
    );
    expect(explain(() => mergeSeries([[{ ...point, period: "Jan 2021" }]]))[2]).toBe(
      'partials.0.0.period: "Jan 2021" is not a period label',
    );
    expect(explain(() => mergeSeries([[point, { ...point, period: "2021-Q1" }]]))[2]).toBe(
      "partials.0.1.period: mixes quarter and month periods",
    );
    expect(explain(() => mergeSeries([[point, { ...point, group: "a" }]]))[2]).toBe(
      "partials.0.1.group: mixes grouped and ungrouped points",
    );
    expect(explain(() => mergeSeries([[point, point]]))[2]).toBe(
      "partials.0.1.period: the period appears twice in this partial",
    );
    expect(explain(() => mergeSeries([[point, { ...point, period: "2021-02", cumulative: 5 }]]))[2]).toBe(
      "partials.0.1.cumulative: 5 is not the previous cumulative plus the increment (2)",
    );
    // The second partial starts at 3 (4 - 1) in February, after the merged series' first period.
    expect(explain(() => mergeSeries([[point], [{ ...point, period: "2021-02", cumulative: 4 }]]))[2]).toBe(
      "partials.1.0: this partial starts at 3 before a later period than the merged series; its earlier events cannot be placed",
    );
  });
});
