import { describe, expect, it, vi } from "vitest";
import { codeAndPath, thrown } from "../../test/support/errors.js";
import { INCREMENTS_HINT } from "../path/core.js";
import { cumulativeSeries } from "./cumulativeSeries.js";
import { readSeriesOptions } from "./readSeriesOptions.js";
import { seriesFromObservations } from "./seriesFromObservations.js";
import type { SeriesOptions, SeriesPoint } from "./types.js";

// Reference values below are hand calculations from the rule in cumulativeSeries' TSDoc:
// a period's cumulative is the last observed level at or before its end (0 before the first
// observation); increment observations add up like weighted events.
const brief = (points: SeriesPoint[]) =>
  points.map(
    (p) =>
      `${p.group === undefined ? "" : `${p.group} `}${p.period} ${p.start}..${p.end} +${p.increment} =${p.cumulative}`,
  );

type Obs = { date: string; value: number; kind?: "cumulative" | "increment"; correction?: boolean };
const series = (
  observations: Obs[],
  options: Omit<SeriesOptions, "period"> & { period?: SeriesOptions["period"] } = {},
) => cumulativeSeries(observations, { period: "month", ...options });

describe("seriesFromObservations: groups", () => {
  it("groups cumulative observations by a function of the observation and its index", () => {
    // a: 5 (Jan), 9 (Mar) -> +5, +0, +4; b: 3 (Feb) -> 0, +3, +0. The function has 2 parameters
    // for 3 observations: only a column's length is compared with the input.
    const groupBy = vi.fn((_o: unknown, i: number) => (i === 1 ? "b" : "a"));
    const points = series(
      [
        { date: "2021-01-31", value: 5 },
        { date: "2021-02-28", value: 3 },
        { date: "2021-03-31", value: 9 },
      ],
      { groupBy },
    );
    expect(brief(points)).toEqual([
      "a 2021-01 2021-01-01..2021-01-31 +5 =5",
      "a 2021-02 2021-02-01..2021-02-28 +0 =5",
      "a 2021-03 2021-03-01..2021-03-31 +4 =9",
      "b 2021-01 2021-01-01..2021-01-31 +0 =0",
      "b 2021-02 2021-02-01..2021-02-28 +3 =3",
      "b 2021-03 2021-03-01..2021-03-31 +0 =3",
    ]);
    // The callback sees the validated observation (kind filled in) and its index.
    expect(groupBy).toHaveBeenCalledWith({ date: "2021-02-28", value: 3, kind: "cumulative" }, 1);
  });

  it("groups by a code column (labels are the codes, in numeric order)", () => {
    // 31: 4 then 6 -> +4, +2; 11: 2 in February -> 0, +2.
    const points = series(
      [
        { date: "2021-01-31", value: 4 },
        { date: "2021-02-28", value: 2 },
        { date: "2021-02-28", value: 6 },
      ],
      { groupBy: new Uint8Array([31, 11, 31]) },
    );
    expect(points.map((p) => `${p.group} ${p.period} ${p.increment} ${p.cumulative}`)).toEqual([
      "11 2021-01 0 0",
      "11 2021-02 2 2",
      "31 2021-01 4 4",
      "31 2021-02 2 6",
    ]);
  });

  it("groups increment observations and counts them by weight", () => {
    // x: 4 (Jan) + 1 (Feb) -> 4, 5; y: 6 (Feb) -> 0, 6.
    const inc = (date: string, value: number): Obs => ({ date, value, kind: "increment" });
    const points = series([inc("2021-01-10", 4), inc("2021-02-05", 6), inc("2021-02-20", 1)], {
      groupBy: ["x", "y", "x"],
    });
    expect(brief(points)).toEqual([
      "x 2021-01 2021-01-01..2021-01-31 +4 =4",
      "x 2021-02 2021-02-01..2021-02-28 +1 =5",
      "y 2021-01 2021-01-01..2021-01-31 +0 =0",
      "y 2021-02 2021-02-01..2021-02-28 +6 =6",
    ]);
  });

  it("rejects a group column of another length, and empty or non-string keys", () => {
    const two = [
      { date: "2021-01-31", value: 1 },
      { date: "2021-02-28", value: 2 },
    ];
    const e = thrown(() => series(two, { groupBy: ["a"] }));
    expect([e.code, e.path, e.message]).toEqual([
      "invalid_option",
      "options.groupBy",
      "options.groupBy: the group column has 1 entries for 2 observations",
    ]);
    const empty = thrown(() => series(two, { groupBy: (_o, i) => (i === 1 ? "" : "a") }));
    expect([empty.code, empty.path, empty.message]).toEqual([
      "invalid_type",
      "input.1",
      "input.1: groupBy must return a non-empty string",
    ]);
    expect(codeAndPath(() => series(two, { groupBy: (() => 3) as never }))).toEqual(["invalid_type", "input.0"]);
  });
});

