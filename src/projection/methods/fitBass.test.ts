import { describe, expect, it } from "vitest";
import { countBootstrap } from "../intervals/pathBootstrap.js";
import { bassF, fitBass } from "./fitBass.js";
import { numericStandardErrors } from "../../../test/support/numericStandardErrors.js";
import { centralInterval } from "../intervals/predictive.js";

// Bass (1969): F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t}). Independent facts used below:
// - q = 0 leaves pure innovation, F(t) = 1 - e^{-pt};
// - the adoption rate peaks at t* = ln(q/p) / (p+q), where F(t*) = 1/2 - p/(2q) = (q - p)/(2q);
// - F → 1 as t → ∞, F(0) = 0.
const P = 0.03;
const Q = 0.38;
const T_STAR = Math.log(Q / P) / (P + Q); // ln(12.666...)/0.41 = 6.1937... months
const F_STAR = (Q - P) / (2 * Q); // 0.35/0.76 = 0.4605263...

describe("bassF", () => {
  it("is 0 at and before the launch", () => {
    expect(bassF(0, P, Q)).toBe(0);
    expect(bassF(-3, P, Q)).toBe(0);
  });

  it("with q = 0 is 1 - e^{-pt}: 1 - e^{-0.1} = 0.0951625819640 at p = 0.1, t = 1", () => {
    expect(bassF(1, 0.1, 0)).toBeCloseTo(0.095162581964, 12);
  });

  it("at the peak t* = ln(q/p)/(p+q) has adopted (q - p)/(2q)", () => {
    expect(bassF(T_STAR, P, Q)).toBeCloseTo(F_STAR, 12);
  });

  it("saturates at 1", () => {
    expect(bassF(200, P, Q)).toBeCloseTo(1, 12);
  });
});

describe("fitBass with given parameters", () => {
  const given = { p: P, q: Q, M: 5000 };

  it("keeps them; the launch is the first point, N0 its value, capacity N0 + M", () => {
    const m = fitBass({ x: [0], y: [1000] }, given);
    expect(m?.fittedOn).toBe("cumulative");
    expect(m?.parameters).toEqual({ p: P, q: Q, M: 5000, N0: 1000, capacity: 6000, launch: 0 });
    // The launch alone leaves no residual to measure a spread with.
    expect(centralInterval(m?.predictive ?? null, 3, 0.9)).toBeNull();
  });

  it("projects N0 + M·F(h - launch), held at N0 before the launch", () => {
    const m = fitBass({ x: [-6, -2, 0], y: [1000, 1400, 2100] }, given);
    expect(m?.parameters.launch).toBe(-6);
    expect(m?.value(-6)).toBe(1000);
    expect(m?.value(-9)).toBe(1000);
    expect(m?.value(T_STAR - 6)).toBeCloseTo(1000 + 5000 * F_STAR, 9);
    expect(m?.value(500)).toBeCloseTo(6000, 9);
  });

  it("reaches the peak-adoption level at t* after the launch", () => {
    const m = fitBass({ x: [-6, 0], y: [1000, 2000] }, given);
    // Launch at -6, so the level N0 + M·(q-p)/(2q) is reached at t* - 6 = 0.1937... months.
    expect(m?.reach(1000 + 5000 * F_STAR)).toBeCloseTo(T_STAR - 6, 9);
    // 5 000·F(20) more than N0, 20 months after the launch: 14 months after the origin.
    expect(m?.reach(1000 + 5000 * bassF(20, P, Q))).toBeCloseTo(14, 9);
  });

  it("reach: 0 at the curve's own value at the origin, never below it, beyond capacity at or above K", () => {
    const m = fitBass({ x: [-6, 0], y: [1000, 2000] }, given);
    const c0 = m?.value(0) ?? NaN; // 1 000 + 5 000·F(6), a level the curve has already passed
    expect(m?.reach(c0)).toBe(0);
    expect(m?.reach(1200)).toBe("never-at-this-pace"); // between N0 and c0: passed before the origin
    expect(m?.reach(900)).toBe("never-at-this-pace");
    expect(m?.reach(6000)).toBe("beyond-capacity");
    expect(m?.reach(7000)).toBe("beyond-capacity");
  });

  it("fits nothing: the sum of squares of the given curve, no standard errors", () => {
    // Points at 1 000 + 5 000·F(t) exactly, but the last one 30 above: SSE = 30² = 900.
    const x = [-6, -3, 0];
    const y = [1000, 1000 + 5000 * bassF(3, P, Q), 1030 + 5000 * bassF(6, P, Q)];
    const m = fitBass({ x, y }, given);
    expect(m?.fit.sse).toBeCloseTo(900, 6);
    expect(m?.fit).toMatchObject({
      residuals: 2,
      estimated: [],
      standardErrors: null,
      onBound: {},
      bounds: {},
      solution: [],
    });
  });

  it("needs just one point", () => {
    expect(fitBass({ x: [], y: [] }, given)).toBeNull();
    expect(fitBass({ x: [0], y: [0] }, given)?.parameters.capacity).toBe(5000);
  });
});

