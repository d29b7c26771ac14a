// Do the projection intervals hold the truth as often as they say? Each method is fitted, through
// the public `project`, to the first n months of series simulated from the process it assumes, and
// its interval is compared with the same series' value h months later. A 90 % interval should hold
// it in 90 % of the series: with 1 000 series per row the binomial standard deviation of the share
// is sqrt(0.9·0.1/1000) = 0.95 points, so the band 85–95 % is more than five standard deviations
// either side of 90 %: an honest interval passes every time, a too narrow or too wide one fails.
// Each tail (truth below `lower`, above `upper`) should be 5 % (sd 0.69 points): the band 2–8 %
// catches an interval of the right width in the wrong place.
//
// The shares measured (seeded, so they reproduce) are printed with STATISTICS_REPORT=1.
// logistic and bass (bootstrap intervals, slower) are in coverage.huge.test.ts.
import { describe, expect, it } from "vitest";
import { seededRandom } from "../support/random.js";
import { compoundGrowth, coverageOf, dampedPaces, type Process, randomWalk, report } from "./simulate.js";
import type { ProjectionOptions } from "../../src/index.js";

const CASES = 1000;
const HORIZONS = [1, 6, 12];

// A running count: 5 000 at the start, 100 a month on average, sd 30 a month (a monthly fall has
// probability Φ(-100/30) = 0.04 %). Compound growth: 3 % a month, sd 0.01 of the monthly log step
// (a fall in a month: Φ(-3) = 0.13 %), from 10 000, so the rounding to whole numbers (≤ 0.5) is at
// most 0.005 % of a value, beside a monthly noise of 1 %.
const walk = randomWalk(5000, 100, 30);
const compound = compoundGrowth(10_000, 0.03, 0.01);

interface Row {
  readonly name: string;
  readonly process: Process;
  readonly options: Omit<ProjectionOptions, "until">;
  readonly seed: number;
}
const MATCHED: readonly Row[] = [
  {
    name: "linear on increments, random walk with drift",
    process: walk,
    options: { method: "linear", fitOn: "increments" },
    seed: 1,
  },
  {
    name: "run-rate (3-month window), random walk with drift",
    process: walk,
    options: { method: "run-rate" },
    seed: 2,
  },
  { name: "cagr, compound growth with log-normal steps", process: compound, options: { method: "cagr" }, seed: 3 },
];

describe("coverage: the 90 % interval of each method on the process it assumes", () => {
  describe.each([12, 24])("fitted on n = %i months", (n) => {
    it.each(MATCHED)(
      "$name: 85-95 percent at 1, 6 and 12 months, 2-8 percent in each tail",
      ({ name, process, options, seed }) => {
        const rows = coverageOf(seededRandom(1000 * n + seed), process, n, HORIZONS, CASES, options);
        report(`${name}, n = ${n}`, rows);
        for (const row of rows) {
          expect(row.covered, `h = ${row.horizon}`).toBeGreaterThanOrEqual(0.85);
          expect(row.covered, `h = ${row.horizon}`).toBeLessThanOrEqual(0.95);
          expect(row.below, `h = ${row.horizon}, below`).toBeGreaterThanOrEqual(0.02);
          expect(row.below, `h = ${row.horizon}, below`).toBeLessThanOrEqual(0.08);
          expect(row.above, `h = ${row.horizon}, above`).toBeGreaterThanOrEqual(0.02);
          expect(row.above, `h = ${row.horizon}, above`).toBeLessThanOrEqual(0.08);
        }
      },
    );
  });

  // The whole distribution, not one level: the central 50 % interval (quartiles) should hold the
  // truth half the time (sd 1.6 points at 1 000 series; band ± 6 points).
  it.each(MATCHED)(
    "$name: the 50 percent interval holds the truth 44-56 percent of the time (n = 24)",
    ({ name, process, options, seed }) => {
      const rows = coverageOf(seededRandom(50_000 + seed), process, 24, HORIZONS, CASES, {
        ...options,
        confidence: 0.5,
      });
      report(`${name}, n = 24, 50 % interval`, rows);
      for (const row of rows) {
        expect(row.covered, `h = ${row.horizon}`).toBeGreaterThanOrEqual(0.44);
        expect(row.covered, `h = ${row.horizon}`).toBeLessThanOrEqual(0.56);
      }
    },
  );
});

