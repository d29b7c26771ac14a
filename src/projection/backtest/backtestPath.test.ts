import { describe, expect, it } from "vitest";
import { cumulativePath } from "../../path/core.js";
import type { BacktestForecast } from "../backtestTypes.js";
import { project } from "../project.js";
import {
  fitAt,
  type FitSettings,
  monthEnds,
  monthsAfter,
  naiveDriftScale,
  originsOf,
  scoreOf,
} from "./backtestPath.js";
import { BACKTEST_REPLICATES, BOOTSTRAP_REPLICATES } from "../intervals/bootstrap.js";

const pathOf = (observations: { date: string; value: number }[]) =>
  cumulativePath(observations, { direction: "increase", onDecrease: "warn" }).points;

/** Month ends from 2024-01-31, one a month, with the given values. */
const monthly = (values: number[]) =>
  values.map((value, i) => ({ date: new Date(Date.UTC(2024, i + 1, 0)).toISOString().slice(0, 10), value }));

describe("monthsAfter", () => {
  // The calendar rule: the same day of the month, the month's last day when the month is shorter
  // or the origin is a month end (so month ends map to month ends; checked against a calendar).
  it.each([
    ["2024-01-31", 1, "2024-02-29"], // leap February
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-02-29", 1, "2024-03-31"], // a month end stays a month end
    ["2023-02-28", 12, "2024-02-29"],
    ["2024-01-15", 1, "2024-02-15"], // mid-month: the same day
    ["2024-03-30", 1, "2024-04-30"], // 30 March is not March's end; April has 30 days
    ["2024-03-30", 11, "2025-02-28"], // clamped to February's end
    ["2024-11-30", 3, "2025-02-28"],
    ["2024-10-31", 12, "2025-10-31"],
    ["9999-10-31", 2, "9999-12-31"],
  ])("%s + %i months = %s", (date, months, expected) => {
    expect(monthsAfter(date, months)).toBe(expected);
  });

  it("has no date past 9999-12-31", () => {
    expect(monthsAfter("9999-12-31", 1)).toBeNull();
    expect(monthsAfter("9999-06-15", 1200)).toBeNull();
  });
});

describe("monthEnds", () => {
  it("keeps the last point of each calendar month", () => {
    const points = pathOf([
      { date: "2024-01-10", value: 1 },
      { date: "2024-01-20", value: 2 },
      { date: "2024-02-05", value: 3 },
      { date: "2024-04-30", value: 4 },
      { date: "2024-04-30", value: 4 }, // the same date twice: one point
      { date: "2024-05-01", value: 5 },
    ]);
    expect(monthEnds(points).map((i) => points[i]?.date)).toEqual([
      "2024-01-20",
      "2024-02-05",
      "2024-04-30",
      "2024-05-01",
    ]);
  });

  it("keeps every point of month-end data", () => {
    expect(monthEnds(pathOf(monthly([1, 2, 3, 4])))).toEqual([0, 1, 2, 3]);
  });
});

describe("originsOf", () => {
  it("starts at the minPoints-th point and keeps the forecast dates on the path", () => {
    const points = pathOf(monthly([10, 20, 30, 40, 50, 60, 70, 80]));
    const origins = originsOf(points, 6, [1, 3]);
    // Points 6, 7 and 8 (2024-06-30, -07-31, -08-31); +1 month reaches the last point from the
    // first two, +3 months from none.
    expect(origins).toEqual([
      { index: 5, date: "2024-06-30", forecastDates: [{ horizon: 1, date: "2024-07-31", actual: 70 }] },
      { index: 6, date: "2024-07-31", forecastDates: [{ horizon: 1, date: "2024-08-31", actual: 80 }] },
      { index: 7, date: "2024-08-31", forecastDates: [] },
    ]);
  });

  it("reads an actual between observations on the path, linearly on the month axis", () => {
    // 2024-01-31 sits at month position 12·2024 + 1, 2024-02-29 at + 2, 2024-03-31 at + 3: the
    // end of February lies halfway, so the actual is (100 + 300) / 2 = 200.
    const points = pathOf([
      { date: "2023-12-31", value: 0 },
      { date: "2024-01-31", value: 100 },
      { date: "2024-03-31", value: 300 },
      { date: "2024-04-30", value: 400 },
    ]);
    const [origin] = originsOf(points, 2, [1]);
    expect(origin?.forecastDates).toEqual([{ horizon: 1, date: "2024-02-29", actual: 200 }]);
  });

  it("interpolates within a month by its days", () => {
    // Daily points in March, then one at the end of April; the origin is March's last point,
    // 2024-03-15, and its target one month later 2024-04-15, between the last two points.
    const points = pathOf([
      { date: "2024-03-13", value: 0 },
      { date: "2024-03-14", value: 0 },
      { date: "2024-03-15", value: 0 },
      { date: "2024-04-30", value: 300 },
    ]);
    const [origin] = originsOf(points, 3, [1]);
    expect(origin?.date).toBe("2024-03-15");
    // On the month axis the origin (end of 2024-03-15) lies 16/31 of a month before March's end,
    // 2024-04-15 lies 15/30 after it and 2024-04-30 a whole month after it, so linearly between
    // (2024-03-15, 0) and (2024-04-30, 300) the actual is 300·(16/31 + 15/30)/(16/31 + 1).
    const expected = (300 * (16 / 31 + 15 / 30)) / (16 / 31 + 1);
    expect(origin?.forecastDates[0]?.date).toBe("2024-04-15");
    expect(origin?.forecastDates[0]?.actual).toBeCloseTo(expected, 10);
  });
});

