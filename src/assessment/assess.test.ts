import { describe, expect, it } from "vitest";
import { codeAndPath, thrown } from "../../test/support/errors.js";
import { accelerationNeeded } from "../progress/accelerationNeeded.js";
import { project } from "../projection/project.js";
import type { ProjectionOptions } from "../projection/types.js";
import { assess } from "./assess.js";
import { assessProgramme } from "./assessProgramme.js";

// The composite example (methodology: the composite example): goal 10 000 by month 24 from 0, 3 000
// at month 9 (month 0 = end of 2022).
const composite = {
  id: "composite",
  unit: "UMKM",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2024-12-31", value: 10_000 },
};
const compositeObs = [{ date: "2023-09-30", value: 3000 }];
// Two points (the baseline and one observation) fit a line but measure no spread: no interval, so
// no range of dates.
const noInterval = { date: null, reason: "insufficient-data" } as const;
const NO_RANGE = { earliest: noInterval, latest: noInterval };

describe("assess: the composite example", () => {
  const a = assess(composite, compositeObs, { asOf: "2023-10-15" });
  it("measures at the latest observation", () => {
    expect(a.current).toEqual({ date: "2023-09-30", value: 3000 });
    expect(a.attainment?.toString()).toBe("0.3");
    expect(a.planToDate?.toString()).toBe("3750");
    expect(a.pace?.ratio?.toString()).toBe("0.8");
    expect(a.runRate?.toFixed(2)).toBe("333.33");
    expect(a.required?.perMonth?.toFixed(2)).toBe("466.67");
    expect(a.required?.compoundMonthlyGrowth?.times(100).toFixed(3)).toBe("8.357");
    expect(a.accelerationNeeded?.ratio?.toString()).toBe("1.4");
  });
  it("projects 8 000 at month 24 (Q = 0.8: needs acceleration) and reaches the goal at month 30", () => {
    // OLS on two points (the baseline and month 9) is the line through them: 3 000/9 per month.
    expect(a.projection?.valueAtGoal).toBeCloseTo(8000, 9);
    expect(a.projection?.progressAtGoal).toBeCloseTo(0.8, 12);
    expect(a.projection?.lower).toBeNull();
    expect(a.status).toBe("needs-acceleration");
    expect(a.measure).toMatchObject({ preset: "default", name: "Q", reason: null, message: null });
    expect(a.eta).toEqual({ date: "2025-06-30", ...NO_RANGE });
  });
  it("explains itself in English and Indonesian", () => {
    // 466.67 a month, said in whole enterprises.
    expect(a.explanation.id).toContain("Perlu 467 UMKM per bulan hingga Desember 2024.");
    expect(a.explanation.en).toContain("Needs 467 UMKM per month until December 2024.");
    expect(a.explanation.id.at(-1)).toBe("Dengan tren ini target tercapai pada 30 Juni 2025.");
    expect(assess(composite, compositeObs, { asOf: "2023-10-15", locale: "id" }).summary).toBe(
      a.explanation.id.join(" "),
    );
  });
  it("serialises to JSON without NaN", () => {
    const json = JSON.stringify(a);
    expect(json).not.toMatch(/NaN|Infinity/);
    expect(JSON.parse(json).required.perMonth).toMatch(/^466\.66/);
  });
  it("ignores observations after asOf", () => {
    const later = assess(composite, [...compositeObs, { date: "2023-12-31", value: 9000 }], { asOf: "2023-10-15" });
    expect(later.current).toEqual(a.current);
    expect(later.status).toBe(a.status);
  });
  it("accelerationNeeded equals the Progress function's", () => {
    for (const [obs, asOf] of [
      [compositeObs, "2023-10-15"],
      [
        [
          { date: "2023-06-30", value: 3000 },
          { date: "2023-09-30", value: 3000 },
        ],
        "2023-09-30",
      ],
      [[{ date: "2023-09-30", value: 12_000 }], "2023-10-15"],
      [[{ date: "2025-01-31", value: 9000 }], "2025-02-01"],
      [
        [
          { date: "2023-03-31", value: 100 },
          { date: "2023-04-30", value: 50, correction: true },
        ],
        "2023-05-01",
      ],
    ] as const) {
      expect(assess(composite, obs, { asOf }).accelerationNeeded).toEqual(
        accelerationNeeded(composite, obs, { asOf, onDecrease: "warn" }),
      );
    }
  });
});

