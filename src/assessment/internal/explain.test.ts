import { describe, expect, it } from "vitest";
import { Decimal } from "../../decimal/index.js";
import { readTarget } from "../../model/readTarget.js";
import { accelerationNeeded } from "../../progress/accelerationNeeded.js";
import { pace } from "../../progress/pace.js";
import { progressFromBaseline } from "../../progress/progressFromBaseline.js";
import { requiredMonthlyRate } from "../../progress/requiredMonthlyRate.js";
import type { Assessment, AssessmentProjection } from "../types.js";
import { explain } from "./explain.js";

// `explain` on its own: each sentence appears only when its measure exists, and each eta reason,
// projection method and acceleration verdict has its own words. The measures are those of the
// composite example (goal 10 000 by month 24 from 0, 3 000 at month 9, month 0 = 2022-12-31;
// methodology: the composite example):
// attainment 0.30, plan 3 750 (pace 0.8), required 466.67 a month, run rate 333.33, acceleration
// 1.4, OLS projection 8 000 at month 24 (Q = 0.8), goal reached at month 30.
type Partial = Omit<Assessment, "explanation" | "summary">;

const t = readTarget({
  id: "composite",
  unit: "UMKM",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2024-12-31", value: 10_000 },
});
const obs = { date: "2023-09-30", value: 3000 };
// Two points (baseline and month 9): a line but no interval, so no probability and no date range.
const projection: AssessmentProjection = {
  method: "linear",
  fittedOn: "increments",
  confidence: 0.9,
  valueAtGoal: 8000,
  lower: null,
  upper: null,
  progressAtGoal: 0.8,
  interval: { kind: null, reason: "insufficient-data" },
  probabilityOnTime: null,
  probabilityReason: "insufficient-data",
};
const noRange = {
  earliest: { date: null, reason: "insufficient-data" },
  latest: { date: null, reason: "insufficient-data" },
} as const;
const base: Partial = {
  targetId: "composite",
  asOf: "2023-10-15",
  status: "needs-acceleration",
  measure: {
    preset: "default",
    name: "Q",
    value: 0.8,
    thresholds: { onTrack: 0.95, needsAcceleration: 0.6, offTrack: 0 },
    reason: null,
    message: null,
  },
  current: obs,
  attainment: new Decimal("0.3"),
  progress: progressFromBaseline(t, 3000),
  planToDate: new Decimal(3750),
  pace: pace(t, obs),
  required: requiredMonthlyRate(t, obs),
  runRate: new Decimal(1000).div(3),
  accelerationNeeded: accelerationNeeded(t, [obs], { asOf: "2023-10-15" }),
  projection,
  projectionReason: null,
  projectionMessage: null,
  eta: { date: "2025-06-30", ...noRange },
  warnings: [],
};

