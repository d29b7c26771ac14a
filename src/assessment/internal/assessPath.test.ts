import { describe, expect, it } from "vitest";
import { assess } from "../assess.js";

// assessPath is the body of `assess` (and of `assessProgramme`): these tests go through `assess`,
// whose only own work is validation. Month m = m whole months after 2022-12-31 (methodology: the month axis).
const composite = {
  id: "composite",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2024-12-31", value: 10_000 },
};
const offline = {
  id: "offline",
  direction: "decrease" as const,
  baseline: { date: "2022-12-31", value: 1000 },
  goal: { date: "2024-12-31", value: 400 },
};
// No interval (too few points, or no observation): no range of dates.
const NO_RANGE = {
  earliest: { date: null, reason: "insufficient-data" },
  latest: { date: null, reason: "insufficient-data" },
} as const;
const DEFAULT_CUTS = { onTrack: 0.95, needsAcceleration: 0.6, offTrack: 0 };
const DESTATIS_CUTS = { onTrack: 0.05, needsAcceleration: 0.2, offTrack: null };

describe("assessPath: what counts as the current observation", () => {
  it("asOf before the baseline date: no point at all, insufficient data with the reason", () => {
    const a = assess(composite, [{ date: "2023-09-30", value: 3000 }], { asOf: "2022-06-30" });
    expect(a.status).toBe("insufficient-data");
    expect(a.current).toBeNull();
    expect(a.measure).toEqual({
      preset: "default",
      name: "Q",
      thresholds: DEFAULT_CUTS,
      value: null,
      reason: "no-observation",
      message: "no observation on or before 2022-06-30",
    });
    expect([a.projectionReason, a.projectionMessage]).toEqual([
      "no-observation",
      "no observation on or before 2022-06-30",
    ]);
    expect(a.eta).toEqual({ date: null, reason: "insufficient-data", ...NO_RANGE });
  });

  it("the preset's measure name and cut-offs are reported even without data", () => {
    const a = assess(composite, [], { asOf: "2023-10-15", preset: "destatis" });
    expect(a.measure).toEqual({
      preset: "destatis",
      name: "missed",
      thresholds: DESTATIS_CUTS,
      value: null,
      reason: "no-observation",
      message: "no observation on or before 2023-10-15",
    });
  });

  it("one point only: no projection, and the eta says why", () => {
    // The seed case (methodology: the BBI figures) on its baseline date: a line needs two dated values.
    const seed = {
      id: "bbi",
      baseline: { date: "2021-04-30", value: 11_700_000 },
      goal: { date: "2023-12-31", value: 30_000_000 },
    };
    const a = assess(seed, [{ date: "2021-04-30", value: 11_700_000 }], { asOf: "2021-05-01" });
    expect(a.eta).toEqual({ date: null, reason: "insufficient-data", ...NO_RANGE });
    expect(a.runRate).toBeNull();
    expect(a.measure.reason).toBe("too-few-points");
    expect(a.measure.message).toBe(
      "observations: 1 point(s) on distinct dates on or before 2021-05-01 are not enough to fit linear on increments",
    );
    expect([a.projectionReason, a.projectionMessage]).toEqual([a.measure.reason, a.measure.message]);
  });
});

