// The labels of the charts, as Vega draws them: no label overlaps another or crosses a drawn
// line, rule or point, and every number on the y axis is written as the labels write numbers.
// Each chart is compiled with vega-lite and laid out by vega in Node (the scenegraph, with vega's
// own text bounds); set LOOK_AT=<folder> to write each chart there as SVG and PNG, to look at.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../assessment/index.js";
import { assessOverTime } from "../outlook/index.js";
import { reconcile } from "../reconcile/index.js";
import { parseIndonesianNumber } from "../locale/index.js";
import type { Locale } from "../vocabulary/index.js";
import { assessmentChart } from "./assessmentChart.js";
import { burnUpChart } from "./burnUpChart.js";
import { compactCount } from "./chartText.js";
import { outlookChart } from "./outlookChart.js";
import { boxesOverlap, type Box, type Segment, segmentHitsBox } from "./internal/placement.js";
import type { VegaLiteSpec } from "./types.js";

const root = new URL("../../", import.meta.url);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, root), "utf8"));

// The demo's goal (the May 2021 report: 11.7 million to 30 million by 2023) with the published
// figures of examples/data/umkm-digital.json, reconciled as the demo reconciles them.
const record = json("examples/data/umkm-digital.json");
const reconcileOptions = { prefer: ["KemenkopUKM"], outliers: "drop" as const };
const umkm = {
  id: "umkm",
  name: "UMKM on digital platforms",
  unit: "UMKM",
  baseline: { date: "2021-04-30", value: 11_700_000 },
  goal: { date: "2023-12-31", value: 30_000_000 },
};
const published = reconcile(record.observations, reconcileOptions)
  .observations.filter((o) => o.date > umkm.baseline.date)
  .map((o) => ({ date: o.date, value: Number(o.value) }));

// The dashboard's (and guide 6's) target and monthly reports, read as examples/dashboard/dashboard.js reads them.
const dashboardTarget = json("examples/dashboard/target.json");
const dashboardReports = readFileSync(new URL("examples/dashboard/onboarded-2024.csv", root), "utf8")
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [date, count] = line.split(";") as [string, string];
    return { date, value: parseIndonesianNumber(count).toNumber(), kind: "increment" as const };
  });

const monthEnds = (from: [number, number], values: number[]) =>
  values.map((value, i) => ({
    date: new Date(Date.UTC(from[0], from[1] + i, 0)).toISOString().slice(0, 10),
    value,
  }));
const small: {
  id: string;
  baseline: { date: string; value: number };
  goal: { date: string; value: number };
  direction?: "decrease";
} = {
  id: "generated",
  baseline: { date: "2023-12-31", value: 1000 },
  goal: { date: "2024-12-31", value: 5000 },
};

/** Each chart the labels are checked on, in both languages. */
function charts(locale: Locale): [string, VegaLiteSpec][] {
  const demo = (asOf: string) => {
    const seen = published.filter((o) => o.date <= asOf);
    return assessmentChart(umkm, seen, assess(umkm, seen, { asOf }), { locale });
  };
  const generated = (name: string, values: number[], asOf: string, target: typeof small = small) => {
    const observations = monthEnds([2024, 1], values);
    return [name, assessmentChart(target, observations, assess(target, observations, { asOf }), { locale })] as [
      string,
      VegaLiteSpec,
    ];
  };
  const dashboard = assess(dashboardTarget, dashboardReports, { asOf: "2024-09-15" });
  return [
    ["demo as of 2021-05-31", demo("2021-05-31")],
    ["demo as of 2022-03-31", demo("2022-03-31")],
    ["dashboard", assessmentChart(dashboardTarget, dashboardReports, dashboard, { locale })],
    [
      "guide 6 without the description",
      assessmentChart(dashboardTarget, dashboardReports, dashboard, { locale, subtitle: false }),
    ],
    [
      "burnUpChart of the dashboard, no projection",
      burnUpChart({ target: dashboardTarget, observations: dashboardReports }, { locale, asOf: "2024-09-15" }),
    ],
    generated("goal reached early", [900, 1900, 3100, 4200, 5300], "2024-05-31"),
    generated("ETA far beyond the goal", [1050, 1080, 1120, 1150, 1190, 1210], "2024-06-30"),
    generated("regressing path", [1400, 1600, 1500, 1350, 1200, 1100], "2024-06-30"),
    generated("no variation", [1300, 1600, 1900, 2200, 2500, 2800], "2024-06-30"),
    generated("decrease target", [9000, 8200, 7700, 7000], "2024-04-30", {
      ...small,
      direction: "decrease" as const,
      baseline: { date: "2023-12-31", value: 10_000 },
      goal: { date: "2024-12-31", value: 2000 },
    }),
    [
      "outlook of the record (guide 7)",
      outlookChart(
        assessOverTime(record.target, record.observations, {
          asOf: { every: "month", from: "2021-05-31", to: "2024-08-31" },
          reconcile: reconcileOptions,
        }),
        { locale },
      ),
    ],
  ];
}

type Item = {
  x?: number;
  y?: number;
  x2?: number;
  y2?: number;
  text?: unknown;
  align?: string;
  datum?: { value?: unknown };
  bounds: { x1: number; y1: number; x2: number; y2: number };
  items?: Mark[];
};
type Mark = { marktype: string; role: string; items: Item[] };