describe("explain: the composite, sentence by sentence", () => {
  it("all seven sentences", () => {
    expect(explain(t, base)).toEqual({
      en: [
        "composite: needs acceleration.",
        "3,000 of 10,000 UMKM as of 30 September 2023 (30% of the goal).",
        "The plan expected 3,750 by then: 80% of the planned progress.",
        "Needs 467 UMKM per month until December 2024.",
        "Run rate over the last 3 months: 333 UMKM per month; 1.4 times that pace is needed.",
        "On the linear trend: 8,000 by December 2024: the pace so far (80% of the plan) carried to the goal date.",
        "At this trend the goal is reached on 30 June 2025.",
      ],
      id: [
        "composite: perlu percepatan.",
        "Capaian 3.000 dari 10.000 UMKM per 30 September 2023 (30% dari target).",
        "Rencana hingga saat itu 3.750: 80% dari kemajuan yang direncanakan.",
        "Perlu 467 UMKM per bulan hingga Desember 2024.",
        "Laju berjalan 3 bulan terakhir: 333 UMKM per bulan; perlu 1,4 kali laju itu.",
        "Menurut tren linear: 8.000 pada Desember 2024: laju relatif sejauh ini (80% dari rencana) berlanjut hingga tanggal target.",
        "Dengan tren ini target tercapai pada 30 Juni 2025.",
      ],
    });
  });

  it("a measure that is null leaves its sentence out (never 'null' or a throw)", () => {
    const e = explain(t, {
      ...base,
      planToDate: null,
      pace: null,
      required: null,
      runRate: null,
      accelerationNeeded: null,
      projection: null,
    });
    expect(e.en).toEqual([
      "composite: needs acceleration.",
      "3,000 of 10,000 UMKM as of 30 September 2023 (30% of the goal).",
      "At this trend the goal is reached on 30 June 2025.",
    ]);
    expect(e.id).toEqual([
      "composite: perlu percepatan.",
      "Capaian 3.000 dari 10.000 UMKM per 30 September 2023 (30% dari target).",
      "Dengan tren ini target tercapai pada 30 Juni 2025.",
    ]);
  });

  it("the plan sentence needs both the plan and the pace", () => {
    expect(explain(t, { ...base, pace: null }).en[2]).toBe("Needs 467 UMKM per month until December 2024.");
    expect(explain(t, { ...base, planToDate: null }).id[2]).toBe("Perlu 467 UMKM per bulan hingga Desember 2024.");
  });

  it("a decrease target without a progress figure says where it stands and the goal only", () => {
    const d = readTarget({
      id: "offline",
      direction: "decrease",
      baseline: { date: "2022-12-31", value: 1000 },
      goal: { date: "2024-12-31", value: 400 },
    });
    const e = explain(d, { ...base, current: { date: "2023-06-30", value: 850 }, progress: null });
    expect(e.en[1]).toBe("850 as of 30 June 2023, against a goal of at most 400.");
    expect(e.id[1]).toBe("Posisi 850 per 30 Juni 2023, target paling banyak 400.");
  });
});

describe("explain: when the goal is reached", () => {
  it.each([
    [
      { date: "2025-06-30" },
      "At this trend the goal is reached on 30 June 2025.",
      "Dengan tren ini target tercapai pada 30 Juni 2025.",
    ],
    [
      { date: null, reason: "beyond-capacity" },
      "At this trend the goal lies beyond the curve's capacity: it is never reached.",
      "Dengan tren ini target melampaui kapasitas kurva: tidak akan tercapai.",
    ],
    [
      { date: null, reason: "never-at-this-pace" },
      "At this pace the goal is never reached.",
      "Dengan laju ini target tidak akan tercapai.",
    ],
    [
      { date: null, reason: "after-calendar-end" },
      "At this pace the goal is never reached.",
      "Dengan laju ini target tidak akan tercapai.",
    ],
    [
      { date: null, reason: "insufficient-data" },
      "Too few data points to project when the goal is reached.",
      "Data terlalu sedikit untuk memproyeksikan kapan target tercapai.",
    ],
  ] as const)("eta %o", (eta, en, id) => {
    const e = explain(t, { ...base, eta: { ...eta, ...noRange } });
    expect(e.en).toHaveLength(7);
    expect(e.en.at(-1)).toBe(en);
    expect(e.id.at(-1)).toBe(id);
  });

  it("achieved: when it was reached, and nothing about plans or rates", () => {
    const e = explain(t, {
      ...base,
      status: "achieved",
      current: { date: "2024-09-30", value: 11_000 },
      attainment: new Decimal("1.1"),
      eta: { date: "2024-06-30", earliest: { date: "2024-06-30" }, latest: { date: "2024-06-30" } },
    });
    expect(e.en).toEqual([
      "composite: achieved.",
      "11,000 of 10,000 UMKM as of 30 September 2024 (110% of the goal).",
      "The goal was reached by 30 June 2024.",
    ]);
    expect(e.id).toEqual([
      "composite: tercapai.",
      "Capaian 11.000 dari 10.000 UMKM per 30 September 2024 (110% dari target).",
      "Target tercapai per 30 Juni 2024.",
    ]);
  });

  it("achieved without a date: no date sentence", () => {
    const e = explain(t, { ...base, status: "achieved", eta: { date: null, reason: "insufficient-data", ...noRange } });
    expect(e.en).toHaveLength(2);
    expect(e.id).toHaveLength(2);
  });
});