describe("assess: presets", () => {
  // Open SDG worked example (methodology: open sdg): baseline 50, 60 after 5 years, goal 100 after 15 years.
  // CAGR_a = (60/50)^(1/5) - 1 = 0.0371373, CAGR_r = (100/50)^(1/15) - 1 = 0.0472941,
  // R = 0.0371373/0.0472941 = 0.785241: needs acceleration (0.60 ≤ R < 0.95).
  const sdg = { id: "sdg", baseline: { date: "2010-12-31", value: 50 }, goal: { date: "2025-12-31", value: 100 } };
  it("open-sdg: R = 0.785241, needs acceleration", () => {
    const a = assess(sdg, [{ date: "2015-12-31", value: 60 }], { asOf: "2016-01-01", preset: "open-sdg" });
    expect(a.measure.name).toBe("R");
    expect(a.measure.value).toBeCloseTo(0.785241, 6);
    expect(a.status).toBe("needs-acceleration");
  });

  it.each([
    // evm: SPI = 3 000/3 750 = 0.8, the inclusive lower edge of "needs acceleration".
    ["evm", "SPI", 0.8, "needs-acceleration"],
    // okr: grade = projected progress 0.8 ≥ 0.7.
    ["okr", "grade", 0.8, "on-track"],
    // destatis: the trend reaches 8 000 of the 7 000 still to go from 3 000: it misses
    // (10 000 - 8 000)/7 000 = 0.285714 > 20 %, in the right direction: off track.
    ["destatis", "missed", 2 / 7, "off-track"],
  ] as const)("composite under %s: %s = %f → %s", (preset, name, value, status) => {
    const a = assess(composite, compositeObs, { asOf: "2023-10-15", preset });
    expect(a.measure.name).toBe(name);
    expect(a.measure.value).toBeCloseTo(value, 10);
    expect(a.status).toBe(status);
  });

  it("unsd: Q from CAGR extrapolation; undefined from a zero baseline", () => {
    // 1 000 → 1 210 in 12 months: 1.21^(1/12) a month; at the goal (24 more months) 1 210·1.21² =
    // 1 771.561; Q = (1 771.561 - 1 000)/(2 000 - 1 000) = 0.771561: fair progress (0.10 ≤ Q < 0.95).
    const t = { id: "u", baseline: { date: "2022-12-31", value: 1000 }, goal: { date: "2025-12-31", value: 2000 } };
    const a = assess(t, [{ date: "2023-12-31", value: 1210 }], { asOf: "2024-01-01", preset: "unsd" });
    expect(a.measure.value).toBeCloseTo(0.771561, 9);
    expect(a.status).toBe("needs-acceleration");
    const zero = assess(composite, compositeObs, { asOf: "2023-10-15", preset: "unsd" });
    expect(zero.status).toBe("insufficient-data");
    expect(zero.measure.reason).toBe("out-of-range");
    expect(zero.measure.message).toMatch(/cagr needs every value > 0/);
  });

  it("thresholds can be overridden; lower edges are inclusive", () => {
    expect(assess(composite, compositeObs, { asOf: "2023-10-15", thresholds: { onTrack: 0.8 } }).status).toBe(
      "on-track",
    );
    expect(assess(composite, compositeObs, { asOf: "2023-10-15", thresholds: { onTrack: 0.81 } }).status).toBe(
      "needs-acceleration",
    );
  });
});

