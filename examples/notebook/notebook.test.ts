// What examples/notebook/onboarding.ipynb shows, checked here rather than in the notebook: each value
// against where it comes from (a published figure, a formula of docs/methodology.md, or the
// arithmetic in the comment), and the committed outputs against the library's answers. The notebook
// runs the BUILT package under tslab (`npm run notebook`, which also fails when its outputs drift
// from the committed ones); these tests run the same calls on the sources, and try that drift check
// (outputs.mjs) on small notebooks.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  allocatePlan,
  assess,
  assessmentChart,
  assessOverTime,
  attainment,
  outlookChart,
  reconcile,
  type Assessment,
  type ObservationInput,
  type TargetInput,
} from "../../src/index.js";

const json = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const record = json("../data/umkm-digital.json");
const seedReport = json("../data/bbi.json");
const reports: ObservationInput[] = record.observations;
// As the notebook names it: the Indonesian sentences then name the target in Indonesian.
const target: TargetInput = {
  ...record.target,
  names: { en: "UMKM on digital platforms", id: "UMKM di platform digital" },
};
const options = { prefer: ["KemenkopUKM"], outliers: "drop" } as const;
const assessAt = (asOf: string, t: TargetInput = target) => assess(t, reports, { asOf, reconcile: options });

type Layer = { name?: string; data?: { values: Record<string, unknown>[] } };
/** The one data row of a named layer of a burn-up chart. */
function layerRow(spec: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  return (spec.layer as Layer[]).find((l) => l.name === name)?.data?.values[0];
}

