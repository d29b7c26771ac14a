// The dates and probabilities of a projection come from one predictive distribution, so they must
// agree with each other by definition:
// - the P85 date of `dateReachingQuantiles` is the FIRST date by which the value is reached with
//   probability ≥ 0.85: `probabilityReaching` on it is ≥ 0.85, on the day before < 0.85;
// - P50 ≤ P85 ≤ P95 (the probability of having reached a value never falls with time);
// - `dateReachingRange` brackets `dateReaching`, and its ends are the (1 ∓ c)/2 quantile dates
//   (here 5 % and 95 %), widened to include `dateReaching`'s date;
// - the same call gives the same answer (nothing random, nothing read from the clock).
// Checked on seeded series from the processes of coverage.test.ts and coverage.huge.test.ts, for
// every method, with goals 3, 12 and 30 months of the mean pace away (20, 40 and 60 % of the way to
// the fitted capacity for logistic and bass).
import { describe, expect, it } from "vitest";
import { project } from "../../src/index.js";
import type { CalendarDate, DateEstimate, Projection, ProjectionOptions } from "../../src/index.js";
import { seededRandom } from "../support/random.js";
import {
  compoundGrowth,
  dayBefore,
  monthEnd,
  noisyBass,
  noisyLogistic,
  observationsOf,
  type Process,
  randomWalk,
} from "./simulate.js";

const N = 24;
const QUANTILES = [0.5, 0.85, 0.95];

interface Case {
  readonly name: string;
  readonly process: Process;
  readonly options: Omit<ProjectionOptions, "until">;
  /** For a saturating curve: goals at these shares of the way from the origin to the fitted capacity. */
  readonly towardCapacity?: readonly number[];
  /** Months fitted, when not N. */
  readonly months?: number;
  /** Goals this many months of the mean pace past the origin, when not 3, 12 and 30. */
  readonly paceMonths?: readonly number[];
}
const CASES: readonly Case[] = [
  {
    name: "linear on increments",
    process: randomWalk(5000, 100, 30),
    options: { method: "linear", fitOn: "increments" },
  },
  { name: "linear on cumulative values", process: randomWalk(5000, 100, 30), options: { method: "linear" } },
  { name: "run-rate", process: randomWalk(5000, 100, 30), options: { method: "run-rate" } },
  { name: "cagr", process: compoundGrowth(10_000, 0.03, 0.01), options: { method: "cagr" } },
  {
    name: "damped",
    process: randomWalk(5000, 100, 30),
    options: { method: "damped" },
    // Its interval keeps a wandering pace (the pace's own random walk) that 24 months cannot rule
    // out, and then the chance of a far goal tops out below 95 %: goals 1 and 3 months of pace away
    // have all their quantile dates (farther ones: the test after these).
    paceMonths: [1, 3],
  },
  {
    name: "logistic (bootstrap)",
    process: noisyLogistic(10_000, 0.25, 12, 100),
    options: { method: "logistic" },
    towardCapacity: [0.2, 0.4, 0.6],
  },
  {
    name: "bass (bootstrap)",
    process: noisyBass(1000, 0.01, 0.3, 10_000, 100),
    options: { method: "bass" },
    towardCapacity: [0.2, 0.4, 0.6],
    // Three months past the peak of adoptions (month 11): at 24 months the path is within the noise
    // of its ceiling, and more than 5 % of the replicates level off below a goal 20 % of the way.
    months: 14,
  },
  {
    name: "linear on increments, a level meant to fall",
    process: randomWalk(20_000, -100, 30),
    options: { method: "linear", fitOn: "increments", direction: "decrease" },
  },
];

/**
 * The projection of the first N months of a seeded series, and goals 3, 12 and 30 months of its
 * mean pace past the origin (or shares of the way to the fitted capacity, for a saturating curve).
 */
function setUp(c: Case, seed: number): { projection: Projection; goals: number[] } {
  const n = c.months ?? N;
  const path = c.process(seededRandom(seed), n);
  const projection = project(observationsOf(path, n), { ...c.options, until: monthEnd(n) });
  const origin = projection.origin.value;
  const capacity = projection.parameters.capacity;
  if (c.towardCapacity !== undefined && capacity !== undefined)
    return { projection, goals: c.towardCapacity.map((share) => Math.round(origin + share * (capacity - origin))) };
  const pace = (origin - (path[0] as number)) / (n - 1);
  return { projection, goals: (c.paceMonths ?? [3, 12, 30]).map((months) => Math.round(origin + months * pace)) };
}

