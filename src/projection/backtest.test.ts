import { describe, expect, it } from "vitest";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { backtest } from "./backtest.js";
import { project } from "./project.js";

/** Month ends from `year`-`month`, one a month, with the given values. */
const monthly = (values: number[], year = 2024, month = 1) =>
  values.map((value, i) => ({
    date: new Date(Date.UTC(year, month - 1 + i + 1, 0)).toISOString().slice(0, 10),
    value,
  }));

// The worked example (a hand calculation): 13 month ends from 2024-01-31, growing by 90 and 110 in
// turn, 1 000 + 100·i less 10 in odd months. Drift 100 a month, so every one-step error of the
// naive drift is 10: maseScale = 10. With horizon 3 and the default minPoints 6, the origins are
// points 6 to 10 (2024-06-30 to 2024-10-31), whose targets are points 9 to 13.
const wiggle = monthly(Array.from({ length: 13 }, (_, i) => 1000 + 100 * i - (i % 2 === 1 ? 10 : 0)));
const ACTUALS = [1800, 1890, 2000, 2090, 2200];
// t_{0.95,4} = 2.131847 (studentT.test.ts: scipy.stats.t.ppf).
const T95_4 = 2.1318467863;

describe("backtest: the worked example", () => {
  const b = backtest(wiggle, { methods: ["run-rate", "linear"], horizons: [3], fitOn: "increments", window: 2 });

  it("has the five origins, the scale 10 and one forecast per origin and method", () => {
    expect(b.origins).toEqual(["2024-06-30", "2024-07-31", "2024-08-31", "2024-09-30", "2024-10-31"]);
    expect(b.maseScale).toBeCloseTo(10, 12);
    expect([b.methods, b.horizons, b.minPoints, b.confidence]).toEqual([["run-rate", "linear"], [3], 6, 0.9]);
    expect(b.forecasts.map((f) => [f.origin, f.method, f.target, f.actual])).toEqual(
      b.origins.flatMap((o, i) => [
        [o, "run-rate", b.forecasts[2 * i]?.target, ACTUALS[i]],
        [o, "linear", b.forecasts[2 * i]?.target, ACTUALS[i]],
      ]),
    );
    expect(b.forecasts.map((f) => f.target).filter((_, i) => i % 2 === 0)).toEqual([
      "2024-09-30",
      "2024-10-31",
      "2024-11-30",
      "2024-12-31",
      "2025-01-31",
    ]);
    expect(b.warnings).toEqual([]);
  });

  it("run-rate over 2 months: the pace 100 exactly, every forecast off by the wiggle 10", () => {
    // A 2-month window holds one 90 and one 110: rate 100, forecast y_o + 300; the actual three
    // months later differs by ±10. MAE 10, MASE 10/10 = 1.
    const score = b.scores[0];
    expect(score).toMatchObject({ method: "run-rate", horizon: 3, count: 5, coverage: 1 });
    expect(score?.mae).toBeCloseTo(10, 9);
    expect(score?.mase).toBeCloseTo(1, 9);
    expect(score?.mape).toBeCloseTo(ACTUALS.reduce((s, a) => s + 10 / a, 0) / 5, 12);
  });

  it("the first forecast and its random-walk interval, by hand", () => {
    // At 2024-06-30 the path is 1000, 1090, 1200, 1290, 1400, 1490: drift 98, steps off it by -8,
    // 12, -8, 12, -8, so σ² = 480/4 = 120 with 4 degrees of freedom; the interval around 1490 + 300
    // is ± t_{0.95,4}·σ·sqrt(3 + 3²/2) (methodology: run-rate projection).
    const half = T95_4 * Math.sqrt(120) * Math.sqrt(3 + 9 / 2);
    const f = b.forecasts[0];
    expect(f).toMatchObject({ origin: "2024-06-30", method: "run-rate", horizon: 3, target: "2024-09-30" });
    expect(f?.value).toBeCloseTo(1790, 9);
    expect(f?.lower).toBeCloseTo(1790 - half, 6);
    expect(f?.upper).toBeCloseTo(1790 + half, 6);
    expect(f?.actual).toBe(1800);
  });

  it("linear on increments: the drift from the first point, by hand", () => {
    // Drift at origin k = (y_k - 1000)/k: forecasts 1490 + 3·98, 1600 + 300, 1690 + 3·690/7,
    // 1800 + 300, 1890 + 3·890/9; errors 16, -10, 10 + 30/7, -10, 10 + 30/9.
    const errors = [16, 10, 10 + 30 / 7, 10, 10 + 30 / 9];
    const mae = errors.reduce((s, e) => s + e, 0) / 5;
    const score = b.scores[1];
    expect(score).toMatchObject({ method: "linear", horizon: 3, count: 5 });
    expect(score?.mae).toBeCloseTo(mae, 9); // 12.7238…
    expect(score?.mase).toBeCloseTo(mae / 10, 9);
  });

  it("is deterministic and JSON-serialisable", () => {
    const again = backtest(wiggle, { methods: ["run-rate", "linear"], horizons: [3], fitOn: "increments", window: 2 });
    expect(again).toEqual(b);
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);
  });
});

