// Tests of the one-pass counting engine behind cumulativeSeries (SeriesCounter), driven through
// cumulativeSeries. Every expected series is counted by hand from the listed events (comments).
import { describe, expect, it, vi } from "vitest";
import { thrown } from "../../test/support/errors.js";
import type { Enterprise } from "../model/types.js";
import { cumulativeSeries } from "./cumulativeSeries.js";
import type { SeriesBatch, SeriesPoint } from "./types.js";

const brief = (points: SeriesPoint[]) =>
  points.map(
    (p) =>
      `${p.group === undefined ? "" : `${p.group} `}${p.period} ${p.start}..${p.end} +${p.increment} =${p.cumulative}`,
  );
// An iterable of batches (a plain array would be read as one array of events).
const batches = (...list: unknown[]): Iterable<SeriesBatch> => ({
  [Symbol.iterator]: () => (list as SeriesBatch[])[Symbol.iterator](),
});
const utc = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h);

describe("SeriesCounter: the range of the series", () => {
  it.each([
    // No events and no from/to: nothing to show.
    [[], {}, []],
    // Only to: one period, clipped at to.
    [[], { to: "2021-03-15" }, ["2021-03 2021-03-01..2021-03-15 +0 =0"]],
    // Only from: one period, starting at from.
    [[], { from: "2021-03-15" }, ["2021-03 2021-03-15..2021-03-31 +0 =0"]],
    // Only from, the event before it: it counts in the starting level.
    [["2021-01-05"], { from: "2021-02-10" }, ["2021-02 2021-02-10..2021-02-28 +0 =1"]],
    // Only from, events after it: the series runs to the last event's period.
    [
      ["2021-03-02", "2021-01-20"],
      { from: "2021-01-15" },
      [
        "2021-01 2021-01-15..2021-01-31 +1 =1",
        "2021-02 2021-02-01..2021-02-28 +0 =1",
        "2021-03 2021-03-01..2021-03-31 +1 =2",
      ],
    ],
  ] as const)("%j with %j", (events, range, expected) => {
    expect(brief(cumulativeSeries(events, { period: "month", ...range }))).toEqual(expected);
  });

  it("a grouped series without any event has no points", () => {
    expect(cumulativeSeries([], { period: "month", from: "2021-03-15", to: "2021-03-20", groupBy: () => "x" })).toEqual(
      [],
    );
  });

  it("per-group start levels register their groups even without events", () => {
    // a: 2 + 1 event = 3; b: 5 and no event.
    expect(brief(cumulativeSeries(["2021-01-05"], { period: "month", groupBy: ["a"], start: { a: 2, b: 5 } }))).toEqual(
      ["a 2021-01 2021-01-01..2021-01-31 +1 =3", "b 2021-01 2021-01-01..2021-01-31 +0 =5"],
    );
  });
});

describe("SeriesCounter: events after to", () => {
  const events = ["2021-03-31", "2021-04-01", "2021-05-01"];

  it("throws by default, at the first event after to, saying how many", () => {
    const e = thrown(() => cumulativeSeries(events, { period: "month", to: "2021-03-31" }));
    expect([e.code, e.path]).toEqual(["out_of_range", "input.1"]);
    expect(e.message).toContain('2 event(s) fall after to (2021-03-31); pass afterTo: "exclude" to leave them out');
  });

  it("with afterTo exclude, leaves them out and warns once with their count", () => {
    const onWarning = vi.fn();
    expect(
      brief(cumulativeSeries(events, { period: "month", to: "2021-03-31", afterTo: "exclude", onWarning })),
    ).toEqual(["2021-03 2021-03-01..2021-03-31 +1 =1"]);
    expect(onWarning.mock.calls).toEqual([
      [
        {
          code: "excluded_after_to",
          path: "input.1",
          count: 2,
          message: "2 event(s) fall after to (2021-03-31) and were left out",
        },
      ],
    ]);
  });

  it("with afterTo exclude and no onWarning, still gives the series", () => {
    expect(brief(cumulativeSeries(events, { period: "month", to: "2021-03-31", afterTo: "exclude" }))).toEqual([
      "2021-03 2021-03-01..2021-03-31 +1 =1",
    ]);
  });
});