describe("the notebook's figures", () => {
  it("the 2020 IKM target: 3.7 million against 2 million is 185 % (the BBI report of May 2021)", () => {
    expect(attainment(seedReport.ikm2020.onboarded, seedReport.ikm2020.target).toString()).toBe("1.85");
  });

  it("the 2021 plan: 6.1 million in whole months, by largest remainder", () => {
    const plan = allocatePlan(seedReport.plan2021.target, { period: "month" });
    // 6 100 000 / 12 = 508 333.33: the floors sum to 6 099 996; the 4 left go to the first 4 months.
    expect(plan.map((p) => p.planned)).toEqual([...Array(4).fill(508_334), ...Array(8).fill(508_333)]);
    // Against the report's "500,000 a month": 100 000 more over the year.
    expect(plan.reduce((sum, p) => sum + p.planned, 0) - 12 * seedReport.plan2021.claimedMonthly).toBe(100_000);
  });

  it("the record: 30 reports from the 6 counters it lists", () => {
    expect(reports).toHaveLength(30);
    const counters = new Set(reports.map((r) => r.source));
    expect([...counters].sort()).toEqual(Object.keys(record.about.counters).sort());
  });

  it("reconciles the reports: KemenkopUKM kept on shared dates, the 27 million dropped, the dips pooled", () => {
    const r = reconcile(reports, options);
    expect(r.conflicts.map((c) => [c.date, c.kept.source, c.kept.value, c.rule])).toEqual([
      ["2021-12-31", "KemenkopUKM", 16_400_000, "prefer"],
      ["2022-12-31", "KemenkopUKM", 20_760_000, "prefer"],
      // Neither counter is preferred: the median of two, the lower.
      ["2023-06-30", "Kominfo", 22_680_000, "median"],
    ]);
    // The line between the neighbours on the month axis: 22.81 M at month 8 (2023-08-31) to 25.2 M at
    // month 12 (2023-12-31); 2023-12-04 is month 11 + 4/31: 22 810 000 + 2 390 000 x (3 + 4/31) / 4.
    expect(r.outliers).toMatchObject([{ date: "2023-12-04", value: 27_000_000, dropped: true }]);
    expect(r.outliers[0]?.expected).toBe(Math.round(22_810_000 + (2_390_000 * (3 + 4 / 31)) / 4));
    // Each fall pooled to the mean of the pair: (13.7 + 13.5) / 2, (20.2 + 19.95) / 2, (25.2 + 25) / 2 million.
    expect(r.adjustments.map((a) => [a.date, a.to])).toEqual([
      ["2021-05-31", 13_600_000],
      ["2021-06-22", 13_600_000],
      ["2022-08-31", 20_075_000],
      ["2022-09-30", 20_075_000],
      ["2023-12-31", 25_100_000],
      ["2024-08-03", 25_100_000],
    ]);
    // 30 reports, less the 2 + 1 + 1 extra reports on the shared dates and the outlier.
    expect(r.observations).toHaveLength(30 - (2 + 1 + 1) - 1);
  });

  it("as of 31 May 2021: the plan, the required rate, the linear trend on increments and its ETA", () => {
    const seed = assessAt("2021-05-31");
    expect(seed.status).toBe("needs-acceleration");
    expect(seed.goalInForce?.goal).toEqual({ date: "2023-12-31", value: 30_000_000 });
    // Linear plan over the 36 months from 2020-12-31: 11.7 M + 18.3 M x 5/36 after 5 months.
    expect(seed.planToDate?.toNumber()).toBeCloseTo(11_700_000 + (18_300_000 * 5) / 36, 6);
    // (30 - 13.7) million over the 31 months to 2023-12-31.
    expect(seed.required?.perMonth?.toNumber()).toBeCloseTo(16_300_000 / 31, 6);
    // The random walk with drift: the mean monthly increment since the first report, (13.7 - 8.0)
    // million over the 17 months from 2019-12-31, carried 31 months to the goal date.
    expect(seed.projection).toMatchObject({ method: "linear", fittedOn: "increments" });
    expect(seed.projection?.valueAtGoal).toBeCloseTo(13_700_000 + (31 * 5_700_000) / 17, 4);
    // 30 M is reached (30 - 13.7) / (5.7 / 17) = 48.614 months after 2021-05-31: 0.614 of June 2025,
    // past its 18th day (18.4 / 30).
    expect((16_300_000 * 17) / 5_700_000).toBeCloseTo(48.614, 3);
    expect(seed.eta.date).toBe("2025-06-19");
  });

  it("after the revision of 28 March 2022, the goal in force is 30 million by 2024 and the plan passes the milestones", () => {
    const endOf2022 = assessAt("2022-12-31");
    expect(endOf2022.goalInForce).toMatchObject({
      goal: { date: "2024-12-31", value: 30_000_000 },
      announced: "2022-03-28",
    });
    // The 20 million milestone of 2022 is the plan to date at its date.
    expect(endOf2022.planToDate?.toString()).toBe("20000000");
  });

  it("the outlook: a row a month from May 2021 to August 2024, the goal moving with the revision, nil chance at the end", () => {
    const rows = assessOverTime(target, reports, {
      asOf: { every: "month", from: "2021-05-31", to: "2024-08-31" },
      reconcile: options,
    });
    // May to December 2021 (8), 2022 and 2023 (24), January to August 2024 (8).
    expect(rows).toHaveLength(40);
    const row = (asOf: string) => rows.find((r) => r.asOf === asOf);
    expect(row("2022-02-28")?.goal.date).toBe("2023-12-31");
    expect(row("2022-03-31")).toMatchObject({ goal: { date: "2024-12-31" }, goalAnnounced: "2022-03-28" });
    expect(rows.at(-1)?.probabilityOnTime).toBeLessThan(0.005);
    // What happened: the minister's "about 25 million" of 3 August 2024 is the last report.
    expect(reports.at(-1)).toMatchObject({ date: "2024-08-03", value: 25_000_000, source: "KemenkopUKM" });
    const spec = outlookChart(rows);
    expect((spec.data as { values: unknown[] }).values).toHaveLength(40);
  });

  it("against the goal as first set, 31 March 2022 projected 25.1 million for 2023; BBI reported 25.2 million", () => {
    const { revisions: _revisions, ...asFirstSet } = target;
    const march2022 = assessAt("2022-03-31", asFirstSet);
    expect(Math.round((march2022.projection?.valueAtGoal ?? 0) / 100_000) / 10).toBe(25.1);
    expect(Math.round((march2022.projection?.probabilityOnTime ?? 0) * 100)).toBe(8);
    expect(reports.find((r) => r.date === "2023-12-31")).toMatchObject({ value: 25_200_000, source: "BBI" });
  });
});

