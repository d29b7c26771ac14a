import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { thrown } from "../../test/support/errors.js";
import { fcOptions } from "../../test/support/fc.js";
import { addDaysToDate, dayNumber, formatYMD } from "../periods/calendarDate.js";
import { dateOf, increasingObservations } from "../../test/support/observations.js";
import type { CalendarDate } from "../periods/calendarDate.js";
import { project } from "./project.js";

/** Month ends from January 2022 with these cumulative values. */
function monthEnds(values: readonly number[]) {
  return values.map((value, i) => {
    const year = 2022 + Math.floor(i / 12);
    const month = (i % 12) + 1;
    const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { date: formatYMD(year, month, day), value };
  });
}

/** 24 month ends: a pace rising from about 300 toward 1 200 a month, with a fixed ±15 % wobble. */
const rising = monthEnds(
  Array.from({ length: 24 }, (_, i) => i).reduce<number[]>((out, i) => {
    const pace = 300 + 900 * (1 - Math.exp(-i / 6));
    out.push((out.at(-1) ?? 0) + Math.round(pace * (1 + 0.15 * Math.sin(i * 1.9))));
    return out;
  }, []),
);
const last = rising.at(-1) as { date: CalendarDate; value: number };

describe("project with method damped", () => {
  const p = project(rising, { method: "damped", until: "2026-12-31" });

  it("starts at the last value, fits the increments, and reports a state-space interval", () => {
    expect(p.method).toBe("damped");
    expect(p.fittedOn).toBe("increments");
    expect(p.fittedPoints).toBe(24);
    expect(p.interval).toEqual({ kind: "state-space" });
    expect(p.valueAt(last.date)).toEqual({ value: last.value, lower: last.value, upper: last.value });
    expect(Object.keys(p.parameters).sort()).toEqual(
      [
        "alpha",
        "beta",
        "degreesOfFreedom",
        "initialLevel",
        "initialTrend",
        "level",
        "longRunRate",
        "phi",
        "residualStandardError",
        "step",
        "trend",
      ].sort(),
    );
    expect(p.parameters.step).toBe(1);
    expect(p.parameters.degreesOfFreedom).toBe(23 - 5);
  });

  it("has finite points with lower ≤ value ≤ upper, widening month by month", () => {
    expect(p.points.length).toBe(36); // 2024-01-31 … 2026-12-31
    let width = 0;
    for (const q of p.points) {
      expect(q.lower).not.toBeNull();
      expect(q.lower as number).toBeLessThanOrEqual(q.value);
      expect(q.upper as number).toBeGreaterThanOrEqual(q.value);
      expect((q.upper as number) - (q.lower as number)).toBeGreaterThan(width);
      width = (q.upper as number) - (q.lower as number);
    }
    expect(JSON.stringify(p)).not.toMatch(/NaN|Infinity|null/);
  });

  it("reads dates and probabilities from the same curve and distribution", () => {
    const goal = p.valueAt("2025-06-30").value;
    expect(p.dateReaching(goal)).toEqual({ date: "2025-06-30" });
    // The interval averages the forecast over α, β, φ, so its median is near the projection (the
    // estimates' forecast), not on it: 0.456 here.
    const chance = p.probabilityReaching(goal, "2025-06-30").probability as number;
    expect(chance).toBeGreaterThan(0.4);
    expect(chance).toBeLessThan(0.6);
    const range = p.dateReachingRange(goal);
    expect((range.earliest.date as string) < "2025-06-30").toBe(true);
    expect((range.latest.date as string) > "2025-06-30").toBe(true);
    // The P50 date is the first with a chance of at least ½.
    const p50 = p.dateReachingQuantiles(goal, [0.5])[0]?.date as CalendarDate;
    expect(p.probabilityReaching(goal, p50).probability).toBeGreaterThanOrEqual(0.5);
    expect(p.probabilityReaching(goal, addDaysToDate(p50, -1)).probability).toBeLessThan(0.5);
  });

  it("uses α, β, φ given in options.damped, fitting only the initial level and trend", () => {
    const given = project(rising, {
      method: "damped",
      until: "2024-12-31",
      damped: { alpha: 0.3, beta: 0.1, phi: 0.9 },
    });
    expect(given.parameters).toMatchObject({ alpha: 0.3, beta: 0.1, phi: 0.9, degreesOfFreedom: 23 - 2 });
    // A pure level (β = 0 and α tiny) on a steady 500 a month projects 500 a month.
    const steady = monthEnds(Array.from({ length: 6 }, (_, i) => 1000 + 500 * i));
    const flat = project(steady, { method: "damped", until: "2022-12-31", damped: { alpha: 0.5, beta: 0, phi: 0.5 } });
    expect(flat.valueAt("2022-12-31").value).toBeCloseTo(1000 + 500 * 11, 9);
  });

  it("needs 11 points to estimate, 4 with options.damped (too_few_points otherwise)", () => {
    expect(thrown(() => project(rising.slice(0, 10), { method: "damped", until: "2024-12-31" })).issues[0]).toEqual({
      code: "too_few_points",
      path: "observations",
      message: "10 point(s) on distinct dates are not enough to fit damped (it needs 11, or 4 with options.damped)",
    });
    expect(project(rising.slice(0, 11), { method: "damped", until: "2024-12-31" }).fittedPoints).toBe(11);
    const damped = { alpha: 0.3, beta: 0.1, phi: 0.9 };
    expect(thrown(() => project(rising.slice(0, 3), { method: "damped", until: "2024-12-31", damped })).code).toBe(
      "too_few_points",
    );
    expect(project(rising.slice(0, 4), { method: "damped", until: "2024-12-31", damped }).fittedPoints).toBe(4);
  });
});

