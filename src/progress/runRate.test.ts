import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal/index.js";
import type { ObservationInput } from "../model/types.js";
import { requiredMonthlyRate } from "./requiredMonthlyRate.js";
import { runRate, type RunRateOptions } from "./runRate.js";

const r6 = (d: Decimal) => d.toDecimalPlaces(6).toString();
const compositeBaseline = { date: "2022-12-31", value: 0 };
const monthly: ObservationInput[] = [
  { date: "2024-01-31", value: 100 },
  { date: "2024-02-29", value: 150 },
  { date: "2024-03-31", value: 210 },
  { date: "2024-04-30", value: 300 },
];
const mixed: ObservationInput[] = [
  { date: "2024-04-30", value: 300 },
  { date: "2024-03-31", value: 60, kind: "increment" },
  { date: "2024-02-29", value: 50, kind: "increment" },
  { date: "2024-01-31", value: 100 },
];

describe("runRate", () => {
  it.each([
    // (300 - 100) / 3 over the last three months (the default window); (300 - 180) / 1.5 = 80 as above.
    [{}, "66.666667"],
    [{ window: 3 }, "66.666667"],
    [{ window: 1.5 }, "80"],
    [{ window: 1 }, "90"], // (300 - 210) / 1
  ])("takes the window as window (months, a number): %j gives %s", (window, expected) => {
    expect(r6(runRate(monthly, { asOf: "2024-04-30", ...window }))).toBe(expected);
  });

  it("reads months as the deprecated alias of window, with the same result", () => {
    for (const w of [1, 1.5, 3, 9])
      expect(runRate(monthly, { asOf: "2024-04-30", months: w }).toString()).toBe(
        runRate(monthly, { asOf: "2024-04-30", window: w }).toString(),
      );
  });

  it.each([
    // The composite example: 0 at month 0, 3 000 at month 9; v(9) - v(6) = 3000 - 2000 over 3 months.
    [[{ date: "2023-09-30", value: 3000 }], { asOf: "2023-09-30", baseline: compositeBaseline }, "333.333333"],
    [
      [{ date: "2023-09-30", value: 3000 }],
      { asOf: "2023-09-30", baseline: compositeBaseline, months: 9 },
      "333.333333",
    ],
    // A window longer than the data starts at the baseline: still 3000 / 9.
    [
      [{ date: "2023-09-30", value: 3000 }],
      { asOf: "2023-09-30", baseline: compositeBaseline, months: 24 },
      "333.333333",
    ],
    // (300 - 100) / 3 over the last three months.
    [monthly, { asOf: "2024-04-30" }, "66.666667"],
    // Window of 1.5 months: starts halfway through March's position, v = 150 + 60/2 = 180; (300 - 180) / 1.5 = 80.
    [monthly, { asOf: "2024-04-30", months: "1.5" }, "80"],
    // asOf mid-April: the window ends at the last figure (2024-03-31) and reaches back to the first: (210 - 100)/2.
    [monthly, { asOf: "2024-04-15" }, "55"],
    // Observations after asOf are not used: ending 2024-02-29, (150 - 100) / 1.
    [monthly, { asOf: "2024-02-29" }, "50"],
    // Increments add to the running total: the same path as `monthly`.
    [mixed, { asOf: "2024-04-30" }, "66.666667"],
    [mixed, { asOf: "2024-04-30", months: 1 }, "90"],
  ] as const)("%# %j %j -> %s", (observations, options, expected) => {
    expect(r6(runRate(observations as ObservationInput[], options))).toBe(expected);
  });

  it("sales pacing in a 30-day month: 8 000/day, 240 000 projected (92.3 %), 9 111.11/day required", () => {
    // April 2024 has 30 days, so one month-axis month is 30 days: 96 000 after 12 days.
    const rate = runRate([{ date: "2024-04-12", value: 96_000 }], {
      asOf: "2024-04-12",
      baseline: { date: "2024-03-31", value: 0 },
      months: 1,
    });
    expect(rate.toString()).toBe("240000"); // 96 000 / (12/30)
    expect(rate.div(30).toString()).toBe("8000");
    expect(rate.div(260_000).toDecimalPlaces(3).toString()).toBe("0.923"); // projected 240 000 of 260 000
    const req = requiredMonthlyRate(
      { id: "sales", baseline: { date: "2024-03-31", value: 0 }, goal: { date: "2024-04-30", value: 260_000 } },
      { date: "2024-04-12", value: 96_000 },
    );
    expect((req.perMonth as Decimal).div(30).toDecimalPlaces(2).toString()).toBe("9111.11"); // 164 000 / 18 days
  });

  it("a decrease is an error by default, kept as reported with onDecrease: warn, silent with correction", () => {
    const obs: ObservationInput[] = [
      { date: "2024-01-31", value: 300 },
      { date: "2024-04-30", value: 240 },
    ];
    expect(() => runRate(obs, { asOf: "2024-04-30" })).toThrow(
      expect.objectContaining({ code: "decreasing_series", path: "observations.1.value" }),
    );
    expect(runRate(obs, { asOf: "2024-04-30", onDecrease: "warn" }).toString()).toBe("-20");
    expect(
      runRate([obs[0] as ObservationInput, { ...obs[1], correction: true } as ObservationInput], {
        asOf: "2024-04-30",
      }).toString(),
    ).toBe("-20");
  });

  it.each([
    [
      [{ date: "2023-09-30", value: 3000 }],
      { asOf: "2023-09-30" },
      "a run rate needs at least two dated values (observations or the baseline) on or before asOf",
    ],
    [
      monthly,
      { asOf: "2024-04-30", window: 3, months: 3 },
      "months is the deprecated name of window: give window only",
    ],
    [monthly, { asOf: "2024-04-30", months: 0 }, "the window must be positive, got 0"],
    [monthly, { asOf: "2024-04-30", window: Number.MIN_VALUE }, "5e-324 months is too short a window to measure"],
  ])("says what is wrong: %j, %j", (observations, options, message) => {
    expect(() => runRate(observations as ObservationInput[], options as RunRateOptions)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ message })] }),
    );
  });

  it.each([
    [[{ date: "2023-09-30", value: 3000 }], { asOf: "2023-09-30" }, "too_few_points", "observations"],
    [[], { asOf: "2023-09-30", baseline: compositeBaseline }, "too_few_points", "observations"],
    [monthly, { asOf: "2024-04-31" }, "invalid_date", "options.asOf"],
    [monthly, {}, "invalid_date", "options.asOf"],
    [monthly, { asOf: "2024-04-30", months: 0 }, "out_of_range", "options.months"],
    [monthly, { asOf: "2024-04-30", months: -1 }, "out_of_range", "options.months"],
    [monthly, { asOf: "2024-04-30", months: Number.MIN_VALUE }, "out_of_range", "options.months"], // end - 5e-324 rounds to end
    [monthly, { asOf: "2024-04-30", months: "1e-9000000000000000" }, "out_of_range", "options.months"],
    [monthly, { asOf: "2024-04-30", months: "three" }, "invalid_decimal", "options.months"],
    [monthly, { asOf: "2024-04-30", window: 3, months: 3 }, "invalid_option", "options.months"],
    [monthly, { asOf: "2024-04-30", window: 0 }, "out_of_range", "options.window"],
    [monthly, { asOf: "2024-04-30", window: Number.MIN_VALUE }, "out_of_range", "options.window"], // end - 5e-324 rounds to end
    [monthly, { asOf: "2024-04-30", window: "3" }, "invalid_number", "options.window"],
    [monthly, { asOf: "2024-04-30", window: Infinity }, "invalid_number", "options.window"],
    [monthly, { asOf: "2024-04-30", onDecrease: "fix" }, "invalid_enum", "options.onDecrease"],
    [
      monthly,
      { asOf: "2024-04-30", baseline: { date: "2024-01-01", value: -5 } },
      "invalid_count",
      "options.baseline.value",
    ],
    // The baseline and the options are read here, once (the path takes them as read).
    [
      monthly,
      { asOf: "2024-04-30", baseline: { date: "2024-01-01", value: 1.5 } },
      "invalid_count",
      "options.baseline.value",
    ],
    [
      monthly,
      { asOf: "2024-04-30", baseline: { date: "2023-02-30", value: 1 } },
      "invalid_date",
      "options.baseline.date",
    ],
    [monthly, { asOf: "2024-04-30", baseline: { date: "2024-01-01" } }, "invalid_count", "options.baseline.value"],
    [monthly, { asOf: "2024-04-30", direction: "down" }, "invalid_enum", "options.direction"],
    // A running total of increments beyond 2^53 - 1 (counts are safe integers).
    [
      [
        { date: "2024-01-31", value: Number.MAX_SAFE_INTEGER },
        { date: "2024-02-29", value: 1, kind: "increment" },
      ],
      { asOf: "2024-04-30" },
      "out_of_range",
      "observations.1.value",
    ],
    [
      [
        { date: "2024-01-31", value: 1 },
        { date: "2024-01-31", value: 2 },
      ],
      { asOf: "2024-04-30" },
      "duplicate_date",
      "observations.1.date",
    ],
  ])("%# rejects bad input", (observations, options, code, path) => {
    expect(() => runRate(observations as ObservationInput[], options as never)).toThrow(
      expect.objectContaining({ code, path }),
    );
  });
});