describe("coverage: a contrast, the OLS line on a cumulative random walk", () => {
  // `linear` on cumulative values (`fitOn: "cumulative"`; the default is increments) draws the OLS prediction interval, which
  // assumes independent residuals around a fixed line. A running count's residuals are
  // autocorrelated (each month carries all earlier noise), so the interval is too narrow, more so
  // the further ahead: this is why increments are the default, and why a cumulative fit warns
  // `autocorrelated_residuals`. Measured: about 77 % at 1 month, 40-45 % at 12 months.
  it("covers below 85 % at every horizon, and less at 12 months than at 1", () => {
    const rows = coverageOf(seededRandom(4), walk, 24, HORIZONS, CASES, { method: "linear", fitOn: "cumulative" });
    report("linear on cumulative values (OLS), random walk with drift, n = 24", rows);
    for (const row of rows) expect(row.covered, `h = ${row.horizon}`).toBeLessThan(0.85);
    expect((rows.at(-1) as (typeof rows)[number]).covered).toBeLessThan((rows[0] as (typeof rows)[number]).covered);
  });
});

describe("coverage: the damped trend, its interval averaged over α, β and φ", () => {
  // `damped` (ETS(A,Ad,N) on the monthly paces) averages its state-space forecast over the
  // smoothing parameters, each weighed by how well it explains the paces (see fitDamped). On 23
  // paces the least-squares α lands on its lower bound (1e-4) in four series of five even when the
  // true α is 0.3, and the interval at the estimates alone held the truth in 83.1 %, 47.1 % and
  // 31.8 % of these 1 000 series at 1, 6 and 12 months (December 2026). Averaged: 88.0 %, 90.5 %,
  // 89.5 %, each tail 4-6.4 %.
  const own = dampedPaces(5000, 100, 5, 0.3, 0.1, 0.9, 20);
  it("on the process it assumes (ETS(A,Ad,N) paces, n = 24): 85-95 percent, 2-8 percent in each tail", () => {
    const rows = coverageOf(seededRandom(8), own, 24, HORIZONS, CASES, { method: "damped" });
    report("damped, ETS(A,Ad,N) paces (α 0.3, β 0.1, φ 0.9), n = 24", rows);
    for (const row of rows) {
      expect(row.covered, `h = ${row.horizon}`).toBeGreaterThanOrEqual(0.85);
      expect(row.covered, `h = ${row.horizon}`).toBeLessThanOrEqual(0.95);
      expect(row.below, `h = ${row.horizon}, below`).toBeGreaterThanOrEqual(0.02);
      expect(row.below, `h = ${row.horizon}, below`).toBeLessThanOrEqual(0.08);
      expect(row.above, `h = ${row.horizon}, above`).toBeGreaterThanOrEqual(0.02);
      expect(row.above, `h = ${row.horizon}, above`).toBeLessThanOrEqual(0.08);
    }
  });

  // A steady pace (the random walk with drift, α = β = 0) is one that 23 paces cannot tell from a
  // wandering one, so the average keeps the wandering the data do not rule out: honest a month
  // ahead, wider than needed further out. Measured 90.4 %, 97.6 %, 99.8 % (the estimates alone:
  // 88.2 %, 75.8 %, 66.1 %); at 12 months the interval is 2.5 times as wide as the damped
  // projection's errors need (400 series). Checked: at least 85 % at every horizon, at most 95 % a
  // month ahead, and the excess at 12 months, so that a narrower interval shows here.
  it("on a random walk with drift (n = 24): 85-95 percent a month ahead, at least 85 percent beyond", () => {
    const rows = coverageOf(seededRandom(9), walk, 24, HORIZONS, CASES, { method: "damped" });
    report("damped, random walk with drift, n = 24", rows);
    for (const row of rows) expect(row.covered, `h = ${row.horizon}`).toBeGreaterThanOrEqual(0.85);
    expect((rows[0] as (typeof rows)[number]).covered).toBeLessThanOrEqual(0.95);
    expect((rows.at(-1) as (typeof rows)[number]).covered).toBeGreaterThan(0.95);
  });
});