describe("assess: edge cases are values", () => {
  it("no observation (or only later ones): insufficient data", () => {
    for (const obs of [[], [{ date: "2024-01-31", value: 5000 }]]) {
      const a = assess(composite, obs, { asOf: "2023-10-15" });
      expect(a.status).toBe("insufficient-data");
      expect(a.current).toBeNull();
      expect(a.eta).toEqual({ date: null, reason: "insufficient-data", ...NO_RANGE });
      expect(a.explanation.id[1]).toBe("Belum ada data hingga 15 Oktober 2023.");
    }
  });

  it("one point only (an observation on the baseline date): measures, but no projection", () => {
    // Seed case (methodology: the BBI figures): 11.7 million on 2021-04-30 towards 30 million on
    // 2023-12-31: 571 875 a month.
    const seed = {
      id: "bbi",
      unit: "UMKM",
      baseline: { date: "2021-04-30", value: 11_700_000 },
      goal: { date: "2023-12-31", value: 30_000_000 },
    };
    const a = assess(seed, [{ date: "2021-04-30", value: 11_700_000 }], { asOf: "2021-05-01" });
    expect(a.status).toBe("insufficient-data");
    expect(a.projection).toBeNull();
    expect(a.projectionReason).toBe("too-few-points");
    expect(a.projectionMessage).toMatch(/not enough to fit linear/);
    expect(a.explanation.id).toContain("Perlu 571.875 UMKM per bulan hingga Desember 2023.");
  });

  it("goal met before asOf: achieved, with the date it was first reached", () => {
    const a = assess(
      composite,
      [
        { date: "2024-06-30", value: 10_000 },
        { date: "2024-09-30", value: 11_000 },
      ],
      { asOf: "2024-10-15" },
    );
    expect(a.status).toBe("achieved");
    // The range is the date it was reached, and there is nothing left to forecast.
    expect(a.eta).toEqual({ date: "2024-06-30", earliest: { date: "2024-06-30" }, latest: { date: "2024-06-30" } });
    expect(a.projection).toMatchObject({ probabilityOnTime: null, probabilityReason: "achieved" });
  });

  it("goal date passed short of the goal: off track; below the baseline: regressing", () => {
    const a = assess(composite, [{ date: "2025-01-31", value: 9000 }], { asOf: "2025-02-01" });
    expect(a.status).toBe("off-track");
    expect(a.required?.state).toBe("overdue");
    expect(a.measure.reason).toBe("goal-date-passed");
    expect(a.measure.message).toMatch(/goal date 2024-12-31 has passed/);
    const t = { ...composite, baseline: { date: "2022-12-31", value: 100 } };
    expect(assess(t, [{ date: "2025-01-31", value: 50, correction: true }], { asOf: "2025-02-01" }).status).toBe(
      "regressing",
    );
  });

  it("a flat series never reaches the goal", () => {
    const t = { ...composite, baseline: { date: "2022-12-31", value: 100 } };
    const a = assess(t, [{ date: "2023-09-30", value: 100 }], { asOf: "2023-10-15" });
    expect(a.measure.value).toBe(0);
    expect(a.status).toBe("off-track");
    expect(a.eta).toEqual({ date: null, reason: "never-at-this-pace", ...NO_RANGE });
    expect(a.accelerationNeeded?.reason).toBe("never-at-this-pace");
  });

  it("a decreasing series of an increase target: regressing, with the decrease reported", () => {
    const t = { ...composite, baseline: { date: "2022-12-31", value: 1000 } };
    const a = assess(t, [{ date: "2023-09-30", value: 700 }], { asOf: "2023-10-15" });
    expect(a.status).toBe("regressing");
    expect(a.warnings.map((w) => w.code)).toEqual(["decreasing_series"]);
    expect(a.eta).toEqual({ date: null, reason: "never-at-this-pace", ...NO_RANGE });
  });

  it("a decrease target: 1 000 → 400 over 24 months, 850 at month 6 is on its line", () => {
    // Slope -150/6 = -25 a month; at month 24: 1 000 - 600 = 400, Q = 1: on track; reached at month 24.
    const t = {
      id: "offline",
      direction: "decrease" as const,
      unit: "firms",
      baseline: { date: "2022-12-31", value: 1000 },
      goal: { date: "2024-12-31", value: 400 },
    };
    const a = assess(t, [{ date: "2023-06-30", value: 850 }], { asOf: "2023-07-01" });
    expect(a.status).toBe("on-track");
    expect(a.projection?.progressAtGoal).toBeCloseTo(1, 12);
    expect(a.eta).toEqual({ date: "2024-12-31", ...NO_RANGE });
    expect(a.warnings).toEqual([]);
    expect(a.explanation.en).toContain("Needs a fall of 25 firms per month until December 2024.");
    // Progress (1 000 - 850)/(1 000 - 400) = 0.25: a share of the goal would mean nothing here.
    expect(a.explanation.en[1]).toBe(
      "850 firms as of 30 June 2023, against a goal of at most 400 (25% of the way from 1,000).",
    );
    expect(a.explanation.id[1]).toBe(
      "Posisi 850 firms per 30 Juni 2023, target paling banyak 400 (25% dari jarak sejak 1.000).",
    );
  });

  it("zero baseline: the default status works, open-sdg says why it cannot", () => {
    expect(assess(composite, compositeObs, { asOf: "2023-10-15" }).status).toBe("needs-acceleration");
    const a = assess(composite, compositeObs, { asOf: "2023-10-15", preset: "open-sdg" });
    expect(a.status).toBe("insufficient-data");
    expect(a.measure.reason).toBe("non-positive-value");
    expect(a.measure.message).toMatch(/positive baseline/);
  });

  it("baseline equal to the goal: held is achieved, fallen below is off track", () => {
    const t = { id: "hold", baseline: { date: "2022-12-31", value: 500 }, goal: { date: "2024-12-31", value: 500 } };
    expect(assess(t, [{ date: "2023-09-30", value: 500 }], { asOf: "2023-10-15" }).status).toBe("achieved");
    const fallen = assess(t, [{ date: "2023-09-30", value: 480, correction: true }], { asOf: "2023-10-15" });
    expect(fallen.status).toBe("off-track");
    expect(JSON.stringify(fallen)).not.toMatch(/NaN|Infinity/);
  });

  it("OLS with three points gives an interval around the value at the goal", () => {
    const a = assess(
      composite,
      [
        { date: "2023-03-31", value: 900 },
        { date: "2023-06-30", value: 2100 },
        { date: "2023-09-30", value: 3000 },
      ],
      { asOf: "2023-10-15" },
    );
    expect(a.projection?.lower).not.toBeNull();
    expect(a.projection?.lower as number).toBeLessThan(a.projection?.valueAtGoal as number);
    expect(a.projection?.upper as number).toBeGreaterThan(a.projection?.valueAtGoal as number);
    expect(a.explanation.en.some((s) => s.includes("90% range"))).toBe(true);
  });

  it.each([
    [{}, "missing_field", "options.asOf"],
    [{ asOf: "2023-02-30" }, "invalid_date", "options.asOf"],
    [{ asOf: "2023-10-15", preset: "who" }, "invalid_enum", "options.preset"],
    [{ asOf: "2023-10-15", method: "quadratic" }, "invalid_enum", "options.method"],
    [{ asOf: "2023-10-15", thresholds: { onTrack: 0.1 } }, "out_of_range", "options.thresholds"],
    [{ asOf: "2023-10-15", confidence: 2 }, "out_of_range", "options.confidence"],
  ])("rejects options %o", (options, code, path) => {
    expect(() => assess(composite, compositeObs, options as never)).toThrow(expect.objectContaining({ code, path }));
  });
});

