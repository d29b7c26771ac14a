// planToDate and pace of a revised target follow the goal (and milestones) in force on their date,
// as assess does at its asOf. The published UMKM record's target: 11.7 million at 2020-12-31, 30
// million by 2023-12-31; revised on 2022-03-28 to 30 million by 2024-12-31 with milestones of 20
// million at the end of 2022 and 24 million at the end of 2023. Reference values by the linear-plan
// formula of docs/methodology.md (plan-to-date and phasing), PV = v_b + (v_T - v_b) x elapsed / total
// on the month axis (month ends to month ends count whole months), between consecutive breakpoints.
import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal/index.js";
import { assess } from "../assessment/index.js";
import { pace } from "./pace.js";
import { planToDate } from "./planToDate.js";
import { umkmRecord } from "../../test/support/record.js";

const target = umkmRecord().target;
const { revisions: _revisions, ...asAnnounced } = target;
const straight = {
  ...target,
  revisions: [{ announced: "2022-03-28", goal: { date: "2024-12-31", value: 30_000_000 } }],
};

/** v_b + (v_T - v_b) x elapsed / total, as exact decimals. */
const linear = (vb: number, vT: number, elapsed: number | Decimal, total: number) =>
  new Decimal(vT - vb).times(elapsed).div(total).plus(vb);

describe("planToDate of a revised target", () => {
  it.each([
    // Before the announcement: the first goal, 36 months from 2020-12-31 to 2023-12-31.
    ["2021-12-31", "the 2023 goal", target, linear(11_700_000, 30_000_000, 12, 36)], // 17 800 000
    ["2022-03-27", "the 2023 goal", target, linear(11_700_000, 30_000_000, new Decimal(27).div(31).plus(14), 36)],
    // After it: the milestone of 20 million at 2022-12-31, 24 months after the baseline.
    ["2022-06-30", "the 2024 goal's first milestone", target, linear(11_700_000, 20_000_000, 18, 24)], // 17 925 000
    ["2023-06-30", "the 2024 goal's second milestone", target, linear(20_000_000, 24_000_000, 6, 12)], // 22 000 000
    ["2024-06-30", "the 2024 goal", target, linear(24_000_000, 30_000_000, 6, 12)], // 27 000 000
    // A revision without phasing plans a straight line to its goal: 48 months.
    ["2022-06-30", "the 2024 goal, straight", straight, linear(11_700_000, 30_000_000, 18, 48)], // 18 562 500
  ])("on %s it follows %s", (date, _what, t, expected) => {
    // Compared to 20 decimals: the two sides divide in a different order.
    expect(planToDate(t, date).toFixed(20)).toBe(expected.toFixed(20));
  });

  it("is the first goal's plan for a target without the revision", () => {
    expect(planToDate(asAnnounced, "2022-06-30").toString()).toBe(linear(11_700_000, 30_000_000, 18, 36).toString());
  });

  it("equals the assessment's plan-to-date at its current report, in both languages' sentences", () => {
    const reports = [{ date: "2022-06-30", value: 19_000_000 }];
    const a = assess(target, reports, { asOf: "2022-06-30" });
    expect(a.planToDate?.toString()).toBe("17925000");
    expect(a.explanation.en).toContain("The plan expected 17,925,000 by then: 117.3% of the planned progress.");
    expect(a.explanation.id).toContain("Rencana hingga saat itu 17.925.000: 117,3% dari kemajuan yang direncanakan.");
  });
});

describe("pace of a revised target", () => {
  it("measures a report after the announcement against the 2024 plan", () => {
    const p = pace(target, { date: "2022-06-30", value: 19_000_000 });
    expect(p.planToDate.toString()).toBe("17925000");
    // (19 - 11.7) / (17.925 - 11.7) million and 19 - 17.925 million.
    expect(p.ratio?.toString()).toBe(new Decimal(7_300_000).div(6_225_000).toString());
    expect(p.gap.toString()).toBe("1075000");
    // ES: the milestone plan reaches 19 million 24 x 7.3 / 8.3 months after the baseline.
    expect(p.earnedSchedule.earnedMonths?.toFixed(20)).toBe(new Decimal(24).times(7.3).div(8.3).toFixed(20));
  });

  it("measures a report before it against the 2023 plan", () => {
    const p = pace(target, { date: "2021-12-31", value: 16_400_000 });
    expect(p.planToDate.toString()).toBe("17800000");
    expect(p.ratio?.toString()).toBe(new Decimal(4_700_000).div(6_100_000).toString());
    expect(p.gap.toString()).toBe("-1400000");
    // ES = 36 x 4.7 / 18.3 months: the first plan reaches 16.4 million then.
    expect(p.earnedSchedule.earnedMonths?.toFixed(20)).toBe(new Decimal(36).times(4.7).div(18.3).toFixed(20));
  });
});
