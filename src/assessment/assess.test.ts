import { describe, expect, it } from "vitest";
import { codeAndPath, thrown } from "../../test/support/errors.js";
import { accelerationNeeded } from "../progress/accelerationNeeded.js";
import { assess } from "./assess.js";

// The composite example (methodology: the composite example): goal 10 000 by month 24 from 0, 3 000
// at month 9 (month 0 = end of 2022).
const composite = {
  id: "composite",
  unit: "UMKM",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2024-12-31", value: 10_000 },
};
const compositeObs = [{ date: "2023-09-30", value: 3000 }];

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
    expect(a.eta).toEqual({ date: "2025-06-30" });
  });
  it("explains itself in English and Indonesian", () => {
    expect(a.explanation.id).toContain("Perlu 466,67 UMKM per bulan hingga Desember 2024.");
    expect(a.explanation.en).toContain("Needs 466.67 UMKM per month until December 2024.");
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
      expect(a.eta).toEqual({ date: null, reason: "insufficient-data" });
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
    expect(a.eta).toEqual({ date: "2024-06-30" });
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
    expect(a.eta).toEqual({ date: null, reason: "never-at-this-pace" });
    expect(a.accelerationNeeded?.reason).toBe("never-at-this-pace");
  });

  it("a decreasing series of an increase target: regressing, with the decrease reported", () => {
    const t = { ...composite, baseline: { date: "2022-12-31", value: 1000 } };
    const a = assess(t, [{ date: "2023-09-30", value: 700 }], { asOf: "2023-10-15" });
    expect(a.status).toBe("regressing");
    expect(a.warnings.map((w) => w.code)).toEqual(["decreasing_series"]);
    expect(a.eta).toEqual({ date: null, reason: "never-at-this-pace" });
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
    expect(a.eta).toEqual({ date: "2024-12-31" });
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
    [{ confidence: 0 }, "out_of_range", "options.confidence", "options.confidence: 0 must lie between 0 and 1"],
    [{ confidence: 1 }, "out_of_range", "options.confidence", "options.confidence: 1 must lie between 0 and 1"],
    [{ confidence: -0.5 }, "out_of_range", "options.confidence", "options.confidence: -0.5 must lie between 0 and 1"],
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
