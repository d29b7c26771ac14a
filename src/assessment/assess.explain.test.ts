import { describe, expect, it } from "vitest";
import type { ObservationInput, TargetInput } from "../model/types.js";
import { assess } from "./assess.js";
import type { AssessOptions } from "./types.js";

// Whole explanation sentences, English and Indonesian, for each status, eta reason and preset.
// Month m = m whole months after 2022-12-31 (month ends are whole months; methodology: the month axis). Every
// figure is derived by hand in the comment above its case; Indonesian writes a decimal comma and
// dot groups (methodology: Indonesian numbers).

// The composite example (methodology: the composite example): goal 10 000 by month 24 from 0.
const composite = {
  id: "composite",
  unit: "UMKM",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2024-12-31", value: 10_000 },
};
// A decrease target: 1 000 offline-only firms down to at most 400 by month 24.
const offline = {
  id: "offline",
  direction: "decrease" as const,
  unit: "firms",
  baseline: { date: "2022-12-31", value: 1000 },
  goal: { date: "2024-12-31", value: 400 },
};

interface Case {
  readonly target: TargetInput;
  readonly observations: readonly ObservationInput[];
  readonly options: AssessOptions;
  readonly status: string;
  readonly en: readonly string[];
  readonly id: readonly string[];
}

const cases: Record<string, Case> = {
  // 3 000 at month 9 (the composite example): attainment 0.30; plan 10 000·9/24 = 3 750, pace 3 000/3 750
  // = 0.80; required 7 000/15 = 466.67; run rate over months 6..9 of the line 0 → 3 000:
  // (3 000 - 2 000)/3 = 333.33, acceleration 466.67/333.33 = 1.4; OLS through the baseline and
  // month 9 (two points, no interval): 3 000/9·24 = 8 000 at month 24, Q = 0.8 (needs
  // acceleration); 10 000 at month 30 = 2025-06-30.
  "needs acceleration (composite)": {
    target: composite,
    observations: [{ date: "2023-09-30", value: 3000 }],
    options: { asOf: "2023-10-15" },
    status: "needs-acceleration",
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
  },
  // Four points on the path (baseline 0, 900, 2 100, 3 000 at months 0, 3, 6, 9), the random walk
  // with drift (the default fit, on increments): drift μ = 3 000/9 = 333.33 a month; steps of 3
  // months of 900, 1 200, 900 leave 900 - 1 000 = -100, 200, -100; σ² = (100² + 200² + 100²)/3/2 =
  // 10 000, σ = 100 (2 df). At month 24 (h = 15): 3 000 + 15·333.33 = 8 000 (Q = 0.8), scale
  // σ·√(15 + 15²/9) = 100·√40 = 632.46; t(0.95, 2 df) = 2.9199856 (scipy.stats.t.ppf(0.95, 2)):
  // 8 000 ∓ 1 846.76 = 6 153 to 9 847. Chance of 10 000 by then: P(T₂ ≥ 2 000/632.46 = √10) =
  // 1/2 - √10/(2√12) = 0.0436 (Student's t with 2 df in closed form): about 4 %. Eta: 10 000 at
  // h = 21, month 30 = 30 June 2025. Range: 3 000 + 333.33h ± 2.9199856·100·√(h + h²/9) = 10 000 at
  // h = 15.354 (day 10.96 of January 2025) and h = 31.400 (day 12.4 of May 2026) (scipy brentq).
  // Run rate (3 000 - 2 100)/3 = 300, acceleration 466.67/300 = 1.56.
  "needs acceleration with a 90 % range": {
    target: composite,
    observations: [
      { date: "2023-03-31", value: 900 },
      { date: "2023-06-30", value: 2100 },
      { date: "2023-09-30", value: 3000 },
    ],
    options: { asOf: "2023-10-15" },
    status: "needs-acceleration",
    en: [
      "composite: needs acceleration.",
      "3,000 of 10,000 UMKM as of 30 September 2023 (30% of the goal).",
      "The plan expected 3,750 by then: 80% of the planned progress.",
      "Needs 467 UMKM per month until December 2024.",
      "Run rate over the last 3 months: 300 UMKM per month; 1.56 times that pace is needed.",
      "On the linear trend: 8,000 by December 2024 (90% range 6,153 to 9,847): the pace so far (80% of the plan) carried to the goal date.",
      "About a 4% chance of reaching 10,000 UMKM by December 2024.",
      "At this trend the goal is reached on 30 June 2025.",
      "Expected between January 2025 and May 2026 (90% range).",
    ],
    id: [
      "composite: perlu percepatan.",
      "Capaian 3.000 dari 10.000 UMKM per 30 September 2023 (30% dari target).",
      "Rencana hingga saat itu 3.750: 80% dari kemajuan yang direncanakan.",
      "Perlu 467 UMKM per bulan hingga Desember 2024.",
      "Laju berjalan 3 bulan terakhir: 300 UMKM per bulan; perlu 1,56 kali laju itu.",
      "Menurut tren linear: 8.000 pada Desember 2024 (rentang 90%: 6.153 sampai 9.847): laju relatif sejauh ini (80% dari rencana) berlanjut hingga tanggal target.",
      "Peluang mencapai 10.000 UMKM pada Desember 2024 sekitar 4%.",
      "Dengan tren ini target tercapai pada 30 Juni 2025.",
      "Perkiraan tercapai antara Januari 2025 dan Mei 2026 (rentang 90%).",
    ],
  },
  // The same path fitted on cumulative values (OLS, `fitOn: "cumulative"`): x̄ = 4.5, ȳ = 1 500,
  // Sxx = 45, Sxy = 15 300, slope 340, intercept -30; at month 24: 8 130 (Q = 0.813). Residuals 30,
  // -90, 90, -30: s² = 18 000/2, s = 94.868; t(0.95, 2 df) = 2.919986; half-width
  // 2.919986·94.868·√(1 + 1/4 + 19.5²/45) = 862.77: 7 267 to 8 993, narrower than the walk's.
  // Chance of 10 000 at month 24: t = (10 000 - 8 130)/(94.868·3.11448) = 6.329, P(T₂ ≥ 6.329) =
  // 0.0120 (scipy.stats.t.sf): about 1 %. Eta: -30 + 340x = 10 000 at x = 29.5: half of June 2025
  // (30 days) = 15 June 2025. Range: -30 + 340x ± 2.919986·94.868·√(1.25 + (x - 4.5)²/45) = 10 000
  // at x = 26.659 (day 20.4 of March 2025) and x = 33.090 (day 2.8 of October 2025) (scipy brentq).
  "needs acceleration with a 90 % range, OLS on cumulative values": {
    target: composite,
    observations: [
      { date: "2023-03-31", value: 900 },
      { date: "2023-06-30", value: 2100 },
      { date: "2023-09-30", value: 3000 },
    ],
    options: { asOf: "2023-10-15", fitOn: "cumulative" },
    status: "needs-acceleration",
    en: [
      "composite: needs acceleration.",
      "3,000 of 10,000 UMKM as of 30 September 2023 (30% of the goal).",
      "The plan expected 3,750 by then: 80% of the planned progress.",
      "Needs 467 UMKM per month until December 2024.",
      "Run rate over the last 3 months: 300 UMKM per month; 1.56 times that pace is needed.",
      "On the linear trend: 8,130 by December 2024 (90% range 7,267 to 8,993), 81.3% of the way from baseline to goal.",
      "About a 1% chance of reaching 10,000 UMKM by December 2024.",
      "At this trend the goal is reached on 15 June 2025.",
      "Expected between March 2025 and October 2025 (90% range).",
    ],
    id: [
      "composite: perlu percepatan.",
      "Capaian 3.000 dari 10.000 UMKM per 30 September 2023 (30% dari target).",
      "Rencana hingga saat itu 3.750: 80% dari kemajuan yang direncanakan.",
      "Perlu 467 UMKM per bulan hingga Desember 2024.",
      "Laju berjalan 3 bulan terakhir: 300 UMKM per bulan; perlu 1,56 kali laju itu.",
      "Menurut tren linear: 8.130 pada Desember 2024 (rentang 90%: 7.267 sampai 8.993), 81,3% dari jarak baseline ke target.",
      "Peluang mencapai 10.000 UMKM pada Desember 2024 sekitar 1%.",
      "Dengan tren ini target tercapai pada 15 Juni 2025.",
      "Perkiraan tercapai antara Maret 2025 dan Oktober 2025 (rentang 90%).",
    ],
  },
  // 850 at month 6 on the line 1 000 → 400: progress 150/600 = 25 %; plan 1 000 - 600·6/24 = 850,
  // pace 1; required fall (850 - 400)/18 = 25 a month; run rate -150/6 = -25 a month, so the
  // acceleration needed is exactly 25/25 = 1: "enough" (not "1 times"). Line at month 24: 400, Q = 1.
  "on track (decrease)": {
    target: offline,
    observations: [{ date: "2023-06-30", value: 850 }],
    options: { asOf: "2023-07-01" },
    status: "on-track",
    en: [
      "offline: on track.",
      "850 firms as of 30 June 2023, against a goal of at most 400 (25% of the way from 1,000).",
      "The plan expected 850 by then: 100% of the planned progress.",
      "Needs a fall of 25 firms per month until December 2024.",
      "Run rate over the last 3 months: a fall of 25 firms per month; that pace is enough.",
      "On the linear trend: 400 by December 2024: the pace so far (100% of the plan) carried to the goal date.",
      "At this trend the goal is reached on 31 December 2024.",
    ],
    id: [
      "offline: sesuai jalur.",
      "Posisi 850 firms per 30 Juni 2023, target paling banyak 400 (25% dari jarak sejak 1.000).",
      "Rencana hingga saat itu 850: 100% dari kemajuan yang direncanakan.",
      "Perlu turun 25 firms per bulan hingga Desember 2024.",
      "Laju berjalan 3 bulan terakhir: turun 25 firms per bulan; laju itu sudah cukup.",
      "Menurut tren linear: 400 pada Desember 2024: laju relatif sejauh ini (100% dari rencana) berlanjut hingga tanggal target.",
      "Dengan tren ini target tercapai pada 31 Desember 2024.",
    ],
  },
  // 9 000 at month 25, after the goal date: attainment 90 %; the plan stays at the goal, 10 000,
  // pace 9 000/10 000 = 90 %; 1 000 still to go; run rate 9 000/25 = 360 a month (the overdue
  // acceleration has no ratio); the line 0 → 9 000 gives 360·24 = 8 640 at month 24 (86.4 %) and
  // 10 000 at 10 000/360 = 27.78 months: 0.78 of April 2025 (30 days) is past day 23.3: 24 April.
  "off track: goal date passed (increase)": {
    target: composite,
    observations: [{ date: "2025-01-31", value: 9000 }],
    options: { asOf: "2025-02-01" },
    status: "off-track",
    en: [
      "composite: off track.",
      "9,000 of 10,000 UMKM as of 31 January 2025 (90% of the goal).",
      "The plan expected 10,000 by then: 90% of the planned progress.",
      "The goal date, 31 December 2024, has passed with 1,000 UMKM still to go.",
      "Run rate over the last 3 months: 360 UMKM per month.",
      "On the linear trend: 8,640 by December 2024, 86.4% of the way from baseline to goal.",
      "At this trend the goal is reached on 24 April 2025.",
    ],
    id: [
      "composite: belum sesuai jalur.",
      "Capaian 9.000 dari 10.000 UMKM per 31 Januari 2025 (90% dari target).",
      "Rencana hingga saat itu 10.000: 90% dari kemajuan yang direncanakan.",
      "Tenggat 31 Desember 2024 sudah lewat; masih kurang 1.000 UMKM.",
      "Laju berjalan 3 bulan terakhir: 360 UMKM per bulan.",
      "Menurut tren linear: 8.640 pada Desember 2024, 86,4% dari jarak baseline ke target.",
      "Dengan tren ini target tercapai pada 24 April 2025.",
    ],
  },
  // 500 at month 27: progress 500/600 = 83.3 %; plan at the goal, 400, pace 500/600 = 83.3 %;
  // 100 firms still to go; run rate -500/27 = -18.52; the line gives 1 000 - 500·24/27 = 555.56
  // at month 24 (Q = 444.44/600 = 74.1 %) and 400 at 600·27/500 = 32.4 months: 0.4 of September
  // 2025 (30 days) = day 12.
  "off track: goal date passed (decrease)": {
    target: offline,
    observations: [{ date: "2025-03-31", value: 500 }],
    options: { asOf: "2025-04-01" },
    status: "off-track",
    en: [
      "offline: off track.",
      "500 firms as of 31 March 2025, against a goal of at most 400 (83.3% of the way from 1,000).",
      "The plan expected 400 by then: 83.3% of the planned progress.",
      "The goal date, 31 December 2024, has passed with 100 firms still to go.",
      "Run rate over the last 3 months: a fall of 19 firms per month.",
      "On the linear trend: 556 by December 2024, 74.1% of the way from baseline to goal.",
      "At this trend the goal is reached on 12 September 2025.",
    ],
    id: [
      "offline: belum sesuai jalur.",
      "Posisi 500 firms per 31 Maret 2025, target paling banyak 400 (83,3% dari jarak sejak 1.000).",
      "Rencana hingga saat itu 400: 83,3% dari kemajuan yang direncanakan.",
      "Tenggat 31 Desember 2024 sudah lewat; masih kurang 100 firms.",
      "Laju berjalan 3 bulan terakhir: turun 19 firms per bulan.",
      "Menurut tren linear: 556 pada Desember 2024, 74,1% dari jarak baseline ke target.",
      "Dengan tren ini target tercapai pada 12 September 2025.",
    ],
  },
  // Baseline 1 000, 700 at month 9: attainment 7 %; plan 1 000 + 9 000·9/24 = 4 375, pace
  // -300/3 375 = -8.9 %; required 9 300/15 = 620; run rate -300/9 = -33.33 (away from the goal: no
  // ratio); the line gives 1 000 - 300·24/9 = 200 at month 24, Q = -800/9 000 = -8.9 %: regressing.
  regressing: {
    target: { ...composite, baseline: { date: "2022-12-31", value: 1000 } },
    observations: [{ date: "2023-09-30", value: 700, correction: true }],
    options: { asOf: "2023-10-15" },
    status: "regressing",
    en: [
      "composite: regressing.",
      "700 of 10,000 UMKM as of 30 September 2023 (7% of the goal).",
      "The plan expected 4,375 by then; the count has moved away from the goal since the baseline (1,000).",
      "Needs 620 UMKM per month until December 2024.",
      "Run rate over the last 3 months: a fall of 33 UMKM per month.",
      "On the linear trend: 200 by December 2024, below the baseline: further from the goal than at the start.",
      "At this pace the goal is never reached.",
    ],
    id: [
      "composite: menjauh dari target.",
      "Capaian 700 dari 10.000 UMKM per 30 September 2023 (7% dari target).",
      "Rencana hingga saat itu 4.375; capaian justru menjauh dari target sejak baseline (1.000).",
      "Perlu 620 UMKM per bulan hingga Desember 2024.",
      "Laju berjalan 3 bulan terakhir: turun 33 UMKM per bulan.",
      "Menurut tren linear: 200 pada Desember 2024, di bawah baseline: lebih jauh dari target daripada di awal.",
      "Dengan laju ini target tidak akan tercapai.",
    ],
  },
  // 1 a month towards 100 000 (no unit): attainment 1/100 000 rounds to 0 %; plan 100 000/24 =
  // 4 166.67, pace 0.02 % → 0 %; required 99 999/23 = 4 347.78; run rate (1 - 0)/1 (the window is
  // cut at the baseline) = 1, so 4 347.78 times that; the line reaches 24 at month 24 (0 %) and
  // 100 000 only after ~100 000 months, past 9999-12-31: "never reached" at this pace.
  "off track: reached only after 9999-12-31": {
    target: { id: "slow", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2024-12-31", value: 100_000 } },
    observations: [{ date: "2023-01-31", value: 1 }],
    options: { asOf: "2023-02-01" },
    status: "off-track",
    en: [
      "slow: off track.",
      "1 of 100,000 as of 31 January 2023 (0% of the goal).",
      "The plan expected 4,167 by then: 0% of the planned progress.",
      "Needs 4,348 per month until December 2024.",
      "Run rate over the last 3 months: 1 per month; 4,347.78 times that pace is needed.",
      "On the linear trend: 24 by December 2024: the pace so far (0% of the plan) carried to the goal date.",
      "At this pace the goal is never reached.",
    ],
    id: [
      "slow: belum sesuai jalur.",
      "Capaian 1 dari 100.000 per 31 Januari 2023 (0% dari target).",
      "Rencana hingga saat itu 4.167: 0% dari kemajuan yang direncanakan.",
      "Perlu 4.348 per bulan hingga Desember 2024.",
      "Laju berjalan 3 bulan terakhir: 1 per bulan; perlu 4.347,78 kali laju itu.",
      "Menurut tren linear: 24 pada Desember 2024: laju relatif sejauh ini (0% dari rencana) berlanjut hingga tanggal target.",
      "Dengan laju ini target tidak akan tercapai.",
    ],
  },
  // 10 000 reached on 2024-06-30, 11 000 on 2024-09-30: 110 % of the goal; nothing more to say
  // than when it was first reached.
  "achieved (increase)": {
    target: composite,
    observations: [
      { date: "2024-06-30", value: 10_000 },
      { date: "2024-09-30", value: 11_000 },
    ],
    options: { asOf: "2024-10-15" },
    status: "achieved",
    en: [
      "composite: achieved.",
      "11,000 of 10,000 UMKM as of 30 September 2024 (110% of the goal).",
      "The goal was reached by 30 June 2024.",
    ],
    id: [
      "composite: tercapai.",
      "Capaian 11.000 dari 10.000 UMKM per 30 September 2024 (110% dari target).",
      "Target tercapai per 30 Juni 2024.",
    ],
  },
  // 600, then exactly 400 on 2024-03-31, then 380: reached on the day it hit 400 (the goal is
  // "at most 400"); progress (1 000 - 380)/600 = 103.3 %.
  "achieved (decrease)": {
    target: offline,
    observations: [
      { date: "2023-06-30", value: 600 },
      { date: "2024-03-31", value: 400 },
      { date: "2024-06-30", value: 380 },
    ],
    options: { asOf: "2024-07-01" },
    status: "achieved",
    en: [
      "offline: achieved.",
      "380 firms as of 30 June 2024, against a goal of at most 400 (103.3% of the way from 1,000).",
      "The goal was reached by 31 March 2024.",
    ],
    id: [
      "offline: tercapai.",
      "Posisi 380 firms per 30 Juni 2024, target paling banyak 400 (103,3% dari jarak sejak 1.000).",
      "Target tercapai per 31 Maret 2024.",
    ],
  },
  // A goal of 0 has no attainment (no share of 0): the sentence leaves it out; the baseline, a
  // point of the path, was already at the goal.
  "achieved with a goal of 0 (no attainment)": {
    target: { id: "zero", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2024-12-31", value: 0 } },
    observations: [{ date: "2023-09-30", value: 0 }],
    options: { asOf: "2023-10-15" },
    status: "achieved",
    en: ["zero: achieved.", "0 of 0 as of 30 September 2023.", "The goal was reached by 31 December 2022."],
    id: ["zero: tercapai.", "Capaian 0 dari 0 per 30 September 2023.", "Target tercapai per 31 Desember 2022."],
  },
  "insufficient data: no observation": {
    target: composite,
    observations: [],
    options: { asOf: "2023-10-15", locale: "id" },
    status: "insufficient-data",
    en: ["composite: insufficient data.", "No figure has been reported on or before 15 October 2023."],
    id: ["composite: data belum cukup.", "Belum ada data hingga 15 Oktober 2023."],
  },
  // Seed case (methodology: the BBI figures), named: one point on the baseline date. Attainment 11.7/30 = 39 %; the
  // plan has not moved yet (no pace ratio); required 18 300 000/32 = 571 875; one dated value: no
  // run rate and no projection.
  "insufficient data: one point only": {
    target: {
      id: "bbi",
      name: "UMKM go digital",
      unit: "UMKM",
      baseline: { date: "2021-04-30", value: 11_700_000 },
      goal: { date: "2023-12-31", value: 30_000_000 },
    },
    observations: [{ date: "2021-04-30", value: 11_700_000 }],
    options: { asOf: "2021-05-01" },
    status: "insufficient-data",
    en: [
      "UMKM go digital: insufficient data.",
      "11,700,000 of 30,000,000 UMKM as of 30 April 2021 (39% of the goal).",
      "The plan expected 11,700,000 by then.",
      "Needs 571,875 UMKM per month until December 2023.",
      "Too few data points to project when the goal is reached.",
    ],
    id: [
      "UMKM go digital: data belum cukup.",
      "Capaian 11.700.000 dari 30.000.000 UMKM per 30 April 2021 (39% dari target).",
      "Rencana hingga saat itu 11.700.000.",
      "Perlu 571.875 UMKM per bulan hingga Desember 2023.",
      "Data terlalu sedikit untuk memproyeksikan kapan target tercapai.",
    ],
  },
};

describe("assess explanations: whole sentences per status", () => {
  it.each(Object.entries(cases))("%s", (_, c) => {
    const a = assess(c.target, c.observations, c.options);
    expect(a.status).toBe(c.status);
    expect(a.explanation).toEqual({ en: c.en, id: c.id });
    // The summary is the requested locale's sentences as one paragraph, joined by single spaces.
    expect(a.summary).toBe((c.options.locale === "id" ? c.id : c.en).join(" "));
  });

  it("summary in each locale", () => {
    const en = assess(composite, [], { asOf: "2023-10-15" }).summary;
    const id = assess(composite, [], { asOf: "2023-10-15", locale: "id" }).summary;
    expect(en).toBe("composite: insufficient data. No figure has been reported on or before 15 October 2023.");
    expect(id).toBe("composite: data belum cukup. Belum ada data hingga 15 Oktober 2023.");
  });
});

describe("assess explanations: the status line under each preset", () => {
  // The composite at month 9 (see above): only the status sentence depends on the preset.
  // evm: SPI 0.8 ≥ 0.8; okr: grade 0.8 ≥ 0.7; destatis: misses 2 000/7 000 = 28.6 % > 20 %;
  // unsd and open-sdg: compound growth from a zero baseline is undefined.
  const body = cases["needs acceleration (composite)"] as Case;
  it.each([
    ["default", "needs acceleration", "perlu percepatan"],
    ["evm", "needs acceleration", "perlu percepatan"],
    ["okr", "on track", "sesuai jalur"],
    ["destatis", "off track", "belum sesuai jalur"],
    ["unsd", "insufficient data", "data belum cukup"],
    ["open-sdg", "insufficient data", "data belum cukup"],
  ] as const)("%s: %s / %s", (preset, en, id) => {
    const a = assess(composite, body.observations, { asOf: "2023-10-15", preset, locale: "id" });
    expect(a.explanation).toEqual({
      en: [`composite: ${en}.`, ...body.en.slice(1)],
      id: [`composite: ${id}.`, ...body.id.slice(1)],
    });
    expect(a.summary).toBe([`composite: ${id}.`, ...body.id.slice(1)].join(" "));
  });
});

describe("assess explanations: projection methods", () => {
  // Run rate over months 6..9 of the line 0 → 3 000 (the composite example): 333.33 a month, so 3 000 +
  // 15·333.33 = 8 000 at month 24 (80 %); 7 000 more at 333.33 a month takes 21 months: month 30.
  it("run rate", () => {
    const a = assess(composite, [{ date: "2023-09-30", value: 3000 }], { asOf: "2023-10-15", method: "run-rate" });
    expect(a.explanation.en.slice(-2)).toEqual([
      "On the run rate: 8,000 by December 2024: the pace so far (80% of the plan) carried to the goal date.",
      "At this trend the goal is reached on 30 June 2025.",
    ]);
    expect(a.explanation.id.slice(-2)).toEqual([
      "Menurut laju berjalan: 8.000 pada Desember 2024: laju relatif sejauh ini (80% dari rencana) berlanjut hingga tanggal target.",
      "Dengan tren ini target tercapai pada 30 Juni 2025.",
    ]);
  });

  // CAGR (methodology: unsd, its worked example): 1 000 → 1 210 in 12 months, 1.21 a year; at month 36:
  // 1 210·1.21² = 1 771.56 (77.2 % of the way to 2 000); 2 000 at 12·ln 2/ln 1.21 = 43.63 months.
  it("compound growth", () => {
    const t = { id: "u", baseline: { date: "2022-12-31", value: 1000 }, goal: { date: "2025-12-31", value: 2000 } };
    const a = assess(t, [{ date: "2023-12-31", value: 1210 }], { asOf: "2024-01-01", method: "cagr" });
    expect(a.explanation.en.at(-2)).toBe(
      "On the compound growth: 1,772 by December 2025, 77.2% of the way from baseline to goal.",
    );
    expect(a.explanation.id.at(-2)).toBe(
      "Menurut pertumbuhan majemuk: 1.772 pada Desember 2025, 77,2% dari jarak baseline ke target.",
    );
  });
});

describe("assess with the chance preset: the status read from the probability of arriving on time", () => {
  const grow = (values: readonly number[]) =>
    values.map((value, i) => ({ date: ["2023-03-31", "2023-06-30", "2023-09-30"][i]!, value }));
  it.each([
    // 300 a month against 467 needed: about a 4% chance (the 90% range case above).
    ["slow", composite, grow([900, 2100, 3000]), "off-track"],
    // 500 a month against the 367 needed from 4 500: most of the band lies beyond the goal.
    ["fast", composite, grow([1400, 3100, 4500]), "on-track"],
  ] as const)("%s: status from P = probabilityOnTime", (_name, target, observations, status) => {
    const a = assess(target, observations, { asOf: "2023-10-15", preset: "chance" });
    const p = a.projection?.probabilityOnTime ?? null;
    expect(p).not.toBeNull();
    expect(a.measure).toMatchObject({ preset: "chance", name: "P", value: p, reason: null });
    expect(a.status).toBe(status);
    // The status and the stated chance agree: no sentence has to reconcile them.
    expect(a.explanation.en.join(" ")).not.toMatch(/less than an even chance/);
  });

  it("regressing when the projected path heads away from the goal", () => {
    const fewer = {
      ...composite,
      direction: "decrease" as const,
      baseline: { date: "2022-12-31", value: 1000 },
      goal: { date: "2024-12-31", value: 400 },
    };
    const a = assess(fewer, grow([1000, 1100, 1150]), { asOf: "2023-10-15", preset: "chance" });
    expect(a.measure.name).toBe("P");
    expect(a.status).toBe("regressing");
  });

  it("no interval, no chance: the measure says why, in both languages' status", () => {
    const a = assess(composite, [{ date: "2023-09-30", value: 3000 }], { asOf: "2023-10-15", preset: "chance" });
    expect(a.measure).toMatchObject({ name: "P", value: null, reason: "no-interval" });
    expect(a.status).toBe("insufficient-data");
    expect(a.explanation.id[0]).toBe("composite: data belum cukup.");
  });
});
