import { describe, expect, it } from "vitest";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { project } from "./project.js";

// The composite example (methodology: the composite example): goal 10 000 by month 24 from 0, 3 000
// at month 9. Baseline at the end of 2022-12 (month 0), so month 9 = 2023-09-30, month 24 =
// 2024-12-31 and month 30 = 2025-06-30.
const compositeBaseline = { date: "2022-12-31", value: 0 };
const composite = [{ date: "2023-09-30", value: 3000 }];

describe("project: the composite example", () => {
  // With two points every method that draws the straight line through them agrees: the run rate
  // (3 000 - 2 000)/3 = 333.33/month over the trailing 3 months equals 3 000/9, OLS through two
  // points is that line, and the drift is (3 000 - 0)/9. 3 000 + 15·333.33 = 8 000 at month 24;
  // 10 000 / 333.33 = month 30.
  it.each([
    ["run-rate", {}],
    ["linear", {}],
    ["linear", { fitOn: "increments" as const }],
  ] as const)("%s %o: 8 000 at month 24, goal reached at month 30", (method, extra) => {
    const p = project(composite, { method, until: "2024-12-31", baseline: compositeBaseline, ...extra });
    expect(p.valueAt("2024-12-31").value).toBeCloseTo(8000, 9);
    expect(p.dateReaching(10_000)).toEqual({ date: "2025-06-30" });
    expect(p.points).toHaveLength(15);
    expect(p.points[0]?.date).toBe("2023-10-31");
    expect(p.points.at(-1)?.date).toBe("2024-12-31");
    // Two points leave no degrees of freedom for an interval.
    expect(p.points.every((q) => q.lower === null && q.upper === null)).toBe(true);
    expect(p.origin).toEqual({ date: "2023-09-30", value: 3000 });
  });

  it("says what it fitted on", () => {
    const opts = { until: "2024-12-31", baseline: compositeBaseline };
    // Linear fits the increments by default (the random walk with drift), the cumulative values when asked.
    expect(project(composite, { method: "linear", ...opts }).fittedOn).toBe("increments");
    expect(project(composite, { method: "linear", fitOn: "cumulative", ...opts }).fittedOn).toBe("cumulative");
    expect(project(composite, { method: "run-rate", ...opts }).fittedOn).toBe("increments");
  });

  it("is JSON-serialisable without its methods", () => {
    const p = project(composite, { method: "linear", until: "2023-11-30", baseline: compositeBaseline });
    const json = JSON.parse(JSON.stringify(p));
    expect(Object.keys(json)).toEqual([
      "method",
      "fittedOn",
      "confidence",
      "origin",
      "fittedPoints",
      "parameters",
      "points",
      "interval",
      "warnings",
    ]);
    expect(json.points.map((q: { date: string }) => q.date)).toEqual(["2023-10-31", "2023-11-30"]);
  });

  it("ignores observations after asOf", () => {
    const p = project([...composite, { date: "2023-12-31", value: 9000 }], {
      method: "run-rate",
      until: "2024-12-31",
      baseline: compositeBaseline,
      asOf: "2023-10-15",
    });
    expect(p.origin.date).toBe("2023-09-30");
    expect(p.valueAt("2024-12-31").value).toBeCloseTo(8000, 9);
  });
});

