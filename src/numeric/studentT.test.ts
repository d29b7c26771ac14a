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
    for (const df of [1, 2.5, 9, 40])
      for (const p of [0.6, 0.8, 0.95, 0.999]) expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
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

describe("studentTQuantile at the edges", () => {
  // Closed forms (independent of the incomplete beta): df = 1 is the Cauchy distribution,
  // t_p = tan(π(p - 1/2)); df = 2 has t_p = (2p - 1) / sqrt(2p(1 - p)) (e.g. Johnson, Kotz &
  // Balakrishnan, Continuous Univariate Distributions vol. 2, ch. 28). Cross-checked with
  // scipy.stats.t.ppf 1.17.1: t(0.999999, 1) = 318309.886174, t(0.9999999999, 2) = 70710.675183,
  // t(0.75, 2) = 0.816496580928. Relative tolerance 1e-9: p itself is only a double.
  const cauchy = (p: number) => Math.tan(Math.PI * (p - 0.5));
  const df2 = (p: number) => (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  it.each([
    [0.75, 1, cauchy(0.75)], // 1
    [0.999999, 1, cauchy(0.999999)], // far tail: the bracket doubles up to 2^19
    [1e-6, 1, cauchy(1e-6)], // lower tail by symmetry
    [0.75, 2, df2(0.75)], // sqrt(2/3)
    [0.9999999999, 2, df2(0.9999999999)],
    [1e-10, 2, df2(1e-10)],
  ])("t_{%f, %f} matches the closed form", (p, df, expected) => {
    const t = studentTQuantile(p, df);
    expect(Math.abs(t - expected)).toBeLessThan(1e-9 * Math.abs(expected));
  });

  // Non-integer and very large df: scipy.stats.t.ppf 1.17.1 (df = 0.5 exercises lnGamma's
  // reflection for a = df/2 < 1/2). At df = 3.65e6 (a daily series from 0001 to 9999) the
  // quantile must still be the normal one's z_0.975 = 1.959964 plus (z³ + z)/(4df) ≈ 6.5e-7.
  it.each([
    [0.9, 0.5, 10.27032441023451],
    [0.975, 0.5, 164.55767348048818],
    [0.999999, 3, 103.29946777942898], // table-free far tail
    [0.5000001, 10, 2.569978033880817e-7], // just above the median
    [0.995, 1e6, 2.5758342201053344], // NIST table's "∞" row: 2.576
    [0.975, 3.65e6, 1.9599646344775892],
  ])("t_{%f, %f} = %f (scipy)", (p, df, expected) => {
    expect(Math.abs(studentTQuantile(p, df) - expected)).toBeLessThan(1e-8 * Math.abs(expected));
  });

  it("names p and df when they are out of range, including p = 0 and df = Infinity", () => {
    expect(() => studentTQuantile(0, 3)).toThrow(
      new RangeError("studentTQuantile(0, 3): need 0 < p < 1 and 0 < df < Infinity"),
    );
    expect(() => studentTQuantile(1, 3)).toThrow(
      new RangeError("studentTQuantile(1, 3): need 0 < p < 1 and 0 < df < Infinity"),
    );
    expect(() => studentTQuantile(Number.NaN, 3)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, -1)).toThrow(
      new RangeError("studentTQuantile(0.975, -1): need 0 < p < 1 and 0 < df < Infinity"),
    );
    // Infinity / (Infinity + t²) is NaN: without the check the quantile silently came out as 0.
    expect(() => studentTQuantile(0.975, Infinity)).toThrow(
      new RangeError("studentTQuantile(0.975, Infinity): need 0 < p < 1 and 0 < df < Infinity"),
    );
  });

  it("gives the same answer when asked again (the memo returns what the bisection found)", () => {
    const first = studentTQuantile(0.9, 12);
    expect(studentTQuantile(0.9, 12)).toBe(first);
    // NIST/SEMATECH e-Handbook §1.3.6.7.2: t_{0.90, 12} = 1.356.
    expect(first).toBeCloseTo(1.356, 3);
  });
});

