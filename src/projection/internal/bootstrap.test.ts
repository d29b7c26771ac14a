import { describe, expect, it } from "vitest";
import { BOOTSTRAP_REPLICATES, type FittedCurve, mulberry32, residualBootstrap } from "./bootstrap.js";
import { centralInterval } from "./predictive.js";
import { studentTQuantile } from "./studentT.js";

describe("mulberry32", () => {
  // Reference values: an independent Python transcription of the generator (32-bit arithmetic by
  // masking with 0xffffffff), 2026-12-03. The seed-1 sequence is also the one quoted wherever the
  // generator is published (0.6270739405881613, 0.002735721180215478, …).
  it.each([
    [0, [0.26642920868471265, 0.0003297457005828619, 0.2232720274478197]],
    [1, [0.6270739405881613, 0.002735721180215478, 0.5274470399599522]],
    [0x9e3779b9, [0.3588899802416563, 0.10590326134115458, 0.675290479324758]],
  ])("seed %i gives the reference sequence", (seed, expected) => {
    const random = mulberry32(seed);
    expect([random(), random(), random()]).toEqual(expected);
  });

  it("is uniform on [0, 1): 100 000 draws have mean 1/2 and fill ten equal bins evenly", () => {
    // Mean of U(0, 1): 1/2 with standard error sqrt(1/12/1e5) = 0.0009; each bin 10 000 ± 95 (binomial).
    const random = mulberry32(2026);
    const bins = new Array<number>(10).fill(0);
    let sum = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = random();
      sum += u;
      min = Math.min(min, u);
      max = Math.max(max, u);
      bins[Math.floor(u * 10)]++;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.004);
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });
});

/** A straight line's fit by ordinary least squares on the points x. */
function ols(x: readonly number[], y: ArrayLike<number>) {
  const n = x.length;
  const xbar = x.reduce((a, b) => a + b, 0) / n;
  let ybar = 0;
  for (let i = 0; i < n; i++) ybar += y[i] as number;
  ybar /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - xbar;
    sxx += dx * dx;
    sxy += dx * ((y[i] as number) - ybar);
  }
  const slope = sxy / sxx;
  const intercept = ybar - slope * xbar;
  return { line: (h: number) => intercept + slope * h, xbar, sxx };
}

/** A line with residuals given: the curve is `line`, nothing refitted unless `refit` is. */
function fixedCurve(
  residuals: readonly number[],
  estimated = 0,
  refit: FittedCurve["refit"] = null,
): FittedCurve & { line: (h: number) => number } {
  const line = (h: number) => 1000 + 50 * h;
  const fitted = residuals.map((_, i) => line(i - residuals.length + 1));
  return { line, curve: line, fitted, residuals, estimated, refit };
}

