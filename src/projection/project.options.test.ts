import { describe, expect, it } from "vitest";
import { thrown } from "../../test/support/errors.js";
import { project } from "./project.js";

// Two month-end points, enough for every method but logistic and bass.
const two = [
  { date: "2023-01-31", value: 5 },
  { date: "2023-02-28", value: 9 },
];

describe("project: option errors (code, path, message)", () => {
  // The messages are the readers' own wording (readFiniteNumber, readOpenNumber and readConfidence in src/read/readers.ts):
  // a range is open, "above lo and below hi", and an unbounded one says only "above lo".
  it.each([
    ["options not an object", 5, "invalid_type", "options", "expected an object, got number"],
    [
      "a missing until",
      { method: "linear" },
      "missing_field",
      "options.until",
      "the last date of the projection is required (YYYY-MM-DD)",
    ],
    [
      "a bad asOf",
      { method: "linear", until: "2023-05-31", asOf: "2023-02-30" },
      "invalid_date",
      "options.asOf",
      "2023-02-30 is not a calendar date",
    ],
    [
      "a bad period",
      { method: "linear", until: "2023-05-31", period: "fortnight" },
      "invalid_enum",
      "options.period",
      'expected one of "day", "week", "month", "quarter", "year", got "fortnight"',
    ],
    [
      "a bad direction",
      { method: "linear", until: "2023-05-31", direction: "up" },
      "invalid_enum",
      "options.direction",
      'expected one of "increase", "decrease", got "up"',
    ],
    [
      "a confidence of 1",
      { method: "linear", until: "2023-05-31", confidence: 1 },
      "out_of_range",
      "options.confidence",
      "1 must be above 0 and below 1",
    ],
    [
      "a confidence of 0",
      { method: "linear", until: "2023-05-31", confidence: 0 },
      "out_of_range",
      "options.confidence",
      "0 must be above 0 and below 1",
    ],
    [
      "a confidence as a string",
      { method: "linear", until: "2023-05-31", confidence: "0.9" },
      "invalid_number",
      "options.confidence",
      "expected a finite number, got string",
    ],
    [
      "a confidence of NaN",
      { method: "linear", until: "2023-05-31", confidence: Number.NaN },
      "invalid_number",
      "options.confidence",
      "expected a finite number, got NaN",
    ],
    [
      "a window of 0",
      { method: "run-rate", until: "2023-05-31", window: 0 },
      "out_of_range",
      "options.window",
      "0 must be above 0",
    ],
    [
      "a negative window",
      { method: "run-rate", until: "2023-05-31", window: -2 },
      "out_of_range",
      "options.window",
      "-2 must be above 0",
    ],
    [
      "an infinite window",
      { method: "run-rate", until: "2023-05-31", window: Infinity },
      "invalid_number",
      "options.window",
      "expected a finite number, got Infinity",
    ],
    [
      "a capacity of 0",
      { method: "logistic", until: "2023-05-31", capacity: 0 },
      "out_of_range",
      "options.capacity",
      "0 must be above 0",
    ],
    [
      "a capacity of null",
      { method: "logistic", until: "2023-05-31", capacity: null },
      "invalid_number",
      "options.capacity",
      "expected a finite number, got null",
    ],
    [
      "bass that is not an object",
      { method: "bass", until: "2023-05-31", bass: [0.03, 0.38, 1000] },
      "invalid_type",
      "options.bass",
      "expected an object, got an array",
    ],
    [
      "bass with p = 0",
      { method: "bass", until: "2023-05-31", bass: { p: 0, q: 0.38, M: 1000 } },
      "out_of_range",
      "options.bass.p",
      "0 must be above 0",
    ],
    [
      "bass with a negative q",
      { method: "bass", until: "2023-05-31", bass: { p: 0.03, q: -0.1, M: 1000 } },
      "out_of_range",
      "options.bass.q",
      "-0.1 must be above 0",
    ],
    [
      "bass without M",
      { method: "bass", until: "2023-05-31", bass: { p: 0.03, q: 0.38 } },
      "invalid_number",
      "options.bass.M",
      "expected a finite number, got undefined",
    ],
    [
      "bass with an unknown key",
      { method: "bass", until: "2023-05-31", bass: { p: 0.03, q: 0.38, M: 1000, m: 1 } },
      "unknown_key",
      "options.bass.m",
      'unknown property "m"; did you mean "M"?',
    ],
  ])("%s", (_what, options, code, path, message) => {
    const e = thrown(() => project(two, options as never));
    expect(e.issues[0]).toEqual({ code, path, message });
  });

  it("reads observations at observations.<i> and the baseline at options.baseline", () => {
    expect(
      thrown(() =>
        project(
          [
            { date: "2023-01-31", value: 5 },
            { date: "2023-02-28", value: 1.5 },
          ],
          { method: "linear", until: "2023-05-31" },
        ),
      ).path,
    ).toBe("observations.1.value");
    expect(
      thrown(() => project(two, { method: "linear", until: "2023-05-31", baseline: { date: "2022-12-31", value: -1 } }))
        .path,
    ).toBe("options.baseline.value");
  });
});

