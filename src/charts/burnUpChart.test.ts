import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { describe, expect, it } from "vitest";
import { assess } from "../assessment/assess.js";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { burnUpChart } from "./burnUpChart.js";
import type { BurnUpInput, VegaLiteSpec } from "./types.js";

// The BBI goal (methodology: the BBI figures): 11.7 million UMKM at 2021-04-30 to 30 million by 2023-12-31.
const target = {
  id: "umkm-digital",
  name: "UMKM on digital platforms",
  baseline: { date: "2021-04-30", value: 11_700_000 },
  goal: { date: "2023-12-31", value: 30_000_000 },
};
const observations = [
  { date: "2021-12-31", value: 15_200_000 },
  { date: "2021-08-31", value: 13_000_000 },
  { date: "2022-06-30", value: 19_000_000 },
];
const projection = {
  confidence: 0.9,
  points: [
    { date: "2022-12-31", value: "23000000", lower: "22000000", upper: "24000000" },
    { date: "2023-12-31", value: "31000000", lower: "27000000", upper: "35000000" },
  ],
};
const full: BurnUpInput = { target, observations, projection, eta: { date: "2023-10-15" }, asOf: "2022-06-30" };

type Row = { series: string; date: string; value: number; lower?: number | null; upper?: number | null };
const rows = (spec: VegaLiteSpec) => (spec.data as { values: Row[] }).values;
const seriesOf = (spec: VegaLiteSpec, name: string) => rows(spec).filter((r) => r.series === name);

async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const vega = compile(spec as unknown as TopLevelSpec).spec;
  const view = new View(parse(vega), { renderer: "none" });
  return view.toSVG();
}

