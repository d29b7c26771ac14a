// Laws of reconcile on arbitrary reports (several sources, shared dates, falls, spikes):
// the path is monotone, reconciling it again changes nothing, and every report is accounted for.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../test/support/fc.js";
import { dateOf, START } from "../../test/support/observations.js";
import { reconcile } from "./reconcile.js";
import type { Reconciliation } from "./types.js";

const SOURCES = ["a", "b", "c"];
const reports = fc.array(
  fc.record({
    date: fc.integer({ min: 0, max: 120 }).map((d) => dateOf(START + 7 * d)),
    value: fc.nat({ max: 1_000_000 }),
    source: fc.constantFrom(...SOURCES),
  }),
  { maxLength: 40 },
);
const options = fc.record(
  {
    prefer: fc.shuffledSubarray(SOURCES),
    sameDate: fc.constantFrom("median", "latest") as fc.Arbitrary<"median" | "latest">,
    outliers: fc.constantFrom("keep", "drop") as fc.Arbitrary<"keep" | "drop">,
    direction: fc.constantFrom("increase", "decrease") as fc.Arbitrary<"increase" | "decrease">,
  },
  { requiredKeys: [] },
);

/** Keeps only the preferred sources that some report has (others are refused, by design). */
const usable = (input: readonly { source?: string }[], o: { prefer?: string[] }) => ({
  ...o,
  ...(o.prefer && { prefer: o.prefer.filter((s) => input.some((r) => r.source === s)) }),
});

describe("reconcile laws", () => {
  it("the path is monotone in the direction, one observation per date, in date order", async () => {
    await fc.assert(
      law(reports, options, (input, o) => {
        const r = reconcile(input, usable(input, o));
        const d = o.direction === "decrease" ? -1 : 1;
        r.observations.forEach((x, i) => {
          expect(Number.isSafeInteger(x.value) && x.value >= 0).toBe(true);
          if (i === 0) return;
          const before = r.observations[i - 1] as (typeof r.observations)[number];
          expect(before.date < x.date).toBe(true);
          expect(d * (x.value - before.value)).toBeGreaterThanOrEqual(0);
        });
      }),
      fcOptions(),
    );
  });

  it("is idempotent: reconciling the reconciled path changes no value", async () => {
    await fc.assert(
      law(reports, options, (input, o) => {
        const settings = { ...usable(input, o), outliers: "keep" as const };
        const once = reconcile(input, settings);
        // A preferred source whose reports all lost their same-date conflicts is gone from the
        // path, and naming a source that no report has is refused: the second pass names only
        // the sources left.
        const left = (source: string) => once.observations.some((r) => r.source === source);
        const twice = reconcile(once.observations, {
          ...settings,
          ...(settings.prefer && { prefer: settings.prefer.filter(left) }),
        });
        expect(twice.observations).toEqual(once.observations);
        expect(twice.adjustments).toEqual([]);
        expect(twice.conflicts).toEqual([]);
      }),
      fcOptions(),
    );
  });

  it("accounts for every report exactly once, and every moved value is listed with its amount", async () => {
    await fc.assert(
      law(reports, options, (input, o) => {
        const r: Reconciliation = reconcile(input, usable(input, o));
        const conflictDates = new Set(r.conflicts.map((c) => c.date));
        // Kept: the only report of its date, or the one a conflict kept; not a dropped outlier.
        const dropped = new Set(r.outliers.filter((x) => x.dropped).map((x) => x.index));
        const kept = input
          .map((x, i) => ({ ...x, i }))
          .filter(
            (x) =>
              !dropped.has(x.i) && (conflictDates.has(x.date) ? r.conflicts.some((c) => c.kept.index === x.i) : true),
          );
        const notKept = r.conflicts.flatMap((c) =>
          c.reports.filter((x) => x.index !== c.kept.index).map((x) => x.index),
        );
        const all = [...kept.map((x) => x.i), ...notKept, ...dropped].sort((a, b) => a - b);
        expect(all).toEqual(input.map((_, i) => i));
        // The path holds the kept reports, moved by the listed amounts.
        expect(r.observations.map((x) => x.date)).toEqual(kept.map((x) => x.date).sort());
        for (const x of kept) {
          const out = r.observations.find((y) => y.date === x.date);
          const moved = r.adjustments.find((a) => a.index === x.i);
          expect(out?.value).toBe(x.value + (moved?.amount ?? 0));
          expect(out?.source).toBe(x.source);
        }
      }),
      fcOptions(),
    );
  });
});