describe("SeriesCounter: Float64Array fast paths", () => {
  // from 2021-01-10 to 2021-01-12 (UTC): one event the day before from, one on each edge, one the
  // day after to (at its very first millisecond) -> start 1, +1 on the 10th, +1 on the 12th, 1 left out.
  const ms = new Float64Array([utc(2021, 1, 9, 12), utc(2021, 1, 10), utc(2021, 1, 12, 23), utc(2021, 1, 13)]);
  const expected = [
    "2021-01-10 2021-01-10..2021-01-10 +1 =2",
    "2021-01-11 2021-01-11..2021-01-11 +0 =2",
    "2021-01-12 2021-01-12..2021-01-12 +1 =3",
  ];

  it("ungrouped: days just outside from and to are counted before and after, not inside", () => {
    const onWarning = vi.fn();
    const points = cumulativeSeries(ms, {
      period: "day",
      timeZone: "UTC",
      from: "2021-01-10",
      to: "2021-01-12",
      afterTo: "exclude",
      onWarning,
    });
    expect(brief(points)).toEqual(expected);
    expect(onWarning.mock.calls.map(([w]) => w.count)).toEqual([1]);
  });

  it("grouped by an integer column: the same, per group", () => {
    const onWarning = vi.fn();
    const points = cumulativeSeries(ms, {
      period: "day",
      timeZone: "UTC",
      from: "2021-01-10",
      to: "2021-01-12",
      groupBy: new Uint8Array([4, 4, 4, 4]),
      afterTo: "exclude",
      onWarning,
    });
    expect(brief(points)).toEqual(expected.map((p) => `4 ${p}`));
    expect(onWarning.mock.calls.map(([w]) => w.count)).toEqual([1]);
  });

  it.each([
    ["ungrouped", undefined, ""],
    ["an integer column", new Uint8Array([7, 7]), "7 "],
  ])("places events by day index from the allocation's first day (%s, long range)", (_, groupBy, prefix) => {
    // 2021-01-01..2130-12-31 holds 110 years (40 177 days); both events are in 2021, every later
    // year adds nothing. A day index taken from the wrong origin would land in a later year.
    const points = cumulativeSeries(new Float64Array([utc(2021, 1, 5), utc(2021, 1, 6)]), {
      period: "year",
      timeZone: "UTC",
      from: "2021-01-01",
      to: "2130-12-31",
      ...(groupBy === undefined ? {} : { groupBy }),
    });
    expect(points).toHaveLength(110);
    expect(brief(points.slice(0, 2))).toEqual([
      `${prefix}2021 2021-01-01..2021-12-31 +2 =2`,
      `${prefix}2022 2022-01-01..2022-12-31 +0 =2`,
    ]);
    expect(points.reduce((sum, p) => sum + p.increment, 0)).toBe(2);
  });

  it("groups integer codes outside 0..65535 and inside it alike", () => {
    // One event per code on 2021-01-01 (UTC), code 1 twice: groups in numeric order.
    const codes = new Int32Array([1, 2, 70_000, -5, 65_535, 65_536, 1]);
    const ms = new Float64Array(codes.length).fill(utc(2021, 1, 1, 6));
    const points = cumulativeSeries(ms, { period: "month", timeZone: "UTC", groupBy: codes });
    expect(points.map((p) => `${p.group} ${p.cumulative}`)).toEqual([
      "-5 1",
      "1 2",
      "2 1",
      "65535 1",
      "65536 1",
      "70000 1",
    ]);
  });

  it("passes each epoch millisecond to a groupBy function", () => {
    const ms = new Float64Array([utc(2021, 1, 5), utc(2021, 2, 5)]);
    const groupBy = vi.fn((event: unknown, index: number) => (index === 0 ? "a" : "b"));
    // a: the January event; b: the February event.
    expect(brief(cumulativeSeries(ms, { period: "month", timeZone: "UTC", groupBy }))).toEqual([
      "a 2021-01 2021-01-01..2021-01-31 +1 =1",
      "a 2021-02 2021-02-01..2021-02-28 +0 =1",
      "b 2021-01 2021-01-01..2021-01-31 +0 =0",
      "b 2021-02 2021-02-01..2021-02-28 +1 =1",
    ]);
    expect(groupBy.mock.calls).toEqual([
      [utc(2021, 1, 5), 0],
      [utc(2021, 2, 5), 1],
    ]);
  });

  it("rejects a non-finite millisecond at its index", () => {
    const e = thrown(() => cumulativeSeries(new Float64Array([utc(2021, 1, 5), Number.NaN]), { period: "month" }));
    expect([e.code, e.path]).toEqual(["invalid_date", "input.1"]);
    expect(e.message).toContain("NaN is not a finite number of epoch milliseconds");
  });
});