describe("the chart agrees with the assessment it draws", () => {
  /** What the chart marks, beside what the assessment says. */
  function marks(a: Assessment) {
    const spec = assessmentChart(target, a.reconciliation?.observations ?? [], a);
    const subtitle = (spec.title as { subtitle: string[] }).subtitle.join(" ");
    return { gap: layerRow(spec, "goal_gap"), eta: layerRow(spec, "eta"), subtitle };
  }

  // The dates before the revision of 28 March 2022, where the goal in force is the target's own.
  it.each(["2021-05-31", "2021-09-30", "2021-12-31", "2022-02-28"])("as of %s", (asOf) => {
    const a = assessAt(asOf);
    const { gap, eta, subtitle } = marks(a);
    // The same method and fit: the drawn path meets the goal date at the assessment's value.
    expect(gap).toMatchObject({ date: a.goalInForce?.goal.date, kind: "shortfall" });
    expect(gap?.value).toBeCloseTo(a.projection?.valueAtGoal ?? Number.NaN, 6);
    expect(eta?.date).toBe(a.eta.date);
    expect(subtitle).toContain(`${Math.round((a.projection?.probabilityOnTime ?? Number.NaN) * 100)}%`);
  });

  it("as of 31 May 2021: shortfall 30 M - 24 094 118 = 5 905 882 (5.91 M), ETA 19 June 2025, in the chart and the sentences", () => {
    const seed = assessAt("2021-05-31");
    const { gap, eta, subtitle } = marks(seed);
    expect(gap?.label).toBe("Shortfall 5.91M at 31 Dec 2023");
    expect(eta?.label).toBe("ETA: 19 Jun 2025");
    expect(subtitle).toContain("Chance of the goal by 31 Dec 2023: 23%");
    expect(seed.explanation.en).toContain(
      "On the linear trend: 24,094,118 by December 2023 (90% range 9,015,087 to 39,173,148), 67.7% of the way from baseline to goal.",
    );
    expect(seed.explanation.en).toContain("At this trend the goal is reached on 19 June 2025.");
    expect(seed.explanation.en).toContain("About a 23% chance of reaching 30,000,000 UMKM by December 2023.");
  });

  // A known bug: assessmentChart draws the target's own goal, not the goal in force, so after the
  // revision its gap sits on 31 Dec 2023 and its subtitle gives the 2024 goal's chance for 2023.
  // The notebook charts only the assessment of 31 May 2021 for this reason.
  it("after the revision: the chart marks the goal in force", () => {
    const a = assessAt("2022-12-31");
    const { gap, subtitle } = marks(a);
    expect(gap?.date).toBe("2024-12-31");
    expect(gap?.value).toBeCloseTo(a.projection?.valueAtGoal ?? Number.NaN, 6);
    expect(subtitle).toContain("Chance of the goal by 31 Dec 2024");
  });
});

