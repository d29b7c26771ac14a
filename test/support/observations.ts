// Property-test inputs shared by the projection laws: running counts on calendar days.
import fc from "fast-check";
import { dayNumber, formatYMD, fromDayNumber } from "../../src/periods/calendarDate.js";

/** The day number of 2020-01-01, where the generated series start. */
export const START = dayNumber(2020, 1, 1);

/** The `YYYY-MM-DD` date of day number `n`. */
export const dateOf = (n: number): string => {
  const r = fromDayNumber(n);
  return formatYMD(r.year, r.month, r.day);
};

/**
 * Strictly increasing cumulative observations after 2020-01-01: `points` of them, each `gap` days
 * after the one before and `increment` above it (inclusive integer ranges).
 */
export function increasingObservations(ranges: {
  points: readonly [number, number];
  gap: readonly [number, number];
  increment: readonly [number, number];
}): fc.Arbitrary<{ date: string; value: number }[]> {
  const step = fc.record({
    gap: fc.integer({ min: ranges.gap[0], max: ranges.gap[1] }),
    inc: fc.integer({ min: ranges.increment[0], max: ranges.increment[1] }),
  });
  return fc.array(step, { minLength: ranges.points[0], maxLength: ranges.points[1] }).map((steps) => {
    let day = START;
    let value = 0;
    return steps.map(({ gap, inc }) => {
      day += gap;
      value += inc;
      return { date: dateOf(day), value };
    });
  });
}

/**
 * What the library makes of cumulative observations that may share a date: one point per date,
 * in date order, when the figures on each date agree; `null` when two figures on one date differ,
 * which every reader refuses with `duplicate_date`.
 */
export function oneFigurePerDate<T extends { readonly date: string; readonly value: number }>(
  observations: readonly T[],
): T[] | null {
  const byDate = new Map<string, T>();
  for (const o of observations) {
    const seen = byDate.get(o.date);
    if (seen !== undefined && seen.value !== o.value) return null;
    if (seen === undefined) byDate.set(o.date, o);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