describe("explain: acceleration verdicts", () => {
  // required / run rate: 466.67/333.33 = 1.4 (needed); 466.67/466.67 = 1 and 466.67/500 = 0.93
  // (enough: "1 times that pace" would say nothing); a reason (no ratio): nothing said.
  const withRatio = (ratio: Decimal | null, reason: "never-at-this-pace" | null) => ({
    ...base,
    accelerationNeeded: { ...(base.accelerationNeeded as NonNullable<Partial["accelerationNeeded"]>), ratio, reason },
  });
  it.each([
    [new Decimal(1.4), null, "; 1.4 times that pace is needed", "; perlu 1,4 kali laju itu"],
    // The status (needs acceleration, from the trend) disagrees with a recent pace that is enough:
    // the sentence says which is which.
    [
      new Decimal(1),
      null,
      "; that pace is enough if it lasts, but the trend the projection follows is slower",
      "; laju itu sudah cukup bila bertahan, tetapi tren yang diikuti proyeksi lebih lambat",
    ],
    [
      new Decimal(0.93),
      null,
      "; that pace is enough if it lasts, but the trend the projection follows is slower",
      "; laju itu sudah cukup bila bertahan, tetapi tren yang diikuti proyeksi lebih lambat",
    ],
    [null, "never-at-this-pace", "", ""],
  ] as const)("ratio %s, reason %s", (ratio, reason, en, id) => {
    const e = explain(t, withRatio(ratio, reason));
    expect(e.en[4]).toBe(`Run rate over the last 3 months: 333 UMKM per month${en}.`);
    expect(e.id[4]).toBe(`Laju berjalan 3 bulan terakhir: 333 UMKM per bulan${id}.`);
  });

  it("a recent pace and a status that agree add nothing; with no projection, nothing to set against", () => {
    const enough = {
      ...(base.accelerationNeeded as NonNullable<Partial["accelerationNeeded"]>),
      ratio: new Decimal(0.93),
    };
    const onTrack = explain(t, { ...base, status: "on-track", accelerationNeeded: enough });
    expect(onTrack.en[4]).toBe("Run rate over the last 3 months: 333 UMKM per month; that pace is enough.");
    expect(onTrack.id[4]).toBe("Laju berjalan 3 bulan terakhir: 333 UMKM per bulan; laju itu sudah cukup.");
    const alone = explain(t, { ...base, accelerationNeeded: enough, projection: null });
    expect(alone.en[4]).toBe("Run rate over the last 3 months: 333 UMKM per month; that pace is enough.");
  });

  it("on track by the trend while the last 3 months are too slow: said in one sentence", () => {
    // A trend that reaches the goal (progress 1.05 at the goal date) and a slow last 3 months.
    const e = explain(t, { ...base, status: "on-track", projection: { ...projection, progressAtGoal: 1.05 } });
    expect(e.en[4]).toBe(
      "Run rate over the last 3 months: 333 UMKM per month; 1.4 times that pace is needed, though the trend the projection follows is fast enough.",
    );
    expect(e.id[4]).toBe(
      "Laju berjalan 3 bulan terakhir: 333 UMKM per bulan; perlu 1,4 kali laju itu, meski tren yang diikuti proyeksi sudah cukup cepat.",
    );
  });

  it("no acceleration figure at all: the run rate alone", () => {
    const e = explain(t, { ...base, accelerationNeeded: null });
    expect(e.en[4]).toBe("Run rate over the last 3 months: 333 UMKM per month.");
  });
});

