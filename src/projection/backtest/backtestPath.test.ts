import { describe, expect, it } from "vitest";
import { cumulativePath } from "../../path/core.js";
import type { BacktestForecast } from "../backtestTypes.js";
import { project } from "../project.js";
import {
  backtestPath,
  fitAt,
  type FitSettings,
  monthEnds,
  monthsAfter,
  naiveDriftScale,
  originsOf,
  scoreOf,
} from "./backtestPath.js";
import { JUMP, JUMP_TOP } from "./backtest.testkit.js";
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
  it("has no origin on an empty path", () => {
    expect(originsOf([], 1, [1])).toEqual([]);
  });

  it("leaves out a target past 9999-12-31", () => {
    // 9999-11-30 + 1 month is the last point; + 3 months has no date at all (monthsAfter is null).
    const points = pathOf([
      { date: "9999-10-31", value: 1 },
      { date: "9999-11-30", value: 2 },
      { date: "9999-12-31", value: 3 },
    ]);
    expect(originsOf(points, 2, [1, 3])).toEqual([
      { index: 1, date: "9999-11-30", forecastDates: [{ horizon: 1, date: "9999-12-31", actual: 3 }] },
      { index: 2, date: "9999-12-31", forecastDates: [] },
    ]);
  });

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

  it("is 0 with two months: the drift joins them", () => {
    expect(naiveDriftScale(pathOf(monthly([100, 170])))).toBe(0);
  });

  it("steps by the months between month ends when a month has no point", () => {
    // No point in March: drift (400 - 0)/3 a month; the step to April spans 2 months, so it is
    // forecast as 100 + 2·400/3. Errors |100 - 400/3| and |300 - 800/3|, each 100/3.
    const points = pathOf([
      { date: "2024-01-31", value: 0 },
      { date: "2024-02-29", value: 100 },
      { date: "2024-04-30", value: 400 },
    ]);
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

  it("counts an actual on either end of the interval as inside, one above it as outside", () => {
    // [90, 110] holds 90 and 110, not 111: 2 of 3; every width is 20.
    const score = scoreOf([row(100, 90, 90, 110), row(100, 110, 90, 110), row(100, 111, 90, 110)], "linear", 3, 1);
    expect([score.coverage, score.meanWidth]).toEqual([2 / 3, 20]);
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
    expect(p?.warnings).toEqual(reference.warnings);
  });

  it("is null where the method cannot be fitted: cagr from a value of 0", () => {
    const fromZero = pathOf(monthly([0, 10, 20, 30]));
    expect(fitAt(fromZero, 3, "cagr", fit)).toBeNull();
    expect(fitAt(fromZero, 3, "linear", fit)?.valueAt("2024-05-31").value).toBeCloseTo(40, 10);
  });

  it.each(["logistic", "bass"] as const)("%s: with project's replicates, project's interval exactly", (method) => {
    const p = fitAt(points, origin, method, { ...fit, replicates: BOOTSTRAP_REPLICATES });
    const reference = project(observations.slice(0, origin + 1), { method, until: "2024-12-31" });
    expect(p?.interval).toEqual(reference.interval);
    for (const date of ["2025-03-31", "2025-06-30", "2025-12-31"] as const)
      expect(p?.valueAt(date)).toEqual(reference.valueAt(date));
  });
});

