import { describe, expect, it } from "vitest";
import { burnUpChart } from "../charts/burnUpChart.js";
import type { VegaLiteSpec } from "../charts/types.js";
import { project } from "../projection/project.js";
import type { MethodSelection, ProjectionMethod } from "../projection/types.js";
import { assess } from "./assess.js";
import { assessProgramme } from "./assessProgramme.js";
import { formatNumber } from "./internal/formatNumber.js";

// `method: "auto"` in assess: the choice is project's on the same path (the baseline counting as a
// point, fitted on increments by default), at the months from the current observation to the goal
// date. Reference values: `project(..., { method: "auto", until: goal date })` on the same data,
// whose backtest and choice are tested in src/projection.

const month = (i: number) => new Date(Date.UTC(2022, i + 1, 0)).toISOString().slice(0, 10);
/**
 * 36 month ends from January 2022 of a count that slows down: the monthly increments of a logistic
 * 50 000/(1 + e^{-(m-14)/5}), each scaled by 1 + 0.3·sin(1.7·m) (so the count never falls), summed
 * and rounded. A saturating path: 6 months before the goal the backtest favours the Bass curve by
 * far (MASE about 1.6 against 4.3 and more at 6 months).
 */
const logistic = (m: number) => 50_000 / (1 + Math.exp(-(m - 14) / 5));
const sCurve: { date: string; value: number }[] = [];
for (let m = 1, total = 0; m <= 36; m++) {
  total += (logistic(m) - logistic(m - 1)) * (1 + 0.3 * Math.sin(1.7 * m));
  sCurve.push({ date: month(m - 1), value: Math.round(total) });
}
const target = {
  id: "umkm",
  unit: "UMKM",
  baseline: { date: "2021-12-31", value: 0 },
  goal: { date: "2025-06-30", value: 60_000 },
};

/** project's auto on the same data as assess sees it. */
const projected = (asOf: string, extra: { fitOn?: "increments" | "cumulative" } = {}) =>
  project(sCurve, {
    method: "auto",
    until: target.goal.date,
    asOf,
    baseline: target.baseline,
    fitOn: extra.fitOn ?? "increments",
  });