describe("explain: projections", () => {
  it.each([
    // Both ends: the range, in each language's order of words.
    [7267.2, 8992.8, " (90% range 7,267 to 8,993)", " (rentang 90%: 7.267 sampai 8.993)"],
    // One end missing: no range at all.
    [7267.2, null, "", ""],
    [null, 8992.8, "", ""],
  ] as const)("interval %s to %s", (lower, upper, en, id) => {
    const e = explain(t, {
      ...base,
      projection: { ...projection, valueAtGoal: 8130, lower, upper, progressAtGoal: 0.813 },
    });
    expect(e.en[5]).toBe(`On the linear trend: 8,130 by December 2024${en}, 81.3% of the way from baseline to goal.`);
    expect(e.id[5]).toBe(`Menurut tren linear: 8.130 pada Desember 2024${id}, 81,3% dari jarak baseline ke target.`);
  });

  it.each([
    ["run-rate", "run rate", "laju berjalan"],
    ["linear", "linear trend", "tren linear"],
    ["cagr", "compound growth", "pertumbuhan majemuk"],
    ["logistic", "logistic curve", "kurva logistik"],
    ["bass", "Bass diffusion", "difusi Bass"],
    ["damped", "damped trend", "tren teredam"],
  ] as const)("method %s", (method, en, id) => {
    const e = explain(t, { ...base, projection: { ...projection, method } });
    // Q = 0.8 equals the pace so far (3 000 of the planned 3 750): said once.
    expect(e.en[5]).toBe(
      `On the ${en}: 8,000 by December 2024: the pace so far (80% of the plan) carried to the goal date.`,
    );
    expect(e.id[5]).toBe(
      `Menurut ${id}: 8.000 pada Desember 2024: laju relatif sejauh ini (80% dari rencana) berlanjut hingga tanggal target.`,
    );
  });
});

describe("explain: the chance of reaching the goal on time", () => {
  const withChance = (probabilityOnTime: number) => ({
    ...base,
    projection: { ...projection, probabilityOnTime, probabilityReason: null },
  });
  it.each([
    // Whole percents; a rounded 0 % or 100 % becomes "less than 1 %" / "more than 99 %".
    [0.2345, "About a 23%", "sekitar 23%"],
    [0.2351, "About a 24%", "sekitar 24%"],
    [0.5, "About a 50%", "sekitar 50%"],
    // "an" where the number is read with a vowel sound.
    [0.08, "About an 8%", "sekitar 8%"],
    [0.11, "About an 11%", "sekitar 11%"],
    [0.18, "About an 18%", "sekitar 18%"],
    [0.8, "About an 80%", "sekitar 80%"],
    [0.894, "About an 89%", "sekitar 89%"],
    [0.9, "About a 90%", "sekitar 90%"],
    [0.81, "About an 81%", "sekitar 81%"],
    [0.0051, "About a 1%", "sekitar 1%"],
    [0.0049, "Less than a 1%", "kurang dari 1%"],
    [0, "Less than a 1%", "kurang dari 1%"],
    [0.9949, "About a 99%", "sekitar 99%"],
    [0.9951, "More than a 99%", "lebih dari 99%"],
    [1, "More than a 99%", "lebih dari 99%"],
  ])("%f: %s", (p, en, id) => {
    const e = explain(t, withChance(p));
    // After the projection's sentence, before the eta's.
    expect(e.en[6]).toBe(`${en} chance of reaching 10,000 UMKM by December 2024.`);
    expect(e.id[6]).toBe(`Peluang mencapai 10.000 UMKM pada Desember 2024 ${id}.`);
    expect(e.en).toHaveLength(8);
  });

  it("a decrease target: the chance of falling to the goal", () => {
    const d = readTarget({
      id: "offline",
      direction: "decrease",
      unit: "firms",
      baseline: { date: "2022-12-31", value: 1000 },
      goal: { date: "2024-12-31", value: 400 },
    });
    const e = explain(d, { ...withChance(0.42), current: { date: "2023-06-30", value: 850 } });
    expect(e.en).toContain("About a 42% chance of falling to 400 firms by December 2024.");
    expect(e.id).toContain("Peluang turun ke 400 firms pada Desember 2024 sekitar 42%.");
  });

  it("no probability (too few points, achieved, goal date passed): no sentence", () => {
    for (const probabilityReason of ["insufficient-data", "achieved", "goal-date-passed"] as const) {
      const e = explain(t, { ...base, projection: { ...projection, probabilityOnTime: null, probabilityReason } });
      expect(e.en.some((s) => s.includes("chance"))).toBe(false);
      expect(e.id.some((s) => s.includes("Peluang"))).toBe(false);
    }
  });
});

