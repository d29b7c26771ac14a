import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../periods/calendarDate.js";
import { project } from "./project.js";

// Intervals, probabilities and warnings of the least-squares curves through `project`. The series:
// 24 month ends from 2023-01-31 to 2024-12-31, every monthly increment of a known curve scaled by
// 1 + 0.3·sin(2.3k + 1) (k = month index): fixed, irregular noise.
const DATES = Array.from({ length: 24 }, (_, k) => {
  const end = new Date(Date.UTC(2023, k + 1, 0)); // day 0 of the next month: the month's last day
  return end.toISOString().slice(0, 10) as CalendarDate;
});
function observations(curve: (t: number) => number): { date: CalendarDate; value: number }[] {
  let total = curve(0);
  return DATES.map((date, k) => {
    if (k > 0) total += (curve(k) - curve(k - 1)) * (1 + 0.3 * Math.sin(2.3 * k + 1));
    return { date, value: Math.round(total) };
  });
}
// Saturating: K = 20 000, r = 0.3/month, midpoint at month 14; ends at 95 % of K (18 987).
const saturating = () => observations((t) => 20_000 / (1 + Math.exp(-0.3 * (t - 14))));
// Steady growth: 400 a month from 1 000, no saturation in sight.
const steady = () => observations((t) => 1000 + 400 * t);
const UNTIL = "2027-12-31"; // 36 months after the origin

describe.each(["logistic", "bass"] as const)("project %s: the residual bootstrap", (method) => {
  it("reports its kind and its 300 replicates", () => {
    expect(project(saturating(), { method, until: UNTIL }).interval).toEqual({
      kind: "residual-bootstrap",
      replicates: 300,
    });
  });

  it("gives the same projection twice, intervals included", () => {
    const a = project(saturating(), { method, until: UNTIL });
    const b = project(saturating(), { method, until: UNTIL });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.dateReachingQuantiles(19_500, [0.5, 0.85, 0.95])).toEqual(
      b.dateReachingQuantiles(19_500, [0.5, 0.85, 0.95]),
    );
  });

  it("finite lower ≤ value ≤ upper at every point, widening with the horizon", () => {
    const p = project(saturating(), { method, until: UNTIL });
    expect(p.points).toHaveLength(36);
    let width = 0;
    for (const q of p.points) {
      expect(Number.isFinite(q.lower) && Number.isFinite(q.upper)).toBe(true);
      const lower = q.lower as number;
      const upper = q.upper as number;
      expect(lower).toBeLessThanOrEqual(q.value);
      expect(upper).toBeGreaterThanOrEqual(q.value);
      // Flat once the curve has levelled off, up to the replicates' Monte Carlo jitter (see fitLogistic.test.ts).
      expect(upper - lower).toBeGreaterThanOrEqual(width * (1 - 1e-4));
      width = upper - lower;
    }
    expect(p.warnings).toEqual([]);
  });

  it("the probability of reaching a value grows with the date, and the quantile dates agree with it", () => {
    const p = project(saturating(), { method, until: UNTIL });
    const v = 19_500;
    let last = 0;
    for (const q of p.points) {
      const r = p.probabilityReaching(v, q.date);
      expect(r.probability).not.toBeNull();
      expect(r.probability as number).toBeGreaterThanOrEqual(last);
      last = r.probability as number;
    }
    const dates = p.dateReachingQuantiles(v, [0.5, 0.85, 0.95]);
    const known = dates.filter((d) => d.date !== null).map((d) => d.date as string);
    expect(known).toEqual([...known].sort());
    for (const d of dates) {
      if (d.date === null) {
        expect(["beyond-capacity", "after-calendar-end"]).toContain(d.reason);
        continue;
      }
      // By the end of the quantile date the probability has reached p; the day before it had not.
      expect(p.probabilityReaching(v, d.date).probability as number).toBeGreaterThanOrEqual(d.probability);
      const before = new Date(Date.parse(d.date) - 86_400_000).toISOString().slice(0, 10) as CalendarDate;
      expect(p.probabilityReaching(v, before).probability as number).toBeLessThan(d.probability);
    }
    expect(dates[0]?.date).not.toBeNull(); // the median date: the curve itself reaches 19 500
  });

  it("the date range holds the point estimate's date", () => {
    const p = project(saturating(), { method, until: UNTIL });
    const point = p.dateReaching(19_500);
    const { earliest, latest } = p.dateReachingRange(19_500);
    expect(point.date).not.toBeNull();
    expect(earliest.date).not.toBeNull();
    expect((earliest.date as string) <= (point.date as string)).toBe(true);
    if (latest.date !== null) expect(latest.date >= (point.date as string)).toBe(true);
  });

  it("steady growth with no saturation in sight: a poorly_determined warning on the level", () => {
    const p = project(steady(), { method, until: UNTIL });
    const path = method === "logistic" ? "parameters.capacity" : "parameters.M";
    expect(p.warnings.map((w) => [w.code, w.path])).toContainEqual(["poorly_determined", path]);
    expect(p.interval).toEqual({ kind: "residual-bootstrap", replicates: 300 });
  });
});

describe("project: the bootstrap with parameters given", () => {
  it("logistic with a capacity: an interval, and the capacity stays unreachable", () => {
    const p = project(saturating(), { method: "logistic", until: UNTIL, capacity: 21_000 });
    expect(p.interval).toEqual({ kind: "residual-bootstrap", replicates: 300 });
    expect(p.dateReaching(21_000)).toEqual({ date: null, reason: "beyond-capacity" });
    expect(p.warnings.map((w) => w.path)).not.toContain("parameters.capacity");
  });

  it("bass with { p, q, M } and one point after the launch: no spread to measure, no interval", () => {
    const p = project([{ date: "2023-02-28", value: 30 }], {
      method: "bass",
      bass: { p: 0.03, q: 0.38, M: 1000 },
      until: "2024-01-31",
      baseline: { date: "2023-01-31", value: 0 },
    });
    expect(p.interval).toEqual({ kind: null, reason: "insufficient-data" });
    expect(p.points.every((q) => q.lower === null && q.upper === null)).toBe(true);
  });

  it("bass with { p, q, M } and 24 points: an interval of the noise about the given curve, no warning", () => {
    const p = project(saturating(), { method: "bass", bass: { p: 0.01, q: 0.35, M: 19_000 }, until: UNTIL });
    expect(p.interval).toEqual({ kind: "residual-bootstrap", replicates: 300 });
    expect(p.warnings).toEqual([]);
    // This count's steps carry their noise forward (each increment scaled by 1 + 0.3·sin(2.3k + 1)):
    // about the fixed curve, the interval of the walk to come widens with the horizon.
    const widths = p.points.map((q) => (q.upper as number) - (q.lower as number));
    expect(widths[0] as number).toBeGreaterThan(0);
    expect(widths[11] as number).toBeGreaterThan(2 * (widths[0] as number));
  });
});