describe("seriesFromObservations: to, from and clipping", () => {
  const five = (): Obs[] => [
    { date: "2021-01-31", value: 5 },
    { date: "2021-02-28", value: 7 },
    { date: "2021-03-10", value: 8 },
    { date: "2021-03-15", value: 9 },
    { date: "2021-03-20", value: 11 },
  ];

  it("throws out_of_range at the first observation after to, by default", () => {
    const e = thrown(() => series(five(), { to: "2021-03-10" }));
    expect([e.code, e.path, e.message]).toEqual([
      "out_of_range",
      "input.3",
      'input.3: 2 observation(s) fall after to; pass afterTo: "exclude" to leave them out',
    ]);
  });

  it("leaves observations after to out on request, keeps the one on to, and clips the last period", () => {
    // 2021-03-10 is on to (kept): +5, +2, +1; 03-15 and 03-20 are left out (2 of them).
    const onWarning = vi.fn();
    const points = series(five(), { to: "2021-03-10", afterTo: "exclude", onWarning });
    expect(brief(points)).toEqual([
      "2021-01 2021-01-01..2021-01-31 +5 =5",
      "2021-02 2021-02-01..2021-02-28 +2 =7",
      "2021-03 2021-03-01..2021-03-10 +1 =8",
    ]);
    expect(onWarning.mock.calls).toEqual([
      [
        {
          code: "excluded_after_to",
          path: "input.3",
          count: 2,
          message: "2 observation(s) fall after to and were left out",
        },
      ],
    ]);
    // Without a listener the exclusion is silent.
    expect(series(five(), { to: "2021-03-10", afterTo: "exclude" }).map((p) => p.cumulative)).toEqual([5, 7, 8]);
  });

  it("gives one empty period at to when every observation is after it", () => {
    // Nothing observed by 2021-03-10: level 0 (before the first observation) in to's period.
    const points = series([{ date: "2021-05-31", value: 4 }], { to: "2021-03-10", afterTo: "exclude" });
    expect(brief(points)).toEqual(["2021-03 2021-03-01..2021-03-10 +0 =0"]);
  });

  it("clips the first and last periods at from and to, and starts at the level before from", () => {
    // Level 10 before 2021-05-10; 12 by the end of May; 15 on 06-30 is after to (left out).
    const points = series(
      [
        { date: "2021-04-30", value: 10 },
        { date: "2021-05-20", value: 12 },
        { date: "2021-06-30", value: 15 },
      ],
      { from: "2021-05-10", to: "2021-06-20", afterTo: "exclude" },
    );
    expect(brief(points)).toEqual(["2021-05 2021-05-10..2021-05-31 +2 =12", "2021-06 2021-06-01..2021-06-20 +0 =12"]);
  });

  it("puts increment observations after to at their input path", () => {
    const inc = (date: string, value: number): Obs => ({ date, value, kind: "increment" });
    expect(codeAndPath(() => series([inc("2021-01-10", 1), inc("2021-04-01", 2)], { to: "2021-03-31" }))).toEqual([
      "out_of_range",
      "input.1",
    ]);
  });

  it("returns [] for no observations (called directly: cumulativeSeries reads [] as events)", () => {
    expect(seriesFromObservations([], readSeriesOptions({ period: "month" }))).toEqual([]);
  });
});

