import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../test/support/fc.js";
import { Decimal } from "../decimal/index.js";
import { readObservations } from "../model/readObservations.js";
import { dayNumber, formatYMD, fromDayNumber } from "../periods/calendarDate.js";
import { monthPosition } from "../periods/monthAxis.js";
import { cumulativePath } from "./cumulativePath.js";
import { exactPosition, exactValueAt } from "./exact.js";

const START = dayNumber(2023, 1, 1);
const dateOf = (n: number) => {
  const r = fromDayNumber(START + n);
  return formatYMD(r.year, r.month, r.day);
};

interface Obs {
  date: string;
  value: number;
  kind?: "cumulative" | "increment";
  correction?: boolean;
}

const observation: fc.Arbitrary<Obs> = fc.record(
  {
    date: fc.integer({ min: 0, max: 400 }).map(dateOf),
    value: fc.nat({ max: 5000 }),
    kind: fc.constantFrom("cumulative", "increment") as fc.Arbitrary<"cumulative" | "increment">,
    correction: fc.boolean(),
  },
  { requiredKeys: ["date", "value"] },
);

/**
 * The values of the path by the rules of its module notes, written out independently (quadratic,
 * no grouping map, no running state but the previous value): per distinct date in order, the
 * cumulative figure of that date if any, else the baseline on its date, else the previous value plus
 * that date's increments. `null` when two cumulative figures of one date disagree (duplicate_date).
 */
function expectedValues(
  obs: readonly Obs[],
  baseline: { date: string; value: number } | undefined,
): [string, number][] | null {
  const dates = [...new Set([...obs.map((o) => o.date), ...(baseline === undefined ? [] : [baseline.date])])].sort();
  const out: [string, number][] = [];
  let previous = 0;
  for (const d of dates) {
    const figures = [
      ...new Set(obs.filter((o) => o.date === d && (o.kind ?? "cumulative") === "cumulative").map((o) => o.value)),
    ];
    if (figures.length > 1) return null;
    const increments = obs.filter((o) => o.date === d && o.kind === "increment").reduce((s, o) => s + o.value, 0);
    const value =
      figures.length === 1 ? (figures[0] as number) : baseline?.date === d ? baseline.value : previous + increments;
    out.push([d, value]);
    previous = value;
  }
  return out;
}

describe("cumulativePath: float positions on the exact month axis, exact values", () => {
  it("positions equal the exact month positions within 1e-9, values are the rules' exact integers", async () => {
    await fc.assert(
      law(
        fc.array(observation, { maxLength: 12 }),
        fc.option(fc.record({ date: fc.integer({ min: 0, max: 400 }).map(dateOf), value: fc.nat({ max: 5000 }) }), {
          nil: undefined,
        }),
        fc.constantFrom("increase", "decrease") as fc.Arbitrary<"increase" | "decrease">,
        (obs, baseline, direction) => {
          const expected = expectedValues(obs, baseline);
          let points;
          try {
            points = cumulativePath(obs, { baseline, onDecrease: "warn", direction }).points;
          } catch (e) {
            expect(expected).toBeNull(); // the only error of valid observations with onDecrease: "warn"
            expect((e as { code?: string }).code).toBe("duplicate_date");
            return;
          }
          expect(expected).not.toBeNull();
          expect(points.map((p) => [p.date, p.value])).toEqual(expected);
          for (const p of points) {
            expect(Number.isSafeInteger(p.value)).toBe(true);
            expect(Math.abs(monthPosition(p.date).minus(p.position).toNumber())).toBeLessThan(1e-9);
            // The exact views: the point's exact position, and the exact value there is new Decimal(value).
            expect(exactValueAt(points, exactPosition(p))?.eq(new Decimal(p.value))).toBe(true);
          }
        },
      ),
      fcOptions(),
    );
  });

  it("reports the same decreases warned as thrown", async () => {
    await fc.assert(
      law(fc.array(observation, { maxLength: 12 }), (obs) => {
        let warned: readonly unknown[] = [];
        try {
          warned = cumulativePath(obs, { onDecrease: "warn", direction: "increase" }).warnings;
        } catch {
          return; // duplicate_date, thrown either way
        }
        const decreases = warned.filter((w) => (w as { code: string }).code === "decreasing_series");
        if (decreases.length === 0)
          expect(() => cumulativePath(obs, { onDecrease: "error", direction: "increase" })).not.toThrow();
        else
          expect(() => cumulativePath(obs, { onDecrease: "error", direction: "increase" })).toThrow(
            expect.objectContaining({ issues: decreases }),
          );
      }),
      fcOptions(),
    );
  });

  it.each([
    ["not an array", 5],
    ["a bad date", [{ date: "2023-02-30", value: 1 }]],
    ["a negative value", [{ date: "2023-02-03", value: -1 }]],
    ["an unknown key", [{ date: "2023-02-03", value: 1, colour: "red" }]],
    ["a bad kind", [{ date: "2023-02-03", value: 1, kind: "total" }]],
  ])("gives the exact reader's error for %s", (_what, input) => {
    const error = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        return JSON.parse(JSON.stringify(e));
      }
      throw new Error("expected an error");
    };
    expect(error(() => cumulativePath(input, { onDecrease: "error", direction: "increase" }))).toEqual(
      error(() => readObservations(input)),
    );
  });
});
