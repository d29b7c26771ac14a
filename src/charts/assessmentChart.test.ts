import { describe, expect, it } from "vitest";
import { assess } from "../assessment/index.js";
import { project } from "../projection/index.js";
import { thrown } from "../../test/support/errors.js";
import { assessmentChart } from "./assessmentChart.js";
import { burnUpChart } from "./burnUpChart.js";
import type { JsonValue, VegaLiteSpec } from "./types.js";

// The composite example with three reports (methodology: the composite example): 900, 2 100 and
// 3 000 at months 3, 6 and 9 of a 24-month target to 10 000.
const target = {
  id: "composite",
  names: { en: "Composite", id: "Gabungan" },
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2024-12-31", value: 10_000 },
};
const observations = [
  { date: "2023-03-31", value: 900 },
  { date: "2023-06-30", value: 2100 },
  { date: "2023-09-30", value: 3000 },
];
const a = assess(target, observations, { asOf: "2023-10-15" });

type Layer = { name?: string; data?: { values: Record<string, JsonValue>[] } };
const rows = (spec: VegaLiteSpec, series: string) =>
  (
    spec.data as { values: { series: string; date: string; value: number; lower?: number; upper?: number }[] }
  ).values.filter((r) => r.series === series);

describe("assessmentChart: an assessment draws itself", () => {
  const spec = assessmentChart(target, observations, a);

  it("draws the path and band of project with the assessment's method, fit and confidence", () => {
    const p = project(observations, {
      method: a.projection!.method,
      fitOn: a.projection!.fittedOn,
      confidence: a.projection!.confidence,
      until: a.eta.latest.date!,
      asOf: a.asOf,
      baseline: target.baseline,
    });
    const drawn = rows(spec, "Projection");
    // The projection line starts at the origin, then one point per month end of project's path.
    expect(drawn.slice(1).map((r) => [r.date, r.value])).toEqual(p.points.map((q) => [q.date, q.value]));
    expect(drawn.at(-1)).toMatchObject({ lower: p.points.at(-1)!.lower, upper: p.points.at(-1)!.upper });
  });

  it("runs past the goal date to the end of the ETA's range", () => {
    expect(a.eta.latest.date! > target.goal.date).toBe(true);
    const last = rows(spec, "Projection").at(-1)!.date;
    expect(last.slice(0, 7)).toBe(a.eta.latest.date!.slice(0, 7));
  });

  it("writes the status, the ETA's range and the chance under the title, in the reader's language", () => {
    expect(spec.title).toEqual({
      text: "Composite",
      subtitle: [
        "Burn-up: cumulative actual against plan to date, with the projection",
        "Status: needs acceleration",
        // The assessment's eta.earliest, eta.latest and probabilityOnTime (0.04), as the chart writes them.
        "ETA 90% range: 11 Jan 2025 – 13 May 2026 · Chance of the goal by 31 Dec 2024: 4%",
      ],
    });
    const id = assessmentChart(target, observations, a, { locale: "id", subtitle: false });
    expect(id.title).toEqual({
      text: "Gabungan",
      subtitle: [
        "Status: perlu percepatan",
        "Rentang perkiraan 90%: 11 Jan 2025 – 13 Mei 2026 · Peluang tercapai hingga 31 Des 2024: 4%",
      ],
    });
  });

  it("marks the ETA and the goal as layers", () => {
    const names = (spec.layer as Layer[]).map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(["goal_label", "as_of", "eta"]));
  });

  it("without a projection, draws the observations, plan and status", () => {
    const none = assess(target, [], { asOf: "2023-10-15" });
    const s = assessmentChart(target, [], none, { subtitle: false });
    expect(s.title).toEqual({ text: "Composite", subtitle: "Status: insufficient data · ETA: insufficient data" });
  });

  it("an assessment read back from JSON, given to burnUpChart, says to use assessmentChart", () => {
    expect(thrown(() => burnUpChart(JSON.parse(JSON.stringify(a)) as never))).toMatchObject({
      code: "missing_field",
      path: "target",
      message: expect.stringContaining("assessmentChart(target, observations, assessment)"),
    });
    expect(thrown(() => assessmentChart(target, observations, null as never))).toMatchObject({
      code: "invalid_type",
      path: "assessment",
    });
  });
});

