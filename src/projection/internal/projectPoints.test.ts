import { describe, expect, it } from "vitest";
import { OnboardingTargetsError } from "../../errors/OnboardingTargetsError.js";
import { addDaysToDate } from "../../periods/calendarDate.js";
import { monthPositionNumber } from "../../periods/monthAxis.js";
import type { PathPoint } from "../../path/core.js";
import { type ProjectionSettings, projectPoints } from "./projectPoints.js";

const pt = (date: string, value: number, origin: PathPoint["origin"] = "observation"): PathPoint => ({
  date,
  value,
  position: monthPositionNumber(date, "date"),
  origin,
});
const settings = (over: Partial<ProjectionSettings> = {}): ProjectionSettings => ({
  method: "run-rate",
  until: "2023-06-30",
  asOf: undefined,
  period: "month",
  confidence: 0.9,
  fitOn: "cumulative",
  window: 3,
  capacity: undefined,
  bass: undefined,
  ...over,
});
// 0 at 2022-12-31, 9 000 at 2023-03-31: exactly 3 months on the month axis (methodology: the month axis), so the
// 3-month run rate is 3 000/month and the projection is 9 000 + 3 000·months after 2023-03-31.
const steady = () => [pt("2022-12-31", 0, "baseline"), pt("2023-03-31", 9000)];
const expectError = (run: () => unknown, code: string, path: string, message: string) => {
  expect(run).toThrow(OnboardingTargetsError);
  expect(run).toThrow(expect.objectContaining({ code, path, issues: [{ code, path, message }] }));
};

describe("projectPoints: the points", () => {
  // Values: 9 000 + 3 000·m, m = months after 2023-03-31 (day d of a 30-day April is d/30 of a month).
  it.each([
    [
      "day",
      "2023-04-03",
      [
        ["2023-04-01", 9100],
        ["2023-04-02", 9200],
        ["2023-04-03", 9300],
      ],
    ],
    // ISO weeks end on Sunday: 2023-04-02, -09, -16 were Sundays; until itself closes the list.
    [
      "week",
      "2023-04-20",
      [
        ["2023-04-02", 9200],
        ["2023-04-09", 9900],
        ["2023-04-16", 10_600],
        ["2023-04-20", 11_000],
      ],
    ],
    [
      "month",
      "2023-06-15",
      [
        ["2023-04-30", 12_000],
        ["2023-05-31", 15_000],
        ["2023-06-15", 16_500],
      ],
    ],
    [
      "quarter",
      "2024-03-31",
      [
        ["2023-06-30", 18_000],
        ["2023-09-30", 27_000],
        ["2023-12-31", 36_000],
        ["2024-03-31", 45_000],
      ],
    ],
    [
      "year",
      "2025-06-30",
      [
        ["2023-12-31", 36_000],
        ["2024-12-31", 72_000],
        ["2025-06-30", 90_000],
      ],
    ],
  ] as const)("period %s until %s", (period, until, expected) => {
    const p = projectPoints(steady(), [], settings({ period, until }));
    expect(p.points.map((q) => q.date)).toEqual(expected.map((e) => e[0]));
    p.points.forEach((q, i) => {
      expect(q.value).toBeCloseTo(expected[i]?.[1] ?? NaN, 6);
      expect(q.lower).toBeNull();
      expect(q.upper).toBeNull();
    });
  });

  it.each(["2023-03-31", "2023-03-01"])("no point when until (%s) is not after the origin", (until) => {
    expect(projectPoints(steady(), [], settings({ until })).points).toEqual([]);
  });

  it("carries the prediction interval ends of the fit (OLS, hand-derived in fitLinear.test.ts)", () => {
    // y = 0, 2, 3, 7 at months -3..0 (month ends): slope 2.2, intercept 6.3, s = sqrt(0.9), df 2.
    // At 2023-06-30 (h = 3): 12.9 ± t_{0.95,2}·sqrt(0.9)·sqrt(1 + 1/4 + 4.5²/5), t = 2.9199855804.
    const all = [pt("2022-12-31", 0), pt("2023-01-31", 2), pt("2023-02-28", 3), pt("2023-03-31", 7)];
    const p = projectPoints(all, [], settings({ method: "linear", until: "2023-06-30" }));
    const last = p.points.at(-1);
    const half = 2.9199855804 * Math.sqrt(0.9) * Math.sqrt(5.3);
    expect(last?.date).toBe("2023-06-30");
    expect(last?.value).toBeCloseTo(12.9, 9);
    expect(last?.lower).toBeCloseTo(12.9 - half, 8);
    expect(last?.upper).toBeCloseTo(12.9 + half, 8);
    expect(p.valueAt("2023-06-30")).toEqual(last && { value: last.value, lower: last.lower, upper: last.upper });
  });

  it("gives no interval when the fit has no degrees of freedom (two points on increments)", () => {
    const p = projectPoints(steady(), [], settings({ method: "linear", fitOn: "increments" }));
    expect(p.valueAt("2023-04-30")).toEqual({ value: 12_000, lower: null, upper: null });
  });
});