describe("studentTCdf", () => {
  // Closed forms: df = 1, F(t) = 1/2 + atan(t)/π; df = 2, F(t) = 1/2 + t / (2 sqrt(2 + t²)).
  // Cross-checked with scipy.stats.t.cdf 1.17.1 (t(-2, 3) = 0.06966298427942152).
  it.each([
    [-1, 1, 0.25],
    [1, 1, 0.75],
    [-1e6, 1, 0.5 + Math.atan(-1e6) / Math.PI],
    [-3, 2, 0.5 - 3 / (2 * Math.sqrt(11))],
    [3, 2, 0.5 + 3 / (2 * Math.sqrt(11))],
    [-2, 3, 0.06966298427942152],
    [2, 3, 0.9303370157205785],
    [0, 4, 0.5],
    [-0.5, 0.5, 0.37865903646471827],
  ])("P(T ≤ %f) with df %f = %f", (t, df, expected) => {
    expect(Math.abs(studentTCdf(t, df) - expected)).toBeLessThan(1e-12 * Math.max(1, 1 / expected));
  });

  it("is 0 and 1 at the infinite ends (where t² overflows)", () => {
    expect(studentTCdf(Infinity, 3)).toBe(1);
    expect(studentTCdf(-Infinity, 3)).toBe(0);
    expect(studentTCdf(1e200, 3)).toBe(1);
    expect(studentTCdf(-1e200, 3)).toBe(0);
  });
});

describe("lnGamma below 1/2 (reflection Γ(x)Γ(1-x) = π / sin(πx))", () => {
  // Γ(1/4) = 3.6256099082219083119 (OEIS A068466); Γ(1/10) = 9.5135076986687318397 (OEIS A175380);
  // scipy.special.gammaln(0.05) = 2.968879201051731.
  it.each([
    [0.25, Math.log(3.6256099082219083119)],
    [0.1, Math.log(9.5135076986687318397)],
    [0.05, 2.968879201051731],
    // Near 0, Γ(x) = 1/x - γ + O(x), so lnΓ(x) = -ln x - γx + O(x²) (γ = 0.5772156649): the Lanczos
    // sum alone overflows there. scipy.special.gammaln(1e-8) = 18.42068073818021.
    [1e-8, -Math.log(1e-8) - 0.5772156649015329e-8],
    [1e-20, -Math.log(1e-20)],
  ])("lnGamma(%f) = %f", (x, expected) => expect(lnGamma(x)).toBeCloseTo(expected, 12));
});

describe("regularizedIncompleteBeta, both branches and outside [0, 1]", () => {
  // mpmath.betainc(a, b, 0, x, regularized=True) at 30 digits. x = 0.7 and 0.9 lie above the
  // switch point (a + 1)/(a + b + 2) = 51/102 for a = b = 50, so the symmetry I_x(a,b) = 1 - I_{1-x}(b,a)
  // is used; the direct fraction there does not converge in 300 steps. x = 0.9999 for (5, 1/2) is the
  // CDF of t = 0.02236 at df = 10's tail partner.
  it.each([
    [0.7, 50, 50, 0.99998445220023855662],
    [0.9, 50, 50, 1 - 3.2e-24], // 0.999999999999999999999996767818
    [0.3, 50, 50, 1 - 0.99998445220023855662], // I_{1-x}(b, a) = 1 - I_x(a, b)
    [0.9999, 5, 0.5, 0.97539390595470291685],
    [0.999, 0.5, 0.5, 0.97986495836662250008],
  ])("I_%f(%f, %f) = %f", (x, a, b, expected) => {
    expect(Math.abs(regularizedIncompleteBeta(x, a, b) - expected)).toBeLessThan(1e-12);
  });

  it("is the CDF of a distribution on [0, 1]: 0 at and below 0, 1 at and above 1", () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(-0.1, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(regularizedIncompleteBeta(1.5, 2, 3)).toBe(1);
  });
});