describe("residualBootstrap", () => {
  it("has B = 300 replicates by default and reports them", () => {
    const pred = residualBootstrap(fixedCurve([-1, 1]));
    expect(BOOTSTRAP_REPLICATES).toBe(300);
    expect(pred?.replicates).toBe(300);
    expect(pred?.kind).toBe("residual-bootstrap");
  });

  it.each([
    ["no residual", [], 0],
    ["a single residual (centred, it is 0)", [7], 0],
    ["as many residuals as parameters", [1, -1, 2], 3],
    ["fewer residuals than parameters", [1, -1], 3],
  ])("none with %s", (_label, residuals, k) => {
    expect(residualBootstrap(fixedCurve(residuals, k))).toBeNull();
  });

  it("with nothing estimated the paths are the curve plus one centred residual, constant along the path", () => {
    // Residuals 1 and 3 centre to -1 and +1 (k = 0: no rescaling). With 300 draws both occur, so the
    // 1 % and 99 % quantiles are the curve ∓ 1 exactly, at every h.
    const c = fixedCurve([1, 3]);
    const pred = residualBootstrap(c);
    for (const h of [-5, 0, 3, 120]) {
      expect(pred?.quantile(h, 0.01)).toBe(c.line(h) - 1);
      expect(pred?.quantile(h, 0.99)).toBe(c.line(h) + 1);
      // The share of +1 draws is the same at every h: the offset is held along the path.
      expect(pred?.probabilityBeyond(h, c.line(h) + 0.5, true)).toBe(pred?.probabilityBeyond(0, c.line(0) + 0.5, true));
    }
    const share = pred?.probabilityBeyond(0, c.line(0) + 0.5, true) as number;
    expect(share).toBeGreaterThan(0.4); // Binomial(300, 1/2)/300: 0.5 ± 0.029
    expect(share).toBeLessThan(0.6);
  });

  it("rescales the centred residuals by sqrt(m/(m - k)) to the unbiased variance SSE/(m - k)", () => {
    // Residuals -1, +1 with k = 1: pool ±sqrt(2).
    const c = fixedCurve([-1, 1], 1, () => null);
    const pred = residualBootstrap(c);
    expect(pred?.quantile(0, 0.01)).toBeCloseTo(c.line(0) - Math.SQRT2, 12);
    expect(pred?.quantile(0, 0.99)).toBeCloseTo(c.line(0) + Math.SQRT2, 12);
  });

  it("refits B times, on the first use only, each time on fitted values plus residuals drawn from the pool", () => {
    const residuals = [-3, 5, -2, 0, 4, -4]; // mean 0, so the pool is the residuals × sqrt(6/4)
    const pool = residuals.map((r) => r * Math.sqrt(6 / 4));
    const calls: number[][] = [];
    const c = fixedCurve(residuals, 2, (y) => {
      calls.push(Array.from(y));
      return null;
    });
    const pred = residualBootstrap(c);
    expect(calls.length).toBe(0);
    pred?.quantile(1, 0.5);
    pred?.quantile(2, 0.5);
    expect(calls.length).toBe(300);
    for (const y of calls)
      y.forEach((v, i) => {
        const drawn = v - (c.fitted[i] as number);
        expect(pool.some((r) => Math.abs(r - drawn) < 1e-9)).toBe(true);
      });
    // Resampling with replacement: some replicate repeats a residual.
    expect(calls.some((y) => new Set(y.map((v, i) => v - (c.fitted[i] as number))).size < residuals.length)).toBe(true);
  });

  it("is deterministic: the same input gives the same distribution", () => {
    const residuals = [-3, 5, -2, 0, 4, -4, 1, 2];
    const refit: FittedCurve["refit"] = (y) => {
      const slope = (y[7] as number) - (y[0] as number);
      return (h) => 1000 + (slope / 7) * h;
    };
    const a = residualBootstrap(fixedCurve(residuals, 2, refit));
    const b = residualBootstrap(fixedCurve(residuals, 2, refit));
    for (const h of [0, 1, 12, 36])
      for (const p of [0.05, 0.5, 0.95]) expect(a?.quantile(h, p)).toBe(b?.quantile(h, p));
  });

  it("a failed refit keeps the fitted curve, and a refit that is not finite falls back to it: never NaN", () => {
    const residuals = [-3, 5, -2, 0, 4, -4];
    const failed = residualBootstrap(fixedCurve(residuals, 2, () => null));
    const broken = residualBootstrap(fixedCurve(residuals, 2, () => () => NaN));
    const fixed = residualBootstrap(fixedCurve(residuals, 2, () => (h) => 1000 + 50 * h));
    for (const h of [0, 6, 60])
      for (const p of [0.05, 0.5, 0.95]) {
        expect(Number.isFinite(failed?.quantile(h, p))).toBe(true);
        expect(failed?.quantile(h, p)).toBe(fixed?.quantile(h, p));
        expect(broken?.quantile(h, p)).toBe(fixed?.quantile(h, p));
      }
  });

  it("monotone refits give a probability of reaching a value that never falls with the horizon", () => {
    const x = Array.from({ length: 12 }, (_, k) => k - 11);
    const y = x.map((h, k) => 500 + 20 * h + 15 * Math.sin(2.3 * k + 1));
    const fit = ols(x, y);
    const fitted = x.map(fit.line);
    const pred = residualBootstrap({
      curve: fit.line,
      fitted,
      residuals: y.map((v, i) => v - (fitted[i] as number)),
      estimated: 2,
      refit: (ys) => ols(x, ys).line,
    });
    let last = 0;
    for (let h = 0; h <= 24; h += 0.25) {
      const p = pred?.probabilityBeyond(h, 800, true) as number;
      expect(p).toBeGreaterThanOrEqual(last);
      last = p;
    }
    expect(last).toBe(1);
  });

  it("approximates the exact prediction interval of a straight line (OLS, normal errors) to 10 %", () => {
    // 24 points on y = 500 + 12h with errors 20·z_k, z_k the normal quantiles at (7k mod 24 + 0.5)/24
    // (a spread-out sample of N(0, 1)). The exact 90 % interval is ŷ ± t_{0.95,22}·s·sqrt(1 + 1/n +
    // (h - x̄)²/Sxx) (the textbook prediction interval of a new observation); the residual bootstrap
    // with a prediction error approximates it (Davison & Hinkley 1997, chapter 6).
    const n = 24;
    const x = Array.from({ length: n }, (_, k) => k - (n - 1));
    const z = x.map((_, k) => studentTQuantile(((7 * k) % n) / n + 0.5 / n, 1e9));
    const y = x.map((h, k) => 500 + 12 * h + 20 * (z[k] as number));
    const fit = ols(x, y);
    const fitted = x.map(fit.line);
    const residuals = y.map((v, i) => v - (fitted[i] as number));
    const s = Math.sqrt(residuals.reduce((a, r) => a + r * r, 0) / (n - 2));
    const pred = residualBootstrap({
      curve: fit.line,
      fitted,
      residuals,
      estimated: 2,
      refit: (ys) => ols(x, ys).line,
    });
    for (const h of [0, 6, 24]) {
      const half = studentTQuantile(0.95, n - 2) * s * Math.sqrt(1 + 1 / n + (h - fit.xbar) ** 2 / fit.sxx);
      const [lower, upper] = centralInterval(pred, h, 0.9) as [number, number];
      expect((upper - lower) / 2 / half).toBeGreaterThan(0.9);
      expect((upper - lower) / 2 / half).toBeLessThan(1.1);
      expect(lower).toBeLessThan(fit.line(h));
      expect(upper).toBeGreaterThan(fit.line(h));
    }
  });
});