describe("project: linear, textbook OLS prediction interval", () => {
  // Month ends 2023-01-31 … 2023-05-31 are x = 0…4 months apart; y = 100, 300, 200, 500, 400.
  // By hand: x̄ = 2, ȳ = 300, Sxx = 10, Sxy = (-2)(-200) + 0 + 0 + (1)(200) + (2)(100) = 800,
  // b1 = 80, b0 = 300 - 80·2 = 140; fitted 140, 220, 300, 380, 460; residuals -40, 80, -100, 120,
  // -60; SSE = 36 000, s² = 36 000/3 = 12 000, s = 109.544512.
  // At 2023-08-31 (x0 = 7): ŷ = 140 + 560 = 700; sqrt(1 + 1/5 + (7-2)²/10) = sqrt(3.7) = 1.923538;
  // t_{0.95,3} = 2.353363 (90 %), half-width = 2.353363·109.544512·1.923538 = 495.884446:
  // [204.115554, 1195.884446]. At 95 %: t_{0.975,3} = 3.182446, [29.416953, 1370.583047].
  // (Checked with scipy.stats.t.ppf.)
  const obs = [
    { date: "2023-01-31", value: 100 },
    { date: "2023-02-28", value: 300 },
    { date: "2023-03-31", value: 200 },
    { date: "2023-04-30", value: 500 },
    { date: "2023-05-31", value: 400 },
  ];
  it.each([
    [0.9, 204.115554, 1195.884446],
    [0.95, 29.416953, 1370.583047],
  ])("confidence %f", (confidence, lower, upper) => {
    const p = project(obs, { method: "linear", fitOn: "cumulative", until: "2023-08-31", confidence });
    const v = p.valueAt("2023-08-31");
    expect(v.value).toBeCloseTo(700, 9);
    expect(v.lower).toBeCloseTo(lower, 5);
    expect(v.upper).toBeCloseTo(upper, 5);
    expect(p.parameters.slope).toBeCloseTo(80, 10);
    expect(p.parameters.residualStandardError).toBeCloseTo(109.544512, 5);
    expect(p.points.map((q) => q.date)).toEqual(["2023-06-30", "2023-07-31", "2023-08-31"]);
  });

  it("on increments: drift and its interval", () => {
    // Increments 200, -100, 300, -100 over 1 month each: μ = 300/4 = 75; residuals 125, -175,
    // 225, -175; σ² = (15 625 + 30 625 + 50 625 + 30 625)/3 = 42 500, σ = 206.155281.
    // At h = 3: 400 + 225 = 625, half = t_{0.95,3}·σ·sqrt(3 + 9/4) = 2.353363·206.155281·2.291288
    // = 1111.637319 (2.3533634348 × 206.1552813 × 2.2912878475, checked in Python).
    const p = project(obs, { method: "linear", fitOn: "increments", until: "2023-08-31" });
    const v = p.valueAt("2023-08-31");
    expect(v.value).toBeCloseTo(625, 9);
    expect((v.upper as number) - v.value).toBeCloseTo(1111.637319, 5);
  });
});

describe("project: bass", () => {
  // Independent values: p = 0.03, q = 0.38 per month, M = 1 000, launch 2023-01-31 at 0.
  // t = 1: e^{-0.41} = 0.663650; F = (1 - 0.663650)/(1 + (0.38/0.03)·0.663650) = 0.336350/9.406237
  // = 0.0357582 → 35.7582. t = 5: e^{-2.05} = 0.128735, F = 0.871265/2.630642 = 0.331199 → 331.1986.
  // t = 12: e^{-4.92} = 0.00729913, F = 0.992701/1.092456 = 0.908688 → 908.6876.
  // (Projected inside each test, not at describe time: Stryker activates a mutant per test, so a
  // result computed while the file is collected would never see it.)
  const given = { p: 0.03, q: 0.38, M: 1000 };
  const bass = () =>
    project([{ date: "2023-02-28", value: 30 }], {
      method: "bass",
      bass: given,
      until: "2024-01-31",
      baseline: { date: "2023-01-31", value: 0 },
    });
  it.each([
    ["2023-02-28", 35.758164],
    ["2023-06-30", 331.198642],
    ["2024-01-31", 908.687563],
  ])("N(%s) = %f", (date, expected) => expect(bass().valueAt(date).value).toBeCloseTo(expected, 5));

  it("never reaches M", () => {
    const p = bass();
    expect(p.dateReaching(1000)).toEqual({ date: null, reason: "beyond-capacity" });
    expect(p.dateReaching(331.2).date).toBe("2023-07-01");
  });

  it("fits p, q, M back from its own curve", () => {
    const dates = [
      "2023-02-28",
      "2023-03-31",
      "2023-04-30",
      "2023-05-31",
      "2023-06-30",
      "2023-07-31",
      "2023-08-31",
      "2023-09-30",
      "2023-10-31",
    ];
    const p = bass();
    const obs = dates.map((date) => ({ date, value: Math.round(p.valueAt(date).value * 1000) }));
    const fit = project(obs, { method: "bass", until: "2024-01-31", baseline: { date: "2023-01-31", value: 0 } });
    expect((fit.parameters.M as number) / 1000 / 1000).toBeCloseTo(1, 1);
    expect(fit.valueAt("2024-01-31").value / 1000).toBeCloseTo(908.69, -1);
  });
});

