import { describe, expect, it } from "vitest";
import {
  sampledPredictive,
  BACKTEST_REPLICATES,
  BOOTSTRAP_REPLICATES,
  type FittedCurve,
  matchedLevel,
  mulberry32,
  residualBootstrap,
} from "./bootstrap.js";
import { centralInterval } from "./predictive.js";
import { studentTQuantile } from "../../numeric/index.js";

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
  return { line: (h: number) => intercept + slope * h, intercept, slope, xbar, sxx };
}

/** The straight lines `a + b·h`, (a, b) at `parameters[offset]`: the curve family of these tests. */
const lineAt = (parameters: Float64Array, offset: number, h: number) =>
  (parameters[offset] as number) + (parameters[offset + 1] as number) * h;

/** A refit by OLS on the points x, writing (intercept, slope). */
const olsRefit =
  (x: readonly number[]): NonNullable<FittedCurve["refit"]> =>
  (y, into, offset) => {
    const fit = ols(x, y);
    into[offset] = fit.intercept;
    into[offset + 1] = fit.slope;
    return true;
  };

/** The line 1000 + 50h with residuals given: nothing refitted unless `refit` is. */
function fixedCurve(
  residuals: readonly number[],
  estimated = 0,
  refit: FittedCurve["refit"] = null,
): FittedCurve & { line: (h: number) => number } {
  const line = (h: number) => 1000 + 50 * h;
  const fitted = residuals.map((_, i) => line(i - residuals.length + 1));
  return { line, family: lineAt, parameters: Float64Array.of(1000, 50), fitted, residuals, estimated, refit };
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
    const c = fixedCurve([-1, 1], 1, () => false);
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
      return false;
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
    const refit: FittedCurve["refit"] = (y, into, offset) => {
      into[offset] = 1000;
      into[offset + 1] = ((y[7] as number) - (y[0] as number)) / 7;
      return true;
    };
    const a = residualBootstrap(fixedCurve(residuals, 2, refit));
    const b = residualBootstrap(fixedCurve(residuals, 2, refit));
    for (const h of [0, 1, 12, 36])
      for (const p of [0.05, 0.5, 0.95]) expect(a?.quantile(h, p)).toBe(b?.quantile(h, p));
  });

  it("a failed refit keeps the fitted curve, and a refit that is not finite falls back to it: never NaN", () => {
    const residuals = [-3, 5, -2, 0, 4, -4];
    const writing =
      (a: number, b: number, ok = true): NonNullable<FittedCurve["refit"]> =>
      (_y, into, offset) => {
        into[offset] = a;
        into[offset + 1] = b;
        return ok;
      };
    const failed = residualBootstrap(fixedCurve(residuals, 2, writing(7, 7, false))); // what it wrote is ignored
    const broken = residualBootstrap(fixedCurve(residuals, 2, writing(NaN, 50)));
    const fixed = residualBootstrap(fixedCurve(residuals, 2, writing(1000, 50)));
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
      family: lineAt,
      parameters: Float64Array.of(fit.intercept, fit.slope),
      fitted,
      residuals: y.map((v, i) => v - (fitted[i] as number)),
      estimated: 2,
      refit: olsRefit(x),
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
      family: lineAt,
      parameters: Float64Array.of(fit.intercept, fit.slope),
      fitted,
      residuals,
      estimated: 2,
      refit: olsRefit(x),
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

describe("matchedLevel", () => {
  // Reference values: the formula of matchedLevel in exact fractions (Python's fractions module,
  // 2026-12-03): the content (1 + 299p)/301 of project's end, then p' = (content·41 - 1)/39 for 40
  // replicates.
  it.each([
    [0.05, 40, 181 / 6020],
    [0.95, 40, 5839 / 6020],
    [0.5, 40, 0.5],
    [0.05, 60, 13439 / 355180],
  ])("matchedLevel(%d, %i) = %d", (p, replicates, expected) => {
    expect(matchedLevel(p, replicates)).toBeCloseTo(expected, 15);
  });

  it("is p itself for project's number of replicates", () => {
    for (const p of [0.01, 0.05, 0.5, 0.95, 0.99]) expect(matchedLevel(p, BOOTSTRAP_REPLICATES)).toBeCloseTo(p, 14);
  });

  it("clamps to [0, 1] where fewer replicates cannot reach that far out", () => {
    // (1 + 299·0.01)/301·41 = 0.543 < 1: not even the smallest of 40 values holds so little on average.
    expect(matchedLevel(0.01, 40)).toBe(0);
    expect(matchedLevel(0.99, 40)).toBe(1);
  });
});

describe("residualBootstrap with fewer replicates (a backtest's)", () => {
  it("a backtest uses 40 replicates", () => {
    expect(BACKTEST_REPLICATES).toBe(40);
  });

  it("reads the quantile at p from the B paths at the matched level, and probabilities as plain shares", () => {
    // Nothing estimated: path b is the line plus e_b, the (m + 1)-th draw of replicate b from the
    // fixed seed (m residual draws come first, for the refit). Reproduced here from mulberry32.
    const residuals = [-3, 5, -2, 0, 4, -4];
    const c = fixedCurve(residuals);
    const pred = residualBootstrap(c, 40);
    expect(pred?.replicates).toBe(40);
    const random = mulberry32(0x9e3779b9);
    const offsets: number[] = [];
    for (let b = 0; b < 40; b++) {
      for (let i = 0; i < residuals.length; i++) random();
      offsets.push(residuals[Math.floor(random() * residuals.length)] as number);
    }
    const sorted = [...offsets].sort((a, b) => a - b);
    const type7 = (p: number) => {
      const at = p * 39;
      const lo = Math.floor(at);
      return (sorted[lo] as number) + (at - lo) * ((sorted[Math.min(lo + 1, 39)] as number) - (sorted[lo] as number));
    };
    for (const h of [0, 12]) {
      expect(pred?.quantile(h, 0.05)).toBeCloseTo(c.line(h) + type7(181 / 6020), 9);
      expect(pred?.quantile(h, 0.95)).toBeCloseTo(c.line(h) + type7(5839 / 6020), 9);
      const share = offsets.filter((e) => e >= 1).length / 40;
      expect(pred?.probabilityBeyond(h, c.line(h) + 1, true)).toBe(share);
    }
  });

  it("an end from 40 replicates at the matched level holds on average what an end from 300 holds", () => {
    // G uniform: a pool of 400 evenly spaced residuals (i + 0.5)/400 - 1/2, whose distribution
    // function is G(v) = v + 1/2 between them; nothing estimated, so each path is the line plus one
    // draw. Each of 400 orders of the pool (Fisher–Yates from mulberry32(7)) gives other draws from
    // the fixed seed. Theory (see matchedLevel): E[G] of a type-7 end at p = 0.05 is
    // (1 + 299·0.05)/301 = 0.05299 from 300 replicates; from 40 read at 0.05 itself it would be
    // (1 + 39·0.05)/41 = 0.0720. Standard error of the mean over 400 orders: about 0.0018 for 40
    // replicates (Beta(2.2, 38.8)), 0.0007 for 300.
    const m = 400;
    const shuffle = mulberry32(7);
    const pool = Array.from({ length: m }, (_, i) => (i + 0.5) / m - 0.5);
    const content = (replicates: number) => {
      let sum = 0;
      for (let trial = 0; trial < 400; trial++) {
        for (let i = m - 1; i > 0; i--) {
          const j = Math.floor(shuffle() * (i + 1));
          [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
        }
        const c = fixedCurve(pool);
        const end = (residualBootstrap(c, replicates)?.quantile(0, 0.05) as number) - c.line(0);
        sum += end + 0.5;
      }
      return sum / 400;
    };
    expect(Math.abs(content(40) - 0.05299)).toBeLessThan(0.005);
    expect(Math.abs(content(BOOTSTRAP_REPLICATES) - 0.05299)).toBeLessThan(0.002);
  });
});

describe("sampledPredictive", () => {
  // Replicate values with ties, unsorted, the same at every h but for a shift of h.
  const base = [5, 1, 3, 3, 9, 1, 7, 3, 2, 8];
  const valuesAt = (h: number) => Float64Array.from(base, (v) => v + h);
  const share = (h: number, v: number, up: boolean) =>
    base.filter((x) => (up ? x + h >= v : x + h <= v)).length / base.length;

  it("gives the share of replicates at or beyond a value, ties included, either way", () => {
    const p = sampledPredictive(valuesAt, base.length);
    for (const h of [0, 2, 0])
      for (const v of [0, 1, 1.5, 3, 4, 5, 9, 10, 12])
        for (const up of [true, false]) expect(p.probabilityBeyond(h, v + h, up)).toBe(share(h, v + h, up));
  });

  it("reads the quantile of the values at the h asked, after another h was asked", () => {
    const p = sampledPredictive(valuesAt, base.length);
    // Sorted: 1 1 2 3 3 3 5 7 8 9; type 7 at 0.5 (the matched level of 0.5 is 0.5 for any B, by
    // symmetry): position 4.5, between 3 and 3; at h = 4 every value is 4 more.
    expect(p.quantile(0, 0.5)).toBe(3);
    expect(p.quantile(4, 0.5)).toBe(7);
    expect(p.quantile(0, 0.5)).toBe(3);
  });
});
