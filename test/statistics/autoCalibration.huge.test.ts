// How honest is `auto` on running counts of the four main families of the calibration report
// (scripts/calibration/families.ts: steady pace, compound growth, logistic, Bass, the noise carried
// forward)? On a seed of its own (not the report's), each family's series show `auto` their first
// 24 month ends; its 90 % interval 12 months later is checked against the truth, and
// `assess(..., { method: "auto" })`'s `probabilityOnTime` for a goal drawn around the realised
// 12-month gain (as in the report) is scored by its Brier score over the base rate's, r(1 − r).
//
// The coverage band is the goal, 82–96 %: on 2026-12-08 `auto` covered 0.92, 0.90, 0.88 and 0.90
// on this seed (60 series a family; the sampling error of a share is about ± 0.08, so a miss here
// is a warning sign, not proof). The Brier bands are what `auto` reached that day (ratios 0.28,
// 0.57, 1.12 and 0.73), with room for that sampling error; they are not the goal (ratio ≤ 0.8):
// on logistic counts whose turn is still ahead, the backtest cannot see the turn, and the chance
// `assess` gives is too sure of continued growth. Printed with STATISTICS_REPORT=1.
import { describe, expect, it } from "vitest";
import { assess, project } from "../../src/index.js";
import { FAMILIES } from "../../scripts/calibration/families.js";
import { seededRandom } from "../support/random.js";
import { monthEnd } from "./simulate.js";

const SERIES = 60;
const N = 24;
const COVERAGE = { lowest: 0.82, highest: 0.96 };
const BANDS: Record<string, { brier: number }> = {
  "steady pace": { brier: 0.9 },
  "compound growth": { brier: 1.1 },
  logistic: { brier: 1.3 },
  Bass: { brier: 1.3 },
};

describe("auto on the calibration families", () => {
  it.each(Object.keys(BANDS))("%s: 12-month coverage and Brier ratio within the bands", (name) => {
    const index = FAMILIES.findIndex((f) => f.name === name);
    const family = FAMILIES[index]!;
    const random = seededRandom(4242 + index);
    let inside = 0;
    const chances: { p: number; reached: number }[] = [];
    for (let s = 0; s < SERIES; s++) {
      const path = family.draw(random, N + 12);
      const observations = path.slice(0, N).map((value, k) => ({ date: monthEnd(k), value }));
      const origin = path[N - 1]!;
      const truth = path[N + 11]!;
      const goal = Math.round(origin + Math.max(1, truth - origin) * Math.exp(random.normal(0, 0.25)));
      const at = project(observations, { method: "auto", until: monthEnd(N + 11) }).valueAt(monthEnd(N + 11));
      if (truth >= at.lower! && truth <= at.upper!) inside++;
      const target = {
        id: "s",
        baseline: { date: monthEnd(0), value: path[0]! },
        goal: { date: monthEnd(N + 11), value: goal },
      };
      const a = assess(target, observations.slice(1), { asOf: monthEnd(N - 1), method: "auto" });
      const p = a.projection?.probabilityOnTime;
      if (p !== null && p !== undefined) chances.push({ p, reached: truth >= goal ? 1 : 0 });
    }
    const base = chances.reduce((t, c) => t + c.reached, 0) / chances.length;
    const ratio = chances.reduce((t, c) => t + (c.p - c.reached) ** 2, 0) / chances.length / (base * (1 - base));
    if (process.env.STATISTICS_REPORT)
      console.log(`${name}: coverage at 12 months ${(inside / SERIES).toFixed(2)}, Brier ratio ${ratio.toFixed(2)}`);
    expect(chances.length).toBe(SERIES);
    expect(inside / SERIES).toBeGreaterThanOrEqual(COVERAGE.lowest);
    expect(inside / SERIES).toBeLessThanOrEqual(COVERAGE.highest);
    expect(ratio).toBeLessThanOrEqual(BANDS[name]!.brier);
  });
});