describe("project: options.damped errors (code, path, message)", () => {
  const options = (damped: unknown) => ({ method: "damped", until: "2024-12-31", damped });
  it.each([
    ["not an object", [0.3, 0.1, 0.9], "invalid_type", "options.damped", "expected an object, got an array"],
    ["alpha = 0", { alpha: 0, beta: 0, phi: 0.9 }, "out_of_range", "options.damped.alpha", "0 must be above 0"],
    [
      "alpha above 1",
      { alpha: 1.5, beta: 0.1, phi: 0.9 },
      "out_of_range",
      "options.damped.alpha",
      "1.5 must be above 0 and at most 1",
    ],
    [
      "alpha a string",
      { alpha: "0.3", beta: 0.1, phi: 0.9 },
      "invalid_number",
      "options.damped.alpha",
      "expected a finite number, got string",
    ],
    [
      "beta negative",
      { alpha: 0.3, beta: -0.1, phi: 0.9 },
      "out_of_range",
      "options.damped.beta",
      "-0.1 must be above 0",
    ],
    [
      "beta above alpha",
      { alpha: 0.3, beta: 0.5, phi: 0.9 },
      "out_of_range",
      "options.damped.beta",
      "0.5 must be at least 0 and at most alpha (0.3)",
    ],
    [
      "beta NaN",
      { alpha: 0.3, beta: NaN, phi: 0.9 },
      "invalid_number",
      "options.damped.beta",
      "expected a finite number, got NaN",
    ],
    [
      "phi = 1 (no damping)",
      { alpha: 0.3, beta: 0.1, phi: 1 },
      "out_of_range",
      "options.damped.phi",
      "1 must be above 0 and below 1",
    ],
    [
      "phi missing",
      { alpha: 0.3, beta: 0.1 },
      "invalid_number",
      "options.damped.phi",
      "expected a finite number, got undefined",
    ],
    [
      "an unknown key",
      { alpha: 0.3, beta: 0.1, phi: 0.9, gamma: 0.1 },
      "unknown_key",
      "options.damped.gamma",
      'unknown property "gamma"',
    ],
  ])("%s", (_what, damped, code, path, message) => {
    const e = thrown(() => project(rising, options(damped) as never));
    expect(e.issues[0]).toMatchObject({ code, path });
    expect(e.issues[0]?.message).toContain(message);
  });
});

describe("project damped laws", () => {
  /** 11-16 increasing cumulative observations, 20-40 days apart, increments 1-10 000. */
  const increasing = increasingObservations({ points: [11, 16], gap: [20, 40], increment: [1, 10_000] });

  it("dateReaching(valueAt(d).value) is d while the projected total rises, and nothing is NaN", () => {
    fc.assert(
      fc.property(increasing, fc.integer({ min: 1, max: 1500 }), (obs, ahead) => {
        const p = project(obs, { method: "damped", until: "2026-12-31" });
        expect(JSON.stringify(p)).not.toMatch(/NaN|Infinity/);
        const [y, m, d] = (obs.at(-1) as { date: string }).date.split("-").map(Number) as [number, number, number];
        const origin = dayNumber(y, m, d);
        const target = dateOf(origin + ahead);
        // Only while the total rises strictly every day up to the target (a falling pace can turn it down).
        let previous = p.valueAt(dateOf(origin)).value;
        for (let day = origin + 1; day <= origin + ahead; day++) {
          const v = p.valueAt(dateOf(day)).value;
          fc.pre(v > previous + 1e-9 * Math.abs(v));
          previous = v;
        }
        expect(p.dateReaching(p.valueAt(target).value).date).toBe(target);
      }),
      fcOptions({ numRuns: 50 }),
    );
  });
});
