import { describe, expect, it } from "vitest";
import { fitDrift } from "./fitDrift.js";
import { centralInterval } from "../intervals/predictive.js";

// t_{0.95,1} = 6.3137515147 (studentT.test.ts: scipy.stats.t.ppf, NIST table 6.314).
const T95_1 = 6.3137515147;

// Hand-derived random walk with drift on x = [-4, -1, 0], y = [10, 46, 50]:
//   span = 4, drift μ = (50 - 10) / 4 = 10/month;
//   increments: Δx = 3, Δy = 36 -> r = 36 - 30 = 6, r²/Δx = 36/3 = 12;
//               Δx = 1, Δy = 4  -> r = 4 - 10 = -6, r²/Δx = 36;
//   Σ = 48, m = 2 increments, df = 1, σ = sqrt(48).
const path = () => ({ x: [-4, -1, 0], y: [10, 46, 50] });

describe("fitDrift", () => {
  it("recovers the hand-derived drift and residual scale", () => {
    const m = fitDrift(path());
    expect(m?.fittedOn).toBe("increments");
    expect(m?.parameters).toEqual({
      intercept: 50,
      slope: 10,
      residualStandardError: Math.sqrt(48),
      degreesOfFreedom: 1,
      span: 4,
    });
  });

  it("projects y_o + μh with the interval ± t·σ·sqrt(|h| + h²/span)", () => {
    const m = fitDrift(path());
    expect(m?.value(4)).toBe(90);
    // h = 4: sqrt(4 + 16/4) = sqrt(8).
    const half = T95_1 * Math.sqrt(48) * Math.sqrt(8);
    const iv = centralInterval(m?.predictive ?? null, 4, 0.9);
    expect(iv?.[0]).toBeCloseTo(90 - half, 8);
    expect(iv?.[1]).toBeCloseTo(90 + half, 8);
    // At the origin the interval has no width.
    expect(centralInterval(m?.predictive ?? null, 0, 0.9)).toEqual([50, 50]);
    // Backwards in time the width uses |h|: h = -4 gives the same half width around 10.
    const back = centralInterval(m?.predictive ?? null, -4, 0.9);
    expect(back?.[0]).toBeCloseTo(10 - half, 8);
    expect(back?.[1]).toBeCloseTo(10 + half, 8);
  });

  it("only the ends set the drift: the middle point moves σ, not μ", () => {
    const m = fitDrift({ x: [-4, -1, 0], y: [10, 40, 50] });
    // Increments 30 over 3 and 10 over 1 both match μ = 10: σ = 0.
    expect(m?.parameters.slope).toBe(10);
    expect(m?.parameters.residualStandardError).toBe(0);
  });

  it("two points: the drift, no interval, residual error 0 and df 0", () => {
    // The composite example: 0 at month -9, 3 000 at month 0 -> 333.33/month; goal 10 000 at +21
    // (methodology: the composite example).
    const m = fitDrift({ x: [-9, 0], y: [0, 3000] });
    expect(m?.parameters.slope).toBeCloseTo(3000 / 9, 12);
    expect(m?.parameters.degreesOfFreedom).toBe(0);
    expect(m?.parameters.residualStandardError).toBe(0);
    expect(centralInterval(m?.predictive ?? null, 3, 0.9)).toBeNull();
    expect(m?.reach(10_000)).toBeCloseTo(21, 9);
    expect(m?.reach(3000)).toBe(0);
    expect(m?.reach(2000)).toBe("never-at-this-pace");
  });

  it.each([
    ["no point", { x: [], y: [] }],
    ["one point", { x: [0], y: [5] }],
    ["no time between the ends", { x: [0, 0], y: [1, 2] }],
  ])("%s: no fit (null)", (_label, p) => {
    expect(fitDrift(p)).toBeNull();
  });
});