describe("backtest: defaults", () => {
  it("keeps the horizons with an actual and the methods that fit", () => {
    // 12 month ends after a baseline of 0: origins from the 6th point (the baseline counts); a
    // 12-month target lies past the last point from every origin. cagr cannot grow from 0.
    const b = backtest(monthly([100, 210, 300, 420, 500, 610, 700, 820, 900, 1010, 1100, 1220]), {
      baseline: { date: "2023-12-31", value: 0 },
    });
    expect(b.horizons).toEqual([3, 6]);
    expect(b.methods).toEqual(["run-rate", "linear", "logistic", "bass"]);
    expect(b.minPoints).toBe(6);
    // Origins 2024-05-31 (the 6th point) to 2024-09-30 (the last with a 3-month target).
    expect(b.origins).toEqual(["2024-05-31", "2024-06-30", "2024-07-31", "2024-08-31", "2024-09-30"]);
    expect(b.scores.map((s) => [s.method, s.horizon, s.count])).toEqual([
      ["run-rate", 3, 5],
      ["run-rate", 6, 2],
      ["linear", 3, 5],
      ["linear", 6, 2],
      ["logistic", 3, 5],
      ["logistic", 6, 2],
      ["bass", 3, 5],
      ["bass", 6, 2],
    ]);
    // One row per origin, method and horizon with an actual: 4 methods × (5 + 2).
    expect(b.forecasts).toHaveLength(28);
  });

  it("keeps a method and a horizon that were asked for, with empty scores", () => {
    const b = backtest(monthly([100, 200, 300, 400, 500, 600, 700]), {
      methods: ["cagr", "linear"],
      horizons: [12, 1],
      baseline: { date: "2023-12-31", value: 0 },
    });
    expect(b.methods).toEqual(["cagr", "linear"]);
    expect(b.horizons).toEqual([1, 12]);
    expect(b.scores.find((s) => s.method === "cagr" && s.horizon === 1)).toMatchObject({ count: 0, mae: null });
    expect(b.scores.find((s) => s.method === "linear" && s.horizon === 12)).toMatchObject({ count: 0, mae: null });
    expect(b.scores.find((s) => s.method === "linear" && s.horizon === 1)?.count).toBe(2);
  });

  it("ignores observations after asOf, as actuals too", () => {
    const b = backtest(wiggle, { methods: ["linear"], horizons: [3], asOf: "2024-11-30" });
    expect(b.origins).toEqual(["2024-06-30", "2024-07-31", "2024-08-31"]);
    expect(b.forecasts.at(-1)?.target).toBe("2024-11-30");
  });

  it("fewer points than minPoints: no origin, no horizon, no method", () => {
    const b = backtest(monthly([1, 2, 3, 4, 5]));
    expect([b.origins, b.horizons, b.methods, b.scores, b.forecasts]).toEqual([[], [], [], [], []]);
    expect(b.maseScale).toBe(0); // a straight line
  });

  it("works on weekly data, from the last week of each month", () => {
    // 30 Sundays from 2024-01-07, 50 more each week: the origins are the last Sunday of each month
    // from the 6th point on; the targets fall between Sundays and read the path linearly.
    const weekly = Array.from({ length: 30 }, (_, i) => ({
      date: new Date(Date.UTC(2024, 0, 7 + 7 * i)).toISOString().slice(0, 10),
      value: 50 * (i + 1),
    }));
    const b = backtest(weekly, { methods: ["linear"], horizons: [3] });
    expect(b.origins).toEqual(["2024-02-25", "2024-03-31", "2024-04-28"]);
    expect(b.forecasts.map((f) => f.target)).toEqual(["2024-05-25", "2024-06-30", "2024-07-28"]);
    expect(b.forecasts[0]?.actual).toBeGreaterThan(50 * 20);
    expect(b.forecasts[0]?.actual).toBeLessThan(50 * 21);
  });

  it("intervals: false gives the same point forecasts without intervals", () => {
    const options = { methods: ["run-rate", "linear"] as const, horizons: [3] };
    const full = backtest(wiggle, { ...options, methods: [...options.methods] });
    const points = backtest(wiggle, { ...options, methods: [...options.methods], intervals: false });
    expect(points.forecasts.map((f) => f.value)).toEqual(full.forecasts.map((f) => f.value));
    expect(points.forecasts.every((f) => f.lower === null && f.upper === null)).toBe(true);
    expect(points.scores.map((s) => [s.mae, s.coverage, s.meanWidth])).toEqual(
      full.scores.map((s) => [s.mae, null, null]),
    );
  });

  it("logistic and bass: project's values, intervals from fewer replicates near project's", () => {
    // 24 month ends of a logistic running count (K = 20 000, r = 0.3, midpoint month 14), each
    // increment scaled by 1 + 0.3·sin(2.3k + 1), as in project.bootstrap.test.ts.
    const curve = (t: number) => 20_000 / (1 + Math.exp(-0.3 * (t - 14)));
    let total = curve(0);
    const observations = monthly(
      Array.from({ length: 24 }, (_, k) => {
        if (k > 0) total += (curve(k) - curve(k - 1)) * (1 + 0.3 * Math.sin(2.3 * k + 1));
        return Math.round(total);
      }),
      2023,
    );
    const b = backtest(observations, { methods: ["logistic", "bass"], horizons: [3, 6] });
    const off: number[] = [];
    for (const f of b.forecasts) {
      const p = project(
        observations.filter((o) => o.date <= f.origin),
        { method: f.method, until: f.origin },
      ).valueAt(f.target);
      expect(f.value).toBe(p.value);
      const half = ((p.upper as number) - (p.lower as number)) / 2;
      off.push(
        Math.max(
          Math.abs((f.lower as number) - (p.lower as number)),
          Math.abs((f.upper as number) - (p.upper as number)),
        ) / half,
      );
    }
    // Measured 2026-12-07 on these 58 forecasts, with the noise carried forward (this count's steps
    // carry it; see pathBootstrap.ts): each end lies a median 0.31 (9th decile 0.71) of project's
    // half-width from project's, the farthest 3.2. Each replicate simulates a whole past and refits,
    // so 40 of them scatter more than the residual bootstrap's (median 0.18 on 2026-12-03).
    off.sort((x, y) => x - y);
    expect(off.length).toBe(58);
    expect(off[29]).toBeLessThan(0.35);
    expect(off[52]).toBeLessThan(0.8);
  });

  it("reports the path's warnings once", () => {
    const b = backtest([...monthly([10, 20, 30, 40, 50, 60, 70]), { date: "2024-08-31", value: 65 }], {
      methods: ["linear"],
    });
    expect(b.warnings.map((w) => w.code)).toEqual(["decreasing_series"]);
  });
});

