import { describe, expect, it } from "vitest";
import { cumulativePath } from "../../path/core.js";
import { backtest } from "../backtest.js";
import { project } from "../project.js";
import { type FitSettings, naiveDriftScale } from "./backtestPath.js";
import { MIN_FORECASTS, rankMethods } from "./selectMethod.js";
import { EQUAL_SHARE } from "../intervals/crps.js";
import { JUMP, JUMP_TOP } from "./backtest.testkit.js";
import { seededRandom } from "../../../test/support/random.js";

/** Month ends from 2022-01-31, one a month, with the given values. */
const monthly = (values: number[]) =>
  values.map((value, i) => ({ date: new Date(Date.UTC(2022, i + 1, 0)).toISOString().slice(0, 10), value }));

/** A fixed wiggle in [-200, 200]: (i·7919 mod 401) - 200, integers, the same on every machine. */
const wiggle = (i: number) => ((i * 7919) % 401) - 200;

// A straight line with noise: 1 000 a month plus the wiggle on each month's increment.
const line = monthly(
  Array.from({ length: 36 }, (_, i) => i).reduce<number[]>(
    (acc, i) => [...acc, (acc[i - 1] ?? 0) + 1000 + wiggle(i)],
    [],
  ),
);
// A strongly saturating series: the logistic K = 100 000, r = 0.4 a month, midpoint at month 10,
// rounded to whole counts, with the wiggle on top: it has levelled off by month 24.
const saturating = monthly(
  Array.from({ length: 36 }, (_, i) => Math.round(100_000 / (1 + Math.exp(-0.4 * (i - 10)))) + wiggle(i)),
);

/** 36 month ends of a random walk with drift: 1 000 a month, steps of sd 300, rounded; `seed` for seededRandom. */
const randomWalk = (seed: number) => {
  const random = seededRandom(seed);
  return monthly(
    Array.from({ length: 36 }, () => 1000 + random.normal(0, 300)).reduce<number[]>(
      (acc, d, i) => [...acc, Math.round((acc[i - 1] ?? 0) + d)],
      [],
    ),
  );
};

const FIT: FitSettings = {
  confidence: 0.9,
  fitOn: "cumulative",
  window: 3,
  capacity: undefined,
  bass: undefined,
  intervals: false,
};
const pathOf = (observations: { date: string; value: number }[]) =>
  cumulativePath(observations, { direction: "increase", onDecrease: "warn" }).points;

