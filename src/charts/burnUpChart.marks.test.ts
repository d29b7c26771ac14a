import { describe, expect, it } from "vitest";
import { thrown } from "../../test/support/errors.js";
import { assess } from "../assessment/assess.js";
import { burnUpChart } from "./burnUpChart.js";
import type { BurnUpInput, VegaLiteSpec } from "./types.js";

// The marks added to the lines: the shortfall or surplus at the goal date, and the axes' ranges
// (options.yDomain and the x margin). Expected values are worked by hand from the rules in the
// burnUpChart TSDoc; the comments show the arithmetic.
// The BBI goal: 11.7 million UMKM at 2021-04-30 to 30 million by 2023-12-31.
const target = {
  id: "umkm-digital",
  name: "UMKM on digital platforms",
  baseline: { date: "2021-04-30", value: 11_700_000 },
  goal: { date: "2023-12-31", value: 30_000_000 },
};
const observations = [
  { date: "2021-08-31", value: 13_000_000 },
  { date: "2022-06-30", value: 19_000_000 },
];
const projection = {
  points: [
    { date: "2022-12-31", value: "23000000", lower: "22000000", upper: "24000000" },
    { date: "2023-12-31", value: "31000000", lower: "27000000", upper: "35000000" },
  ],
};
const full: BurnUpInput = { target, observations, projection, eta: { date: "2023-10-15" }, asOf: "2022-06-30" };

type Layer = {
  name?: string;
  mark?: Record<string, unknown>;
  encoding?: Record<string, unknown>;
  data?: { values: Record<string, unknown>[] };
  layer?: Layer[];
};
const layers = (spec: VegaLiteSpec) => spec.layer as Layer[];
const gapOf = (spec: VegaLiteSpec) => layers(spec).find((l) => l.name === "goal_gap");
const yOf = (spec: VegaLiteSpec) =>
  (layers(spec).find((l) => l.name === "actual")?.encoding?.y ?? {}) as {
    scale: { domain: number[] };
    axis: { tickCount?: number };
  };