describe("assess: validation paths and messages", () => {
  const asOf = "2023-10-15";
  const err = (run: () => unknown) => {
    const e = thrown(run);
    return { code: e.code, path: e.path, message: e.message };
  };

  it("asOf is required: nothing reads the clock", () => {
    expect(err(() => assess(composite, compositeObs, {} as never))).toEqual({
      code: "missing_field",
      path: "options.asOf",
      message: "options.asOf: the date of the assessment is required (YYYY-MM-DD); nothing reads the clock",
    });
  });

  it.each([
    [{ locale: "fr" }, "invalid_enum", "options.locale", 'options.locale: expected one of "en", "id", got "fr"'],
    [
      { confidence: "0.9" },
      "invalid_number",
      "options.confidence",
      "options.confidence: expected a finite number, got string",
    ],
    [
      { confidence: Number.NaN },
      "invalid_number",
      "options.confidence",
      "options.confidence: expected a finite number, got NaN",
    ],
    [
      { confidence: Number.POSITIVE_INFINITY },
      "invalid_number",
      "options.confidence",
      "options.confidence: expected a finite number, got Infinity",
    ],
    // (0, 1) is open at both ends: a 0 % or 100 % prediction interval means nothing.
    [{ confidence: 0 }, "out_of_range", "options.confidence", "options.confidence: 0 must be above 0 and below 1"],
    [{ confidence: 1 }, "out_of_range", "options.confidence", "options.confidence: 1 must be above 0 and below 1"],
    [
      { confidence: -0.5 },
      "out_of_range",
      "options.confidence",
      "options.confidence: -0.5 must be above 0 and below 1",
    ],
    [{ foo: 1 }, "unknown_key", "options.foo", 'options.foo: unknown property "foo"'],
  ])("rejects %o", (extra, code, path, message) => {
    expect(err(() => assess(composite, compositeObs, { asOf, ...extra } as never))).toEqual({ code, path, message });
  });

  it("a confidence just inside (0, 1) is used for the interval", () => {
    const obs = [
      { date: "2023-03-31", value: 900 },
      { date: "2023-06-30", value: 2100 },
      { date: "2023-09-30", value: 3000 },
    ];
    for (const confidence of [0.001, 0.5, 0.999])
      expect(assess(composite, obs, { asOf, confidence }).projection?.confidence).toBe(confidence);
    expect(assess(composite, obs, { asOf }).projection?.confidence).toBe(0.9);
  });

  it("target errors have paths under target", () => {
    expect(codeAndPath(() => assess({ ...composite, goal: { date: "2022-01-01", value: 5 } }, [], { asOf }))).toEqual([
      "goal_not_after_baseline",
      "target.goal.date",
    ]);
  });

  it("a baseline below an earlier observation is reported at target.baseline", () => {
    // 50 reported on 2022-11-30, then the baseline of 0 on 2022-12-31: the cumulative count falls.
    const a = assess(composite, [{ date: "2022-11-30", value: 50 }, ...compositeObs], { asOf });
    expect(a.warnings.map((w) => [w.code, w.path])).toEqual([["decreasing_series", "target.baseline"]]);
  });
});