describe("method: auto", () => {
  it("a noisy straight line: the least-squares line", () => {
    const p = project(line, { method: "auto", until: "2025-12-31", fitOn: "cumulative" });
    expect(p.method).toBe("linear");
    expect(p.fittedOn).toBe("cumulative");
    expect(p.selection).toMatchObject({ method: "linear", horizon: 12, reason: "interval-score-stacking" });
    const scores = p.selection?.scores ?? {};
    // Every method is compared (no value ≤ 0; damped, which needs 11 points, from its first fit on).
    expect(Object.keys(scores)).toEqual(["run-rate", "linear", "cagr", "logistic", "bass", "damped"]);
    for (const m of ["run-rate", "cagr", "logistic", "bass", "damped"] as const)
      expect(scores[m]).toBeGreaterThan(scores.linear as number);
  });

  it("a saturating series: a saturating curve, far ahead of the straight lines", () => {
    const p = project(saturating, { method: "auto", until: "2025-12-31" });
    // Bass, which forecast the latest (levelled-off) origins best, takes all the stacked weight:
    // the logistic curve, second, is below 1 %.
    expect(p.method).toBe("bass");
    const scores = p.selection?.scores ?? {};
    for (const curve of ["logistic", "bass"] as const) {
      expect(scores[curve]).toBeLessThan(scores.linear as number);
      expect(scores[curve]).toBeLessThan(scores["run-rate"] as number);
    }
    // All the stacked weight: Bass keeps 1 − ε + ε/6 and each of the five other candidates pooled
    // ε/6, ε = EQUAL_SHARE (linear on cumulative values is not pooled: its fit warns
    // autocorrelated_residuals).
    const share = EQUAL_SHARE / 6;
    const weights = p.selection?.weights ?? {};
    expect(Object.keys(weights).sort()).toEqual(["bass", "cagr", "damped", "linear", "logistic", "run-rate"]);
    expect(weights.bass).toBeCloseTo(1 - EQUAL_SHARE + share, 12);
    for (const m of ["cagr", "damped", "linear", "logistic", "run-rate"] as const)
      expect(weights[m]).toBeCloseTo(share, 12);
    expect(p.selection?.widening).toBe(1);
    // The Bass projection's values, within an interval the other candidates' tails widen a little.
    const direct = project(saturating, { method: "bass", until: "2025-12-31" });
    expect(p.points.map((q) => q.value)).toEqual(direct.points.map((q) => q.value));
    p.points.forEach((q, i) => {
      const d = direct.points[i]!;
      expect(q.lower).toBeLessThanOrEqual(d.lower as number);
      expect(q.upper).toBeGreaterThanOrEqual(d.upper as number);
      expect((q.upper as number) - (q.lower as number)).toBeLessThan(
        1.25 * ((d.upper as number) - (d.lower as number)),
      );
    });
    expect(p.parameters).toEqual(direct.parameters);
  });

  it("too few points for a backtest: the random walk with drift", () => {
    // 8 month ends: from the 6th point on, no origin has an actual 3 months later.
    const short = line.slice(0, 8);
    const p = project(short, { method: "auto", until: "2023-12-31" });
    expect(p.selection).toEqual({
      method: "linear",
      horizon: null,
      scores: {},
      reason: "too-few-points-for-backtest",
      intervalScores: {},
      weights: { linear: 1 },
      widening: 1,
    });
    expect([p.method, p.fittedOn]).toEqual(["linear", "increments"]);
    const drift = project(short, { method: "linear", fitOn: "increments", until: "2023-12-31" });
    expect(p.points).toEqual(drift.points);
  });

  it(`needs ${MIN_FORECASTS} origins with an actual at a horizon`, () => {
    // 10 points: origins 6 to 10, of which 6 and 7 have an actual 3 months later: too few.
    expect(project(line.slice(0, 10), { method: "auto", until: "2023-12-31" }).selection?.reason).toBe(
      "too-few-points-for-backtest",
    );
    // 11 points: three origins (6, 7, 8) at 3 months.
    expect(project(line.slice(0, 11), { method: "auto", until: "2023-12-31" }).selection).toMatchObject({
      horizon: 3,
      reason: "interval-score-stacking",
    });
  });

  it("a path that grows by the same amount every month: no scale, the drift", () => {
    const p = project(monthly(Array.from({ length: 24 }, (_, i) => 500 * (i + 1))), {
      method: "auto",
      until: "2025-12-31",
    });
    expect(p.selection).toEqual({
      method: "linear",
      horizon: null,
      scores: {},
      reason: "no-naive-error",
      intervalScores: {},
      weights: { linear: 1 },
      widening: 1,
    });
    expect(p.fittedOn).toBe("increments");
    expect(p.valueAt("2025-12-31").value).toBeCloseTo(500 * 48, 6);
  });

  it.each([
    ["2025-01-31", 3], // 1 month ahead: 3 is nearest
    ["2025-08-31", 6], // 8 months: 6 (2 away) before 12 (4 away)
    ["2025-09-30", 6], // 9 months: 6 and 12 are as near; the shorter
    ["2025-10-31", 12], // 10 months
    ["2027-12-31", 12], // 36 months
  ])("until %s: the horizon %i", (until, horizon) => {
    expect(project(line, { method: "auto", until }).selection?.horizon).toBe(horizon);
  });

  it("compares the methods on the same origins, leaving out one that cannot be fitted there", () => {
    // From a baseline of 0 compound growth is undefined at every origin: cagr is left out.
    const p = project(line, { method: "auto", until: "2025-12-31", baseline: { date: "2021-12-31", value: 0 } });
    expect(Object.keys(p.selection?.scores ?? {})).toEqual(["run-rate", "linear", "logistic", "bass", "damped"]);
  });

  it("sees nothing after asOf", () => {
    const asOf = "2023-12-31";
    const cut = line.filter((o) => o.date <= asOf);
    const a = project(line, { method: "auto", until: "2024-12-31", asOf });
    const b = project(cut, { method: "auto", until: "2024-12-31" });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("is deterministic, and only auto carries a selection", () => {
    const a = project(saturating, { method: "auto", until: "2025-06-30" });
    const b = project(saturating, { method: "auto", until: "2025-06-30" });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(Object.keys(JSON.parse(JSON.stringify(a))).at(-1)).toBe("selection");
    expect("selection" in project(saturating, { method: "linear", until: "2025-06-30" })).toBe(false);
  });
});

describe("rankMethods", () => {
  it("scores every method on the origins all of them forecast at, as backtest does", () => {
    // 16 month ends: origins with an actual 3 months later are the 6th to 13th points (8, none
    // thinned out), but damped is first fitted at the 11th (10 steps): all methods are compared
    // on the 11th to 13th, which is the backtest with minPoints 11.
    const points = line.slice(0, 16);
    const r = rankMethods(pathOf(points), FIT, 3);
    expect(Object.keys(r.scores)).toContain("damped");
    const b = backtest(points, { horizons: [3], minPoints: 11, fitOn: "cumulative" });
    expect(b.origins).toHaveLength(3);
    for (const s of b.scores) expect(r.scores[s.method]).toBeCloseTo(s.mase as number, 12);
  });

  it("ranks the candidates by weight, every method and linear on both fits, on the nearest horizon", () => {
    const r = rankMethods(pathOf(line), FIT, 12);
    expect(r.horizon).toBe(12);
    expect(r.ranking).toHaveLength(7);
    expect(
      r.ranking
        .filter((c) => c.method === "linear")
        .map((c) => c.fitOn)
        .sort(),
    ).toEqual(["cumulative", "increments"]);
    const weights = r.pool.map((c) => c.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(r.ranking[0]).toEqual({ method: r.pool[0]?.method, fitOn: r.pool[0]?.fitOn });
    expect(r.ranking[0]?.method).toBe("linear");
  });

  it("scores linear on cumulative values but leaves it out of the pool when its residuals are autocorrelated", () => {
    // A random walk with drift (1 000 a month, steps of sd 300, seed 2026): the line fitted to its
    // cumulative values warns, so that fit is compared but never pooled.
    const walk = randomWalk(2026);
    expect(project(walk, { method: "linear", fitOn: "cumulative", until: "2025-12-31" }).warnings).toContainEqual(
      expect.objectContaining({ code: "autocorrelated_residuals" }),
    );
    const r = rankMethods(pathOf(walk), FIT, 12);
    expect(r.ranking).toContainEqual({ method: "linear", fitOn: "cumulative" });
    expect(r.pool.some((c) => c.method === "linear" && c.fitOn === "cumulative")).toBe(false);
    // `line` (its fixed wiggle is not autocorrelated about the line) does not warn, and that fit is pooled.
    expect(project(line, { method: "linear", fitOn: "cumulative", until: "2025-12-31" }).warnings).toEqual([]);
    expect(rankMethods(pathOf(line), FIT, 12).pool).toContainEqual(
      expect.objectContaining({ method: "linear", fitOn: "cumulative" }),
    );
  });

  it("at 6 months scores the 6-month forecasts only, as backtest does, and leaves out a method with none there", () => {
    // 16 month ends: origins with a 3-month actual are the 6th to 13th points (8, none thinned
    // out), those with a 6-month actual the 6th to 10th. damped, first fitted at the 11th point,
    // has 3-month forecasts only: left out. The others are compared on the 5 origins at 6 months.
    const points = line.slice(0, 16);
    const r = rankMethods(pathOf(points), FIT, 6);
    expect(r.horizon).toBe(6);
    expect(Object.keys(r.scores)).toEqual(["run-rate", "linear", "cagr", "logistic", "bass"]);
    expect(r.ranking.map((c) => c.method)).not.toContain("damped");
    const b = backtest(points, { horizons: [6], minPoints: 6, fitOn: "cumulative" });
    expect(b.origins).toHaveLength(5);
    for (const s of b.scores) expect(r.scores[s.method]).toBeCloseTo(s.mase as number, 12);
    // The interval score at confidence 0.9 (α = 0.1; Gneiting & Raftery 2007):
    // (u − l) + (2/α)(l − y)⁺ + (2/α)(y − u)⁺, averaged over the forecasts and divided by Q.
    const q = b.maseScale as number;
    for (const method of ["run-rate", "linear"] as const) {
      const rows = b.forecasts.filter((f) => f.method === method);
      const score = rows.reduce((sum, f) => {
        const [l, u, y] = [f.lower as number, f.upper as number, f.actual];
        return sum + (u - l) + 20 * Math.max(l - y, 0) + 20 * Math.max(y - u, 0);
      }, 0);
      expect(r.intervalScores[method]).toBeCloseTo(score / rows.length / q, 9);
    }
  });

  it("scores at most 8 origins, every third of the latest 24 from the latest back", () => {
    // A random walk with drift (1 000 a month, steps of sd 300, seed 7; line's fixed wiggle repeats
    // its run-rate errors every 4 months, which would hide which origins are scored): 36 month
    // ends, 3-month actuals from the 6th to the 33rd (28 origins). The latest 24 are the 10th to the
    // 33rd; thinned to ⌈24/8⌉ = every 3rd from the latest back: the points of index 32, 29, …, 11.
    // run-rate (window 3) forecasts y_i + 3·(y_i − y_{i−3})/3 at each.
    const walk = randomWalk(7);
    const points = pathOf(walk);
    const r = rankMethods(points, FIT, 3);
    expect(r.horizon).toBe(3);
    const y = walk.map((o) => o.value);
    const mase = (origins: number[]) =>
      origins.reduce((sum, i) => sum + Math.abs(y[i + 3]! - (y[i]! + (y[i]! - y[i - 3]!))), 0) /
      origins.length /
      naiveDriftScale(points)!;
    expect(r.scores["run-rate"]).toBeCloseTo(mase([11, 14, 17, 20, 23, 26, 29, 32]), 12);
    // Not the thinning one month earlier (index 31, 28, …, 10), nor the latest 8.
    expect(r.scores["run-rate"]).not.toBeCloseTo(mase([10, 13, 16, 19, 22, 25, 28, 31]), 6);
    expect(r.scores["run-rate"]).not.toBeCloseTo(mase([25, 26, 27, 28, 29, 30, 31, 32]), 6);
  });

  it("compares linear on both fits when increments are asked, and reports the one asked", () => {
    const points = pathOf(line.slice(0, 16));
    const r = rankMethods(points, { ...FIT, fitOn: "increments" }, 6);
    expect(r.ranking.filter((c) => c.method === "linear").map((c) => c.fitOn)).toEqual(
      expect.arrayContaining(["increments", "cumulative"]),
    );
    expect(r.ranking.filter((c) => c.method !== "linear").every((c) => c.fitOn === "increments")).toBe(true);
    // The random walk with drift (linear on increments) at 6 months, as backtest scores it.
    const b = backtest(line.slice(0, 16), { methods: ["linear"], horizons: [6], minPoints: 6, fitOn: "increments" });
    expect(r.scores.linear).toBeCloseTo(b.scores[0]?.mase as number, 12);
    const c = rankMethods(points, FIT, 6);
    expect(c.scores.linear).not.toBeCloseTo(r.scores.linear as number, 6);
  });

  it("too few points, whether or not the path has a naive error", () => {
    // 8 month ends growing by 500 a month: Q = 0, but there is no horizon to score first.
    const flat = monthly(Array.from({ length: 8 }, (_, i) => 500 * (i + 1)));
    expect(rankMethods(pathOf(flat), FIT, 3)).toMatchObject({ reason: "too-few-points-for-backtest", ranking: [] });
  });

  it("ranks the pool first by weight, then the others by score, the worst last", () => {
    // On the first 16 months of line at 3 months all the stacked weight goes to linear on cumulative
    // values: it keeps 1 − ε + ε/7, and the six other candidates their equal share ε/7
    // (ε = EQUAL_SHARE), ranked among themselves by score. cagr (compound growth on a straight
    // line) errs the most, and ranks last.
    const r = rankMethods(pathOf(line.slice(0, 16)), FIT, 3);
    expect(r.pool.map((c) => [c.method, c.fitOn])[0]).toEqual(["linear", "cumulative"]);
    expect(r.pool[0]?.weight).toBeCloseTo(1 - EQUAL_SHARE + EQUAL_SHARE / 7, 12);
    for (const c of r.pool.slice(1)) expect(c.weight).toBeCloseTo(EQUAL_SHARE / 7, 12);
    expect(r.ranking).toEqual(r.pool.map(({ method, fitOn }) => ({ method, fitOn })));
    const others = Object.entries(r.scores).filter(([m]) => m !== "cagr");
    for (const [, score] of others) expect(r.scores.cagr).toBeGreaterThan(score as number);
    expect(r.ranking).toHaveLength(7);
    expect(r.ranking.at(-1)).toEqual({ method: "cagr", fitOn: "cumulative" });
  });

  it("compares the candidates only where every one has a finite predictive distribution", () => {
    // The 2^52-fold JUMP, then month ends from 2024-02-29 on, JUMP_TOP + 10, + 30, …, + 100: cagr's
    // log walk has no finite interval 3 months after 2024-01-31 (backtest gives it none there), and
    // 2024-02-29 falls out too (its 0.975 quantile, one of the 20 of auto, overflows where the 90%
    // interval does not). Every candidate is compared on the origins from 2024-03-31 on, as backtest
    // scores them with minPoints 8.
    const observations = [
      ...JUMP,
      ...[10, 30, 40, 60, 70, 90, 100].map((d, i) => ({
        date: new Date(Date.UTC(2024, i + 2, 0)).toISOString().slice(0, 10),
        value: JUMP_TOP + d,
      })),
    ];
    const wide = backtest(observations, { methods: ["cagr"], horizons: [3], fitOn: "cumulative" });
    expect(wide.forecasts.filter((f) => f.upper === null).map((f) => f.origin)).toEqual(["2024-01-31"]);
    const r = rankMethods(pathOf(observations), FIT, 3);
    expect(r.horizon).toBe(3);
    expect(Object.keys(r.scores)).toContain("cagr");
    const b = backtest(observations, { methods: ["run-rate"], horizons: [3], minPoints: 8, fitOn: "cumulative" });
    expect(b.origins).toEqual(["2024-03-31", "2024-04-30", "2024-05-31"]);
    expect(r.scores["run-rate"]).toBeCloseTo(b.scores[0]?.mase as number, 9);
  });

  it("charges an interval score 2/α per unit an actual falls outside the interval", () => {
    // The first 16 months of the random walk of seed 2026 at 6 months: the line on cumulative
    // values, whose interval assumes independent errors, misses some actuals. Its interval score
    // at confidence 0.9 (α = 0.1), (u − l) + 20·(l − y)⁺ + 20·(y − u)⁺, averaged and divided by Q,
    // from backtest's forecasts (Gneiting & Raftery 2007).
    const walk = randomWalk(2026).slice(0, 16);
    const r = rankMethods(pathOf(walk), FIT, 6);
    const b = backtest(walk, { methods: ["linear"], horizons: [6], minPoints: 6, fitOn: "cumulative" });
    const outside = b.forecasts.filter((f) => f.actual < (f.lower as number) || f.actual > (f.upper as number));
    expect(outside.length).toBeGreaterThan(0);
    const score = b.forecasts.reduce((sum, f) => {
      const [l, u, y] = [f.lower as number, f.upper as number, f.actual];
      return sum + (u - l) + 20 * Math.max(l - y, 0) + 20 * Math.max(y - u, 0);
    }, 0);
    expect(r.intervalScores.linear).toBeCloseTo(score / b.forecasts.length / (b.maseScale as number), 9);
  });
});
