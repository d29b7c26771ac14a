import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Decimal } from "../decimal/index.js";
import { fcOptions, law } from "../../test/support/fc.js";
import { cumulativePath } from "./cumulativePath.js";
import { exactPosition, exactValueAt } from "./exact.js";

describe("exactValueAt laws", () => {
  it("interpolates within the bracketing points and hits every point exactly (law)", async () => {
    const obs = fc.uniqueArray(
      fc.record({ day: fc.integer({ min: 0, max: 3000 }), value: fc.integer({ min: 0, max: 1e9 }) }),
      { selector: (o) => o.day, minLength: 2, maxLength: 20 },
    );
    await fc.assert(
      law(obs, fc.double({ min: 0, max: 1, noNaN: true }), (raw, f) => {
        const sortedDays = [...raw].sort((a, b) => a.day - b.day);
        const cumulative = sortedDays.map((o, i) => ({
          day: o.day,
          value: sortedDays.slice(0, i + 1).reduce((s, x) => s + x.value, 0),
        }));
        const input = cumulative.map((o) => ({ date: dateOf(o.day), value: o.value }));
        const p = cumulativePath([...input].reverse(), { direction: "increase", onDecrease: "error" }).points;
        for (const pt of p) expect(exactValueAt(p, exactPosition(pt))?.eq(pt.value)).toBe(true);
        const first = p[0]!;
        const last = p[p.length - 1]!;
        const pos = exactPosition(first).plus(exactPosition(last).minus(exactPosition(first)).times(new Decimal(f)));
        const v = exactValueAt(p, pos)!;
        expect(v.gte(first.value) && v.lte(last.value)).toBe(true);
      }),
      fcOptions(),
    );
  });
});

function dateOf(day: number): string {
  const d = new Date(Date.UTC(2020, 0, 1 + day));
  return d.toISOString().slice(0, 10);
}
