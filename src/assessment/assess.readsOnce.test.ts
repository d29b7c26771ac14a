import { beforeEach, describe, expect, it, vi } from "vitest";
import { Decimal } from "../decimal/index.js";

// Count the calls of the readers every public function uses at its door, and of the path builder:
// the spies wrap the real functions, so the results are unchanged.
const calls = vi.hoisted(() => ({ readTarget: 0, readObservation: 0, cumulativePath: 0 }));
vi.mock("../model/core.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../model/core.js")>();
  return {
    ...real,
    readTarget: (...args: Parameters<typeof real.readTarget>) => (calls.readTarget++, real.readTarget(...args)),
    readObservation: (...args: Parameters<typeof real.readObservation>) => (
      calls.readObservation++,
      real.readObservation(...args)
    ),
  };
});
vi.mock("../path/core.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../path/core.js")>();
  return {
    ...real,
    cumulativePath: (...args: Parameters<typeof real.cumulativePath>) => (
      calls.cumulativePath++,
      real.cumulativePath(...args)
    ),
  };
});

const { assess } = await import("./assess.js");

const target = {
  id: "umkm",
  baseline: { date: "2021-04-30", value: 11_700_000 },
  goal: { date: "2023-12-31", value: 30_000_000 },
};
const observations = [
  { date: "2021-09-30", value: 13_000_000 },
  { date: "2021-12-31", value: 15_000_000 },
  { date: "2022-03-31", value: 17_000_000 },
];

describe("assess reads its input once", () => {
  beforeEach(() => {
    calls.readTarget = 0;
    calls.readObservation = 0;
    calls.cumulativePath = 0;
  });

  it.each(["default", "okr", "unsd", "open-sdg", "destatis", "evm"] as const)(
    "preset %s: one target read, one path, no observation re-read",
    (preset) => {
      const a = assess(target, observations, { asOf: "2022-03-31", preset });
      // The measures are computed (so every core ran) ...
      expect(a.current).toEqual({ date: "2022-03-31", value: 17_000_000 });
      // 3-month window: 2 000 000 more from 2021-12-31 to 2022-03-31 (by hand), per month.
      expect(a.runRate?.toString()).toBe(new Decimal(2_000_000).div(3).toString());
      // 30 000 000 - 17 000 000 left over the 21 months to 2023-12-31 (by hand).
      expect(a.required?.perMonth?.toString()).toBe(new Decimal(13_000_000).div(21).toString());
      // ... from the target read once and the path built once.
      expect(calls).toEqual({ readTarget: 1, readObservation: 0, cumulativePath: 1 });
    },
  );

  it("method auto: the backtest runs on the path built once", () => {
    // 12 month ends after the baseline: enough origins for the backtest to rank the methods.
    const monthly = Array.from({ length: 12 }, (_, i) => ({
      date: new Date(Date.UTC(2021, 5 + i, 0)).toISOString().slice(0, 10),
      value: 11_700_000 + 600_000 * (i + 1) + (i % 3) * 150_000,
    }));
    const a = assess(target, monthly, { asOf: "2022-04-30", method: "auto" });
    // The 12th: 11 700 000 + 600 000·12 + (11 mod 3)·150 000.
    expect(a.current).toEqual({ date: "2022-04-30", value: 19_200_000 });
    expect(a.projection?.selection?.reason).toBe("interval-score-stacking");
    expect(calls).toEqual({ readTarget: 1, readObservation: 0, cumulativePath: 1 });
  });
});