describe("assess: the projection's interval is the random walk with drift by default", () => {
  // A synthetic path on the BBI goal (the README's quick example uses one like it): 11.7 million on
  // 2021-04-30 (the baseline), then 12.6, 13.9, 15.4, 16.6, 17.9 million at the ends of June 2021,
  // September 2021, December 2021, March 2022 and June 2022: steps of 2, 3, 3, 3, 3 months.
  const umkm = {
    id: "umkm",
    unit: "UMKM",
    baseline: { date: "2021-04-30", value: 11_700_000 },
    goal: { date: "2023-12-31", value: 30_000_000 },
  };
  const path = [
    { date: "2021-06-30", value: 12_600_000 },
    { date: "2021-09-30", value: 13_900_000 },
    { date: "2021-12-31", value: 15_400_000 },
    { date: "2022-03-31", value: 16_600_000 },
    { date: "2022-06-30", value: 17_900_000 },
  ];
  const asOf = "2022-06-30";
  const a = assess(umkm, path, { asOf });

  // By hand: drift μ = (17.9 - 11.7) million / 14 months; σ² = Σ (Δv - μΔx)²/Δx / (m - 1) over the
  // m = 5 steps; at the goal date, h = 18 months after the origin, the interval is
  // origin + μh ± t_{0.95, 4}·σ·√(h + h²/14), with t_{0.95, 4} = 2.1318467863266495
  // (scipy.stats.t.ppf(0.95, 4)).
  const T_95_4 = 2.1318467863266495;
  const steps = [
    [2, 900_000],
    [3, 1_300_000],
    [3, 1_500_000],
    [3, 1_200_000],
    [3, 1_300_000],
  ] as const;
  const mu = 6_200_000 / 14;
  const sigma = Math.sqrt(steps.reduce((s, [dx, dv]) => s + (dv - mu * dx) ** 2 / dx, 0) / 4);
  const h = 18;
  const half = T_95_4 * sigma * Math.sqrt(h + (h * h) / 14);

  it("the interval at the goal date is origin + μh ± t·σ·√(h + h²/span)", () => {
    expect(sigma).toBeCloseTo(63_151.367666, 5);
    expect(a.projection).toMatchObject({ method: "linear", fittedOn: "increments", confidence: 0.9 });
    expect(a.projection?.interval).toEqual({ kind: "random-walk-with-drift" });
    expect(a.projection?.valueAtGoal).toBeCloseTo(17_900_000 + mu * h, 6); // 25 871 428.57
    expect(a.projection?.lower).toBeCloseTo(17_900_000 + mu * h - half, 4); // 25 007 881.58
    expect(a.projection?.upper).toBeCloseTo(17_900_000 + mu * h + half, 4); // 26 734 975.56
  });

  it("is project's linear trend on increments, and wider than the OLS interval on cumulative values", () => {
    const options = { until: umkm.goal.date, asOf, baseline: umkm.baseline } as const;
    const walk = project(path, { ...options, method: "linear", fitOn: "increments" }).valueAt(umkm.goal.date);
    expect({ value: a.projection?.valueAtGoal, lower: a.projection?.lower, upper: a.projection?.upper }).toEqual(walk);
    // OLS on the six cumulative points: 25 599 358 to 26 308 084, about 0.7 million wide against 1.7.
    const ols = assess(umkm, path, { asOf, fitOn: "cumulative" }).projection;
    expect(ols?.interval).toEqual({ kind: "ols-prediction" });
    const width = (p: typeof ols) => (p?.upper as number) - (p?.lower as number);
    expect(width(a.projection)).toBeGreaterThan(2 * width(ols));
  });

  it("the chance of the goal by the goal date is the t tail beyond it: less than 1 %", () => {
    // P(T₄ ≥ (30e6 - 25 871 428.57)/(σ·√(h + h²/14))) = 0.000261019 (scipy.stats.t.sf(15.1446, 4)).
    expect(a.projection?.probabilityOnTime).toBeCloseTo(0.000261019267, 9);
    expect(a.projection?.probabilityReason).toBeNull();
    expect(a.explanation.en).toContain("Less than a 1% chance of reaching 30,000,000 UMKM by December 2023.");
    expect(a.explanation.id).toContain("Peluang mencapai 30.000.000 UMKM pada Desember 2023 kurang dari 1%.");
  });

  it("the eta and its range: where the mean and the interval's ends reach the goal", () => {
    // Mean: 12.1 million more at μ a month takes 27.3226 months: 10.0 days into October 2024.
    // Upper end (scipy brentq on 17.9e6 + μh + t·σ·√(h + h²/14) = 30e6): h = 24.8021, day 24.87 of
    // July 2024; lower end: h = 30.2992, day 9.28 of January 2025.
    expect(a.eta).toEqual({ date: "2024-10-10", earliest: { date: "2024-07-25" }, latest: { date: "2025-01-10" } });
    expect(a.explanation.en.slice(-2)).toEqual([
      "At this trend the goal is reached on 10 October 2024.",
      "Expected between July 2024 and January 2025 (90% range).",
    ]);
    expect(a.explanation.id.at(-1)).toBe("Perkiraan tercapai antara Juli 2024 dan Januari 2025 (rentang 90%).");
  });
});

