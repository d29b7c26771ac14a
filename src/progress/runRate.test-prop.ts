import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fcOptions, law } from "../../test/support/fc.js";
import type { ObservationInput } from "../model/types.js";
import { runRate } from "./runRate.js";

describe("runRate laws", () => {
  it("law: a series growing by r at every month end has run rate r for any whole-month window", async () => {
    await fc.assert(
      law(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 1, max: 40 }),
        (start, r, n, window) => {
          const obs: ObservationInput[] = [];
          for (let k = 0; k < n; k++) obs.push({ date: monthEnd(2020, k), value: start + r * k });
          const rate = runRate(obs.reverse(), { asOf: monthEnd(2020, n - 1), months: window });
          expect(rate.toString()).toBe(String(r));
        },
      ),
      fcOptions(),
    );
  });
});

function monthEnd(year: number, k: number): string {
  return new Date(Date.UTC(year, k + 1, 0)).toISOString().slice(0, 10);
}
