import { describe, expect, it } from "vitest";
import { thrown } from "../../test/support/errors.js";
import { burnUpChart } from "./burnUpChart.js";
import type { BurnUpInput, VegaLiteSpec } from "./types.js";
import { countLabelExpr, vegaLocale } from "./chartText.js";

// The structure of the specification a user styles, embeds or inspects: each layer's mark and
// encodings, the words in 'en' and 'id', the goal/ETA/as-of markers, the legend colours.
// The BBI goal (methodology: the BBI figures): 11.7 million UMKM at 2021-04-30 to 30 million by 2023-12-31.
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
  transform?: unknown[];
  data?: { values: Record<string, unknown>[] };
  layer?: Layer[];
};
type Row = { series: string; date: string; value: number; lower?: number | null; upper?: number | null };
const layers = (spec: VegaLiteSpec) => spec.layer as Layer[];
const layer = (spec: VegaLiteSpec, name: string) => {
  const l = layers(spec).find((x) => x.name === name);
  if (l === undefined) throw new Error(`no layer ${name}`);
  return l;
};
const names = (spec: VegaLiteSpec) => layers(spec).map((l) => l.name);
const rows = (spec: VegaLiteSpec) => (spec.data as { values: Row[] }).values;
const seriesOf = (spec: VegaLiteSpec, name: string) => rows(spec).filter((r) => r.series === name);
const subtitle = (spec: VegaLiteSpec) => (spec.title as { subtitle: string | string[] }).subtitle;

// The first issue's code and path are the error's own (OnboardingTargetsError's constructor).
function codeAndPath(f: () => unknown): { code: string; path: string } {
  const { code, path } = thrown(f);
  return { code, path };
}

// Words of the documented locales (BurnUpChartOptions.locale: 'en' default, 'id' Bahasa Indonesia).
const WORDS = {
  en: {
    actual: "Actual (cumulative)",
    plan: "Plan to date",
    projection: "Projection",
    interval: "90% interval",
    date: "Date",
    cumulative: "Cumulative count",
    legend: "Series",
  },
  id: {
    actual: "Capaian (kumulatif)",
    plan: "Rencana s.d. tanggal",
    projection: "Proyeksi",
    interval: "Rentang 90%",
    date: "Tanggal",
    cumulative: "Jumlah kumulatif",
    legend: "Seri",
  },
} as const;

// The axes of `full` (options.yDomain and the x margin in the burnUpChart TSDoc):
// y: plotted values 11.7M (baseline) to 35M (upper edge at 2023-12-31); 11.7 >= 0.25 * 35 = 8.75, so
// 'auto' is 'nice': extent 23.3M / 5 = 4.66M, next ladder step 5M, ends 10M and 35M (5 steps).
// x: 2021-04-30 to 2023-12-31 (goal date, last projection point) is 975 days; 3% is 29.25, so
// 30 days later, 2024-01-30, rounded up to its month end 2024-01-31.
/** What every label's text mark shares: bold 11 px, top baseline, 13 px lines (placed in pixels). */
const LABEL_MARK = { type: "text", baseline: "top", fontSize: 11, lineHeight: 13, fontWeight: "bold" };
/** Pixels from the left of a date on the x axis (640 px, linear in days from 2021-04-30 to 2024-01-31). */
const days = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const xOf = (date: string) => (640 * (days(date) - days("2021-04-30"))) / (days("2024-01-31") - days("2021-04-30"));
const Y_SCALE = { domain: [10_000_000, 35_000_000], nice: false, zero: false };
const X_DOMAIN = [
  { year: 2021, month: 4, date: 30, utc: true },
  { year: 2024, month: 1, date: 31, utc: true },
];