describe("fitBass fitted", () => {
  // Least squares on exact curves: the sum of squares reaches 0 at the generating (p, q, M), so
  // the fit must return them (to the solver's tolerance). The first two sit between the points of
  // the 7 × 7 start grid, so the local search, not the grid, finds them.
  it.each([
    ["p = 0.00137, q = 0.2213", 0.00137, 0.2213],
    ["p = 0.0291, q = 0.0517", 0.0291, 0.0517],
    ["p = 0.03, q = 0.38", P, Q],
  ])("recovers p, q and M from an exact curve (%s), N0 = 1 000, M = 5 000", (_label, p, q) => {
    // 13 points every 5 months over 60 months: the whole S-curve, so (p, q, M) are identifiable.
    const x = Array.from({ length: 13 }, (_, k) => -60 + 5 * k);
    const y = x.map((h) => 1000 + 5000 * bassF(h + 60, p, q));
    const m = fitBass({ x, y }, undefined);
    expect(Math.abs((m?.parameters.p ?? 0) / p - 1)).toBeLessThan(1e-9);
    expect(Math.abs((m?.parameters.q ?? 0) / q - 1)).toBeLessThan(1e-9);
    expect(m?.parameters.M).toBeCloseTo(5000, 6);
    expect(m?.parameters.N0).toBe(1000);
    expect(m?.parameters.capacity).toBeCloseTo(6000, 6);
    expect(m?.parameters.launch).toBe(-60);
    expect(m?.fittedOn).toBe("cumulative");
    expect(m?.fit.sse).toBeLessThan(1e-12);
    expect(m?.fit.onBound).toEqual({});
  });

  it("recovers a curve at the upper corner of the box, p = 0.5 and q = 2, and says both are on their bound", () => {
    const x = [-1, -0.8, -0.6, -0.4, -0.2, 0];
    const y = x.map((h) => 10 + 100 * bassF(h + 1, 0.5, 2));
    const m = fitBass({ x, y }, undefined);
    expect(m?.parameters.p).toBeCloseTo(0.5, 9);
    expect(m?.parameters.q).toBeCloseTo(2, 9);
    expect(m?.parameters.M).toBeCloseTo(100, 6);
    expect(m?.fit.onBound).toEqual({ p: "upper", q: "upper" });
  });

  it("keeps p inside its box on exponential growth: p = 1e-5 on its lower bound, M finite", () => {
    // Six months of 100·1.2^k: no saturation in sight, so the sum of squares keeps falling as p → 0
    // (with M·p fixed). The search stops on the bound, where 0.1's grid refinement could step past it
    // (p = 6.7e-6 with M = 56.5 billion on such a series).
    const x = [-5, -4, -3, -2, -1, 0];
    const y = x.map((h) => Math.round(100 * Math.pow(1.2, h + 5)));
    const m = fitBass({ x, y }, undefined);
    expect(m?.parameters.p).toBe(1e-5);
    expect(m?.fit.onBound).toEqual({ p: "lower" });
    expect(m?.warnings?.map((w) => w.path)).toEqual(["parameters.p", "parameters.M"]);
    expect(m?.warnings?.[0]?.message).toMatch(
      /^The coefficient of innovation p, 0.00001, is poorly determined: it sits on the lower end of its search range \(0.00001\): the data show no adoption independent of earlier adopters to measure/,
    );
    expect(Number.isFinite(m?.parameters.M)).toBe(true);
    expect(m?.fit.bounds).toEqual({ p: [1e-5, 0.5], q: [1e-4, 2] });
  });

  it("standard errors: sqrt(s²·diag((JᵀJ)⁻¹)), s² = SSE/(m - 3), J by central differences", () => {
    // A noisy S-curve: 1 000 + 8 000·F(t; 0.02, 0.35) with ±3 % alternating, 20 monthly points.
    const x = Array.from({ length: 20 }, (_, k) => k - 19);
    const y = x.map((h, k) => Math.round(1000 + 8000 * bassF(h + 19, 0.02, 0.35) * (k % 2 === 0 ? 1.03 : 0.97)));
    const m = fitBass({ x, y }, undefined);
    const { p, q, M } = m?.parameters as { p: number; q: number; M: number };
    const curve = (v: readonly number[], t: number) => (v[2] as number) * bassF(t, v[0] as number, v[1] as number);
    const se = numericStandardErrors(
      x.slice(1).map((h) => h + 19),
      y.slice(1).map((v) => v - 1000),
      [p, q, M],
      curve,
    );
    expect(m?.fit.residuals).toBe(19);
    expect(m?.fit.estimated).toEqual(["p", "q", "M"]);
    expect(m?.fit.sse).toBeCloseTo(se.sse, 6);
    expect((m?.fit.standardErrors?.p as number) / (se.errors[0] as number)).toBeCloseTo(1, 5);
    expect((m?.fit.standardErrors?.q as number) / (se.errors[1] as number)).toBeCloseTo(1, 5);
    expect((m?.fit.standardErrors?.M as number) / (se.errors[2] as number)).toBeCloseTo(1, 5);
  });

  it("a warm start from an earlier fit lands on the same minimum with fewer steps", () => {
    const x = Array.from({ length: 20 }, (_, k) => k - 19);
    const y = x.map((h, k) => Math.round(1000 + 8000 * bassF(h + 19, 0.02, 0.35) * (k % 2 === 0 ? 1.03 : 0.97)));
    const cold = fitBass({ x, y }, undefined);
    const warm = fitBass({ x, y }, undefined, cold?.fit.solution);
    expect((warm?.parameters.p as number) / (cold?.parameters.p as number)).toBeCloseTo(1, 8);
    expect((warm?.parameters.M as number) / (cold?.parameters.M as number)).toBeCloseTo(1, 8);
    expect(warm?.fit.iterations).toBeLessThan(cold?.fit.iterations as number);
    expect(cold?.fit.solution).toEqual([
      Math.log(cold?.parameters.p as number),
      Math.log(cold?.parameters.q as number),
    ]);
  });

  it.each([
    ["two points (3 needed)", { x: [-3, 0], y: [0, 10] }],
    ["a falling path (no M > 0 fits)", { x: [-6, -3, 0], y: [100, 80, 50] }],
    ["a flat path (M = 0 is no diffusion)", { x: [-6, -3, 0], y: [100, 100, 100] }],
    ["no time after the launch", { x: [0, 0, 0], y: [1, 2, 3] }],
  ])("%s: no fit (null)", (_label, p) => {
    expect(fitBass(p, undefined)).toBeNull();
  });
});