describe("backtest: bad options", () => {
  it.each([
    [{ methods: ["linear", "auto"] }, "invalid_enum", "options.methods.1"],
    [{ methods: ["linear", "linear"] }, "invalid_option", "options.methods.1"],
    [{ methods: [] }, "invalid_option", "options.methods"],
    [{ methods: "linear" }, "invalid_type", "options.methods"],
    [{ horizons: [0] }, "out_of_range", "options.horizons.0"],
    [{ horizons: [3, 1.5] }, "invalid_count", "options.horizons.1"],
    [{ horizons: [3, "6"] }, "invalid_count", "options.horizons.1"],
    [{ horizons: [1201] }, "out_of_range", "options.horizons.0"],
    [{ horizons: [3, 3] }, "invalid_option", "options.horizons.1"],
    [{ minPoints: 2 }, "out_of_range", "options.minPoints"],
    [{ minPoints: 6.5 }, "invalid_count", "options.minPoints"],
    [{ confidence: 1 }, "out_of_range", "options.confidence"],
    [{ fitOn: "levels" }, "invalid_enum", "options.fitOn"],
    [{ asOf: "2024-02-30" }, "invalid_date", "options.asOf"],
    [{ bass: { p: 0.01, q: 0.3 } }, "invalid_number", "options.bass.M"],
    [{ horizon: 3 }, "unknown_key", "options.horizon"],
    [{ intervals: "no" }, "invalid_type", "options.intervals"],
  ])("%j: %s at %s", (options, code, path) => {
    let error: unknown;
    try {
      backtest(wiggle, options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OnboardingTargetsError);
    expect(error).toMatchObject({ code, path });
  });
});
