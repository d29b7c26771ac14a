import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../test/support/fc.js";
import { cumulativeSeries } from "./cumulativeSeries.js";
import { fromCounts } from "./fromCounts.js";
import { mergeSeries } from "./mergeSeries.js";
import type { Period, SeriesOptions } from "./types.js";

const event = fc.tuple(
  fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2022, 11, 31) }),
  fc.constantFrom("11", "31", "94"),
);
const period = fc.constantFrom<Period>("day", "week", "month", "quarter", "year");

describe("mergeSeries laws", () => {
  it("merging the series of a random split equals the series of the whole", async () => {
    await fc.assert(
      law(
        fc.array(fc.tuple(event, fc.nat(3)), { maxLength: 80 }),
        period,
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(0, 1),
        (rows, p, grouped, bounded, weekStartsOn) => {
          const base: SeriesOptions = {
            period: p,
            weekStartsOn,
            ...(bounded && { from: "2020-06-15", to: "2022-06-15", afterTo: "exclude" as const }),
          };
          const series = (part: typeof rows) =>
            cumulativeSeries(
              part.map(([[ms]]) => ms),
              grouped ? { ...base, groupBy: part.map(([[, g]]) => g) } : base,
            );
          const whole = series(rows);
          const shards = [0, 1, 2, 3].map((k) => series(rows.filter(([, s]) => s === k)));
          expect(mergeSeries(shards, { weekStartsOn })).toEqual(whole);
        },
      ),
      fcOptions(),
    );
  });

  it("fromCounts over per-period counts equals cumulativeSeries (the SQL hand-off)", async () => {
    await fc.assert(
      law(fc.array(event, { maxLength: 80 }), period, (events, p) => {
        const whole = cumulativeSeries(
          events.map(([ms]) => ms),
          { period: p, groupBy: events.map(([, g]) => g) },
        );
        // What GROUP BY period, group would return, computed from the day series.
        const daily = cumulativeSeries(
          events.map(([ms]) => ms),
          { period: "day", groupBy: events.map(([, g]) => g) },
        );
        const rows = daily
          .filter((d) => d.increment > 0)
          .map((d) => ({ period: d.period, group: d.group as string, count: d.increment }));
        expect(fromCounts(rows, { period: p })).toEqual(whole);
      }),
      fcOptions(),
    );
  });
});
