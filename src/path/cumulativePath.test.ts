import { describe, expect, it, vi } from "vitest";
import { thrown } from "../../test/support/errors.js";
import { readObservation } from "../model/readObservations.js";
import { cumulativePath, type CumulativePathOptions, pathOfEntries } from "./cumulativePath.js";
import { INCREMENTS_HINT } from "./incrementsHint.js";

// readObservation, watched (it still does its work): the path's fast check must take every
// well-formed observation itself and leave only the doubtful ones to the exact reader.
vi.mock("../model/readObservations.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../model/readObservations.js")>();
  return { ...actual, readObservation: vi.fn(actual.readObservation) };
});

/** The path with the defaults of the public functions (an increasing count, decreases thrown), then `options`. */
const path = (observations: unknown, options: Partial<CumulativePathOptions> = {}) =>
  cumulativePath(observations, { direction: "increase", onDecrease: "error", ...options });

// Month-axis positions (methodology: the month axis): pos(D) = 12·year + (month - 1) + day/daysInMonth.
// pos(2022-12-31) = 12·2022 + 11 + 31/31 = 24 276; pos(2023-01-31) = 24 277; pos(2023-02-28) = 24 278;
// pos(2023-03-31) = 24 279; pos(2023-09-30) = 24 285 (month 9 of the §5 composite);
// pos(2024-02-15) = 12·2024 + 1 + 15/29 = 24 289.517241379310... (leap February).
const pos = { dec22: 24_276, jan: 24_277, feb: 24_278, mar: 24_279, sep: 24_285 };

/** [date, position, value, origin] of each point, for compact comparisons. */
const rows = (r: ReturnType<typeof cumulativePath>) => r.points.map((p) => [p.date, p.position, p.value, p.origin]);

