import { describe, expect, it } from "vitest";
import { assess } from "../assessment/assess.js";
import { assessProgramme } from "../assessment/assessProgramme.js";
import { burnUpChart } from "../charts/burnUpChart.js";
import { accelerationNeeded } from "../progress/accelerationNeeded.js";
import { allocatePlan } from "../progress/allocatePlan.js";
import { attainment } from "../progress/attainment.js";
import { pace } from "../progress/pace.js";
import { planToDate } from "../progress/planToDate.js";
import { progressFromBaseline } from "../progress/progressFromBaseline.js";
import { requiredMonthlyRate } from "../progress/requiredMonthlyRate.js";
import { runRate } from "../progress/runRate.js";
import { readTarget } from "./readTarget.js";
import type { TargetInput } from "./types.js";

// A "hold the level" target: the goal value equals the baseline value (500 on 2022-12-31, still
// 500 on 2023-12-31). It is valid, and achieved while the value is at the goal or beyond it in the
// target's direction. Every public function that takes a target answers it with plain values: no
// NaN, no Infinity, no throw. The reference values follow from the definitions in each function's
// documentation; the observation date 2023-06-30 lies 6 months before the goal date on the month
// axis (both are month ends).
const hold: TargetInput = {
  id: "hold",
  baseline: { date: "2022-12-31", value: 500 },
  goal: { date: "2023-12-31", value: 500 },
};
const holdDown: TargetInput = { ...hold, id: "hold-down", direction: "decrease" };
const ON = "2023-06-30";
// `correction: true`: a fall below the level is a reported restatement, not a data error.
const at = (value: number) => [{ date: ON, value, correction: true }];
const json = (x: unknown) => JSON.stringify(x);

describe("a goal equal to the baseline is a valid target", () => {
  it.each([hold, holdDown])("%o is read as it is", (t) => {
    expect(readTarget(t)).toMatchObject({ baseline: t.baseline, goal: t.goal });
  });
});

type Row = readonly [name: string, answer: () => unknown, expected: unknown];

