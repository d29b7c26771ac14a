// Are the probabilities of `probabilityReaching(value, date)` honest? Over thousands of simulated
// series, each with its own goal and date, the predicted probability is recorded beside whether the
// simulated truth reached the goal by that date. Two measures:
// - the Brier score, mean (p - outcome)², must beat the constant forecast that always says the base
//   rate ȳ (whose Brier score is ȳ(1 - ȳ)): the probabilities carry information;
// - reliability: in each tenth of [0, 1] holding at least 30 cases, the mean predicted probability
//   and the share of goals reached differ by at most 0.1 (Murphy and Winkler's reliability diagram).
//   With 6 000 series a bin holds 180 to 2 000 cases: the share's standard deviation is at most
//   sqrt(0.25/180) = 0.037, so 0.1 is 2.7 standard deviations in the thinnest bin, more elsewhere.
//
// Goals behind the origin (already reached: the series never falls, so there is nothing to forecast)
// are left out. The random walks here fall in a month with probability Φ(-100/30) = 0.04 %, so the
// value at the end of the date being at or above the goal is "reached by then".
//
// Two ways of choosing the goal:
// - set in advance: a goal fixed before the data, spread ± 1.5 sd of the value at its date around
//   the process's mean path, as a target is set in a plan;
// - around the truth: the goal at a chosen quantile of the true distribution of the value at its date,
//   given the origin (true probability Φ(-z), z uniform in [-2.5, 2.5]), so every probability is
//   equally represented. Here a probability far from 0.5 is as often a noisy estimate of the rate
//   as a real certainty: a method with a noisy rate is more sure than the outcomes at the ends. It
//   shows with run-rate, whose rate comes from 3 months: measured 0.05 predicted against about 0.11
//   reached in the lowest tenth, 0.95 against 0.90 in the highest (still within 0.1); linear on
//   increments, rate over 23 months, stays within 0.05.
//
// The figures measured are printed with STATISTICS_REPORT=1.
import { describe, expect, it } from "vitest";
import { project } from "../../src/index.js";
import type { ProjectionOptions } from "../../src/index.js";
import { type Random, seededRandom } from "../support/random.js";
import { compoundGrowth, monthEnd, observationsOf, type Process, randomWalk, report } from "./simulate.js";

const SERIES = 6000;
const N = 24; // months fitted
const LONGEST = 12; // the goal's date: 1 to 12 months after the origin

/** A process and the true p-quantile z (standard normal) of its value h months after `origin`, and its mean path from month 0. */
interface Known {
  readonly process: Process;
  /** The value h months after `origin` at standard normal score z (the true distribution given the origin). */
  readonly quantile: (origin: number, h: number, z: number) => number;
  /** The value at month k at standard normal score z (the distribution before any data). */
  readonly unconditional: (k: number, z: number) => number;
}

// The processes of coverage.test.ts: a random walk 5 000 + 100/month, sd 30 a month; compound
// growth from 10 000 at 3 %/month, sd 0.01 of the monthly log step (a fall in a month: Φ(-3) = 0.13 %).
const walk: Known = {
  process: randomWalk(5000, 100, 30),
  quantile: (origin, h, z) => origin + 100 * h + z * 30 * Math.sqrt(h),
  unconditional: (k, z) => 5000 + 100 * k + z * 30 * Math.sqrt(k),
};
const compound: Known = {
  process: compoundGrowth(10_000, 0.03, 0.01),
  quantile: (origin, h, z) => origin * Math.exp(0.03 * h + z * 0.01 * Math.sqrt(h)),
  unconditional: (k, z) => 10_000 * Math.exp(0.03 * k + z * 0.01 * Math.sqrt(k)),
};

type GoalChoice = (random: Random, known: Known, origin: number, h: number) => number;
const DESIGNS: Readonly<Record<string, GoalChoice>> = {
  "set in advance": (random, known, _origin, h) => known.unconditional(N - 1 + h, random.between(-1.5, 1.5)),
  "around the truth": (random, known, origin, h) => known.quantile(origin, h, random.between(-2.5, 2.5)),
};

interface Forecast {
  readonly p: number;
  readonly reached: 0 | 1;
}

function forecasts(seed: number, known: Known, options: Omit<ProjectionOptions, "until">, choose: GoalChoice) {
  const random = seededRandom(seed);
  const out: Forecast[] = [];
  for (let s = 0; s < SERIES; s++) {
    const path = known.process(random, N + LONGEST);
    const h = random.integer(1, LONGEST);
    const origin = path[N - 1] as number;
    const goal = Math.round(choose(random, known, origin, h));
    if (goal <= origin) continue;
    const projection = project(observationsOf(path, N), { ...options, until: monthEnd(N) });
    const answer = projection.probabilityReaching(goal, monthEnd(N - 1 + h));
    if (answer.probability === null) throw new Error(`no probability: ${answer.reason}`);
    out.push({ p: answer.probability, reached: (path[N - 1 + h] as number) >= goal ? 1 : 0 });
  }
  return out;
}

function reliability(rows: readonly Forecast[]) {
  const bins = Array.from({ length: 10 }, (_, i) => ({ bin: `${i / 10}-${(i + 1) / 10}`, cases: 0, p: 0, reached: 0 }));
  for (const r of rows) {
    const b = bins[Math.min(9, Math.floor(r.p * 10))] as (typeof bins)[number];
    b.cases++;
    b.p += r.p;
    b.reached += r.reached;
  }
  return bins.map((b) => ({ bin: b.bin, cases: b.cases, predicted: b.p / b.cases, observed: b.reached / b.cases }));
}

const FORECASTERS = [
  { name: "linear on increments", known: walk, options: { method: "linear", fitOn: "increments" }, seed: 1 },
  { name: "run-rate", known: walk, options: { method: "run-rate" }, seed: 2 },
  { name: "cagr", known: compound, options: { method: "cagr" }, seed: 3 },
] as const;

describe.each(Object.entries(DESIGNS))("calibration of probabilityReaching, goals %s", (design, choose) => {
  it.each(FORECASTERS)(
    "$name: Brier score below the base rate's, every tenth within 0.1",
    ({ name, known, options, seed }) => {
      const rows = forecasts(seed + (design === "set in advance" ? 100 : 200), known, options, choose);
      const base = rows.reduce((s, r) => s + r.reached, 0) / rows.length;
      const brier = rows.reduce((s, r) => s + (r.p - r.reached) ** 2, 0) / rows.length;
      const table = reliability(rows);
      report(
        `${name}, goals ${design}: ${rows.length} forecasts, base rate ${base.toFixed(3)}, Brier ${brier.toFixed(4)} (base rate's ${(base * (1 - base)).toFixed(4)})`,
        table,
      );
      expect(rows.length).toBeGreaterThan(0.9 * SERIES);
      expect(brier).toBeLessThan(base * (1 - base));
      const counted = table.filter((b) => b.cases >= 30);
      expect(counted.length).toBeGreaterThanOrEqual(8);
      for (const b of counted) expect(Math.abs(b.predicted - b.observed), b.bin).toBeLessThanOrEqual(0.1);
    },
  );
});