describe("project: cagr", () => {
  it("grows at the compound monthly rate from first to last point", () => {
    // 1 000 → 1 210 over 2 months: g = 1.1 - 1 = 10 %/month; 1 210·1.1² = 1 464.1 at month 4.
    const p = project([{ date: "2023-03-31", value: 1210 }], {
      method: "cagr",
      until: "2023-05-31",
      baseline: { date: "2023-01-31", value: 1000 },
    });
    expect(p.parameters.monthlyGrowth).toBeCloseTo(0.1, 12);
    expect(p.valueAt("2023-05-31").value).toBeCloseTo(1464.1, 8);
    expect(p.dateReaching(1331)).toEqual({ date: "2023-04-30" });
  });

  it("refuses a value ≤ 0 with a typed error", () => {
    const run = () =>
      project([{ date: "2023-03-31", value: 1210 }], {
        method: "cagr",
        until: "2023-05-31",
        baseline: { date: "2023-01-31", value: 0 },
      });
    expect(run).toThrow(OnboardingTargetsError);
    expect(run).toThrow(expect.objectContaining({ code: "out_of_range", path: "options.baseline.value" }));
  });
});

describe("project: logistic", () => {
  // y = 1 000 / (1 + e^{-0.5(h - 6)}) at months 0…8 from 2023-01-31.
  const dates = [
    "2023-01-31",
    "2023-02-28",
    "2023-03-31",
    "2023-04-30",
    "2023-05-31",
    "2023-06-30",
    "2023-07-31",
    "2023-08-31",
    "2023-09-30",
  ];
  const obs = dates.map((date, i) => ({ date, value: Math.round(1_000_000 / (1 + Math.exp(-0.5 * (i - 6)))) }));
  it.each([[1_000_000], [undefined]])("capacity %s: recovers the curve and never reaches K", (capacity) => {
    const p = project(obs, {
      method: "logistic",
      until: "2024-12-31",
      ...(capacity === undefined ? {} : { capacity }),
    });
    expect((p.parameters.capacity as number) / 1_000_000).toBeCloseTo(1, 3);
    expect(p.parameters.rate).toBeCloseTo(0.5, 3);
    expect(p.dateReaching(p.parameters.capacity as number)).toEqual({ date: null, reason: "beyond-capacity" });
    expect(p.dateReaching(2_000_000)).toEqual({ date: null, reason: "beyond-capacity" });
    expect(p.valueAt("2024-12-31").value).toBeLessThan(p.parameters.capacity as number);
  });
});