const dateOf = (e: DateEstimate): CalendarDate => {
  if (e.date === null) throw new Error(`no date: ${e.reason}`);
  return e.date;
};

describe.each(CASES)("consistency of the dates and probabilities: $name", (c) => {
  it.each([1, 2, 3])("series %i: each quantile date is the first with probability ≥ p", (seed) => {
    const { projection, goals } = setUp(c, seed);
    for (const goal of goals) {
      const quantiles = projection.dateReachingQuantiles(goal, QUANTILES);
      expect(quantiles.map((q) => q.probability)).toEqual(QUANTILES);
      for (const q of quantiles) {
        const date = dateOf(q);
        expect(date > projection.origin.date, `goal ${goal}, P${q.probability * 100} after the origin`).toBe(true);
        const on = projection.probabilityReaching(goal, date).probability as number;
        const before = projection.probabilityReaching(goal, dayBefore(date)).probability as number;
        expect(on, `goal ${goal}: probability on the P${q.probability * 100} date ${date}`).toBeGreaterThanOrEqual(
          q.probability,
        );
        expect(before, `goal ${goal}: probability the day before ${date}`).toBeLessThan(q.probability);
      }
      const [p50, p85, p95] = quantiles.map(dateOf) as [CalendarDate, CalendarDate, CalendarDate];
      expect(p50 <= p85 && p85 <= p95, `${p50} ≤ ${p85} ≤ ${p95}`).toBe(true);
    }
  });

  it.each([1, 2, 3])("series %i: the range brackets dateReaching and its ends are the 5 %% and 95 %% dates", (seed) => {
    const { projection, goals } = setUp(c, seed);
    for (const goal of goals) {
      const point = dateOf(projection.dateReaching(goal));
      const range = projection.dateReachingRange(goal);
      const [earliest, latest] = [dateOf(range.earliest), dateOf(range.latest)];
      expect(earliest <= point && point <= latest, `${earliest} ≤ ${point} ≤ ${latest}`).toBe(true);
      const [p05, p95] = projection.dateReachingQuantiles(goal, [0.05, 0.95]).map(dateOf) as [
        CalendarDate,
        CalendarDate,
      ];
      expect(earliest).toBe(point < p05 ? point : p05);
      expect(latest).toBe(point > p95 ? point : p95);
    }
  });

  it("gives the same answers on every call", () => {
    const a = setUp(c, 1);
    const b = setUp(c, 1);
    expect(JSON.stringify(a.projection)).toBe(JSON.stringify(b.projection));
    for (const goal of a.goals) {
      const date = monthEnd(N + 6);
      for (const p of [a.projection, a.projection, b.projection]) {
        expect(p.probabilityReaching(goal, date)).toEqual(a.projection.probabilityReaching(goal, date));
        expect(p.dateReachingRange(goal)).toEqual(a.projection.dateReachingRange(goal));
        expect(p.dateReachingQuantiles(goal, QUANTILES)).toEqual(a.projection.dateReachingQuantiles(goal, QUANTILES));
      }
    }
  });
});

describe("consistency of the dates and probabilities: damped, a goal its chance never makes sure of", () => {
  // With a wandering pace in its interval, the total's spread grows like h^1.5, faster than the
  // projection advances (h), so the chance of being past a far goal rises, peaks below 95 %, and
  // falls back toward ½. Then the P95 date is null with never-at-this-pace, and no date has that
  // chance: checked at every month end for a century.
  it.each([1, 2, 3])("series %i: a goal 12 months of pace away has no P95 date, and no date reaches 95 %%", (seed) => {
    const c = CASES.find((k) => k.name === "damped") as Case;
    const { projection, goals } = setUp({ ...c, paceMonths: [12] }, seed);
    const goal = goals[0] as number;
    const [p50, p95] = projection.dateReachingQuantiles(goal, [0.5, 0.95]);
    expect(p50?.date).not.toBeNull();
    expect(p95).toEqual({ probability: 0.95, date: null, reason: "never-at-this-pace" });
    let highest = 0;
    for (let k = N; k < N + 1200; k++)
      highest = Math.max(highest, projection.probabilityReaching(goal, monthEnd(k)).probability as number);
    expect(highest).toBeGreaterThan(0.5);
    expect(highest).toBeLessThan(0.95);
  });
});
