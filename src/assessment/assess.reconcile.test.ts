// assess with the reconcile option, on the published UMKM record: one call reconciles the reports
// known by asOf and assesses the path, as reconcile then assess would.
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import { assessProgramme } from "./assessProgramme.js";
import { reconcile } from "../reconcile/reconcile.js";
import { targetAsAnnounced, umkmRecord } from "../../test/support/record.js";

const reports = umkmRecord().observations;
const target = targetAsAnnounced();

describe("assess with reconcile", () => {
  it("without it, two reports on one date stop everything with duplicate_date", () => {
    expect(() => assess(target, reports, { asOf: "2022-03-31" })).toThrow(
      expect.objectContaining({ code: "duplicate_date" }),
    );
  });

  it.each(["2022-03-31", "2023-12-31", "2024-08-31"])("as of %s it equals reconcile, then assess", (asOf) => {
    const options = { prefer: ["KemenkopUKM"], outliers: "drop" } as const;
    const known = reports.filter((o) => o.date <= asOf);
    const byHand = reconcile(known, options);
    const one = assess(target, reports, { asOf, reconcile: options });
    const { reconciliation, ...rest } = one;
    expect(rest).toEqual(assess(target, byHand.observations, { asOf }));
    expect(reconciliation).toEqual(byHand);
  });

  it("sees only what was known: as of 2023-12-10 the 27 million cannot be judged against later reports", () => {
    const a = assess(target, reports, { asOf: "2023-12-10", reconcile: { outliers: "drop" } });
    // 2023-12-04 is the last report known: no neighbour after it, so it is not judged.
    expect(a.reconciliation?.outliers).toEqual([]);
    expect(a.current).toEqual({ date: "2023-12-04", value: 27_000_000 });
  });

  it("reconcile: true uses the defaults; a direction of its own is refused (it is the target's)", () => {
    const a = assess(target, reports, { asOf: "2024-08-31", reconcile: true });
    expect(a.reconciliation?.conflicts).toHaveLength(3);
    expect(() =>
      assess(target, reports, { asOf: "2024-08-31", reconcile: { direction: "decrease" } as never }),
    ).toThrow(expect.objectContaining({ code: "unknown_key", path: "options.reconcile.direction" }));
    expect(() => assess(target, reports, { asOf: "2024-08-31", reconcile: { prefer: ["BPS"] } })).toThrow(
      expect.objectContaining({ code: "invalid_option", path: "options.reconcile.prefer.0" }),
    );
  });

  it("assessProgramme refuses it: each target's reports are reconciled first", () => {
    expect(() => assessProgramme({ id: "p", targets: [target] }, { asOf: "2024-08-31", reconcile: true })).toThrow(
      expect.objectContaining({ code: "invalid_option", path: "options.reconcile" }),
    );
  });
});