describe("assessmentChart: labels clear of the rules", () => {
  // The guide's and the dashboard's chart: Jawa Barat, 250 000 → 500 000 in 2024, as of 15 Sep.
  const jabar = {
    id: "umkm-jabar-2024",
    name: "UMKM on-boarded, Jawa Barat (synthetic)",
    unit: "UMKM",
    baseline: { date: "2023-12-31", value: 250_000 },
    goal: { date: "2024-12-31", value: 500_000 },
  };
  const increments = [14_200, 16_400, 31_200, 26_900, 17_100, 18_100, 16_900, 17_600];
  const reports = increments.map((value, i) => ({
    date: new Date(Date.UTC(2024, i + 1, 0)).toISOString().slice(0, 10),
    value,
    kind: "increment" as const,
  }));
  const assessed = assess(jabar, reports, { asOf: "2024-09-15" });
  const spec = assessmentChart(jabar, reports, assessed);
  type Segment = { mark: { type: string }; encoding: { y?: { value: number }; y2?: { value: number } } };
  const asOf = (spec.layer as (Layer & { layer?: Segment[] })[]).find((l) => l.name === "as_of")!;

  it("keeps the goal's label clear of the as-of rule, which it would cross beside the diamond", () => {
    const y = (spec.layer as { encoding?: { y?: { scale?: { domain?: number[] } } } }[]).find(
      (l) => l.encoding?.y?.scale?.domain,
    )!.encoding!.y!.scale!.domain!;
    expect(y).toEqual([200_000, 600_000]);
    // x runs 2023-12-31 .. 2025-04-30 (486 days): the as-of rule (15 Sep 2024, day 259) stands
    // 640 × 259 / 486 = 341.1 px in; the goal date (day 366) at 482.0 px. The goal's label, right-aligned
    // left of the diamond, would span the rule: it ends left of the rule instead, or starts right of it.
    expect(asOf.layer!.filter((l) => l.mark.type === "rule")).toHaveLength(1);
    const label = (
      spec.layer as { name?: string; encoding?: { x: { value: number } }; mark?: { align: string } }[]
    ).find((l) => l.name === "goal_label")!;
    const ruleX = (640 * 259) / 486;
    const x = label.encoding!.x.value;
    expect(label.mark!.align === "right" ? x < ruleX - 2 : x > ruleX + 2).toBe(true);
  });

  it("keeps the as-of rule whole when the goal's label is elsewhere", () => {
    // As of 31 March: the rule stands far left of the label, which ends by the goal date.
    const early = burnUpChart({ target: jabar, observations: reports.slice(0, 3) }, { asOf: "2024-03-31" });
    const marker = (early.layer as (Layer & { layer?: Segment[] })[]).find((l) => l.name === "as_of")!;
    expect(marker.layer!.filter((l) => l.mark.type === "rule")).toHaveLength(1);
  });
});

describe("burnUpChart(assessment): an assessment made by assess draws itself", () => {
  it("draws what assessmentChart draws, in each language, with the projection settings given to assess", () => {
    for (const locale of ["en", "id"] as const) {
      expect(burnUpChart(a, { locale })).toEqual(assessmentChart(target, observations, a, { locale }));
      // A window of 6 months (run rate) and the damped trend: settings the assessment does not record.
      const damped = assess(target, observations, { asOf: "2023-10-15", method: "damped", window: 6 });
      expect(burnUpChart(damped, { locale, subtitle: false })).toEqual(
        assessmentChart(target, observations, damped, { locale, subtitle: false, projection: { window: 6 } }),
      );
    }
  });

  it("keeps what it was made from out of sight: not in its keys, its JSON or a spread copy", () => {
    expect(Object.keys(a)).not.toContain("target");
    expect(JSON.stringify(a)).not.toContain("2023-03-31");
    // Read back from JSON (or copied), it holds no target: the error says how to draw it.
    expect(thrown(() => burnUpChart(JSON.parse(JSON.stringify(a)) as never))).toMatchObject({
      code: "missing_field",
      path: "target",
    });
    expect(thrown(() => burnUpChart({ ...a } as never))).toMatchObject({ code: "missing_field", path: "target" });
  });
});