describe("project: edge cases", () => {
  it("never at this pace on a flat or falling path", () => {
    const p = project([{ date: "2023-03-31", value: 100 }], {
      method: "run-rate",
      until: "2023-05-31",
      baseline: { date: "2023-01-31", value: 100 },
    });
    expect(p.dateReaching(200)).toEqual({ date: null, reason: "never-at-this-pace" });
    expect(p.dateReaching(100)).toEqual({ date: "2023-03-31" });
    const falling = project([{ date: "2023-03-31", value: 80, correction: true }], {
      method: "linear",
      until: "2023-05-31",
      baseline: { date: "2023-01-31", value: 100 },
    });
    expect(falling.dateReaching(200)).toEqual({ date: null, reason: "never-at-this-pace" });
    expect(falling.dateReaching(60)).toEqual({ date: "2023-05-31" });
  });

  it("reports an unmarked decrease as a warning, not a fix", () => {
    const p = project([{ date: "2023-03-31", value: 80 }], {
      method: "linear",
      until: "2023-05-31",
      baseline: { date: "2023-01-31", value: 100 },
    });
    expect(p.warnings.map((w) => w.code)).toEqual(["decreasing_series"]);
    expect(p.origin.value).toBe(80);
  });

  it("too few points", () => {
    expect(() => project([], { method: "linear", until: "2023-05-31" })).toThrow(
      expect.objectContaining({ code: "too_few_points" }),
    );
    expect(() => project([{ date: "2023-01-31", value: 5 }], { method: "linear", until: "2023-05-31" })).toThrow(
      expect.objectContaining({ code: "too_few_points" }),
    );
  });

  it.each([
    [{ method: "quadratic", until: "2023-05-31" }, "invalid_enum", "options.method"],
    [{ method: "linear" }, "missing_field", "options.until"],
    [{ method: "linear", until: "2023-02-30" }, "invalid_date", "options.until"],
    [{ method: "linear", until: "2023-05-31", confidence: 1 }, "out_of_range", "options.confidence"],
    [{ method: "linear", until: "2023-05-31", colour: 1 }, "unknown_key", "options.colour"],
    [{ method: "linear", until: "2023-05-31", fitOn: "both" }, "invalid_enum", "options.fitOn"],
    [{ method: "linear", until: "2900-05-31", period: "day" }, "out_of_range", "options.until"],
  ])("rejects %o", (options, code, path) => {
    const obs = [
      { date: "2023-01-31", value: 5 },
      { date: "2023-02-28", value: 9 },
    ];
    expect(() => project(obs, options as never)).toThrow(expect.objectContaining({ code, path }));
  });

  it("periods: day, ISO week, quarter, year", () => {
    const obs = [
      { date: "2023-01-31", value: 5 },
      { date: "2023-02-28", value: 9 },
    ];
    const dates = (period: "day" | "week" | "quarter" | "year", until: string) =>
      project(obs, { method: "linear", until, period }).points.map((p) => p.date);
    expect(dates("day", "2023-03-03")).toEqual(["2023-03-01", "2023-03-02", "2023-03-03"]);
    expect(dates("week", "2023-03-15")).toEqual(["2023-03-05", "2023-03-12", "2023-03-15"]); // 2023-03-05 is a Sunday
    expect(dates("quarter", "2023-12-31")).toEqual(["2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31"]);
    expect(dates("year", "2025-06-30")).toEqual(["2023-12-31", "2024-12-31", "2025-06-30"]);
    expect(dates("day", "2023-02-01")).toEqual([]);
  });
});

describe("project: a value between the last observation and the fitted curve", () => {
  // A saturating series whose logistic fit lies above the last observation (10 771) at the origin
  // (about 10 928): 10 808 lies ahead of what was observed, and behind the curve.
  const values = [
    1140, 1118, 1391, 1457, 1683, 2327, 2464, 2866, 3714, 4298, 4951, 5864, 6605, 7437, 8137, 8759, 9310, 9666, 9960,
    10108, 10437, 10635, 10646, 10771,
  ];
  const obs = values.map((value, k) => ({
    date: new Date(Date.UTC(2020, k + 1, 0)).toISOString().slice(0, 10),
    value,
  }));

  it("counts as ahead: the curve has reached it at the origin, and its probability never falls with the date", () => {
    const p = project(obs, { method: "logistic", until: "2022-12-31" });
    expect(p.valueAt("2021-12-31").value).toBeGreaterThan(10_808);
    expect(p.dateReaching(10_808)).toEqual({ date: "2021-12-31" });
    const chances = ["2021-12-31", "2022-03-31", "2022-06-30", "2022-12-31"].map(
      (d) => p.probabilityReaching(10_808, d).probability as number,
    );
    for (let i = 1; i < chances.length; i++) expect(chances[i]).toBeGreaterThanOrEqual(chances[i - 1] as number);
    // Reaching the observed value itself is certain.
    expect(p.probabilityReaching(10_771, "2021-12-31")).toEqual({ probability: 1 });
  });
});