// 24 month ends of N0 = 500, M = 30 000, p = 0.02, q = 0.33 from the first point, every monthly
// increment scaled by 1 + 0.3·sin(2.3k + 1): a clearly saturating noisy diffusion (98 % adopted).
const X24 = Array.from({ length: 24 }, (_, k) => k - 23);
function noisy(curve: (t: number) => number, x: readonly number[] = X24): number[] {
  let total = curve(0);
  return x.map((_, k) => {
    if (k > 0) total += (curve(k) - curve(k - 1)) * (1 + 0.3 * Math.sin(2.3 * k + 1));
    return Math.round(total);
  });
}
const diffusion = () => ({ x: [...X24], y: noisy((t) => 500 + 30_000 * bassF(t, 0.02, 0.33)) });
// The same noise on a logistic curve seen to 95 % of its ceiling (K = 20 000, r = 0.3, midpoint month 14).
const saturating = () => ({ x: [...X24], y: noisy((t) => 20_000 / (1 + Math.exp(-0.3 * (t - 14)))) });
const HORIZONS = Array.from({ length: 37 }, (_, h) => h);

describe("fitBass: the interval (residual bootstrap)", () => {
  it("is deterministic: two fits give the same interval at every horizon", () => {
    const a = fitBass(diffusion(), undefined);
    const b = fitBass(diffusion(), undefined);
    expect(a?.predictive?.kind).toBe("residual-bootstrap");
    expect(a?.predictive?.replicates).toBe(300);
    for (const h of HORIZONS)
      expect(centralInterval(a?.predictive ?? null, h, 0.9)).toEqual(centralInterval(b?.predictive ?? null, h, 0.9));
  });

  it.each([
    ["the diffusion", diffusion],
    ["the logistic series", saturating],
  ])("on %s: finite, lower ≤ value ≤ upper at every horizon", (_label, path) => {
    const m = fitBass(path(), undefined);
    for (const h of HORIZONS) {
      const [lower, upper] = centralInterval(m?.predictive ?? null, h, 0.9) ?? [NaN, NaN];
      expect(Number.isFinite(lower) && Number.isFinite(upper)).toBe(true);
      expect(lower).toBeLessThanOrEqual(m?.value(h) as number);
      expect(upper).toBeGreaterThanOrEqual(m?.value(h) as number);
    }
  });

  it("widens with the horizon on the logistic series, whose level is less certain than its last values", () => {
    const m = fitBass(saturating(), undefined);
    let width = 0;
    for (const h of HORIZONS) {
      const [lower, upper] = centralInterval(m?.predictive ?? null, h, 0.9) ?? [NaN, NaN];
      expect(upper - lower).toBeGreaterThanOrEqual(width);
      width = upper - lower;
    }
  });

  it("every path rises: the probability of having reached a value never falls with the horizon", () => {
    const m = fitBass(diffusion(), undefined);
    const v = (m?.value(0) as number) + 200;
    let last = 0;
    for (let h = 0; h <= 60; h += 0.5) {
      const p = m?.predictive?.probabilityBeyond(h, v, true) as number;
      expect(p).toBeGreaterThanOrEqual(last);
      last = p;
    }
  });

  it("with { p, q, M } given nothing is refitted: the noise alone about the given curve", () => {
    const path = diffusion();
    const given = { p: 0.02, q: 0.33, M: 30_000 };
    const m = fitBass(path, given);
    expect(m?.fit.estimated).toEqual([]);
    const { N0, launch } = m?.parameters as Record<string, number>;
    const fitted = path.x.slice(1).map((h) => m?.value(h) as number);
    // The same bootstrap on the given curve with no refit: the curve's parameters never move.
    const reference = countBootstrap(
      {
        family: (_P, _o, h) => (N0 as number) + given.M * bassF(h - (launch as number), given.p, given.q),
        parameters: Float64Array.of(),
        fitted,
        residuals: path.y.slice(1).map((y, i) => y - (fitted[i] as number)),
        estimated: 0,
        refit: null,
      },
      { x: path.x.slice(1), anchor: { x: path.x[0] as number, y: path.y[0] as number } },
    );
    for (const h of [0, 6, 60])
      expect(centralInterval(m?.predictive ?? null, h, 0.9)).toEqual(centralInterval(reference, h, 0.9));
    expect(m?.warnings).toBeUndefined();
  });

  it("each replicate is the fit warm-started from the solution: the same intervals as refitting with fitBass", () => {
    // The bootstrap's refit solves the same least squares as a fit from `start`, without its
    // records; here the replicates come from fitBass itself, on the same draws.
    const path = diffusion();
    const m = fitBass(path, undefined);
    const { N0, M, p, q, launch } = m?.parameters as Record<string, number>;
    const fitted = path.x.slice(1).map((h) => m?.value(h) as number);
    const curve = (P: Float64Array, o: number, h: number) =>
      (P[o] as number) + (P[o + 1] as number) * bassF(h - (P[o + 4] as number), P[o + 2] as number, P[o + 3] as number);
    const reference = countBootstrap(
      {
        family: curve,
        parameters: Float64Array.of(N0 as number, M as number, p as number, q as number, launch as number),
        fitted,
        residuals: path.y.slice(1).map((y, i) => y - (fitted[i] as number)),
        estimated: 3,
        refit: (y, into, offset) => {
          const again = fitBass({ x: path.x, y: [path.y[0] as number, ...y] }, undefined, m?.fit.solution)?.parameters;
          if (again === undefined) return false;
          into.set([again.N0, again.M, again.p, again.q, again.launch] as number[], offset);
          return true;
        },
      },
      { x: path.x.slice(1), anchor: { x: path.x[0] as number, y: path.y[0] as number } },
    );
    for (const h of [0, 1, 6, 12, 36])
      for (const level of [0.05, 0.5, 0.95])
        expect(m?.predictive?.quantile(h, level)).toBe(reference?.quantile(h, level));
  });

  it("takes the number of replicates: a backtest's 40", () => {
    const m = fitBass(diffusion(), undefined, undefined, 40);
    expect(m?.predictive?.replicates).toBe(40);
    expect(m?.parameters).toEqual(fitBass(diffusion(), undefined)?.parameters);
  });

  it("none without residual degrees of freedom: 3 points after the launch for 3 parameters", () => {
    expect(fitBass({ x: [-3, -2, -1, 0], y: [0, 10, 30, 45] }, undefined)?.predictive).toBeNull();
    expect(fitBass({ x: [-4, -3, -2, -1, 0], y: [0, 10, 30, 45, 55] }, undefined)?.predictive?.kind).toBe(
      "residual-bootstrap",
    );
  });
});