describe("assessPath: decrease targets (d = -1) and baseline = goal", () => {
  it("achieved: the eta is the first point at or below the goal, an exact hit included", () => {
    // 600 at month 6, exactly 400 at month 15, 380 at month 18: the goal ("at most 400") was met on
    // 2024-03-31, not at the baseline (1 000) nor at the 380.
    const a = assess(
      offline,
      [
        { date: "2023-06-30", value: 600 },
        { date: "2024-03-31", value: 400 },
        { date: "2024-06-30", value: 380 },
      ],
      { asOf: "2024-07-01" },
    );
    expect(a.status).toBe("achieved");
    const reached = { date: "2024-03-31" };
    expect(a.eta).toEqual({ ...reached, earliest: reached, latest: reached });
  });

  it("a hold target (baseline = goal = 500, at most 500): held is achieved with Q = 1", () => {
    // The line through (0, 500) and (9, 500) is 500 at month 24: at the goal, so Q = 1.
    const hold = {
      id: "hold",
      direction: "decrease" as const,
      baseline: { date: "2022-12-31", value: 500 },
      goal: { date: "2024-12-31", value: 500 },
    };
    const held = assess(hold, [{ date: "2023-09-30", value: 500 }], { asOf: "2023-10-15" });
    expect(held.status).toBe("achieved");
    expect(held.projection?.progressAtGoal).toBe(1);
    // 520 at month 9: the line rises to 553.3 at month 24, on the wrong side of "at most 500": Q = 0.
    const risen = assess(hold, [{ date: "2023-09-30", value: 520 }], { asOf: "2023-10-15" });
    expect(risen.projection?.progressAtGoal).toBe(0);
    expect(risen.measure.value).toBe(0);
    expect(risen.status).toBe("off-track");
  });

  it("an increase hold target that fell: Q = 0, off track", () => {
    // 500 → 480 at month 9: the line is below 500 at month 24.
    const hold = { id: "hold", baseline: { date: "2022-12-31", value: 500 }, goal: { date: "2024-12-31", value: 500 } };
    const a = assess(hold, [{ date: "2023-09-30", value: 480, correction: true }], { asOf: "2023-10-15" });
    expect(a.projection?.progressAtGoal).toBe(0);
    expect(a.status).toBe("off-track");
  });

  it("no progress on a decrease target is 0, never -0", () => {
    // Flat at 1 000: Q = (1 000 - 1 000)/(400 - 1 000) = 0/-600, which floating point makes -0.
    const a = assess(offline, [{ date: "2023-09-30", value: 1000 }], { asOf: "2023-10-15" });
    expect(a.projection?.progressAtGoal).toBe(0);
    expect(a.measure.value).toBe(0);
    expect(a.status).toBe("off-track");
  });

  it("destatis on a decrease target: the falling trend is the right direction", () => {
    // 850 at month 6 on the line 1 000 → 400: projected 400 at the goal, misses 0 % of the gap.
    const a = assess(offline, [{ date: "2023-06-30", value: 850 }], { asOf: "2023-07-01", preset: "destatis" });
    expect(a.measure.value).toBeCloseTo(0, 9);
    expect(a.status).toBe("on-track");
  });

  it("open-sdg on a decrease target: R = d·CAGR_a/|CAGR_r|", () => {
    // 1 000 → 850 in half a year: CAGR_a = 0.85² - 1 = -0.2775; 1 000 → 400 in 2 years:
    // CAGR_r = √0.4 - 1 = -0.367544; R = -1·-0.2775/0.367544 = 0.755011: needs acceleration.
    const a = assess(offline, [{ date: "2023-06-30", value: 850 }], { asOf: "2023-07-01", preset: "open-sdg" });
    expect(a.measure.value).toBeCloseTo(0.755011, 6);
    expect(a.status).toBe("needs-acceleration");
  });
});

describe("assessPath: destatis", () => {
  it("a falling trend of an increase target is regressing, whatever share it misses", () => {
    // Baseline 1 000, 700 at month 9: the line reaches 200 at month 24; it misses
    // (10 000 - 200)/(10 000 - 700) = 1.053763 of the gap, in the wrong direction.
    const t = { ...composite, baseline: { date: "2022-12-31", value: 1000 } };
    const a = assess(t, [{ date: "2023-09-30", value: 700, correction: true }], {
      asOf: "2023-10-15",
      preset: "destatis",
    });
    expect(a.measure.value).toBeCloseTo(9800 / 9300, 9);
    expect(a.status).toBe("regressing");
  });

  it("a flat trend is not the wrong direction: it misses the whole gap, off track", () => {
    // 100 → 100: projected 100, misses (10 000 - 100)/(10 000 - 100) = 1.
    const t = { ...composite, baseline: { date: "2022-12-31", value: 100 } };
    const a = assess(t, [{ date: "2023-09-30", value: 100 }], { asOf: "2023-10-15", preset: "destatis" });
    expect(a.measure.value).toBe(1);
    expect(a.status).toBe("off-track");
  });

  it("no gap left (the goal met exactly): misses 0, not 0/0", () => {
    const a = assess(composite, [{ date: "2024-06-30", value: 10_000 }], { asOf: "2024-07-01", preset: "destatis" });
    expect(a.status).toBe("achieved");
    expect(a.measure).toMatchObject({ value: 0, reason: null });
  });
});

