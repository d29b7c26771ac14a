// reconcile on the published UMKM record (examples/data/umkm-digital.json: 30 reports, six
// counters, three same-date conflicts, three dips and the 27 million of 2023-12-04). Reference
// values are by hand: pooled values are weighted means of the pooled reports; the outlier's
// expected value is the straight line between its neighbours on the month axis.
import { describe, expect, it } from "vitest";
import { reconcile } from "./reconcile.js";
import { umkmRecord } from "../../test/support/record.js";

const reports = umkmRecord().observations;
const indexOf = (date: string, source: string) => reports.findIndex((o) => o.date === date && o.source === source);

describe("reconcile on the UMKM record", () => {
  const r = reconcile(reports, { prefer: ["KemenkopUKM"] });

  it("lists every same-date conflict with the values by source and the one kept", () => {
    expect(
      r.conflicts.map((c) => [c.date, c.reports.map((x) => [x.source, x.value]), c.kept.source, c.kept.value, c.rule]),
    ).toEqual([
      [
        "2021-12-31",
        [
          ["KemenkopUKM", 16_400_000],
          ["BBI", 17_200_000],
          ["KemenkopUKM", 17_250_000],
        ],
        // Two KemenkopUKM reports: the median of the two is the lower one.
        "KemenkopUKM",
        16_400_000,
        "prefer",
      ],
      [
        "2022-12-31",
        [
          ["KemenkopUKM", 20_760_000],
          ["BBI", 21_400_000],
        ],
        "KemenkopUKM",
        20_760_000,
        "prefer",
      ],
      [
        "2023-06-30",
        [
          ["Kemenko Perekonomian", 22_800_000],
          ["Kominfo", 22_680_000],
        ],
        // No KemenkopUKM report: the median of two is the lower.
        "Kominfo",
        22_680_000,
        "median",
      ],
    ]);
  });

  it("flags the 27 million of 2023-12-04, and nothing else", () => {
    expect(r.outliers).toHaveLength(1);
    const o = r.outliers[0];
    // 22.81 M (2023-08-31) + 2.39 M x (11 + 4/31 - 8)/(12 - 8) on the month axis = 24 679 597 (rounded).
    expect(o).toMatchObject({
      date: "2023-12-04",
      source: "Kemenko Perekonomian",
      value: 27_000_000,
      expected: 24_679_597,
      deviation: 2_320_403,
      dropped: false,
      index: indexOf("2023-12-04", "Kemenko Perekonomian"),
    });
    expect(o?.score).toBeGreaterThan(3.5);
  });

  it("makes the path non-decreasing and lists every moved report with its source and amount", () => {
    expect(r.adjustments.map((a) => [a.date, a.source, a.from, a.to, a.amount])).toEqual([
      // (13.7 + 13.5) / 2
      ["2021-05-31", "idEA", 13_700_000, 13_600_000, -100_000],
      ["2021-06-22", "KemenkopUKM", 13_500_000, 13_600_000, 100_000],
      // (20.2 + 19.95) / 2
      ["2022-08-31", "idEA", 20_200_000, 20_075_000, -125_000],
      ["2022-09-30", "KemenkopUKM", 19_950_000, 20_075_000, 125_000],
      // (27 + 25.2 + 25) / 3 = 25 733 333.3, rounded
      ["2023-12-04", "Kemenko Perekonomian", 27_000_000, 25_733_333, -1_266_667],
      ["2023-12-31", "BBI", 25_200_000, 25_733_333, 533_333],
      ["2024-08-03", "KemenkopUKM", 25_000_000, 25_733_333, 733_333],
    ]);
    const values = r.observations.map((o) => o.value);
    expect(values.every((v, i) => i === 0 || v >= (values[i - 1] as number))).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it("keeps each kept report's source and note", () => {
    expect(r.observations).toHaveLength(26);
    const kept = r.observations.find((o) => o.date === "2023-12-31");
    expect(kept?.source).toBe("BBI");
    expect(kept?.note).toContain("25,2 juta UMKM telah masuk");
  });

  it("drops the outlier when asked: the last two reports pool to (25.2 + 25) / 2", () => {
    const d = reconcile(reports, { prefer: ["KemenkopUKM"], outliers: "drop" });
    expect(d.outliers.map((o) => [o.date, o.dropped])).toEqual([["2023-12-04", true]]);
    expect(d.observations.map((o) => o.date)).not.toContain("2023-12-04");
    expect(d.adjustments.slice(-2).map((a) => [a.date, a.to])).toEqual([
      ["2023-12-31", 25_100_000],
      ["2024-08-03", 25_100_000],
    ]);
  });

  it("accounts for every report: kept, or not kept on its date, or a dropped outlier", () => {
    const d = reconcile(reports, { outliers: "drop" });
    const keptIndices = d.observations.map((o) => reports.indexOf(reports.find((x) => x.note === o.note) as never));
    const notKept = d.conflicts.flatMap((c) => c.reports.filter((x) => x.index !== c.kept.index).map((x) => x.index));
    const dropped = d.outliers.filter((o) => o.dropped).map((o) => o.index);
    expect([...keptIndices, ...notKept, ...dropped].sort((a, b) => a - b)).toEqual(reports.map((_, i) => i));
  });
});

/** The month ends of 2024: whole months apart on the month axis. */
const ENDS_2024 = [
  "01-31",
  "02-29",
  "03-31",
  "04-30",
  "05-31",
  "06-30",
  "07-31",
  "08-31",
  "09-30",
  "10-31",
  "11-30",
  "12-31",
].map((d) => `2024-${d}`);

describe("reconcile: rules and options", () => {
  const day = (date: string, value: number, source?: string) => ({ date, value, ...(source && { source }) });

  it.each([
    ["median", [10, 30, 20], 20],
    ["median", [10, 40, 30, 20], 20],
    ["latest", [10, 40, 30, 20], 20],
    ["latest", [10, 40, 30], 30],
    // Orders where the two rules differ: the latest report is not the median one.
    ["median", [30, 10, 20, 40], 20],
    ["latest", [30, 10, 20, 40], 40],
    ["median", [40, 30, 10], 30],
    ["latest", [40, 30, 10], 10],
  ] as const)("sameDate %s of %j keeps %d", (rule, values, kept) => {
    const r = reconcile(
      values.map((v, i) => day("2024-01-31", v, `s${i}`)),
      { sameDate: rule },
    );
    expect(r.conflicts[0]?.kept.value).toBe(kept);
    expect(r.observations).toEqual([
      { date: "2024-01-31", value: kept, kind: "cumulative", source: expect.any(String) },
    ]);
  });

  it("monotone: false keeps the falls and warns about each, naming both sources", () => {
    const r = reconcile([day("2024-01-31", 100, "a"), day("2024-02-29", 90, "b"), day("2024-03-31", 120, "a")], {
      monotone: false,
    });
    expect(r.observations.map((o) => o.value)).toEqual([100, 90, 120]);
    expect(r.adjustments).toEqual([]);
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([["decreasing_series", "observations.1.value"]]);
    expect(r.warnings[0]?.message).toContain("from 100 (a, 2024-01-31) to 90 (b, 2024-02-29)");
  });

  it("warns only of real falls of an increasing path kept as reported", () => {
    const falling = [day("2024-01-31", 100), day("2024-02-29", 90), day("2024-03-31", 90), day("2024-04-30", 120)];
    // Made monotone (the default): nothing is left to warn about.
    expect(reconcile(falling).warnings).toEqual([]);
    // Kept: one fall (100 to 90), none for the equal 90s; a report without a source says so.
    const kept = reconcile(falling, { monotone: false }).warnings;
    expect(kept.map((w) => w.path)).toEqual(["observations.1.value"]);
    expect(kept[0]?.message).toContain("from 100 (no source, 2024-01-31) to 90 (no source, 2024-02-29)");
    // A correction may fall, and a path meant to fall is not warned about for rising.
    const corrected = [day("2024-01-31", 100), { date: "2024-02-29", value: 80, correction: true }];
    expect(reconcile(corrected, { monotone: false }).warnings).toEqual([]);
    expect(
      reconcile([day("2024-01-31", 80), day("2024-02-29", 100)], { monotone: false, direction: "decrease" }).warnings,
    ).toEqual([]);
  });

  it("names the sources the reports have when prefer names another", () => {
    expect(() => reconcile([day("2024-01-31", 1, "a"), day("2024-02-29", 2, "b")], { prefer: ["c"] })).toThrow(
      'options.prefer.0: no report has the source "c"; the sources are "a", "b"',
    );
    expect(() => reconcile([day("2024-01-31", 1)], { weights: { c: 2 } })).toThrow(
      'options.weights.c: no report has the source "c"; the sources are none',
    );
  });

  it("scores an outlier by the median absolute deviation: 1005 / (1.4826 x 15)", () => {
    // 100 a month with +-10 of noise, and 1600 reported in July where the neighbours' line says
    // (490 + 700) / 2 = 595. Interior residuals: 15, -15, 0, 15, -515, 1005, -505, 15, -15, 0;
    // median 0, median absolute deviation 15. Without July the highest score is 65 / (1.4826 x 15)
    // = 2.92, under 3.5: one outlier.
    const values = [0, 110, 190, 300, 410, 490, 1600, 700, 810, 890, 1000, 1110];
    const line = values.map((v, i) => day(ENDS_2024[i] as string, v));
    const [o, ...rest] = reconcile(line, { monotone: false }).outliers;
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ date: "2024-07-31", value: 1600, expected: 595, deviation: 1005 });
    expect(o?.score).toBeCloseTo(1005 / (1.4826 * 15), 10);
  });

  it("judges five reports, the fewest it judges: scored 1200 / (1.2533 x 400) = 2.39", () => {
    // Residuals -400, 800, -400: median -400, deviations 0, 1200, 0 (median 0, mean 400).
    const five = [0, 100, 1000, 300, 400].map((v, i) => day(ENDS_2024[i] as string, v));
    expect(reconcile(five, { monotone: false }).outliers).toEqual([]); // under the default 3.5
    const [o, ...rest] = reconcile(five, { monotone: false, outlierThreshold: 2 }).outliers;
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ date: "2024-03-31", value: 1000, expected: 200, deviation: 800 });
    expect(o?.score).toBeCloseTo(1200 / (1.2533 * 400), 10);
  });

  it("weights pull the pooled value toward the trusted source: (3 x 100 + 1 x 90) / 4 = 97.5 -> 98", () => {
    const r = reconcile([day("2024-01-31", 100, "a"), day("2024-02-29", 90, "b")], { weights: { a: 3 } });
    expect(r.observations.map((o) => o.value)).toEqual([98, 98]);
  });

  it("a correction starts a new run: its fall stays", () => {
    const r = reconcile([
      day("2024-01-31", 100),
      { date: "2024-02-29", value: 80, correction: true },
      day("2024-03-31", 70),
    ]);
    expect(r.observations.map((o) => o.value)).toEqual([100, 75, 75]);
  });

  it("direction decrease makes the path non-increasing", () => {
    const r = reconcile([day("2024-01-31", 100), day("2024-02-29", 110), day("2024-03-31", 90)], {
      direction: "decrease",
    });
    expect(r.observations.map((o) => o.value)).toEqual([105, 105, 90]);
  });

  it("median of equal values keeps the first report of them", () => {
    const r = reconcile([day("2024-01-31", 20, "a"), day("2024-01-31", 20, "b")]);
    expect(r.conflicts[0]?.kept.source).toBe("a");
  });

  it("prefer keeps the first preferred source that reported on the date, by the date's rule", () => {
    const reports = [
      day("2024-01-31", 10, "a"),
      day("2024-01-31", 30, "b"),
      day("2024-01-31", 20, "c"),
      day("2024-01-31", 50, "b"),
      day("2024-02-29", 60, "a"),
    ];
    // a is preferred and reported 10 in January: kept, whatever the others say.
    expect(reconcile(reports, { prefer: ["a", "b"] }).conflicts[0]).toMatchObject({
      rule: "prefer",
      kept: { value: 10 },
    });
    // b's two January reports, 30 and 50: the median rule keeps the lower middle one, latest the last.
    expect(reconcile(reports, { prefer: ["b"] }).conflicts[0]).toMatchObject({ rule: "prefer", kept: { value: 30 } });
    expect(reconcile(reports, { prefer: ["b"], sameDate: "latest" }).conflicts[0]).toMatchObject({
      rule: "prefer",
      kept: { value: 50 },
    });
    // Without prefer, the median of the four: (10, 20, 30, 50) -> the lower middle, 20.
    expect(reconcile(reports).conflicts[0]).toMatchObject({ rule: "median", kept: { value: 20 } });
  });

  it("flags one jump in an otherwise straight line, scored by the mean absolute deviation when the median one is 0", () => {
    // 100 a month for 12 months, with 1000 reported in place of 400 (May). The interior residuals
    // from the neighbours' line are 0 except -300, 600, -300 around May: their median is 0 and so is
    // the median of the deviations, so the scale is 1.2533 x the mean deviation, 1.2533 x 1200 / 10.
    const line = ENDS_2024.map((d, i) => day(d, i === 4 ? 1000 : 100 * i));
    const [o, ...rest] = reconcile(line, { monotone: false }).outliers;
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ date: "2024-05-31", value: 1000, expected: 400, deviation: 600 });
    expect(o?.score).toBeCloseTo(600 / ((1.2533 * 1200) / 10), 12);
  });

  it("fewer than five reports are never judged outliers; an exact line has none", () => {
    expect(reconcile([day("2024-01-31", 1), day("2024-02-29", 1000), day("2024-03-31", 2)]).outliers).toEqual([]);
    const line = Array.from({ length: 8 }, (_, i) => day(`2024-0${i + 1}-01`, 100 * i));
    expect(reconcile(line).outliers).toEqual([]);
  });

  it.each([
    [{ prefer: ["KemenkopUKN"] }, "invalid_option", "options.prefer.0", 'did you mean "KemenkopUKM"'],
    [{ prefer: ["BBI", "BBI"] }, "invalid_option", "options.prefer.1", "already listed"],
    [{ weights: { nobody: 2 } }, "invalid_option", "options.weights.nobody", "no report has the source"],
    [{ weights: { BBI: 0 } }, "out_of_range", "options.weights.BBI", "greater than 0"],
    [{ sameDate: "mean" }, "invalid_enum", "options.sameDate", "median"],
    [{ outliers: "remove" }, "invalid_enum", "options.outliers", "drop"],
    [{ outlierThreshold: -1 }, "out_of_range", "options.outlierThreshold", "greater than 0"],
    [{ prefered: ["BBI"] }, "unknown_key", "options.prefered", 'did you mean "prefer"'],
    [{ prefer: "BBI" }, "invalid_type", "options.prefer", ""],
    [{ prefer: [7] }, "invalid_type", "options.prefer.0", ""],
    [{ weights: 2 }, "invalid_type", "options.weights", ""],
    [{ weights: { BBI: "2" } }, "invalid_number", "options.weights.BBI", "expected a finite number, got string"],
    [{ weights: { BBI: Number.POSITIVE_INFINITY } }, "invalid_number", "options.weights.BBI", "got Infinity"],
    [{ monotone: "yes" }, "invalid_type", "options.monotone", ""],
    [{ direction: "up" }, "invalid_enum", "options.direction", "increase"],
  ])("bad options %j: %s at %s", (options, code, path, words) => {
    expect(() => reconcile(reports, options as never)).toThrow(
      expect.objectContaining({ code, path, message: expect.stringContaining(words) }),
    );
  });

  it("refuses an increment: reconcile compares running totals", () => {
    expect(() => reconcile([{ date: "2024-01-31", value: 5, kind: "increment" }])).toThrow(
      expect.objectContaining({ code: "invalid_enum", path: "observations.0.kind" }),
    );
  });

  it("no reports, no path", () => {
    expect(reconcile([])).toEqual({ observations: [], conflicts: [], adjustments: [], outliers: [], warnings: [] });
  });
});