describe("explain: the range of dates of the eta", () => {
  it.each([
    [
      { earliest: { date: "2025-03-14" }, latest: { date: "2025-11-02" } },
      "Expected between March 2025 and November 2025 (90% range).",
      "Perkiraan tercapai antara Maret 2025 dan November 2025 (rentang 90%).",
    ],
    [
      { earliest: { date: "2025-06-03" }, latest: { date: "2025-06-28" } },
      "Expected in June 2025 (90% range).",
      "Perkiraan tercapai pada Juni 2025 (rentang 90%).",
    ],
    [
      { earliest: { date: "2025-03-14" }, latest: { date: null, reason: "never-at-this-pace" } },
      "Expected no earlier than March 2025 (90% range); the pessimistic end never reaches it.",
      "Perkiraan tercapai paling cepat Maret 2025 (rentang 90%); ujung pesimistisnya tidak pernah mencapainya.",
    ],
  ] as const)("%o", (range, en, id) => {
    const e = explain(t, { ...base, eta: { date: "2025-06-30", ...range } });
    expect(e.en.slice(-2)).toEqual(["At this trend the goal is reached on 30 June 2025.", en]);
    expect(e.id.slice(-2)).toEqual(["Dengan tren ini target tercapai pada 30 Juni 2025.", id]);
  });

  it("the range says the projection's confidence", () => {
    const e = explain(t, {
      ...base,
      projection: { ...projection, confidence: 0.8 },
      eta: { date: "2025-06-30", earliest: { date: "2025-03-14" }, latest: { date: "2025-11-02" } },
    });
    expect(e.en.at(-1)).toBe("Expected between March 2025 and November 2025 (80% range).");
    expect(e.id.at(-1)).toBe("Perkiraan tercapai antara Maret 2025 dan November 2025 (rentang 80%).");
  });

  it("no earliest date (no interval, or never even at its optimistic end): no range sentence", () => {
    for (const earliest of [
      { date: null, reason: "insufficient-data" },
      { date: null, reason: "never-at-this-pace" },
    ] as const) {
      const e = explain(t, { ...base, eta: { date: null, reason: "never-at-this-pace", earliest, latest: earliest } });
      expect(e.en.at(-1)).toBe("At this pace the goal is never reached.");
      expect(e.en).toHaveLength(7);
    }
  });
});

describe("explain: what the projection could not determine", () => {
  const warned = (paths: string[]) => ({
    ...base,
    projection: { ...projection, method: "bass" as const },
    warnings: paths.map((path) => ({ code: "poorly_determined" as const, path, message: "on its bound" })),
  });
  it.each([
    [
      ["parameters.M"],
      ["The data cannot pin down the market potential: treat the projection with caution."],
      ["Data belum dapat memastikan potensi pasar: gunakan proyeksi ini dengan hati-hati."],
    ],
    [
      ["parameters.capacity"],
      ["The data cannot pin down the curve's capacity: treat the projection with caution."],
      ["Data belum dapat memastikan kapasitas kurva: gunakan proyeksi ini dengan hati-hati."],
    ],
    [
      ["parameters.q", "parameters.p"],
      ["The data cannot pin down the curve's parameters: treat the projection with caution."],
      ["Data belum dapat memastikan parameter kurva: gunakan proyeksi ini dengan hati-hati."],
    ],
  ])("%o", (paths, en, id) => {
    const e = explain(t, warned(paths));
    // After the projection's sentence, once per parameter.
    expect(e.en.slice(6, -1)).toEqual(en);
    expect(e.id.slice(6, -1)).toEqual(id);
  });

  it("other warnings (a decrease in the data) add no sentence", () => {
    const e = explain(t, {
      ...base,
      warnings: [{ code: "decreasing_series", path: "observations.1", message: "the count falls" }],
    });
    expect(e.en).toHaveLength(7);
  });

  it("no projection: nothing about its parameters", () => {
    expect(explain(t, { ...warned(["parameters.M"]), projection: null }).en.join(" ")).not.toMatch(/pin down/);
  });
});

