import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../test/support/fc.js";
import { dayNumber, formatYMD, fromDayNumber } from "../periods/calendarDate.js";
import { assess } from "./assess.js";
import { PRESETS } from "../vocabulary/index.js";

const START = dayNumber(2022, 12, 31);
const dateOf = (n: number) => {
  const r = fromDayNumber(START + n);
  return formatYMD(r.year, r.month, r.day);
};
const STATUSES = ["achieved", "on-track", "needs-acceleration", "off-track", "regressing", "insufficient-data"];

describe("assess laws", () => {
  it("answers every valid input with a status and no NaN, for every preset and method", async () => {
    await fc.assert(
      law(
        fc.record({
          baseline: fc.nat({ max: 10_000 }),
          goal: fc.nat({ max: 20_000 }),
          goalDay: fc.integer({ min: 1, max: 1500 }),
          direction: fc.constantFrom("increase", "decrease") as fc.Arbitrary<"increase" | "decrease">,
        }),
        fc.array(fc.record({ day: fc.integer({ min: -30, max: 2000 }), value: fc.nat({ max: 30_000 }) }), {
          maxLength: 8,
        }),
        fc.integer({ min: 0, max: 2000 }),
        fc.constantFrom(...PRESETS),
        fc.constantFrom("run-rate", "linear", "cagr", "logistic", "bass", "damped") as fc.Arbitrary<
          "run-rate" | "linear" | "cagr" | "logistic" | "bass" | "damped"
        >,
        (t, raw, asOfDay, preset, method) => {
          // The goal on the side of the baseline that the direction names (else inconsistent_target).
          const [low, high] = t.baseline <= t.goal ? [t.baseline, t.goal] : [t.goal, t.baseline];
          const [from, to] = t.direction === "increase" ? [low, high] : [high, low];
          const target = {
            id: "x",
            direction: t.direction,
            baseline: { date: dateOf(0), value: from },
            goal: { date: dateOf(t.goalDay), value: to },
          };
          const obs = [
            ...new Map(raw.map((o) => [o.day, { date: dateOf(o.day), value: o.value, correction: true }])).values(),
          ];
          const a = assess(target, obs, { asOf: dateOf(asOfDay), preset, method });
          expect(STATUSES).toContain(a.status);
          const json = JSON.stringify(a);
          expect(json).not.toMatch(/NaN|Infinity/);
          expect(a.explanation.en.length).toBeGreaterThan(1);
          expect(a.explanation.id.length).toBe(a.explanation.en.length);
          // Every sentence is a finished sentence with real figures: no "null", "NaN" or "undefined" leaks in.
          for (const s of [...a.explanation.en, ...a.explanation.id]) {
            expect(s).toMatch(/^\S.*\.$/);
            expect(s).not.toMatch(/null|undefined|NaN|Infinity/);
          }
          expect(a.summary).toBe(a.explanation.en.join(" "));
          if (a.status === "achieved") expect(a.eta.date).not.toBeNull();
          // The eta's range holds its date; the chance is a probability, or null with its reason.
          const { date, earliest, latest } = a.eta;
          if (date !== null && earliest.date !== null) expect(earliest.date <= date).toBe(true);
          if (date !== null && latest.date !== null) expect(date <= latest.date).toBe(true);
          const p = a.projection;
          if (p !== null) {
            expect(p.probabilityOnTime === null).toBe(p.probabilityReason !== null);
            if (p.probabilityOnTime !== null) expect(p.probabilityOnTime >= 0 && p.probabilityOnTime <= 1).toBe(true);
            if (a.status === "achieved") expect(p.probabilityReason).toBe("achieved");
          }
        },
      ),
      fcOptions(),
    );
  });
});