describe("assess with method auto", () => {
  // The horizon is the one of 3, 6 and 12 nearest the months from the current observation to the
  // goal date among those with at least three origins with an actual value (origins at month ends
  // from the 6th point on, the baseline being the first: 2022-05-31 on).
  it.each([
    // 11 month ends and the baseline: four origins at 3 months (2022-05-31 to 2022-08-31, with
    // actuals 2022-08-31 to 2022-11-30), none at 6 or 12; 31 months ahead, only 3 is usable.
    ["2022-11-30", "interval-score-stacking", 3],
    ["2022-12-31", "interval-score-stacking", 3],
    // 30 months ahead; 12 would need origins up to 2022-06-30 (two): 6 is the nearest usable.
    ["2023-06-30", "interval-score-stacking", 6],
    // 18 months ahead: 12 is nearest (origins 2022-05-31 to 2022-12-31 have actuals a year on).
    ["2023-12-31", "interval-score-stacking", 12],
    // 6 months ahead: 6.
    ["2024-12-31", "interval-score-stacking", 6],
    // 8 month ends: too few origins at every horizon.
    ["2022-08-31", "too-few-points-for-backtest", null],
  ])("as of %s: the method project's auto chooses, with its selection (%s at %s months)", (asOf, reason, horizon) => {
    const a = assess(target, sCurve, { asOf, method: "auto" });
    const p = projected(asOf);
    const atGoal = p.valueAt(target.goal.date);
    expect([p.selection?.reason, p.selection?.horizon]).toEqual([reason, horizon]);
    expect(a.projection?.selection).toEqual(p.selection);
    expect(a.projection?.method).toBe(p.method);
    expect(a.projection?.method).toBe(p.selection?.method);
    expect([a.projection?.valueAtGoal, a.projection?.lower, a.projection?.upper]).toEqual([
      atGoal.value,
      atGoal.lower,
      atGoal.upper,
    ]);
    expect(a.projection?.interval).toEqual(p.interval);
  });

  it("on the saturating path, 6 months before the goal: the Bass curve at 6 months", () => {
    // From 2024-12-31 to 2025-06-30 is 6 months: the nearest horizon is 6.
    const a = assess(target, sCurve, { asOf: "2024-12-31", method: "auto" });
    const s = a.projection?.selection as MethodSelection;
    expect([s.method, s.horizon, s.reason]).toEqual(["bass", 6, "interval-score-stacking"]);
    // Every method that can be fitted from the 6th point on is compared (damped needs 11 points).
    expect(Object.keys(s.scores).sort()).toEqual(["bass", "damped", "linear", "logistic", "run-rate"]);
    expect(s.scores.bass).toBe(Math.min(...Object.values(s.scores)));
  });

  it("passes fitOn to the backtest and the projection, as project does", () => {
    const a = assess(target, sCurve, { asOf: "2023-06-30", method: "auto", fitOn: "cumulative" });
    const p = projected("2023-06-30", { fitOn: "cumulative" });
    expect(a.projection?.selection).toEqual(p.selection);
    expect(a.projection?.valueAtGoal).toBe(p.valueAt(target.goal.date).value);
  });

  it("the fallback with too few points: linear on increments, even when fitOn is cumulative", () => {
    const a = assess(target, sCurve.slice(0, 3), { asOf: "2022-03-31", method: "auto", fitOn: "cumulative" });
    expect(a.projection?.selection).toEqual({
      method: "linear",
      horizon: null,
      scores: {},
      reason: "too-few-points-for-backtest",
      intervalScores: {},
      weights: { linear: 1 },
      widening: 1,
    });
    expect([a.projection?.method, a.projection?.fittedOn]).toEqual(["linear", "increments"]);
    // The same as the default projection (linear on increments), so the same value at the goal.
    const named = assess(target, sCurve.slice(0, 3), { asOf: "2022-03-31" });
    expect(a.projection?.valueAtGoal).toBe(named.projection?.valueAtGoal);
    expect(a.explanation.en[5]).toBe(
      "Too few months of data to compare methods by backtest: projected with the linear trend on increments.",
    );
    expect(a.explanation.id[5]).toBe(
      "Data bulanan terlalu sedikit untuk membandingkan metode dengan uji balik: diproyeksikan dengan tren linear atas pertambahan per periode.",
    );
  });

  it("a count that grows by the same amount every month: no naive error, the fallback", () => {
    // 100 a month for 12 months: the naive-drift forecast is exact, so no MASE can be scaled.
    const steady = Array.from({ length: 12 }, (_, i) => ({ date: month(i + 24), value: 100 * (i + 1) }));
    const t = { id: "steady", baseline: { date: "2023-12-31", value: 0 }, goal: { date: "2025-12-31", value: 3000 } };
    const a = assess(t, steady, { asOf: "2024-12-31", method: "auto" });
    expect(a.projection?.selection).toEqual({
      method: "linear",
      horizon: null,
      scores: {},
      reason: "no-naive-error",
      intervalScores: {},
      weights: { linear: 1 },
      widening: 1,
    });
    // Linear on increments: 1 200 + 100 a month for 12 months (by hand).
    expect(a.projection?.valueAtGoal).toBe(2400);
    expect(a.explanation.en[5]).toBe(
      "The count changed by the same amount every month, so a backtest cannot rank the methods: projected with the linear trend on increments.",
    );
  });

  it("says the choice in one sentence, before the projection's, in both languages", () => {
    const a = assess(target, sCurve, { asOf: "2024-12-31", method: "auto" });
    const s = a.projection?.selection as MethodSelection;
    // The runner-up: the second lowest score.
    const [, runnerUp] = (Object.entries(s.scores) as [ProjectionMethod, number][]).sort((x, y) => x[1] - y[1]);
    expect(runnerUp?.[0]).toBe("run-rate");
    const score = (m: ProjectionMethod, lang: "en" | "id") => formatNumber(s.scores[m] as number, lang, 2);
    const at = a.explanation.en.findIndex((x) => x.startsWith("On the Bass diffusion:"));
    expect(at).toBeGreaterThan(0);
    expect(a.explanation.id[at]).toMatch(/^Menurut difusi Bass:/);
    // The pool: mostly the Bass curve, then the run rate, not widened; every other method is under
    // 5 % (the run rate's stacked weight plus its equal share, the rest their equal share alone),
    // so the sentence names Bass and sums the others.
    expect(Object.keys(s.weights).slice(0, 2)).toEqual(["bass", "run-rate"]);
    const rest = Object.entries(s.weights).slice(1);
    expect(rest.length).toBeGreaterThan(1);
    for (const [, w] of rest) expect(w).toBeLessThan(0.05);
    expect(s.widening).toBe(1);
    const pct = (m: ProjectionMethod, lang: "en" | "id") => `${formatNumber(100 * (s.weights[m] as number), lang, 0)}%`;
    const restPct = (lang: "en" | "id") => `${formatNumber(100 * rest.reduce((t, [, w]) => t + w, 0), lang, 0)}%`;
    const interval = (lang: "en" | "id") => formatNumber(s.intervalScores.bass as number, lang, 2);
    expect(a.explanation.en[at - 1]).toBe(
      `Projected with the Bass diffusion, ${pct("bass", "en")} of a mix with the other methods ${restPct("en")}: of every method, the mix whose forecast distribution scored best in a backtest 6 months ahead (interval score ${interval("en")}, MASE ${score("bass", "en")}).`,
    );
    expect(a.explanation.id[at - 1]).toBe(
      `Diproyeksikan dengan difusi Bass, ${pct("bass", "id")} dari campuran dengan metode lainnya ${restPct("id")}: dari semua metode, campuran yang sebaran prakiraannya mendapat skor terbaik dalam uji balik 6 bulan ke depan (skor selang ${interval("id")}, MASE ${score("bass", "id")}).`,
    );
    expect(a.summary).toContain(a.explanation.en[at - 1]);
  });

  it("a named method has no selection, and its JSON is the same as before", () => {
    const named = assess(target, sCurve, { asOf: "2023-06-30", method: "linear" });
    const byDefault = assess(target, sCurve, { asOf: "2023-06-30" });
    expect(named.projection).not.toHaveProperty("selection");
    expect(JSON.stringify(named)).toBe(JSON.stringify(byDefault));
    expect(JSON.stringify(named)).not.toContain("selection");
    expect(named.explanation.en.join(" ")).not.toMatch(/backtest/);
  });

  it("the other measures do not depend on the method", () => {
    const auto = assess(target, sCurve, { asOf: "2023-06-30", method: "auto" });
    const named = assess(target, sCurve, { asOf: "2023-06-30" });
    for (const key of ["current", "attainment", "progress", "planToDate", "pace", "required", "runRate"] as const)
      expect(JSON.stringify(auto[key])).toBe(JSON.stringify(named[key]));
  });

  it("no observation: no projection, no selection", () => {
    const a = assess(target, [], { asOf: "2023-06-30", method: "auto" });
    expect([a.projection, a.projectionReason]).toEqual([null, "no-observation"]);
  });

  it("the open-sdg preset still reads its growth from cagr while the projection is auto's", () => {
    const a = assess(target, sCurve, { asOf: "2024-12-31", method: "auto", preset: "open-sdg" });
    expect(a.projection?.method).toBe("bass");
    expect(a.measure.name).toBe("R");
    expect(a.measure.value).toEqual(assess(target, sCurve, { asOf: "2024-12-31", preset: "open-sdg" }).measure.value);
  });
});