describe("every function that takes a target answers a hold-the-level target cleanly", () => {
  it.each<Row>([
    // attainment(v, v_T) = v / v_T.
    ["attainment at the goal", () => attainment(500, 500).toString(), "1"],
    ["attainment below the goal", () => attainment(450, 500).toString(), "0.9"],
    // progressFromBaseline: with v_T = v_b, 1 at or beyond the goal in the direction, else 0.
    ["progress at the goal", () => progressFromBaseline(hold, 500).toString(), "1"],
    ["progress above the goal (increase)", () => progressFromBaseline(hold, 550).toString(), "1"],
    ["progress below the goal (increase)", () => progressFromBaseline(hold, 450).toString(), "0"],
    ["progress below the goal (decrease)", () => progressFromBaseline(holdDown, 450).toString(), "1"],
    ["progress above the goal (decrease)", () => progressFromBaseline(holdDown, 550).toString(), "0"],
    // The plan stays at the level all along.
    ["planToDate half way", () => planToDate(hold, ON).toString(), "500"],
    ["planToDate at the goal date", () => planToDate(hold, "2023-12-31").toString(), "500"],
    // pace: the plan never moves, so no ratio and no earned schedule (reason baseline-equals-goal); the gap is v - PV.
    [
      "pace at the goal",
      () => {
        const p = pace(hold, { date: ON, value: 500 });
        return [
          p.planToDate.toString(),
          p.ratio,
          p.ratioReason,
          p.gap.toString(),
          p.earnedSchedule.earnedMonths,
          p.earnedSchedule.reason,
        ];
      },
      ["500", null, "baseline-equals-goal", "0", null, "baseline-equals-goal"],
    ],
    [
      "pace below the goal",
      () => {
        const p = pace(hold, { date: ON, value: 450 });
        return [p.ratio, p.gap.toString(), p.earnedSchedule.elapsedMonths.toString(), p.earnedSchedule.forecastFinish];
      },
      [null, "-50", "6", null],
    ],
    // requiredMonthlyRate: achieved at or beyond the goal; below it, 50 to go over 6 months, and
    // (500 / 450)^(1/6) - 1 = 0.0177151706893664503811978680945456700430 (Python decimal, 50 digits).
    [
      "requiredMonthlyRate at the goal",
      () => {
        const r = requiredMonthlyRate(hold, { date: ON, value: 500 });
        return [r.state, r.remaining.toString(), r.perMonth?.toString(), r.compoundMonthlyGrowth?.toString()];
      },
      ["achieved", "0", "0", "0"],
    ],
    [
      "requiredMonthlyRate beyond the goal (decrease)",
      () => requiredMonthlyRate(holdDown, { date: ON, value: 450 }).state,
      "achieved",
    ],
    [
      "requiredMonthlyRate below the goal",
      () => {
        const r = requiredMonthlyRate(hold, { date: ON, value: 450 });
        return [
          r.state,
          r.remaining.toString(),
          r.months.toString(),
          r.perMonth?.toFixed(6),
          r.compoundMonthlyGrowth?.toFixed(20),
        ];
      },
      ["in-progress", "50", "6", "8.333333", "0.01771517068936645038"],
    ],
    // runRate from the baseline: (500 - 500) / 6 = 0, (450 - 500) / 6 = -8.33…
    [
      "runRate holding the level",
      () => runRate([{ date: ON, value: 500 }], { asOf: ON, baseline: hold.baseline }).toString(),
      "0",
    ],
    ["runRate after a dip", () => runRate(at(450), { asOf: ON, baseline: hold.baseline }).toFixed(6), "-8.333333"],
    // accelerationNeeded: achieved -> ratio 0; below with a falling run rate -> never at this pace.
    [
      "accelerationNeeded at the goal",
      () => {
        const a = accelerationNeeded(hold, at(500), { asOf: ON });
        return [a.ratio?.toString(), a.reason, a.state];
      },
      ["0", "achieved", "achieved"],
    ],
    [
      "accelerationNeeded below the goal",
      () => {
        const a = accelerationNeeded(hold, at(450), { asOf: ON });
        return [a.ratio, a.reason, a.required?.toFixed(6), a.runRate?.toFixed(6)];
      },
      [null, "never-at-this-pace", "8.333333", "-8.333333"],
    ],
    // allocatePlan: the parts sum to v_T - v_b = 0.
    [
      "allocatePlan by quarter",
      () => allocatePlan(hold, { period: "quarter" }),
      [
        { period: "2023-Q1", planned: 0 },
        { period: "2023-Q2", planned: 0 },
        { period: "2023-Q3", planned: 0 },
        { period: "2023-Q4", planned: 0 },
      ],
    ],
    // assess: achieved at or beyond the goal in the direction (reached by the baseline date, where the
    // level already was); below it, off track with no ETA; nothing reported yet: insufficient data.
    [
      "assess at the goal",
      () => {
        const a = assess(hold, at(500), { asOf: ON });
        return [a.status, a.progress?.toString(), a.attainment?.toString(), a.eta.date];
      },
      ["achieved", "1", "1", "2022-12-31"],
    ],
    ["assess above the goal (increase)", () => assess(hold, at(550), { asOf: ON }).status, "achieved"],
    ["assess below the goal (decrease: beyond it)", () => assess(holdDown, at(450), { asOf: ON }).status, "achieved"],
    [
      "assess below the goal (increase)",
      () => {
        const a = assess(hold, at(450), { asOf: ON });
        return [
          a.status,
          a.progress?.toString(),
          a.attainment?.toString(),
          a.planToDate?.toString(),
          a.eta.date,
          a.eta.reason,
        ];
      },
      ["off-track", "0", "0.9", "500", null, "never-at-this-pace"],
    ],
    ["assess with nothing reported", () => assess(hold, [], { asOf: ON }).status, "insufficient-data"],
    // assessProgramme: the same statuses; a target below its level lags by 50, with no share (the plan has not moved).
    [
      "assessProgramme at the goal",
      () => {
        const r = assessProgramme({ id: "p", targets: [hold], observations: { hold: at(500) } }, { asOf: ON });
        return [r.assessments[0]?.status, r.lagging];
      },
      ["achieved", []],
    ],
    [
      "assessProgramme below the goal",
      () => {
        const r = assessProgramme({ id: "p", targets: [hold], observations: { hold: at(450) } }, { asOf: ON });
        return r.lagging.map((l) => [l.targetId, l.status, l.shortfall.toString(), l.shortfallShare]);
      },
      [["hold", "off-track", "50", null]],
    ],
    // burnUpChart: a flat plan line at 500 from baseline to goal, one row per month end.
    [
      "burnUpChart plan line",
      () => {
        const values = (
          burnUpChart({ target: hold, observations: at(450) }).data as { values: { series: string; value: number }[] }
        ).values;
        const plan = values.filter((v) => v.series === "Plan to date");
        return [plan.length, [...new Set(plan.map((v) => v.value))]];
      },
      [13, [500]],
    ],
  ])("%s", (_name, answer, expected) => {
    const value = answer();
    expect(json(value)).not.toMatch(/NaN|Infinity/);
    expect(value).toEqual(expected);
  });

  it("the assessment and the chart serialise without NaN or Infinity, in both directions and on both sides", () => {
    for (const t of [hold, holdDown]) {
      for (const v of [450, 500, 550]) {
        const a = assess(t, at(v), { asOf: ON });
        expect(json(a)).not.toMatch(/NaN|Infinity|null\.|undefined/);
        expect(json(burnUpChart({ target: t, observations: at(v) }))).not.toMatch(/NaN|Infinity/);
        expect(json(pace(t, { date: ON, value: v }))).not.toMatch(/NaN|Infinity/);
      }
    }
  });
});