describe("cumulativePath: points", () => {
  it("puts the baseline and a cumulative observation on the month axis (the composite example)", () => {
    const r = path([{ date: "2023-09-30", value: 3000 }], { baseline: { date: "2022-12-31", value: 0 } });
    expect(rows(r)).toEqual([
      ["2022-12-31", pos.dec22, 0, "baseline"],
      ["2023-09-30", pos.sep, 3000, "observation"],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it("places a mid-month date by the fraction of its month (15/29 of a leap February)", () => {
    const [p] = path([{ date: "2024-02-15", value: 7 }]).points;
    expect(p?.position).toBeCloseTo(24_289 + 15 / 29, 10);
    expect(p?.position).toBeCloseTo(24_289.51724137931, 10);
  });

  it("adds increments to the running total, several on one date summing up, in date order whatever the input order", () => {
    // 100 in January; 20 + 30 in February -> 150; 50 in March -> 200.
    const r = path([
      { date: "2023-03-31", value: 50, kind: "increment" },
      { date: "2023-02-28", value: 20, kind: "increment" },
      { date: "2023-01-31", value: 100, kind: "increment" },
      { date: "2023-02-28", value: 30, kind: "increment" },
    ]);
    expect(rows(r)).toEqual([
      ["2023-01-31", pos.jan, 100, "observation"],
      ["2023-02-28", pos.feb, 150, "observation"],
      ["2023-03-31", pos.mar, 200, "observation"],
    ]);
  });

  it("sorts a long reversed series (40 month ends, cumulative 0, 10, ..., 390)", () => {
    const input = Array.from({ length: 40 }, (_, k) => {
      const index = 12 * 2020 + k; // month index of 2020-01 + k
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      return { date: `${year}-${String(month).padStart(2, "0")}-01`, value: 10 * k };
    }).reverse();
    const r = path(input);
    expect(r.points.map((p) => p.value)).toEqual(Array.from({ length: 40 }, (_, k) => 10 * k));
    expect(r.points[0]?.date).toBe("2020-01-01");
    expect(r.points[39]?.date).toBe("2023-04-01");
    expect(r.warnings).toEqual([]);
  });

  it("takes a cumulative figure as the total of its date (same-day increments are included in it)", () => {
    const r = path([
      { date: "2023-01-31", value: 100 },
      { date: "2023-02-28", value: 20, kind: "increment" },
      { date: "2023-02-28", value: 130, kind: "cumulative" },
      { date: "2023-03-31", value: 5, kind: "increment" },
    ]);
    expect(r.points.map((p) => p.value)).toEqual([100, 130, 135]);
  });

  it("starts increments before any cumulative figure from 0, and increments after the baseline from the baseline", () => {
    expect(
      path([
        { date: "2023-01-31", value: 10, kind: "increment" },
        { date: "2023-02-28", value: 50 },
      ]).points.map((p) => p.value),
    ).toEqual([10, 50]);
    const r = path([{ date: "2023-01-31", value: 10, kind: "increment" }], {
      baseline: { date: "2022-12-31", value: 1000 },
    });
    expect(rows(r)).toEqual([
      ["2022-12-31", pos.dec22, 1000, "baseline"],
      ["2023-01-31", pos.jan, 1010, "observation"],
    ]);
  });

  it("accepts source, note and correction, up to their limits (1 000 and 10 000 characters)", () => {
    const r = path([
      {
        date: "2023-01-31",
        value: 4,
        kind: "cumulative",
        source: "s".repeat(1000),
        note: "n".repeat(10_000),
        correction: false,
      },
    ]);
    expect(rows(r)).toEqual([["2023-01-31", pos.jan, 4, "observation"]]);
  });

  it("reads a value of -0 as 0 (as readCount does), and honours correction: true on it", () => {
    // 5 at the end of January, restated to 0 at the end of February: a correction, so no warning.
    const r = path([
      { date: "2023-01-31", value: 5 },
      { date: "2023-02-28", value: -0, correction: true },
    ]);
    expect(rows(r)).toEqual([
      ["2023-01-31", pos.jan, 5, "observation"],
      ["2023-02-28", pos.feb, 0, "observation"],
    ]);
    expect(Object.is(r.points[1]?.value, 0)).toBe(true);
    expect(r.warnings).toEqual([]);
    // Without the correction flag the same fall is reported.
    expect(
      thrown(() =>
        path([
          { date: "2023-01-31", value: 5 },
          { date: "2023-02-28", value: -0 },
        ]),
      ).code,
    ).toBe("decreasing_series");
  });

  it("returns no points for no observations and no baseline", () => {
    expect(path([])).toEqual({ points: [], warnings: [] });
  });
});

describe("cumulativePath: one figure per date", () => {
  it("accepts the same cumulative figure reported twice", () => {
    const r = path([
      { date: "2023-01-31", value: 100 },
      { date: "2023-01-31", value: 100 },
    ]);
    expect(rows(r)).toEqual([["2023-01-31", pos.jan, 100, "observation"]]);
  });

  it.each([
    // [input values on 2023-01-31, path of the offender, message]
    [
      [100, 120],
      "observations.1.date",
      "2023-01-31 already has the cumulative value 100 (observations.0); 120 disagrees with it",
    ],
    [
      [0, 5],
      "observations.1.date",
      "2023-01-31 already has the cumulative value 0 (observations.0); 5 disagrees with it",
    ],
    // The first figure of the date is the one cited, not a later repetition of it.
    [
      [5, 5, 7],
      "observations.2.date",
      "2023-01-31 already has the cumulative value 5 (observations.0); 7 disagrees with it",
    ],
    [
      [0, 0, 3],
      "observations.2.date",
      "2023-01-31 already has the cumulative value 0 (observations.0); 3 disagrees with it",
    ],
  ])("two different cumulative figures on one date (%j) are a duplicate_date error", (values, at, message) => {
    const e = thrown(() => path(values.map((value) => ({ date: "2023-01-31", value }))));
    expect(e.issues).toEqual([{ code: "duplicate_date", path: at, message }]);
  });

  it("names the caller's path in a duplicate_date error", () => {
    const e = thrown(() =>
      path(
        [
          { date: "2023-01-31", value: 1 },
          { date: "2023-01-31", value: 2 },
        ],
        { path: "series" },
      ),
    );
    expect(e.issues).toEqual([
      {
        code: "duplicate_date",
        path: "series.1.date",
        message: "2023-01-31 already has the cumulative value 1 (series.0); 2 disagrees with it",
      },
    ]);
  });
});

describe("cumulativePath: baseline", () => {
  it("prefers an observation on the baseline date, silently when they agree", () => {
    const r = path([{ date: "2022-12-31", value: 3 }], { baseline: { date: "2022-12-31", value: 3 } });
    expect(rows(r)).toEqual([["2022-12-31", pos.dec22, 3, "observation"]]);
    expect(r.warnings).toEqual([]);
  });

  it("prefers an observation on the baseline date and warns when they differ (even an observed 0)", () => {
    const r = path(
      [
        { date: "2023-01-31", value: 9 },
        { date: "2022-12-31", value: 0 },
      ],
      { baseline: { date: "2022-12-31", value: 3 } },
    );
    expect(rows(r)).toEqual([
      ["2022-12-31", pos.dec22, 0, "observation"],
      ["2023-01-31", pos.jan, 9, "observation"],
    ]);
    expect(r.warnings).toEqual([
      {
        code: "duplicate_date",
        path: "observations.1.value",
        message:
          "the observation on the baseline date 2022-12-31 (0) differs from the baseline value 3; the observation is used",
      },
    ]);
  });

  it("takes the baseline as read: the callers validate it once (runRate, project and assess at their own paths)", () => {
    expect(rows(path([], { baseline: { date: "2022-12-31", value: 3 } }))).toEqual([
      ["2022-12-31", pos.dec22, 3, "baseline"],
    ]);
  });
});

describe("cumulativePath: decreases", () => {
  const falling = [
    { date: "2023-01-31", value: 100 },
    { date: "2023-02-28", value: 90 },
  ];
  const issue = {
    code: "decreasing_series",
    path: "observations.1.value",
    message:
      "the cumulative value falls from 100 to 90 on 2023-02-28; mark the observation with correction: true if it restates earlier figures",
  };

  it("throws decreasing_series by default", () => {
    expect(thrown(() => path(falling)).issues).toEqual([issue]);
    expect(thrown(() => path(falling, { onDecrease: "error" })).issues).toEqual([issue]);
  });

  it("keeps the value as reported and warns with onDecrease: warn", () => {
    const r = path(falling, { onDecrease: "warn" });
    expect(r.points.map((p) => p.value)).toEqual([100, 90]);
    expect(r.warnings).toEqual([issue]);
  });

  it("lists every decrease, after any baseline warning", () => {
    const r = path(
      [
        { date: "2022-12-31", value: 50 },
        { date: "2023-01-31", value: 40 },
        { date: "2023-02-28", value: 45 },
        { date: "2023-03-31", value: 44 },
      ],
      { onDecrease: "warn", baseline: { date: "2022-12-31", value: 60 } },
    );
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([
      ["duplicate_date", "observations.0.value"],
      ["decreasing_series", "observations.1.value"],
      ["decreasing_series", "observations.3.value"],
    ]);
    expect(
      thrown(() =>
        path([
          { date: "2023-01-31", value: 3 },
          { date: "2023-02-28", value: 2 },
          { date: "2023-03-31", value: 1 },
        ]),
      ).issues,
    ).toHaveLength(2);
  });

  it("passes a restatement marked correction: true, and a falling level with direction: decrease", () => {
    expect(path([falling[0], { ...falling[1], correction: true }]).warnings).toEqual([]);
    const r = path(falling, { direction: "decrease" });
    expect(r.points.map((p) => p.value)).toEqual([100, 90]);
    expect(r.warnings).toEqual([]);
  });

  it("reports a baseline below an earlier observation at the baseline's path", () => {
    // The observation of 2022-11-30 (50) precedes the baseline of 2022-12-31 (20): the path falls there.
    const input = [{ date: "2022-11-30", value: 50 }];
    // 20 is less than half of 50: the increments hint follows (incrementsHint.ts, rule b).
    const message =
      "the cumulative value falls from 50 to 20 on 2022-12-31; mark the observation with correction: true if it restates earlier figures" +
      '; these values look like increments (new on-boardings per period) rather than running totals: if so, pass kind: "increment" on each observation';
    expect(thrown(() => path(input, { baseline: { date: "2022-12-31", value: 20 } })).issues).toEqual([
      { code: "decreasing_series", path: "baseline", message },
    ]);
    const r = path(input, {
      baseline: { date: "2022-12-31", value: 20 },
      baselinePath: "options.baseline",
      onDecrease: "warn",
    });
    expect(r.warnings).toEqual([{ code: "decreasing_series", path: "options.baseline", message }]);
    expect(r.points.map((p) => p.origin)).toEqual(["observation", "baseline"]);
  });
});

describe("cumulativePath: invalid observations (the exact errors of readObservation)", () => {
  const ok = { date: "2023-01-31", value: 1 };
  const arrayWithFields = Object.assign([], ok);
  const functionWithFields = Object.assign(() => 0, ok);
  const throwingGetter = {
    date: "2023-01-31",
    get value(): number {
      throw new Error("boom");
    },
  };
  it.each([
    ["not an array", 5, "invalid_type", "observations"],
    ["null", [ok, null], "invalid_type", "observations.1"],
    ["an array carrying date and value", [arrayWithFields], "invalid_type", "observations.0"],
    ["a function carrying date and value", [functionWithFields], "invalid_type", "observations.0"],
    ["a getter that throws", [throwingGetter], "invalid_type", "observations.0"],
    ["an unknown key", [{ ...ok, colour: "red" }], "unknown_key", "observations.0.colour"],
    ["a fractional value", [{ ...ok, value: 1.5 }], "invalid_count", "observations.0.value"],
    ["a value beyond 2^53", [{ ...ok, value: 2 ** 53 }], "invalid_count", "observations.0.value"],
    ["a value as a string", [{ ...ok, value: "5" }], "invalid_count", "observations.0.value"],
    ["NaN", [{ ...ok, value: Number.NaN }], "invalid_count", "observations.0.value"],
    ["a negative value", [ok, { ...ok, value: -1 }], "invalid_count", "observations.1.value"],
    ["a date in an array", [{ ...ok, date: ["2023-01-31"] }], "invalid_date", "observations.0.date"],
    ["year 0", [{ ...ok, date: "0000-01-15" }], "invalid_date", "observations.0.date"],
    ["month 00", [{ ...ok, date: "2023-00-10" }], "invalid_date", "observations.0.date"],
    ["month 13", [{ ...ok, date: "2023-13-05" }], "invalid_date", "observations.0.date"],
    ["day 00", [{ ...ok, date: "2023-01-00" }], "invalid_date", "observations.0.date"],
    ["February 29 of a common year", [{ ...ok, date: "2023-02-29" }], "invalid_date", "observations.0.date"],
    ["a bad kind", [{ ...ok, kind: "total" }], "invalid_enum", "observations.0.kind"],
    ["a source that is a number", [{ ...ok, source: 5 }], "invalid_type", "observations.0.source"],
    ["an empty source", [{ ...ok, source: "" }], "invalid_type", "observations.0.source"],
    ["a source of 1 001 characters", [{ ...ok, source: "s".repeat(1001) }], "out_of_range", "observations.0.source"],
    ["a note that is a number", [{ ...ok, note: 5 }], "invalid_type", "observations.0.note"],
    ["an empty note", [{ ...ok, note: "" }], "invalid_type", "observations.0.note"],
    ["a note of 10 001 characters", [{ ...ok, note: "n".repeat(10_001) }], "out_of_range", "observations.0.note"],
    ["a correction that is not a boolean", [{ ...ok, correction: "yes" }], "invalid_type", "observations.0.correction"],
  ])("%s: %s at %s", (_what, input, code, at) => {
    const e = thrown(() => path(input));
    expect([e.code, e.path]).toEqual([code, at]);
  });

  it("says what was wrong, in readObservation's words", () => {
    expect(thrown(() => path([throwingGetter])).message).toBe("observations.0: could not be read (boom)");
    expect(thrown(() => path([{ ...ok, date: "2023-13-05" }])).message).toBe(
      "observations.0.date: 2023-13-05 is not a calendar date",
    );
    expect(thrown(() => path([{ ...ok, value: 1.5 }], { path: "series" })).message).toBe(
      "series.0.value: 1.5 is not a whole number",
    );
  });
});

describe("cumulativePath: the fast check", () => {
  // The fast check exists for speed (assess's 5 ms budget for 3 650 daily observations, see the module
  // notes): a well-formed observation must not cost a trip through readObservation. The table walks
  // the edges of what is well-formed: year 1, months 1 and 12, the first and last day of a month,
  // value 0, both kinds and the default, correction true and false, source and note at their limits.
  it.each([
    ["the first date of the calendar", { date: "0001-01-01", value: 1 }],
    ["a first of January", { date: "2023-01-01", value: 1 }],
    ["a 31st of December", { date: "2023-12-31", value: 1 }],
    ["February 28 of a common year", { date: "2023-02-28", value: 1 }],
    ["February 29 of a leap year", { date: "2024-02-29", value: 1 }],
    ["a value of 0", { date: "2023-05-15", value: 0 }],
    ["the largest safe integer", { date: "2023-05-15", value: Number.MAX_SAFE_INTEGER }],
    ["kind cumulative", { date: "2023-05-15", value: 1, kind: "cumulative" }],
    ["kind increment", { date: "2023-05-15", value: 1, kind: "increment" }],
    ["correction true", { date: "2023-05-15", value: 1, correction: true }],
    ["correction false", { date: "2023-05-15", value: 1, correction: false }],
    ["a source of 1 character", { date: "2023-05-15", value: 1, source: "s" }],
    ["a source of 1 000 characters", { date: "2023-05-15", value: 1, source: "s".repeat(1000) }],
    ["a note of 1 character", { date: "2023-05-15", value: 1, note: "n" }],
    ["a note of 10 000 characters", { date: "2023-05-15", value: 1, note: "n".repeat(10_000) }],
  ])("takes %s without readObservation", (_what, observation) => {
    vi.mocked(readObservation).mockClear();
    const r = path([observation]);
    expect(readObservation).not.toHaveBeenCalled();
    // And reads it right (positions are checked in the tests above).
    expect(r.points.map((p) => [p.date, p.value])).toEqual([[observation.date, observation.value]]);
  });

  it("leaves what it doubts to readObservation, which gives the same answer or the exact error", () => {
    vi.mocked(readObservation).mockClear();
    expect(path([{ date: "2023-05-15", value: -0 }]).points.map((p) => p.value)).toEqual([0]);
    expect(thrown(() => path([{ date: "2023-05-15", value: 1, kind: "total" }])).path).toBe("observations.0.kind");
    expect(readObservation).toHaveBeenCalledTimes(2);
  });

  // The fast check reads a date by its characters: every other shape, and every date the calendar
  // does not have, goes to readObservation, whose error is the exact one (invalid_date at the date).
  it.each([
    ["year 0", "0000-01-01"],
    ["month 13", "2023-13-01"],
    ["month 0", "2023-00-10"],
    ["day 0", "2023-05-00"],
    ["February 29 of a common year", "2023-02-29"],
    ["April 31", "2023-04-31"],
    ["a one-digit month", "2023-5-015"],
    ["slashes", "2023/05/15"],
    ["a letter for a digit", "2023-05-1a"],
    ["a sign", "+023-05-15"],
    ["a space", " 2023-05-1"],
    ["full-width digits", "２０２３-05-15"],
    ["a time", "2023-05-15T00:00"],
  ])("sends a date with %s to readObservation (%s)", (_what, date) => {
    vi.mocked(readObservation).mockClear();
    const e = thrown(() => path([{ date, value: 1 }]));
    expect([e.code, e.path]).toEqual(["invalid_date", "observations.0.date"]);
    expect(readObservation).toHaveBeenCalledTimes(1);
  });

  it("sends an observation with an inherited enumerable key to readObservation", () => {
    vi.mocked(readObservation).mockClear();
    const o = Object.assign(Object.create({ extra: 1 }) as object, { date: "2023-05-15", value: 1 });
    const r = path([o]);
    expect(readObservation).toHaveBeenCalledTimes(1);
    expect(r.points.map((p) => [p.date, p.value])).toEqual([["2023-05-15", 1]]);
  });
});

describe("cumulativePath: the rules of the exact path it replaces", () => {
  // Cases of the former Decimal path, kept: values are safe integers, so exact views are new Decimal(value).
  const values = (r: ReturnType<typeof cumulativePath>) => r.points.map((p) => [p.date, p.value, p.origin]);

  it("sorts cumulative observations and adds the baseline as a point", () => {
    const r = path(
      [
        { date: "2023-09-30", value: 3000 },
        { date: "2023-03-31", value: 1000 },
      ],
      { baseline: { date: "2022-12-31", value: 0 } },
    );
    expect(values(r)).toEqual([
      ["2022-12-31", 0, "baseline"],
      ["2023-03-31", 1000, "observation"],
      ["2023-09-30", 3000, "observation"],
    ]);
    expect(r.points[0]?.position).toBe(12 * 2022 + 12);
    expect(r.warnings).toEqual([]);
  });

  it("adds increments to the running total; increments before anything start at 0", () => {
    const r = path([
      { date: "2024-01-31", value: 5, kind: "increment" },
      { date: "2024-02-29", value: 100, kind: "cumulative" },
      { date: "2024-03-31", value: 7, kind: "increment" },
      { date: "2024-03-31", value: 3, kind: "increment" },
    ]);
    expect(values(r)).toEqual([
      ["2024-01-31", 5, "observation"],
      ["2024-02-29", 100, "observation"],
      ["2024-03-31", 110, "observation"], // 100 + 7 + 3
    ]);
  });

  it("a cumulative figure on a date includes that date's increments", () => {
    const r = path([
      { date: "2024-01-31", value: 10 },
      { date: "2024-02-29", value: 5, kind: "increment" },
      { date: "2024-02-29", value: 15 },
    ]);
    expect(values(r).map((v) => v[1])).toEqual([10, 15]);
  });

  it("an observation on the baseline date wins, with a warning when they differ", () => {
    const r = path([{ date: "2022-12-31", value: 5 }], { baseline: { date: "2022-12-31", value: 0 } });
    expect(values(r)).toEqual([["2022-12-31", 5, "observation"]]);
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([["duplicate_date", "observations.0.value"]]);
  });

  it("same cumulative value twice on a date is one figure; different values are duplicate_date", () => {
    expect(
      values(
        path([
          { date: "2024-01-31", value: 9 },
          { date: "2024-01-31", value: 9 },
        ]),
      ),
    ).toHaveLength(1);
    const e = thrown(() =>
      path([
        { date: "2024-01-31", value: 9 },
        { date: "2024-01-31", value: 8 },
      ]),
    );
    expect([e.code, e.path]).toEqual(["duplicate_date", "observations.1.date"]);
  });

  it("reports an unmarked decrease: error, warning on request, silent with correction", () => {
    const obs = [
      { date: "2024-01-31", value: 10 },
      { date: "2024-02-29", value: 8 },
    ];
    const e = thrown(() => path(obs));
    expect([e.code, e.path]).toEqual(["decreasing_series", "observations.1.value"]);
    const w = path(obs, { onDecrease: "warn" });
    expect(values(w).map((v) => v[1])).toEqual([10, 8]); // kept as reported, not "fixed"
    expect(w.warnings.map((i) => [i.code, i.path])).toEqual([["decreasing_series", "observations.1.value"]]);
    const c = path([obs[0], { ...obs[1], correction: true }]);
    expect(c.warnings).toEqual([]);
    expect(c.points.map((p) => p.value)).toEqual([10, 8]);
  });

  it("a level meant to fall (direction: decrease) reports no decrease", () => {
    const r = path(
      [
        { date: "2024-01-31", value: 10 },
        { date: "2024-02-29", value: 8 },
      ],
      { direction: "decrease" },
    );
    expect(r.points.map((p) => p.value)).toEqual([10, 8]);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    [[{ date: "2024-02-30", value: 1 }], {}, "invalid_date", "observations.0.date"],
    [[{ date: "2024-02-01", value: -1 }], {}, "invalid_count", "observations.0.value"],
    ["nope", {}, "invalid_type", "observations"],
    [[{ date: "2024-02-01", value: -1 }], { path: "obs" }, "invalid_count", "obs.0.value"],
  ] as const)("validates %j %j", (obs, options, code, at) => {
    const e = thrown(() => path(obs, options));
    expect([e.code, e.path]).toEqual([code, at]);
  });

  it("does not mutate its input", () => {
    const obs = Object.freeze([Object.freeze({ date: "2024-01-31", value: 1, kind: "increment" as const })]);
    expect(() => path(obs)).not.toThrow();
  });
});

describe("cumulativePath: counts stay safe integers", () => {
  it("refuses a running total of increments beyond 2^53 - 1, at the increment that passes it", () => {
    // 2^53 - 1 = 9 007 199 254 740 991; one more on-boarding passes it.
    const e = thrown(() =>
      path([
        { date: "2024-01-31", value: Number.MAX_SAFE_INTEGER },
        { date: "2024-02-29", value: 1, kind: "increment" },
      ]),
    );
    expect(e.issues).toEqual([
      {
        code: "out_of_range",
        path: "observations.1.value",
        message:
          "the running total reaches 9007199254740992 on 2024-02-29, beyond 2^53 - 1, where counts lose precision",
      },
    ]);
    // Up to 2^53 - 1 exactly is fine.
    expect(
      path([
        { date: "2024-01-31", value: Number.MAX_SAFE_INTEGER - 1 },
        { date: "2024-02-29", value: 1, kind: "increment" },
      ]).points.map((p) => p.value),
    ).toEqual([Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER]);
  });
});

describe("pathOfEntries (observations already read, with their input indexes)", () => {
  it("names each issue by the entry's own index in the caller's input", () => {
    // One group of a series: inputs 4 and 7 of the caller's array.
    const entries = [
      { date: "2024-01-31", value: 10, kind: "cumulative" as const, correction: false, index: 4 },
      { date: "2024-02-29", value: 8, kind: "cumulative" as const, correction: false, index: 7 },
    ];
    const r = pathOfEntries(entries, { path: "input", direction: "increase", onDecrease: "warn" });
    expect(r.points.map((p) => [p.date, p.value])).toEqual([
      ["2024-01-31", 10],
      ["2024-02-29", 8],
    ]);
    expect(r.points[1]?.position).toBe(12 * 2024 + 2); // computed from the date when the entry has none
    expect(r.warnings).toEqual([
      {
        code: "decreasing_series",
        path: "input.7.value",
        message:
          "the cumulative value falls from 10 to 8 on 2024-02-29; mark the observation with correction: true if it restates earlier figures",
      },
    ]);
    expect(
      thrown(() =>
        pathOfEntries([...entries, { ...entries[0]!, value: 11, index: 9 }], {
          path: "input",
          direction: "increase",
          onDecrease: "warn",
        }),
      ).issues,
    ).toEqual([
      {
        code: "duplicate_date",
        path: "input.9.date",
        message: "2024-01-31 already has the cumulative value 10 (input.4); 11 disagrees with it",
      },
    ]);
  });
});

describe("the increments hint on the path's messages", () => {
  // Monthly new on-boardings after the BBI baseline, passed without kind: "increment". Read as
  // totals, the path falls from 11 700 000 to 450 000 (rule b), then to 480 000 after 520 000.
  const baseline = { date: "2021-04-30", value: 11_700_000 };
  const monthly = [
    { date: "2021-05-31", value: 450_000 },
    { date: "2021-06-30", value: 520_000 },
    { date: "2021-07-31", value: 480_000 },
  ];

  it("ends each decrease message with the hint, warned or thrown", () => {
    const warned = path(monthly, { baseline, onDecrease: "warn" }).warnings;
    expect(warned).toEqual([
      {
        code: "decreasing_series",
        path: "observations.0.value",
        message: `the cumulative value falls from 11700000 to 450000 on 2021-05-31; mark the observation with correction: true if it restates earlier figures${INCREMENTS_HINT}`,
      },
      {
        code: "decreasing_series",
        path: "observations.2.value",
        message: `the cumulative value falls from 520000 to 480000 on 2021-07-31; mark the observation with correction: true if it restates earlier figures${INCREMENTS_HINT}`,
      },
    ]);
    expect(() => path(monthly, { baseline })).toThrow(expect.objectContaining({ issues: warned }));
  });

  it('with kind: "increment" there is no decrease at all', () => {
    const increments = monthly.map((o) => ({ ...o, kind: "increment" as const }));
    expect(path(increments, { baseline }).points.map((p) => p.value)).toEqual([
      11_700_000, 12_150_000, 12_670_000, 13_150_000,
    ]);
  });

  it("a single small restatement keeps the plain message", () => {
    const restated = [
      { date: "2021-05-31", value: 12_000_000 },
      { date: "2021-06-30", value: 11_900_000 },
    ];
    const message =
      "the cumulative value falls from 12000000 to 11900000 on 2021-06-30; mark the observation with correction: true if it restates earlier figures";
    expect(path(restated, { baseline, onDecrease: "warn" }).warnings).toEqual([
      { code: "decreasing_series", path: "observations.1.value", message },
    ]);
  });
});