/** What vega drew, in pixels of the whole view: the marks' texts, segments and points, and the y axis labels. */
async function drawn(spec: VegaLiteSpec, name = "chart") {
  const [{ compile }, { parse, View }] = await Promise.all([import("vega-lite"), import("vega")]);
  const view = new View(parse(compile(spec as never).spec), { renderer: "none" });
  await view.runAsync();
  const texts: { text: string; box: Box }[] = [];
  const segments: Segment[] = [];
  const points: Box[] = [];
  const yLabels: { value: number; text: string }[] = [];
  const shift = (b: Item["bounds"], dx: number, dy: number): Box => ({
    x1: b.x1 + dx,
    y1: b.y1 + dy,
    x2: b.x2 + dx,
    y2: b.y2 + dy,
  });
  const walk = (mark: Mark, dx: number, dy: number): void => {
    for (const item of mark.items) {
      if (mark.marktype === "group") {
        for (const m of item.items ?? []) walk(m, dx + (item.x ?? 0), dy + (item.y ?? 0));
        continue;
      }
      if (mark.role === "axis-label" && item.align === "right")
        yLabels.push({ value: item.datum?.value as number, text: String(item.text) });
      if (mark.role !== "mark") continue;
      if (mark.marktype === "text" && item.text !== "" && [item.text].flat().join("") !== "")
        texts.push({ text: [item.text].flat().join(" "), box: shift(item.bounds, dx, dy) });
      if (mark.marktype === "rule") {
        const [x, y] = [(item.x ?? 0) + dx, (item.y ?? 0) + dy];
        segments.push({ x1: x, y1: y, x2: (item.x2 ?? item.x ?? 0) + dx, y2: (item.y2 ?? item.y ?? 0) + dy });
      }
      if (mark.marktype === "symbol") points.push(shift(item.bounds, dx, dy));
    }
    if (mark.role === "mark" && mark.marktype === "line")
      for (let i = 1; i < mark.items.length; i++) {
        const [a, b] = [mark.items[i - 1] as Item, mark.items[i] as Item];
        segments.push({ x1: (a.x ?? 0) + dx, y1: (a.y ?? 0) + dy, x2: (b.x ?? 0) + dx, y2: (b.y ?? 0) + dy });
      }
  };
  walk((view.scenegraph() as unknown as { root: Mark }).root, 0, 0);
  if (process.env.LOOK_AT !== undefined) await lookAt(view, name);
  view.finalize();
  return { texts, segments, points, yLabels };
}

/** Writes the chart as SVG and PNG into LOOK_AT, named by its case. */
async function lookAt(view: { toSVG(): Promise<string> }, title: string) {
  const folder = process.env.LOOK_AT as string;
  mkdirSync(folder, { recursive: true });
  const name = title.replace(/[^A-Za-z0-9]+/g, "-");
  const svg = await view.toSVG();
  writeFileSync(`${folder}/${name}.svg`, svg);
  // @ts-expect-error: a plain .mjs script of the repository, without types
  const { svgToPng } = await import("../../scripts/render-chart.mjs");
  writeFileSync(`${folder}/${name}.png`, await svgToPng(svg, { scale: 1.5 }));
}

describe.each(["en", "id"] as const)("the charts' labels, as vega draws them (%s)", (locale) => {
  it.each(charts(locale))("%s: no label overlaps another or crosses a line, rule or point", async (name, spec) => {
    const { texts, segments, points } = await drawn(spec, `${name} ${locale}`);
    expect(texts.length).toBeGreaterThan(0);
    const clashes: string[] = [];
    texts.forEach((a, i) => {
      for (const b of texts.slice(i + 1)) if (boxesOverlap(a.box, b.box)) clashes.push(`"${a.text}" × "${b.text}"`);
      for (const s of segments)
        if (segmentHitsBox(s, a.box)) clashes.push(`"${a.text}" × segment ${JSON.stringify(s)}`);
      for (const p of points) if (boxesOverlap(a.box, p)) clashes.push(`"${a.text}" × point ${JSON.stringify(p)}`);
    });
    expect(clashes).toEqual([]);
  });

  it.each(charts(locale).filter(([name]) => !name.startsWith("outlook")))(
    "%s: the y axis writes its numbers as the labels do (compactCount)",
    async (_, spec) => {
      const { yLabels } = await drawn(spec);
      expect(yLabels.length).toBeGreaterThanOrEqual(3);
      for (const label of yLabels) expect(label.text).toBe(compactCount(label.value, locale));
    },
  );
});

describe("the labels' number format", () => {
  // The dashboard's goal is 500 000 and its projection falls 12 400 short: one unit word for both.
  it.each([
    ["en", "Goal: 500K by 31 Dec 2024", "Shortfall 12.4K at 31 Dec 2024", ["200K", "300K", "400K", "500K", "600K"]],
    [
      "id",
      "Target: 500 rb pada 31 Des 2024",
      "Kekurangan 12,4 rb pada 31 Des 2024",
      ["200 rb", "300 rb", "400 rb", "500 rb", "600 rb"],
    ],
  ] as const)("the dashboard in %s: goal, gap and axis in one format", async (locale, goal, gap, axis) => {
    const a = assess(dashboardTarget, dashboardReports, { asOf: "2024-09-15" });
    const spec = assessmentChart(dashboardTarget, dashboardReports, a, { locale });
    const layers = spec.layer as { name?: string; data?: { values: { label: string }[] } }[];
    expect(layers.find((l) => l.name === "goal_label")?.data?.values[0]?.label).toBe(goal);
    expect(layers.find((l) => l.name === "goal_gap")?.data?.values[0]?.label).toBe(gap);
    expect((await drawn(spec)).yLabels.map((l) => l.text)).toEqual(axis);
  });
});
