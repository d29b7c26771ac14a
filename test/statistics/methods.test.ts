// Every projection method gives an interval on an ordinary series: 24 months of a noisy running
// count (monthly increments of an S-curve with 30 % noise, seeded), projected 12 months on. Each
// point's `lower` and `upper` are finite numbers with lower ≤ value ≤ upper, and the interval's
// kind is named. Checked for each method of the vocabulary (`auto` is a choice among them, not a
// method of its own) on 10 series.
import { describe, expect, it } from "vitest";
import { project } from "../../src/index.js";
import { METHODS } from "../../src/vocabulary/index.js";
import { seededRandom } from "../support/random.js";
import { monthEnd, observationsOf } from "./simulate.js";

const N = 24;
const SERIES = 10;

/** A running count whose monthly increments follow a logistic curve (K = 20 000, r = 0.2/month, midpoint month 18) with 30 % normal noise, never negative. */
function noisyRunningCount(seed: number): number[] {
  const random = seededRandom(seed);
  const curve = (k: number) => 20_000 / (1 + Math.exp(-0.2 * (k - 18)));
  const y = [Math.round(curve(0))];
  for (let k = 1; k < N; k++) {
    const step = curve(k) - curve(k - 1);
    y.push((y[k - 1] as number) + Math.max(0, Math.round(step * (1 + random.normal(0, 0.3)))));
  }
  return y;
}

const methods = METHODS.filter((m: string) => m !== "auto");

describe("every method has a finite interval around its projection", () => {
  it("covers the vocabulary's methods", () => {
    expect(methods).toEqual(expect.arrayContaining(["run-rate", "linear", "cagr", "logistic", "bass"]));
  });

  describe.each(methods)("%s", (method) => {
    it.each(Array.from({ length: SERIES }, (_, i) => i + 1))(
      "series %i: finite lower ≤ value ≤ upper at each of 12 months",
      (seed) => {
        const p = project(observationsOf(noisyRunningCount(seed), N), { method, until: monthEnd(N - 1 + 12) });
        expect(p.interval.kind, JSON.stringify(p.interval)).not.toBeNull();
        expect(p.points).toHaveLength(12);
        for (const { date, lower, upper, value } of p.points) {
          expect(Number.isFinite(lower) && Number.isFinite(upper), `${date}: [${lower}, ${upper}]`).toBe(true);
          expect(lower as number, date).toBeLessThanOrEqual(value);
          expect(value, date).toBeLessThanOrEqual(upper as number);
        }
        // The interval widens with the horizon for every method (more months, more that can happen).
        const width = (i: number) => (p.points[i]?.upper as number) - (p.points[i]?.lower as number);
        expect(width(11)).toBeGreaterThan(width(0));
      },
    );
  });
});
