import { describe, expect, it } from "vitest";
import { lnGamma, regularizedIncompleteBeta, studentTCdf, studentTQuantile } from "./studentT.js";

describe("studentTQuantile", () => {
  // Reference values: the brief's table values (t_{0.95,10}, t_{0.975,5}) and the rest checked
  // against scipy.stats.t.ppf 1.17.1 (shown to 9+ digits) and the 3-decimal critical-value table
  // of the NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2.
  it.each([
    [0.95, 10, 1.8124611228],
    [0.975, 5, 2.5705818356],
    [0.95, 1, 6.3137515147], // table 6.314 (Cauchy: tan(0.45π))
    [0.975, 1, 12.7062047362], // table 12.706
    [0.95, 2, 2.9199855804], // table 2.920
    [0.995, 3, 5.8409093097], // table 5.841
    [0.9, 30, 1.3104150254], // table 1.310
    [0.975, 100, 1.9839715185], // table 1.984
    [0.95, 1000, 1.6463788173],
    [0.999, 4, 7.1731822198], // table 7.173
    [0.55, 7, 0.1302927966],
  ])("t_{%f, %i} = %f", (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 8);
    expect(studentTQuantile(1 - p, df)).toBeCloseTo(-expected, 8);
  });

  it("is 0 at the median and inverts the CDF", () => {
    expect(studentTQuantile(0.5, 3)).toBe(0);
    for (const df of [1, 2.5, 9, 40]) for (const p of [0.6, 0.8, 0.95, 0.999]) expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
  });

  it("rejects p outside (0, 1) and df ≤ 0", () => {
    expect(() => studentTQuantile(1, 3)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, 0)).toThrow(RangeError);
  });
});

describe("special functions", () => {
  it.each([
    [1, 0], // Γ(1) = 1
    [5, Math.log(24)], // Γ(5) = 4!
    [0.5, Math.log(Math.sqrt(Math.PI))], // Γ(1/2) = √π
    [10.5, 13.940625219403763], // scipy.special.gammaln(10.5)
  ])("lnGamma(%f) = %f", (x, expected) => expect(lnGamma(x)).toBeCloseTo(expected, 12));

  it.each([
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(2, 3) = 6x²/... via scipy.special.betainc(2, 3, 0.4) = 0.5248
    [0.3, 1, 1, 0.3],
    [0.5, 3, 1, 0.125],
    [0.4, 2, 3, 0.5248],
  ])("I_%f(%f, %f) = %f", (x, a, b, expected) => expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(expected, 12));
});