describe("naiveDriftScale", () => {
  it.each([
    // Increments 90, 110, 90, 110 around the drift 100: each one-step error is 10.
    [[1000, 1090, 1200, 1290, 1400], 10],
    // Increments 10, 10, 40: drift 20, errors 10, 10, 20 -> 40/3.
    [[0, 10, 20, 60], 40 / 3],
    // A straight line: the drift forecasts every step exactly.
    [[5, 10, 15, 20], 0],
  ])("monthly %j -> %d", (values, scale) => {
    expect(naiveDriftScale(pathOf(monthly(values)))).toBeCloseTo(scale, 12);
  });

  it("uses the last point of each month only", () => {
    // Daily points inside January do not count: the months' last points are 0, 100, 150, 300.
    const points = pathOf([
      { date: "2024-01-02", value: 0 },
      { date: "2024-01-31", value: 0 },
      { date: "2024-02-10", value: 70 },
      { date: "2024-02-29", value: 100 },
      { date: "2024-03-31", value: 150 },
      { date: "2024-04-30", value: 300 },
    ]);
    // Drift 100 a month; errors |100 - 100|, |50 - 100|, |150 - 100| -> 100/3.
    expect(naiveDriftScale(points)).toBeCloseTo(100 / 3, 12);
  });

  it("is null with fewer than two months", () => {
    expect(naiveDriftScale(pathOf([{ date: "2024-01-31", value: 5 }]))).toBeNull();
    expect(naiveDriftScale(pathOf(monthly([])))).toBeNull();
  });
});

describe("scoreOf", () => {
  const row = (value: number, actual: number, lower: number | null, upper: number | null): BacktestForecast => ({
    origin: "2024-06-30",
    method: "linear",
    horizon: 3,
    target: "2024-09-30",
    value,
    lower,
    upper,
    actual,
  });

  it("averages absolute, relative and scaled errors and the intervals' hits and widths", () => {
    // Errors 10 (on 100) and -30 (on 200): MAE 20, MAPE (0.1 + 0.15)/2 = 0.125, MASE 20/4 = 5.
    // The first actual lies inside [80, 120] (width 40), the second outside [210, 250] (width 40).
    const rows = [row(90, 100, 80, 120), row(230, 200, 210, 250), { ...row(0, 0, null, null), horizon: 6 }];
    expect(scoreOf(rows, "linear", 3, 4)).toEqual({
      method: "linear",
      horizon: 3,
      count: 2,
      mae: 20,
      mape: 0.125,
      mase: 5,
      coverage: 0.5,
      meanWidth: 40,
    });
  });

  it("counts the intervals over the forecasts that have one", () => {
    // One hit of one interval: 1, not 1/2.
    const score = scoreOf([row(90, 100, 95, 105), row(90, 100, null, null)], "linear", 3, 10);
    expect([score.coverage, score.meanWidth]).toEqual([1, 10]);
  });

  it("has null measures without forecasts, an actual of 0, a scale of 0 or no interval", () => {
    expect(scoreOf([], "linear", 3, 1)).toEqual({
      method: "linear",
      horizon: 3,
      count: 0,
      mae: null,
      mape: null,
      mase: null,
      coverage: null,
      meanWidth: null,
    });
    const zero = scoreOf([row(5, 0, null, null), row(90, 100, null, null)], "linear", 3, 0);
    expect(zero).toMatchObject({ count: 2, mae: 7.5, mape: null, mase: null, coverage: null, meanWidth: null });
    expect(scoreOf([row(90, 100, null, null)], "linear", 3, null).mase).toBeNull();
  });
});

describe("fitAt", () => {
  // 18 month ends of a logistic running count (K = 20 000, r = 0.3, midpoint month 14), each
  // increment scaled by 1 + 0.3·sin(2.3k + 1): fixed, irregular noise.
  const curve = (t: number) => 20_000 / (1 + Math.exp(-0.3 * (t - 14)));
  const values: number[] = [Math.round(curve(0))];
  for (let k = 1; k < 18; k++)
    values.push(Math.round(values[k - 1] as number) + (curve(k) - curve(k - 1)) * (1 + 0.3 * Math.sin(2.3 * k + 1)));
  const observations = monthly(values.map(Math.round));
  const points = pathOf(observations);
  const fit: FitSettings = { confidence: 0.9, fitOn: "cumulative", window: 3, capacity: undefined, bass: undefined };
  const origin = 11; // 2024-12-31, 12 points

  it.each(["logistic", "bass"] as const)("%s: the backtest's fewer replicates, the same curve as project", (method) => {
    const p = fitAt(points, origin, method, fit);
    expect(p?.interval).toEqual({ kind: "residual-bootstrap", replicates: BACKTEST_REPLICATES });
    const upTo = observations.slice(0, origin + 1);
    const reference = project(upTo, { method, until: "2024-12-31" });
    expect(p?.parameters).toEqual(reference.parameters);
    expect(p?.valueAt("2025-06-30").value).toBe(reference.valueAt("2025-06-30").value);
  });

  it.each(["logistic", "bass"] as const)("%s: with project's replicates, project's interval exactly", (method) => {
    const p = fitAt(points, origin, method, { ...fit, replicates: BOOTSTRAP_REPLICATES });
    const reference = project(observations.slice(0, origin + 1), { method, until: "2024-12-31" });
    expect(p?.interval).toEqual(reference.interval);
    for (const date of ["2025-03-31", "2025-06-30", "2025-12-31"] as const)
      expect(p?.valueAt(date)).toEqual(reference.valueAt(date));
  });
});
