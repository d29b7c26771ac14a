import { describe, expect, it } from "vitest";
import { type FittedCurve, residualBootstrap } from "./bootstrap.js";
import { countBootstrap, fitNoise } from "./pathBootstrap.js";
import { centralInterval } from "./predictive.js";
import { seededRandom } from "../../../test/support/random.js";

// A straight line 1 000 + 100h on 24 month ends (h = -23 … 0), fixed as given (nothing refitted),
// so every figure below follows from the residuals alone.
const X = Array.from({ length: 24 }, (_, k) => k - 23);
const line = (h: number) => 1000 + 100 * (h + 23);
const fixedLine = (y: readonly number[]): FittedCurve => {
  const fitted = X.slice(0, y.length).map(line);
  return {
    family: (_p, _o, h) => line(h),
    parameters: Float64Array.of(),
    fitted,
    residuals: y.map((v, i) => v - (fitted[i] as number)),
    estimated: 0,
    refit: null,
  };
};
// Independent: ±30 about the line (fixed, irregular); carried: each step 100·(1 + 0.3ε), ε ~ N(0, 1)
// from a seeded generator, so the errors add up in the total.
const independent = X.map((h, k) => line(h) + 30 * Math.sin(2.3 * k + 1));
const random = seededRandom(7);
const shocks = X.map(() => 0.3 * random.normal(0, 1));
const carried = X.map((_, k) => {
  let total = line(-23);
  for (let j = 1; j <= k; j++) total += 100 * (1 + (shocks[j] as number));
  return total;
});
/** Σ of the 23 squared relative errors of the carried steps. */
const carriedSS = shocks.slice(1).reduce((s, e) => s + e * e, 0);

describe("fitNoise", () => {
  it("independent noise about the curve: σ² = Σr²/L over the 23 steps, and the independent model is the likeliest", () => {
    const fits = fitNoise(fixedLine(independent), { x: X, anchor: null });
    const r = independent.slice(1).map((v, i) => v - line(X[i + 1] as number));
    expect(fits?.[0]?.sigma).toBeCloseTo(Math.sqrt(r.reduce((s, e) => s + e * e, 0) / 23), 12);
    const [a, b, c] = (fits ?? []).map((f) => f.logLikelihood) as [number, number, number];
    expect(a).toBeGreaterThan(b);
    expect(a).toBeGreaterThan(c);
  });

  it("steps carried forward: the relative model's σ² = Σ(d - μ)²/μ²/L = mean of (0.3ε)², and it beats the independent one", () => {
    const fits = fitNoise(fixedLine(carried), { x: X, anchor: null });
    const ss = carriedSS;
    expect(fits?.[1]?.sigma).toBeCloseTo(Math.sqrt(ss / 23), 12);
    // The same rise every month: relative and additive noise differ by the constant scale 100.
    expect(fits?.[2]?.sigma).toBeCloseTo(100 * Math.sqrt(ss / 23), 9);
    expect(fits?.[1]?.logLikelihood).toBeGreaterThan(fits?.[0]?.logLikelihood as number);
  });

  it("needs two steps", () => {
    expect(fitNoise(fixedLine(independent.slice(0, 2)), { x: X.slice(0, 2), anchor: null })).toBeNull();
  });
});

describe("countBootstrap", () => {
  it("with the independent model practically certain: exactly the residual bootstrap", () => {
    const fit = fixedLine(independent);
    const a = countBootstrap(fit, { x: X, anchor: null });
    const b = residualBootstrap(fit);
    for (const h of [0, 1, 6, 12]) expect(centralInterval(a, h, 0.9)).toEqual(centralInterval(b, h, 0.9));
  });

  it("carried forward: the walk's spread grows like sqrt(h) (100·σ·sqrt(h)·1.645·2 for the 90 % width, within Monte Carlo error)", () => {
    const a = countBootstrap(fixedLine(carried), { x: X, anchor: null });
    // σ inflated by sqrt(L/(L - k)) = 1 (nothing estimated).
    const sigma = Math.sqrt(carriedSS / 23);
    for (const h of [1, 4, 16]) {
      const [lo, hi] = centralInterval(a, h, 0.9) as [number, number];
      const expected = 2 * 1.6449 * 100 * sigma * Math.sqrt(h);
      // 300 replicates: the 5 % and 95 % quantiles' standard error is about 7 % of the half-width.
      expect(Math.abs(hi - lo - expected) / expected).toBeLessThan(0.2);
      // Centred on the last value plus the curve's rise.
      expect((lo + hi) / 2).toBeCloseTo((carried[23] as number) + 100 * h, -2);
    }
  });

  it("is monotone along each path: the probability of having reached a value never falls with h", () => {
    const a = countBootstrap(fixedLine(carried), { x: X, anchor: null });
    let last = 0;
    for (let h = 0; h <= 24; h += 0.25) {
      const p = a?.probabilityBeyond(h, (carried[23] as number) + 1000, true) as number;
      expect(p).toBeGreaterThanOrEqual(last);
      last = p;
    }
    expect(last).toBeGreaterThan(0.99);
  });

  it("gives the same answers whatever the order of the questions", () => {
    const a = countBootstrap(fixedLine(carried), { x: X, anchor: null });
    const b = countBootstrap(fixedLine(carried), { x: X, anchor: null });
    const late = a?.quantile(30, 0.9);
    const early = a?.quantile(3, 0.1);
    expect(b?.quantile(3, 0.1)).toBe(early);
    expect(b?.quantile(30, 0.9)).toBe(late);
  });

  it("carried only (a poorly determined curve): no independent replicate, even where that model is the likeliest", () => {
    const fit = fixedLine(independent);
    const path = { x: X, anchor: null };
    const all = countBootstrap(fit, path);
    const carriedOnly = countBootstrap(fit, path, undefined, true);
    // The independent model is practically certain here (see above), so without the flag the
    // interval is the residual bootstrap's, of constant width; with it the noise is carried
    // forward and the interval widens with h.
    const width = (p: typeof all, h: number) => {
      const [lo, hi] = centralInterval(p, h, 0.9) as [number, number];
      return hi - lo;
    };
    expect(width(all, 12)).toBeCloseTo(width(all, 1), 6);
    expect(width(carriedOnly, 12)).toBeGreaterThan(2 * width(carriedOnly, 1));
    expect(width(carriedOnly, 12)).toBeGreaterThan(2 * width(all, 12));
  });
});
