// The reconciled path goes to project, backtest and burnUpChart as it is; the reconcile option of
// project, backtest, burnUpChart and assessmentChart does the same in one call, on the reports
// known by asOf.
import { describe, expect, it } from "vitest";
import { reconcile } from "./reconcile.js";
import { assess, assessmentChart, backtest, burnUpChart, project } from "../index.js";
import { targetAsAnnounced, umkmRecord } from "../../test/support/record.js";

const reports = umkmRecord().observations;
const options = { prefer: ["KemenkopUKM"], outliers: "drop" } as const;

describe("the reconciled path, downstream", () => {
  it.each(["2022-03-31", "2024-08-31"])("project with reconcile as of %s equals reconcile, then project", (asOf) => {
    const byHand = reconcile(
      reports.filter((o) => o.date <= asOf),
      options,
    ).observations;
    const settings = { method: "linear", until: "2024-12-31", asOf, fitOn: "increments" } as const;
    const one = project(reports, { ...settings, reconcile: options });
    const two = project(byHand, settings);
    expect(one.valueAt("2024-12-31")).toEqual(two.valueAt("2024-12-31"));
    expect(JSON.parse(JSON.stringify(one))).toEqual(JSON.parse(JSON.stringify(two)));
  });

  it("backtest and burnUpChart take the reconciled observations as they are", () => {
    const path = reconcile(reports, options).observations;
    expect(() => backtest(reports, { methods: ["linear"] })).toThrow(
      expect.objectContaining({ code: "duplicate_date" }),
    );
    const b = backtest(path, { methods: ["linear"] });
    expect(b.origins.length).toBeGreaterThan(0);
    expect(() => burnUpChart({ target: targetAsAnnounced(), observations: reports })).toThrow(
      expect.objectContaining({ code: "duplicate_date" }),
    );
    const chart = burnUpChart({ target: targetAsAnnounced(), observations: path });
    // The last two reports pooled, (25.2 + 25) / 2 = 25.1 M, the 27 M dropped.
    expect(JSON.stringify(chart)).toContain("25100000");
  });

  it.each(["2022-03-31", "2024-08-31"])("backtest with reconcile as of %s equals reconcile, then backtest", (asOf) => {
    const byHand = reconcile(
      reports.filter((o) => o.date <= asOf),
      options,
    ).observations;
    const settings = { methods: ["linear", "run-rate"], minPoints: 4, asOf, intervals: false } as const;
    const one = backtest(reports, { ...settings, reconcile: options });
    expect(one).toEqual(backtest(byHand, settings));
    expect(one.origins.length).toBeGreaterThan(0);
  });

  it.each(["en", "id"] as const)("burnUpChart with reconcile draws the reconciled path (%s)", (locale) => {
    const asOf = "2024-08-31";
    const byHand = reconcile(reports, options).observations;
    const one = burnUpChart(
      { target: targetAsAnnounced(), observations: reports },
      { asOf, locale, reconcile: options },
    );
    expect(one).toEqual(burnUpChart({ target: targetAsAnnounced(), observations: byHand }, { asOf, locale }));
    // The last point is the pooled 25.1 million of 3 August 2024 (the 27 million dropped).
    const actual = (one.layer as { name?: string }[]).find((l) => l.name === "actual");
    expect(actual).toBeDefined();
    expect(JSON.stringify(one)).toContain('"date":"2024-08-03","value":25100000');
    expect(JSON.stringify(one)).not.toContain("27000000");
  });

  it.each(["en", "id"] as const)(
    "assessmentChart draws an assessment of reconciled reports on its path (%s)",
    (locale) => {
      const target = umkmRecord().target;
      const asOf = "2021-05-31";
      const a = assess(target, reports, { asOf, reconcile: options, locale });
      const spec = assessmentChart(target, reports, a, { locale, reconcile: options });
      // The projection drawn is project's on the same reconciled reports, with the assessment's fit.
      const p = project(reports, {
        method: "linear",
        fitOn: "increments",
        until: "2023-12-31",
        asOf,
        baseline: target.baseline,
        reconcile: options,
      });
      expect(a.projection?.valueAtGoal).toBe(p.valueAt("2023-12-31").value);
      const drawn = JSON.stringify(spec);
      expect(drawn).toContain(`"date":"2023-12-31","value":${p.valueAt("2023-12-31").value}`);
      // Without reconcile, the chart draws the reports the assessment's reconciliation kept: the same spec.
      expect(assessmentChart(target, reports, a, { locale })).toEqual(spec);
    },
  );

  it("project's reconcile refuses a direction of its own", () => {
    expect(() =>
      project(reports, { method: "linear", until: "2024-12-31", reconcile: { direction: "increase" } as never }),
    ).toThrow(expect.objectContaining({ code: "unknown_key", path: "options.reconcile.direction" }));
  });
});
