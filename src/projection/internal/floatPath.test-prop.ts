import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions } from "../../../test/support/fc.js";
import { observedPath } from "../../internal/observedPath.js";
import { dayNumber, formatYMD, fromDayNumber } from "../../periods/calendarDate.js";
import { floatPath } from "./floatPath.js";

const START = dayNumber(2023, 1, 1);
const dateOf = (n: number) => {
  const r = fromDayNumber(START + n);
  return formatYMD(r.year, r.month, r.day);
};

const observation = fc.record(
  {
    date: fc.integer({ min: 0, max: 400 }).map(dateOf),
    value: fc.nat({ max: 5000 }),
    kind: fc.constantFrom("cumulative", "increment") as fc.Arbitrary<"cumulative" | "increment">,
    correction: fc.boolean(),
  },
  { requiredKeys: ["date", "value"] },
);

/** What either function did: its points (position rounded to 1e-9) and warnings, or its error. */
function outcome(run: () => { points: readonly { date: string; position: unknown; value: unknown; origin: string }[]; warnings: unknown }) {
  try {
    const r = run();
    return { points: r.points.map((p) => [p.date, Number(Number(String(p.position)).toFixed(9)), Number(String(p.value)), p.origin]), warnings: r.warnings };
  } catch (e) {
    return { error: JSON.parse(JSON.stringify(e)) };
  }
}

describe("floatPath mirrors observedPath", () => {
  it("same points, warnings and errors for any observations and baseline", () => {
    fc.assert(
      fc.property(
        fc.array(observation, { maxLength: 12 }),
        fc.option(fc.record({ date: fc.integer({ min: 0, max: 400 }).map(dateOf), value: fc.nat({ max: 5000 }) }), { nil: undefined }),
        fc.constantFrom("error", "warn") as fc.Arbitrary<"error" | "warn">,
        fc.constantFrom("increase", "decrease") as fc.Arbitrary<"increase" | "decrease">,
        (obs, baseline, onDecrease, direction) => {
          const options = { baseline, onDecrease, direction };
          expect(outcome(() => floatPath(obs, options))).toEqual(outcome(() => observedPath(obs, options)));
        },
      ),
      fcOptions(),
    );
  });

  it.each([
    ["not an array", 5],
    ["a bad date", [{ date: "2023-02-30", value: 1 }]],
    ["a negative value", [{ date: "2023-02-03", value: -1 }]],
    ["an unknown key", [{ date: "2023-02-03", value: 1, colour: "red" }]],
    ["a bad kind", [{ date: "2023-02-03", value: 1, kind: "total" }]],
  ])("same error for %s", (_what, input) => {
    expect(outcome(() => floatPath(input))).toEqual(outcome(() => observedPath(input)));
    expect(outcome(() => floatPath(input))).toHaveProperty("error");
  });
});