describe("project: options change the projection", () => {
  // Baseline 0 at 2022-12-31 (month 0), 600 at 2023-06-30 (month 6), 3 000 at 2023-09-30 (month 9).
  // Run rate over w months back from month 9, the path interpolated linearly (methodology: run rate):
  // w = 3 (default): (3 000 - 600)/3 = 800; w = 6: y(3) = 300, (3 000 - 300)/6 = 450;
  // w = 12 is longer than the path: the whole path, 3 000/9 = 333.33.
  const bent = [
    { date: "2023-06-30", value: 600 },
    { date: "2023-09-30", value: 3000 },
  ];
  const baseline = { date: "2022-12-31", value: 0 };
  it.each([
    [undefined, 800, 3],
    [6, 450, 6],
    [12, 3000 / 9, 9],
  ])("run-rate window %s: %f a month over %f months", (window, rate, months) => {
    const p = project(bent, {
      method: "run-rate",
      until: "2023-12-31",
      baseline,
      ...(window === undefined ? {} : { window }),
    });
    expect(p.parameters.rate).toBeCloseTo(rate, 9);
    expect(p.parameters.window).toBeCloseTo(months, 9);
    expect(p.valueAt("2023-12-31").value).toBeCloseTo(3000 + 3 * rate, 9);
  });

  it("a given capacity is the logistic's K", () => {
    // K = 2 000 000 is given, so it is not fitted (the data follow K = 1 000 000).
    const dates = ["2023-01-31", "2023-02-28", "2023-03-31", "2023-04-30", "2023-05-31"];
    const obs = dates.map((date, i) => ({ date, value: Math.round(1_000_000 / (1 + Math.exp(-0.5 * (i - 6)))) }));
    const p = project(obs, { method: "logistic", until: "2023-12-31", capacity: 2_000_000 });
    expect(p.parameters.capacity).toBe(2_000_000);
  });

  it("given Bass parameters are used as given, q = 0 included (pure innovation: F(t) = 1 - e^{-pt})", () => {
    // p = 0.1, q = 0, M = 1 000 from 0 at 2023-01-31: N(1 month) = 1 000·(1 - e^{-0.1}) = 95.162582,
    // N(3) = 1 000·(1 - e^{-0.3}) = 259.181779.
    const p = project([{ date: "2023-02-28", value: 95 }], {
      method: "bass",
      until: "2023-04-30",
      bass: { p: 0.1, q: 0, M: 1000 },
      baseline: { date: "2023-01-31", value: 0 },
    });
    expect(p.parameters).toMatchObject({ p: 0.1, q: 0, M: 1000 });
    expect(p.valueAt("2023-02-28").value).toBeCloseTo(95.162582, 6);
    expect(p.valueAt("2023-04-30").value).toBeCloseTo(259.181779, 6);
  });

  it("defaults: monthly points, 90 % confidence", () => {
    const p = project(two, { method: "linear", until: "2023-05-31" });
    expect(p.confidence).toBe(0.9);
    expect(p.points.map((q) => q.date)).toEqual(["2023-03-31", "2023-04-30", "2023-05-31"]);
  });

  it("a falling level is not a data warning with direction: decrease, and is one by default or with increase", () => {
    const falling = [
      { date: "2023-01-31", value: 100 },
      { date: "2023-02-28", value: 90 },
      { date: "2023-03-31", value: 70 },
    ];
    const warnings = (direction?: "increase" | "decrease") =>
      project(falling, {
        method: "linear",
        until: "2023-05-31",
        ...(direction === undefined ? {} : { direction }),
      }).warnings.map((w) => [w.code, w.path]);
    const reported = [
      ["decreasing_series", "observations.1.value"],
      ["decreasing_series", "observations.2.value"],
    ];
    expect(warnings()).toEqual(reported);
    expect(warnings("increase")).toEqual(reported);
    expect(warnings("decrease")).toEqual([]);
  });

  it("names the baseline when the fall is at the baseline", () => {
    const p = project(
      [
        { date: "2022-11-30", value: 50 },
        { date: "2023-01-31", value: 60 },
      ],
      { method: "linear", until: "2023-03-31", baseline: { date: "2022-12-31", value: 20 } },
    );
    expect(p.warnings.map((w) => [w.code, w.path])).toEqual([["decreasing_series", "options.baseline"]]);
  });
});
