// The reconciled path goes to project, backtest and burnUpChart as it is; project's reconcile
// option does the same in one call, on the reports known by asOf.
import { describe, expect, it } from "vitest";
import { reconcile } from "./reconcile.js";
import { backtest, burnUpChart, project } from "../index.js";
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

  it("project's reconcile refuses a direction of its own", () => {
    expect(() =>
      project(reports, { method: "linear", until: "2024-12-31", reconcile: { direction: "increase" } as never }),
    ).toThrow(expect.objectContaining({ code: "unknown_key", path: "options.reconcile.direction" }));
  });
});
