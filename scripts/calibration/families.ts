// The growth patterns the calibration report simulates: running counts of on-boarded enterprises,
// each with its own parameters drawn at random. In the four main families each month's surprise
// stays in the total (the noise is carried forward, as in any running count); the two
// "independent noise" variants put independent noise around a curve instead, the case the curve
// fits assume. Every draw comes from one seeded generator, so a report reproduces exactly.
import type { Random } from "../../test/support/random.js";

/** A family: draws one series of `months` month-end values (whole numbers, never decreasing by construction of the carried-forward families). */
export interface Family {
  readonly name: string;
  /** The method that models this family, for the "own method" row. */
  readonly own: "linear" | "cagr" | "logistic" | "bass";
  readonly draw: (random: Random, months: number) => number[];
}

const logistic = (K: number, r: number, mid: number) => (k: number) => K / (1 + Math.exp(-r * (k - mid)));
const bass = (N0: number, M: number, p: number, q: number) => (k: number) => {
  const e = Math.exp(-(p + q) * k);
  return N0 + (M * (1 - e)) / (1 + (q / p) * e);
};

/**
 * A running count that follows `curve` in expectation: each month adds the curve's rise times
 * `1 + ε`, ε ~ N(0, sd²), floored at 0 (a month never removes firms). The surprise stays in the total.
 */
function carried(curve: (k: number) => number, sd: number, random: Random, months: number): number[] {
  const y = [curve(0)];
  for (let k = 1; k < months; k++)
    y.push((y[k - 1] as number) + Math.max(0, (curve(k) - curve(k - 1)) * (1 + random.normal(0, sd))));
  return y.map(Math.round);
}

/** `curve` plus independent N(0, sd²) noise each month, the path kept non-decreasing as a reported running count is. */
function independent(curve: (k: number) => number, sd: number, random: Random, months: number): number[] {
  const y = Array.from({ length: months }, (_, k) => Math.max(0, curve(k) + random.normal(0, sd)));
  for (let k = 1; k < months; k++) y[k] = Math.max(y[k] as number, y[k - 1] as number);
  return y.map(Math.round);
}

export const FAMILIES: readonly Family[] = [
  {
    // A random walk with drift: the pace is steady, each month's count is drift ± sd.
    name: "steady pace",
    own: "linear",
    draw: (random, months) => {
      const start = random.between(1e4, 1e6);
      const drift = start * random.between(0.01, 0.05);
      const sd = drift * random.between(0.1, 0.5);
      const y = [start];
      for (let k = 1; k < months; k++) y.push((y[k - 1] as number) + Math.max(0, random.normal(drift, sd)));
      return y.map(Math.round);
    },
  },
  {
    // Compound growth: ln y is a random walk with drift 1 % to 5 % a month.
    name: "compound growth",
    own: "cagr",
    draw: (random, months) => {
      const start = random.between(1e4, 1e6);
      const g = random.between(0.01, 0.05);
      const sd = random.between(0.003, 0.02);
      const y = [start];
      for (let k = 1; k < months; k++) y.push((y[k - 1] as number) * Math.exp(Math.max(0, random.normal(g, sd))));
      return y.map(Math.round);
    },
  },
  {
    // A logistic curve in its increments, midpoint between month 6 and 40 (the 24 observed months
    // see the take-off, the turn or the levelling off), noise of 5 % to 30 % of a month's rise.
    name: "logistic",
    own: "logistic",
    draw: (random, months) =>
      carried(
        logistic(random.between(1e5, 1e7), random.between(0.1, 0.35), random.between(6, 40)),
        random.between(0.05, 0.3),
        random,
        months,
      ),
  },
  {
    // Bass diffusion in its increments: innovation p 0.002 to 0.03, imitation q 0.05 to 0.4.
    name: "Bass",
    own: "bass",
    draw: (random, months) =>
      carried(
        bass(
          random.between(1e3, 1e5),
          random.between(1e5, 1e7),
          random.between(0.002, 0.03),
          random.between(0.05, 0.4),
        ),
        random.between(0.05, 0.3),
        random,
        months,
      ),
  },
  {
    name: "logistic, independent noise",
    own: "logistic",
    draw: (random, months) => {
      const K = random.between(1e5, 1e7);
      return independent(
        logistic(K, random.between(0.1, 0.35), random.between(6, 40)),
        K * random.between(0.002, 0.01),
        random,
        months,
      );
    },
  },
  {
    name: "Bass, independent noise",
    own: "bass",
    draw: (random, months) => {
      const M = random.between(1e5, 1e7);
      return independent(
        bass(random.between(1e3, 1e5), M, random.between(0.002, 0.03), random.between(0.05, 0.4)),
        M * random.between(0.002, 0.01),
        random,
        months,
      );
    },
  },
];
