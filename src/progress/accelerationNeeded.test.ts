import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal/index.js";
import type { ObservationInput, TargetInput } from "../model/types.js";
import { thrown } from "../../test/support/errors.js";
import { accelerationNeeded } from "./accelerationNeeded.js";
import { requiredMonthlyRate } from "./requiredMonthlyRate.js";
import { runRate } from "./runRate.js";

const composite: TargetInput = {
  id: "composite",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2024-12-31", value: 10_000 },
};
const decrease: TargetInput = {
  id: "d",
  direction: "decrease",
  baseline: { date: "2022-12-31", value: 1000 },
  goal: { date: "2023-12-31", value: 400 },
};
const r6 = (d: Decimal | null) => (d === null ? null : d.toDecimalPlaces(6).toString());

describe("accelerationNeeded", () => {
  it.each([
    // The composite example: required 7 000/15 = 466.67, run rate 1 000/3 = 333.33, acceleration 1.40.
    [
      composite,
      [{ date: "2023-09-30", value: 3000 }],
      "2023-09-30",
      {},
      "1.4",
      null,
      "466.666667",
      "333.333333",
      "in-progress",
    ],
    // Same, asOf later than the last figure: the current value and the window end at 2023-09-30.
    [
      composite,
      [{ date: "2023-09-30", value: 3000 }],
      "2023-10-20",
      {},
      "1.4",
      null,
      "466.666667",
      "333.333333",
      "in-progress",
    ],
    // 9-month window: 3 000 / 9 = 333.33 too.
    [
      composite,
      [{ date: "2023-09-30", value: 3000 }],
      "2023-09-30",
      { months: 9 },
      "1.4",
      null,
      "466.666667",
      "333.333333",
      "in-progress",
    ],
    // Flat for the last three months: never at this pace.
    [
      composite,
      [
        { date: "2023-06-30", value: 3000 },
        { date: "2023-09-30", value: 3000 },
      ],
      "2023-09-30",
      {},
      null,
      "never-at-this-pace",
      "466.666667",
      "0",
      "in-progress",
    ],
    // Achieved: ratio 0, nothing more needed.
    [
      composite,
      [{ date: "2023-09-30", value: 12_000 }],
      "2023-09-30",
      {},
      "0",
      "achieved",
      "0",
      "1333.333333",
      "achieved",
    ],
    // Overdue: the goal date has come while short.
    [composite, [{ date: "2025-01-31", value: 9000 }], "2025-01-31", {}, null, "overdue", null, "360", "overdue"], // run rate 9 000 / 25 months
    // Only the baseline on or before asOf: no run rate yet; required from the baseline (10 000 / 24).
    [
      composite,
      [{ date: "2023-09-30", value: 3000 }],
      "2023-01-15",
      {},
      null,
      "insufficient-data",
      "416.666667",
      null,
      "in-progress",
    ],
    // Decrease 1 000 -> 400: 900 (March), 800 (June); run rate -100/3 a month; 400 to fall in 6 months = 66.67 -> 2.
    [
      decrease,
      [
        { date: "2023-03-31", value: 900 },
        { date: "2023-06-30", value: 800 },
      ],
      "2023-06-30",
      {},
      "2",
      null,
      "66.666667",
      "-33.333333",
      "in-progress",
    ],
    // Decrease target moving the wrong way: never at this pace.
    [
      decrease,
      [
        { date: "2023-03-31", value: 1000 },
        { date: "2023-06-30", value: 1100 },
      ],
      "2023-06-30",
      {},
      null,
      "never-at-this-pace",
      "116.666667",
      "33.333333",
      "in-progress",
    ],
  ] as const)("%# %s %j asOf %s", (target, observations, asOf, options, ratio, reason, required, rate, state) => {
    const a = accelerationNeeded(target, observations as readonly ObservationInput[], { asOf, ...options });
    expect(r6(a.ratio)).toBe(ratio);
    expect(a.reason).toBe(reason);
    expect(r6(a.required)).toBe(required);
    expect(r6(a.runRate)).toBe(rate);
    expect(a.state).toBe(state);
    expect(JSON.stringify(a)).not.toMatch(/NaN|Infinity/);
  });

  it.each([
    [composite, [], "2022-11-30", {}, "too_few_points", "observations"],
    [composite, [], "2023-02-30", {}, "invalid_date", "options.asOf"],
    [composite, [], undefined, {}, "invalid_date", "options.asOf"],
    [composite, [], "2023-09-30", { onDecrease: "fix" }, "invalid_enum", "options.onDecrease"],
    [composite, [], "2023-09-30", { months: "three" }, "invalid_decimal", "options.months"],
    [
      composite,
      [
        { date: "2023-06-30", value: 3000 },
        { date: "2023-09-30", value: 2000 },
      ],
      "2023-09-30",
      {},
      "decreasing_series",
      "observations.1.value",
    ],
    [composite, [], "2023-09-30", { months: -3 }, "out_of_range", "options.months"],
    [composite, [], "2023-09-30", { months: 3, extra: true }, "unknown_key", "options.extra"],
    [{ ...composite, baseline: undefined }, [], "2023-09-30", {}, "invalid_type", "target.baseline"],
  ])("%# rejects bad input", (target, observations, asOf, options, code, path) => {
    expect(() =>
      accelerationNeeded(target as TargetInput, observations as ObservationInput[], { asOf, ...options } as never),
    ).toThrow(expect.objectContaining({ code, path }));
  });

  it("accepts a restated decrease with onDecrease: warn", () => {
    const a = accelerationNeeded(
      composite,
      [
        { date: "2023-06-30", value: 3000 },
        { date: "2023-09-30", value: 2000 },
      ],
      { asOf: "2023-09-30", onDecrease: "warn" },
    );
    expect([a.reason, r6(a.runRate)]).toEqual(["never-at-this-pace", "-333.333333"]);
  });

  it("takes asOf in its options, like runRate and assess, and says so to a 0.1 call", () => {
    const e = thrown(() => accelerationNeeded(composite, [], "2023-09-30" as never));
    expect([e.code, e.path, e.message]).toEqual([
      "invalid_type",
      "options",
      'options: expected an object, got a string; asOf goes in the options: { asOf: "2023-09-30" }',
    ]);
    expect(thrown(() => accelerationNeeded(composite, [], undefined as never)).path).toBe("options");
  });

  it("is its parts: requiredMonthlyRate from the current point and runRate over the same path", () => {
    // Mixed observations after the composite baseline: 900 (March), +1 100 (June), 3 000 (September).
    const observations: ObservationInput[] = [
      { date: "2023-03-31", value: 900 },
      { date: "2023-06-30", value: 1100, kind: "increment" },
      { date: "2023-09-30", value: 3000 },
    ];
    const a = accelerationNeeded(composite, observations, { asOf: "2023-10-15", months: 6 });
    const required = requiredMonthlyRate(composite, { date: "2023-09-30", value: 3000 });
    const rate = runRate(observations, { asOf: "2023-10-15", months: 6, baseline: composite.baseline });
    expect([a.required?.toString(), a.runRate?.toString(), a.current.date, a.current.value.toString()]).toEqual([
      required.perMonth?.toString(),
      rate.toString(),
      "2023-09-30",
      "3000",
    ]);
    // (3000 - 900) / 6 = 350 a month; 7 000 / 15 months = 466.67; 466.67 / 350 = 1.3333.
    expect([r6(a.runRate), r6(a.ratio)]).toEqual(["350", "1.333333"]);
    // window is the option's name; months, its deprecated alias, gives the same answer.
    const byWindow = accelerationNeeded(composite, observations, { asOf: "2023-10-15", window: 6 });
    expect([r6(byWindow.runRate), r6(byWindow.ratio)]).toEqual(["350", "1.333333"]);
    expect(
      thrown(() => accelerationNeeded(composite, observations, { asOf: "2023-10-15", window: 6, months: 6 })),
    ).toMatchObject({
      code: "invalid_option",
      path: "options.months",
    });
    expect(thrown(() => accelerationNeeded(composite, observations, { asOf: "2023-10-15", window: -1 }))).toMatchObject(
      {
        code: "out_of_range",
        path: "options.window",
      },
    );
  });
});
