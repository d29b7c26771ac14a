import { describe, expect, it, vi } from "vitest";
import { codeAndPath, thrown } from "../../test/support/errors.js";
import { cumulativeSeries } from "./cumulativeSeries.js";
import { fromCounts } from "./fromCounts.js";
import type { SeriesPoint } from "./types.js";

const brief = (points: SeriesPoint[]) =>
  points.map(
    (p) =>
      `${p.group === undefined ? "" : `${p.group} `}${p.period} ${p.start}..${p.end} +${p.increment} =${p.cumulative}`,
  );
const explain = (run: () => unknown) => {
  const e = thrown(run);
  return [e.code, e.path, e.message];
};

describe("fromCounts", () => {
  it("equals cumulativeSeries over the same events (counts made by hand from the event list)", () => {
    const events = ["2021-01-03", "2021-01-20", "2021-03-05", "2021-03-06", "2021-03-07"];
    const rows = [
      { period: "2021-03", group: "b", count: 2 },
      { period: "2021-01-01", group: "a", count: 2 }, // date_trunc style
      { period: "2021-03", group: "a", count: 1 },
    ];
    const groups = ["a", "a", "b", "a", "b"];
    expect(fromCounts(rows, { period: "month" })).toEqual(
      cumulativeSeries(events, { period: "month", groupBy: groups }),
    );
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
    expect(codeAndPath(() => fromCounts(rows, { period: "month", from: "2021-01-01", to: "2021-02-28" }))).toEqual([
      "out_of_range",
      "rows.2",
    ]);
    const onWarning = vi.fn();
    const points = fromCounts(rows, {
      period: "month",
      from: "2021-01-01",
      to: "2021-02-28",
      afterTo: "exclude",
      onWarning,
      start: 10,
    });
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
    [
      [
        { period: "2021-01", count: 1 },
        { period: "2021-02", group: "x", count: 1 },
      ],
      "invalid_option",
      "rows.1.group",
    ],
    [[null], "invalid_type", "rows.0"],
    ["rows", "invalid_type", "rows"],
  ])("%#: rejects %j", (rows, code, path) => {
    expect(codeAndPath(() => fromCounts(rows as never, { period: "month" }))).toEqual([code, path]);
  });

  it("rejects options that do not apply to counts", () => {
    expect(codeAndPath(() => fromCounts([], { period: "month", timeZone: "UTC" } as never))).toEqual([
      "unknown_key",
      "options.timeZone",
    ]);
  });
});