describe("burnUpChart layers: marks and encodings", () => {
  it.each(["en", "id"] as const)(
    "shares one UTC temporal x encoding and a quantitative y on 'value' (%s)",
    (locale) => {
      const spec = burnUpChart(full, { locale });
      const w = WORDS[locale];
      // Dates on a UTC time scale (burnUpChart TSDoc), axis labels month and year ("Jan 2022").
      const x = {
        field: "date",
        type: "temporal",
        scale: { type: "utc", domain: X_DOMAIN },
        title: w.date,
        axis: { format: "%b %Y", labelAngle: 0 },
      };
      for (const name of ["plan", "projection", "actual", "goal_point"]) {
        expect(layer(spec, name).encoding?.x).toEqual(x);
      }
      expect(layer(spec, "interval").encoding?.x).toEqual(x);
      // The rules are drawn on the scale; their labels are placed in pixels (labels.test.ts).
      for (const name of ["as_of", "eta", "goal_gap"]) expect(layer(spec, name).layer?.[0]?.encoding?.x).toEqual(x);
      for (const name of ["plan", "projection", "actual", "goal_point"]) {
        expect(layer(spec, name).encoding?.y).toMatchObject({
          field: "value",
          type: "quantitative",
          title: w.cumulative,
          scale: Y_SCALE,
        });
      }
      // Every y encoding shares the computed range, so no layer widens the axis on its own.
      expect(layer(spec, "interval").encoding?.y).toMatchObject({ scale: Y_SCALE });
      expect(layer(spec, "goal_rule").encoding?.y).toMatchObject({ scale: Y_SCALE });
      expect(layer(spec, "goal_gap").layer?.[0]?.encoding?.y).toMatchObject({ scale: Y_SCALE });
    },
  );

  it.each(["en", "id"] as const)(
    "filters each line layer to its own series and colours it by series (%s)",
    (locale) => {
      const spec = burnUpChart(full, { locale });
      const w = WORDS[locale];
      const filterTo = (series: string) => ({ filter: { field: "series", equal: series } });
      expect(layer(spec, "plan").transform).toEqual([filterTo(w.plan)]);
      expect(layer(spec, "projection").transform).toEqual([filterTo(w.projection)]);
      expect(layer(spec, "actual").transform).toEqual([filterTo(w.actual)]);
      // The band's rows are the projection's, renamed to the band's legend entry.
      expect(layer(spec, "interval").transform).toEqual([
        filterTo(w.projection),
        { filter: "datum.lower != null && datum.upper != null" },
        { calculate: JSON.stringify(w.interval), as: "series" },
      ]);
      const colors = ["plan", "projection", "actual", "interval"].map((name) => layer(spec, name).encoding?.color);
      for (const color of colors) expect(color).toEqual(colors[0]);
      const color = colors[0] as {
        field: string;
        type: string;
        title: string;
        scale: { domain: string[]; range: string[] };
        legend: unknown;
      };
      expect(color).toMatchObject({
        field: "series",
        type: "nominal",
        title: w.legend,
        legend: { orient: "bottom", labelLimit: 400, symbolType: "stroke", symbolSize: 300 },
      });
      // The legend lists the four entries in this order; the band shares the projection's hue.
      expect(color.scale.domain).toEqual([w.actual, w.plan, w.projection, w.interval]);
      expect(color.scale.range).toEqual(["#1f5fa8", "#8c8c8c", "#e0720b", "#e0720b"]);
    },
  );

  it.each(["en", "id"] as const)(
    "draws each legend entry like its layer: dashed lines for plan and projection, a translucent square for the band (%s)",
    (locale) => {
      const w = WORDS[locale];
      const legend = (
        layer(burnUpChart(full, { locale }), "actual").encoding?.color as {
          legend: { encode: { symbols: { update: Record<string, unknown> } } };
        }
      ).legend;
      const is = (name: string) => `datum.value === ${JSON.stringify(name)}`;
      expect(legend.encode.symbols.update).toEqual({
        shape: [{ test: is(w.interval), value: "square" }, { value: "stroke" }],
        strokeDash: [{ test: is(w.plan), value: [4, 4] }, { test: is(w.projection), value: [8, 4] }, { value: [] }],
        strokeWidth: { value: 2 },
        strokeOpacity: [{ test: is(w.interval), value: 0 }, { value: 1 }],
        // The band's own opacity (the interval layer's mark below).
        fillOpacity: [{ test: is(w.interval), value: 0.3 }, { value: 0 }],
        opacity: { value: 1 },
      });
    },
  );

  it("draws the plan dashed, the projection with longer dashes, the actual solid with points", () => {
    const spec = burnUpChart(full);
    expect(layer(spec, "plan").mark).toEqual({ type: "line", strokeDash: [4, 4], strokeWidth: 1.5 });
    expect(layer(spec, "projection").mark).toEqual({ type: "line", strokeDash: [8, 4], strokeWidth: 2 });
    expect(layer(spec, "actual").mark).toEqual({ type: "line", point: true, strokeWidth: 2.5 });
    expect(Object.keys(layer(spec, "plan").encoding ?? {}).sort()).toEqual(["color", "x", "y"]);
    expect(Object.keys(layer(spec, "projection").encoding ?? {}).sort()).toEqual(["color", "x", "y"]);
  });

  it("gives the actual points a tooltip with the ISO date (UTC) and the grouped value", () => {
    expect(layer(burnUpChart(full), "actual").encoding?.tooltip).toEqual([
      { field: "date", type: "temporal", format: "%Y-%m-%d", scale: { type: "utc" } },
      { field: "value", type: "quantitative", format: ",d" },
    ]);
  });

  it.each([
    ["en", undefined, "90% interval"], // default confidence 0.9 (BurnUpInput.projection.confidence)
    ["en", 0.95, "95% interval"],
    ["en", 0.955, "95.5% interval"], // 0.955 × 100, one decimal place
    ["id", 0.955, "Rentang 95,5%"], // with the Indonesian decimal comma
    ["en", null, "90% interval"],
  ] as const)(
    "draws the interval as an area from lower to upper at opacity 0.3, named in the legend (%s, %s)",
    (locale, confidence, name) => {
      const spec = burnUpChart(
        { ...full, projection: { ...projection, ...(confidence === undefined ? {} : { confidence }) } } as BurnUpInput,
        { locale },
      );
      const band = layer(spec, "interval");
      expect(band.mark).toEqual({ type: "area", opacity: 0.3 });
      expect(band.encoding?.y).toEqual({
        field: "lower",
        type: "quantitative",
        title: WORDS[locale].cumulative,
        scale: Y_SCALE,
      });
      expect(band.encoding?.y2).toEqual({ field: "upper" });
      expect(band.encoding?.tooltip).toEqual([{ field: "lower", title: name }, { field: "upper" }]);
      expect((band.encoding?.color as { scale: { domain: string[] } }).scale.domain[3]).toBe(name);
    },
  );

  it("without a projection the legend has two series and two colours, and no projection layers", () => {
    const spec = burnUpChart({ target, observations });
    const color = layer(spec, "actual").encoding?.color as { scale: { domain: string[]; range: string[] } };
    expect(color.scale.domain).toEqual([WORDS.en.actual, WORDS.en.plan]);
    expect(color.scale.range).toHaveLength(2);
    expect(names(spec)).toEqual(["plan", "actual", "goal_rule", "goal_point", "goal_label"]);
  });

  it("without an interval the legend has no band entry", () => {
    const spec = burnUpChart({
      target,
      projection: { points: [{ date: "2023-12-31", value: 26_000_000, lower: null, upper: null }] },
    });
    expect((layer(spec, "actual").encoding?.color as { scale: { domain: string[]; range: string[] } }).scale).toEqual({
      domain: [WORDS.en.actual, WORDS.en.plan, WORDS.en.projection],
      range: ["#1f5fa8", "#8c8c8c", "#e0720b"],
    });
  });

  it("keeps the legend colours of actual and plan whether or not a projection is drawn", () => {
    const withP = (layer(burnUpChart(full), "actual").encoding?.color as { scale: { range: string[] } }).scale.range;
    const without = (layer(burnUpChart({ target }), "actual").encoding?.color as { scale: { range: string[] } }).scale
      .range;
    expect(without).toEqual(withP.slice(0, 2));
  });
});

