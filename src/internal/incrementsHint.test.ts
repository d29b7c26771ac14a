import { describe, expect, it, vi } from "vitest";
import { floatPath } from "../projection/internal/floatPath.js";
import { cumulativeSeries } from "../series/cumulativeSeries.js";
import { INCREMENTS_HINT, incrementsHint } from "./incrementsHint.js";
import { observedPath } from "./observedPath.js";

/** The unmarked falls of `values` (every fall, none marked correction). */
const fallsOf = (values: readonly number[]) =>
  values.flatMap((v, i) => (i > 0 && v < (values[i - 1] as number) ? [i] : []));

describe("incrementsHint", () => {
  it.each([
    // (b): a fall that loses more than half of the value before it. The BBI baseline of 11.7 million,
    // then a month's 450 000 new on-boardings read as a total.
    ["a month's new on-boardings after the BBI baseline", [11_700_000, 450_000], true],
    ["a fall to 0", [500, 0], true],
    ["a fall to just below half", [1000, 1100, 549], true],
    ["a fall to exactly half is not below half", [1000, 500], false],
    [
      "a fall below half of an earlier high, but not of the value before it",
      [1000, 1100, 1200, 600, 700, 800, 450],
      false,
    ],
    // (a): at least two falls, at least half of the steps. Monthly increments without a baseline.
    ["increments going up and down", [450, 520, 480, 610, 590], true],
    ["two falls in four steps", [100, 90, 120, 110, 130], true],
    ["two falls in five steps", [100, 90, 120, 110, 130, 140], false],
    // One fall in few steps, and small: a restatement.
    ["one small restatement", [1000, 1100, 1050], false],
    ["one fall, one step", [1000, 900], false],
    // No fall: no warning, no hint.
    ["rising", [1, 2, 3], false],
    ["one value", [5], false],
    ["none", [], false],
  ])("%s: %j -> %s", (_name, values, hinted) => {
    expect(incrementsHint(values, fallsOf(values))).toBe(hinted ? INCREMENTS_HINT : "");
  });

  it("counts only the falls it is given (a fall marked correction: true is not one)", () => {
    // 1000 -> 400 is marked as a restatement: the remaining fall 450 -> 440 is small and single.
    expect(incrementsHint([1000, 400, 450, 440], [3])).toBe("");
    expect(incrementsHint([1000, 400, 450, 440], [1, 3])).toBe(INCREMENTS_HINT);
  });

  it("says what to do", () => {
    expect(INCREMENTS_HINT).toBe(
      '; these values look like increments (new on-boardings per period) rather than running totals: if so, pass kind: "increment" on each observation',
    );
  });
});

describe("the three decrease checks end their messages with the same hint", () => {
  // Monthly new on-boardings after the BBI baseline, passed without kind: "increment". Read as
  // totals, the path falls from 11 700 000 to 450 000 (rule b), then to 480 000 after 520 000.
  const baseline = { date: "2021-04-30", value: 11_700_000 };
  const monthly = [
    { date: "2021-05-31", value: 450_000 },
    { date: "2021-06-30", value: 520_000 },
    { date: "2021-07-31", value: 480_000 },
  ];

  it("observedPath and floatPath give the same messages, each with the hint", () => {
    const exact = observedPath(monthly, { baseline, onDecrease: "warn" }).warnings;
    const fast = floatPath(monthly, { baseline, onDecrease: "warn" }).warnings;
    expect(exact).toEqual([
      {
        code: "decreasing_series",
        path: "observations.0.value",
        message: `the cumulative value falls from 11700000 to 450000 on 2021-05-31; mark the observation with correction: true if it restates earlier figures${INCREMENTS_HINT}`,
      },
      {
        code: "decreasing_series",
        path: "observations.2.value",
        message: `the cumulative value falls from 520000 to 480000 on 2021-07-31; mark the observation with correction: true if it restates earlier figures${INCREMENTS_HINT}`,
      },
    ]);
    expect(fast).toEqual(exact);
    // Thrown (the default) with the same issues.
    expect(() => observedPath(monthly, { baseline })).toThrow(expect.objectContaining({ issues: exact }));
    expect(() => floatPath(monthly, { baseline })).toThrow(expect.objectContaining({ issues: exact }));
  });

  it('with kind: "increment" there is no decrease at all', () => {
    const increments = monthly.map((o) => ({ ...o, kind: "increment" as const }));
    expect(observedPath(increments, { baseline }).points.map((p) => p.value.toNumber())).toEqual([
      11_700_000, 12_150_000, 12_670_000, 13_150_000,
    ]);
  });

  it("a single small restatement keeps the plain message", () => {
    const restated = [
      { date: "2021-05-31", value: 12_000_000 },
      { date: "2021-06-30", value: 11_900_000 },
    ];
    const message =
      "the cumulative value falls from 12000000 to 11900000 on 2021-06-30; mark the observation with correction: true if it restates earlier figures";
    expect(observedPath(restated, { baseline, onDecrease: "warn" }).warnings).toEqual([
      { code: "decreasing_series", path: "observations.1.value", message },
    ]);
    expect(floatPath(restated, { baseline, onDecrease: "warn" }).warnings).toEqual([
      { code: "decreasing_series", path: "observations.1.value", message },
    ]);
  });

  it("cumulativeSeries (observations) ends its own wording with the same hint", () => {
    // Without a baseline: 450 000, 520 000, 480 000, 610 000, 590 000 fall twice in four steps (rule a).
    const series = [...monthly, { date: "2021-08-31", value: 610_000 }, { date: "2021-09-30", value: 590_000 }];
    const onWarning = vi.fn();
    cumulativeSeries(series, { period: "month", decreasing: "warn", onWarning });
    expect(onWarning.mock.calls.map(([w]) => w)).toEqual([
      {
        code: "decreasing_series",
        path: "input.2",
        count: 1,
        message: `cumulative value 480000 on 2021-07-31 is below 520000 on 2021-06-30; mark a restatement with correction: true${INCREMENTS_HINT}`,
      },
      {
        code: "decreasing_series",
        path: "input.4",
        count: 1,
        message: `cumulative value 590000 on 2021-09-30 is below 610000 on 2021-08-31; mark a restatement with correction: true${INCREMENTS_HINT}`,
      },
    ]);
    expect(() => cumulativeSeries(series, { period: "month" })).toThrow(
      `input.2: cumulative value 480000 on 2021-07-31 is below 520000 on 2021-06-30; mark a restatement with correction: true${INCREMENTS_HINT}`,
    );
    // A lone small fall: the plain message.
    expect(() =>
      cumulativeSeries(
        [
          { date: "2021-05-31", value: 1000 },
          { date: "2021-06-30", value: 1100 },
          { date: "2021-07-31", value: 1050 },
        ],
        { period: "month" },
      ),
    ).toThrow(
      /^input\.2: cumulative value 1050 on 2021-07-31 is below 1100 on 2021-06-30; mark a restatement with correction: true$/,
    );
  });
});
