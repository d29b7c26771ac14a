import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { thrown } from "../../test/support/errors.js";
import { fcOptions } from "../../test/support/fc.js";
import { oneFigurePerDate } from "../../test/support/observations.js";
import { burnUpChart } from "./burnUpChart.js";
import type { VegaLiteSpec } from "./types.js";

type Row = { series: string; date: string; value: number; lower?: number | null; upper?: number | null };
const rows = (spec: VegaLiteSpec) => (spec.data as { values: Row[] }).values;
type ActualLayer = {
  name: string;
  encoding: {
    x: { scale: { domain: { year: number; month: number; date: number }[] } };
    y: { scale: { domain: [number, number] }; axis: { tickCount: number } };
  };
};

const pad = (n: number) => String(n).padStart(2, "0");
/** A real calendar date between 2000-01-01 and 2035-12-28. */
const date = fc
  .record({
    y: fc.integer({ min: 2000, max: 2035 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);

const scenario = fc
  .record({
    a: date,
    b: date,
    baseline: fc.integer({ min: 0, max: 50_000_000 }),
    goal: fc.integer({ min: 0, max: 50_000_000 }),
    observations: fc.array(fc.record({ date, value: fc.integer({ min: 0, max: 60_000_000 }) }), { maxLength: 12 }),
    locale: fc.constantFrom("en" as const, "id" as const),
  })
  .filter(({ a, b }) => a !== b)
  // A goal below the baseline is a decrease target (an increase one would be refused).
  .map(({ a, b, ...rest }) => ({
    ...rest,
    from: a < b ? a : b,
    to: a < b ? b : a,
    direction: rest.goal < rest.baseline ? ("decrease" as const) : ("increase" as const),
  }));

/** The scenario with one figure per date (the first law says what happens to two). */
const distinctDates = scenario.map((s) => ({
  ...s,
  observations: [...new Map(s.observations.map((o) => [o.date, o])).values()],
}));

describe("burnUpChart laws", () => {
  // The observations may share dates: equal figures on one date are one point, and two different
  // figures on one date are refused with duplicate_date (the first law says both).
  it("is plain JSON; the plan runs from the baseline to the goal; the actual series is the baseline plus the observations after it (one per date), in date order; two figures on one date are refused", () => {
    fc.assert(
      fc.property(scenario, ({ from, to, baseline, goal, direction, observations, locale }) => {
        const target = {
          id: "t",
          direction,
          baseline: { date: from, value: baseline },
          goal: { date: to, value: goal },
        };
        const distinct = oneFigurePerDate(observations);
        if (distinct === null) {
          expect(thrown(() => burnUpChart({ target, observations }, { locale })).code).toBe("duplicate_date");
          return;
        }
        const spec = burnUpChart({ target, observations }, { locale });
        expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
        const byName = (i: number) => rows(spec).filter((r) => r.series === rows(spec)[i]?.series);
        const actual = byName(0);
        const plan = rows(spec).filter((r) => r.series !== actual[0]?.series);
        expect(plan[0]).toMatchObject({ date: from, value: baseline });
        expect(plan.at(-1)).toMatchObject({ date: to, value: goal });
        const after = distinct.filter((o) => o.date > from);
        expect(actual).toHaveLength(1 + after.length);
        expect(actual.map((r) => r.date)).toEqual([...actual.map((r) => r.date)].sort());
        for (const r of rows(spec)) expect(Number.isFinite(r.value)).toBe(true);
      }),
      fcOptions(),
    );
  });

  it("the axes hold every plotted value and date: y from a multiple of a round step, x to a month end after the last date", () => {
    fc.assert(
      fc.property(
        distinctDates,
        fc.constantFrom("auto" as const, "zero" as const, "nice" as const),
        ({ from, to, baseline, goal, observations, locale }, yDomain) => {
          const target = {
            id: "t",
            direction: goal < baseline ? ("decrease" as const) : ("increase" as const),
            baseline: { date: from, value: baseline },
            goal: { date: to, value: goal },
          };
          const spec = burnUpChart({ target, observations }, { locale, yDomain });
          const { x, y } = (spec.layer as unknown as ActualLayer[]).find((l) => l.name === "actual")
            ?.encoding as ActualLayer["encoding"];
          const [lo, hi] = y.scale.domain;
          for (const r of rows(spec)) {
            expect(r.value).toBeGreaterThanOrEqual(lo);
            expect(r.value).toBeLessThanOrEqual(hi);
          }
          if (yDomain === "zero") expect(lo).toBeLessThanOrEqual(0);
          // The ends are whole steps apart, the step being 1, 2, 2.5 or 5 times a power of ten.
          const steps = y.axis.tickCount;
          expect(steps).toBeGreaterThanOrEqual(3);
          expect(steps).toBeLessThanOrEqual(7);
          const step = (hi - lo) / steps;
          const mantissa = step / 10 ** Math.floor(Math.log10(step));
          expect([1, 2, 2.5, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-9)).toBe(true);
          expect(Math.abs(lo / step - Math.round(lo / step))).toBeLessThan(1e-6);
          // x: from the first date to a month end after the last one.
          const [start, end] = x.scale.domain.map(
            (d) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.date).padStart(2, "0")}`,
          ) as [string, string];
          const dates = rows(spec)
            .map((r) => r.date)
            .sort();
          expect(start).toBe(dates[0]);
          expect(end > (dates.at(-1) as string)).toBe(true);
          const next = new Date(`${end}T00:00:00Z`);
          next.setUTCDate(next.getUTCDate() + 1);
          expect(next.getUTCDate()).toBe(1);
        },
      ),
      fcOptions(),
    );
  });

  it("plan values lie between the baseline and the goal (a linear plan is monotone)", () => {
    fc.assert(
      fc.property(scenario, ({ from, to, baseline, goal, direction }) => {
        const spec = burnUpChart({
          target: { id: "t", direction, baseline: { date: from, value: baseline }, goal: { date: to, value: goal } },
        });
        const lo = Math.min(baseline, goal);
        const hi = Math.max(baseline, goal);
        const plan = rows(spec).filter((r) => r.series === "Plan to date");
        for (const r of plan) {
          expect(r.value).toBeGreaterThanOrEqual(lo - 1e-6);
          expect(r.value).toBeLessThanOrEqual(hi + 1e-6);
        }
      }),
      fcOptions(),
    );
  });
});