describe("burnUpChart markers: goal, as-of, ETA", () => {
  it.each([
    ["en", "Goal: 30M by 31 Dec 2023"],
    ["id", "Target: 30 jt pada 31 Des 2023"],
  ] as const)(
    "marks the goal with a dotted rule at its value and a labelled diamond on its date (%s)",
    (locale, label) => {
      const spec = burnUpChart(full, { locale });
      const rule = layer(spec, "goal_rule");
      const point = layer(spec, "goal_point");
      const text = layer(spec, "goal_label");
      expect(rule.data).toEqual({ values: [{ value: 30_000_000 }] });
      expect(rule.encoding).toEqual({ y: { field: "value", type: "quantitative", scale: Y_SCALE } });
      const goalColour = rule.mark?.color;
      expect(rule.mark).toEqual({ type: "rule", color: goalColour, strokeDash: [2, 2] });
      const row = { date: "2023-12-31", value: 30_000_000, label, lines: [label] };
      expect(point.data).toEqual({ values: [row] });
      expect(point.mark).toEqual({ type: "point", shape: "diamond", size: 140, filled: true, color: goalColour });
      expect(point.encoding?.tooltip).toEqual({ field: "label" });
      expect(text.data).toEqual({ values: [row] });
      expect(text.mark).toEqual({ ...LABEL_MARK, color: goalColour, align: "right" });
      // Right-aligned left of the diamond, above the goal line: 360 × (35 − 30) / 25 = 72 px from
      // the top, less 6 px and the 11 px line. 6 px from the diamond it would cross the ETA's rule
      // (15 Oct 2023, 75 px left of the goal date): it slides left in 8 px steps, 6 of them, to stand
      // clear of it by the 2 px pad.
      expect(text.encoding).toEqual({
        x: { value: xOf("2023-12-31") - 6 - 6 * 8 },
        y: { value: 55 },
        text: { field: "lines" },
      });
      expect(xOf("2023-12-31") - 6 - 5 * 8 + 2).toBeGreaterThan(xOf("2023-10-15"));
      expect(xOf("2023-12-31") - 6 - 6 * 8 + 2).toBeLessThan(xOf("2023-10-15"));
    },
  );

  it.each([
    ["en", "As of 30 Jun 2022", "ETA: 15 Oct 2023"],
    ["id", "Posisi per 30 Jun 2022", "Perkiraan tercapai: 15 Okt 2023"],
  ] as const)("marks as-of and ETA with vertical rules carrying their date (%s)", (locale, asOfLabel, etaLabel) => {
    const spec = burnUpChart(full, { locale });
    const asOf = layer(spec, "as_of");
    const eta = layer(spec, "eta");
    expect(asOf.data).toEqual({ values: [{ date: "2022-06-30", label: asOfLabel, lines: [asOfLabel] }] });
    expect(eta.data).toEqual({ values: [{ date: "2023-10-15", label: etaLabel, lines: [etaLabel] }] });
    const [asOfRule, asOfText] = asOf.layer ?? [];
    const [etaRule, etaText] = eta.layer ?? [];
    // Different dash patterns tell the two rules apart.
    expect(asOfRule?.mark).toEqual({
      type: "rule",
      color: asOfRule?.mark?.color,
      strokeWidth: 1.5,
      strokeDash: [1, 3],
    });
    expect(etaRule?.mark).toEqual({ type: "rule", color: etaRule?.mark?.color, strokeWidth: 1.5, strokeDash: [6, 3] });
    expect(asOfRule?.mark?.color).not.toEqual(etaRule?.mark?.color);
    // Each label 4 px beside its rule, in pixels of a linear time axis: as of at the bottom, to
    // the right; the ETA at the top, to the left (it stands near the axis's right end).
    expect(asOfText?.mark).toEqual({ ...LABEL_MARK, color: asOfRule?.mark?.color, align: "left" });
    expect(asOfText?.encoding).toEqual({
      x: { value: xOf("2022-06-30") + 4 },
      y: { value: 360 - 4 - 11 },
      text: { field: "lines" },
    });
    expect(etaText?.mark).toEqual({ ...LABEL_MARK, color: etaRule?.mark?.color, align: "right" });
    expect(etaText?.encoding).toEqual({
      x: { value: xOf("2023-10-15") - 4 },
      y: { value: 4 },
      text: { field: "lines" },
    });
  });

  it.each([
    // eta null or absent: no ETA marker and no note; subtitle is the plain string.
    [{ eta: null }, "Burn-up: cumulative actual against plan to date, with the projection"],
    [{}, "Burn-up: cumulative actual against plan to date, with the projection"],
    // eta without a date: a note, with "—" when no reason is given.
    [{ eta: { date: null } }, ["Burn-up: cumulative actual against plan to date, with the projection", "ETA: —"]],
    [{ eta: {} }, ["Burn-up: cumulative actual against plan to date, with the projection", "ETA: —"]],
    // an unknown reason is shown as given
    [
      { eta: { date: null, reason: "target withdrawn" } },
      ["Burn-up: cumulative actual against plan to date, with the projection", "ETA: target withdrawn"],
    ],
    // a known status and the ETA note are joined by " · "
    [
      { status: "on-track", eta: { date: null, reason: "beyond-capacity" } },
      [
        "Burn-up: cumulative actual against plan to date, with the projection",
        "Status: on track · ETA: beyond capacity K",
      ],
    ],
    // an unknown status is not shown, nor a status that is not a string
    [{ status: "bogus" }, "Burn-up: cumulative actual against plan to date, with the projection"],
    [{ status: ["on-track"] }, "Burn-up: cumulative actual against plan to date, with the projection"],
  ])("writes the ETA and status notes under the title (%#)", (extra, expected) => {
    const spec = burnUpChart({ target, ...extra } as BurnUpInput);
    expect(subtitle(spec)).toEqual(expected);
    expect(names(spec)).not.toContain("eta");
  });

  it("translates a known status and reason in 'id'", () => {
    const spec = burnUpChart(
      { target, status: "off-track", eta: { date: null, reason: "insufficient-data" } },
      { locale: "id" },
    );
    expect(subtitle(spec)).toEqual([
      "Burn-up: capaian kumulatif terhadap rencana s.d. tanggal, dengan proyeksi",
      "Status: belum sesuai jalur · Perkiraan tercapai: data belum cukup",
    ]);
  });
});