const xDomainOf = (spec: VegaLiteSpec) =>
  (
    layers(spec).find((l) => l.name === "actual")?.encoding?.x as {
      scale: { domain: { year: number; month: number; date: number }[] };
    }
  ).scale.domain.map((d) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.date).padStart(2, "0")}`);
const points = (...ps: [string, number][]) => ({
  points: ps.map(([date, value]) => ({ date, value, lower: null, upper: null })),
});

describe("burnUpChart: the shortfall or surplus at the goal date", () => {
  it.each([
    // [case, target, projection, value at the goal date, kind, en label, id label]
    [
      "a point on the goal date, 4M short",
      target,
      points(["2023-12-31", 26_000_000]),
      26_000_000,
      "shortfall",
      "Shortfall 4M at 31 Dec 2023",
      "Kekurangan 4 jt pada 31 Des 2023",
    ],
    // 2023-11-30 -> 2023-12-31 is 31 of the 62 days to 2024-01-31: half way, 25M + 2M / 2 = 26M.
    [
      "read off the segment across the goal date",
      target,
      points(["2023-11-30", 25_000_000], ["2024-01-31", 27_000_000]),
      26_000_000,
      "shortfall",
      "Shortfall 4M at 31 Dec 2023",
      "Kekurangan 4 jt pada 31 Des 2023",
    ],
    // The demo's linear trend: 30 000 000 - 25 953 721 = 4 046 279, three significant digits.
    [
      "three significant digits",
      target,
      points(["2023-12-31", 25_953_721]),
      25_953_721,
      "shortfall",
      "Shortfall 4.05M at 31 Dec 2023",
      "Kekurangan 4,05 jt pada 31 Des 2023",
    ],
    [
      "1M over: a surplus",
      target,
      points(["2023-12-31", 31_000_000]),
      31_000_000,
      "surplus",
      "Surplus 1M at 31 Dec 2023",
      "Kelebihan 1 jt pada 31 Des 2023",
    ],
    // 50 000 - 37 655 = 12 345: 12.3 thousand.
    [
      "thousands",
      { ...target, baseline: { date: "2023-12-31", value: 0 }, goal: { date: "2024-12-31", value: 50_000 } },
      points(["2024-12-31", 37_655]),
      37_655,
      "shortfall",
      "Shortfall 12.3K at 31 Dec 2024",
      "Kekurangan 12,3 rb pada 31 Des 2024",
    ],
    [
      "units",
      { ...target, baseline: { date: "2023-12-31", value: 0 }, goal: { date: "2024-12-31", value: 50_000 } },
      points(["2024-12-31", 49_150]),
      49_150,
      "shortfall",
      "Shortfall 850 at 31 Dec 2024",
      "Kekurangan 850 pada 31 Des 2024",
    ],
    // A decrease target (40 000 down to 25 000) is short while it stays above its goal.
    [
      "a decrease target above its goal",
      {
        ...target,
        direction: "decrease" as const,
        baseline: { date: "2023-12-31", value: 40_000 },
        goal: { date: "2024-12-31", value: 25_000 },
      },
      points(["2024-12-31", 28_000]),
      28_000,
      "shortfall",
      "Shortfall 3K at 31 Dec 2024",
      "Kekurangan 3 rb pada 31 Des 2024",
    ],
    [
      "a decrease target below its goal",
      {
        ...target,
        direction: "decrease" as const,
        baseline: { date: "2023-12-31", value: 40_000 },
        goal: { date: "2024-12-31", value: 25_000 },
      },
      points(["2024-12-31", 24_000]),
      24_000,
      "surplus",
      "Surplus 1K at 31 Dec 2024",
      "Kelebihan 1 rb pada 31 Des 2024",
    ],
  ] as const)("%s", (_case, t, proj, value, kind, en, id) => {
    for (const [locale, label] of [
      ["en", en],
      ["id", id],
    ] as const) {
      const gap = gapOf(burnUpChart({ target: t, projection: proj }, { locale }));
      const [first, second] = label.split(locale === "en" ? " at " : " pada ");
      expect(gap?.data?.values).toEqual([
        {
          date: t.goal.date,
          value,
          goal: t.goal.value,
          kind,
          label,
          lines: [first, `${locale === "en" ? "at" : "pada"} ${second}`],
        },
      ]);
    }
  });

  it("starts the segment at the projection's origin when the first point is after the goal date", () => {
    // Origin 2023-06-30 at 24M, next point 2024-06-30 (366 days on) at 27.66M: on the goal date,
    // 184 days on, 24M + 3.66M * 184 / 366 = 25.84M, 4.16M short.
    const spec = burnUpChart({
      target,
      projection: { ...points(["2024-06-30", 27_660_000]), origin: { date: "2023-06-30", value: 24_000_000 } },
    });
    expect(gapOf(spec)?.data?.values[0]).toMatchObject({ value: 25_840_000, label: "Shortfall 4.16M at 31 Dec 2023" });
  });

  it("marks an assessment's projected value at the goal date (5M short)", () => {
    const spec = burnUpChart({
      target,
      projection: { valueAtGoal: 25_000_000, lower: 24_000_000, upper: 26_000_000 },
      current: { date: "2022-06-30", value: 19_000_000 },
    });
    expect(gapOf(spec)?.data?.values[0]).toMatchObject({
      value: 25_000_000,
      kind: "shortfall",
      label: "Shortfall 5M at 31 Dec 2023",
    });
  });

  it.each([
    ["no projection", {}],
    ["a projection that ends before the goal date", { projection: points(["2023-06-30", 20_000_000]) }],
    ["a projection that starts after the goal date", { projection: points(["2024-06-30", 31_000_000]) }],
    ["a projection that meets the goal exactly", { projection: points(["2023-12-31", 30_000_000]) }],
    ["an assessment's projection without its current value", { projection: { valueAtGoal: 25_000_000 } }],
  ])("draws no gap for %s", (_case, extra) => {
    expect(gapOf(burnUpChart({ target, ...extra } as BurnUpInput))).toBeUndefined();
  });

  it("draws a red rule from the projected value to the goal, with its label in red", () => {
    // An assessment of 0 -> 10 000 by 2024-12-31 with 3 000 at 2023-09-30: its linear projection is
    // 8 000 at the goal date (2 000 short) and reaches the goal on 2025-06-30. The x axis runs to
    // 2025-07-31 (912 days + 3% -> 28 days -> 2025-07-28, its month end).
    const composite = {
      id: "t",
      baseline: { date: "2022-12-31", value: 0 },
      goal: { date: "2024-12-31", value: 10_000 },
    };
    const obs = [{ date: "2023-09-30", value: 3_000 }];
    const spec = burnUpChart({
      ...assess(composite, obs, { asOf: "2023-10-15" }),
      target: composite,
      observations: obs,
    });
    expect(xDomainOf(spec)).toEqual(["2022-12-31", "2025-07-31"]);
    // y from zero (the baseline is 0): 10 000 / 5 = 2 000, 0..10 000.
    const yScale = { domain: [0, 10_000], nice: false, zero: false };
    const [rule, text] = gapOf(spec)?.layer ?? [];
    expect(rule?.mark).toEqual({ type: "rule", color: "#b0172a", strokeWidth: 2.5 });
    expect(rule?.encoding).toMatchObject({
      y: { field: "value", type: "quantitative", scale: yScale },
      y2: { field: "goal" },
    });
    // The label in the rule's red, placed in pixels where it crosses nothing (labels.test.ts).
    expect(text?.mark).toEqual({
      type: "text",
      color: "#b0172a",
      align: expect.stringMatching(/^(left|right)$/),
      baseline: "top",
      fontSize: 11,
      lineHeight: 13,
      fontWeight: "bold",
    });
    expect(text?.encoding).toMatchObject({
      x: { value: expect.any(Number) },
      y: { value: expect.any(Number) },
      text: { field: "lines" },
    });
    expect(gapOf(spec)?.data?.values[0]).toMatchObject({ value: 8_000, label: "Shortfall 2K at 31 Dec 2024" });
  });

  it("draws a surplus in the goal's green", () => {
    const [rule, text] = gapOf(burnUpChart(full))?.layer ?? [];
    expect(rule?.mark).toEqual({ type: "rule", color: "#2e8b3a", strokeWidth: 2.5 });
    expect(text?.mark).toMatchObject({ type: "text", color: "#2e8b3a" });
  });

  it.each(["en", "id"] as const)(
    "puts the gap label and the band's legend name in the rendered SVG (%s)",
    async (locale) => {
      const { compile } = await import("vega-lite");
      const { parse, View } = await import("vega");
      const view = new View(parse(compile(burnUpChart(full, { locale }) as never).spec), { renderer: "none" });
      const svg = await view.toSVG();
      view.finalize();
      const texts =
        locale === "en"
          ? ["Surplus 1M", "at 31 Dec 2023", "90% interval"]
          : ["Kelebihan 1 jt", "pada 31 Des 2023", "Rentang 90%"];
      for (const text of texts) expect(svg).toContain(`>${text}<`);
    },
  );
});

describe("burnUpChart: the axes", () => {
  it.each([
    // [yDomain, domain, tickCount]: values of `full` run from 11.7M to 35M (the upper edge).
    [undefined, [10_000_000, 35_000_000], 5], // auto is nice: 11.7 >= 8.75; 23.3M / 5 -> 5M
    ["auto", [10_000_000, 35_000_000], 5],
    ["nice", [10_000_000, 35_000_000], 5],
    ["zero", [0, 40_000_000], 4], // 35M / 5 = 7M -> 10M
    [[0, 50_000_000], [0, 50_000_000], undefined], // as given; Vega picks the ticks
  ] as const)("yDomain %j gives the y range %j", (yDomain, domain, ticks) => {
    const spec = burnUpChart(full, yDomain === undefined ? {} : { yDomain });
    expect(yOf(spec).scale).toEqual({ domain, nice: false, zero: false });
    expect(yOf(spec).axis.tickCount).toBe(ticks);
  });

  it.each([
    // 'auto' at the edge: a baseline of 25 is a quarter of the goal 100 (nice: 75 / 5 = 15 -> 20,
    // 20..100); a baseline of 24 is under it (from zero: 100 / 5 = 20, 0..100).
    [25, [20, 100]],
    [24, [0, 100]],
  ])("auto starts near the data only from a quarter of the largest value (baseline %d)", (baseline, domain) => {
    const t = { id: "t", baseline: { date: "2023-12-31", value: baseline }, goal: { date: "2024-12-31", value: 100 } };
    expect(yOf(burnUpChart({ target: t })).scale.domain).toEqual(domain);
  });

  it("clips every mark to a fixed y range, and only then", () => {
    const marks = (spec: VegaLiteSpec) => layers(spec).flatMap((l) => (l.layer ?? [l]).map((m) => m.mark));
    const spec = burnUpChart(full, { yDomain: [15_000_000, 25_000_000] });
    const fixed = marks(spec);
    // interval, plan, projection, actual, goal rule, gap (2), goal point, as-of (2), ETA (2); the
    // goal (30M) is above the 15M..25M axis, so its label has no place on the plot and is written
    // under the title instead.
    expect(fixed).toHaveLength(12);
    expect((spec.title as { subtitle: string[] }).subtitle.at(-1)).toBe("Goal: 30M by 31 Dec 2023");
    for (const mark of fixed) expect(mark).toMatchObject({ clip: true });
    for (const mark of marks(burnUpChart(full))) expect(mark).not.toHaveProperty("clip");
  });

  it.each([
    // The x range: from the baseline to the month end after the last date plus 3% of the span.
    ["the goal date", full, ["2021-04-30", "2024-01-31"]], // 975 days + 30 -> 2024-01-30
    ["an ETA after the goal date", { ...full, eta: { date: "2024-10-03" } }, ["2021-04-30", "2024-11-30"]], // 1 252 + 38 -> 2024-11-10
    ["a far ETA", { ...full, eta: { date: "2030-01-15" } }, ["2021-04-30", "2030-04-30"]], // 3 182 + 96 -> 2030-04-21
    ["an as-of date after the goal date", { target, asOf: "2024-03-15" }, ["2021-04-30", "2024-04-30"]], // 1 050 + 32 -> 2024-04-16
  ])("ends the x axis after %s", (_case, input, domain) => {
    expect(xDomainOf(burnUpChart(input as BurnUpInput))).toEqual(domain);
  });

  it.each([
    [{ yDomain: "log" }, "invalid_enum", "options.yDomain"],
    [{ yDomain: 5 }, "invalid_enum", "options.yDomain"],
    [{ yDomain: null }, "invalid_enum", "options.yDomain"],
    [{ yDomain: { min: 0, max: 1 } }, "invalid_enum", "options.yDomain"],
    [{ yDomain: [1] }, "out_of_range", "options.yDomain"],
    [{ yDomain: [0, 1, 2] }, "out_of_range", "options.yDomain"],
    [{ yDomain: [10, 10] }, "out_of_range", "options.yDomain"],
    [{ yDomain: [10, 0] }, "out_of_range", "options.yDomain"],
    [{ yDomain: ["0", 10] }, "invalid_number", "options.yDomain.0"],
    [{ yDomain: [0, Number.NaN] }, "invalid_number", "options.yDomain.1"],
    [{ yDomain: [0, Number.POSITIVE_INFINITY] }, "invalid_number", "options.yDomain.1"],
  ])("rejects yDomain %j with %s at %s", (options, code, path) => {
    const { code: c, path: p } = thrown(() => burnUpChart({ target }, options as never));
    expect({ code: c, path: p }).toEqual({ code, path });
  });

  it("turns an unreadable yDomain (a revoked proxy) into invalid_type at options.yDomain", () => {
    const r = Proxy.revocable([], {});
    r.revoke();
    const { code, path } = thrown(() => burnUpChart({ target }, { yDomain: r.proxy as never }));
    expect({ code, path }).toEqual({ code: "invalid_type", path: "options.yDomain" });
  });

  it.each([
    [{ yDomain: "log" }, 'options.yDomain: expected one of "auto", "zero", "nice", got "log"'],
    [{ yDomain: [1] }, "options.yDomain: expected [min, max], got 1 values"],
    [{ yDomain: [10, 0] }, "options.yDomain: min 10 must be below max 0"],
    [{ yDomain: [0, Number.NaN] }, "options.yDomain.1: expected a finite number, got NaN"],
    [{ yDomain: ["0", 10] }, "options.yDomain.0: expected a finite number, got string"],
  ])("says what is wrong with yDomain %j", (options, message) => {
    expect(thrown(() => burnUpChart({ target }, options as never)).message).toBe(message);
  });
});
