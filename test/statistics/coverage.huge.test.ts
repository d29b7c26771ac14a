// Coverage of the bootstrap intervals (`logistic`, `bass`: a residual bootstrap of 300 refits per
// projection, 10 to 30 ms each), in `npm run test:huge`: the method of coverage.test.ts on the
// curves these methods assume, independent noise around a logistic or a Bass curve. 1 000 series
// per row: the binomial standard deviation of a 90 % share is 0.95 points, so the band 85–95 % is
// more than five of them either side of 90 %. Also the damped trend on 12 and 36 months of data
// (n = 24 is in coverage.test.ts).
//
// The shares measured (seeded, so they reproduce) are printed with STATISTICS_REPORT=1.
import { describe, expect, it } from "vitest";
import { seededRandom } from "../support/random.js";
import {
  coverageOf,
  dampedPaces,
  logisticRunningCount,
  noisyBass,
  noisyLogistic,
  randomWalk,
  report,
} from "./simulate.js";

const HORIZONS = [1, 6, 12];

// Logistic: capacity 10 000, rate 0.25 a month, midpoint at month 12, noise sd 100 (1 % of the
// capacity); 24 months reach 94 % of the capacity, past the inflection, so the data show the
// ceiling. Bass: 1 000 at launch (month 0), p = 0.01, q = 0.3 a month, market 10 000, noise sd 100;
// adoptions peak at ln(q/p)/(p + q) = 11 months, so 24 months show the slowdown.
const logistic = noisyLogistic(10_000, 0.25, 12, 100);
const bass = noisyBass(1000, 0.01, 0.3, 10_000, 100);

describe("coverage of the bootstrap intervals on the curve each method assumes (n = 24 months)", () => {
  it.each([
    { name: "logistic, noise around a logistic curve", process: logistic, method: "logistic" as const, seed: 5 },
    { name: "bass, noise around a Bass curve", process: bass, method: "bass" as const, seed: 6 },
  ])("$name: 85-95 percent at 1, 6 and 12 months", ({ name, process, method, seed }) => {
    const rows = coverageOf(seededRandom(seed), process, 24, HORIZONS, 1000, { method });
    report(`${name}, n = 24`, rows);
    for (const row of rows) {
      expect(row.covered, `h = ${row.horizon}`).toBeGreaterThanOrEqual(0.85);
      expect(row.covered, `h = ${row.horizon}`).toBeLessThanOrEqual(0.95);
    }
  });
});

describe("coverage of the bootstrap intervals: where they fall short", () => {
  // Four months past the inflection the capacity is still loosely pinned down (the fit warns
  // `poorly_determined`), so the bootstrap carries the noise forward rather than trusting residuals
  // that look independent (see pathBootstrap.ts). On this series, whose noise really is independent,
  // that is too cautious: measured 95.9 %, 99.8 %, 99.6 % at 1, 6 and 12 months (1 000 series,
  // 2026-12-08; 85-86 % and 84 % before the rule, which on running counts raised Bass from 81 % to
  // 89 % at 12 months). A known over-coverage, named here: checked at least 80 % (not too narrow),
  // and at most 99.9 % (still an interval, not the whole line).
  it("logistic on 16 months (4 past the inflection): at least 80 percent [over-covers: 96-99.8 % measured on 2026-12-08]", () => {
    const rows = coverageOf(seededRandom(7), logistic, 16, HORIZONS, 1000, { method: "logistic" });
    report("logistic, noise around a logistic curve, n = 16", rows);
    for (const row of rows) {
      expect(row.covered, `h = ${row.horizon}`).toBeGreaterThanOrEqual(0.8);
      expect(row.covered, `h = ${row.horizon}`).toBeLessThanOrEqual(0.999);
    }
  });

  // A real running count carries its noise forward: each month's count adds to all the earlier
  // ones. The residual bootstrap alone treated the residuals about the curve as independent, and
  // covered 96 %, 81 %, 76 % at 1, 6, 12 months here (300 series, December 2026). The interval now
  // weighs a carried-forward model of the steps by its likelihood (see pathBootstrap.ts): measured
  // 95.3 %, 88.5 %, 86.0 % (400 series, 2026-12-07), within 85-95 % but for the first month,
  // which is 1.7 standard deviations (1.06 points each) above 95 %.
  it("logistic on a running count with noisy monthly increments: 85-95 percent at 6 and 12 months, 95.3 at 1", () => {
    const rows = coverageOf(seededRandom(12), logisticRunningCount(10_000, 0.25, 12, 0.3), 24, HORIZONS, 400, {
      method: "logistic",
    });
    report("logistic, running count along a logistic curve (30 % noise on each month's count), n = 24", rows);
    for (const row of rows) expect(row.covered).toBeGreaterThanOrEqual(0.85);
    // 6 and 12 months within the band; the first month over it by the 0.3 points above.
    expect(rows.slice(1).every((row) => row.covered <= 0.95)).toBe(true);
    expect((rows[0] as (typeof rows)[number]).covered).toBeLessThanOrEqual(0.96);
  });
});

describe("coverage of the damped trend's averaged interval on 12 and 36 months", () => {
  // coverage.test.ts checks n = 24. Shorter and longer series, 1 000 each (December 2026): on its
  // own process (α 0.3, β 0.1, φ 0.9) 88.2 %, 95.3 %, 96.8 % at 1, 6, 12 months on 12 months of
  // data, 88.8 %, 89.9 %, 89.1 % on 36; on a random walk with drift 88.9 %, 98.9 %, 99.9 % and
  // 89.6 %, 95.4 %, 98.4 %. Fewer paces leave more of the wandering unresolved, so the interval is
  // wider. Checked: at least 85 % everywhere, at most 95 % a month ahead.
  it.each([
    { name: "ETS(A,Ad,N) paces", process: dampedPaces(5000, 100, 5, 0.3, 0.1, 0.9, 20), seed: 13 },
    { name: "random walk with drift", process: randomWalk(5000, 100, 30), seed: 14 },
  ])("$name: at least 85 percent at 1, 6 and 12 months", ({ name, process, seed }) => {
    for (const n of [12, 36]) {
      const rows = coverageOf(seededRandom(100 * n + seed), process, n, HORIZONS, 1000, { method: "damped" });
      report(`damped, ${name}, n = ${n}`, rows);
      for (const row of rows) expect(row.covered, `n = ${n}, h = ${row.horizon}`).toBeGreaterThanOrEqual(0.85);
      expect((rows[0] as (typeof rows)[number]).covered, `n = ${n}, h = 1`).toBeLessThanOrEqual(0.95);
    }
  });
});