describe("the committed notebook", () => {
  type Output = { output_type: string; name?: string; text?: string | string[]; data?: Record<string, unknown> };
  type Cell = { cell_type: string; source: string | string[]; outputs?: Output[] };
  const notebook: { cells: Cell[] } = json("./onboarding.ipynb");
  const text = (v: unknown) => (Array.isArray(v) ? v.join("") : String(v ?? ""));
  const code = notebook.cells.filter((c) => c.cell_type === "code");
  const outputs = code.flatMap((c) => c.outputs ?? []);
  const shown = outputs.flatMap((o) => Object.values(o.data ?? {}).map(text)).join("\n");

  it("is committed with its outputs, and none is an error or on stderr", () => {
    // Every code cell but the first (imports and helpers) shows something.
    expect(code.slice(1).every((c) => (c.outputs ?? []).length > 0)).toBe(true);
    expect(outputs.filter((o) => o.output_type === "error" || o.name === "stderr")).toEqual([]);
  });

  it("has no assertions and no hand-written chart: the charts are the library's", () => {
    const sources = code.map((c) => text(c.source)).join("\n");
    expect(sources).not.toMatch(/\bcheck\(|\$schema/);
    expect(sources).toContain("ot.assessmentChart(");
    expect(sources).toContain("ot.outlookChart(");
    // Two charts, each an <svg> in an HTML output (kept whole by nbconvert's HTML export).
    expect(outputs.filter((o) => text(o.data?.["text/html"]).startsWith("<svg"))).toHaveLength(2);
  });

  it.each([
    ["31 May 2021", "2021-05-31"],
    ["the end of 2022", "2022-12-31"],
    ["31 August 2024", "2024-08-31"],
  ])("shows the library's sentences of %s in English and Bahasa Indonesia", (_, asOf) => {
    const a = assessAt(asOf);
    for (const sentence of [...a.explanation.en, ...a.explanation.id]) expect(shown).toContain(sentence);
    // The Indonesian sentences name the target in Indonesian.
    expect(a.explanation.id.join(" ")).not.toContain("UMKM on digital platforms");
    expect(a.explanation.id[0]).toMatch(/^UMKM di platform digital: /);
  });

  it("shows the shortfall and the ETA the chart marks", () => {
    expect(shown).toContain("Shortfall on 31 December 2023: **5,905,882** UMKM (30,000,000 − 24,094,118 projected)");
    expect(shown).toContain("ETA: **19 June 2025**");
    expect(shown).toContain("Shortfall 5.91M");
    expect(shown).toContain("ETA: 19 Jun 2025");
  });

  it("speaks in words: no status, reason or method codes, and counts as whole numbers", () => {
    const words = shown.replace(/<svg[\s\S]*?<\/svg>/g, "");
    expect(words).not.toMatch(/needs-acceleration|on-track|never-at-this-pace|too-few-points|insufficient-data/);
    // A count with decimals would show as 24,094,117.65.
    expect(words).not.toMatch(/\d{1,3}(,\d{3})+\.\d/);
  });
});

describe("outputs.mjs, the drift check of npm run notebook", () => {
  const script = fileURLToPath(new URL("./outputs.mjs", import.meta.url));
  const cell = (outputs: unknown[], extra: Record<string, unknown> = {}) => ({
    cell_type: "code",
    metadata: {},
    source: "showTable(rows);",
    outputs,
    ...extra,
  });
  const table = (html: string) => ({ output_type: "display_data", data: { "text/html": html }, metadata: {} });
  /** Runs `node outputs.mjs mode committed executed` on two notebooks in a fresh folder. */
  function run(mode: "check" | "update", committed: unknown, executed: unknown) {
    const dir = mkdtempSync(join(tmpdir(), "notebook-outputs-"));
    const [a, b] = [join(dir, "committed.ipynb"), join(dir, "executed.ipynb")];
    writeFileSync(a, JSON.stringify({ cells: [committed], metadata: { language_info: { version: "3.7.2" } } }));
    writeFileSync(b, JSON.stringify({ cells: [executed], metadata: { language_info: { version: "5.9.3" } } }));
    const result = spawnSync(process.execPath, [script, mode, a, b], { encoding: "utf8" });
    const written = JSON.parse(readFileSync(a, "utf8"));
    rmSync(dir, { recursive: true });
    return { status: result.status, out: result.stdout + result.stderr, written };
  }

  it("passes when only execution counts, timings and kernel metadata differ", () => {
    const committed = cell([table("<table>1</table>")], { execution_count: 1 });
    const executed = cell([table("<table>1</table>")], {
      execution_count: 7,
      metadata: { execution: { "iopub.execute_input": "2026-12-07T21:00:00Z" } },
    });
    expect(run("check", committed, executed)).toMatchObject({ status: 0 });
  });

  it("fails on a changed output, with a diff line by line (an SVG broken between its tags)", () => {
    const svg = (label: string) => table(`<svg><g><text>${label}</text></g></svg>`);
    const { status, out } = run("check", cell([svg("ETA: 19 Jun 2025")]), cell([svg("ETA: 20 Jun 2025")]));
    expect(status).toBe(1);
    expect(out).toContain("-<text>ETA: 19 Jun 2025</text>");
    expect(out).toContain("+<text>ETA: 20 Jun 2025</text>");
    expect(out).toContain("npm run notebook -- --update");
  });

  it("fails on an output on stderr, saying what it was, even when updating", () => {
    const stderr = { output_type: "stream", name: "stderr", text: ["13:35 - Property 'date' does not exist"] };
    const { status, out, written } = run("update", cell([]), cell([stderr]));
    expect(status).toBe(1);
    expect(out).toContain("cell 0 (counting from 0) wrote to stderr:\n13:35 - Property 'date' does not exist");
    expect(written.cells[0].outputs).toEqual([]);
  });

  it("--update writes the executed outputs into the committed notebook, without the timings", () => {
    const executed = cell([table("<table>2</table>")], { metadata: { execution: { "shell.execute_reply": "x" } } });
    const { status, written } = run("update", cell([table("<table>1</table>")]), executed);
    expect(status).toBe(0);
    expect(written.cells[0]).toEqual(cell([table("<table>2</table>")]));
  });
});
