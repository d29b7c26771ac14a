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
const projection: AssessmentProjection = {
  method: "linear",
  fittedOn: "cumulative",
  confidence: 0.9,
  valueAtGoal: 8000,
  lower: null,
  upper: null,
  progressAtGoal: 0.8,
};
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
  eta: { date: "2025-06-30" },
  warnings: [],
};

describe("explain: the composite, sentence by sentence", () => {
  it("all seven sentences", () => {
    expect(explain(t, base)).toEqual({
      en: [
        "composite: needs acceleration.",
        "3,000 of 10,000 UMKM as of 30 September 2023 (30% of the goal).",
        "The plan expected 3,750 by then: 80% of the planned progress.",
        "Needs 466.67 UMKM per month until December 2024.",
        "Over the last 3 months: 333.33 per month; 1.4 times that pace is needed.",
        "On the linear trend: 8,000 by December 2024, 80% of the way from baseline to goal.",
        "At this trend the goal is reached on 30 June 2025.",
      ],
      id: [
        "composite: perlu percepatan.",
        "Capaian 3.000 dari 10.000 UMKM per 30 September 2023 (30% dari target).",
        "Rencana hingga saat itu 3.750: 80% dari kemajuan yang direncanakan.",
        "Perlu 466,67 UMKM per bulan hingga Desember 2024.",
        "Laju 3 bulan terakhir: 333,33 per bulan; perlu 1,4 kali laju itu.",
        "Menurut tren linear: 8.000 pada Desember 2024, 80% dari jarak baseline ke target.",
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
    expect(explain(t, { ...base, pace: null }).en[2]).toBe("Needs 466.67 UMKM per month until December 2024.");
    expect(explain(t, { ...base, planToDate: null }).id[2]).toBe("Perlu 466,67 UMKM per bulan hingga Desember 2024.");
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
    const e = explain(t, { ...base, eta });
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
      eta: { date: "2024-06-30" },
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
    const e = explain(t, { ...base, status: "achieved", eta: { date: null, reason: "insufficient-data" } });
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
    [new Decimal(1), null, "; that pace is enough", "; laju itu sudah cukup"],
    [new Decimal(0.93), null, "; that pace is enough", "; laju itu sudah cukup"],
    [null, "never-at-this-pace", "", ""],
  ] as const)("ratio %s, reason %s", (ratio, reason, en, id) => {
    const e = explain(t, withRatio(ratio, reason));
    expect(e.en[4]).toBe(`Over the last 3 months: 333.33 per month${en}.`);
    expect(e.id[4]).toBe(`Laju 3 bulan terakhir: 333,33 per bulan${id}.`);
  });

  it("no acceleration figure at all: the run rate alone", () => {
    const e = explain(t, { ...base, accelerationNeeded: null });
    expect(e.en[4]).toBe("Over the last 3 months: 333.33 per month.");
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
    ["run-rate", "run rate", "laju terkini"],
    ["linear", "linear trend", "tren linear"],
    ["cagr", "compound growth", "pertumbuhan majemuk"],
    ["logistic", "logistic curve", "kurva logistik"],
    ["bass", "Bass diffusion", "difusi Bass"],
    ["damped", "damped trend", "tren teredam"],
  ] as const)("method %s", (method, en, id) => {
    const e = explain(t, { ...base, projection: { ...projection, method } });
    expect(e.en[5]).toBe(`On the ${en}: 8,000 by December 2024, 80% of the way from baseline to goal.`);
    expect(e.id[5]).toBe(`Menurut ${id}: 8.000 pada Desember 2024, 80% dari jarak baseline ke target.`);
  });
});