describe("explain: how method auto chose", () => {
  // The sentence stands just before the projection's ("On the … trend: …"), at index 5. Scores are
  // written as every number of the explanation is (at most 2 decimals, trailing zeros dropped:
  // 1.10 → "1.1", Indonesian decimal comma).
  const chose = (selection: NonNullable<AssessmentProjection["selection"]>) =>
    explain(t, { ...base, projection: { ...projection, method: selection.method, selection } });

  it.each([
    [
      "the lowest MASE, with the runner-up's score",
      {
        method: "damped",
        horizon: 6,
        scores: { "run-rate": 1.25, linear: 1.1, damped: 0.82 },
        reason: "lowest-mase",
        intervalScores: {},
        weights: {},
        widening: 1,
      },
      "Projected with the damped trend, which erred least in a backtest 6 months ahead (MASE 0.82; linear trend 1.1).",
      "Diproyeksikan dengan tren teredam, yang galatnya paling kecil dalam uji balik 6 bulan ke depan (MASE 0,82; tren linear 1,1).",
    ],
    [
      "one method compared: its score only",
      {
        method: "run-rate",
        horizon: 12,
        scores: { "run-rate": 0.5 },
        reason: "lowest-mase",
        intervalScores: {},
        weights: {},
        widening: 1,
      },
      "Projected with the run rate, which erred least in a backtest 12 months ahead (MASE 0.5).",
      "Diproyeksikan dengan laju berjalan, yang galatnya paling kecil dalam uji balik 12 bulan ke depan (MASE 0,5).",
    ],
    [
      "the best could not project to the goal date: the one passed over is named",
      {
        method: "linear",
        horizon: 3,
        scores: { linear: 1.234, cagr: 0.7, logistic: 2 },
        reason: "lowest-mase",
        intervalScores: {},
        weights: {},
        widening: 1,
      },
      "Projected with the linear trend (MASE 1.23): the compound growth, which erred less in a backtest 3 months ahead (MASE 0.7), could not project to the goal date.",
      "Diproyeksikan dengan tren linear (MASE 1,23): pertumbuhan majemuk, yang galatnya lebih kecil dalam uji balik 3 bulan ke depan (MASE 0,7), tidak dapat memproyeksikan hingga tanggal target.",
    ],
    [
      "interval-score stacking: the weights, the interval score and the widening",
      {
        method: "logistic",
        horizon: 12,
        scores: { logistic: 1.5, damped: 1.2, linear: 2 },
        reason: "interval-score-stacking",
        intervalScores: { logistic: 6.04, damped: 7.5, linear: 12 },
        weights: { logistic: 0.7, damped: 0.3 },
        widening: 1.25,
      },
      "Projected with the logistic curve, 70% of a mix with the damped trend 30%: of every method, the mix whose forecast distribution scored best in a backtest 12 months ahead (interval score 6.04, MASE 1.5), widened 1.25 times by that backtest's errors.",
      "Diproyeksikan dengan kurva logistik, 70% dari campuran dengan tren teredam 30%: dari semua metode, campuran yang sebaran prakiraannya mendapat skor terbaik dalam uji balik 12 bulan ke depan (skor selang 6,04, MASE 1,5), diperlebar 1,25 kali menurut galat uji balik itu.",
    ],
    [
      "interval-score stacking of three: the others joined by 'and', not widened",
      {
        method: "bass",
        horizon: 6,
        scores: { bass: 1.49, logistic: 4.66, "run-rate": 3.72 },
        reason: "interval-score-stacking",
        intervalScores: { bass: 12.45, logistic: 24.57, "run-rate": 15.38 },
        weights: { bass: 0.6, logistic: 0.25, "run-rate": 0.15 },
        widening: 1,
      },
      "Projected with the Bass diffusion, 60% of a mix with the logistic curve 25% and the run rate 15%: of every method, the mix whose forecast distribution scored best in a backtest 6 months ahead (interval score 12.45, MASE 1.49).",
      "Diproyeksikan dengan difusi Bass, 60% dari campuran dengan kurva logistik 25% dan laju berjalan 15%: dari semua metode, campuran yang sebaran prakiraannya mendapat skor terbaik dalam uji balik 6 bulan ke depan (skor selang 12,45, MASE 1,49).",
    ],
    [
      "interval-score stacking with small shares: methods under 5 % are summed as the other methods",
      {
        method: "bass",
        horizon: 6,
        scores: { bass: 1.49, logistic: 4.66, "run-rate": 3.72, damped: 2.5, linear: 3 },
        reason: "interval-score-stacking",
        intervalScores: { bass: 12.45, logistic: 24.57, "run-rate": 15.38, damped: 14, linear: 16 },
        weights: { bass: 0.8, logistic: 0.14, "run-rate": 0.03, damped: 0.02, linear: 0.01 },
        widening: 1,
      },
      "Projected with the Bass diffusion, 80% of a mix with the logistic curve 14% and the other methods 6%: of every method, the mix whose forecast distribution scored best in a backtest 6 months ahead (interval score 12.45, MASE 1.49).",
      "Diproyeksikan dengan difusi Bass, 80% dari campuran dengan kurva logistik 14% dan metode lainnya 6%: dari semua metode, campuran yang sebaran prakiraannya mendapat skor terbaik dalam uji balik 6 bulan ke depan (skor selang 12,45, MASE 1,49).",
    ],
    [
      "too few points: the fallback",
      {
        method: "linear",
        horizon: null,
        scores: {},
        reason: "too-few-points-for-backtest",
        intervalScores: {},
        weights: {},
        widening: 1,
      },
      "Too few months of data to compare methods by backtest: projected with the linear trend on increments.",
      "Data bulanan terlalu sedikit untuk membandingkan metode dengan uji balik: diproyeksikan dengan tren linear atas pertambahan per periode.",
    ],
    [
      "no naive error: the fallback",
      {
        method: "linear",
        horizon: null,
        scores: {},
        reason: "no-naive-error",
        intervalScores: {},
        weights: {},
        widening: 1,
      },
      "The count changed by the same amount every month, so a backtest cannot rank the methods: projected with the linear trend on increments.",
      "Capaian berubah sama besar setiap bulan sehingga uji balik tidak dapat membandingkan metode: diproyeksikan dengan tren linear atas pertambahan per periode.",
    ],
  ] as const)("%s", (_name, selection, en, id) => {
    const e = chose(selection);
    expect(e.en).toHaveLength(8);
    expect([e.en[5], e.id[5]]).toEqual([en, id]);
    expect(e.en[6]).toMatch(/^On the /);
    expect(e.id[6]).toMatch(/^Menurut /);
  });

  it("a named method (no selection) adds no sentence", () => {
    expect(explain(t, base).en).toHaveLength(7);
  });
});