describe("projectPoints: the result", () => {
  it("reports method, fit, origin, fitted points and parameters; the warnings are passed through", () => {
    const warning = { code: "decreasing_series" as const, path: "observations.1.value", message: "falls" };
    const p = projectPoints(steady(), [warning], settings({ confidence: 0.8 }));
    expect(JSON.parse(JSON.stringify(p))).toEqual({
      method: "run-rate",
      fittedOn: "increments",
      confidence: 0.8,
      origin: { date: "2023-03-31", value: 9000 },
      fittedPoints: 2,
      parameters: { rate: 3000, window: 3, residualStandardError: 0, degreesOfFreedom: 0 },
      points: [
        { date: "2023-04-30", value: 12_000, lower: null, upper: null },
        { date: "2023-05-31", value: 15_000, lower: null, upper: null },
        { date: "2023-06-30", value: 18_000, lower: null, upper: null },
      ],
      interval: { kind: null, reason: "insufficient-data" },
      warnings: [warning],
    });
  });

  it("valueAt and dateReaching are methods that do not show as keys", () => {
    const p = projectPoints(steady(), [], settings());
    expect(Object.keys(p)).toEqual([
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
    for (const name of ["valueAt", "dateReaching", "probabilityReaching", "dateReachingRange", "dateReachingQuantiles"])
      expect(typeof (p as unknown as Record<string, unknown>)[name]).toBe("function");
  });

  it("asOf: points after it are left out; a point on it counts", () => {
    const all = [...steady(), pt("2023-04-30", 20_000), pt("2023-05-31", 50_000)];
    const before = projectPoints(all, [], settings({ asOf: "2023-04-29" }));
    expect(before.origin).toEqual({ date: "2023-03-31", value: 9000 });
    expect(before.fittedPoints).toBe(2);
    const on = projectPoints(all, [], settings({ asOf: "2023-04-30" }));
    expect(on.origin).toEqual({ date: "2023-04-30", value: 20_000 });
    expect(on.fittedPoints).toBe(3);
    // window 3 ending 2023-04-30 starts at 2023-01-31: 3 000 on the line from 0 to 9 000 -> (20 000 - 3 000)/3.
    expect(on.parameters.rate).toBeCloseTo(17_000 / 3, 9);
  });
});

describe("projectPoints: valueAt", () => {
  it.each([
    ["2023-04-15", 10_500], // half of April
    ["2023-03-31", 9000], // the origin
    ["2023-02-28", 6000], // the line extends backwards too: one month before
    ["2024-03-31", 45_000],
  ])("valueAt(%s) = %f", (date, value) => {
    const v = projectPoints(steady(), [], settings()).valueAt(date);
    expect(v.value).toBeCloseTo(value, 6);
    expect(v.lower).toBeNull();
    expect(v.upper).toBeNull();
  });

  it("rejects a date that does not exist, at the path 'date'", () => {
    const p = projectPoints(steady(), [], settings());
    expect(() => p.valueAt("2023-02-30")).toThrow(expect.objectContaining({ code: "invalid_date", path: "date" }));
  });
});

describe("projectPoints: dateReaching", () => {
  it.each([
    [15_000, "2023-05-31"], // 2 months
    [10_500, "2023-04-15"], // half of April, exactly at the day's end
    [10_501, "2023-04-16"], // a hair later: the next day
    [9000, "2023-03-31"], // the origin's value: the origin
    [9100, "2023-04-01"],
  ])("dateReaching(%f) = %s", (value, date) => {
    expect(projectPoints(steady(), [], settings()).dateReaching(value)).toEqual({ date });
  });

  it.each([
    ["below the origin on a rising line", steady(), 5000, "never-at-this-pace"],
    ["above a flat line", [pt("2022-12-31", 10), pt("2023-03-31", 10)], 11, "never-at-this-pace"],
  ] as const)("%s: %s", (_label, all, value, reason) => {
    expect(projectPoints([...all], [], settings()).dateReaching(value)).toEqual({ date: null, reason });
  });

  it("Bass with given parameters: at or above the capacity K = N0 + M is beyond capacity", () => {
    const p = projectPoints(
      [pt("2023-03-31", 1000)],
      [],
      settings({ method: "bass", bass: { p: 0.03, q: 0.38, M: 5000 } }),
    );
    expect(p.dateReaching(6000)).toEqual({ date: null, reason: "beyond-capacity" });
    expect(p.dateReaching(900)).toEqual({ date: null, reason: "never-at-this-pace" });
  });

  it("the calendar's end: reached on 9999-12-31, or after it", () => {
    // From 2023-03-31 (position 24 279) to the end of 9999-12-31 (position 120 000): 95 721 months.
    const p = projectPoints(steady(), [], settings());
    expect(p.dateReaching(9000 + 3000 * 95_721)).toEqual({ date: "9999-12-31" });
    expect(p.dateReaching(9000 + 3000 * 95_721 + 1)).toEqual({ date: null, reason: "after-calendar-end" });
    expect(p.dateReaching(1e12)).toEqual({ date: null, reason: "after-calendar-end" });
  });

  it("a falling level reaches lower values (direction decrease)", () => {
    // 9 000 -> 0 over 3 months: -3 000/month from 0 at 2023-03-31.
    const p = projectPoints(
      [pt("2022-12-31", 9000, "baseline"), pt("2023-03-31", 0)],
      [],
      settings({ method: "linear", fitOn: "increments" }),
    );
    expect(p.dateReaching(-6000)).toEqual({ date: "2023-05-31" });
    expect(p.dateReaching(-1500)).toEqual({ date: "2023-04-15" });
    expect(p.dateReaching(100)).toEqual({ date: null, reason: "never-at-this-pace" });
  });

  // A steep line: 377 580 000 a month (377 580 = lcm(28, 29, 30, 31), so every day end has an integer
  // value), from 0 at 2022-12-31 to 377 580 000 at 2023-01-31. In February, day d ends at
  // 377 580 000·(1 + d/28). Float month positions are off by ~4e-12 months, i.e. ~0.0015 here, more
  // than 1e-12 of the value: the crossing at the day's end must still be that day, not the next.
  it.each([1, 2, 3, 10, 27, 28])("a steep line reaches its value at the end of 2023-02-%i exactly, that day", (d) => {
    const slope = 377_580_000;
    const up = projectPoints(
      [pt("2022-12-31", 0), pt("2023-01-31", slope)],
      [],
      settings({ method: "linear", fitOn: "increments" }),
    );
    const date = `2023-02-${String(d).padStart(2, "0")}`;
    expect(up.dateReaching(slope + (slope / 28) * d)).toEqual({ date });
    expect(up.dateReaching(slope + (slope / 28) * d + 1)).toEqual({ date: addDaysToDate(date, 1) });
    const down = projectPoints(
      [pt("2022-12-31", 2 * slope), pt("2023-01-31", slope)],
      [],
      settings({ method: "linear", fitOn: "increments" }),
    );
    expect(down.dateReaching(slope - (slope / 28) * d)).toEqual({ date });
    expect(down.dateReaching(slope - (slope / 28) * d - 1)).toEqual({ date: addDaysToDate(date, 1) });
  });

  it.each([
    [Number.NaN, "expected a finite number, got NaN"],
    [Number.POSITIVE_INFINITY, "expected a finite number, got Infinity"],
    [Number.NEGATIVE_INFINITY, "expected a finite number, got -Infinity"],
    ["5", "expected a finite number, got string"],
    [null, "expected a finite number, got null"],
  ])("rejects %s as a value", (value, message) => {
    const p = projectPoints(steady(), [], settings());
    expectError(() => p.dateReaching(value as number), "invalid_number", "value", message);
  });
});

describe("projectPoints: errors", () => {
  it("no observation: too_few_points, saying whether asOf left them out", () => {
    expectError(
      () => projectPoints([], [], settings()),
      "too_few_points",
      "observations",
      "there is no observation to project from",
    );
    expectError(
      () => projectPoints(steady(), [], settings({ asOf: "2022-12-30" })),
      "too_few_points",
      "observations",
      "there is no observation on or before 2022-12-30",
    );
  });

  it.each([
    [{ method: "linear" }, "1 point(s) on distinct dates are not enough to fit linear"],
    [
      { method: "linear", fitOn: "increments" },
      "1 point(s) on distinct dates are not enough to fit linear on increments",
    ],
    [
      { method: "linear", fitOn: "increments", asOf: "2023-01-15" },
      "1 point(s) on distinct dates on or before 2023-01-15 are not enough to fit linear on increments",
    ],
    [{ method: "run-rate", fitOn: "increments" }, "1 point(s) on distinct dates are not enough to fit run-rate"],
    [{ method: "cagr" }, "1 point(s) on distinct dates are not enough to fit cagr"],
    [{ method: "logistic" }, "1 point(s) on distinct dates are not enough to fit logistic"],
    [{ method: "bass" }, "1 point(s) on distinct dates are not enough to fit bass"],
  ] as const)("too few points for %o: %s", (over, message) => {
    const all = [pt("2022-12-31", 5), pt("2023-03-31", 9)];
    const use = "asOf" in over ? all : all.slice(0, 1);
    expectError(() => projectPoints(use, [], settings(over)), "too_few_points", "observations", message);
  });

  it("cagr: a value ≤ 0 is refused, at the baseline or the observations", () => {
    expectError(
      () => projectPoints(steady(), [], settings({ method: "cagr" })),
      "out_of_range",
      "options.baseline.value",
      "cagr needs every value > 0: compound growth from or to 0 (on 2022-12-31) is undefined",
    );
    expectError(
      () =>
        projectPoints(
          [pt("2022-12-31", 5), pt("2023-01-31", 0), pt("2023-03-31", 9)],
          [],
          settings({ method: "cagr" }),
        ),
      "out_of_range",
      "observations",
      "cagr needs every value > 0: compound growth from or to 0 (on 2023-01-31) is undefined",
    );
  });

  it("cagr: a value ≤ 0 after asOf is not fitted, so not refused", () => {
    // 100 -> 121 over 2 months: g = 0.1/month; 133.1 a month later.
    const all = [pt("2023-01-31", 100), pt("2023-03-31", 121), pt("2023-04-30", 0)];
    expect(
      projectPoints(all, [], settings({ method: "cagr", asOf: "2023-04-29" })).valueAt("2023-04-30").value,
    ).toBeCloseTo(133.1, 9);
  });

  it.each([
    [50, "the capacity 50 must exceed every observed value (max 100)"], // between the smallest and the largest
    [100, "the capacity 100 must exceed every observed value (max 100)"], // equal to the largest
  ])("logistic: capacity %f is refused", (capacity, message) => {
    const all = [pt("2023-01-31", 10), pt("2023-02-28", 60), pt("2023-03-31", 100)];
    expectError(
      () => projectPoints(all, [], settings({ method: "logistic", capacity })),
      "out_of_range",
      "options.capacity",
      message,
    );
  });

  it("logistic: a capacity above every value is used as given", () => {
    const all = [pt("2023-01-31", 10), pt("2023-02-28", 60), pt("2023-03-31", 100)];
    expect(projectPoints(all, [], settings({ method: "logistic", capacity: 101 })).parameters.capacity).toBe(101);
  });

  it("an overflowing projected value is refused with the months it is at", () => {
    // cagr 1 -> 1e6 in a month: value 1e6·1e6^h overflows past h = 308.25/6 - 1 = 50.4, so the
    // first month-end point that overflows is 51 months after the origin.
    const all = [pt("2022-12-31", 1), pt("2023-01-31", 1e6)];
    const p = () => projectPoints(all, [], settings({ method: "cagr", until: "2030-01-31" }));
    expectError(p, "out_of_range", "options.until", "the projected value overflows 51.0 months after 2023-01-31");
    const ok = projectPoints(all, [], settings({ method: "cagr", until: "2023-03-31" }));
    // 177 years after the origin: 2 124 months.
    expectError(
      () => ok.valueAt("2200-01-31"),
      "out_of_range",
      "date",
      "the projected value overflows 2124.0 months after 2023-01-31",
    );
  });

  it("at most 10 000 points: the 10 000th day after the origin is fine, the 10 001st is refused", () => {
    const last = addDaysToDate("2023-03-31", 10_000);
    expect(projectPoints(steady(), [], settings({ period: "day", until: last })).points).toHaveLength(10_000);
    const over = addDaysToDate(last, 1);
    expectError(
      () => projectPoints(steady(), [], settings({ period: "day", until: over })),
      "out_of_range",
      "options.until",
      `more than 10000 day points from 2023-03-31 to ${over}: choose a longer period`,
    );
  });
});

describe("projectPoints: the pool of auto", () => {
  // 18 month ends along a logistic curve (K 100 000, r 0.35, midpoint month 12) with a fixed wiggle:
  // linear on increments and the logistic curve both fit it; the logistic's bootstrap depends on
  // its replicates.
  const sCurve = Array.from({ length: 18 }, (_, i) => {
    const date = new Date(Date.UTC(2023, i + 1, 0)).toISOString().slice(0, 10);
    return pt(date, Math.round(100_000 / (1 + Math.exp(-0.35 * (i - 12)))) + ((i * 37) % 11) * 40);
  });
  const base = { until: "2025-06-30", fitOn: "increments" as const };
  // A count near the logistic's own projection there, where its chance is neither 0 nor 1.
  const value = Math.round(
    projectPoints(sCurve, [], settings({ ...base, method: "logistic" })).valueAt("2025-06-30").value,
  );
  const chance = (over: Partial<ProjectionSettings>) =>
    projectPoints(sCurve, [], settings({ ...base, ...over })).probabilityReaching(value, "2025-06-30").probability!;
  const drift = chance({ method: "linear" });
  const logistic40 = chance({ method: "logistic", replicates: 40 });
  const logistic300 = chance({ method: "logistic" });

  it.each([
    // A member under 5 % is drawn with the backtest's 40 replicates, one of 5 % or more with 300:
    // the pool's chance is Σ w_k P_k (the linear pool), of the logistic's own chance at that count.
    [0.04, () => logistic40],
    [0.05, () => logistic300],
  ])("a logistic member of weight %s", (weight, own) => {
    const pooled = chance({
      method: "linear",
      pool: [
        { method: "linear", fitOn: "increments", weight: 1 - weight },
        { method: "logistic", weight },
      ],
    });
    expect(pooled).toBeCloseTo((1 - weight) * drift + weight * own(), 12);
  });

  it("the two replicate counts give the logistic different chances (the test above can tell them apart)", () => {
    expect(Math.abs(logistic40 - logistic300)).toBeGreaterThan(0.01);
    expect(Math.abs(logistic40 - drift)).toBeGreaterThan(0.01);
  });
});