describe("backtestPath", () => {
  // The worked example of docs/methodology.md ("What backtest computes"): 13 month ends from
  // 2024-01-31, 1 000 + 100·i less 10 in odd months; Q = 10. run-rate with window 2 forecasts
  // y_o + 300 and misses by ±10 (MASE 1); linear on increments forecasts y_o + 3·(y_o − 1 000)/k
  // at the k-th month end after the first (MAE 12.72, MASE 1.27).
  const values = Array.from({ length: 13 }, (_, i) => 1000 + 100 * i - (i % 2) * 10);
  const points = pathOf(monthly(values));
  const fit: FitSettings = { confidence: 0.9, fitOn: "increments", window: 2, capacity: undefined, bass: undefined };
  const settings = { methods: ["run-rate", "linear"] as const, horizons: [3], minPoints: 6, fit };

  it("forecasts each method from each origin, as the worked example", () => {
    const b = backtestPath(points, settings);
    expect(b.origins).toEqual(["2024-06-30", "2024-07-31", "2024-08-31", "2024-09-30", "2024-10-31"]);
    expect(b.maseScale).toBeCloseTo(10, 12);
    // Origin order, then method, then horizon.
    expect(b.forecasts.map((f) => [f.origin, f.method, f.target])).toEqual(
      b.origins.flatMap((o) => {
        const target = ["2024-09-30", "2024-10-31", "2024-11-30", "2024-12-31", "2025-01-31"][b.origins.indexOf(o)];
        return [
          [o, "run-rate", target],
          [o, "linear", target],
        ];
      }),
    );
    for (const f of b.forecasts) {
      const k = b.origins.indexOf(f.origin) + 5; // the origin's month end, from 0
      const yo = values[k] as number;
      expect(f.horizon).toBe(3);
      expect(f.actual).toBe(values[k + 3]);
      expect(f.value).toBeCloseTo(f.method === "run-rate" ? yo + 300 : yo + (3 * (yo - 1000)) / k, 9);
    }
    const first = b.forecasts[0];
    expect([first?.value, first?.lower?.toFixed(1), first?.upper?.toFixed(1), first?.actual]).toEqual([
      1790,
      "1726.0",
      "1854.0",
      1800,
    ]);
    const errors = [16, 10, 10 + 30 / 7, 10, 10 + 30 / 9];
    const mae = errors.reduce((a, e) => a + e, 0) / 5;
    expect(b.scores.map((s) => [s.method, s.horizon, s.count])).toEqual([
      ["run-rate", 3, 5],
      ["linear", 3, 5],
    ]);
    expect(b.scores[0]?.mase).toBeCloseTo(1, 12);
    expect(b.scores[1]?.mae).toBeCloseTo(mae, 9);
    expect(b.scores[1]?.mase).toBeCloseTo(mae / 10, 9);
  });

  it("sorts the horizons asked and keeps them, forecast or not", () => {
    // 24 months has no target on a 13-month path: scored with no forecast.
    const b = backtestPath(points, { ...settings, methods: ["run-rate"], horizons: [24, 6, 3] });
    expect(b.horizons).toEqual([3, 6, 24]);
    expect(b.scores.map((s) => [s.horizon, s.count])).toEqual([
      [3, 5],
      [6, 2],
      [24, 0],
    ]);
    // 6 months from 2024-06-30 and 2024-07-31 only; the origins are those with any forecast.
    expect(b.origins).toEqual(["2024-06-30", "2024-07-31", "2024-08-31", "2024-09-30", "2024-10-31"]);
  });

  it("by default keeps the horizons with a target and the methods with a forecast", () => {
    // From a value of 0 cagr is never fitted, and damped needs 11 points where the last origin with
    // a target (2024-10-31) has 10; 12 months lies past the path from every origin.
    const fromZero = pathOf(monthly(values.map((v) => v - 1000)));
    const b = backtestPath(fromZero, { methods: undefined, horizons: undefined, minPoints: 6, fit });
    expect(b.horizons).toEqual([3, 6]);
    expect(b.methods).toEqual(["run-rate", "linear", "logistic", "bass"]);
    expect(new Set(b.forecasts.map((f) => f.method))).toEqual(new Set(b.methods));
  });

  it("has no forecast where the method's value overflows, and keeps the nearer ones", () => {
    // The JUMP, then one month end, 2024-07-31: cagr forecasts (2^52 + 4)^(1 + 31h/6) h months after
    // 2024-01-31, about 10^96 at 1 month, past 1.8·10^308 at 6.
    const explosive = pathOf([...JUMP, { date: "2024-07-31", value: JUMP_TOP + 6 }]);
    const b = backtestPath(explosive, { methods: ["cagr"], horizons: [1, 3, 6], minPoints: 6, fit });
    expect(b.forecasts.map((f) => f.horizon)).toEqual([1, 3]);
    expect(Math.log(b.forecasts[0]?.value as number)).toBeCloseTo(Math.log(JUMP_TOP) * (1 + 31 / 6), 6);
    expect(b.scores.map((s) => s.count)).toEqual([1, 1, 0]);
  });
});
