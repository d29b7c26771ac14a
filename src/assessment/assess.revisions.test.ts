// assess on the published UMKM record with the March 2022 revision (30 million by 2024, with 20
// million for 2022 and 24 million for 2023): assessed against 2023 before it, 2024 after, and the
// plan-to-date follows the goal and milestones in force.
import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal/index.js";
import { assess } from "./assess.js";
import { headlineSeries, umkmRecord } from "../../test/support/record.js";

const target = umkmRecord().target;
const series = headlineSeries();

describe("assess a revised target", () => {
  it("before the revision: the first goal, 30 million by 31 December 2023", () => {
    const a = assess(target, series, { asOf: "2022-03-27" });
    expect(a.goalInForce).toMatchObject({ goal: { date: "2023-12-31", value: 30_000_000 }, announced: null });
    // Linear plan from 11.7 M (2020-12-31) to 30 M (2023-12-31), 12 of 36 months at the current
    // report (2021-12-31, 16.4 M): 11.7 M + 18.3 M x 12/36 = 17.8 M.
    expect(a.current).toEqual({ date: "2021-12-31", value: 16_400_000 });
    expect(a.planToDate?.toString()).toBe("17800000");
    expect(a.explanation.en[1]).toBe("Goal in force: 30,000,000 UMKM by 31 December 2023, as first set.");
    expect(a.explanation.id[1]).toBe("Sasaran yang berlaku: 30.000.000 UMKM pada 31 Desember 2023, sasaran awal.");
  });

  it("after the revision: 30 million by 31 December 2024, and it says when it moved", () => {
    const a = assess(target, series, { asOf: "2022-03-31" });
    expect(a.goalInForce).toEqual({
      goal: { date: "2024-12-31", value: 30_000_000 },
      phasing: target.revisions[0]?.phasing,
      announced: "2022-03-28",
      revision: 0,
      replaced: { date: "2023-12-31", value: 30_000_000 },
    });
    expect(a.explanation.en[1]).toBe(
      "Goal in force: 30,000,000 UMKM by 31 December 2024, as revised on 28 March 2022 (it was 30,000,000 by 31 December 2023).",
    );
    expect(a.explanation.id[1]).toBe(
      "Sasaran yang berlaku: 30.000.000 UMKM pada 31 Desember 2024, sesuai revisi 28 Maret 2022 (sebelumnya 30.000.000 pada 31 Desember 2023).",
    );
    // The required rate runs to the new goal date: (30 M - 17.59 M) over the 33 + 3/31 months from
    // 2022-03-28 to 2024-12-31 on the month axis.
    expect(a.required?.perMonth?.toFixed(6)).toBe(
      new Decimal(12_410_000).div(new Decimal(3).div(31).plus(33)).toFixed(6),
    );
    expect(a.summary).toContain("as revised on 28 March 2022");
  });

  it("inserts the goal's sentence once, second, and the summary is the explanation joined by spaces", () => {
    const a = assess(target, series, { asOf: "2022-03-31" });
    for (const lang of ["en", "id"] as const) {
      const lines = a.explanation[lang];
      const goalLines = lines.filter((l) => l.startsWith(lang === "en" ? "Goal in force:" : "Sasaran yang berlaku:"));
      expect(goalLines).toEqual([lines[1]]);
      // Every line once: the status line first, not repeated after the goal's.
      expect(new Set(lines).size).toBe(lines.length);
    }
    expect(a.summary).toBe(a.explanation.en.join(" "));
  });

  it("the plan-to-date follows the milestones in force: 20 million at the end of 2022", () => {
    const a = assess(target, series, { asOf: "2022-12-31" });
    expect(a.current).toEqual({ date: "2022-12-31", value: 20_760_000 });
    expect(a.planToDate?.toString()).toBe("20000000");
    // Attainment against the goal in force: 20.76 / 30.
    expect(a.attainment?.toString()).toBe(new Decimal(20_760_000).div(30_000_000).toString());
  });

  it("the projection runs to the goal date in force", () => {
    const before = assess(target, series, { asOf: "2022-03-27" });
    const after = assess(target, series, { asOf: "2022-03-31" });
    // Between the two dates one report (17.59 M on 2022-03-28) arrives; the horizon moves a year.
    expect(after.projection?.valueAtGoal).toBeGreaterThan(before.projection?.valueAtGoal ?? Infinity);
    expect(after.eta.date !== null && after.eta.date > "2023-12-31").toBe(true);
  });
});
