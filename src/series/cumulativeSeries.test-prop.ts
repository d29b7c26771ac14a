import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../test/support/fc.js";
import { localDateOf } from "../../test/support/localDate.js";
import { cumulativeSeries } from "./cumulativeSeries.js";
import type { Period, SeriesPoint } from "./types.js";

const LO = Date.UTC(2019, 0, 1);
const HI = Date.UTC(2023, 11, 31);
const instant = fc.integer({ min: LO, max: HI });
const period = fc.constantFrom<Period>("day", "week", "month", "quarter", "year");
const zone = fc.constantFrom("Asia/Jakarta", "America/Los_Angeles", "Pacific/Chatham", "UTC");

function runningSumHolds(points: readonly SeriesPoint[]): boolean {
  const byGroup = new Map<string | undefined, SeriesPoint[]>();
  for (const p of points) byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), p]);
  for (const list of byGroup.values()) {
    const first = list[0] as SeriesPoint;
    let c = first.cumulative - first.increment;
    for (const p of list) if ((c += p.increment) !== p.cumulative) return false;
  }
  return true;
}

describe("cumulativeSeries laws", () => {
  it("cumulative is the running sum of increments, and the last cumulative counts every event", async () => {
    await fc.assert(
      law(fc.array(instant, { maxLength: 60 }), period, zone, fc.nat(1000), (events, p, timeZone, start) => {
        const points = cumulativeSeries(events, { period: p, timeZone, from: "2019-01-01", to: "2023-12-31", start });
        return (
          runningSumHolds(points) &&
          points.at(-1)?.cumulative === start + events.length &&
          (points[0]?.cumulative ?? 0) - (points[0]?.increment ?? 0) >= start
        );
      }),
      fcOptions(),
    );
  });

  it("does not depend on the order of the events (array, Float64Array, batches)", async () => {
    await fc.assert(
      law(
        fc.array(fc.tuple(instant, fc.constantFrom("11", "31", "94")), { minLength: 1, maxLength: 60 }),
        fc.nat(),
        period,
        zone,
        (rows, seed, p, timeZone) => {
          const shuffled = [...rows].sort((a, b) => ((a[0] * 7919 + seed) % 104729) - ((b[0] * 7919 + seed) % 104729));
          const options = { period: p, timeZone };
          const a = cumulativeSeries(new Float64Array(rows.map((r) => r[0])), {
            ...options,
            groupBy: rows.map((r) => r[1]),
          });
          const b = cumulativeSeries(
            shuffled.map((r) => r[0]),
            { ...options, groupBy: shuffled.map((r) => r[1]) },
          );
          const c = cumulativeSeries(
            shuffled
              .map((r) => ({ events: new Float64Array([r[0]]), groups: new Uint8Array([Number(r[1])]) }))
              .values(),
            options,
          );
          expect(b).toEqual(a);
          expect(c).toEqual(a);
        },
      ),
      fcOptions(),
    );
  });

  it("puts each instant in the period of its calendar date in the zone (per-event tzOffset as the oracle)", async () => {
    await fc.assert(
      law(instant, zone, (ms, timeZone) => {
        const [point] = cumulativeSeries(new Float64Array([ms]), { period: "day", timeZone });
        return point?.period === localDateOf(ms, timeZone);
      }),
      fcOptions(),
    );
  });
});