describe("assessPath: measures that cannot be computed say why", () => {
  const sdg = { id: "sdg", baseline: { date: "2010-12-31", value: 50 }, goal: { date: "2025-12-31", value: 100 } };
  it.each([
    [
      "evm before the plan moves",
      composite,
      [{ date: "2022-12-31", value: 0 }],
      "2023-01-01",
      "evm",
      "no-plan-yet",
      "the plan has not moved from the baseline yet (no SPI)",
    ],
    [
      "open-sdg with a current value of 0",
      sdg,
      [{ date: "2015-12-31", value: 0, correction: true }],
      "2016-01-01",
      "open-sdg",
      "non-positive-value",
      "the Open SDG growth rates need positive baseline and current values",
    ],
    [
      "open-sdg at the baseline date",
      sdg,
      [{ date: "2010-12-31", value: 50 }],
      "2011-01-01",
      "open-sdg",
      "no-time-elapsed",
      "no time has passed since the baseline",
    ],
    [
      "open-sdg with goal = baseline",
      { ...sdg, goal: { date: "2025-12-31", value: 50 } },
      [{ date: "2015-12-31", value: 40, correction: true }],
      "2016-01-01",
      "open-sdg",
      "baseline-equals-goal",
      "the goal equals the baseline: no required growth rate",
    ],
    // 1 → 1 000 000 in one day (1/31 month = 1/372 year): CAGR_a = 10^(6·372) - 1 overflows.
    [
      "open-sdg growth that overflows",
      { id: "x", baseline: { date: "2022-12-31", value: 1 }, goal: { date: "2024-12-31", value: 2_000_000 } },
      [{ date: "2023-01-01", value: 1_000_000 }],
      "2023-01-02",
      "open-sdg",
      "not-finite",
      "the R measure is not finite here",
    ],
  ] as const)("%s", (_, target, observations, asOf, preset, reason, message) => {
    const a = assess(target, observations, { asOf, preset });
    expect(a.status).toBe("insufficient-data");
    expect(a.measure.value).toBeNull();
    expect(a.measure.reason).toBe(reason);
    expect(a.measure.message).toBe(message);
  });
});

describe("assessPath: the goal date has passed", () => {
  // 9 000 at month 25, after the goal date of month 24.
  const late = [{ date: "2025-01-31", value: 9000 }];
  it("the reason says so", () => {
    const a = assess(composite, late, { asOf: "2025-02-01" });
    expect(a.measure.reason).toBe("goal-date-passed");
    expect(a.measure.message).toBe("the goal date 2024-12-31 has passed short of the goal");
    // The measure is still reported: the line 0 → 9 000 gives 8 640 at month 24, Q = 0.864.
    expect(a.measure.value).toBeCloseTo(0.864, 12);
  });

  it("and adds why the preset's measure is missing", () => {
    // unsd's compound growth from a baseline of 0 is undefined (methodology: unsd).
    const a = assess(composite, late, { asOf: "2025-02-01", preset: "unsd" });
    expect(a.status).toBe("off-track");
    expect(a.measure.reason).toBe("goal-date-passed");
    expect(a.measure.message).toBe(
      "the goal date 2024-12-31 has passed short of the goal; options.baseline.value: cagr needs every value > 0: compound growth from or to 0 (on 2022-12-31) is undefined",
    );
  });
});

describe("assessPath: projection horizon", () => {
  it("a goal date 878 years away is still projected", () => {
    // The line through the baseline and 3 000 at month 9 gives 3 000/9·(878·12) = 3 512 000 at
    // 2900-12-31: Q = 351.2, on track; the goal of 10 000 is reached at month 30 as before.
    const a = assess(
      { ...composite, goal: { date: "2900-12-31", value: 10_000 } },
      [{ date: "2023-09-30", value: 3000 }],
      { asOf: "2023-10-15" },
    );
    expect(a.projection?.valueAtGoal).toBeCloseTo(3_512_000, 3);
    expect(a.status).toBe("on-track");
    expect(a.eta).toEqual({ date: "2025-06-30", ...NO_RANGE });
  });
});
