import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../test/support/fc.js";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { dateOf, increasingObservations, START } from "../../test/support/observations.js";
import { dayNumber } from "../periods/calendarDate.js";
import { project } from "./project.js";

/** Increasing cumulative observations: 2-12 points, 1-90 days apart, increments 1-100 000. */
const increasing = increasingObservations({ points: [2, 12], gap: [1, 90], increment: [1, 100_000] });

describe("project laws", () => {
  it("dateReaching(valueAt(d).value) is d on increasing paths, for values ahead of the last observation", async () => {
    await fc.assert(
      law(
        increasing,
        fc.constantFrom("run-rate", "linear", "cagr") as fc.Arbitrary<"run-rate" | "linear" | "cagr">,
        fc.integer({ min: 1, max: 2000 }),
        (obs, method, ahead) => {
          let p;
          try {
            p = project(obs, { method, until: "2030-12-31" });
          } catch (e) {
            // Compound growth of 100 %/day overflows floats within years: a documented out_of_range.
            expect(e).toMatchObject({ code: "out_of_range" });
            return;
          }
          const slope = p.valueAt(dateOf(dayNumber(2031, 1, 1))).value - p.valueAt("2030-12-31").value;
          fc.pre(slope > 1e-6); // a strictly increasing fitted path
          const last = obs[obs.length - 1] as { date: string };
          const [y, m, d] = last.date.split("-").map(Number) as [number, number, number];
          const target = dateOf(dayNumber(y, m, d) + ahead);
          // A value the observed path has already passed is reached at the origin (an OLS line can
          // lie below the last observation there).
          fc.pre(p.valueAt(target).value > p.origin.value);
          expect(p.dateReaching(p.valueAt(target).value).date).toBe(target);
        },
      ),
      fcOptions(),
    );
  });

  it("intervals contain the point estimate and widen with the horizon", async () => {
    await fc.assert(
      law(
        increasing.filter((o) => o.length >= 3),
        fc.constantFrom("cumulative", "increments") as fc.Arbitrary<"cumulative" | "increments">,
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        (obs, fitOn, confidence) => {
          const p = project(obs, { method: "linear", fitOn, until: "2028-12-31", confidence });
          let width = -Infinity;
          for (const q of p.points) {
            expect(q.lower).not.toBeNull();
            const lower = q.lower as number;
            const upper = q.upper as number;
            expect(lower).toBeLessThanOrEqual(q.value);
            expect(upper).toBeGreaterThanOrEqual(q.value);
            expect(upper - lower).toBeGreaterThanOrEqual(width - 1e-9 * Math.abs(width));
            width = upper - lower;
          }
        },
      ),
      fcOptions(),
    );
  });

  it("no NaN or Infinity anywhere, for any input and method", async () => {
    const anyObs = fc.array(
      fc.record({
        date: fc.integer({ min: 0, max: 2000 }).map((n) => dateOf(START + n)),
        value: fc.nat({ max: 1e9 }),
        correction: fc.constant(true),
      }),
      { maxLength: 10 },
    );
    const method = fc.constantFrom("run-rate", "linear", "cagr", "logistic", "bass", "damped") as fc.Arbitrary<
      "run-rate" | "linear" | "cagr" | "logistic" | "bass" | "damped"
    >;
    await fc.assert(
      law(anyObs, method, fc.boolean(), fc.nat({ max: 2e9 }), (raw, m, withBaseline, goal) => {
        // One figure per date (two different cumulative figures on a date are an error by design).
        const obs = [...new Map(raw.map((o) => [o.date, o])).values()];
        let p;
        try {
          p = project(obs, {
            method: m,
            until: "2027-06-30",
            ...(withBaseline && { baseline: { date: "2019-12-31", value: 0 } }),
          });
        } catch (e) {
          expect(e).toBeInstanceOf(OnboardingTargetsError);
          return;
        }
        const numbers: number[] = [];
        JSON.stringify(p, (_k, v) => {
          if (typeof v === "number") numbers.push(v);
          return v;
        });
        numbers.push(p.valueAt("2026-01-15").value);
        expect(numbers.every(Number.isFinite)).toBe(true);
        expect(JSON.stringify(p)).not.toMatch(/NaN|Infinity/);
        const r = p.dateReaching(goal);
        expect(r.date === null ? typeof r.reason : r.date).toMatch(/^(\d{4}-\d{2}-\d{2}|string)$/);
      }),
      fcOptions(),
    );
  });
});