describe("seriesFromObservations: levels that repeat or fall", () => {
  it("accepts the same level twice on a date and an unchanged level later", () => {
    // 10 on 01-31 (twice), still 10 on 02-28: +10, +0. Neither a duplicate nor a decrease.
    const points = series([
      { date: "2021-01-31", value: 10 },
      { date: "2021-01-31", value: 10 },
      { date: "2021-02-28", value: 10 },
    ]);
    expect(points.map((p) => [p.increment, p.cumulative])).toEqual([
      [10, 10],
      [0, 10],
    ]);
  });

  it("explains a duplicate date, a decrease, a kind mix and a start", () => {
    const msg = (run: () => unknown) => {
      const e = thrown(run);
      return [e.code, e.path, e.message];
    };
    // The words of the library's one cumulative path (src/path), at the observation's date or value.
    expect(
      msg(() =>
        series([
          { date: "2021-01-31", value: 1 },
          { date: "2021-01-31", value: 2 },
        ]),
      ),
    ).toEqual([
      "duplicate_date",
      "input.1.date",
      "input.1.date: 2021-01-31 already has the cumulative value 1 (input.0); 2 disagrees with it",
    ]);
    expect(
      msg(() =>
        series([
          { date: "2021-01-31", value: 10 },
          { date: "2021-02-28", value: 8 },
        ]),
      ),
    ).toEqual([
      "decreasing_series",
      "input.1.value",
      "input.1.value: the cumulative value falls from 10 to 8 on 2021-02-28; mark the observation with correction: true if it restates earlier figures",
    ]);
    expect(
      msg(() =>
        series([
          { date: "2021-01-31", value: 1 },
          { date: "2021-02-28", value: 2, kind: "increment" },
        ]),
      ),
    ).toEqual([
      "invalid_type",
      "input.1.kind",
      "input.1.kind: observations must all be cumulative (input.0 is); split them into two calls",
    ]);
    expect(msg(() => series([{ date: "2021-01-31", value: 1 }], { start: 3 }))).toEqual([
      "invalid_option",
      "options.start",
      "options.start: cumulative observations carry their own level; start applies to events and increments",
    ]);
  });

  it("warns about a decrease with the same explanation, and shows it silently without a listener", () => {
    const falling = [
      { date: "2021-01-31", value: 10 },
      { date: "2021-02-28", value: 8 },
    ];
    const onWarning = vi.fn();
    series(falling, { decreasing: "warn", onWarning });
    expect(onWarning.mock.calls).toEqual([
      [
        {
          code: "decreasing_series",
          path: "input.1.value",
          count: 1,
          message:
            "the cumulative value falls from 10 to 8 on 2021-02-28; mark the observation with correction: true if it restates earlier figures",
        },
      ],
    ]);
    expect(series(falling, { decreasing: "warn" }).map((p) => p.increment)).toEqual([10, -2]);
  });
});

describe("seriesFromObservations: the increments hint of the cumulative path", () => {
  // Monthly new on-boardings passed without kind: "increment": 450 000, 520 000, 480 000, 610 000,
  // 590 000 fall twice in four steps (rule a of src/path/incrementsHint.ts).
  const monthly = [
    { date: "2021-05-31", value: 450_000 },
    { date: "2021-06-30", value: 520_000 },
    { date: "2021-07-31", value: 480_000 },
    { date: "2021-08-31", value: 610_000 },
    { date: "2021-09-30", value: 590_000 },
  ];
  const falls = (from: number, to: number, date: string) =>
    `the cumulative value falls from ${from} to ${to} on ${date}; mark the observation with correction: true if it restates earlier figures${INCREMENTS_HINT}`;

  it("ends each decrease message with the hint, warned or thrown", () => {
    const onWarning = vi.fn();
    series(monthly, { decreasing: "warn", onWarning });
    expect(onWarning.mock.calls.map(([w]) => w)).toEqual([
      { code: "decreasing_series", path: "input.2.value", count: 1, message: falls(520_000, 480_000, "2021-07-31") },
      { code: "decreasing_series", path: "input.4.value", count: 1, message: falls(610_000, 590_000, "2021-09-30") },
    ]);
    const e = thrown(() => series(monthly));
    expect(e.issues).toEqual([
      { code: "decreasing_series", path: "input.2.value", message: falls(520_000, 480_000, "2021-07-31") },
      { code: "decreasing_series", path: "input.4.value", message: falls(610_000, 590_000, "2021-09-30") },
    ]);
  });

  it("a lone small fall keeps the plain message", () => {
    const e = thrown(() =>
      series([
        { date: "2021-05-31", value: 1000 },
        { date: "2021-06-30", value: 1100 },
        { date: "2021-07-31", value: 1050 },
      ]),
    );
    expect(e.message).toBe(
      "input.2.value: the cumulative value falls from 1100 to 1050 on 2021-07-31; mark the observation with correction: true if it restates earlier figures",
    );
  });
});