describe("fromCounts: counts, groups and starts", () => {
  it.each([
    [0n, 0],
    [BigInt(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
  ])("accepts the bigint count %s at the edges of the safe range", (count, cumulative) => {
    expect(fromCounts([{ period: "2021-01", count }] as never, { period: "month" }).map((p) => p.cumulative)).toEqual([
      cumulative,
    ]);
  });

  it.each([
    [-1n, "rows.0.count: -1 is not a count below 2^53"],
    [BigInt(Number.MAX_SAFE_INTEGER) + 1n, "rows.0.count: 9007199254740992 is not a count below 2^53"],
  ])("rejects the bigint count %s", (count, message) => {
    expect(explain(() => fromCounts([{ period: "2021-01", count }] as never, { period: "month" }))).toEqual([
      "invalid_count",
      "rows.0.count",
      message,
    ]);
  });

  it("reads number group keys as decimal strings (numeric order first) and null as no group", () => {
    // 11: 2 in January -> +2, +0; 31: 1 in February -> 0, +1.
    const rows = [
      { period: "2021-02", group: "31", count: 1 },
      { period: "2021-01", group: 11, count: 2 },
    ];
    expect(brief(fromCounts(rows as never, { period: "month" }))).toEqual([
      "11 2021-01 2021-01-01..2021-01-31 +2 =2",
      "11 2021-02 2021-02-01..2021-02-28 +0 =2",
      "31 2021-01 2021-01-01..2021-01-31 +0 =0",
      "31 2021-02 2021-02-01..2021-02-28 +1 =1",
    ]);
    expect(fromCounts([{ period: "2021-01", group: null, count: 2 }] as never, { period: "month" })).toEqual([
      { period: "2021-01", start: "2021-01-01", end: "2021-01-31", increment: 2, cumulative: 2 },
    ]);
  });

  it("adds a start per group, creating the groups that only have a start", () => {
    // a: 5 + 1 in Jan; b: 0 + 3 in Feb; c: 2 and no rows.
    const rows = [
      { period: "2021-01", group: "a", count: 1 },
      { period: "2021-02", group: "b", count: 3 },
    ];
    expect(
      fromCounts(rows, { period: "month", start: { a: 5, c: 2 } }).map((p) => `${p.group} ${p.period} ${p.cumulative}`),
    ).toEqual(["a 2021-01 6", "a 2021-02 6", "b 2021-01 0", "b 2021-02 3", "c 2021-01 2", "c 2021-02 2"]);
  });

  it("explains rows and starts it refuses", () => {
    const month = { period: "month" } as const;
    expect(explain(() => fromCounts([5] as never, month))).toEqual([
      "invalid_type",
      "rows.0",
      "rows.0: expected a { period, group?, count } row, got number",
    ]);
    expect(explain(() => fromCounts([null] as never, month))[2]).toBe(
      "rows.0: expected a { period, group?, count } row, got null",
    );
    expect(explain(() => fromCounts([{ period: "2021-01", group: true, count: 1 }] as never, month))).toEqual([
      "invalid_type",
      "rows.0.group",
      "rows.0.group: expected a string (or a number) group key, got boolean",
    ]);
    expect(codeAndPath(() => fromCounts([{ period: "2021-01", group: Number.NaN, count: 1 }] as never, month))).toEqual(
      ["invalid_type", "rows.0.group"],
    );
    expect(codeAndPath(() => fromCounts([{ period: "2021-01", group: "", count: 1 }], month))).toEqual([
      "invalid_type",
      "rows.0.group",
    ]);
    expect(
      explain(() =>
        fromCounts(
          [
            { period: "2021-01", group: "a", count: 1 },
            { period: "2021-01", count: 1 },
          ],
          month,
        ),
      ),
    ).toEqual(["invalid_option", "rows.1.group", "rows.1.group: some rows have a group and others do not"]);
    expect(explain(() => fromCounts([{ period: "2021-01", group: "a", count: 1 }], { ...month, start: 3 }))).toEqual([
      "invalid_option",
      "options.start",
      "options.start: grouped rows need start as a record per group",
    ]);
    expect(explain(() => fromCounts([{ period: "2021-01", count: 1 }], { ...month, start: { a: 3 } }))).toEqual([
      "invalid_option",
      "options.start",
      "options.start: a start per group needs grouped rows",
    ]);
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(codeAndPath(() => fromCounts(proxy as never, month))).toEqual(["invalid_type", "rows"]);
    expect(codeAndPath(() => fromCounts([], null as never))).toEqual(["invalid_type", "options"]);
  });
});

describe("fromCounts: from, to and empty input", () => {
  it.each([
    // No rows: nothing without a range; zero periods over the range given, clipped to from and to.
    [{}, []],
    [
      { from: "2021-03-10", to: "2021-04-05" },
      ["2021-03 2021-03-10..2021-03-31 +0 =0", "2021-04 2021-04-01..2021-04-05 +0 =0"],
    ],
    [{ to: "2021-04-05" }, ["2021-04 2021-04-01..2021-04-05 +0 =0"]],
    [{ from: "2021-03-10" }, ["2021-03 2021-03-10..2021-03-31 +0 =0"]],
  ])("%#: no rows with %j", (range, expected) => {
    expect(brief(fromCounts([], { period: "month", ...range }))).toEqual(expected);
  });

  it("runs from from's period to the last row's period, and from the first row's to to's", () => {
    // 2 in March, from 2021-02-01: February 0, March +2.
    expect(brief(fromCounts([{ period: "2021-03", count: 2 }], { period: "month", from: "2021-02-01" }))).toEqual([
      "2021-02 2021-02-01..2021-02-28 +0 =0",
      "2021-03 2021-03-01..2021-03-31 +2 =2",
    ]);
    // A row in to's own period counts (period granularity), and that period ends on to.
    expect(
      brief(
        fromCounts(
          [
            { period: "2021-01", count: 1 },
            { period: "2021-02", count: 3 },
          ],
          { period: "month", to: "2021-02-10" },
        ),
      ),
    ).toEqual(["2021-01 2021-01-01..2021-01-31 +1 =1", "2021-02 2021-02-01..2021-02-10 +3 =4"]);
  });

  it("gives one period at from when every row is before it", () => {
    expect(brief(fromCounts([{ period: "2021-01", count: 4 }], { period: "month", from: "2021-03-01" }))).toEqual([
      "2021-03 2021-03-01..2021-03-31 +0 =4",
    ]);
  });

  it("explains rows after to, and leaves them out silently without a listener", () => {
    const rows = [
      { period: "2021-01", count: 1 },
      { period: "2021-04", count: 2 },
      { period: "2021-03", count: 7 },
    ];
    expect(explain(() => fromCounts(rows, { period: "month", to: "2021-02-28" }))).toEqual([
      "out_of_range",
      "rows.1",
      'rows.1: 2 row(s) fall after to; pass afterTo: "exclude" to leave them out',
    ]);
    const onWarning = vi.fn();
    expect(
      fromCounts(rows, { period: "month", to: "2021-02-28", afterTo: "exclude", onWarning }).map((p) => p.cumulative),
    ).toEqual([1, 1]);
    expect(onWarning.mock.calls).toEqual([
      [{ code: "excluded_after_to", path: "rows.1", count: 2, message: "2 row(s) fall after to and were left out" }],
    ]);
    expect(
      fromCounts(rows, { period: "month", to: "2021-02-28", afterTo: "exclude" }).map((p) => p.cumulative),
    ).toEqual([1, 1]);
  });
});