describe("assess: probabilityOnTime", () => {
  // Four points, 0, 900, 2 100, 3 000 at months 0, 3, 6, 9 (the composite): drift 333.33, σ = 100
  // on 2 df (assess.explain.test.ts shows the steps); at month 24 the mean is 8 000 and the scale
  // 100·√40, so P(≥ 10 000) = P(T₂ ≥ √10) = 1/2 - √10/(2√12) (Student's t with 2 df in closed form:
  // F(t) = 1/2 + t/(2√(2 + t²))).
  const four = [
    { date: "2023-03-31", value: 900 },
    { date: "2023-06-30", value: 2100 },
    { date: "2023-09-30", value: 3000 },
  ];
  const a = assess(composite, four, { asOf: "2023-10-15" });

  it("is the t tail beyond the goal at the goal date, as the projection gives it", () => {
    expect(a.projection?.probabilityOnTime).toBeCloseTo(1 / 2 - Math.sqrt(10) / (2 * Math.sqrt(12)), 12); // 0.0436
    const p = project(four, {
      method: "linear",
      fitOn: "increments",
      until: composite.goal.date,
      asOf: "2023-10-15",
      baseline: composite.baseline,
    });
    expect(a.projection?.probabilityOnTime).toBe(p.probabilityReaching(10_000, composite.goal.date).probability);
  });

  it("eta.earliest ≤ eta.date ≤ eta.latest", () => {
    // 3 000 + 333.33h ± 2.9199856·100·√(h + h²/9) = 10 000 (t_{0.95, 2} from scipy.stats.t.ppf; brentq):
    // h = 15.354 (day 10.96 of January 2025) and 31.400 (day 12.4 of May 2026); the mean at h = 21.
    expect(a.eta).toEqual({ date: "2025-06-30", earliest: { date: "2025-01-11" }, latest: { date: "2026-05-13" } });
  });

  it("a decrease target: the chance of being at or below the goal, the mirror of the increase", () => {
    // 1 000 → 400 with 900, 760, 700 at months 3, 6, 9: steps -100, -140, -60 around a drift of
    // -33.33 leave 0, -40, 40; σ² = 3 200/3/2 = 533.33. At month 24 the mean is 700 - 500 = 200, and
    // P(≤ 400) = P(T₂ ≤ 200/(σ√40)) with t² = 40 000/(533.33·40) = 1.875: 1/2 + √(1.875/3.875)/2 =
    // 0.847804. The increase target 0 → 600 with 100, 240, 300 is its mirror image (v ↦ 1 000 - v).
    const down = {
      id: "offline",
      direction: "decrease" as const,
      baseline: { date: "2022-12-31", value: 1000 },
      goal: { date: "2024-12-31", value: 400 },
    };
    const up = { id: "online", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2024-12-31", value: 600 } };
    const obs = (values: number[]) => values.map((value, i) => ({ date: four[i]?.date as string, value }));
    const d = assess(down, obs([900, 760, 700]), { asOf: "2023-10-15" });
    const u = assess(up, obs([100, 240, 300]), { asOf: "2023-10-15" });
    expect(d.projection?.probabilityOnTime).toBeCloseTo(1 / 2 + Math.sqrt(1.875 / 3.875) / 2, 12);
    expect(u.projection?.probabilityOnTime).toBeCloseTo(d.projection?.probabilityOnTime as number, 12);
    expect(d.eta).toEqual(u.eta);
    expect(d.eta.earliest.date! <= d.eta.date! && d.eta.date! <= d.eta.latest.date!).toBe(true);
    expect([d.status, u.status]).toEqual(["on-track", "on-track"]);
    expect(d.explanation.en).toContain("About an 85% chance of falling to 400 by December 2024.");
  });

  it("in the target's direction when an OLS line already lies past the goal at the origin", () => {
    // 5 000, 9 000, 9 900 at months 1, 2, 3 on cumulative values: the OLS line (slope 3 370,
    // 920 at month 0) is at 11 030 at month 3, past the goal of 10 000 that the observation (9 900)
    // has not reached. At month 24 it is at 81 800, so reaching 10 000 is nearly certain:
    // P(Y ≥ 10 000) = P(T₂ ≥ -71 800/(s·√102.5)) with s² = 4 423 000/2: 0.979366 (scipy.stats.t.sf).
    // The projection measures toward the goal from the observed value at the origin (upward, as
    // the target), so project's probability is the same.
    const steep = [
      { date: "2023-01-31", value: 5000 },
      { date: "2023-02-28", value: 9000 },
      { date: "2023-03-31", value: 9900 },
    ];
    const s = assess(composite, steep, { asOf: "2023-04-01", fitOn: "cumulative" });
    expect(s.status).toBe("on-track");
    expect(s.projection?.probabilityOnTime).toBeCloseTo(0.979366092684, 9);
    const p = project(steep, {
      method: "linear",
      fitOn: "cumulative",
      until: "2024-12-31",
      baseline: composite.baseline,
    });
    expect(p.probabilityReaching(10_000, "2024-12-31").probability).toBeCloseTo(0.979366092684, 9);
  });

  it.each([
    // Achieved: the status says so.
    ["achieved", [{ date: "2024-06-30", value: 10_000 }], "2024-07-01", "achieved"],
    // The goal date has come and gone short of the goal: nothing is left to forecast.
    [
      "goal date passed",
      [
        { date: "2024-06-30", value: 6000 },
        { date: "2025-01-31", value: 9000 },
      ],
      "2025-02-01",
      "goal-date-passed",
    ],
    // Two points: a line but no spread, so no interval.
    ["two points", compositeObs, "2023-10-15", "insufficient-data"],
  ] as const)("none when %s: %s", (_name, obs, asOf, reason) => {
    const p = assess(composite, obs, { asOf }).projection;
    expect(p).toMatchObject({ probabilityOnTime: null, probabilityReason: reason });
  });
});

describe("assess: the projection's warnings", () => {
  // A logistic curve fitted to a path that has not slowed (0, 900, 2 100, 3 000 every 3 months):
  // its capacity comes from the curve's shape, not from the data, and the projection says so.
  const straight = [
    { date: "2023-03-31", value: 900 },
    { date: "2023-06-30", value: 2100 },
    { date: "2023-09-30", value: 3000 },
  ];
  it("are the assessment's, after the data's, and the explanation says what they mean", () => {
    const withFall = [{ date: "2022-11-30", value: 50 }, ...straight]; // the baseline of 0 is a fall
    const a = assess(composite, withFall, { asOf: "2023-10-15", method: "logistic" });
    const p = project(withFall, {
      method: "logistic",
      until: composite.goal.date,
      asOf: "2023-10-15",
      baseline: composite.baseline,
    });
    expect(a.warnings.map((w) => [w.code, w.path])).toEqual([
      ["decreasing_series", "target.baseline"],
      ["poorly_determined", "parameters.capacity"],
    ]);
    expect(a.warnings[1]).toEqual(p.warnings.at(-1));
    expect(a.explanation.en).toContain(
      "The data cannot pin down the curve's capacity: treat the projection with caution.",
    );
    expect(a.explanation.id).toContain(
      "Data belum dapat memastikan kapasitas kurva: gunakan proyeksi ini dengan hati-hati.",
    );
  });

  it("Bass's market potential", () => {
    const a = assess(composite, straight, { asOf: "2023-10-15", method: "bass" });
    expect(a.warnings.map((w) => [w.code, w.path])).toEqual([["poorly_determined", "parameters.M"]]);
    expect(a.explanation.en).toContain(
      "The data cannot pin down the market potential: treat the projection with caution.",
    );
    expect(a.explanation.id).toContain(
      "Data belum dapat memastikan potensi pasar: gunakan proyeksi ini dengan hati-hati.",
    );
  });
});

describe("assess: projection options", () => {
  const asOf = "2023-10-15";
  const obs = [
    { date: "2023-03-31", value: 900 },
    { date: "2023-06-30", value: 2100 },
    { date: "2023-09-30", value: 3000 },
  ];
  const projected = (options: Record<string, unknown>) =>
    project(obs, {
      until: composite.goal.date,
      asOf,
      baseline: composite.baseline,
      ...options,
    } as ProjectionOptions).valueAt(composite.goal.date);
  const atGoal = (a: ReturnType<typeof assess>) => ({
    value: a.projection?.valueAtGoal,
    lower: a.projection?.lower,
    upper: a.projection?.upper,
  });

  it.each([
    { method: "linear", fitOn: "cumulative" },
    { method: "linear", fitOn: "increments" },
    { method: "run-rate", window: 6 },
    { method: "logistic", capacity: 12_000 },
    { method: "bass", bass: { p: 0.01, q: 0.3, M: 12_000 } },
    { method: "damped", damped: { alpha: 0.5, beta: 0.1, phi: 0.9 } },
  ] as const)("%o is passed to the projection", (options) => {
    expect(atGoal(assess(composite, obs, { asOf, ...options }))).toEqual(projected(options));
  });

  it("window moves the run-rate projection; the run rate stays the 3-month one", () => {
    // Window 3: (3 000 - 2 100)/3 = 300 a month; window 6: (3 000 - 900)/6 = 350 a month (by hand).
    const three = assess(composite, obs, { asOf, method: "run-rate" });
    const six = assess(composite, obs, { asOf, method: "run-rate", window: 6 });
    expect(three.projection?.valueAtGoal).toBeCloseTo(3000 + 15 * 300, 9);
    expect(six.projection?.valueAtGoal).toBeCloseTo(3000 + 15 * 350, 9);
    expect(six.runRate?.toString()).toBe("300");
  });

  it("assessProgramme passes them on", () => {
    const programme = { id: "p", targets: [composite], observations: { composite: obs } };
    for (const fitOn of ["cumulative", "increments"] as const) {
      const r = assessProgramme(programme, { asOf, fitOn }).assessments[0];
      expect(r?.projection).toEqual(assess(composite, obs, { asOf, fitOn }).projection);
    }
    expect(assessProgramme(programme, { asOf }).assessments[0]?.projection?.fittedOn).toBe("increments");
  });

  it.each([
    { fitOn: "levels" },
    { fitOn: null },
    { window: 0 },
    { window: "3" },
    { window: Number.NaN },
    { capacity: -1 },
    { capacity: Number.POSITIVE_INFINITY },
    { bass: 5 },
    { bass: { p: 0, q: 0.3, M: 100 } },
    { bass: { p: 0.01, q: -1, M: 100 } },
    { bass: { p: 0.01, q: 0.3 } },
    { bass: { p: 0.01, q: 0.3, M: 100, r: 1 } },
    { damped: { alpha: 1.5, beta: 0, phi: 0.5 } },
    { damped: { alpha: 0.5, beta: 0.6, phi: 0.5 } },
    { damped: { alpha: 0.5, beta: 0.1, phi: 1 } },
  ])("refuses %o with project's error", (bad) => {
    const e = thrown(() => assess(composite, obs, { asOf, ...bad } as never));
    const f = thrown(() => project(obs, { method: "linear", until: "2024-12-31", ...bad } as never));
    expect([e.code, e.path, e.message]).toEqual([f.code, f.path, f.message]);
    expect(e.path).toMatch(/^options\.(fitOn|window|capacity|bass|damped)/);
  });
});
