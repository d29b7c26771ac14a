import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../test/support/fc.js";
import type { ProjectionMethod } from "../vocabulary/index.js";
import { backtest } from "./backtest.js";
import type { BacktestForecast } from "./backtestTypes.js";

const monthEnd = (i: number) => new Date(Date.UTC(2022, i + 1, 0)).toISOString().slice(0, 10);

/**
 * A running count at 8 to `max` month ends, an origin among them (from the 6th point on, before the
 * last), and other increments for every month after the origin.
 */
const scenario = (max: number) =>
  fc
    .record({
      start: fc.integer({ min: 1, max: 5000 }),
      steps: fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 7, maxLength: max - 1 }),
      other: fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: max, maxLength: max }),
      at: fc.nat(),
    })
    .map(({ start, steps, other, at }) => {
      const origin = 5 + (at % (steps.length - 5)); // index 5 to steps.length - 1, before the last point
      const values = [start];
      for (const s of steps) values.push((values.at(-1) as number) + s);
      const changed = values.slice(0, origin + 1);
      for (let i = origin + 1; i < values.length; i++) changed.push((changed.at(-1) as number) + (other[i] as number));
      const series = (v: number[]) => v.map((value, i) => ({ date: monthEnd(i), value }));
      return { origin: monthEnd(origin), a: series(values), b: series(changed) };
    });

/** The forecasts made at `origin`, without the actuals (which the changed values may move). */
const madeAt = (forecasts: readonly BacktestForecast[], origin: string) =>
  forecasts.filter((f) => f.origin === origin).map(({ actual: _actual, ...rest }) => rest);

describe("backtest laws", () => {
  it("the values after an origin do not change its forecasts", async () => {
    await fc.assert(
      law(
        scenario(20),
        fc.constantFrom("cumulative", "increments") as fc.Arbitrary<"cumulative" | "increments">,
        ({ origin, a, b }, fitOn) => {
          const options = {
            methods: ["run-rate", "linear", "cagr", "damped"] as ProjectionMethod[],
            horizons: [1, 3, 6],
            fitOn,
          };
          const before = madeAt(backtest(a, options).forecasts, origin);
          expect(before.length).toBeGreaterThan(0); // a target one month later is always on the path
          expect(madeAt(backtest(b, options).forecasts, origin)).toEqual(before);
        },
      ),
      fcOptions(),
    );
  });

  it("nor those of the fitted curves, intervals included", async () => {
    await fc.assert(
      law(scenario(12), ({ origin, a, b }) => {
        const options = { methods: ["logistic", "bass"] as ProjectionMethod[], horizons: [1, 3] };
        expect(madeAt(backtest(b, options).forecasts, origin)).toEqual(madeAt(backtest(a, options).forecasts, origin));
      }),
      // Each call refits the curves and their bootstraps at every origin: a few runs suffice.
      fcOptions({ numRuns: 8 }),
    );
  });

  it("every score counts the forecasts of its method and horizon, and its MAE is theirs", async () => {
    await fc.assert(
      law(scenario(20), ({ a }) => {
        const b = backtest(a, { methods: ["run-rate", "linear"], horizons: [1, 3] });
        for (const s of b.scores) {
          const rows = b.forecasts.filter((f) => f.method === s.method && f.horizon === s.horizon);
          expect(s.count).toBe(rows.length);
          const mae = rows.reduce((t, f) => t + Math.abs(f.actual - f.value), 0) / rows.length;
          if (rows.length > 0) expect(s.mae).toBeCloseTo(mae, 9);
        }
      }),
      fcOptions(),
    );
  });
});