describe("burnUpChart", () => {
  it("is plain JSON that survives a JSON round trip unchanged", () => {
    const spec = burnUpChart(full);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v6.json");
  });

  it.each(["en", "id"] as const)("compiles with vega-lite and renders to SVG headlessly (%s)", async (locale) => {
    const svg = await renderSvg(burnUpChart(full, { locale }));
    expect(svg.startsWith("<svg")).toBe(true);
    // Texts that only the goal, ETA, as-of and gap markers and the band's legend entry write (the
    // projection is 31M on the goal date: 1M over; the y axis is 10M..35M in 5M steps):
    if (locale === "en") {
      expect(svg).toContain("Goal: 30M by 31 Dec 2023");
      expect(svg).toContain("ETA: 15 Oct 2023");
      expect(svg).toContain("As of 30 Jun 2022");
      expect(svg).toContain(">Surplus 1M</tspan>");
      expect(svg).toContain(">90% interval</text>");
      for (const tick of ["10M", "15M", "20M", "25M", "30M", "35M"]) expect(svg).toContain(`>${tick}</text>`);
      expect(svg).not.toContain(">0M</text>");
    } else {
      expect(svg).toContain("Target: 30 jt pada 31 Des 2023");
      expect(svg).toContain("Perkiraan tercapai: 15 Okt 2023");
      expect(svg).toContain("Posisi per 30 Jun 2022");
      expect(svg).toContain(">Kelebihan 1 jt</tspan>");
      expect(svg).toContain(">Rentang 90%</text>");
      for (const tick of ["10 jt", "15 jt", "20 jt", "25 jt", "30 jt", "35 jt"])
        expect(svg).toContain(`>${tick}</text>`);
    }
  });

  it("renders the same SVG whatever the machine's time zone (UTC time scale)", async () => {
    const spec = burnUpChart(full);
    const saved = process.env.TZ;
    const svgs: string[] = [];
    try {
      for (const tz of ["UTC", "Asia/Jakarta", "America/Los_Angeles", "Pacific/Kiritimati"]) {
        process.env.TZ = tz; // Node applies a changed TZ to later Date calls
        svgs.push(await renderSvg(spec));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(new Set(svgs).size).toBe(1);
    expect(svgs[0]).toContain(">Jan 2022</text>");
  });

  it("draws the baseline then the observations in date order as the actual series", () => {
    const actual = seriesOf(burnUpChart(full), "Actual (cumulative)");
    expect(actual.map((r) => [r.date, r.value])).toEqual([
      ["2021-04-30", 11_700_000],
      ["2021-08-31", 13_000_000],
      ["2021-12-31", 15_200_000],
      ["2022-06-30", 19_000_000],
    ]);
  });

  it.each([
    // Linear plan on the month axis (methodology: the month axis; plan-to-date and phasing): 32
    // months, 18.3M / 32 = 571 875 a month.
    ["2021-04-30", 11_700_000],
    ["2021-12-31", 11_700_000 + 8 * 571_875], // 8 whole months: 16 275 000
    ["2022-04-30", 11_700_000 + 12 * 571_875], // 18 562 500
    ["2023-12-31", 30_000_000],
  ])("plan-to-date on %s is %d", (date, value) => {
    const plan = seriesOf(burnUpChart(full), "Plan to date");
    expect(plan.find((r) => r.date === date)?.value).toBeCloseTo(value, 6);
  });

  it("samples the plan at the baseline, every month end between, and the goal date", () => {
    const plan = seriesOf(burnUpChart(full), "Plan to date");
    expect(plan).toHaveLength(33); // 2021-04-30, 31 month ends May 2021 .. Nov 2023, 2023-12-31
    expect(plan[1]?.date).toBe("2021-05-31");
  });

  it("follows the target's phasing (the phasing example: 80 or 160 a month)", () => {
    const phased = {
      id: "phased",
      baseline: { date: "2022-12-31", value: 0 },
      goal: { date: "2023-12-31", value: 1_200 },
      phasing: { kind: "monthly-weights" as const, weights: [1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 2] },
    };
    const plan = seriesOf(burnUpChart({ target: phased }), "Plan to date");
    // Running sums of 80 per weight unit: Jan 80, Feb 160, Mar 240, Apr 400 (weight 2).
    expect(plan.slice(0, 5).map((r) => r.value)).toEqual([0, 80, 160, 240, 400]);
  });

  it("uses the plan given by planAt", () => {
    const spec = burnUpChart(full, { planAt: (date) => (date === "2021-12-31" ? 20_000_000 : 0) });
    expect(seriesOf(spec, "Plan to date").find((r) => r.date === "2021-12-31")?.value).toBe(20_000_000);
  });

  it("carries the projection with its interval band as numbers", () => {
    const spec = burnUpChart(full);
    expect(seriesOf(spec, "Projection")).toEqual([
      { series: "Projection", date: "2022-12-31", value: 23_000_000, lower: 22_000_000, upper: 24_000_000 },
      { series: "Projection", date: "2023-12-31", value: 31_000_000, lower: 27_000_000, upper: 35_000_000 },
    ]);
    expect((spec.layer as { name?: string }[]).map((l) => l.name)).toEqual([
      "interval",
      "plan",
      "projection",
      "actual",
      "goal_rule",
      "goal_gap",
      "goal_point",
      "goal_label",
      "as_of",
      "eta",
    ]);
  });

  it("starts the projection line and band at the projection's origin", () => {
    const spec = burnUpChart({
      target,
      projection: { ...projection, origin: { date: "2022-06-30", value: 19_000_000 } },
    });
    expect(seriesOf(spec, "Projection")[0]).toEqual({
      series: "Projection",
      date: "2022-06-30",
      value: 19_000_000,
      lower: 19_000_000,
      upper: 19_000_000,
    });
    expect(seriesOf(spec, "Projection")).toHaveLength(3);
  });

  it("titles the y axis with the target's unit", () => {
    const spec = burnUpChart({ target: { ...target, unit: "enterprises" } }, { locale: "id" });
    expect(JSON.stringify(spec)).toContain('"title":"Jumlah kumulatif (enterprises)"');
  });

  it("draws an assessment: a segment from the current value to the projected value at the goal date, and its ETA", async () => {
    // The composite example: 0 -> 10 000 over 24 months, 3 000 at month 9; linear projection 8 000
    // at month 24, goal reached at month 30 (2025-06-30).
    const composite = {
      id: "t",
      baseline: { date: "2022-12-31", value: 0 },
      goal: { date: "2024-12-31", value: 10_000 },
    };
    const obs = [{ date: "2023-09-30", value: 3_000 }];
    const assessment = assess(composite, obs, { asOf: "2023-10-15" });
    const spec = burnUpChart({ ...assessment, target: composite, observations: obs });
    const projected = seriesOf(spec, "Projection");
    expect(projected.map((r) => [r.date, Math.round(r.value)])).toEqual([
      ["2023-09-30", 3_000],
      ["2024-12-31", 8_000],
    ]);
    const svg = await renderSvg(spec);
    expect(svg).toContain("ETA: 30 Jun 2025");
    expect((spec.title as { subtitle: string[] }).subtitle[1]).toBe("Status: needs acceleration");
    expect(svg).toContain("As of 15 Oct 2023");
  });

  it("adds increments to the baseline and leaves out observations after asOf", () => {
    const spec = burnUpChart({
      target,
      asOf: "2021-06-30",
      observations: [
        { date: "2021-05-31", value: 500_000, kind: "increment" },
        { date: "2021-06-30", value: 600_000, kind: "increment" },
        { date: "2021-07-31", value: 700_000, kind: "increment" },
      ],
    });
    expect(seriesOf(spec, "Actual (cumulative)").map((r) => r.value)).toEqual([11_700_000, 12_200_000, 12_800_000]);
  });

  it("accepts a cumulative series with decimal values", () => {
    const spec = burnUpChart({ target, series: [{ date: "2021-05-31", value: "12000000" }] });
    expect(seriesOf(spec, "Actual (cumulative)").map((r) => r.value)).toEqual([11_700_000, 12_000_000]);
  });

  it("without a projection draws no band and no projection layer", async () => {
    const spec = burnUpChart({ target, observations });
    expect((spec.layer as { name?: string }[]).map((l) => l.name)).not.toContain("interval");
    expect(seriesOf(spec, "Projection")).toEqual([]);
    await expect(renderSvg(spec)).resolves.toContain("<svg");
  });

  it("skips the band when the projection has no interval (lower/upper null)", async () => {
    const spec = burnUpChart({
      target,
      projection: { points: [{ date: "2023-12-31", value: 25_000_000, lower: null, upper: null }] },
    });
    expect((spec.layer as { name?: string }[]).map((l) => l.name)).not.toContain("interval");
    await expect(renderSvg(spec)).resolves.toContain("<svg");
  });

  it.each([
    ["en", "ETA: never at this pace"],
    ["id", "Perkiraan tercapai: tidak tercapai pada laju ini"],
  ] as const)("says why there is no ETA in the subtitle (%s)", (locale, note) => {
    const spec = burnUpChart({ target, eta: { date: null, reason: "never-at-this-pace" } }, { locale });
    expect((spec.title as { subtitle: string[] }).subtitle[1]).toBe(note);
  });

  it("does not mutate its input", () => {
    const input = structuredClone(full);
    burnUpChart(input, { locale: "id" });
    expect(input).toEqual(full);
  });

  it.each([
    [
      { ...full, target: { ...target, goal: { date: "2020-01-01", value: 1 } } },
      {},
      "goal_not_after_baseline",
      "target.goal.date",
    ],
    [{ ...full, observations: [{ date: "2021-13-01", value: 1 }] }, {}, "invalid_date", "observations.0.date"],
    [
      { ...full, projection: { points: [{ date: "2022-01-31", value: Number.NaN, lower: null, upper: null }] } },
      {},
      "invalid_decimal",
      "projection.points.0.value",
    ],
    [full, { locale: "fr" }, "invalid_enum", "options.locale"],
    [full, { width: -1 }, "invalid_option", "options.width"],
    [full, { colour: "red" }, "unknown_key", "options.colour"],
    // 1e400 is a valid decimal but no double can draw it: a value, never Infinity in the spec.
    [{ target, series: [{ date: "2021-05-31", value: "1e400" }] }, {}, "out_of_range", "series.0.value"],
    [
      (() => {
        const r = Proxy.revocable({}, {});
        r.revoke();
        return { target, eta: r.proxy };
      })(),
      {},
      "invalid_type",
      "eta",
    ],
  ])("throws a stable code and path for bad input (%#)", (input, options, code, path) => {
    try {
      burnUpChart(input as BurnUpInput, options as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OnboardingTargetsError);
      expect((e as OnboardingTargetsError).issues[0]).toMatchObject({ code, path });
    }
  });
});

describe("burnUpChart: an assessment's interval, ETA range and chance", () => {
  // The composite (0 → 10 000 by 2024-12-31) with 900, 2 100, 3 000 at months 3, 6, 9: assess's
  // default projection is the random walk with drift (σ = 100, 2 df; assess.explain.test.ts shows
  // the steps): 8 000 at the goal date, 90% interval 8 000 ∓ 2.9199856·100·√40 = 6 153.24 to
  // 9 846.76; the goal on 30 Jun 2025, within 11 Jan 2025 – 13 May 2026; chance by the goal date
  // 1/2 - √10/(2√12) = 4.4%.
  const composite = {
    id: "c",
    baseline: { date: "2022-12-31", value: 0 },
    goal: { date: "2024-12-31", value: 10_000 },
  };
  const obs = [
    { date: "2023-03-31", value: 900 },
    { date: "2023-06-30", value: 2100 },
    { date: "2023-09-30", value: 3000 },
  ];
  const assessment = assess(composite, obs, { asOf: "2023-10-15" });
  const input = { ...assessment, target: composite, observations: obs };

  it("draws the band of assess's default interval at the goal date", () => {
    const atGoal = seriesOf(burnUpChart(input), "Projection").find((r) => r.date === "2024-12-31");
    expect(atGoal?.value).toBeCloseTo(8000, 9);
    expect(atGoal?.lower).toBeCloseTo(8000 - 2.9199855803537242 * 100 * Math.sqrt(40), 6);
    expect(atGoal?.upper).toBeCloseTo(8000 + 2.9199855803537242 * 100 * Math.sqrt(40), 6);
  });

  it.each([
    [
      "en",
      "Status: needs acceleration",
      "ETA 90% range: 11 Jan 2025 – 13 May 2026 · Chance of the goal by 31 Dec 2024: 4%",
    ],
    [
      "id",
      "Status: perlu percepatan",
      "Rentang perkiraan 90%: 11 Jan 2025 – 13 Mei 2026 · Peluang tercapai hingga 31 Des 2024: 4%",
    ],
  ] as const)("writes the ETA range and the chance on a line under the title (%s)", async (locale, status, odds) => {
    const spec = burnUpChart(input, { locale });
    expect((spec.title as { subtitle: string[] }).subtitle.slice(1)).toEqual([status, odds]);
    await expect(renderSvg(spec)).resolves.toContain(locale === "en" ? "ETA: 30 Jun 2025" : "30 Jun 2025");
  });

  it.each([
    // Whole percents; what would round to 0% or 100% says < 1% or > 99%.
    [0, "< 1%"],
    [0.0049, "< 1%"],
    [0.0051, "1%"],
    [0.5, "50%"],
    [0.9949, "99%"],
    [0.9951, "> 99%"],
    [1, "> 99%"],
  ])("chance %f: %s", (probabilityOnTime, text) => {
    const spec = burnUpChart({ target, projection: { ...projection, probabilityOnTime } });
    expect((spec.title as { subtitle: string[] }).subtitle[1]).toBe(`Chance of the goal by 31 Dec 2023: ${text}`);
  });

  it.each([
    // No latest date (the interval's pessimistic end never gets there): open-ended.
    [{ date: null, reason: "never-at-this-pace" }, ["ETA: never at this pace", "ETA 90% range: from 11 Jan 2025"]],
    // Both ends on one date (achieved: the date it was reached): nothing to add.
    [{ date: "2025-01-11" }, ["ETA: never at this pace"]],
  ] as const)("the range's latest end %o", (latest, notes) => {
    const eta = { date: null, reason: "never-at-this-pace", earliest: { date: "2025-01-11" }, latest };
    expect((burnUpChart({ target, eta }).title as { subtitle: string[] }).subtitle.slice(1)).toEqual(notes);
  });

  it("no note without an earliest date or without a latest end", () => {
    for (const eta of [
      { date: "2024-01-31", earliest: { date: null, reason: "insufficient-data" }, latest: { date: null } },
      { date: "2024-01-31", earliest: { date: "2023-11-30" } },
    ])
      expect((burnUpChart({ target, eta }).title as { subtitle: string }).subtitle).toBe(
        "Burn-up: cumulative actual against plan to date, with the projection",
      );
  });

  it.each([
    [{ projection: { ...projection, probabilityOnTime: 1.5 } }, "out_of_range", "projection.probabilityOnTime"],
    [{ projection: { ...projection, probabilityOnTime: "0.5" } }, "out_of_range", "projection.probabilityOnTime"],
    [{ projection: { ...projection, probabilityOnTime: Number.NaN } }, "out_of_range", "projection.probabilityOnTime"],
    [{ eta: { date: null, earliest: { date: "2024-02-30" } } }, "invalid_date", "eta.earliest.date"],
    [{ eta: { date: null, latest: 5 } }, "invalid_type", "eta.latest"],
  ])("refuses %o", (extra, code, path) => {
    expect(() => burnUpChart({ target, ...extra } as never)).toThrow(expect.objectContaining({ code, path }));
  });
});
