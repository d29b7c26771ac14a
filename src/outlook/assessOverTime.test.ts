// assessOverTime on the published UMKM record: each row is what assess said on its date, seeing
// only what was known by then (the reports dated on or before it, the goal in force then).
import { describe, expect, it } from "vitest";
import { assess } from "../assessment/assess.js";
import { assessOverTime } from "./assessOverTime.js";
import type { OutlookRow } from "./types.js";
import type { Assessment } from "../assessment/types.js";
import { headlineSeries, targetAsAnnounced, umkmRecord } from "../../test/support/record.js";

const { target, observations: reports } = umkmRecord();
const series = headlineSeries();

/** The fields of a row, from a full assessment. */
const expectedRow = (a: Assessment): Omit<OutlookRow, "goal" | "goalAnnounced"> => ({
  asOf: a.asOf,
  status: a.status,
  current: a.current,
  attainment: a.attainment,
  projected:
    a.projection === null
      ? null
      : { value: a.projection.valueAtGoal, lower: a.projection.lower, upper: a.projection.upper },
  probabilityOnTime: a.projection?.probabilityOnTime ?? null,
  probabilityReason: a.projection === null ? "no-projection" : a.projection.probabilityReason,
  eta: a.eta,
});

describe("assessOverTime", () => {
  const monthly = { every: "month", from: "2021-05-31", to: "2024-08-31" } as const;

  it("gives one row per month end, each equal to assess on that date", () => {
    const rows = assessOverTime(target, series, { asOf: monthly });
    expect(rows).toHaveLength(40);
    expect(rows.slice(0, 3).map((r) => r.asOf)).toEqual(["2021-05-31", "2021-06-30", "2021-07-31"]);
    expect(rows.at(-1)?.asOf).toBe("2024-08-31");
    for (const r of rows) {
      const { goal: _g, goalAnnounced: _a, ...rest } = r;
      expect(rest).toEqual(expectedRow(assess(target, series, { asOf: r.asOf })));
    }
  });

  it("each row uses the goal in force: 2023 before 28 March 2022, 2024 after", () => {
    const rows = assessOverTime(target, series, { asOf: ["2022-02-28", "2022-03-27", "2022-03-28", "2022-04-30"] });
    expect(rows.map((r) => [r.goal.date, r.goalAnnounced])).toEqual([
      ["2023-12-31", null],
      ["2023-12-31", null],
      ["2024-12-31", "2022-03-28"],
      ["2024-12-31", "2022-03-28"],
    ]);
  });

  it("as of 31 March 2022 against the first goal: 25.1 million projected for December 2023, a 9 % chance", () => {
    // What the library said with the figures up to 28 March 2022; BBI later reported 25.2 million for 2023.
    const [row] = assessOverTime(targetAsAnnounced(), series, { asOf: ["2022-03-31"] });
    expect(row?.status).toBe("needs-acceleration");
    expect(Math.round((row?.projected?.value ?? 0) / 100_000) / 10).toBe(25.1);
    expect(Math.round((row?.probabilityOnTime ?? 0) * 100)).toBe(9);
  });

  it("with reconcile, each row reconciles only the reports known by its date", () => {
    const options = { prefer: ["KemenkopUKM"], outliers: "drop" } as const;
    const dates = ["2022-12-31", "2023-12-10", "2024-08-31"];
    const rows = assessOverTime(target, reports, { asOf: dates, reconcile: options });
    rows.forEach((r, i) => {
      const { goal: _g, goalAnnounced: _a, ...rest } = r;
      expect(rest).toEqual(expectedRow(assess(target, reports, { asOf: dates[i] as string, reconcile: options })));
    });
    // On 2023-12-10 the 27 million is the last report: not judged, it stands.
    expect(rows[1]?.current).toEqual({ date: "2023-12-04", value: 27_000_000 });
    // By August 2024 it is dropped, and the last two reports pool to 25.1 million.
    expect(rows[2]?.current).toEqual({ date: "2024-08-03", value: 25_100_000 });
  });

  it.each([
    [
      { every: "month", from: "2024-01-31", to: "2024-04-30" },
      ["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"],
    ],
    [{ every: "month", from: "2024-01-30", to: "2024-04-29" }, ["2024-01-30", "2024-02-29", "2024-03-30"]],
    [{ every: "month", from: "2024-01-15", to: "2024-01-15" }, ["2024-01-15"]],
    [[], []],
  ])("dates %j", (asOf, expected) => {
    expect(assessOverTime(target, series, { asOf: asOf as never }).map((r) => r.asOf)).toEqual(expected);
  });

  it("a row with only the baseline known has no projection, as assess says", () => {
    // No report at all: the baseline is the one point of the path, too few to fit a trend.
    const [row] = assessOverTime(target, [], { asOf: ["2021-01-31"] });
    const a = assess(target, [], { asOf: "2021-01-31" });
    expect(a.projection).toBeNull();
    expect(row).toMatchObject({
      asOf: "2021-01-31",
      current: null, // no report yet
      attainment: null,
      projected: null,
      probabilityOnTime: null,
      probabilityReason: "no-projection",
    });
    const { goal: _g, goalAnnounced: _a, ...rest } = row as OutlookRow;
    expect(rest).toEqual(expectedRow(a));
  });

  it("a row with one report after the baseline fits a trend through both, as assess does", () => {
    const one = [{ date: "2021-05-31", value: 13_700_000 }];
    const [row] = assessOverTime(target, one, { asOf: ["2021-06-30"] });
    const a = assess(target, one, { asOf: "2021-06-30" });
    expect(a.projection).not.toBeNull();
    const { goal: _g, goalAnnounced: _a, ...rest } = row as OutlookRow;
    expect(rest).toEqual(expectedRow(a));
  });

  it("with reconcile, a row with one report after the baseline fits a trend through both, as assess does", () => {
    const one = [{ date: "2021-05-31", value: 13_700_000 }];
    const [row] = assessOverTime(target, one, { asOf: ["2021-06-30"], reconcile: true });
    const a = assess(target, one, { asOf: "2021-06-30", reconcile: true });
    expect(a.projection).not.toBeNull();
    const { goal: _g, goalAnnounced: _a, ...rest } = row as OutlookRow;
    expect(rest).toEqual(expectedRow(a));
  });

  it("with reconcile, an increment is refused at its own path", () => {
    const increments = [{ date: "2021-05-31", value: 2_000_000, kind: "increment" as const }];
    expect(() => assessOverTime(target, increments, { asOf: ["2021-06-30"], reconcile: true })).toThrow(
      expect.objectContaining({ code: "invalid_enum", path: "observations.0.kind" }),
    );
  });

  it("from the last day of February, every month end", () => {
    // 29 February 2024 is a month end, so the rows keep to month ends (31 March, not 29 March).
    const rows = assessOverTime(target, series, { asOf: { every: "month", from: "2024-02-29", to: "2024-05-31" } });
    expect(rows.map((r) => r.asOf)).toEqual(["2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31"]);
  });

  it.each([
    [
      { ...target, goal: { date: "2023-12-31", value: -5 } },
      series,
      { asOf: ["2022-01-31"] },
      "invalid_count",
      "target.goal.value",
    ],
    [target, series, { asOf: ["2022-01-31"], methd: "linear" }, "unknown_key", "options.methd"],
    [target, series, { asOf: ["2022-01-31"], method: "quarterly" }, "invalid_enum", "options.method"],
    [target, [{ date: "2021-05-31", value: -1 }], { asOf: ["2022-01-31"] }, "invalid_count", "observations.0.value"],
  ])("bad input is refused at its own path (case %#)", (t, obs, options, code, path) => {
    expect(() => assessOverTime(t as never, obs as never, options as never)).toThrow(
      expect.objectContaining({ code, path }),
    );
  });

  it.each([
    [
      ["2022-03-31", "2022-01-31"],
      "invalid_option",
      "options.asOf.1",
      "does not come after 2022-03-31 (options.asOf.0)",
    ],
    [{ every: "month", from: "2022-02-30", to: "2022-03-31" }, "invalid_date", "options.asOf.from", "2022-02-30"],
    [{ every: "month", from: "2022-02-28", to: "2022-02-31" }, "invalid_date", "options.asOf.to", "2022-02-31"],
    [["2022-03-31", "2022-03-31"], "invalid_option", "options.asOf.1", "increasing order"],
    [["2022-02-30"], "invalid_date", "options.asOf.0", ""],
    [{ every: "week", from: "2022-01-31", to: "2022-03-31" }, "invalid_enum", "options.asOf.every", "month"],
    [{ every: "month", from: "2022-03-31", to: "2022-01-31" }, "invalid_option", "options.asOf.to", "before"],
    [undefined, "missing_field", "options.asOf", ""],
  ])("bad asOf %j: %s at %s", (asOf, code, path, words) => {
    expect(() => assessOverTime(target, series, { asOf } as never)).toThrow(
      expect.objectContaining({ code, path, message: expect.stringContaining(words) }),
    );
  });
});