describe("explain: sentences that never contradict each other", () => {
  // A band of zero width: the projection's interval has no spread (two equal steps, say).
  const flat: Partial = {
    ...base,
    projection: { ...projection, lower: 8000, upper: 8000, probabilityOnTime: 1, probabilityReason: null },
    eta: { date: "2025-06-30", earliest: { date: "2025-06-30" }, latest: { date: "2025-06-30" } },
  };

  it("a band of no width: 'no variation', never a range from a value to itself nor 'more than 99%'", () => {
    const e = explain(t, flat);
    expect(e.en.slice(5)).toEqual([
      "On the linear trend: 8,000 by December 2024 (the data show no variation: no range): the pace so far (80% of the plan) carried to the goal date.",
      "The data show no variation, so no chance of reaching 10,000 UMKM by December 2024 can be given.",
      "At this trend the goal is reached on 30 June 2025.",
    ]);
    expect(e.id.slice(5)).toEqual([
      "Menurut tren linear: 8.000 pada Desember 2024 (data tidak menunjukkan variasi: tanpa rentang): laju relatif sejauh ini (80% dari rencana) berlanjut hingga tanggal target.",
      "Data tidak menunjukkan variasi, sehingga peluang mencapai 10.000 UMKM pada Desember 2024 tidak dapat dihitung.",
      "Dengan tren ini target tercapai pada 30 Juni 2025.",
    ]);
  });

  it("never at this pace: only the interval's optimistic end reaches the goal, said as such", () => {
    const e = explain(t, {
      ...base,
      status: "regressing",
      projection: { ...projection, lower: -500, upper: 4000, probabilityOnTime: 0.01, probabilityReason: null },
      eta: {
        date: null,
        reason: "never-at-this-pace",
        earliest: { date: "2027-12-31" },
        latest: { date: null, reason: "never-at-this-pace" },
      },
    });
    expect(e.en.slice(-2)).toEqual([
      "At this pace the goal is never reached.",
      "Only the optimistic end of the 90% range reaches it, from December 2027 on.",
    ]);
    expect(e.id.slice(-2)).toEqual([
      "Dengan laju ini target tidak akan tercapai.",
      "Hanya ujung optimistis rentang 90% yang mencapainya, mulai Desember 2027.",
    ]);
    expect(e.en.join(" ")).not.toMatch(/Expected|possibly never/);
  });

  it("negative progress: said in words, never as a negative share", () => {
    // From 1 000 at the baseline down to 700: pace (700 - 1 000)/(3 812.5 - 1 000) < 0.
    const tb = readTarget({ ...t, baseline: { date: "2022-12-31", value: 1000 } });
    const back = { date: "2023-09-30", value: 700 };
    const e = explain(tb, {
      ...base,
      status: "regressing",
      current: back,
      progress: progressFromBaseline(tb, 700),
      pace: pace(tb, back),
      projection: { ...projection, valueAtGoal: 200, progressAtGoal: -0.089 },
    });
    expect(e.en[2]).toBe(
      "The plan expected 3,750 by then; the count has moved away from the goal since the baseline (1,000).",
    );
    expect(e.id[2]).toBe("Rencana hingga saat itu 3.750; capaian justru menjauh dari target sejak baseline (1.000).");
    expect(e.en[5]).toBe(
      "On the linear trend: 200 by December 2024, below the baseline: further from the goal than at the start.",
    );
    expect(e.id[5]).toBe(
      "Menurut tren linear: 200 pada Desember 2024, di bawah baseline: lebih jauh dari target daripada di awal.",
    );
    expect([...e.en, ...e.id].join(" ")).not.toMatch(/-\d+([.,]\d+)?%/);
  });

  it("Q equal to the pace ratio is said once; a different Q keeps its own share", () => {
    expect(explain(t, base).en[5]).toBe(
      "On the linear trend: 8,000 by December 2024: the pace so far (80% of the plan) carried to the goal date.",
    );
    const other = explain(t, { ...base, projection: { ...projection, valueAtGoal: 8130, progressAtGoal: 0.813 } });
    expect(other.en[5]).toBe("On the linear trend: 8,130 by December 2024, 81.3% of the way from baseline to goal.");
    expect(other.id[5]).toBe("Menurut tren linear: 8.130 pada Desember 2024, 81,3% dari jarak baseline ke target.");
  });

  it.each([
    [0.22, true],
    [0.5, false],
    [0.7, false],
  ])("on track with a chance of %s: one sentence says they disagree (%s)", (probabilityOnTime, disagree) => {
    const e = explain(t, {
      ...base,
      status: "on-track",
      projection: { ...projection, lower: 7000, upper: 11000, probabilityOnTime, probabilityReason: null },
    });
    const en = e.en.filter((s) => s.startsWith("The status is on track because"));
    const id = e.id.filter((s) => s.startsWith("Statusnya sesuai jalur karena"));
    expect(en).toEqual(
      disagree
        ? [
            "The status is on track because the projected value nears the goal, but the spread around it leaves less than an even chance of arriving on time.",
          ]
        : [],
    );
    expect(id).toHaveLength(disagree ? 1 : 0);
  });

  it("counts of enterprises in whole numbers: 672,222.22 a month reads 672,222", () => {
    const r = { ...base.required!, perMonth: new Decimal("672222.2222") };
    const e = explain(t, { ...base, required: r as typeof base.required });
    expect(e.en[3]).toBe("Needs 672,222 UMKM per month until December 2024.");
    expect(e.id[3]).toBe("Perlu 672.222 UMKM per bulan hingga Desember 2024.");
  });

  it("names the target in each language when names are given", () => {
    const named = readTarget({
      id: "composite",
      name: "UMKM on digital platforms",
      names: { id: "UMKM di platform digital" },
      baseline: { date: "2022-12-31", value: 0 },
      goal: { date: "2024-12-31", value: 10_000 },
    });
    const e = explain(named, base);
    expect(e.en[0]).toBe("UMKM on digital platforms: needs acceleration.");
    expect(e.id[0]).toBe("UMKM di platform digital: perlu percepatan.");
  });
});