describe("assessProgramme with method auto", () => {
  // Two provinces on the same month ends: 60 % and 40 % of the saturating path (rounded), so the
  // national count (rolled up) is their sum on each date.
  const share = (f: number) => sCurve.map((o) => ({ date: o.date, value: Math.round(o.value * f) }));
  const jabar = share(0.6);
  const papua = share(0.4);
  const base = { date: "2021-12-31", value: 0 };
  const goalOf = (value: number) => ({ date: "2025-06-30", value });
  const programme = {
    id: "bbi",
    targets: [
      { id: "national", baseline: base, goal: goalOf(60_000) },
      { id: "jawa-barat", parentId: "national", baseline: base, goal: goalOf(36_000) },
      { id: "papua", parentId: "national", baseline: base, goal: goalOf(24_000) },
    ],
    observations: { "jawa-barat": jabar, papua },
  };
  const strip = (a: object) =>
    JSON.parse(JSON.stringify({ ...a, basis: undefined, parentId: undefined, childIds: undefined })) as unknown;

  it("every target, observed or rolled up, is assessed as assess with auto assesses it", () => {
    const asOf = "2024-06-30";
    const r = assessProgramme(programme, { asOf, method: "auto" });
    const [national, jb, pp] = r.assessments;
    expect(strip(jb as object)).toEqual(strip(assess(programme.targets[1] as never, jabar, { asOf, method: "auto" })));
    expect(strip(pp as object)).toEqual(strip(assess(programme.targets[2] as never, papua, { asOf, method: "auto" })));
    // The rolled-up parent is the sum of the provinces on their common month ends.
    const sum = jabar.map((o, i) => ({ date: o.date, value: o.value + (papua[i]?.value as number) }));
    expect(strip(national as object)).toEqual(
      strip(assess(programme.targets[0] as never, sum, { asOf, method: "auto" })),
    );
    for (const a of r.assessments) expect(a.projection?.selection?.reason).toBe("interval-score-stacking");
  });

  it("a bad method names the programme option", () => {
    expect(() => assessProgramme(programme, { asOf: "2024-06-30", method: "best" as never })).toThrow(
      expect.objectContaining({ code: "invalid_enum", path: "options.method" }),
    );
  });
});

describe("burnUpChart of an assessment made with auto", () => {
  type Row = { series: string; date: string; value: number; lower?: number | null; upper?: number | null };
  const seriesOf = (spec: VegaLiteSpec, name: string) =>
    (spec.data as { values: Row[] }).values.filter((r) => r.series === name);
  const a = assess(target, sCurve, { asOf: "2024-12-31", method: "auto" });

  it("draws the assessment's projection (its selection rides along unread)", () => {
    const spec = burnUpChart({ ...a, target, observations: sCurve });
    const line = seriesOf(spec, "Projection");
    expect(line.map((r) => r.date)).toEqual(["2024-12-31", target.goal.date]);
    expect(line[1]?.value).toBe(a.projection?.valueAtGoal);
    expect([line[1]?.lower, line[1]?.upper]).toEqual([a.projection?.lower, a.projection?.upper]);
  });

  it("draws project's auto path passed as the projection", () => {
    const p = projected("2024-12-31");
    const spec = burnUpChart({ ...a, target, observations: sCurve, projection: p });
    const line = seriesOf(spec, "Projection");
    expect(line.at(-1)?.value).toBe(p.valueAt(target.goal.date).value);
    expect(line.at(-1)?.value).toBe(a.projection?.valueAtGoal);
  });
});