describe("burnUpChart top level", () => {
  it("defaults: 640 × 360, title = the target's name, else its id; the locale's Vega config", () => {
    const spec = burnUpChart({ target });
    expect([spec.width, spec.height]).toEqual([640, 360]);
    expect((spec.title as { text: string }).text).toBe("UMKM on digital platforms");
    expect(
      (
        burnUpChart({ target: { id: target.id, baseline: target.baseline, goal: target.goal } }).title as {
          text: string;
        }
      ).text,
    ).toBe("umkm-digital");
    expect(spec.config).toEqual({ locale: vegaLocale("en"), view: { stroke: null }, font: "sans-serif" });
    expect(burnUpChart({ target }, { locale: "id" }).config).toMatchObject({ locale: vegaLocale("id") });
  });

  it("uses the given title, width and height (50 and 10 000 pixels inclusive)", () => {
    const spec = burnUpChart({ target }, { title: "Digital UMKM", width: 50, height: 10_000 });
    expect([(spec.title as { text: string }).text, spec.width, spec.height]).toEqual(["Digital UMKM", 50, 10_000]);
  });

  it.each([
    [{ width: 49 }, "invalid_option", "options.width"],
    [{ width: 10_001 }, "invalid_option", "options.width"],
    [{ width: 640.5 }, "invalid_option", "options.width"],
    [{ width: "640" }, "invalid_option", "options.width"],
    [{ height: 49 }, "invalid_option", "options.height"],
    [{ height: "360" }, "invalid_option", "options.height"],
    [{ title: 7 }, "invalid_type", "options.title"],
    [{ planAt: "linear" }, "invalid_option", "options.planAt"],
    [{ planAt: () => Number.NaN }, "invalid_decimal", "options.planAt"],
    [
      {
        planAt: () => {
          throw new Error("boom");
        },
      },
      "invalid_type",
      "options.planAt",
    ],
  ])("rejects bad options with a code and path (%#)", (options, code, path) => {
    expect(codeAndPath(() => burnUpChart({ target }, options as never))).toEqual({ code, path });
  });

  it.each([
    // One tick per round step of the range (options.yDomain 'auto': every case here starts at 0,
    // the smallest value being 0 or under a quarter of the largest): 9 999 / 5 = 1 999.8 -> step
    // 2 000, axis 0..10 000, 5 steps; 20 000 / 5 = 4 000 -> step 5 000, 0..20 000, 4 steps. The
    // labels are written as the chart's labels write numbers (labels.test.ts renders them).
    [0, 9_999, [], 5],
    [0, 1_000_000_000, [], 5],
    [5_000_000, 9_000, [], 5], // a decreasing goal: the baseline is the largest value
    [0, 5_000, [{ date: "2024-06-30", value: 20_000 }], 4], // an actual above the goal
  ])("ticks the y axis once a round step (baseline %d, goal %d)", (baseline, goal, obs, ticks) => {
    const t = {
      id: "t",
      direction: goal < baseline ? ("decrease" as const) : ("increase" as const),
      baseline: { date: "2023-12-31", value: baseline },
      goal: { date: "2024-12-31", value: goal },
    };
    const spec = burnUpChart({ target: t, observations: obs });
    expect((layer(spec, "actual").encoding?.y as { axis: unknown }).axis).toEqual({
      labelExpr: countLabelExpr("en"),
      tickCount: ticks,
    });
  });

  it("labels the y axis in the locale's format and titles it with the unit", () => {
    const spec = burnUpChart({ target: { ...target, unit: "enterprises" } }, { locale: "id" });
    expect(layer(spec, "actual").encoding?.y).toEqual({
      field: "value",
      type: "quantitative",
      title: "Jumlah kumulatif (enterprises)",
      // 11.7M to 30M ('auto' is 'nice': 11.7 >= 7.5): step 5M (18.3 / 5 = 3.66), 10M..30M, 4 steps.
      scale: { domain: [10_000_000, 30_000_000], nice: false, zero: false },
      axis: { labelExpr: countLabelExpr("id"), tickCount: 4 },
    });
    expect(
      (layer(burnUpChart({ target: { ...target, unit: "enterprises" } }), "actual").encoding?.y as { title: string })
        .title,
    ).toBe("Cumulative count (enterprises)");
  });
});