describe("SeriesCounter: batches", () => {
  it("numbers events for groupBy across batches", () => {
    const indices: number[] = [];
    cumulativeSeries(batches(["2021-01-01", "2021-01-02"], ["2021-01-03"]), {
      period: "month",
      groupBy: (_, i) => (indices.push(i), "g"),
    });
    expect(indices).toEqual([0, 1, 2]);
  });

  it("refuses batches with and without groups mixed", () => {
    const e = thrown(() =>
      cumulativeSeries(batches(["2021-01-01"], { events: ["2021-01-02"], groups: ["a"] }), { period: "month" }),
    );
    expect(e.code).toBe("invalid_option");
    expect(e.message).toContain("some batches carry groups and others do not");
  });

  it("refuses a group column together with a groupBy function", () => {
    const e = thrown(() =>
      cumulativeSeries(batches({ events: ["2021-01-02"], groups: ["a"] }), { period: "month", groupBy: () => "b" }),
    );
    expect([e.code, e.path]).toEqual(["invalid_option", "options.groupBy"]);
    expect(e.message).toContain("give groupBy as a function or as a column, not both");
  });

  it.each([
    [
      { events: "2021-01-02", groups: ["a"] },
      "invalid_type",
      "input.0.events",
      "expected an array of events or a Float64Array of epoch milliseconds, got",
    ],
    [
      { events: ["2021-01-02"], groups: ["a", "b"] },
      "invalid_option",
      "input.0.groups",
      "the group column has 2 entries for 1 events",
    ],
  ])("rejects the malformed batch %j", (batch, code, path, message) => {
    const e = thrown(() => cumulativeSeries(batches(batch), { period: "month" }));
    expect([e.code, e.path]).toEqual([code, path]);
    expect(e.message).toContain(message);
  });

  it("rejects an options.groupBy column of the wrong length", () => {
    const e = thrown(() => cumulativeSeries(["2021-01-02"], { period: "month", groupBy: ["a", "b"] }));
    expect([e.code, e.path]).toEqual(["invalid_option", "options.groupBy"]);
    expect(e.message).toContain("the group column has 2 entries for 1 events");
  });
});

describe("SeriesCounter: enterprises", () => {
  const record = (id: string, onboardedAt?: string) =>
    ({ id, ...(onboardedAt === undefined ? {} : { onboardedAt }) }) as Enterprise;

  it("counts each id once, on its earliest day, with the group of the first record met on that day", () => {
    const records = [
      record("x", "2021-03-10"),
      record("x", "2021-02-01"),
      record("y", "2021-02-01"),
      record("y", "2021-02-01"),
      record("z"),
    ];
    // x -> its 2021-02-01 record (index 1, group b); y -> the first of its tie (index 2, group c);
    // z is not on-boarded. a and d are registered but count nothing; the range is February only.
    const points = cumulativeSeries(records, {
      period: "month",
      groupBy: (_, i) => ["a", "b", "c", "d", "e"][i] as string,
    });
    expect(points.map((p) => `${p.group} ${p.period} ${p.cumulative}`)).toEqual([
      "a 2021-02 0",
      "b 2021-02 1",
      "c 2021-02 1",
      "d 2021-02 0",
    ]);
  });

  it("reads instants of on-boarding in the time zone", () => {
    // 2021-01-31T17:00Z is 2021-02-01 00:00 in Jakarta (UTC+7).
    expect(
      brief(cumulativeSeries([record("x", "2021-01-31T17:00:00Z"), "2021-01-31T16:59:59Z"], { period: "month" })),
    ).toEqual(["2021-01 2021-01-01..2021-01-31 +1 =1", "2021-02 2021-02-01..2021-02-28 +1 =2"]);
  });

  it.each(["9999-12-31T23:00:00-14:00", "0001-01-01T00:00:00+14:00"])(
    "refuses an on-boarding instant whose Jakarta day is outside 0001-9999 (%s)",
    (when) => {
      // 9999-12-31T23:00-14:00 = 10000-01-01T13:00Z = 20:00 in Jakarta on 10000-01-01;
      // 0001-01-01T00:00+14:00 = 0000-12-31T10:00Z = 17:00 in Jakarta on 0000-12-31.
      const e = thrown(() => cumulativeSeries([record("x", when)], { period: "year" }));
      expect([e.code, e.path]).toEqual(["out_of_range", "input.0"]);
      expect(e.message).toContain("outside the years 0001-9999");
    },
  );

  it.each([
    [{ onboardedAt: "2021-01-01" }, "invalid_type", "input.0.id", "an enterprise needs a non-empty string id"],
    [{ id: "x", onboardedAt: 5 }, "invalid_date", "input.0.onboardedAt", "expected a date or an ISO instant, got"],
  ])("rejects the record %j", (bad, code, path, message) => {
    const e = thrown(() => cumulativeSeries([bad as unknown as Enterprise], { period: "month" }));
    expect([e.code, e.path]).toEqual([code, path]);
    expect(e.message).toContain(message);
  });
});