describe("fitBass: poorly_determined", () => {
  const months = (n: number) => Array.from({ length: n }, (_, k) => k - (n - 1));
  it.each([
    ["a straight line, 12 months", months(12), (t: number) => 1000 + 400 * t, false],
    ["a straight line, 24 months, noisy", X24, (t: number) => 1000 + 400 * t, true],
    ["a straight line from 0, 18 months, noisy", months(18), (t: number) => 250 * t, true],
    ["exponential growth, 12 months", months(12), (t: number) => 300 * Math.exp(0.1 * t), false],
    ["exponential growth, 24 months, noisy", X24, (t: number) => 300 * Math.exp(0.1 * t), true],
  ])("%s: the market potential is poorly determined (no saturation in sight)", (_label, x, curve, withNoise) => {
    const y = withNoise ? noisy(curve, x) : x.map((_, k) => Math.round(curve(k)));
    const m = fitBass({ x: [...x], y }, undefined);
    const issue = m?.warnings?.find((w) => w.path === "parameters.M");
    expect(issue?.code).toBe("poorly_determined");
    expect(issue?.message).toMatch(/^The market potential M, [0-9.e+]+, is poorly determined: /);
    expect(issue?.message).toContain("the path has not slowed down, so this level (");
    expect(issue?.message).toContain(" times the rise since the launch)");
  });

  it.each([
    ["the diffusion", diffusion],
    ["the logistic series", saturating],
  ])("%s, clearly saturating: no warning", (_label, path) => {
    expect(fitBass(path(), undefined)?.warnings).toBeUndefined();
  });

  it("given parameters are not questioned", () => {
    const y = X24.map((_, k) => 1000 + 400 * k);
    expect(fitBass({ x: [...X24], y }, { p: 0.01, q: 0.1, M: 1e6 })?.warnings).toBeUndefined();
  });
});