describe("burnUpChart data rows", () => {
  it("draws an observation on the baseline date in the baseline's place (the cumulative path's rule: observations are data)", () => {
    const spec = burnUpChart({
      target,
      observations: [
        { date: "2021-04-30", value: 99 },
        { date: "2021-05-31", value: 12_000_000 },
      ],
    });
    expect(seriesOf(spec, WORDS.en.actual).map((r) => [r.date, r.value])).toEqual([
      ["2021-04-30", 99],
      ["2021-05-31", 12_000_000],
    ]);
  });

  it("leaves out observations before the baseline date (the line starts at the baseline)", () => {
    const spec = burnUpChart({
      target,
      observations: [
        { date: "2021-03-31", value: 5 },
        { date: "2021-05-31", value: 12_000_000 },
      ],
    });
    expect(seriesOf(spec, WORDS.en.actual).map((r) => [r.date, r.value])).toEqual([
      ["2021-04-30", 11_700_000],
      ["2021-05-31", 12_000_000],
    ]);
  });

  it("adds increments to the baseline, and same-day increments are inside that day's cumulative figure (the cumulative path's rules)", () => {
    const obs = [
      { date: "2021-05-31", value: 100, kind: "increment" as const },
      { date: "2021-06-30", value: 11_900_000 },
      { date: "2021-06-30", value: 7, kind: "increment" as const },
      { date: "2021-07-31", value: 50, kind: "increment" as const },
    ];
    // 11 700 000 + 100; then the cumulative 11 900 000 (its day's increment included); + 50.
    expect(seriesOf(burnUpChart({ target, observations: obs }), WORDS.en.actual).map((r) => r.value)).toEqual([
      11_700_000, 11_700_100, 11_900_000, 11_900_050,
    ]);
  });

  it("refuses two different cumulative figures on one date (duplicate_date, as assess does)", () => {
    const obs = [
      { date: "2021-07-31", value: 3 },
      { date: "2021-05-31", value: 1 },
      { date: "2021-07-31", value: 33 },
    ];
    expect(() =>
      burnUpChart({ target: { ...target, baseline: { date: "2021-04-30", value: 0 } }, observations: obs }),
    ).toThrow(expect.objectContaining({ code: "duplicate_date", path: "observations.2.date" }));
  });

  it("sorts many observations by date, one point per date (the same figure reported twice is one point)", () => {
    const obs = [
      { date: "2021-10-31", value: 6 },
      { date: "2021-09-30", value: 5 },
      { date: "2021-07-31", value: 3 },
      { date: "2021-08-31", value: 4 },
      { date: "2021-06-30", value: 2 },
      { date: "2021-05-31", value: 1 },
      { date: "2021-07-31", value: 3 },
    ];
    const spec = burnUpChart({ target: { ...target, baseline: { date: "2021-04-30", value: 0 } }, observations: obs });
    expect(seriesOf(spec, WORDS.en.actual).map((r) => r.value)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  // 120 distinct dates in 2022 (days 1..10 of each month), ascending; long enough that the engine's
  // sort merges runs instead of only inserting, so the whole comparator is exercised.
  const days = Array.from(
    { length: 120 },
    (_, k) => `2022-${String(Math.floor(k / 10) + 1).padStart(2, "0")}-${String((k % 10) + 1).padStart(2, "0")}`,
  );
  const shuffled = days.map((_, k) => (k * 37) % 120); // 37 is coprime with 120: a permutation

  it.each([
    ["reversed", [...days.keys()].reverse()],
    ["shuffled", shuffled],
  ])("sorts 120%s observations and series points into date order", (_name, order) => {
    const t = { ...target, baseline: { date: "2021-12-31", value: 0 } };
    const expected = days.map((date, k) => [date, k + 1]);
    const obs = order.map((k) => ({ date: days[k] as string, value: k + 1 }));
    expect(
      seriesOf(burnUpChart({ target: t, observations: obs }), WORDS.en.actual)
        .slice(1)
        .map((r) => [r.date, r.value]),
    ).toEqual(expected);
    expect(
      seriesOf(burnUpChart({ target: t, series: obs }), WORDS.en.actual)
        .slice(1)
        .map((r) => [r.date, r.value]),
    ).toEqual(expected);
  });

  it("draws one point per date for many observations each reported twice", () => {
    const t = { ...target, baseline: { date: "2021-12-31", value: 0 } };
    // 60 dates, each reported twice with the same value k, given in reverse date order.
    const obs = [...days.slice(0, 60).keys()].reverse().flatMap((k) => [
      { date: days[k] as string, value: k },
      { date: days[k] as string, value: k },
    ]);
    const values = seriesOf(burnUpChart({ target: t, observations: obs }), WORDS.en.actual)
      .slice(1)
      .map((r) => r.value);
    expect(values).toEqual(days.slice(0, 60).map((_, k) => k));
  });

  it("keeps the input order of series points on equal dates", () => {
    const series = [
      { date: "2021-06-30", value: 12_000_000 },
      { date: "2021-05-31", value: 11_800_000 },
      { date: "2021-06-30", value: 12_100_000 },
    ];
    expect(seriesOf(burnUpChart({ target, series }), WORDS.en.actual).map((r) => r.value)).toEqual([
      11_700_000, 11_800_000, 12_000_000, 12_100_000,
    ]);
  });

  it("sorts a cumulative series and drops points on or before the baseline and after asOf", () => {
    const series = [
      { date: "2021-09-30", value: 14_000_000 },
      { date: "2021-04-30", value: 1 },
      { date: "2021-03-31", value: 2 },
      { date: "2021-06-30", value: 12_500_000 },
      { date: "2021-12-31", value: 99_000_000 },
      { date: "2021-07-31", value: 13_000_000 },
    ];
    const spec = burnUpChart({ target, series, asOf: "2021-09-30" });
    expect(seriesOf(spec, WORDS.en.actual).map((r) => [r.date, r.value])).toEqual([
      ["2021-04-30", 11_700_000],
      ["2021-06-30", 12_500_000],
      ["2021-07-31", 13_000_000],
      ["2021-09-30", 14_000_000],
    ]);
  });

  it("takes asOf as an option; the deprecated input field gives the same chart, and the option wins over it", () => {
    const { asOf: _deprecated, ...input } = full;
    const byOption = burnUpChart(input, { asOf: "2022-06-30" });
    expect(byOption).toEqual(burnUpChart(full));
    expect(layer(byOption, "as_of").data).toEqual({
      values: [{ date: "2022-06-30", label: "As of 30 Jun 2022", lines: ["As of 30 Jun 2022"] }],
    });
    // The option wins: the rule moves to 2022-03-31, and the actual line stops there.
    const both = burnUpChart(full, { asOf: "2022-03-31" });
    expect(both).toEqual(burnUpChart(input, { asOf: "2022-03-31" }));
    expect(layer(both, "as_of").data).toEqual({
      values: [{ date: "2022-03-31", label: "As of 31 Mar 2022", lines: ["As of 31 Mar 2022"] }],
    });
    expect(codeAndPath(() => burnUpChart(input, { asOf: "2022-02-30" }))).toEqual({
      code: "invalid_date",
      path: "options.asOf",
    });
  });

  it("samples the plan at the baseline, month ends strictly between, and the goal, for mid-month dates", () => {
    const t = { id: "t", baseline: { date: "2021-04-15", value: 0 }, goal: { date: "2021-07-15", value: 300 } };
    expect(seriesOf(burnUpChart({ target: t }), WORDS.en.plan).map((r) => r.date)).toEqual([
      "2021-04-15",
      "2021-04-30",
      "2021-05-31",
      "2021-06-30",
      "2021-07-15",
    ]);
  });

  it.each([
    // An assessment's projection (valueAtGoal, no points) with both interval edges: the segment
    // starts at the current value with a zero-width band, and ends at the goal date with the edges.
    [
      { valueAtGoal: 25_000_000, lower: 24_000_000, upper: 26_000_000 },
      { date: "2022-06-30", value: 19_000_000 },
      [
        { date: "2022-06-30", value: 19_000_000, lower: 19_000_000, upper: 19_000_000 },
        { date: "2023-12-31", value: 25_000_000, lower: 24_000_000, upper: 26_000_000 },
      ],
    ],
    // One edge only: no band at either end.
    [
      { valueAtGoal: 25_000_000, lower: 24_000_000, upper: null },
      { date: "2022-06-30", value: 19_000_000 },
      [
        { date: "2022-06-30", value: 19_000_000, lower: null, upper: null },
        { date: "2023-12-31", value: 25_000_000, lower: 24_000_000, upper: null },
      ],
    ],
    [
      { valueAtGoal: 25_000_000, upper: 26_000_000 },
      { date: "2022-06-30", value: 19_000_000 },
      [
        { date: "2022-06-30", value: 19_000_000, lower: null, upper: null },
        { date: "2023-12-31", value: 25_000_000, lower: null, upper: 26_000_000 },
      ],
    ],
    // Nothing to draw: current on or after the goal date, no current, or no valueAtGoal.
    [{ valueAtGoal: 25_000_000 }, { date: "2023-12-31", value: 19_000_000 }, []],
    [{ valueAtGoal: 25_000_000 }, null, []],
    [{ valueAtGoal: 25_000_000 }, undefined, []],
    [{ lower: 1, upper: 2 }, { date: "2022-06-30", value: 19_000_000 }, []],
  ])("draws an assessment's projection from current to the goal date (%#)", (proj, current, expected) => {
    const spec = burnUpChart({
      target,
      projection: proj,
      ...(current === undefined ? {} : { current }),
    } as BurnUpInput);
    expect(seriesOf(spec, WORDS.en.projection).map(({ series: _s, ...r }) => r)).toEqual(expected);
    const bandExpected = expected.some((p) => p.lower !== null && p.upper !== null);
    expect(names(spec).includes("interval")).toBe(bandExpected);
  });

  it("draws no band when no projection point has both edges", () => {
    const spec = burnUpChart({
      target,
      projection: {
        points: [
          { date: "2023-06-30", value: 1, lower: 0, upper: null },
          { date: "2023-12-31", value: 2, lower: null, upper: 3 },
        ],
      },
    });
    expect(names(spec)).not.toContain("interval");
    expect(names(spec)).toContain("projection");
  });

  it.each([
    // origin before the first point: prepended with a zero-width interval
    [{ date: "2022-06-30", value: 19_000_000 }, 3],
    // origin on or after the first point's date: not prepended
    [{ date: "2022-12-31", value: 19_000_000 }, 2],
    [{ date: "2023-01-31", value: 19_000_000 }, 2],
    [null, 2],
  ])("prepends the origin only when it is before the first projected point (%#)", (origin, count) => {
    const spec = burnUpChart({ target, projection: { ...projection, origin } as never });
    expect(seriesOf(spec, WORDS.en.projection)).toHaveLength(count);
  });

  it("ignores an origin when the projection has no points", () => {
    const spec = burnUpChart({ target, projection: { points: [], origin: { date: "2022-06-30", value: 1 } } });
    expect(seriesOf(spec, WORDS.en.projection)).toEqual([]);
    expect(names(spec)).not.toContain("projection");
  });

  it("treats a null projection like an absent one", () => {
    expect(names(burnUpChart({ target, projection: null }))).toEqual(names(burnUpChart({ target })));
  });
});

describe("burnUpChart: codes and paths of bad input", () => {
  const cur = { date: "2022-06-30", value: 1 };
  it.each([
    [{ target, series: "x" }, "invalid_type", "series"],
    [{ target, series: [5] }, "invalid_type", "series.0"],
    [{ target, series: [{ date: "2021-02-30", value: 1 }] }, "invalid_date", "series.0.date"],
    [
      {
        target,
        series: [
          { date: "2021-05-31", value: 1 },
          { date: "2021-06-30", value: "x" },
        ],
      },
      "invalid_decimal",
      "series.1.value",
    ],
    [{ target, projection: 5 }, "invalid_type", "projection"],
    [{ target, projection: [] }, "invalid_type", "projection"],
    [{ target, projection: { points: "x" } }, "invalid_type", "projection.points"],
    [{ target, projection: { points: [{ date: "x", value: 1 }] } }, "invalid_date", "projection.points.0.date"],
    [
      { target, projection: { points: [{ date: "2022-01-31", value: 1, lower: "x" }] } },
      "invalid_decimal",
      "projection.points.0.lower",
    ],
    [
      { target, projection: { points: [{ date: "2022-01-31", value: 1, upper: "x" }] } },
      "invalid_decimal",
      "projection.points.0.upper",
    ],
    [
      { target, projection: { points: [{ date: "2022-01-31", value: 1 }], origin: 3 } },
      "invalid_type",
      "projection.origin",
    ],
    [
      { target, projection: { points: [{ date: "2022-01-31", value: 1 }], origin: { date: "x", value: 1 } } },
      "invalid_date",
      "projection.origin.date",
    ],
    [
      {
        target,
        projection: { points: [{ date: "2022-01-31", value: 1 }], origin: { date: "2021-12-31", value: "x" } },
      },
      "invalid_decimal",
      "projection.origin.value",
    ],
    [{ target, projection: { ...projection, confidence: "x" } }, "invalid_decimal", "projection.confidence"],
    [{ target, projection: { valueAtGoal: "x" }, current: cur }, "invalid_decimal", "projection.valueAtGoal"],
    [{ target, projection: { valueAtGoal: 1, lower: "x" }, current: cur }, "invalid_decimal", "projection.lower"],
    [{ target, projection: { valueAtGoal: 1, upper: "x" }, current: cur }, "invalid_decimal", "projection.upper"],
    [{ target, projection: { valueAtGoal: 1 }, current: 5 }, "invalid_type", "current"],
    [{ target, projection: { valueAtGoal: 1 }, current: { date: "x", value: 1 } }, "invalid_date", "current.date"],
    [
      { target, projection: { valueAtGoal: 1 }, current: { date: "2022-06-30", value: "x" } },
      "invalid_decimal",
      "current.value",
    ],
    [{ target, eta: 5 }, "invalid_type", "eta"],
    [{ target, eta: { date: "2023-02-29" } }, "invalid_date", "eta.date"],
    [{ target, eta: { date: null, reason: 5 } }, "invalid_type", "eta.reason"],
    [{ target, asOf: "2022-13-01" }, "invalid_date", "input.asOf"],
  ])("%# → %s at %s", (input, code, path) => {
    expect(codeAndPath(() => burnUpChart(input as never))).toEqual({ code, path });
  });

  it.each([
    [5, "input"],
    [null, "input"],
  ])("rejects a non-object input %s at path input", (input, path) => {
    expect(codeAndPath(() => burnUpChart(input as never)).path).toBe(path);
  });
});
